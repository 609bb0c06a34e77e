"""The schedule and the UI's view of a night, end to end: `prefect server start` (behind a login)
and `gxt serve` as real processes on 127.0.0.1, sharing one server for every test here.

In order: `gxt serve` registers the nightly deployment; the server's scheduler creates upcoming
runs at 02:30 Beijing time; a triggered run with a broken site ends Partial, its broken site is a
Failed task run and an event, and the Automation's notification reaches a webhook on 127.0.0.1;
the API refuses a request without the login; Ctrl-C on `gxt serve` leaves no run Running; and
no service of the server logged an ERROR meanwhile.
"""
from __future__ import annotations

import base64
import signal
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from prefect_env import prefect_server_problem
from served_stack import AUTH, WebhookReceiver, free_port, process, server_errors, stack_env, stop_group, wait_for

pytestmark = pytest.mark.server

BIN = Path(sys.executable).parent
SITES = "hubei,fujian,tianjin"  # tianjin's mirror list page has lost its container: structure_changed
BROKEN = "tianjin"
SHANGHAI = ZoneInfo("Asia/Shanghai")


def _healthy(api_url: str) -> bool:
    with urllib.request.urlopen(f"{api_url}/health", timeout=2) as response:
        return response.status == 200


@pytest.fixture(scope="module")
def served(tmp_path_factory) -> Iterator[dict]:
    problem = prefect_server_problem()
    if problem:
        pytest.fail(problem)  # a missing pin must be red, not a silent skip
    from prefect.settings import PREFECT_API_AUTH_STRING, PREFECT_API_URL, temporary_settings

    tmp = tmp_path_factory.mktemp("served")
    port = free_port()
    api_url = f"http://127.0.0.1:{port}/api"
    server_log, serve_log = tmp / "server.log", tmp / "serve.log"
    server_argv = [str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)]
    serve_argv = [sys.executable, "-m", "gxt.cli", "serve", "--mirror", "--sites", SITES, "--data", str(tmp / "data")]
    with WebhookReceiver() as hook:
        env = stack_env(tmp / "prefect-home", api_url, GXT_NOTIFY_WEBHOOK_URL=hook.url)
        with process(server_argv, env, server_log):
            wait_for("prefect server", lambda: _healthy(api_url), 120, server_log)
            with process(serve_argv, env, serve_log) as serve, temporary_settings(
                {PREFECT_API_URL: api_url, PREFECT_API_AUTH_STRING: AUTH}
            ):
                yield {"api_url": api_url, "data": tmp / "data", "serve_log": serve_log, "server_log": server_log,
                       "serve": serve, "hook": hook}


def _client():
    from prefect import get_client

    return get_client(sync_client=True)


def _nightly(served):
    with _client() as client:
        return wait_for(
            "the nightly deployment", lambda: client.read_deployment_by_name("nightly/nightly"), 90, served["serve_log"]
        )


def test_serve_registers_the_nightly_deployment_at_0230_beijing_time(served) -> None:
    deployment = _nightly(served)
    (schedule,) = deployment.schedules
    assert schedule.schedule.cron == "30 2 * * *"
    assert schedule.schedule.timezone == "Asia/Shanghai"
    assert schedule.active
    assert deployment.global_concurrency_limit is not None and deployment.global_concurrency_limit.limit == 1
    assert deployment.parameters["data"] == str(served["data"])
    assert "Asia/Shanghai" in deployment.description  # the UI's schedule badge leaves the time zone out


def test_the_scheduler_creates_upcoming_nightly_runs_at_0230_beijing_time(served) -> None:
    from prefect.client.schemas.filters import DeploymentFilter, DeploymentFilterId, FlowRunFilter, FlowRunFilterState
    from prefect.client.schemas.filters import FlowRunFilterStateType
    from prefect.client.schemas.objects import StateType

    deployment = _nightly(served)

    def upcoming():
        with _client() as client:
            return client.read_flow_runs(
                deployment_filter=DeploymentFilter(id=DeploymentFilterId(any_=[deployment.id])),
                flow_run_filter=FlowRunFilter(state=FlowRunFilterState(type=FlowRunFilterStateType(any_=[StateType.SCHEDULED]))),
            )

    runs = wait_for("upcoming nightly runs", upcoming, 60, served["server_log"], interval=1)
    local = sorted(run.expected_start_time.astimezone(SHANGHAI) for run in runs)
    assert all((t.hour, t.minute) == (2, 30) for t in local), local
    assert local[0] > datetime.now(SHANGHAI)
    assert len({t.date() for t in local}) == len(local)  # one a night


def test_serve_creates_the_one_writer_limit(served) -> None:
    with _client() as client:
        limit = wait_for(
            "the gxt-warehouse limit",
            lambda: client.read_global_concurrency_limit_by_name("gxt-warehouse"),
            90,
            served["serve_log"],
        )
    assert limit.limit == 1


@pytest.fixture(scope="module")
def partial_run(served) -> dict:
    """A run triggered now, with one broken site: it ends Partial."""
    deployment = _nightly(served)
    with _client() as client:
        run = client.create_flow_run_from_deployment(deployment.id)
        final = wait_for(
            "the triggered run to finish",
            lambda: (r := client.read_flow_run(run.id)).state.is_final() and r,
            180,
            served["serve_log"],
            interval=1,
        )
        task_runs = client.read_task_runs(flow_run_filter=_run_filter(run.id))
    return {"run": final, "task_runs": {t.name: t for t in task_runs}}


