"""Rebuilding ``indicator_series`` from ``indicator_reports`` (see migrations/002_views.sql for why it is a
table, 004 for its columns)."""
from __future__ import annotations

import duckdb

from warehouse.connection import transaction

_REBUILD = """
INSERT INTO indicator_series
SELECT province, canonical_name, theme, measure, compared_with, stock_kind, period, period_start, period_end, target,
       value, unit, value_yi, unit_yi, qualifier, evidence, name, source_url, source_title, published_date,
       notice_id, reports, values_agree
FROM indicator_reports
WHERE report_rank = 1
ORDER BY canonical_name, measure, province, period, target
"""


def rebuild_series(con: duckdb.DuckDBPyConnection) -> int:
    """Replace every row of ``indicator_series`` in one transaction; return the row count."""
    with transaction(con):
        con.execute("DELETE FROM indicator_series")
        rows = int(con.execute(_REBUILD).fetchone()[0])
    return rows
