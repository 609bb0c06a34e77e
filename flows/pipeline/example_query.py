"""The example query ``gxt run`` answers at the end, on the published read copy."""
from __future__ import annotations

from pathlib import Path

from rich.table import Table
from rich.text import Text

QUERIES_DIR = Path(__file__).resolve().parents[2] / "warehouse" / "queries"
# The analysts' first question (the warehouse's example queries; a count per province without them).
PREFERRED = ("01_growth_by_province.sql",)
FALLBACK_TITLE = "Notices loaded per province"
FALLBACK_SQL = """
SELECT province, count(*) AS notices, count(*) FILTER (WHERE is_meeting) AS meetings,
       sum(indicator_count) AS indicators, sum(task_count) AS tasks
FROM notices GROUP BY province ORDER BY notices DESC, province
"""
MAX_ROWS = 12  # the night ends in about 20 lines (issue 10)


def example_sql() -> tuple[str, str]:
    """(title, SQL): a shipped example query where one is there, else a count per province."""
    for name in PREFERRED:
        path = QUERIES_DIR / name
        if path.exists():
            text = path.read_text(encoding="utf-8")
            first = text.strip().splitlines()[0] if text.strip() else ""
            title = first.lstrip("-").strip() if first.startswith("--") else path.stem
            return title, text
    return FALLBACK_TITLE, FALLBACK_SQL


def example_answer(data_dir: str) -> tuple[str, Table | str]:
    """The example query's title and its answer as a rich table (or the reason there is none)."""
    from gxt.paths import DataPaths

    title, sql = example_sql()
    try:
        from warehouse.readonly import run_query

        columns, rows = run_query(DataPaths.at(data_dir).published, sql)
    except Exception as err:  # the report already told what loaded; never fail the command here
        return title, f"(no answer: {type(err).__name__}: {err})"
    table = Table(show_edge=False)
    for column in columns:
        table.add_column(column)
    for row in rows[:MAX_ROWS]:
        # Text cells: a notice's words are data, never Rich markup or :emoji: codes
        table.add_row(*(Text("" if v is None else str(v)) for v in row))
    if len(rows) > MAX_ROWS:
        table.caption = f"{len(rows) - MAX_ROWS} more rows"
    return title, table
