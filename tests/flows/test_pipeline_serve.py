"""The schedule end to end: `prefect server start` and `gxt serve` as real processes on 127.0.0.1.

`gxt serve` registers the nightly deployment with its cron and timezone; a run triggered through
the API completes against the mirror in a child of the serving process; its report artifact is
read back through the API. Every process started here is stopped here.
"""
from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from prefect_env import prefect_server_problem


pytestmark = pytest.mark.server

BIN = Path(sys.executable).parent
SITES = "hubei,fujian"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _env(home: Path, api_url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(PREFECT_HOME=str(home), PREFECT_API_URL=api_url, PREFECT_SERVER_ANALYTICS_ENABLED="false")
    return env


@contextlib.contextmanager
def _process(argv: list[str], env: dict[str, str], log: Path) -> Iterator[subprocess.Popen]:
    """A child in its own process group; SIGTERM then SIGKILL to the whole group on the way out."""
    with log.open("wb") as out:
        proc = subprocess.Popen(argv, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            yield proc
        finally:
            for sig, wait in ((signal.SIGTERM, 20), (signal.SIGKILL, 10)):
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, sig)
                try:
                    proc.wait(timeout=wait)
                    break
                except subprocess.TimeoutExpired:
                    continue
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)  # grandchildren (a flow run) too


def _wait_for(what: str, check, timeout: float, log: Path, interval: float = 0.5):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(Exception):
            result = check()
            if result:
                return result
        time.sleep(interval)
    tail = log.read_text(errors="replace")[-3000:] if log.exists() else ""
    pytest.fail(f"{what} not within {timeout:.0f} s; log tail:\n{tail}")


def _healthy(api_url: str) -> bool:
    with urllib.request.urlopen(f"{api_url}/health", timeout=2) as response:
        return response.status == 200


@pytest.fixture(scope="module")
def served(tmp_path_factory) -> Iterator[dict]:
    problem = prefect_server_problem()
    if problem:
        pytest.fail(problem)  # a missing pin must be red, not a silent skip
    from prefect.settings import PREFECT_API_URL, temporary_settings

    tmp = tmp_path_factory.mktemp("served")
    api_url = f"http://127.0.0.1:{_free_port()}/api"
    env = _env(tmp / "prefect-home", api_url)
    port = api_url.rsplit(":", 1)[1].split("/")[0]
    server_log, serve_log = tmp / "server.log", tmp / "serve.log"
    server_argv = [str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", port]
    serve_argv = [sys.executable, "-m", "gxt.cli", "serve", "--mirror", "--sites", SITES, "--data", str(tmp / "data")]
    with _process(server_argv, env, server_log):
        _wait_for("prefect server", lambda: _healthy(api_url), 120, server_log)
        with _process(serve_argv, env, serve_log), temporary_settings({PREFECT_API_URL: api_url}):
            yield {"api_url": api_url, "data": tmp / "data", "serve_log": serve_log}


def _client():
    from prefect import get_client

    return get_client(sync_client=True)


def test_serve_registers_the_nightly_deployment_at_0230_beijing_time(served) -> None:
    with _client() as client:
        deployment = _wait_for(
            "the nightly deployment", lambda: client.read_deployment_by_name("nightly/nightly"), 90, served["serve_log"]
        )
    (schedule,) = deployment.schedules
    assert schedule.schedule.cron == "30 2 * * *"
    assert schedule.schedule.timezone == "Asia/Shanghai"
    assert schedule.active
    assert deployment.global_concurrency_limit is not None and deployment.global_concurrency_limit.limit == 1
    assert deployment.parameters["data"] == str(served["data"])


def test_serve_creates_the_one_writer_limit(served) -> None:
    with _client() as client:
        limit = _wait_for(
            "the gxt-warehouse limit",
            lambda: client.read_global_concurrency_limit_by_name("gxt-warehouse"),
            90,
            served["serve_log"],
        )
    assert limit.limit == 1


def test_a_triggered_run_completes_and_its_report_is_read_back_through_the_api(served) -> None:
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId, ArtifactFilterKey

    with _client() as client:
        deployment = _wait_for(
            "the nightly deployment", lambda: client.read_deployment_by_name("nightly/nightly"), 90, served["serve_log"]
        )
        run = client.create_flow_run_from_deployment(deployment.id)
        final = _wait_for(
            "the triggered run to finish",
            lambda: (r := client.read_flow_run(run.id)).state.is_final() and r,
            150,
            served["serve_log"],
            interval=1,
        )
        assert final.state.name == "Completed", final.state.message
        (report,) = client.read_artifacts(
            artifact_filter=ArtifactFilter(
                key=ArtifactFilterKey(any_=["gxt-nightly-report"]), flow_run_id=ArtifactFilterFlowRunId(any_=[run.id])
            ),
            limit=5,
            offset=0,
        )
    assert "| hubei | 湖北 |" in report.data and "| fujian | 福建 |" in report.data
    assert (served["data"] / "published" / "gxt.duckdb").exists()
