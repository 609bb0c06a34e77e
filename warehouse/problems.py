"""Lines of input files that could not be read at all (``load_problems``)."""
from __future__ import annotations

import duckdb
import pyarrow as pa


def record_problems(
    con: duckdb.DuckDBPyConnection, source_file: str, run_id: str | None, problems: list[tuple[int, str]]
) -> None:
    """Upsert (file, line) → reason. Call inside the caller's transaction."""
    if not problems:
        return
    latest: dict[int, str] = dict(problems)  # one row per line: the last reason wins
    table = pa.table({"line_no": list(latest), "reason": list(latest.values())})
    con.register("_problems", table)
    try:
        con.execute(
            """
            INSERT INTO load_problems SELECT ?, line_no, ?, reason, now() FROM _problems
            ON CONFLICT (source_file, line_no) DO UPDATE SET reason = excluded.reason, run_id = excluded.run_id,
                seen_at = now()
            """,
            [source_file, run_id],
        )
    finally:
        con.unregister("_problems")
