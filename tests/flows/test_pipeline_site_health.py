"""A site's night as an operator names it: ok, broken, or not configured (and since when broken)."""
from __future__ import annotations

import json

from flows.pipeline.site_events import retry_process_failures, task_state
from flows.pipeline.site_health import BROKEN, NOT_CONFIGURED, OK, broken_streak, judge, run_time

TLS = {"site": "xinjiang", "column": None, "url": "https://gxt.xinjiang.gov.cn/", "kind": "tls", "status": None,
       "reason": "certificate verify failed"}
KILLED = {"site": "xinjiang", "column": None, "url": None, "kind": "process_killed", "status": -9,
          "reason": "killed by SIGKILL after 3.0 s"}


def test_a_configured_site_with_a_failure_is_broken_and_says_kind_and_url() -> None:
    night = judge("xinjiang", {"failures": [TLS, TLS]}, configured=True)
    assert night.verdict == BROKEN
    assert night.headline == "tls https://gxt.xinjiang.gov.cn/ (+1 more)"


def test_a_discover_only_row_that_fails_is_not_configured() -> None:
    assert judge("xinjiang", {"failures": [TLS]}, configured=False).verdict == NOT_CONFIGURED


def test_a_dead_crawl_process_is_broken_even_on_a_discover_only_row() -> None:
    night = judge("xinjiang", {"failures": [KILLED]}, configured=False)
    assert night.verdict == BROKEN
    assert night.headline == "process_killed -9 killed by SIGKILL after 3.0 s"


def test_parse_failures_alone_leave_a_site_ok() -> None:
    assert judge("xinjiang", {"failures": [{"kind": "parse:clean"}]}, configured=True).verdict == OK


def test_the_streak_counts_earlier_broken_runs_and_skips_runs_without_the_site(tmp_path) -> None:
    runs = {"20261201T183000Z-a": [], "20261202T183000Z-b": [TLS], "20261204T183000Z-d": [TLS]}
    for run, failures in runs.items():
        (tmp_path / run).mkdir()
        (tmp_path / run / "xinjiang.report.json").write_text(json.dumps({"failures": failures}))
    (tmp_path / "20261203T183000Z-c").mkdir()  # a backfill of another site
    (tmp_path / "20261205T183000Z-e").mkdir()
    assert broken_streak("xinjiang", tmp_path, "20261205T183000Z-e", configured=True) == ("20261202T183000Z-b", 3)
    assert run_time("20261202T183000Z-b") == "2026-12-02 18:30 UTC"


def test_a_broken_site_ends_its_task_failed_without_a_retry_and_keeps_its_result() -> None:
    state = task_state(judge("xinjiang", {"failures": [TLS]}, configured=True), data={"pages": 0})
    assert state.is_failed() and state.message == "tls https://gxt.xinjiang.gov.cn/"
    assert not retry_process_failures(None, None, state)


def test_a_discover_only_row_ends_completed_under_its_own_name() -> None:
    night = judge("xinjiang", {"failures": [], "discovered": [{"name": "新闻中心"}]}, configured=False)
    state = task_state(night, data=None)
    assert state.is_completed() and state.name == "Not configured"
    assert "1 candidate column found" in state.message
