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
    cron, tz = cron or settings.cron, timezone or settings.timezone
    common = {
        "tags": TAGS,
        "concurrency_limit": one_at_a_time(),
        # A module path, not a file path: runs start in a child process from any working directory.
        "entrypoint_type": EntrypointType.MODULE_PATH,
    }
    return [
        nightly.to_deployment(
            name=NIGHTLY,
            schedules=[Cron(cron, timezone=tz)],
            parameters={"data": data, "mirror": mirror, "sites": sites},
            # The UI's schedule badge says "At 02:30 AM every day" without its time zone: say it here.
            description=f"Every night on cron `{cron}` in time zone {tz}: crawl, load, parse, publish, report. "
            "Runs are named nightly-<date>; a broken site is a Failed crawl task, a `broken:<site>` tag "
            "and a gxt.site.failed event.",
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


def api_refusal() -> str | None:
    """Why the server at PREFECT_API_URL will not serve us (unreachable, or a login that does not
    match its ``server.api.auth_string``), as one line; None when it answers."""
    import httpx
    from prefect import get_client
    from prefect.exceptions import PrefectHTTPStatusError
    from prefect.settings import PREFECT_API_URL

    url = PREFECT_API_URL.value()
    try:
        with get_client(sync_client=True) as client:
            client.read_global_concurrency_limits(limit=1, offset=0)
    except PrefectHTTPStatusError as err:
        if err.response.status_code == 401:
            return (
                f"the Prefect server at {url} wants a login: set PREFECT_API_AUTH_STRING to the "
                "user:password of its PREFECT_SERVER_API_AUTH_STRING (deploy/systemd/gxt.env)"
            )
        return f"the Prefect server at {url} answered {err.response.status_code}: {err}"
    except (httpx.HTTPError, OSError, RuntimeError) as err:
        return f"the Prefect server at {url} does not answer ({type(err).__name__}: {err}); is `prefect server start` running?"
    return None


IN_FLIGHT = ("RUNNING", "PENDING", "CANCELLING")


def cancel_in_flight(deployment_names: list[str], reason: str) -> list[str]:
    """Mark the runs of these deployments that are still Running/Pending as Cancelled (the serving
    process that ran them is stopping, so nothing will ever finish them); return their names."""
    from prefect import get_client
    from prefect.client.schemas.filters import (
        DeploymentFilter,
        DeploymentFilterName,
        FlowRunFilter,
        FlowRunFilterState,
        FlowRunFilterStateType,
    )
    from prefect.client.schemas.objects import StateType
    from prefect.states import Cancelled

    cancelled = []
    with get_client(sync_client=True) as client:
        runs = client.read_flow_runs(
            flow_run_filter=FlowRunFilter(
                state=FlowRunFilterState(type=FlowRunFilterStateType(any_=[StateType(t) for t in IN_FLIGHT]))
            ),
            deployment_filter=DeploymentFilter(name=DeploymentFilterName(any_=deployment_names)),
            limit=50,
        )
        for run in runs:
            client.set_flow_run_state(run.id, Cancelled(message=reason), force=True)
            cancelled.append(run.name)
    return cancelled
