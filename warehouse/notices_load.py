"""Loading a parsed-notices file (``<data>/parsed/<run_id>.jsonl``) into notices, indicators, tasks
and parse_failures.

How: the file goes to DuckDB in blocks of whole lines through Arrow (:mod:`warehouse.lines`);
DuckDB's JSON reader checks and unnests them in bulk. Each block is one transaction that records
its failures and refusals, deletes the previous rows of its notices and inserts the new ones, so a
crash or an error leaves every notice either wholly old or wholly new. Within a block the line with
the highest parser version wins for a URL (then the last line); across blocks the rule below does
the same. Distinct periods and names are resolved in Python (:mod:`warehouse.periods`,
:mod:`warehouse.aliases`) and joined in.

A notice already stored is kept when the incoming line is stale: a lower parser version, or the same
parser version for an older page version. The same line loaded twice changes nothing.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pyarrow as pa

from warehouse.aliases import AliasTable
from warehouse.connection import transaction
from warehouse.indicator_names import name_mapping, store_themes
from warehouse.periods import period_bounds
from warehouse.lines import BLOCK_BYTES, line_blocks

# A notice body is a few thousand characters; one of a million is a page dump, not a notice.
MAX_BODY_CHARS = 1_000_000
# A whole line (record and all): 4 million characters is far beyond any real notice.
MAX_LINE_CHARS = 4_000_000

_RECORD_SHAPE = json.dumps(
    {
        "url": "VARCHAR",
        "raw_sha256": "VARCHAR",
        "site": "VARCHAR",
        "column": "VARCHAR",
        "province": "VARCHAR",
        "published": "VARCHAR",
        "parser_version": "INTEGER",
        "stage": "VARCHAR",
        "error": "VARCHAR",
        "record": {
            "doc": "VARCHAR",
            "is_meeting": "BOOLEAN",
            "meeting": {"province": "VARCHAR", "date": "VARCHAR", "city": "VARCHAR", "kind": "VARCHAR"},
            "article": {"title": "VARCHAR", "published": "VARCHAR", "source": "VARCHAR", "body": "VARCHAR"},
            "indicators": [
                {
                    "name": "VARCHAR",
                    "measure": "VARCHAR",
                    "value": "DOUBLE",
                    "unit": "VARCHAR",
                    "period": "JSON",
                    "target": "BOOLEAN",
                    "qualifier": "VARCHAR",
                    "evidence": "VARCHAR",
                    # Optional (parsers before the comparison fields leave them out: NULL).
                    "compared_with": "VARCHAR",
                    "stock_kind": "VARCHAR",
                }
            ],
            "tasks": [
                {
                    "kind": "VARCHAR",
                    "year": "INTEGER",
                    "ordinal": "INTEGER",
                    "declared_count": "INTEGER",
                    "headline": "VARCHAR",
                    "body": "VARCHAR",
                }
            ],
        },
    }
)


@dataclass
class ParsedLoadResult:
    """What loading one parsed file did."""

    lines: int = 0
    notices_loaded: int = 0
    notices_new: int = 0
    notices_unchanged: int = 0
    notices_stale: int = 0
    indicators: int = 0
    tasks: int = 0
    failures_recorded: int = 0
    refused: int = 0
    bad_lines: int = 0


# Step 1: every line of the block, parsed once (a table), and what is wrong with it, if anything (a
# view over it: computing the checks while parsing costs more than reading them back).
_PARSE = f"""
CREATE OR REPLACE TEMP TABLE _parsed AS
SELECT line_no, length(line) AS line_chars, try(json_transform(line, '{_RECORD_SHAPE}')) AS j
FROM _lines
WHERE trim(line) <> ''
"""

_CHECK = f"""
CREATE OR REPLACE TEMP VIEW _checked AS
SELECT
    line_no,
    j,
    CASE
        WHEN j IS NULL THEN 'not JSON (or not valid Unicode)'
        WHEN j.url IS NULL OR trim(j.url) = '' THEN 'no url'
        WHEN j.parser_version IS NULL THEN 'no parser_version (a whole number)'
    END AS problem,
    CASE
        WHEN j.record IS NULL THEN NULL
        WHEN length(j.record.article.body) > {MAX_BODY_CHARS}
            THEN 'refused: article body is ' || length(j.record.article.body) || ' characters, over the limit of {MAX_BODY_CHARS}'
        WHEN line_chars > {MAX_LINE_CHARS}
            THEN 'refused: the record is ' || line_chars || ' characters, over the limit of {MAX_LINE_CHARS}'
        WHEN coalesce(list_bool_or(list_transform(j.record.indicators, lambda x: x.name IS NULL OR trim(x.name) = '')), false)
            THEN 'refused: an indicator has no name'
    END AS refusal
