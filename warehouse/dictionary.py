"""The data dictionary of warehouse/README.md, rendered from the comments in the migrations.

``python -m warehouse.dictionary`` prints it; a test checks that the README holds exactly this text,
so the README and the migrations cannot drift apart.
"""
from __future__ import annotations

import duckdb

from warehouse.migrate import migrate


def render_dictionary() -> str:
    con = duckdb.connect()
    migrate(con)
    out: list[str] = []
    tables = con.execute(
        "SELECT table_name, comment FROM duckdb_tables() WHERE schema_name = 'main' ORDER BY table_name"
    ).fetchall()
    order = ["sites", "provinces", "crawl_runs", "crawl_reports", "crawl_failures", "raw_pages", "notices", "indicators",
             "tasks", "indicator_series", "indicator_themes", "search_docs", "parse_failures", "load_problems", "indicator_aliases", "warehouse_meta",
             "schema_version"]
    tables.sort(key=lambda t: order.index(t[0]) if t[0] in order else len(order))
    for table, comment in tables:
        keys = con.execute(
            "SELECT constraint_column_names FROM duckdb_constraints() WHERE table_name = ? AND constraint_type = 'PRIMARY KEY'",
            [table],
        ).fetchone()
        key_text = f" Key: ({', '.join(keys[0])})." if keys else ""
        out.append(f"#### `{table}`\n{comment}{key_text}\n\n| column | type | meaning |\n|---|---|---|")
        for name, data_type, column_comment in con.execute(
            "SELECT column_name, data_type, comment FROM duckdb_columns() WHERE table_name = ? ORDER BY column_index",
            [table],
        ).fetchall():
            out.append(f"| `{name}` | {data_type} | {(column_comment or '').replace('|', '/')} |")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


if __name__ == "__main__":  # pragma: no cover
    print(render_dictionary(), end="")
