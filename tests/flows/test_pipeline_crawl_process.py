"""One crawl process, as the crawl task runs it: outputs, exit status, signals, time limit."""
from __future__ import annotations

import json
import sys
import textwrap
import time
from pathlib import Path

import pytest

from flows.pipeline import crawl
from flows.pipeline.crawl import PROCESS_ERROR, PROCESS_KILLED, PROCESS_TIMEOUT, CrawlProcessFailed, run_crawl_process


def _fake_crawl(monkeypatch: pytest.MonkeyPatch, script: str) -> None:
    """Make the crawl command run ``script`` (with the out dir as argv[1]) instead of scrapy."""
    def command(site, out_dir, state_file, since=None, mirror=None):
        return [sys.executable, "-c", textwrap.dedent(script), str(out_dir), site]

    monkeypatch.setattr(crawl, "build_command", lambda site, out_dir, state, since, mirror: command(site, out_dir, state))


WRITES_OUTPUT = """
    import gzip, json, sys, pathlib
    out, site = pathlib.Path(sys.argv[1]), sys.argv[2]
    with gzip.open(out / f"{site}.jsonl.gz", "wt") as f:
        f.write(json.dumps({"url": "http://a/1", "html": "<p>x</p>"}) + "\\n")
    (out / f"{site}.report.json").write_text(json.dumps({"site": site, "finished": True,
        "stats": {"raw_pages": 1, "items_listed": 3}, "failures": []}))
    print("crawl log line")
"""


def test_a_finished_crawl_returns_its_files_and_report(tmp_path, monkeypatch) -> None:
    _fake_crawl(monkeypatch, WRITES_OUTPUT)
    outcome = run_crawl_process("fujian", tmp_path, tmp_path / "seen.json", timeout_seconds=30)
    assert outcome.raw_file == str(tmp_path / "fujian.jsonl.gz")
    assert outcome.report["stats"]["raw_pages"] == 1
    assert "crawl log line" in (tmp_path / "fujian.log").read_text()


def test_a_retry_starts_without_the_previous_attempts_files(tmp_path, monkeypatch) -> None:
    (tmp_path / "fujian.report.json").write_text(json.dumps({"stale": True}))
    _fake_crawl(monkeypatch, "pass")
    outcome = run_crawl_process("fujian", tmp_path, tmp_path / "seen.json", timeout_seconds=30)
    assert outcome.report_file is None and outcome.report == {}


def test_a_non_zero_exit_is_a_process_error_with_the_last_log_line(tmp_path, monkeypatch) -> None:
    _fake_crawl(monkeypatch, "import sys; print('twisted fell over'); sys.exit(3)")
    with pytest.raises(CrawlProcessFailed) as failed:
        run_crawl_process("hebei", tmp_path, tmp_path / "seen.json", timeout_seconds=30)
    assert failed.value.kind == PROCESS_ERROR
    assert failed.value.returncode == 3
    assert "twisted fell over" in failed.value.reason


def test_a_process_killed_by_a_signal_is_reported_as_killed(tmp_path, monkeypatch) -> None:
    _fake_crawl(monkeypatch, "import os, signal; os.kill(os.getpid(), signal.SIGKILL)")
    with pytest.raises(CrawlProcessFailed) as failed:
        run_crawl_process("hebei", tmp_path, tmp_path / "seen.json", timeout_seconds=30)
    assert failed.value.kind == PROCESS_KILLED
    assert "SIGKILL" in failed.value.reason
    assert failed.value.failure()["site"] == "hebei"


def test_a_crawl_past_its_time_limit_is_stopped_with_its_children(tmp_path, monkeypatch) -> None:
    pid_file = tmp_path / "child.pid"
    _fake_crawl(monkeypatch, f"""
        import subprocess, sys, time
        child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
        open({str(pid_file)!r}, "w").write(str(child.pid))
        time.sleep(60)
    """)
    with pytest.raises(CrawlProcessFailed) as failed:
        run_crawl_process("hebei", tmp_path, tmp_path / "seen.json", timeout_seconds=1.5)
    assert failed.value.kind == PROCESS_TIMEOUT
    child = int(pid_file.read_text())
    deadline = time.monotonic() + 5  # a killed process takes a moment to be gone
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(child)


def _alive(pid: int) -> bool:
    """Running, not a zombie waiting for a parent to reap it."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return False
    return state not in ("Z", "X")
