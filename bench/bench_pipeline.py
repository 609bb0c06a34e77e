"""Wall time of the nightly pipeline over the whole loopback mirror, as an operator runs it.

Four figures: a first run (empty data directory) and a no-op run (nothing new) with a Prefect
server up (``prefect server start``; ``gxt run`` reports to it), then the same with no server
(``gxt run`` starts a temporary one each time). Each run is the real command in its own process,
``gxt run --mirror --data DIR``, timed from start to exit, plus the flow's own phases read back from
its log (server start, crawl of all sites, load + parse + publish + report).

    .venv/bin/python bench/bench_pipeline.py [--parallel N] [--sites a,b] [--no-fork-server]

Aim: a no-op night under 20 s with a server up. The machine's other load changes these figures a
lot (each site is one scrapy process, about 2 s of CPU to start): the load average is printed.
"""
from __future__ import annotations

import argparse
import contextlib
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
_STAMP = re.compile(r"^(\d\d:\d\d:\d\d\.\d+) \|")
EXTRA_ENV: dict[str, str] = {}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _env(home: Path, api_url: str | None, parallel: int | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(EXTRA_ENV)
    env.update(PREFECT_HOME=str(home), PREFECT_SERVER_ANALYTICS_ENABLED="false")
    if api_url:
        env["PREFECT_API_URL"] = api_url
    if parallel:
        env["GXT_CRAWL_PARALLEL"] = str(parallel)
    return env


@contextlib.contextmanager
def prefect_server(home: Path) -> Iterator[str]:
    port = _free_port()
    api_url = f"http://127.0.0.1:{port}/api"
    log = (home / "server.log").open("wb")
    proc = subprocess.Popen(
        [str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=_env(home, None, None), stdout=log, stderr=subprocess.STDOUT, start_new_session=True, cwd=ROOT,
    )
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            with contextlib.suppress(Exception), urllib.request.urlopen(f"{api_url}/health", timeout=2):
                break
            time.sleep(0.5)
        else:
            raise RuntimeError("prefect server did not answer within 120 s")
        yield api_url
    finally:
        for sig, wait in ((signal.SIGTERM, 20), (signal.SIGKILL, 10)):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, sig)
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=wait)
                break
        log.close()


def _phases(output: str) -> dict[str, float]:
    """Seconds between the flow's landmarks in its log (clock times of one day)."""
    marks: dict[str, datetime] = {}
    landmarks = {
        "start": "Starting temporary server",
        "flow": "Beginning flow run",
        "crawled": "Task run 'load-raw-pages",
        "end": "Flow run '",
    }
    for line in output.splitlines():
        match = _STAMP.match(line)
        if not match:
            continue
        for name, text in landmarks.items():
            if name == "end" and "Finished in state" not in line:
                continue
            if text in line and name not in marks:
                marks[name] = datetime.strptime(match.group(1), "%H:%M:%S.%f")
    phases = {}
    if "start" in marks and "flow" in marks:
        phases["temporary server"] = (marks["flow"] - marks["start"]).total_seconds()
    if "flow" in marks and "crawled" in marks:
        phases["flow start + crawl"] = (marks["crawled"] - marks["flow"]).total_seconds()
    if "crawled" in marks and "end" in marks:
        phases["load/parse/publish/report"] = (marks["end"] - marks["crawled"]).total_seconds()
    return phases


def gxt_run(data: Path, home: Path, api_url: str | None, parallel: int | None, sites: str | None) -> tuple[float, dict, int]:
    argv = [str(BIN / "gxt"), "run", "--mirror", "--data", str(data)] + (["--sites", sites] if sites else [])
    started = time.perf_counter()
    done = subprocess.run(argv, env=_env(home, api_url, parallel), capture_output=True, text=True, cwd=ROOT)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        sys.stderr.write(done.stdout[-3000:] + done.stderr[-3000:])
        raise SystemExit(f"gxt run failed with status {done.returncode}")
    return seconds, _phases(done.stderr + done.stdout), done.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parallel", type=int, default=None, help="sites crawled at once (default: pipeline.toml)")
    parser.add_argument("--sites", default=None, help="comma-separated site ids (default: every site)")
    parser.add_argument("--no-fork-server", action="store_true", help="start every crawl as its own interpreter")
    args = parser.parse_args()
    if args.no_fork_server:
        EXTRA_ENV["GXT_CRAWL_FORK_SERVER"] = "false"

    rows = []
    with tempfile.TemporaryDirectory(prefix="gxt-bench-") as tmp:
        for label, with_server in (("server up", True), ("no server", False)):
            home = Path(tmp) / f"prefect-{'server' if with_server else 'local'}"
            home.mkdir()
            data = Path(tmp) / f"data-{'server' if with_server else 'local'}"
            with prefect_server(home) if with_server else contextlib.nullcontext(None) as api_url:
                for run in ("first run", "no-op run"):
                    load = os.getloadavg()[0]
                    seconds, phases, _ = gxt_run(data, home, api_url, args.parallel, args.sites)
                    rows.append((label, run, seconds, phases, load))
                    print(f"{label:9}  {run:9}  {seconds:6.1f} s   load {load:4.1f}   "
                          + ", ".join(f"{k} {v:.1f} s" for k, v in phases.items()), flush=True)
    print()
    print("| Prefect | run | wall time | of which |")
    print("|---|---|---:|---|")
    for label, run, seconds, phases, _ in rows:
        print(f"| {label} | {run} | {seconds:.1f} s | " + ", ".join(f"{k} {v:.1f} s" for k, v in phases.items()) + " |")
    print(f"\n{os.cpu_count()} CPUs; parallel crawls: {args.parallel or 'pipeline.toml'}; sites: {args.sites or 'all'}; "
          f"crawls {'each a new interpreter' if args.no_fork_server else 'forked from the fork server'}")


if __name__ == "__main__":
    main()
