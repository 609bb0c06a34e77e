"""The ``nightly`` flow: crawl every site (one process each), load, parse, publish, report.

    migrate → export the seen set → crawl sites in parallel (subprocess tasks, timeout, retries)
    → load raw pages → clean + parse into parsed/<run>.jsonl → load notices → publish the read
    copy → report (markdown + table artifacts)

One site failing never stops the others. The run ends ``Completed`` when every site went well,
``Partial`` (a Completed state, shown with its own name in the UI) when some sites had failures,
and ``Failed`` when no site produced anything.

Run it once with ``gxt run`` (``--mirror`` offline); ``gxt serve`` schedules it nightly.
"""
from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from prefect import flow
from prefect.states import State
from prefect.task_runners import ThreadPoolTaskRunner

from flows.pipeline.collect import collect
from flows.pipeline.settings import pipeline_settings


def night_name() -> str:
    """``nightly-2026-12-07``: the night the run was scheduled for, in the schedule's time zone
    (a run started by hand is named for the day it starts)."""
    from prefect.runtime import flow_run

    start = flow_run.scheduled_start_time or datetime.now(timezone.utc)
    return f"nightly-{start.astimezone(ZoneInfo(pipeline_settings().timezone)):%Y-%m-%d}"


@flow(
    name="nightly",
    flow_run_name=night_name,
    description="Crawl the provincial 工信 sites, load and parse the new notices, publish, report.",
    task_runner=ThreadPoolTaskRunner(max_workers=pipeline_settings().parallel),
)
def nightly(
    sites: list[str] | None = None,
    mirror: bool = False,
    data: str | None = None,
    crawl_timeout_minutes: float | None = None,
    crawl_retries: int | None = None,
    retry_delay_seconds: float | None = None,
) -> State:
    """One night's collection.

    sites: site ids to crawl (default: every row of crawlers/sites.toml).
    mirror: crawl the loopback mirror instead of the real sites (offline demo and tests).
    data: the data directory (default: $GXT_DATA, else ./data).
    """
    settings = pipeline_settings()
    return collect(
        flow_name="nightly",
        data=data,
        sites=sites,
        since=None,
        mirror=mirror,
        timeout_minutes=crawl_timeout_minutes if crawl_timeout_minutes is not None else settings.timeout_minutes,
        retries=crawl_retries if crawl_retries is not None else settings.retries,
        retry_delay_seconds=retry_delay_seconds if retry_delay_seconds is not None else settings.retry_delay_seconds,
    )


if __name__ == "__main__":
    nightly(mirror=True)
