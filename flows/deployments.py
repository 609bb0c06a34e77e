"""The deployments ``gxt serve`` registers: ``nightly`` on its cron, ``backfill`` and ``reparse`` on demand.

All three write the one DuckDB file, so each deployment allows one run at a time (server-side
concurrency limit, later runs wait in line) and the serving process runs one flow run at a time.
"""
from __future__ import annotations

from prefect.client.schemas.objects import ConcurrencyLimitConfig, ConcurrencyLimitStrategy
from prefect.deployments.runner import RunnerDeployment
from prefect.schedules import Cron
from prefect.types.entrypoint import EntrypointType

from flows.backfill import backfill
from flows.nightly import nightly
from flows.pipeline.settings import pipeline_settings
from flows.pipeline.writer import WRITER_LIMIT
from flows.reparse import reparse

NIGHTLY = "nightly"
TAGS = ["gxt"]


def one_at_a_time() -> ConcurrencyLimitConfig:
    return ConcurrencyLimitConfig(limit=1, collision_strategy=ConcurrencyLimitStrategy.ENQUEUE)


def build_deployments(
    *, data: str, mirror: bool = False, sites: list[str] | None = None, cron: str | None = None, timezone: str | None = None
) -> list[RunnerDeployment]:
    """The nightly deployment on its schedule (``pipeline.toml``), plus backfill and reparse without one.

    ``data`` is baked into the deployments' default parameters so scheduled runs write where the
    operator chose, whatever the serving process's working directory.
    """
    settings = pipeline_settings()
    common = {
        "tags": TAGS,
        "concurrency_limit": one_at_a_time(),
        # A module path, not a file path: runs start in a child process from any working directory.
        "entrypoint_type": EntrypointType.MODULE_PATH,
    }
    return [
        nightly.to_deployment(
            name=NIGHTLY,
            schedules=[Cron(cron or settings.cron, timezone=timezone or settings.timezone)],
            parameters={"data": data, "mirror": mirror, "sites": sites},
            description="Every night: crawl, load, parse, publish, report.",
            **common,
        ),
        backfill.to_deployment(
            name="backfill",
            parameters={"data": data, "mirror": mirror},
            description="On demand: one site's history since a date.",
            **common,
        ),
        reparse.to_deployment(
            name="reparse",
            parameters={"data": data},
            description="On demand: rebuild notices, indicators and tasks from the stored raw pages.",
            **common,
        ),
    ]



def ensure_writer_limit() -> None:
    """Create (or reset to 1) the global concurrency limit the flows hold while they write the
    warehouse, so runs on several workers or machines never open the DuckDB file at once."""
    from prefect import get_client
    from prefect.client.schemas.actions import GlobalConcurrencyLimitCreate, GlobalConcurrencyLimitUpdate
    from prefect.exceptions import ObjectNotFound

    with get_client(sync_client=True) as client:
        try:
            existing = client.read_global_concurrency_limit_by_name(WRITER_LIMIT)
        except ObjectNotFound:
            client.create_global_concurrency_limit(GlobalConcurrencyLimitCreate(name=WRITER_LIMIT, limit=1))
            return
        if existing.limit != 1 or not existing.active:
            client.update_global_concurrency_limit(WRITER_LIMIT, GlobalConcurrencyLimitUpdate(limit=1, active=True))