FROM _parsed
"""

_PROBLEMS = """
INSERT INTO load_problems
SELECT $file, line_no, $run_id, problem, now() FROM _checked WHERE problem IS NOT NULL
ON CONFLICT (source_file, line_no) DO UPDATE SET reason = excluded.reason, run_id = excluded.run_id, seen_at = now()
"""

# Failure lines from the flows (stage clean/parse) and records the warehouse refuses (stage load).
# One row per URL, page version and parser version; the last line of the block wins.
_FAILURES = """
INSERT INTO parse_failures
SELECT j.url, coalesce(j.raw_sha256, ''), j.parser_version,
       CASE WHEN refusal IS NOT NULL THEN 'load' WHEN j.stage IN ('clean', 'parse') THEN j.stage ELSE 'parse' END,
       coalesce(refusal, j.error, 'the line has neither a record nor an error'),
       j.site, j."column", $run_id, now(), NULL
FROM _checked
WHERE problem IS NULL AND (j.record IS NULL OR refusal IS NOT NULL)
QUALIFY row_number() OVER (PARTITION BY j.url, coalesce(j.raw_sha256, ''), j.parser_version ORDER BY line_no DESC) = 1
ON CONFLICT (url, raw_sha256, parser_version) DO UPDATE SET
    stage = excluded.stage, error = excluded.error, site_id = excluded.site_id, column_id = excluded.column_id,
    run_id = excluded.run_id, failed_at = now(), resolved_at = NULL
"""

# Step 2: the good records, one per URL (highest parser version, then the last line). The winners are
# found on a narrow table and the records are read through a view, so the big parsed records are
# never copied a second time.
_WINNERS = """
CREATE OR REPLACE TEMP TABLE _winners AS
SELECT line_no FROM (
    SELECT line_no, j.url AS url, j.parser_version AS parser_version FROM _checked
    WHERE problem IS NULL AND j.record IS NOT NULL AND refusal IS NULL
)
QUALIFY row_number() OVER (PARTITION BY url ORDER BY parser_version DESC, line_no DESC) = 1
"""

_INCOMING = """
CREATE OR REPLACE TEMP VIEW _incoming AS
SELECT
    left(sha256(j.url), 16)                 AS notice_id,
    j.url                                   AS url,
    coalesce(j.raw_sha256, '')              AS raw_sha256,
    j.site                                  AS site_id,
    j."column"                              AS column_id,
    coalesce(j.province, j.record.meeting.province) AS province,
    j.record.doc                            AS doc,
    j.record.article.title                  AS title,
    coalesce(j.record.article.published, j.published) AS published,
    j.record.article.source                 AS source,
    j.record.article.body                   AS body_text,
    coalesce(j.record.is_meeting, false)    AS is_meeting,
    j.record.meeting.kind                   AS meeting_kind,
    j.record.meeting.province               AS meeting_province,
    try_cast(j.record.meeting.date AS DATE) AS meeting_date,
    j.record.meeting.city                   AS city,
    coalesce(j.record.indicators, [])       AS indicators,
    coalesce(j.record.tasks, [])            AS tasks,
    j.parser_version                        AS parser_version
