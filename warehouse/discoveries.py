"""A crawl report's columns and discovery candidates → ``crawl_columns`` and ``column_discoveries``.

Called by ``raw_load.load_crawl_report`` inside its transaction, so a report's rows are replaced
together with its ``crawl_reports`` row (loading a run twice adds nothing).
"""
from __future__ import annotations

from typing import Any

import duckdb


def _int(value: Any) -> int | None:
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def _float(value: Any) -> float | None:
    try:
        return float(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def load_report_columns(con: duckdb.DuckDBPyConnection, run_id: str, site: str, report: dict[str, Any]) -> int:
    """Replace the run's rows for ``site``; return the number of candidates stored."""
    con.execute("DELETE FROM crawl_columns WHERE run_id = ? AND site_id = ?", [run_id, site])
    con.execute("DELETE FROM column_discoveries WHERE run_id = ? AND site_id = ?", [run_id, site])
    found = [d for d in report.get("discovered") or [] if isinstance(d, dict) and d.get("url")]
    chosen = {d.get("column"): d for d in found if d.get("chosen")}
    columns = report.get("columns") or {}
    rows = []
    for column_id, numbers in columns.items():
        numbers = numbers if isinstance(numbers, dict) else {}
        source = str(numbers.get("source") or "configured")
        picked = chosen.get(column_id) if source == "discovered" else None
        rows.append([run_id, site, str(column_id), source, _int(numbers.get("list_pages")), _int(numbers.get("items")),
                     _int(numbers.get("new")), picked.get("url") if picked else None, picked.get("why") if picked else None])
    if rows:
        con.executemany("INSERT INTO crawl_columns VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    if found:
        con.executemany(
            "INSERT INTO column_discoveries VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [[run_id, site, seq, d.get("name"), str(d["url"]), _float(d.get("score")), d.get("why"), bool(d.get("chosen")),
              d.get("column") if d.get("chosen") else None] for seq, d in enumerate(found)],
        )
    return len(found)
