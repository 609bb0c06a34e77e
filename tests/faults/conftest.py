"""Fixtures of the fault suite: a Prefect test server, saved raw pages, nights run as processes.

Every night here runs the real ``nightly`` flow against the session's Prefect test server, with the
crawl processes replaced by ``saved_crawl.py`` (saved pages, loopback only, no network), so a
night takes seconds and a test can kill it with ``kill -9`` at any step (``night.py``).
"""
from __future__ import annotations

import html
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE.parent / "flows"))  # prefect_env

# Five sites of sites.toml; the project's notice fixtures are dealt out among them as their pages.
SITES = {"hubei": "jxt.hubei.gov.cn", "zhejiang": "jxt.zj.gov.cn", "jiangsu": "gxt.jiangsu.gov.cn",
         "guangxi": "gxt.gxzf.gov.cn", "fujian": "gxt.fujian.gov.cn"}
# Offline, Prefect's analytics log an error at every start (and write to the server's database).
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ["GXT_CRAWL_FORK_SERVER"] = "false"  # the saved crawls are not scrapy processes
NIGHT_SECONDS = 120  # a night here takes 5-15 s; anything past this is a hang, and fails


def _as_html(path: Path) -> str:
    text = path.read_bytes().decode("gb18030" if "gbk" in path.name else "utf-8", "replace")
    if path.suffix == ".html":
        return text
    title, _, body = text.partition("\n")
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in body.splitlines() if line.strip())
    return f"<html><head><title>{html.escape(title)}</title></head><body><h1>{html.escape(title)}</h1>" \
           f"<div id=\"zoom\">{paragraphs}</div></body></html>"


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> Path:
    """``<site>.jsonl`` of raw page records, one per notice fixture (26 pages over 5 sites)."""
    out = tmp_path_factory.mktemp("corpus")
    docs = sorted((ROOT / "tests" / "fixtures" / "notices" / "docs").iterdir()) + sorted(
        (ROOT / "tests" / "fixtures" / "notices_heldout" / "docs").iterdir()
    )
    pages: dict[str, list[dict]] = {site: [] for site in SITES}
    for number, doc in enumerate(d for d in docs if d.suffix in (".txt", ".html")):
        site = list(SITES)[number % len(SITES)]
        url = f"https://{SITES[site]}/art/2024/1/{number + 1}/art_{number + 1}.html"
        pages[site].append({
            "url": url, "final_url": url, "site": site, "column": "news", "list_url": f"https://{SITES[site]}/news/",
            "list_title": doc.stem, "list_date": f"2024-01-{number % 28 + 1:02d}", "status": 200,
            "encoding": "utf-8", "html": _as_html(doc), "fetched_at": "2024-02-01T00:00:00+00:00",
            "headers": {"content-type": "text/html"}, "meeting_title": True,
        })
    for site, lines in pages.items():
        (out / f"{site}.jsonl").write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in lines), "utf-8")
    return out


@pytest.fixture(scope="session")
def prefect_api() -> Iterator[str]:
    """A Prefect test server for the session; its API URL is handed to the nights' processes."""
    from prefect_env import prefect_server_problem

    problem = prefect_server_problem()
    if problem:
        pytest.fail(problem)
    from prefect.settings import PREFECT_API_URL
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=90):
        yield PREFECT_API_URL.value()


@dataclass
class Night:
    """A night running in its own process."""

    process: subprocess.Popen
    lines: list[str] = field(default_factory=list)
    _done: threading.Event = field(default_factory=threading.Event)  # its output has been read to the end

    def wait_for(self, text: str, timeout: float = NIGHT_SECONDS) -> bool:
        """Wait until a line of the night's output contains ``text``."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if any(text in line for line in self.lines):
                return True
            if self.process.poll() is not None and self._done.is_set():
                return any(text in line for line in self.lines)
            time.sleep(0.05)
        return False

    def kill(self) -> None:
        """kill -9 the night (and a paused crawl process it started, which has its own session)."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)
        for line in self.lines:
            if line.startswith("CRAWL_PID "):
                try:
                    os.kill(int(line.split()[1]), signal.SIGKILL)
                except ProcessLookupError:
                    pass

    def finish(self, timeout: float = NIGHT_SECONDS) -> int:
        try:
            code = self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            pytest.fail(f"the night did not end within {timeout} s:\n" + "\n".join(self.lines[-40:]))
        self._done.wait(10)
        return code

    @property
    def output(self) -> str:
        return "\n".join(self.lines)


def start_night(api: str, data: Path, corpus: Path, *, pause_at: str | None = None, pause_seconds: float = 60,
                env: dict[str, str] | None = None) -> Night:
    argv = [sys.executable, str(HERE / "night.py"), str(data), str(corpus), ",".join(SITES)]
    if pause_at:
        argv += ["--pause-at", pause_at, "--pause-seconds", str(pause_seconds)]
    process = subprocess.Popen(
        argv, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env={**os.environ, "PREFECT_API_URL": api, "GXT_CRAWL_FORK_SERVER": "false",
             "PYTHONPATH": str(ROOT), **(env or {})},
    )
    night = Night(process)

    def read() -> None:
        for line in process.stdout:
            night.lines.append(line.rstrip("\n"))
        night._done.set()

    threading.Thread(target=read, daemon=True).start()
    return night


def run_night(api: str, data: Path, corpus: Path, **kwargs) -> Night:
    night = start_night(api, data, corpus, **kwargs)
    night.finish()
    return night


def run_night_here(data: Path, corpus: Path) -> str:
    """An ordinary night in this process (no interpreter to start: the quicker way to run the night
    after a fault); returns the final state's name."""
    from flows.nightly import nightly
    from flows.pipeline import crawl

    def saved_crawl(site, out_dir, state_file, since, mirror):
        return [sys.executable, str(HERE / "saved_crawl.py"), site, str(out_dir), str(state_file), str(corpus)]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(crawl, "build_command", saved_crawl)
        state = nightly(sites=list(SITES), data=str(data), crawl_retries=0, retry_delay_seconds=0, return_state=True)
    return state.name


def warehouse_content(data: Path) -> dict[str, list[tuple]]:
    """What a night leaves for the analysts, from the published copy: notices, indicators, tasks
    (run ids and load times left out: they differ from night to night by design)."""
    import duckdb

    con = duckdb.connect(str(data / "published" / "gxt.duckdb"), read_only=True)
    try:
        return {
            "notices": con.execute(
                "SELECT * EXCLUDE (first_run_id, run_id, loaded_at) FROM notices ORDER BY notice_id").fetchall(),
            "indicators": con.execute("SELECT * FROM indicators ORDER BY notice_id, seq").fetchall(),
            "tasks": con.execute("SELECT * FROM tasks ORDER BY notice_id, seq").fetchall(),
        }
    finally:
        con.close()


def run_rows(data: Path) -> list[tuple]:
    """(run_id, status, note) of every run, from the writer's file (no run may hold it)."""
    import duckdb

    con = duckdb.connect(str(data / "warehouse.duckdb"), read_only=True)
    try:
        return con.execute("SELECT run_id, status, note FROM crawl_runs ORDER BY started_at").fetchall()
    finally:
        con.close()


@pytest.fixture(scope="session")
def clean_night(prefect_api, corpus, tmp_path_factory) -> dict[str, list[tuple]]:
    """What one clean night over the saved pages loads."""
    data = tmp_path_factory.mktemp("clean") / "data"
    assert run_night_here(data, corpus) == "Completed"
    content = warehouse_content(data)
    assert len(content["notices"]) >= 20 and content["indicators"] and content["tasks"]
    return content
