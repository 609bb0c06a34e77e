"""Warehouse commands: ``gxt query``, ``gxt export`` and ``gxt db migrate|status|aliases|publish``.

Readers (query, export, status) open only the published copy, read-only, so they never block the
nightly load and are never blocked by it. The ``db`` commands that change something open the writer's
file and fail with a clear message while a load holds it.
"""
from __future__ import annotations

import csv
import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

DataOption = Annotated[
    Optional[Path], typer.Option("--data", help="Data directory (default: $GXT_DATA, else ./data).")
]

db_app = typer.Typer(help="Look after the warehouse file: migrate, status, aliases, publish.", no_args_is_help=True)


class Format(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


def register(app: typer.Typer) -> None:
    """Add this area's commands to ``app``."""
    app.command("query")(query)
    app.command("export")(export)
    app.add_typer(db_app, name="db")


def _fail(message: str, code: int = 1) -> None:
    typer.echo(f"gxt: {message}", err=True)
    raise typer.Exit(code=code)


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return str(value)


def _print_table(columns: list[str], rows: list[tuple]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(show_header=True, header_style="bold", show_lines=False)
    for name in columns:
        table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(*("[dim]NULL[/dim]" if v is None else str(v).replace("[", r"\[") for v in row))
    console = Console(soft_wrap=False)
    console.print(table)
    console.print(f"[dim]{len(rows)} row{'s' if len(rows) != 1 else ''}[/dim]")


def query(
    sql: Annotated[Optional[str], typer.Argument(help="SQL to run (SELECT only). Omit it with --file.")] = None,
    file: Annotated[Optional[Path], typer.Option("--file", "-f", help="Read the SQL from this file (e.g. warehouse/queries/*.sql).")] = None,
    format: Annotated[Format, typer.Option("--format", help="table (default), csv or json.")] = Format.table,
    data: DataOption = None,
) -> None:
    """Run read-only SQL on the published warehouse and print the answer.

    Only queries are accepted (SELECT, WITH ..., DESCRIBE, SHOW, EXPLAIN); a statement that would
    write is refused. Tables: sites, crawl_runs, crawl_reports, crawl_failures, raw_pages, notices,
    indicators, tasks, parse_failures, indicator_series; views: indicator_reports, task_list,
    meeting_notices, raw_page_latest, site_nights. See warehouse/README.md.
    """
    import duckdb

    from gxt.paths import DataPaths
    from warehouse.connection import WarehouseMissing
    from warehouse.readonly import WriteRefused, run_query

    if (sql is None) == (file is None):
        _fail("give the SQL as an argument or with --file (one of them)", 2)
    text = sql if sql is not None else file.read_text(encoding="utf-8")
    try:
        columns, rows = run_query(DataPaths.at(data).published, text)
    except WarehouseMissing as err:
        _fail(str(err))
    except WriteRefused as err:
        _fail(str(err), 2)
    except duckdb.Error as err:
        _fail(f"the query failed: {err}")
    if format is Format.table:
        _print_table(columns, rows)
    elif format is Format.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([[_plain(v) for v in row] for row in rows])
    else:
        records = [dict(zip(columns, (_plain(v) for v in row))) for row in rows]
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=1) + "\n")
    sys.stdout.flush()


def export(
    directory: Annotated[Path, typer.Argument(help="Where to write <name>.parquet for every table and view.")],
    data: DataOption = None,
) -> None:
    """Write every table and view of the published warehouse as Parquet files."""
    from gxt.paths import DataPaths
    from warehouse.connection import WarehouseMissing
    from warehouse.readonly import export_parquet

    try:
        written = export_parquet(DataPaths.at(data).published, directory)
    except WarehouseMissing as err:
        _fail(str(err))
    for path in written:
        typer.echo(str(path))


def _open_writer(data: Optional[Path]):
    from warehouse.connection import WarehouseBusy
    from warehouse.store import Warehouse

    try:
        return Warehouse.open(data)
    except (WarehouseBusy, ValueError) as err:  # ValueError: the alias file, named in the message
        _fail(str(err))


@db_app.command("migrate")
def db_migrate(data: DataOption = None) -> None:
    """Create the warehouse if needed, apply pending migrations and publish the read copy."""
    with _open_writer(data) as wh:
        applied = wh.migrations_applied
        published = wh.publish()
        typer.echo(f"schema version {wh.schema_version}; applied: {', '.join(applied) if applied else 'nothing (up to date)'}")
        typer.echo(f"published {published.path} in {published.seconds:.2f} s")


@db_app.command("aliases")
def db_aliases(
    file: Annotated[Optional[Path], typer.Option("--file", help="Alias file (default: warehouse/indicator_aliases.toml).")] = None,
    data: DataOption = None,
) -> None:
    """Re-apply the indicator alias file to every stored indicator, then publish."""
    with _open_writer(data) as wh:
        changed = wh.reapply_aliases(file)
        wh.publish()
        typer.echo(f"canonical names re-applied: {changed} indicator rows changed; published")


@db_app.command("publish")
def db_publish(data: DataOption = None) -> None:
    """Publish the read copy now (the flows do this after every load)."""
    with _open_writer(data) as wh:
        result = wh.publish()
        typer.echo(f"published {result.path} ({result.bytes / 1e6:.1f} MB) in {result.seconds:.2f} s")


@db_app.command("status")
def db_status(data: DataOption = None) -> None:
    """Schema version, row counts and age of the published copy (reads only the published copy)."""
    from datetime import datetime, timezone

    import duckdb

    from gxt.paths import DataPaths
    from warehouse.connection import WarehouseMissing, open_published
    from warehouse.migrate import current_version
    from warehouse.publish import storage_number
    from warehouse.readonly import relations

    paths = DataPaths.at(data)
    try:
        con = open_published(paths.published)
    except WarehouseMissing as err:
        _fail(str(err))
    try:
        stamp = datetime.fromtimestamp(paths.published.stat().st_mtime, timezone.utc)
        typer.echo(f"published copy: {paths.published}")
        typer.echo(f"published at:   {stamp:%Y-%m-%d %H:%M:%S} UTC")
        typer.echo(f"storage format: {storage_number(paths.published)} (readable by DuckDB >= 1.4)")
        typer.echo(f"schema version: {current_version(con)}")
        for name, kind in relations(con):
            if kind == "table":
                count = con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
                typer.echo(f"  {name:<20} {count:>12,} rows")
        last = con.execute(
            "SELECT run_id, flow, status, finished_at FROM crawl_runs ORDER BY started_at DESC LIMIT 1"
        ).fetchone()
        if last:
            typer.echo(f"last run:       {last[0]} ({last[1]}, {last[2]}, finished {last[3]})")
    except duckdb.Error as err:  # a damaged copy that opened: name it and say what to do (issue 9)
        _fail(f"the published copy {paths.published} cannot be read ({str(err).splitlines()[0][:200]}); "
              "make it again with `gxt db publish` (the warehouse itself is not affected)")
    finally:
        con.close()
