"""A site's night in Prefect's own terms: the crawl task's final state and the site's events.

States: a ``broken`` site is a **Failed** task run whose message is the first failure's kind,
status and URL; a discover-only row is a Completed task run named **Not configured** (its
message counts the candidate columns); a site that went well is a plain Completed task run.
The nightly flow returns its own final state (Completed / Partial / Failed, from the report),
so a failed task run colours the task graph and the run's task counts without deciding the
flow's state, and a site's Failed state is never retried (``retry_process_failures``).

Events (the Event Feed, and what the Automations in :mod:`flows.pipeline.alerts` watch), with
the site as the resource ``gxt.site.<id>``; Prefect relates each to its flow run, task run and
deployment:

- ``gxt.site.failed`` every night a site is broken (payload: kind, status, url, failures,
  since, nights in a row);
- ``gxt.site.unhealthy`` when that streak reaches ``unhealthy_after_runs`` (pipeline.toml).

Tags: the flow run gets a tag ``broken:<site>`` per broken site, which the flow-runs list shows
beside the run's name (the list shows no state message).
"""
from __future__ import annotations

import threading
from typing import Any

from prefect.states import Completed, Failed, State

from flows.pipeline.site_health import BROKEN, NOT_CONFIGURED, SiteNight

SITE_FAILED = "gxt.site.failed"
SITE_UNHEALTHY = "gxt.site.unhealthy"


def site_resource(site: str) -> dict[str, str]:
    return {"prefect.resource.id": f"gxt.site.{site}", "prefect.resource.name": site, "gxt.site": site}


def task_state(night: SiteNight, data: Any) -> State | Any:
    """The state a crawl task ends in for ``night``; ``data`` stays its result either way."""
    if night.verdict == BROKEN:
        return Failed(message=night.headline, data=data)
    if night.verdict == NOT_CONFIGURED:
        found = len(night.discovered)
        return Completed(
            name="Not configured",
            message=f"discover-only row: {found} candidate column{'s' if found != 1 else ''} found, awaiting promotion",
            data=data,
        )
    return data


def retry_process_failures(task: Any, task_run: Any, state: State) -> bool:
    """Retry a crawl whose process failed (an exception), never a site that answered badly
    (a returned Failed state: asking again in a minute will not lift a challenge page)."""
    return isinstance(state.data, BaseException)


def payload(night: SiteNight, since: str, nights: int) -> dict[str, Any]:
    return {
        "site": night.site, "kind": night.kind, "status": night.status, "url": night.url,
        "kinds": night.kinds, "failures": night.failures, "since": since, "nights_in_a_row": nights,
    }


def failure_resources(night: SiteNight) -> list[dict[str, str]]:
    """The kind and URL as related resources too: the Event Feed's cards show related resources
    (as plain text for kinds it does not know) but not the payload, which is one click away."""
    related = [{"prefect.resource.id": f"gxt.failure.{night.kind}", "prefect.resource.role": "failure-kind"}]
    if night.url:
        related.append({"prefect.resource.id": night.url, "prefect.resource.role": "failure-url"})
    return related


def announce_broken(night: SiteNight, since: str, nights: int, unhealthy_after: int) -> None:
    """Emit ``gxt.site.failed`` (and ``gxt.site.unhealthy`` from the N-th broken run on)."""
    from prefect.events import emit_event

    body = payload(night, since, nights)
    tag_flow_run(f"broken:{night.site}")
    related = failure_resources(night)
    emit_event(event=SITE_FAILED, resource=site_resource(night.site), payload=body, related=related)
    if nights >= unhealthy_after:
        emit_event(event=SITE_UNHEALTHY, resource=site_resource(night.site), payload=body, related=related)


_tags_lock = threading.Lock()  # crawl tasks run in threads of one process: one tag update at a time


def tag_flow_run(tag: str) -> None:
    """Add ``tag`` to the flow run this task belongs to (best effort: a tag is never worth a crawl)."""
    from prefect import get_client
    from prefect.context import TaskRunContext

    ctx = TaskRunContext.get()
    if ctx is None or ctx.task_run.flow_run_id is None:
        return
    try:
        with _tags_lock, get_client(sync_client=True) as client:
            run = client.read_flow_run(ctx.task_run.flow_run_id)
            if tag not in run.tags:
                client.update_flow_run(run.id, tags=[*run.tags, tag])
    except Exception as err:  # noqa: BLE001 - the UI's tag must never fail a crawl
        from prefect import get_run_logger

        get_run_logger().warning("could not tag the flow run %s: %s", tag, err)
