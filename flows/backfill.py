"""The ``backfill`` flow: walk one site's history back to a date, then load and report as nightly.

The spider pages past its watermark down to ``since`` (URLs already seen are still skipped), so a
backfill after a nightly run fetches only what the nightly runs never reached.
"""
from __future__ import annotations

from datetime import date

from prefect import flow
from prefect.states import State

from flows.pipeline.collect import collect
from flows.pipeline.settings import pipeline_settings


@flow(name="backfill", description="Crawl one site's history since a date; load, parse, publish, report.")
def backfill(
    site: str,
    since: date,
    mirror: bool = False,
    data: str | None = None,
    crawl_timeout_minutes: float | None = None,
) -> State:
    settings = pipeline_settings()
    return collect(
        flow_name="backfill",
        data=data,
        sites=[site],
        since=since.isoformat(),
        mirror=mirror,
        timeout_minutes=crawl_timeout_minutes or settings.backfill_timeout_minutes,
        retries=settings.retries,
        retry_delay_seconds=settings.retry_delay_seconds,
    )
