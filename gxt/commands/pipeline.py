"""``gxt run``, ``gxt serve``, ``gxt reparse``, ``gxt backfill``: the Prefect flows from the command line.

``gxt run`` needs no server: without ``PREFECT_API_URL`` Prefect starts a temporary local one
(a few seconds) and records the run in its local database, which ``prefect server start`` shows
later; with ``PREFECT_API_URL`` set the run reports to that server.
"""
from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer

DataOption = Annotated[
    Path | None, typer.Option("--data", help="Data directory (default: $GXT_DATA, else ./data).", show_default=False)
]
MirrorOption = Annotated[
    bool, typer.Option("--mirror", help="Crawl the loopback mirror of saved pages instead of the real sites (offline).")
]


def register(app: typer.Typer) -> None:
    app.command("run")(run)
    app.command("serve")(serve)
    app.command("reparse")(reparse)
    app.command("backfill")(backfill)


def _prefect_defaults() -> None:
    """What prefect.toml says, for commands started outside the repository too (Prefect reads
    prefect.toml from the working directory only); the operator's environment still wins.
    Analytics and client telemetry off: offline they log an error at every start. 60 s for the temporary server: it
    needs 6-14 s on a small idle machine, far more on a busy one, and Prefect gives up after 20."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    # The client's own usage telemetry, likewise (and its three-line notice on a fresh PREFECT_HOME).
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "60")
    if not os.environ.get("PREFECT_API_URL"):  # a temporary server: it must not outlive a killed command
        from flows.pipeline.server_guard import install

        install()


def _site_list(sites: str | None) -> list[str] | None:
    if not sites:
        return None
    from gxt.commands.site_names import check_site_ids  # unknown ids stop here, before any server starts

    return check_site_ids([s.strip().lower() for s in sites.split(",") if s.strip()])


def _data_dir(data: Path | None) -> str:
    from gxt.paths import DataPaths

    return str(DataPaths.at(data).root)


def run(
    mirror: MirrorOption = False,
    sites: Annotated[str | None, typer.Option("--sites", help="Comma-separated site ids (default: all), e.g. fujian,hubei.")] = None,
    data: DataOption = None,
) -> None:
    """Run the nightly pipeline once, now: crawl, load, parse, publish, report.

    Prints what was loaded and the answer of one example query. Exit status 0 when the run
    completed (also when it is "Partial": some sites failed, the others loaded), 1 when it failed.
    """
    _prefect_defaults()
    from flows.nightly import nightly
    from flows.pipeline.console import print_outcome, rich_progress

    data_dir = _data_dir(data)
    with rich_progress(data_dir, "run"):
        state = nightly(sites=_site_list(sites), mirror=mirror, data=data_dir, return_state=True)
    raise typer.Exit(code=print_outcome(state, data_dir))


def reparse(
    since: Annotated[datetime | None, typer.Option("--since", formats=["%Y-%m-%d"], help="Only notices published on or after this date.")] = None,
    older_than: Annotated[int | None, typer.Option("--older-than", help="Only rows from a parser version below this one.")] = None,
    reload_raw: Annotated[bool, typer.Option("--reload-raw", help="First load every run's raw files (data/raw/*/) again: rebuilds a lost or restored warehouse.")] = False,
    data: DataOption = None,
) -> None:
    """Rebuild notices, indicators and tasks from the stored raw pages, with the current parser. No crawling."""
    _prefect_defaults()
    from flows.reparse import reparse as reparse_flow
    from flows.pipeline.console import print_outcome, rich_progress

    data_dir = _data_dir(data)
    with rich_progress(data_dir, "reparse"):
        state = reparse_flow(
            since=since.date() if since else None,
            older_than=older_than,
            reload_raw=reload_raw,
            data=data_dir,
            return_state=True,
        )
    raise typer.Exit(code=print_outcome(state, data_dir))


def backfill(
    site: Annotated[str, typer.Argument(help="Site id, e.g. fujian.")],
    since: Annotated[datetime, typer.Option("--since", formats=["%Y-%m-%d"], help="Walk the site's lists back to this date.")],
    mirror: MirrorOption = False,
    data: DataOption = None,
) -> None:
    """Crawl one site's history back to a date, then load, parse, publish and report."""
    from gxt.commands.site_names import check_site_ids

    check_site_ids([site.lower()])
    _prefect_defaults()
    from flows.backfill import backfill as backfill_flow
    from flows.pipeline.console import print_outcome, rich_progress

    data_dir = _data_dir(data)
    with rich_progress(data_dir, "backfill"):
        state = backfill_flow(site=site.lower(), since=since.date(), mirror=mirror, data=data_dir, return_state=True)
    raise typer.Exit(code=print_outcome(state, data_dir))


def serve(
    mirror: MirrorOption = False,
    sites: Annotated[str | None, typer.Option("--sites", help="Comma-separated site ids for the nightly run (default: all).")] = None,
    data: DataOption = None,
) -> None:
    """Register the nightly deployment (02:30 Asia/Shanghai) with backfill and reparse, and keep serving.

    Runs start in child processes of this one, one at a time. Stop with Ctrl-C: runs still in
    flight are marked Cancelled (nothing else would finish them); the schedule stays active on
    the server (pause_on_shutdown=False) and runs wait until a server process is back.
    Point PREFECT_API_URL at a running `prefect server start` (and PREFECT_API_AUTH_STRING at its
    login, if it has one) so the UI shows everything.
    """
    _prefect_defaults()
    from prefect import serve as prefect_serve
    from prefect.settings import PREFECT_API_URL

    from flows.deployments import api_refusal, build_deployments, cancel_in_flight, ensure_writer_limit
    from flows.pipeline.alerts import ensure_automations
    from flows.pipeline.settings import pipeline_settings

    if not PREFECT_API_URL.value():
        typer.echo(
            "gxt serve: PREFECT_API_URL is not set, so the deployment would live in a temporary server that "
            "disappears with this process. Start `prefect server start` and set "
            "PREFECT_API_URL=http://127.0.0.1:4200/api.",
            err=True,
        )
        raise typer.Exit(code=2)
    refusal = api_refusal()
    if refusal:
        typer.echo(f"gxt serve: {refusal}", err=True)
        raise typer.Exit(code=2)
    ensure_writer_limit()
    typer.echo(f"gxt serve: {ensure_automations(pipeline_settings().unhealthy_after_runs)}", err=True)
    deployments = build_deployments(data=_data_dir(data), mirror=mirror, sites=_site_list(sites))
    import httpx  # Prefect's client raises its errors

    try:
        prefect_serve(*deployments, pause_on_shutdown=False, limit=1)
    finally:
        try:
            stopped = cancel_in_flight([d.name for d in deployments], "gxt serve stopped while this run was in flight")
        except httpx.HTTPError as err:  # the server went first (stopped, or unreachable): nothing to mark
            typer.echo(f"gxt serve: could not mark in-flight runs Cancelled, the Prefect server did not answer "
                       f"({type(err).__name__}); look for runs left Running in the UI when it is back", err=True)
        else:
            if stopped:
                typer.echo(f"gxt serve: marked Cancelled: {', '.join(stopped)}", err=True)