def _run_filter(run_id):
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    return FlowRunFilter(id=FlowRunFilterId(any_=[run_id]))


def test_a_night_with_a_broken_site_ends_partial_under_the_nights_date(partial_run) -> None:
    run = partial_run["run"]
    assert run.state.name == "Partial", run.state.message
    assert f"{BROKEN}: structure_changed" in run.state.message
    assert run.name == f"nightly-{datetime.now(SHANGHAI):%Y-%m-%d}"
    assert f"broken:{BROKEN}" in run.tags and "broken:hubei" not in run.tags  # what the runs list shows


def test_the_broken_sites_crawl_task_is_failed_and_says_kind_and_url(partial_run) -> None:
    tasks = partial_run["task_runs"]
    broken = tasks[f"crawl-{BROKEN}"]
    assert broken.state.type.value == "FAILED"
    assert broken.state.message.startswith("structure_changed 200 https://")
    assert broken.run_count == 1  # a site that answered badly is not asked again
    assert tasks["crawl-hubei"].state.name == "Completed"
    publish = [t for name, t in tasks.items() if name.startswith("publish-read-copy")]
    assert [t.state.name for t in publish] == ["Completed"]


def test_a_broken_site_is_an_event_with_its_kind_and_url(served, partial_run) -> None:
    def site_events():
        with _client() as client:
            response = client.request("POST", "/events/filter", json={"filter": {"event": {"prefix": ["gxt.site."]}}})
            return [e for e in response.json()["events"] if e["event"] == "gxt.site.failed"]

    (event,) = wait_for("a gxt.site.failed event", site_events, 30, served["server_log"])
    assert event["resource"]["prefect.resource.id"] == f"gxt.site.{BROKEN}"
    assert event["payload"]["kind"] == "structure_changed" and event["payload"]["url"].startswith("https://")
    related = {r["prefect.resource.role"]: r["prefect.resource.id"] for r in event["related"]}
    assert {"flow-run", "deployment", "failure-kind", "failure-url"} <= set(related)
    assert related["failure-kind"] == "gxt.failure.structure_changed"  # what the feed's card shows


def test_the_automation_notifies_the_webhook_that_the_night_was_partial(served, partial_run) -> None:
    run = partial_run["run"]
    bodies = wait_for(
        "the notification at the webhook",
        lambda: [b for b in served["hook"].bodies if run.name in b.get("subject", "")],
        60,
        served["server_log"],
    )
    assert "Partial" in bodies[0]["subject"]
    assert f"{BROKEN}: structure_changed" in bodies[0]["body"]


def test_a_site_broken_n_runs_in_a_row_is_notified_at_the_webhook(served) -> None:
    from datetime import timezone
    from uuid import uuid4

    event = {  # what the crawl task emits on the third broken run in a row (site_events)
        "id": str(uuid4()), "occurred": datetime.now(timezone.utc).isoformat(), "event": "gxt.site.unhealthy",
        "resource": {"prefect.resource.id": "gxt.site.gansu", "prefect.resource.name": "gansu"},
        "payload": {"site": "gansu", "kind": "challenge", "status": 412, "url": "https://gxt.gansu.gov.cn/",
                    "since": "20261205T183000Z-aaaaaa", "nights_in_a_row": 3},
    }
    with _client() as client:
        client.request("POST", "/events", json=[event])
    bodies = wait_for(
        "the streak notification at the webhook",
        lambda: [b for b in served["hook"].bodies if b.get("subject") == "gxt: gansu broken"],
        60,
        served["server_log"],
    )
    assert "gansu broken 3 runs in a row" in bodies[0]["body"] and "https://gxt.gansu.gov.cn/" in bodies[0]["body"]


def test_serve_creates_its_automations_once_however_often_it_starts(served) -> None:
    from flows.pipeline.alerts import RUN_NOT_COMPLETED, SITE_BROKEN_IN_A_ROW, ensure_automations

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GXT_NOTIFY_WEBHOOK_URL", served["hook"].url)
        ensure_automations(3)  # what a second start of gxt serve does
    with _client() as client:
        for name in (RUN_NOT_COMPLETED, SITE_BROKEN_IN_A_ROW):
            assert len(client.read_automations_by_name(name)) == 1, name


def _get(url: str, auth: str | None) -> int:
    request = urllib.request.Request(url)
    if auth:
        request.add_header("Authorization", "Basic " + base64.b64encode(auth.encode()).decode())
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as err:
        return err.code


def test_the_api_refuses_a_request_without_the_login(served) -> None:
    url = f"{served['api_url']}/admin/version"
    assert _get(url, None) == 401
    assert _get(url, "gxt:wrong") == 401
    assert _get(url, AUTH) == 200
    assert _get(f"{served['api_url']}/health", None) == 200  # what systemd and compose probe


def test_ctrl_c_on_serve_leaves_no_run_running(served) -> None:
    deployment = _nightly(served)
    with _client() as client:
        run = client.create_flow_run_from_deployment(deployment.id)
        wait_for("the run to start", lambda: client.read_flow_run(run.id).state.is_running(), 90, served["serve_log"])
        stop_group(served["serve"], first=signal.SIGINT, wait=60)  # what Ctrl-C in a terminal sends
        state = client.read_flow_run(run.id).state
    assert state.is_final(), state
    assert state.type.value == "CANCELLED", state


def test_no_service_of_the_server_logged_an_error(served) -> None:
    assert server_errors(served["server_log"]) == []
