"""Reading the published copy: the statement check of ``gxt query`` and the Parquet export."""
from __future__ import annotations

from pathlib import Path

import duckdb

from warehouse.connection import open_published, path_literal

# Statement types that only read. Everything else (INSERT, UPDATE, DELETE, CREATE, DROP, COPY, ATTACH,
# SET, PRAGMA, CALL, LOAD, EXPORT ...) is refused before it reaches DuckDB; the connection is
# read-only as well, so a statement that slipped through could still not write the warehouse.
READING_TYPES = {"SELECT", "EXPLAIN"}


class WriteRefused(PermissionError):
    """A statement given to ``gxt query`` would change something."""


def check_read_only(con: duckdb.DuckDBPyConnection, sql: str) -> list[duckdb.Statement]:
    """Parse ``sql`` and return its statements, or raise :class:`WriteRefused` naming the first
    statement that is not a query. A syntax error is raised as DuckDB reports it."""
    statements = con.extract_statements(sql)
    if not statements:
        raise ValueError("no SQL statement given")
    for statement in statements:
        kind = statement.type.name
        if kind not in READING_TYPES:
            raise WriteRefused(
                f"gxt query only reads: this is a {kind} statement, which would change the warehouse or the "
                "session. The published copy is read-only; data gets in through the flows (gxt run)."
            )
    return statements


def run_script(
    published: Path, sql: str, variables: dict[str, object] | None = None
) -> list[tuple[list[str], list[tuple]]]:
    """Run read-only SQL on the published copy; return every statement's column names and rows, in
    order. ``variables`` are set first (``SET VARIABLE``), for the SQL to read with ``getvariable``."""
    con = open_published(published)
    try:
        from warehouse.extensions import load_bundled, needed_extensions

        load_bundled(con, needed_extensions(sql))  # fts, for the match_notices macro, only when used
        statements = check_read_only(con, sql)
        for name, value in (variables or {}).items():
            con.execute(f'SET VARIABLE "{name}" = ?', [value])
        results = []
        for statement in statements:
            cursor = con.execute(statement)
            columns = [d[0] for d in cursor.description] if cursor.description else []
            results.append((columns, cursor.fetchall()))
        return results
    finally:
        con.close()


def run_query(published: Path, sql: str) -> tuple[list[str], list[tuple]]:
    """Run read-only SQL on the published copy; return the last statement's column names and rows."""
    return run_script(published, sql)[-1]


def relations(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
    """(name, 'table'|'view') of every user table and view of the main schema."""
    return con.execute(
        """
        SELECT table_name, 'table' FROM duckdb_tables() WHERE schema_name = 'main' AND NOT temporary
        UNION ALL
        SELECT view_name, 'view' FROM duckdb_views() WHERE schema_name = 'main' AND NOT internal AND NOT temporary
        ORDER BY 2, 1
        """
    ).fetchall()


def export_parquet(published: Path, out_dir: Path) -> list[Path]:
    """Write one Parquet file per table and view of the published copy into ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    con = open_published(published)
    written = []
    try:
        for name, _ in relations(con):
            target = out_dir / f"{name}.parquet"
            con.execute(f'COPY (SELECT * FROM "{name}") TO {path_literal(target)} (FORMAT parquet)')
            written.append(target)
    finally:
        con.close()
    return written
