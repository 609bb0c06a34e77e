"""The body the nightly and backfill flows share: crawl sites in parallel, then load, parse, report.

Called inside a flow. Crawls run as submitted tasks on the flow's thread pool (one thread waits
on one scrapy process, so the pool size is the number of sites crawled at once); the steps after
them run in order in the flow's thread.
"""
from __future__ import annotations

import contextlib
import json
import uuid
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

from prefect import get_run_logger
from prefect.context import FlowRunContext
from prefect.futures import as_completed
from prefect.states import State

from flows.pipeline import progress, steps
from flows.pipeline.crawl import (
    PROCESS_ERROR,
    CrawlOutcome,
    CrawlProcessFailed,
    crawl_site,
    fork_server,
    site_files,
)
from flows.pipeline.outcome import final_state
from flows.pipeline.settings import pipeline_settings
from flows.parse import PARSER_VERSION
from flows.pipeline.writer import run_writer as writer_run
from gxt.paths import DataPaths


def new_run_id() -> str:
    """Sortable by time, unique per flow run: ``20261122T183000Z-1a2b3c``."""
    ctx = FlowRunContext.get()
    suffix = str(ctx.flow_run.id).replace("-", "")[:6] if ctx and ctx.flow_run else uuid.uuid4().hex[:6]
    return f"{datetime.now(timezone.utc):%Y%m%dT%H%M%SZ}-{suffix}"


def choose_sites(requested: list[str] | None) -> dict[str, str]:
    """Site id → province for the sites to crawl (all of ``sites.toml`` unless some are named)."""
    from crawlers.sites import load_sites

    known = {site.id: site.province for site in load_sites()}
    if not requested:
        return known
    unknown = [s for s in requested if s not in known]
    if unknown:
        raise ValueError(f"unknown site(s): {', '.join(unknown)}; known: {', '.join(sorted(known))}")
    return {s: known[s] for s in dict.fromkeys(requested)}


def slowest_first(sites: list[str], raw_dir: Path, before_run: str) -> list[str]:
    """The sites in the order to start their crawls: the slowest of the last run first (a slow site
    started last keeps the whole run waiting), sites without a recorded time before them."""
    runs = sorted((p for p in raw_dir.glob("*/") if p.name < before_run), reverse=True) if raw_dir.exists() else []
    seconds: dict[str, float] = {}
    for run in runs[:1]:
        for site in sites:
            try:
                report = json.loads((run / f"{site}.report.json").read_text(encoding="utf-8"))
                started = datetime.fromisoformat(report["started_at"])
                finished = datetime.fromisoformat(report["finished_at"])
            except (OSError, ValueError, KeyError, TypeError):
                continue
            seconds[site] = (finished - started).total_seconds()
    return sorted(sites, key=lambda site: -seconds.get(site, float("inf")))


@contextlib.contextmanager
def mirror_url(enabled: bool) -> Iterator[str | None]:
    """The loopback mirror's URL for the duration of the crawls, or None for the real sites."""
    if not enabled:
        yield None
        return
    from crawlers.mirror import MirrorServer

    with MirrorServer() as server:
        get_run_logger().info("crawling the loopback mirror at %s", server.url)
        yield server.url


def record_process_failure(run_dir: Path, site: str, failure: dict) -> None:
    """Put a failed crawl process into the site's report file, so the warehouse counts it like any
    other failure (and the site's night is unhealthy). Pages it wrote before dying are still loaded:
    the loader keeps the complete lines of a cut file."""
    _, report_file, _ = site_files(run_dir, site)
    try:
        report = json.loads(report_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        report = {"site": site, "started_at": None, "finished_at": None, "stats": {}, "columns": {}, "failures": []}
    report["finished"] = False
    report.setdefault("failures", []).append(failure)
    run_dir.mkdir(parents=True, exist_ok=True)
    report_file.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")


def collect(
    *,
    flow_name: str,
    data: str | None,
    sites: list[str] | None,
    since: str | None,
    mirror: bool,
    timeout_minutes: float,
    retries: int,
    retry_delay_seconds: float,
) -> State:
    logger = get_run_logger()
    data_dir = str(DataPaths.at(data).root)
    run_id = new_run_id()
    provinces = choose_sites(sites)
    logger.info("run %s: %s sites, data in %s", run_id, len(provinces), data_dir)

    # One writer for the whole run: the data directory's lock and the Prefect slot, from the first
    # warehouse step to publish (a second run waits here, saying for whom).
    with writer_run(data_dir, run_id):
        steps.prepare_warehouse(data_dir, run_id, flow_name)
        try:
            return _crawl_and_load(
                flow_name=flow_name, data_dir=data_dir, run_id=run_id, provinces=provinces, since=since,
                mirror=mirror, timeout_minutes=timeout_minutes, retries=retries,
                retry_delay_seconds=retry_delay_seconds,
            )
        except BaseException as err:
            steps.record_failure(data_dir, run_id, f"{type(err).__name__}: {err}")
            raise


def _crawl_and_load(
    *,
    flow_name: str,
    data_dir: str,
    run_id: str,
    provinces: dict[str, str],
    since: str | None,
    mirror: bool,
    timeout_minutes: float,
    retries: int,
    retry_delay_seconds: float,
) -> State:
    settings = pipeline_settings()
    paths = DataPaths.at(data_dir)
    state_file = steps.export_seen(data_dir)
    run_dir = paths.run_raw_dir(run_id)
    crawl = crawl_site.with_options(retries=retries, retry_delay_seconds=retry_delay_seconds)

    process_failures: dict[str, dict] = {}
    with mirror_url(mirror) as url, fork_server(run_dir, settings.fork_server):
        order = slowest_first(list(provinces), paths.raw, run_id)
        futures = [
            crawl.submit(site, str(run_dir), state_file, since=since, mirror=url, timeout_seconds=timeout_minutes * 60)
            for site in order
        ]
        site_of = {future.task_run_id: site for future, site in zip(futures, order)}
        progress.stage(f"crawling {len(futures)} sites", len(futures))
        for future in as_completed(futures):
            site = site_of[future.task_run_id]
            result = future.result(raise_on_failure=False)
            progress.advance()
            if isinstance(result, CrawlOutcome):
                continue
            if isinstance(result, CrawlProcessFailed):
                failure = result.failure()
            else:  # the task failed some other way (a bug, the command could not start)
                failure = {"site": site, "column": None, "url": None, "kind": PROCESS_ERROR,
                           "status": None, "reason": f"{type(result).__name__}: {result}"}
            process_failures[site] = failure
            record_process_failure(run_dir, site, failure)

    progress.stage("loading raw pages")
    steps.load_raw(data_dir, run_id)
    # The backlog, not this run's pages: every version no run has parsed with this parser yet, so a
    # run that died after loading its pages (or a warehouse that was busy) loses nothing.
    parsed_file = steps.parse(data_dir, run_id, {"backlog": PARSER_VERSION})
    progress.stage("loading notices")
    steps.load_parsed(data_dir, run_id, parsed_file)
    report = steps.gather_report(
        data_dir, run_id, flow_name, provinces, process_failures, settings.unhealthy_after_runs
    )
    state = final_state(report)
    steps.publish_report(data_dir, report, settings.max_failures_listed)
    progress.stage("publishing the read copy")
    steps.publish(data_dir)
    return state
