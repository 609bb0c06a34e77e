"""Which raw page versions need parsing, handed to the flows as a file (or a stream), never a giant list.

Only the newest version of each URL is offered: parsing an older version would be stale anyway.
Modes (one at a time):

- ``backlog``: every version not yet parsed by this parser version (the nightly case): never parsed,
  or parsed (or failed) only under an older parser, whichever run fetched it, so a run that died
  after loading its pages is finished by the next one;
- ``run_id``: versions first fetched in that run;
- ``since``: pages listed or fetched on or after a date (a partial re-parse);
- ``parser_older_than``: pages whose notice (or last failure) came from an older parser version;
- ``everything``: every page (a full re-parse);
- none of these: pages never parsed at all (no notice and no failure for their newest version).
"""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import duckdb

from warehouse.connection import path_literal

_COLUMNS = """
    l.url, l.sha256 AS raw_sha256, l.site_id AS site, l.column_id AS "column", s.province,
    l.list_title, l.list_date, l.fetched_at, l.http_status AS status, l.encoding, l.meeting_title,
    l.final_url, l.html
"""


def _query(
    run_id: str | None, since: date | str | None, parser_older_than: int | None, everything: bool,
    backlog: int | None = None,
) -> tuple[str, list[Any]]:
    chosen = sum(x is not None for x in (run_id, since, parser_older_than, backlog)) + int(everything)
    if chosen > 1:
        raise ValueError("choose one of backlog, run_id, since, parser_older_than, everything")
    source = "raw_page_latest"
    params: list[Any] = []
    if run_id is not None:
        source = """(SELECT * FROM raw_pages WHERE run_id = ?
                     QUALIFY row_number() OVER (PARTITION BY url ORDER BY fetched_at DESC NULLS LAST, sha256) = 1)"""
        where = "true"
        params.append(run_id)
    elif since is not None:
        where = "coalesce(l.list_date, CAST(l.fetched_at AS DATE)) >= CAST(? AS DATE)"
        params.append(str(since))
    elif parser_older_than is not None:
        where = """(EXISTS (SELECT 1 FROM notices n WHERE n.url = l.url AND n.parser_version < ?)
                    OR (NOT EXISTS (SELECT 1 FROM notices n WHERE n.url = l.url)
                        AND NOT EXISTS (SELECT 1 FROM parse_failures f
                                        WHERE f.url = l.url AND f.raw_sha256 = l.sha256 AND f.parser_version >= ?)))"""
        params += [parser_older_than, parser_older_than]
    elif everything:
        where = "true"
    elif backlog is not None:
        where = """NOT EXISTS (SELECT 1 FROM notices n
                               WHERE n.url = l.url AND n.raw_sha256 = l.sha256 AND n.parser_version >= ?)
                   AND NOT EXISTS (SELECT 1 FROM parse_failures f
                                   WHERE f.url = l.url AND f.raw_sha256 = l.sha256 AND f.parser_version >= ?)"""
        params += [backlog, backlog]
    else:
        where = """NOT EXISTS (SELECT 1 FROM notices n WHERE n.url = l.url AND n.raw_sha256 = l.sha256)
                   AND NOT EXISTS (SELECT 1 FROM parse_failures f WHERE f.url = l.url AND f.raw_sha256 = l.sha256)"""
    sql = f"SELECT {_COLUMNS} FROM {source} AS l LEFT JOIN sites AS s ON s.site_id = l.site_id WHERE {where} ORDER BY l.url"
    return sql, params


def write_pending(
    con: duckdb.DuckDBPyConnection,
    out_path: Path,
    *,
    run_id: str | None = None,
    since: date | str | None = None,
    parser_older_than: int | None = None,
    everything: bool = False,
    backlog: int | None = None,
) -> int:
    """Write the chosen page versions to ``out_path`` as JSON Lines (one page per line, with its html);
    return how many. The file is written whole, then renamed into place."""
    sql, params = _query(run_id, since, parser_older_than, everything, backlog)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_path.with_name(out_path.name + ".tmp")
    con.execute("CREATE OR REPLACE TEMP TABLE _pending AS " + sql, params)
    try:
        count = con.execute("SELECT count(*) FROM _pending").fetchone()[0]
        con.execute(f"COPY _pending TO {path_literal(tmp)} (FORMAT json)")
        tmp.replace(out_path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        con.execute("DROP TABLE IF EXISTS _pending")
    return int(count)


def iter_pending(
    con: duckdb.DuckDBPyConnection,
    *,
    run_id: str | None = None,
    since: date | str | None = None,
    parser_older_than: int | None = None,
    everything: bool = False,
    backlog: int | None = None,
    batch: int = 500,
) -> Iterator[dict[str, Any]]:
    """The same pages as :func:`write_pending`, as dicts, fetched ``batch`` at a time."""
    sql, params = _query(run_id, since, parser_older_than, everything, backlog)
    cursor = con.cursor()
    try:
        cursor.execute(sql, params)
        names = [d[0] for d in cursor.description]
        while rows := cursor.fetchmany(batch):
            for row in rows:
                yield dict(zip(names, row))
    finally:
        cursor.close()


def pending_by_run(con: duckdb.DuckDBPyConnection, parser_version: int) -> dict[str, int]:
    """The backlog at ``parser_version``, counted by the run that first fetched each version
    (``{run_id: pages}``): what the report shows as carried over from earlier runs."""
    sql, params = _query(None, None, None, False, parser_version)
    sql = sql.replace(f"SELECT {_COLUMNS}", "SELECT l.run_id", 1)
    rows = con.execute(f"SELECT coalesce(run_id, '?'), count(*) FROM ({sql}) GROUP BY 1 ORDER BY 1", params).fetchall()
    return {run: int(count) for run, count in rows}


def carried_over(con: duckdb.DuckDBPyConnection, run_id: str) -> dict[str, int]:
    """Page versions parsed in ``run_id`` (loaded as a notice or recorded as a failure) that an
    earlier run fetched, by that run: the backlog this run cleared."""
    rows = con.execute(
        """
        SELECT coalesce(r.run_id, '?'), count(*)
        FROM (SELECT url, raw_sha256 FROM notices WHERE run_id = $run
              UNION SELECT url, raw_sha256 FROM parse_failures WHERE run_id = $run) AS p
        JOIN raw_pages AS r ON r.url = p.url AND r.sha256 = p.raw_sha256
        WHERE r.run_id IS DISTINCT FROM $run
        GROUP BY 1 ORDER BY 1
        """,
        {"run": run_id},
    ).fetchall()
    return {run: int(count) for run, count in rows}
