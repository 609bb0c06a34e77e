"""``gxt run`` and ``gxt serve`` as a user meets them."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from gxt.cli import app



def test_run_prints_the_state_the_totals_and_an_example_answer_in_a_few_lines(prefect_harness, tmp_path) -> None:
    result = CliRunner().invoke(app, ["run", "--mirror", "--sites", "hubei,fujian", "--data", str(tmp_path)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Completed: run ")
    assert "2 sites: 2 ok, 0 broken, 0 not configured" in result.stdout
    assert "规上工业增加值" in result.stdout  # the example query's answer
    assert len(result.stdout.splitlines()) <= 20
    assert (tmp_path / "published" / "gxt.duckdb").exists()


def test_run_refuses_an_unknown_site_by_name(prefect_harness, tmp_path) -> None:
    result = CliRunner().invoke(app, ["run", "--mirror", "--sites", "atlantis", "--data", str(tmp_path)])
    assert result.exit_code == 2  # refused before the flow starts (gxt/commands/site_names.py)
    assert "unknown site 'atlantis'" in result.stderr


def test_serve_without_a_server_says_how_to_start_one(tmp_path) -> None:
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings(restore_defaults={PREFECT_API_URL}):
        result = CliRunner().invoke(app, ["serve", "--data", str(tmp_path)])
    assert result.exit_code == 2
    assert "prefect server start" in result.output


def test_serve_stopping_after_its_server_is_gone_says_so_in_one_line(tmp_path, monkeypatch) -> None:
    import httpx
    import prefect
    from prefect.settings import PREFECT_API_URL, temporary_settings

    import flows.deployments as deployments
    import flows.pipeline.alerts as alerts

    def server_gone(*args, **kwargs):
        raise httpx.ConnectError("[Errno 111] Connection refused")

    monkeypatch.setattr(deployments, "api_refusal", lambda: None)
    monkeypatch.setattr(deployments, "ensure_writer_limit", lambda: None)
    monkeypatch.setattr(alerts, "ensure_automations", lambda runs: "alerts in place")
    monkeypatch.setattr(deployments, "build_deployments", lambda **kwargs: [])
    monkeypatch.setattr(prefect, "serve", lambda *d, **kwargs: None)  # serving ends at once, as on Ctrl-C
    monkeypatch.setattr(deployments, "cancel_in_flight", server_gone)
    with temporary_settings({PREFECT_API_URL: "http://127.0.0.1:9/api"}):
        result = CliRunner().invoke(app, ["serve", "--data", str(tmp_path)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "the Prefect server did not answer (ConnectError)" in result.stderr
    assert "Traceback" not in result.output