FROM _checked JOIN _winners USING (line_no)
"""

# Which incoming notices replace what is stored: new ones, higher parser versions, and the same parser
# version for a page version fetched no earlier than the stored one. Identical (same parser version,
# same page version) ones are left alone unless forced.
_DECIDE = """
CREATE OR REPLACE TEMP TABLE _decided AS
SELECT
    i.notice_id,
    e.notice_id IS NULL AS is_new,
    e.first_run_id AS first_run_id,
    CASE
        WHEN e.notice_id IS NULL THEN 'load'
        WHEN i.parser_version > e.parser_version THEN 'load'
        WHEN i.parser_version < e.parser_version THEN 'stale'
        WHEN i.raw_sha256 = e.raw_sha256 THEN CASE WHEN $force THEN 'load' ELSE 'unchanged' END
        WHEN coalesce(ri.fetched_at, 'infinity'::TIMESTAMPTZ) >= coalesce(re.fetched_at, '-infinity'::TIMESTAMPTZ) THEN 'load'
        ELSE 'stale'
    END AS decision
FROM _incoming AS i
LEFT JOIN notices AS e ON e.notice_id = i.notice_id
LEFT JOIN raw_pages AS ri ON ri.url = i.url AND ri.sha256 = i.raw_sha256
LEFT JOIN raw_pages AS re ON re.url = e.url AND re.sha256 = e.raw_sha256
"""

_INSERT_NOTICES = """
INSERT INTO notices
SELECT
    i.notice_id, i.url, i.raw_sha256, i.site_id, i.column_id, i.province, i.doc, i.title,
    coalesce(try_cast(i.published AS TIMESTAMP), try_cast(try_cast(left(i.published, 10) AS DATE) AS TIMESTAMP)),
    coalesce(try_cast(i.published AS DATE), try_cast(left(i.published, 10) AS DATE)),
    i.source, i.body_text, i.is_meeting, i.meeting_kind, i.meeting_province, i.meeting_date, i.city,
    len(i.indicators), len(i.tasks), i.parser_version, coalesce(d.first_run_id, $run_id), $run_id, now()
FROM _incoming AS i JOIN _decided AS d USING (notice_id)
WHERE d.decision = 'load'
"""

_FLAT_INDICATORS = """
CREATE OR REPLACE TEMP TABLE _flat_indicators AS
SELECT
    notice_id,
    parser_version,
    seq,
    ind.name AS name,
    ind.measure AS measure,
    ind.value AS value,
    ind.unit AS unit,
    CASE WHEN json_type(ind.period) = 'ARRAY' THEN ind.period ->> 0 ELSE ind.period ->> '$' END AS period,
    ind.target AS target,
    ind.qualifier AS qualifier,
    ind.evidence AS evidence,
    nullif(trim(ind.compared_with), '') AS compared_with,
    CASE WHEN ind.stock_kind IN ('new', 'cumulative') THEN ind.stock_kind END AS stock_kind
FROM (
    SELECT i.notice_id, i.parser_version, generate_subscripts(i.indicators, 1) AS seq, unnest(i.indicators) AS ind
    FROM _incoming AS i JOIN _decided AS d USING (notice_id)
    WHERE d.decision = 'load'
)
"""

_INSERT_INDICATORS = """
INSERT INTO indicators (notice_id, seq, name, canonical_name, measure, value, unit, period, period_start, period_end,
                        target, qualifier, evidence, parser_version, compared_with, stock_kind)
SELECT f.notice_id, f.seq, f.name, m.canonical_name, f.measure, f.value, f.unit, f.period,
       p.period_start, p.period_end, f.target, f.qualifier, f.evidence, f.parser_version,
       coalesce(f.compared_with, m.compared_with), coalesce(f.stock_kind, m.stock_kind)
