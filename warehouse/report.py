"""Per-run numbers for the flows' report, and the sites that have been unhealthy several nights running."""
from __future__ import annotations

from dataclasses import dataclass, field

import duckdb


@dataclass
class SiteRunNumbers:
    """One site in one run. ``failures`` maps a kind (crawl kinds, or parse stages as
    ``parse:clean``/``parse:parse``/``parse:load``) to its count."""

    site_id: str
    pages_fetched: int = 0
    pages_new: int = 0
    notices_new: int = 0
    notices_loaded: int = 0
    meeting_notices: int = 0
    indicators: int = 0
    tasks: int = 0
    failures: dict[str, int] = field(default_factory=dict)
    finished: bool | None = None


@dataclass
class UnhealthySite:
    site_id: str
    nights: int
    kinds: list[str]
    last_run_id: str


def run_numbers(con: duckdb.DuckDBPyConnection, run_id: str) -> list[SiteRunNumbers]:
    """Per site: pages (fetched per the crawl report, new versions loaded), notices new and (re)loaded
    in the run, meeting notices, indicators and tasks of the notices loaded, failures by kind."""
    sites: dict[str, SiteRunNumbers] = {}

    def get(site_id: str) -> SiteRunNumbers:
        return sites.setdefault(site_id, SiteRunNumbers(site_id))

    for site_id, fetched, finished in con.execute(
        "SELECT site_id, coalesce(raw_pages, detail_pages, 0), finished FROM crawl_reports WHERE run_id = ?", [run_id]
    ).fetchall():
        get(site_id).pages_fetched, get(site_id).finished = int(fetched), finished
    for site_id, new in con.execute(
        "SELECT site_id, count(*) FROM raw_pages WHERE run_id = ? GROUP BY site_id", [run_id]
    ).fetchall():
        get(site_id).pages_new = int(new)
    for site_id, new, loaded, meetings, indicators, tasks in con.execute(
        """
        SELECT coalesce(site_id, '?'), count(*) FILTER (WHERE first_run_id = $run), count(*),
               count(*) FILTER (WHERE first_run_id = $run AND is_meeting),
               sum(indicator_count), sum(task_count)
        FROM notices WHERE run_id = $run GROUP BY ALL
        """,
        {"run": run_id},
    ).fetchall():
        numbers = get(site_id)
        numbers.notices_new, numbers.notices_loaded, numbers.meeting_notices = int(new), int(loaded), int(meetings)
        numbers.indicators, numbers.tasks = int(indicators or 0), int(tasks or 0)
    for site_id, kind, count in con.execute(
        """
        SELECT site_id, kind, count(*) FROM crawl_failures WHERE run_id = $run GROUP BY ALL
        UNION ALL
        SELECT coalesce(site_id, '?'), 'parse:' || stage, count(*) FROM parse_failures WHERE run_id = $run GROUP BY ALL
        ORDER BY 1, 2
        """,
        {"run": run_id},
    ).fetchall():
        get(site_id).failures[kind] = int(count)
    return [sites[k] for k in sorted(sites)]


def unhealthy_sites(con: duckdb.DuckDBPyConnection, nights: int = 3) -> list[UnhealthySite]:
    """Sites whose last ``nights`` crawls were all unhealthy (not finished, nothing listed, or failures).

    A site with fewer than ``nights`` crawls on record is not judged yet.
    """
    rows = con.execute(
        """
        WITH ranked AS (
            SELECT *, row_number() OVER (PARTITION BY site_id ORDER BY started_at DESC NULLS LAST, run_id DESC) AS night
            FROM site_nights
        )
        SELECT site_id, count(*) FILTER (WHERE NOT healthy) AS bad, count(*) AS seen,
               string_agg(DISTINCT failure_kinds, ',') AS kinds, arg_min(run_id, night) AS last_run
        FROM ranked WHERE night <= ?
        GROUP BY site_id
        HAVING bad = ? AND seen = ?
        ORDER BY site_id
        """,
        [nights, nights, nights],
    ).fetchall()
    result = []
    for site_id, bad, _, kinds, last_run in rows:
        kind_list = sorted({k for k in (kinds or "").split(",") if k}) or ["no_items"]
        result.append(UnhealthySite(site_id, int(bad), kind_list, last_run))
    return result
