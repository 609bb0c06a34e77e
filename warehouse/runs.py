"""Flow runs (``crawl_runs``) and the site table (``sites``)."""
from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from typing import Any

import duckdb
import pyarrow as pa

from warehouse.connection import transaction

SITE_FIELDS = ("id", "province", "department", "domain", "base_url", "status", "family")


def _plain(value: Any) -> Any:
    """Make a Site, a dataclass or any object JSON-able (for the columns JSON)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if hasattr(value, "model_dump"):
        return value.model_dump()
    if hasattr(value, "__dict__"):
        return {k: v for k, v in vars(value).items() if not k.startswith("_")}
    return str(value)


def _field(site: Any, name: str) -> Any:
    return site.get(name) if isinstance(site, dict) else getattr(site, name, None)


def sync_sites(con: duckdb.DuckDBPyConnection, sites: Iterable[Any]) -> int:
    """Make ``sites`` match the site table: upsert every row, mark rows no longer there inactive.

    Accepts ``crawlers.sites.Site`` objects or dicts with id, province, department, domain,
    base_url, status, family (and optionally columns). Returns the number of sites synced.
    """
    rows = list(sites)
    table = pa.table(
        {
            "site_id": pa.array([str(_field(s, "id")) for s in rows], pa.string()),
            **{
                name: pa.array([_field(s, name) for s in rows], pa.string())
                for name in SITE_FIELDS[1:]
            },
            "columns": pa.array(
                [json.dumps(_field(s, "columns"), default=_plain, ensure_ascii=False) for s in rows], pa.string()
            ),
        }
    )
    if len(set(table["site_id"].to_pylist())) != len(rows):
        raise ValueError("the site table lists a site id twice")
    with transaction(con):
        con.register("_sites", table)
        con.execute(
            """
            INSERT INTO sites
            SELECT site_id, coalesce(province, ''), department, domain, base_url, status, family, columns::JSON,
                   true, now()
            FROM _sites
            ON CONFLICT (site_id) DO UPDATE SET
                province = excluded.province, department = excluded.department, domain = excluded.domain,
                base_url = excluded.base_url, status = excluded.status, family = excluded.family,
                columns = excluded.columns, active = true, synced_at = now()
            """
        )
        con.execute("UPDATE sites SET active = false WHERE site_id NOT IN (SELECT site_id FROM _sites)")
        con.unregister("_sites")
    return len(rows)


def start_run(
    con: duckdb.DuckDBPyConnection, run_id: str, *, flow: str = "nightly", parser_version: int | None = None
) -> None:
    """Record a run as started (status ``running``). Starting the same run id again restarts its row."""
    con.execute(
        """
        INSERT INTO crawl_runs VALUES (?, ?, 'running', now(), NULL, ?, NULL, NULL)
        ON CONFLICT (run_id) DO UPDATE SET flow = excluded.flow, status = 'running', started_at = now(),
            finished_at = NULL, parser_version = excluded.parser_version
        """,
        [run_id, flow, parser_version],
    )


def finish_run(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    *,
    status: str,
    site_stats: dict[str, Any] | None = None,
    note: str | None = None,
) -> None:
    """Record a run as finished with its final status and per-site numbers (JSON)."""
    updated = con.execute(
        "UPDATE crawl_runs SET status = ?, finished_at = now(), site_stats = ?::JSON, note = ? WHERE run_id = ?",
        [status, json.dumps(site_stats or {}, ensure_ascii=False, default=_plain), note, run_id],
    ).fetchone()[0]
    if not updated:
        raise KeyError(f"no run {run_id!r}: call start_run first")


def close_dead_runs(con: duckdb.DuckDBPyConnection, *, alive: str | None = None) -> list[str]:
    """Mark every ``running`` row other than ``alive`` as ``failed``: the caller holds the data
    directory's writer lock, which every run keeps until it has recorded its end, so a run still
    ``running`` here is over without having said so (killed, the machine lost power, or its failure
    could not be written). Returns the run ids closed."""
    rows = con.execute(
        "SELECT run_id FROM crawl_runs WHERE status = 'running' AND run_id IS DISTINCT FROM ? ORDER BY run_id", [alive]
    ).fetchall()
    dead = [row[0] for row in rows]
    if dead:
        con.execute(
            """
            UPDATE crawl_runs SET status = 'failed', finished_at = NULL,
                note = concat_ws(' ', note, 'ended without recording its end (its process was killed, or the '
                                 || 'warehouse was busy when it failed); closed by run '
                                 || coalesce(?, 'a later writer') || ' at ' || strftime(now(), '%Y-%m-%d %H:%M:%S UTC')
                                 || '. Its loaded pages were parsed by the next run (parse backlog).')
            WHERE status = 'running' AND run_id IS DISTINCT FROM ?
            """,
            [alive, alive],
        )
    return dead
