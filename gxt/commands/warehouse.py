"""Warehouse commands: ``gxt query``, ``gxt export`` and ``gxt db migrate|status|aliases|publish``.

Readers (query, export, status) open only the published copy, read-only, so they never block the
nightly load and are never blocked by it. The ``db`` commands that change something open the writer's
file and fail with a clear message while a load holds it.
"""
from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

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
    from gxt.commands.search import search

    app.command("query")(query)
    app.command("search")(search)
    app.command("export")(export)
    app.add_typer(db_app, name="db")


def _fail(message: str, code: int = 1) -> None:
    typer.echo(f"gxt: {message}", err=True)
    raise typer.Exit(code=code)


def query(
    sql: Annotated[Optional[str], typer.Argument(help="SQL to run (queries only). Omit it with --file.")] = None,
    file: Annotated[Optional[Path], typer.Option("--file", "-f", help="Read the SQL from this file (e.g. warehouse/queries/*.sql).")] = None,
    param: Annotated[Optional[list[str]], typer.Option("--param", "-p", help="NAME=VALUE for getvariable('NAME') in the SQL; repeatable (--param year=2024).")] = None,
    format: Annotated[Format, typer.Option("--format", help="table (default), csv or json.")] = Format.table,
    data: DataOption = None,
) -> None:
    """Run read-only SQL on the published warehouse and print every statement's answer.

    Only queries are accepted (SELECT, WITH ..., DESCRIBE, SHOW, EXPLAIN); a statement that would
    write is refused. Parameters: the example queries read getvariable('year') and the like, with a
    default; --param year=2023 sets one. Tables: sites, provinces, crawl_runs, crawl_reports,
    crawl_failures, raw_pages, notices, indicators, tasks, parse_failures, indicator_series; views:
    indicator_reports, task_list, meeting_notices, raw_page_latest, site_nights, indicator_themes;
    full-text search: match_notices('words'). See warehouse/README.md.
    """
    import duckdb

    from gxt.commands.query_params import ParamError, check_params, parse_params
    from gxt.commands.result_print import Result, print_results
    from gxt.paths import DataPaths
    from warehouse.connection import WarehouseMissing
    from warehouse.readonly import WriteRefused, run_script

    if (sql is None) == (file is None):
        _fail("give the SQL as an argument or with --file (one of them)", 2)
    if file is not None:
        try:
            text = file.read_text(encoding="utf-8")
        except FileNotFoundError:
            _fail(f"--file {file}: no such file (the examples are in warehouse/queries/)", 2)
        except UnicodeDecodeError:
            _fail(f"--file {file}: not UTF-8 text; save the SQL as UTF-8", 2)
        except OSError as err:
            _fail(f"--file {file}: cannot read it ({err.strerror or err})", 2)
    else:
        text = sql
    try:
        variables = parse_params(param or [])
        check_params(variables, text)
    except ParamError as err:
        _fail(str(err), 2)
    try:
        results = run_script(DataPaths.at(data).published, text, variables)
    except WarehouseMissing as err:
        _fail(str(err))
    except WriteRefused as err:
        _fail(str(err), 2)
    except ValueError as err:
        _fail(str(err), 2)
    except duckdb.Error as err:
        _fail(f"the query failed: {_one_line(err)}")
    print_results([Result(columns, rows) for columns, rows in results], format.value)


def _one_line(err: Exception) -> str:
    """DuckDB's message on one line (it adds a caret picture of the SQL on later lines)."""
    lines = [line for line in str(err).splitlines() if line.strip()]
    return lines[0] if lines else type(err).__name__


class ExportFormat(str, Enum):
    parquet = "parquet"
    csv = "csv"
    xlsx = "xlsx"


def export(
    directory: Annotated[Path, typer.Argument(help="Where to write one <name>.<format> file per table and view.")],
    format: Annotated[ExportFormat, typer.Option("--format", help="parquet (default), csv or xlsx.")] = ExportFormat.parquet,
    data: DataOption = None,
) -> None:
    """Write every table and view of the published warehouse as Parquet, CSV or Excel files."""
    import duckdb

    from gxt.paths import DataPaths
    from warehouse.connection import WarehouseMissing
    from warehouse.export import ExportError, export_relations

    try:
        written = export_relations(DataPaths.at(data).published, directory, format.value)
    except WarehouseMissing as err:
        _fail(str(err))
    except ExportError as err:
        _fail(str(err))
    except OSError as err:
        _fail(f"cannot write to {directory}: {err.strerror or err}")
    except duckdb.Error as err:
        _fail(f"the export to {directory} failed: {_one_line(err)}")
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