FROM _flat_indicators AS f
JOIN _name_map AS m ON m.name = f.name
LEFT JOIN _period_map AS p ON p.period = f.period
"""

_INSERT_TASKS = """
INSERT INTO tasks
SELECT notice_id, seq, t.kind, t.year, t.ordinal, t.declared_count, t.headline, t.body, parser_version
FROM (
    SELECT i.notice_id, i.parser_version, generate_subscripts(i.tasks, 1) AS seq, unnest(i.tasks) AS t
    FROM _incoming AS i JOIN _decided AS d USING (notice_id)
    WHERE d.decision = 'load'
)
"""

_REPLACED = "SELECT notice_id FROM _decided WHERE decision = 'load'"
_TEMP_VIEWS = ("_incoming", "_checked")
_TEMP_TABLES = ("_parsed", "_winners", "_decided", "_flat_indicators")


def _period_map(periods: list[str]) -> pa.Table:
    bounds = [period_bounds(p) for p in periods]
    return pa.table(
        {
            "period": pa.array(periods, pa.string()),
            "period_start": pa.array([b[0] if b else None for b in bounds], pa.date32()),
            "period_end": pa.array([b[1] if b else None for b in bounds], pa.date32()),
        }
    )


def _count(con: duckdb.DuckDBPyConnection, sql: str, params: object = None) -> int:
    return int(con.execute(sql, params).fetchone()[0])


def _load_block(
    con: duckdb.DuckDBPyConnection, lines: pa.Table, *, file: str, run_id: str, aliases: AliasTable, force: bool,
    result: ParsedLoadResult,
) -> None:
    """One block of lines in one transaction (see the module docstring)."""
    try:
        with transaction(con):
            con.register("_lines", lines)
            con.execute(_PARSE)
            con.unregister("_lines")
            con.execute(_CHECK)
            result.lines += _count(con, "SELECT count(*) FROM _checked")
            result.bad_lines += _count(con, _PROBLEMS, {"file": file, "run_id": run_id})
            result.failures_recorded += _count(con, _FAILURES, {"run_id": run_id})
            result.refused += _count(con, "SELECT count(*) FROM _checked WHERE problem IS NULL AND refusal IS NOT NULL")
            con.execute(_WINNERS)
            con.execute(_INCOMING)
            con.execute(_DECIDE, {"force": force})
            counts = dict(
                con.execute(
                    "SELECT decision || (CASE WHEN is_new THEN '+new' ELSE '' END), count(*) FROM _decided GROUP BY ALL"
                ).fetchall()
            )
            con.execute(_FLAT_INDICATORS)
            names = [r[0] for r in con.execute("SELECT DISTINCT name FROM _flat_indicators").fetchall()]
            periods = [r[0] for r in con.execute("SELECT DISTINCT period FROM _flat_indicators WHERE period IS NOT NULL").fetchall()]
            name_map = name_mapping(names, aliases)
            con.register("_name_map", name_map)
            store_themes(con, sorted(set(name_map.column("canonical_name").to_pylist())), aliases)
            con.register("_period_map", _period_map(periods))
            con.execute(f"DELETE FROM indicators WHERE notice_id IN ({_REPLACED})")
            con.execute(f"DELETE FROM tasks WHERE notice_id IN ({_REPLACED})")
            con.execute(f"DELETE FROM notices WHERE notice_id IN ({_REPLACED})")
            con.execute(_INSERT_NOTICES, {"run_id": run_id})
            indicators = _count(con, _INSERT_INDICATORS)
            tasks = _count(con, _INSERT_TASKS)
            con.execute(
                f"""UPDATE parse_failures SET resolved_at = now()
                    WHERE resolved_at IS NULL AND url IN (SELECT url FROM _incoming WHERE notice_id IN ({_REPLACED}))"""
            )
            con.unregister("_name_map")
            con.unregister("_period_map")
    finally:
        for view in _TEMP_VIEWS:
            con.execute(f"DROP VIEW IF EXISTS {view}")
        for table in _TEMP_TABLES:
            con.execute(f"DROP TABLE IF EXISTS {table}")
    result.indicators += indicators
    result.tasks += tasks
    result.notices_new += counts.get("load+new", 0)
    result.notices_loaded += counts.get("load", 0) + counts.get("load+new", 0)
    result.notices_unchanged += counts.get("unchanged", 0)
    result.notices_stale += counts.get("stale", 0)


def load_parsed_file(
    con: duckdb.DuckDBPyConnection,
    path: Path,
    *,
    run_id: str,
    aliases: AliasTable,
    force: bool = False,
    block_bytes: int = BLOCK_BYTES,
    problem_name: str | None = None,
) -> ParsedLoadResult:
    """Load one parsed-notices file (see the module docstring). Returns the counts."""
    result = ParsedLoadResult()
    for lines in line_blocks(path, block_bytes):
        _load_block(
            con, lines, file=problem_name or str(path), run_id=run_id, aliases=aliases, force=force, result=result
        )
    return result
