"""What the chart command and the analyst app read: read-only queries on the published copy.

Every query goes through :func:`warehouse.readonly.run_query` (the published copy opened
read-only, the statement checked to be a query) and names the columns it needs, so that columns
added to the views later do not change what is returned. Values typed by a user (an indicator
name, a word) are quoted as SQL string literals by :func:`sql_text`; numbers are formatted by
Python, never pasted as text.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from warehouse.readonly import run_query, run_script

_WORD = re.compile(r"\w+")  # what the search index holds as words: letters and digits

Row = dict[str, Any]


def sql_text(value: str) -> str:
    """``value`` as a DuckDB string literal (quotes doubled; DuckDB strings have no backslash escapes)."""
    return "'" + str(value).replace("'", "''") + "'"


def _rows(published: Path, sql: str) -> list[Row]:
    columns, rows = run_query(published, sql)
    return [dict(zip(columns, row)) for row in rows]


def _in_list(column: str, values: Sequence[str] | None) -> str:
    if not values:
        return ""
    return f" AND {column} IN ({', '.join(sql_text(v) for v in values)})"


@dataclass(frozen=True)
class SeriesQuery:
    """One indicator across provinces over whole years."""

    indicator: str
    measure: str = "growth"
    provinces: tuple[str, ...] = ()
    since: int | None = None
    until: int | None = None
    target: bool = False  # outcomes by default; True: the goals set for each year


def indicator_choices(published: Path, measure: str | None = None) -> list[Row]:
    """Canonical indicators with whole-year figures, the most widely reported first:
    canonical_name, measure, provinces, years, figures."""
    where = f" AND measure = {sql_text(measure)}" if measure else ""
    return _rows(published, f"""
        SELECT canonical_name, measure, count(DISTINCT province) AS provinces,
               count(DISTINCT period) AS years, count(*) AS figures
        FROM indicator_series
        WHERE regexp_full_match(period, '\\d{{4}}'){where}
        GROUP BY canonical_name, measure
        ORDER BY provinces DESC, figures DESC, canonical_name, measure""")


def series(published: Path, query: SeriesQuery) -> list[Row]:
    """The figures of ``query``, one row per province and year, ordered by province then year:
    province, year, value, unit, qualifier, evidence, name, source_title, source_url,
    published_date, reports."""
    bounds = ""
    if query.since is not None:
        bounds += f" AND CAST(period AS INTEGER) >= {int(query.since)}"
    if query.until is not None:
        bounds += f" AND CAST(period AS INTEGER) <= {int(query.until)}"
    return _rows(published, f"""
        SELECT province, CAST(period AS INTEGER) AS year, value, unit, qualifier, evidence, name,
               source_title, source_url, published_date, reports
        FROM indicator_series
        WHERE canonical_name = {sql_text(query.indicator)}
          AND measure = {sql_text(query.measure)}
          AND target = {'true' if query.target else 'false'}
          AND regexp_full_match(period, '\\d{{4}}'){_in_list('province', query.provinces)}{bounds}
        ORDER BY province, year""")


def known_provinces(published: Path) -> list[str]:
    """Provinces of the site table, in its order (for checking a --provinces argument)."""
    return [r["province"] for r in _rows(published, "SELECT DISTINCT province FROM sites ORDER BY province")]


def task_years(published: Path) -> list[int]:
    """Plan years that have task headlines, newest first."""
    rows = _rows(published, "SELECT DISTINCT year FROM task_list WHERE kind = 'task' AND year IS NOT NULL ORDER BY year DESC")
    return [r["year"] for r in rows]


def task_headlines(published: Path, year: int, provinces: Sequence[str] | None = None) -> list[Row]:
    """One plan year's task headlines by province, in each notice's order: province, ordinal,
    declared_count, headline, source_title, source_url, published_date."""
    return _rows(published, f"""
        SELECT province, ordinal, declared_count, headline, source_title, source_url, published_date
        FROM task_list
        WHERE kind = 'task' AND year = {int(year)}{_in_list('province', provinces)}
        ORDER BY province, published_date, source_url, ordinal""")


def search_hits(published: Path, words: str, limit: int = 50) -> list[Row]:
    """Notices whose title, body or task headlines hold every word of ``words``, best first:
    province, published_date, title, url, snippet, score.

    The same full-text search as ``gxt search`` (the ``match_notices`` macro: jieba-segmented BM25,
    every word kept whole by ``must_contain``), one row per notice (its best hit, a task's or its
    own). Words the index cannot hold (anything with a sign or a figure's point, such as ``5.5%``) and a copy published
    before the index existed fall back to a literal scan, scored by occurrences."""
    from flows.clean.t2s_table import t2s
    from warehouse.search import segment_query

    typed = t2s(words).split()
    if not typed:
        return []
    query = segment_query(" ".join(typed))
    if query and all(_WORD.fullmatch(term) for term in typed):
        try:
            return _fts_hits(published, query, typed, limit)
        except duckdb.CatalogException:  # no index in this copy yet: published before search existed
            pass
    return _literal_hits(published, typed, limit)


def _fts_hits(published: Path, query: str, typed: list[str], limit: int) -> list[Row]:
    ((columns, rows),) = run_script(published, """
        SELECT province, published_date, title, url, arg_max(snippet, score) AS snippet, round(max(score), 3) AS score
        FROM match_notices(getvariable('words'), must_contain := getvariable('typed'))
        GROUP BY notice_id, province, published_date, title, url
        ORDER BY score DESC, published_date DESC NULLS LAST, url
        LIMIT getvariable('limit')""", {"words": query, "typed": typed, "limit": int(limit)})
    return [dict(zip(columns, row)) for row in rows]


def _literal_hits(published: Path, terms: list[str], limit: int) -> list[Row]:
    text = "(coalesce(n.title, '') || ' ' || coalesce(n.body_text, '') || ' ' || coalesce(t.headlines, ''))"
    def escaped(term: str) -> str:
        return sql_text("%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
    every = " AND ".join(f"{text} LIKE {escaped(term)} ESCAPE '\\'" for term in terms)
    count = " + ".join(
        f"(length({text}) - length(replace({text}, {sql_text(term)}, ''))) // {len(term)}" for term in terms
    )
    first = sql_text(terms[0])
    return _rows(published, f"""
        WITH t AS (SELECT notice_id, string_agg(headline, ' ') AS headlines FROM tasks GROUP BY notice_id)
        SELECT n.province, n.published_date, n.title, n.url,
               substr(n.body_text, greatest(1, strpos(n.body_text, {first}) - 30), 90) AS snippet,
               {count} AS score
        FROM notices AS n LEFT JOIN t ON t.notice_id = n.notice_id
        WHERE {every}
        ORDER BY score DESC, n.published_date DESC NULLS LAST, n.url
        LIMIT {int(limit)}""")


def site_health(published: Path) -> list[Row]:
    """Each site's latest crawl: province, site_id, status, started_at, healthy, items_listed,
    raw_pages, failure_count, failure_kinds, nights (how many crawls), healthy_nights."""
    return _rows(published, """
        WITH ranked AS (
            SELECT *, row_number() OVER (PARTITION BY site_id ORDER BY started_at DESC NULLS LAST, run_id DESC) AS rank,
                   count(*) OVER (PARTITION BY site_id) AS nights,
                   count(*) FILTER (WHERE healthy) OVER (PARTITION BY site_id) AS healthy_nights
            FROM site_nights
        )
        SELECT s.province, s.site_id, s.status, r.started_at, r.healthy, r.items_listed, r.raw_pages,
               r.failure_count, r.failure_kinds, coalesce(r.nights, 0) AS nights,
               coalesce(r.healthy_nights, 0) AS healthy_nights
        FROM sites AS s LEFT JOIN ranked AS r ON r.site_id = s.site_id AND r.rank = 1
        ORDER BY r.healthy NULLS FIRST, s.site_id""")


def recent_failures(published: Path, limit: int = 100) -> list[Row]:
    """The failures of each site's latest crawl: site_id, kind, http_status, url, reason."""
    return _rows(published, f"""
        WITH latest AS (
            SELECT site_id, arg_max(run_id, started_at) AS run_id FROM crawl_reports GROUP BY site_id
        )
        SELECT f.site_id, f.kind, f.http_status, f.url, f.reason
        FROM crawl_failures AS f JOIN latest USING (site_id, run_id)
        ORDER BY f.site_id, f.seq
        LIMIT {int(limit)}""")
