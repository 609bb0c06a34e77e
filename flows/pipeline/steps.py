"""The flows' Prefect tasks other than the crawl: warehouse steps, parse, report.

Every task takes and returns paths, run ids and small summaries, never rows: pages travel in
files (``raw/<run>/…``, ``parsed/<run>.jsonl``) and in the warehouse. Each task opens the
warehouse for its own step and closes it before returning; the run holds the data directory's
writer lock around all of them (``flows.pipeline.writer.run_writer``), and a step whose file is
busy (someone opened ``warehouse.duckdb``) tries again with back-off before it gives up.
"""
from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from prefect import get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE

from flows.parse import PARSER_VERSION
from flows.pipeline import progress
from flows.pipeline.parse_pages import iter_pending_file, write_parsed
from flows.pipeline.report import RunReport, build_report, to_markdown
from flows.pipeline.writer import busy_wait_seconds
from gxt.paths import DataPaths
from warehouse.store import Warehouse


def open_warehouse(data: str) -> Warehouse:
    """The writer's handle for one step: waits (with back-off, logging once what it waits for)
    while another process has the file open."""
    logger = get_run_logger()
    return Warehouse.open(data, wait_seconds=busy_wait_seconds(), on_wait=logger.warning, what="a gxt run step")

ARTIFACT_KEYS = {
    "nightly": ("gxt-nightly-report", "gxt-nightly-sites"),
    "backfill": ("gxt-backfill-report", "gxt-backfill-sites"),
    "reparse": ("gxt-reparse-report", "gxt-reparse-sites"),
}


@task(name="prepare-warehouse", cache_policy=NO_CACHE)
def prepare_warehouse(data: str, run_id: str, flow: str) -> list[str]:
    """Apply migrations, refresh the site table from sites.toml, close the records of runs that
    died, record this run as started. Returns the dead runs closed."""
    logger = get_run_logger()
    with open_warehouse(data) as wh:
        wh.sync_sites()
        dead = wh.close_dead_runs(alive=run_id)
        # What a dead run fetched is loaded now, before the seen set is written: its pages are not
        # fetched again (a page the site has since removed is not lost) and the backlog parses them.
        rescued = {run: wh.load_raw_run(run).pages_new for run in dead if wh.paths.run_raw_dir(run).is_dir()}
        wh.start_run(run_id, flow=flow, parser_version=PARSER_VERSION)
        if wh.migrations_applied:
            logger.info("applied migrations: %s", ", ".join(wh.migrations_applied))
        backlog = wh.pending_by_run(PARSER_VERSION)
    if dead:
        logger.warning("closed the records of %s run(s) that died before finishing: %s", len(dead), ", ".join(dead))
    for run, pages in rescued.items():
        logger.warning("loaded the raw files of dead run %s: %s new page versions", run, pages)
    if backlog:
        logger.warning(
            "parse backlog: %s page versions stored but not parsed with parser %s (by run: %s); this run parses them",
            sum(backlog.values()), PARSER_VERSION, ", ".join(f"{run} {n}" for run, n in backlog.items()),
        )
    return dead


def record_failure(data: str, run_id: str, note: str) -> None:
    """Best effort: mark the run failed with the reason (the step that broke, and why), so the
    table says what the command says. Never raises: it runs while another error is on its way up."""
    try:
        with Warehouse.open(data, wait_seconds=5) as wh:
            wh.finish_run(run_id, status="failed", site_stats={}, note=note)
    except Exception as err:  # the warehouse itself may be what failed; the next run closes the row
        get_run_logger().warning("could not record run %s as failed (%s); the next run will", run_id, err)


@task(name="export-seen-set", cache_policy=NO_CACHE)
def export_seen(data: str) -> str:
    """Write ``state/seen.json`` (seen URLs and watermarks) for the spiders; return its path."""
    with open_warehouse(data) as wh:
        path = wh.write_seen_state()
    get_run_logger().info("seen set written to %s", path)
    return str(path)


@task(name="load-raw-pages", cache_policy=NO_CACHE)
def load_raw(data: str, run_id: str) -> dict:
    """Append the run's raw pages (new versions only) and crawl reports to the warehouse."""
    with open_warehouse(data) as wh:
        result = wh.load_raw_run(run_id)
    get_run_logger().info(
        "raw pages: %s read, %s new versions, %s known, %s bad lines; %s crawl reports, %s failures",
        result.pages_read, result.pages_new, result.pages_known, result.bad_lines, result.reports, result.failures,
    )
    for problem in result.unreadable_reports:
        get_run_logger().warning("%s; its pages are loaded, its numbers are not (recorded in load_problems)", problem)
    return asdict(result)


