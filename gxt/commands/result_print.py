"""Printing query results exactly as stored: a table, CSV or JSON.

Cell text is data, never markup: every cell and header goes to Rich as a :class:`rich.text.Text`, so
``[b]``, ``:x:`` or ``1:100:2`` print as written (Rich would otherwise read markup and emoji codes
in plain strings). A table whose headers alone do not fit the terminal is folded into one block per
row (``column  value`` lines, like psql's expanded display), so no header is ever broken mid-word;
a table that fits is printed with long cells wrapped inside their column.
"""
from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any, TextIO

NULL_TEXT = "NULL"


@dataclass(frozen=True)
class Result:
    """One statement's answer: column names and rows."""

    columns: list[str]
    rows: list[tuple]


def plain(value: Any) -> Any:
    """A JSON/CSV-friendly form of a DuckDB value (dates as ISO text, lists and structs kept nested)."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (bytes, bytearray)):
        return value.hex()
    return str(value)


def cell_text(value: Any) -> str:
    """How one cell reads in the table: NULL for a missing value, nested values as JSON."""
    if value is None:
        return NULL_TEXT
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(plain(value), ensure_ascii=False)
    return str(plain(value))


def _header_width(columns: Sequence[str]) -> int:
    """Width the headers need unbroken: each header plus 2 of padding plus 1 of border, plus 1."""
    from rich.cells import cell_len

    return sum(cell_len(c) + 3 for c in columns) + 1


def print_table(result: Result, console: Any) -> None:
    """One result as a table (or folded per row when the headers do not fit ``console.width``)."""
    from rich.cells import cell_len
    from rich.table import Table
    from rich.text import Text

    if result.columns and _header_width(result.columns) > console.width:
        _print_folded(result, console)
    else:
        table = Table(show_header=True, header_style="bold", show_lines=False)
        for name in result.columns:
            table.add_column(Text(name), overflow="fold", min_width=cell_len(name))
        for row in result.rows:
            table.add_row(*(Text(NULL_TEXT, style="dim") if v is None else Text(cell_text(v)) for v in row))
        console.print(table)
    n = len(result.rows)
    console.print(Text(f"{n} row{'s' if n != 1 else ''}", style="dim"))


def _print_folded(result: Result, console: Any) -> None:
    from rich.cells import cell_len
    from rich.table import Table
    from rich.text import Text

    label_width = max(cell_len(c) for c in result.columns)
    for number, row in enumerate(result.rows, 1):
        console.print(Text(f"-[ row {number} ]" + "-" * max(0, min(console.width, 60) - 12 - len(str(number))), style="dim"))
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True, min_width=label_width, style="bold")
        grid.add_column(overflow="fold")
        for name, value in zip(result.columns, row):
            grid.add_row(Text(name), Text(NULL_TEXT, style="dim") if value is None else Text(cell_text(value)))
        console.print(grid)


def write_csv(result: Result, out: TextIO) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(result.columns)
    writer.writerows([[plain(v) for v in row] for row in result.rows])


def json_records(result: Result) -> list[dict[str, Any]]:
    return [dict(zip(result.columns, (plain(v) for v in row))) for row in result.rows]


def print_results(results: Sequence[Result], fmt: str, out: TextIO | None = None) -> None:
    """Print every statement's result in ``fmt`` (table, csv, json).

    One result prints as before; several print one after another: tables under a ``statement i of n``
    line, CSV blocks separated by a blank line, JSON as a list with one list of records per statement.
    """
    out = out or sys.stdout
    if fmt == "json":
        payload: Any = json_records(results[0]) if len(results) == 1 else [json_records(r) for r in results]
        out.write(json.dumps(payload, ensure_ascii=False, indent=1) + "\n")
    elif fmt == "csv":
        for index, result in enumerate(results):
            if index:
                out.write("\n")
            write_csv(result, out)
    else:
        from rich.console import Console
        from rich.text import Text

        # markup/emoji/highlight off for everything printed here; the cells are Text anyway.
        console = Console(file=out, soft_wrap=False, markup=False, emoji=False, highlight=False)
        for index, result in enumerate(results, 1):
            if len(results) > 1:
                console.print(Text(f"statement {index} of {len(results)}", style="bold"))
            print_table(result, console)
    out.flush()
