"""The crawl state handed to the spiders: ``<data>/state/seen.json`` (spiders never open DuckDB).

``{"seen_urls": [...], "watermarks": {"<site>:<column>": "YYYY-MM-DD"}}``: every detail URL fetched
with a usable answer (a 4xx/5xx page is not "seen", so it is tried again), and per site column the
newest list date seen.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import duckdb


def seen_state(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """The state file's content, read from ``raw_pages``."""
    urls = [
        row[0]
        for row in con.execute(
            "SELECT DISTINCT url FROM raw_pages WHERE http_status IS NULL OR http_status < 400 ORDER BY url"
        ).fetchall()
    ]
    marks = con.execute(
        """
        SELECT site_id || ':' || column_id, strftime(max(list_date), '%Y-%m-%d')
        FROM raw_pages WHERE column_id IS NOT NULL AND list_date IS NOT NULL
        GROUP BY site_id, column_id ORDER BY 1
        """
    ).fetchall()
    return {"seen_urls": urls, "watermarks": dict(marks)}


def write_seen_state(con: duckdb.DuckDBPyConnection, path: Path) -> Path:
    """Write the state file atomically (a spider starting meanwhile reads the old or the new one)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(json.dumps(seen_state(con), ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path