@task(name="reload-raw-archive", cache_policy=NO_CACHE)
def reload_raw_archive(data: str) -> int:
    """Load every run's raw files again (``raw/*/``): rebuilds ``raw_pages`` after the warehouse
    file was lost; page versions already stored are skipped. Returns the new versions added."""
    paths = DataPaths.at(data)
    added = 0
    logger = get_run_logger()
    with open_warehouse(data) as wh:
        for run_dir in sorted(p for p in paths.raw.iterdir() if p.is_dir()) if paths.raw.exists() else []:
            result = wh.load_raw_run(run_dir.name)
            added += result.pages_new
            for problem in result.unreadable_reports:
                logger.warning("%s; skipped, the rest of the archive is reloaded", problem)
    get_run_logger().info("raw archive reloaded: %s page versions added", added)
    return added


@task(name="parse", cache_policy=NO_CACHE)
def parse(data: str, run_id: str, selection: dict) -> str:
    """Clean and parse the selected raw page versions into ``parsed/<run_id>.jsonl``; return its path.

    ``selection`` is one of the warehouse's pending modes: ``{"backlog": PARSER_VERSION}`` (nightly,
    backfill: every version not yet parsed by this parser, whichever run fetched it),
    ``{"since": …}``, ``{"parser_older_than": …}`` or ``{"everything": True}`` (reparse).
    """
    paths = DataPaths.at(data)
    out_file = paths.parsed / f"{run_id}.jsonl"
    pending = paths.parsed / f"{run_id}.pending.jsonl"
    with open_warehouse(data) as wh:
        count = wh.write_pending(pending, **selection)
    progress.stage(f"parsing {count} pages", count)
    try:
        counts = write_parsed(iter_pending_file(pending), out_file)
    finally:
        pending.unlink(missing_ok=True)
    get_run_logger().info(
        "parsed %s page versions with parser %s: %s notices, %s could not be read",
        counts.pages, PARSER_VERSION, counts.notices, counts.failures,
    )
    return str(out_file)


@task(name="load-notices", cache_policy=NO_CACHE)
def load_parsed(data: str, run_id: str, parsed_file: str, force: bool = False) -> dict:
    """Replace each parsed notice's rows (one transaction per notice); record the failures."""
    with open_warehouse(data) as wh:
        result = wh.load_parsed(Path(parsed_file), run_id=run_id, force=force)
    summary = asdict(result) if hasattr(result, "__dataclass_fields__") else dict(vars(result))
    get_run_logger().info("notices loaded: %s", summary)
    return summary


@task(name="publish-read-copy", cache_policy=NO_CACHE)
def publish(data: str) -> str:
    """Copy the warehouse to ``published/gxt.duckdb`` (atomic rename) for every reader."""
    with open_warehouse(data) as wh:
        result = wh.publish()
    get_run_logger().info("read copy published: %s (%.1f MB in %.2f s)", result.path, result.bytes / 1e6, result.seconds)
    return str(DataPaths.at(data).published)


@task(name="gather-report", cache_policy=NO_CACHE)
def gather_report(
    data: str, run_id: str, flow: str, provinces: dict[str, str], process_failures: dict[str, dict], unhealthy_after: int
) -> RunReport:
    """The run's numbers as the warehouse counts them, with the failure details from the run's files."""
    paths = DataPaths.at(data)
    with open_warehouse(data) as wh:
        numbers = [vars(n) for n in wh.run_numbers(run_id)]
        unhealthy = {u.site_id: u.kinds for u in wh.unhealthy_sites(unhealthy_after)} if flow != "reparse" else {}
        carried = wh.carried_over(run_id)
        left = sum(wh.pending_by_run(PARSER_VERSION).values())
    report = build_report(
        run_id=run_id,
        flow=flow,
        provinces=provinces,
        numbers=numbers,
        unhealthy=unhealthy,
        run_dir=paths.run_raw_dir(run_id),
        parsed_file=paths.parsed / f"{run_id}.jsonl",
        process_failures=process_failures,
        unhealthy_after_runs=unhealthy_after,
    )
    report.backlog = {"parsed_from_earlier_runs": sum(carried.values()), "by_run": carried, "left": left}
    return report


@task(name="report", cache_policy=NO_CACHE)
def publish_report(data: str, report: RunReport, max_failures: int) -> None:
    """Close the run's record in the warehouse and show the report in the UI (markdown + table)."""
    with open_warehouse(data) as wh:
        wh.finish_run(report.run_id, status=report.state.lower(), note=report.summary())
    markdown_key, table_key = ARTIFACT_KEYS[report.flow]
    create_markdown_artifact(
        markdown=to_markdown(report, max_failures),
        key=markdown_key,
        description=f"gxt {report.flow} run {report.run_id}: {report.state}",
    )
    create_table_artifact(
        table=[line.table_row() for line in sorted(report.sites, key=lambda line: line.site)],
        key=table_key,
        description=f"Per site, gxt {report.flow} run {report.run_id}: {report.state}",
    )
    logger = get_run_logger()
    for site, kinds in sorted(report.unhealthy.items()):
        logger.warning("unhealthy site %s: %s", site, ", ".join(kinds))
