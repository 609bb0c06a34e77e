"""``gxt export DIR --format parquet|csv|xlsx``: one file per table and view of the published copy.

Parquet and CSV hold everything as stored. Excel cannot: a cell holds at most 32 767 characters and a
sheet 1 048 576 rows, so for xlsx long text is cut at the cell limit (32 767 characters, or 16 383
when those would exceed 65 535 bytes, DuckDB's read_xlsx limit; the notice bodies and raw html are in
the Parquet export whole) and nested values are written as text; a relation with more rows
than a sheet holds is left out and named. The xlsx files are written by DuckDB's excel extension,
loaded offline from its PyPI package (:mod:`warehouse.extensions`).
"""
from __future__ import annotations

from pathlib import Path

from warehouse.connection import open_published, path_literal
from warehouse.extensions import load_bundled
from warehouse.readonly import relations

FORMATS = ("parquet", "csv", "xlsx")
XLSX_CELL_CHARS = 32_767
# DuckDB's own xlsx reader refuses a cell over 65 535 bytes of UTF-8 (measured: 21 844 CJK characters
# read back, 21 845 do not), so a cell whose first 32 767 characters are longer than that is cut to
# 16 383 characters (65 532 bytes even in 4-byte characters): the file opens in Excel and in DuckDB.
XLSX_CELL_BYTES = 65_535
XLSX_SHEET_ROWS = 1_048_575  # one row is the header


class ExportError(RuntimeError):
    """The export cannot be written (bad target, or a relation Excel cannot hold)."""


def _prepare(out_dir: Path) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise ExportError(f"cannot export to {out_dir}: it is a file, not a directory")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise ExportError(f"cannot create the directory {out_dir}: {err.strerror or err}") from None


def _xlsx_select(con, name: str) -> str:
    """SELECT list for one relation, text cut at Excel's cell limit and nested values as text."""
    parts = []
    for column, data_type in con.execute(f'SELECT column_name, column_type FROM (DESCRIBE "{name}")').fetchall():
        quoted = '"' + column.replace('"', '""') + '"'
        if data_type in ("VARCHAR", "JSON") or data_type.endswith("]") or data_type.startswith(("STRUCT", "MAP")):
            text = f"CAST({quoted} AS VARCHAR)"
            parts.append(
                f"CASE WHEN strlen(left({text}, {XLSX_CELL_CHARS})) <= {XLSX_CELL_BYTES} THEN left({text}, {XLSX_CELL_CHARS}) "
                f"ELSE left({text}, {XLSX_CELL_BYTES // 4}) END AS {quoted}"
            )
        elif data_type.startswith("TIMESTAMP WITH TIME ZONE"):
            parts.append(f"CAST({quoted} AS TIMESTAMP) AS {quoted}")  # Excel has no time zones; UTC
        else:
            parts.append(quoted)
    return ", ".join(parts) or "*"


def export_relations(published: Path, out_dir: Path, fmt: str = "parquet") -> list[Path]:
    """Write one ``<name>.<fmt>`` per table and view of the published copy into ``out_dir``."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    con = open_published(published)
    try:
        _prepare(out_dir)
        if fmt == "xlsx":
            load_bundled(con, ("excel",))
        written: list[Path] = []
        skipped: list[str] = []
        for name, _ in relations(con):
            target = out_dir / f"{name}.{fmt}"
            if fmt == "parquet":
                con.execute(f'COPY (SELECT * FROM "{name}") TO {path_literal(target)} (FORMAT parquet)')
            elif fmt == "csv":
                con.execute(f'COPY (SELECT * FROM "{name}") TO {path_literal(target)} (FORMAT csv, HEADER true)')
            else:
                rows = con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
                if rows > XLSX_SHEET_ROWS:
                    skipped.append(f"{name} ({rows:,} rows)")
                    continue
                con.execute(
                    f'COPY (SELECT {_xlsx_select(con, name)} FROM "{name}") TO {path_literal(target)} '
                    "(FORMAT xlsx, HEADER true)"
                )
            written.append(target)
        if skipped:
            raise ExportError(
                f"wrote {len(written)} files to {out_dir}, but an Excel sheet holds {XLSX_SHEET_ROWS:,} rows and "
                f"these have more: {', '.join(skipped)}; export them as parquet or csv"
            )
        return written
    finally:
        con.close()
