"""The run report: per-site numbers, failures by kind, unhealthy sites (pure: no Prefect, no SQL).

Numbers come from the warehouse (``Warehouse.run_numbers``: what actually landed), failure
details from the run's files (``raw/<run>/<site>.report.json`` and the parsed-notices file).
The flow shows the result as two Prefect artifacts: :func:`to_markdown` and
:meth:`SiteLine.table_row`.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from flows.pipeline.site_health import (
    BROKEN,
    NOT_CONFIGURED,
    OK,
    broken_streak,
    configured_sites,
    judge,
    read_report,
    run_time,
)


@dataclass
class SiteLine:
    site: str
    province: str
    pages_fetched: int = 0
    new_notices: int = 0
    notices_loaded: int = 0  # new plus re-parsed (a reparse loads, but finds nothing new)
    meeting_notices: int = 0
    indicators: int = 0
    tasks: int = 0
    failures: dict[str, int] = field(default_factory=dict)  # kind -> count (parse failures as parse:<stage>)
    unhealthy: bool = False  # the warehouse's check: no items or errors in each of the last N runs
    verdict: str = OK  # ok | broken | not_configured (site_health)
    failure: str = ""  # the first failure: "challenge 412 https://…"
    kind: str | None = None
    url: str | None = None
    status_code: int | None = None
    failure_count: int = 0
    since: str | None = None  # run id of the first of the broken runs in a row that ends tonight
    nights: int = 0  # broken runs in a row, tonight included
    discovered: list[dict] = field(default_factory=list)  # candidate columns found (discover step)

    def table_row(self) -> dict:
        """One row of the table artifact: health first, short cells, so no column is cut off."""
        health = {BROKEN: "BROKEN", NOT_CONFIGURED: "not configured"}.get(self.verdict, "ok")
        if self.verdict == BROKEN and self.nights > 1:
            health += f" {self.nights} runs"
        if self.unhealthy and self.verdict != NOT_CONFIGURED:
            health += " ⚠ unhealthy"
        found = len(self.discovered)
        if self.verdict == BROKEN:
            failure = " ".join(str(x) for x in (self.kind, self.status_code) if x) + (f" (+{self.failure_count - 1})" if self.failure_count > 1 else "")
        elif self.verdict == NOT_CONFIGURED:
            failure = f"{found} candidate{'s' if found != 1 else ''}"
        else:
            failure = ""
        return {  # the URL last: the UI cuts a wide table on the right
            "site": self.site,
            "health": health,
            "failure": failure,
            "since": run_time(self.since) if self.since else "",
            "pages": self.pages_fetched,
            "new": self.new_notices,
            "meetings": self.meeting_notices,
            "indicators": self.indicators,
            "tasks": self.tasks,
            "url": self.url or "" if self.verdict == BROKEN else "",
        }

    @property
    def crawl_failed(self) -> bool:
        """A configured column or the crawl process failed (a discover-only row never "fails")."""
        return self.verdict == BROKEN


@dataclass
class RunReport:
    run_id: str
    flow: str  # nightly, backfill, reparse
    sites: list[SiteLine]
    failures: list[dict]  # failure entries: crawl kinds, process kinds, parse stages
    unhealthy: dict[str, list[str]] = field(default_factory=dict)  # site -> kinds seen over those runs
    unhealthy_after_runs: int = 3
    state: str = "Completed"
    # The parse backlog: {"parsed_from_earlier_runs": n, "by_run": {run: n}, "left": n}
    backlog: dict = field(default_factory=dict)

    @property
    def failed_sites(self) -> list[str]:
        """Broken sites: a configured column or the crawl process failed (parse failures alone,
        and failures of a discover-only row, do not make a site failed)."""
        return [line.site for line in self.sites if line.crawl_failed]

    def lines(self, verdict: str) -> list[SiteLine]:
        return [line for line in self.sites if line.verdict == verdict]

    def totals(self) -> dict[str, int]:
        keys = ("pages_fetched", "new_notices", "notices_loaded", "meeting_notices", "indicators", "tasks")
        totals = {key: sum(getattr(line, key) for line in self.sites) for key in keys}
        totals["parse_failures"] = sum(
            count for line in self.sites for kind, count in line.failures.items() if kind.startswith("parse:")
        )
        return totals

    def summary(self) -> str:
        t = self.totals()
        waiting = len(self.lines(NOT_CONFIGURED))
        return (
            f"{len(self.sites)} sites, {len(self.failed_sites)} broken"
            + (f", {waiting} not configured" if waiting else "")
            + "; pages fetched "
            f"{t['pages_fetched']}, new notices {t['new_notices']} (meeting notices {t['meeting_notices']}), "
            f"notices loaded {t['notices_loaded']}, indicators {t['indicators']}, tasks {t['tasks']}, "
            f"parse failures {t['parse_failures']}"
        )

    def to_json(self) -> dict:
        return asdict(self)


def format_kinds(kinds: dict[str, int]) -> str:
    return ", ".join(f"{kind} ×{count}" if count > 1 else kind for kind, count in sorted(kinds.items()))


def failure_details(run_dir: Path, parsed_file: Path | None, process_failures: dict[str, dict]) -> list[dict]:
    """Every failure entry of the run: from the crawl reports, the crawl processes and the parse step."""
    entries: list[dict] = []
    for path in sorted(run_dir.glob("*.report.json")):
        try:
            report = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        entries.extend(f for f in report.get("failures") or [] if isinstance(f, dict))
    known = {(e.get("site"), e.get("kind"), e.get("reason")) for e in entries}
    for failure in process_failures.values():  # already in the report file, unless writing it failed
        if (failure.get("site"), failure.get("kind"), failure.get("reason")) not in known:
            entries.append(failure)
    if parsed_file is not None and parsed_file.exists():
        with parsed_file.open(encoding="utf-8") as lines:
            for line in lines:
                if '"error"' not in line:
                    continue
                entry = json.loads(line)
                if "error" in entry:
                    entries.append({"site": entry.get("site"), "column": entry.get("column"), "url": entry.get("url"),
                                    "kind": f"parse:{entry.get('stage')}", "status": None, "reason": entry["error"]})
    return entries


def _night(site: str, run_dir: Path, failures: dict[str, int], process_failure: dict | None, configured: bool):
    """The site's verdict from its report file; where that file is missing, from the failure
    counts the warehouse holds (and the failed process)."""
    report = read_report(run_dir / f"{site}.report.json")
    entries = [f for f in report.get("failures") or [] if isinstance(f, dict)]
    if not entries:
        entries = [{"site": site, "kind": kind} for kind in failures if not kind.startswith("parse:")]
    if process_failure and process_failure not in entries:
        entries.append(process_failure)
    return judge(site, {**report, "failures": entries}, configured)


def build_report(
    *,
    run_id: str,
    flow: str,
    provinces: dict[str, str],
    numbers: list[dict],
    unhealthy: dict[str, list[str]],
    run_dir: Path,
    parsed_file: Path | None,
    process_failures: dict[str, dict],
    unhealthy_after_runs: int = 3,
    configured: set[str] | None = None,
) -> RunReport:
    """One line per site the run was about (the sites crawled, or for a reparse the sites parsed).

    ``numbers`` are ``Warehouse.run_numbers`` rows as dicts (``site_id``, ``pages_fetched``,
    ``notices_new``, ``notices_loaded``, ``meeting_notices``, ``indicators``, ``tasks``, ``failures``).
    """
    by_site = {n["site_id"]: n for n in numbers}
    site_ids = list(provinces) if flow != "reparse" else []
    site_ids += [s for s in by_site if s not in site_ids]
    crawled = flow != "reparse"
    if configured is None and crawled:
        configured = configured_sites()
    lines = []
    for site in site_ids:
        n = by_site.get(site, {})
        failures = dict(n.get("failures") or {})
        if site in process_failures and process_failures[site]["kind"] not in failures:
            failures[process_failures[site]["kind"]] = 1
        night = _night(site, run_dir, failures, process_failures.get(site), site in (configured or set())) if crawled else None
        since, nights = (
            broken_streak(site, run_dir.parent, run_id, site in (configured or set()))
            if night is not None and night.verdict == BROKEN else (None, 0)
        )
        lines.append(
            SiteLine(
                site=site,
                province=provinces.get(site, ""),
                pages_fetched=int(n.get("pages_fetched") or 0),
                new_notices=int(n.get("notices_new") or 0),
                notices_loaded=int(n.get("notices_loaded") or 0),
                meeting_notices=int(n.get("meeting_notices") or 0),
                indicators=int(n.get("indicators") or 0),
                tasks=int(n.get("tasks") or 0),
                failures=failures,
                unhealthy=site in unhealthy,
                verdict=night.verdict if night else OK,
                failure=night.headline if night else "",
                kind=night.kind if night else None,
                url=night.url if night else None,
                status_code=night.status if night else None,
                failure_count=night.failures if night else 0,
                since=since,
                nights=nights,
                discovered=night.discovered if night else [],
            )
        )
    return RunReport(
        run_id=run_id,
        flow=flow,
        sites=lines,
        failures=failure_details(run_dir, parsed_file, process_failures),
        unhealthy={site: kinds for site, kinds in unhealthy.items()},
        unhealthy_after_runs=unhealthy_after_runs,
    )


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _candidates(line: SiteLine) -> str:
    """``新闻中心 (https://…, score 3, chosen)``: the discover step's candidate columns."""
    shown = []
    for c in line.discovered[:5]:
        extra = ", ".join(x for x in (c.get("url"), f"score {c['score']}" if c.get("score") is not None else "",
                                      "crawled tonight" if c.get("chosen") else "") if x)
        shown.append(f"{c.get('name') or '?'} ({extra})" if extra else str(c.get("name") or "?"))
    more = f" … +{len(line.discovered) - 5}" if len(line.discovered) > 5 else ""
    return "; ".join(shown) + more if shown else "none found"


def to_markdown(report: RunReport, max_failures: int = 40) -> str:
    """Failing sites first (site, kind, URL, since when), then totals, then the rest."""
    broken = sorted(report.lines(BROKEN), key=lambda l: (-l.nights, l.site))
    waiting = report.lines(NOT_CONFIGURED)
    ok = [line for line in report.sites if line.verdict == OK]
    out = [f"# gxt {report.flow} run {report.run_id}: {report.state}", ""]
    if broken:
        out += [f"## {len(broken)} broken site{'s' if len(broken) != 1 else ''}", ""]
        # The URL last: the UI cuts a wide table on the right, and a cut URL still says where.
        out += ["| site | province | kind | status | since | runs in a row | URL |", "|---|---|---|---:|---|---:|---|"]
        for line in broken:
            first = next((f for f in report.failures if f.get("site") == line.site and f.get("kind") == line.kind), {})
            out.append(
                f"| **{line.site}** | {line.province} | {_cell(line.kind or '')} | {first.get('status') or ''} | "
                f"{run_time(line.since) if line.since else ''} | {line.nights} | {_cell(line.url or first.get('reason') or '')} |"
            )
    else:
        out += ["No broken site.", ""]
    if report.backlog:
        out += [f"Parse backlog: {report.backlog.get('parsed_from_earlier_runs', 0)} page versions fetched by earlier "
                f"runs parsed in this run; {report.backlog.get('left', 0)} left.", ""]
    t = report.totals()
    out += [
        "", "## Totals", "",
        f"{len(report.sites)} sites: {len(ok)} ok, {len(broken)} broken, {len(waiting)} not configured. "
        f"Pages fetched {t['pages_fetched']}, new notices {t['new_notices']} (meeting notices {t['meeting_notices']}), "
        f"notices loaded {t['notices_loaded']}, indicators {t['indicators']}, tasks {t['tasks']}, parse failures {t['parse_failures']}.",
        "", "## Sites", "",
        "| site | province | health | pages | new | meetings | indicators | tasks | failures |",
        "|---|---|---|---:|---:|---:|---:|---:|---|",
    ]
    order = {BROKEN: 0, OK: 1, NOT_CONFIGURED: 2}
    for line in sorted(report.sites, key=lambda l: (order.get(l.verdict, 1), l.site)):
        out.append(
            f"| {line.site} | {line.province} | {line.table_row()['health']} | {line.pages_fetched} | {line.new_notices} | "
            f"{line.meeting_notices} | {line.indicators} | {line.tasks} | {_cell(format_kinds(line.failures)) or '—'} |"
        )
    if waiting:
        out += ["", f"## Not configured: {len(waiting)} discover-only rows awaiting promotion", "",
                "No column of theirs is in crawlers/sites.toml yet; promote a candidate there (crawlers/README.md).", "",
                "| site | province | candidate columns found | home page tonight |", "|---|---|---|---|"]
        for line in sorted(waiting, key=lambda l: l.site):
            out.append(f"| {line.site} | {line.province} | {_cell(_candidates(line))} | {_cell(line.failure) or 'reached'} |")
    flagged = {site: kinds for site, kinds in report.unhealthy.items()
               if next((l.verdict for l in report.sites if l.site == site), OK) != NOT_CONFIGURED}
    if flagged:
        out += ["", f"## Unhealthy sites: no items or errors in each of the last {report.unhealthy_after_runs} runs", ""]
        out += [f"- **{site}**: {', '.join(kinds)}" for site, kinds in sorted(flagged.items())]
    if report.failures:
        out += ["", "## Failures", "", "| site | column | kind | status | url | reason |", "|---|---|---|---|---|---|"]
        for failure in report.failures[:max_failures]:
            cells = [failure.get(key) for key in ("site", "column", "kind", "status", "url", "reason")]
            out.append("| " + " | ".join(_cell("" if c is None else c) for c in cells) + " |")
        if len(report.failures) > max_failures:
            out.append(f"\n… and {len(report.failures) - max_failures} more: see raw/{report.run_id}/*.report.json.")
    return "\n".join(out) + "\n"
