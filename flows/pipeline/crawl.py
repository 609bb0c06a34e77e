"""One site's crawl as one Prefect task running one OS process.

Scrapy runs in a child process, never in the flow's process: Twisted's reactor cannot be
restarted once stopped, and an in-process ``CrawlerProcess`` reconfigures logging and stalls
Prefect's log handler. The child writes ``<run>/<site>.jsonl.gz`` and ``<site>.report.json``; its
own log goes to ``<run>/<site>.log``. A child that exits non-zero, dies from a signal or runs past
its time limit raises :class:`CrawlProcessFailed`, which Prefect retries; the flow turns the last
failure into a report entry so the other sites go on.
"""
from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import time
from dataclasses import dataclass, field
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.context import TaskRunContext

from flows.pipeline import progress
from flows.pipeline.crawl_launcher import CrawlForkServer, ForkedCrawl, ForkServerError
from flows.pipeline.site_events import announce_broken, retry_process_failures, task_state
from flows.pipeline.site_health import BROKEN, SiteNight, broken_streak, configured_sites, judge

# How a crawl *process* failed (the spiders report their own kinds: http_error, challenge …).
PROCESS_KILLED = "process_killed"  # died from a signal (OOM killer, kill -9, …)
PROCESS_ERROR = "process_error"  # exited with a non-zero status
PROCESS_TIMEOUT = "process_timeout"  # ran past the time limit and was stopped by the flow

_TERM_GRACE_SECONDS = 10
_LOG_TAIL_LINES = 15


@dataclass
class CrawlOutcome:
    """What one site's crawl left behind, as paths (the flow never passes rows between tasks)."""

    site: str
    raw_file: str | None
    report_file: str | None
    seconds: float
    report: dict = field(default_factory=dict)  # the crawl's own report (stats, failures)


class CrawlProcessFailed(RuntimeError):
    def __init__(self, site: str, kind: str, reason: str, returncode: int | None) -> None:
        super().__init__(f"{site}: {kind}: {reason}")
        self.site = site
        self.kind = kind
        self.reason = reason
        self.returncode = returncode

    def failure(self) -> dict:
        return {
            "site": self.site,
            "column": None,
            "url": None,
            "kind": self.kind,
            "status": self.returncode,
            "reason": self.reason,
        }


def site_files(out_dir: Path, site: str) -> tuple[Path, Path, Path]:
    """The raw pages file, report file and log file of ``site`` in one run's directory."""
    return out_dir / f"{site}.jsonl.gz", out_dir / f"{site}.report.json", out_dir / f"{site}.log"


def build_command(site: str, out_dir: Path, state_file: Path, since: str | None, mirror: str | None) -> list[str]:
    """The argv of one crawl, as the crawlers package builds it."""
    from crawlers.runner import crawl_command

    return crawl_command(site, str(out_dir), str(state_file), since=since, mirror=mirror)


def _child_env(mirror: str | None) -> dict[str, str]:
    from crawlers.runner import crawl_env

    env = crawl_env()
    if mirror:
        env["GXT_MIRROR"] = mirror
    # The child is Scrapy, not Prefect: keep it from inheriting a flow-run context it cannot use.
    for name in ("PREFECT__FLOW_RUN_ID", "PREFECT__TASK_RUN_ID"):
        env.pop(name, None)
    return env


def _child_cwd() -> str:
    from crawlers.runner import crawl_cwd

    return str(crawl_cwd())


def _log_tail(log_file: Path) -> str:
    try:
        lines = log_file.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    return "\n".join(lines[-_LOG_TAIL_LINES:])


_fork_server: CrawlForkServer | None = None


@contextlib.contextmanager
def fork_server(run_dir: Path, enabled: bool = True) -> Iterator[None]:
    """Start crawls from a fork server (Scrapy imported once) while inside this block.

    Where it cannot start, crawls start as ``python -m scrapy`` processes, as they always can.
    """
    global _fork_server
    if not enabled:
        yield
        return
    server = CrawlForkServer(run_dir / "forkserver.log")
    try:
        server.start(env=_child_env(None), cwd=_child_cwd())
    except (ForkServerError, OSError) as err:
        get_run_logger().warning("crawl fork server unavailable (%s); each crawl starts its own interpreter", err)
        yield
        return
    _fork_server = server
    try:
        yield
    finally:
        _fork_server = None
        server.close()


def _start(argv: list[str], log: IO[bytes], log_file: Path, mirror: str | None) -> subprocess.Popen | ForkedCrawl:
    """The crawl process: forked from the fork server where one runs, else a new interpreter."""
    server = _fork_server
    if server is not None and server.alive and argv[1:3] == ["-m", "scrapy"]:
        try:
            return server.launch(argv[3:], _child_env(mirror), _child_cwd(), log_file)
        except ForkServerError:
            pass  # the fork server is gone: this crawl (and its retries) still run
    return subprocess.Popen(
        argv,
        stdin=subprocess.DEVNULL,
        stdout=log,
        stderr=subprocess.STDOUT,
        env=_child_env(mirror),
        cwd=_child_cwd(),
        start_new_session=True,  # its own process group, so a timeout stops its children too
    )


def _stop_group(proc: subprocess.Popen | ForkedCrawl) -> None:
    """Stop the crawl and anything it started: SIGTERM to its process group, a grace period for
    the leader, then SIGKILL to whatever of the group is left."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=_TERM_GRACE_SECONDS)
    except subprocess.TimeoutExpired:
        pass
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=5)


def run_crawl_process(
    site: str,
    out_dir: Path,
    state_file: Path,
    *,
    since: str | None = None,
    mirror: str | None = None,
    timeout_seconds: float = 1800,
) -> CrawlOutcome:
    """Run one crawl to the end; raise :class:`CrawlProcessFailed` when the process fails."""
    out_dir.mkdir(parents=True, exist_ok=True)
    raw_file, report_file, log_file = site_files(out_dir, site)
    for stale in (raw_file, report_file):  # a retry starts from nothing
        stale.unlink(missing_ok=True)
    argv = build_command(site, out_dir, state_file, since, mirror)
    started = time.monotonic()
    with log_file.open("ab") as log:
        log.write(f"\n--- {time.strftime('%Y-%m-%dT%H:%M:%S')} {' '.join(argv)}\n".encode())
        log.flush()
        proc = _start(argv, log, log_file, mirror)
        try:
            returncode = proc.wait(timeout=timeout_seconds)
        except subprocess.TimeoutExpired:
            _stop_group(proc)
            raise CrawlProcessFailed(
                site, PROCESS_TIMEOUT, f"stopped after {timeout_seconds:.0f} s; see {log_file}", proc.returncode
            ) from None
        finally:
            if proc.poll() is None:  # the flow itself is being cancelled or crashed
                _stop_group(proc)
    if returncode is None:
        raise CrawlProcessFailed(site, PROCESS_ERROR, f"the crawl fork server exited during the crawl; see {log_file}", None)
    seconds = time.monotonic() - started
    if returncode < 0:
        name = signal.Signals(-returncode).name if -returncode in signal.Signals._value2member_map_ else str(-returncode)
        raise CrawlProcessFailed(site, PROCESS_KILLED, f"killed by {name} after {seconds:.1f} s; see {log_file}", returncode)
    if returncode > 0:
        tail = _log_tail(log_file).splitlines()[-1:] or [""]
        raise CrawlProcessFailed(
            site, PROCESS_ERROR, f"exited with status {returncode}: {tail[0][:300]}; see {log_file}", returncode
        )
    report = read_report(report_file)
    return CrawlOutcome(
        site=site,
        raw_file=str(raw_file) if raw_file.exists() else None,
        report_file=str(report_file) if report_file.exists() else None,
        seconds=round(seconds, 2),
        report=report,
    )


def read_report(report_file: Path) -> dict:
    try:
        return json.loads(report_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _last_attempt() -> bool:
    ctx = TaskRunContext.get()
    return ctx is None or ctx.task_run.run_count > ctx.task.retries


def _judge(site: str, out_dir: Path, report: dict) -> SiteNight:
    """Tonight's verdict on the site; a broken one is announced as events (see site_events)."""
    from flows.pipeline.settings import pipeline_settings

    configured = site in configured_sites()
    night = judge(site, report, configured)
    progress.site(site, night.verdict, int((report.get("stats") or {}).get("raw_pages") or 0))
    if night.verdict == BROKEN:
        since, nights = broken_streak(site, out_dir.parent, out_dir.name, configured)
        announce_broken(night, since, nights, pipeline_settings().unhealthy_after_runs)
    return night


@task(
    name="crawl",
    task_run_name="crawl-{site}",
    cache_policy=NO_CACHE,
    retries=1,
    retry_delay_seconds=60,
    retry_condition_fn=retry_process_failures,
)
def crawl_site(
    site: str,
    out_dir: str,
    state_file: str,
    since: str | None = None,
    mirror: str | None = None,
    timeout_seconds: float = 1800,
) -> CrawlOutcome:
    """Crawl one site in its own process; fail (and be retried) when the process fails; end
    Failed without a retry when the site answered badly (see site_events for the states)."""
    logger = get_run_logger()
    try:
        outcome = run_crawl_process(
            site, Path(out_dir), Path(state_file), since=since, mirror=mirror, timeout_seconds=timeout_seconds
        )
    except CrawlProcessFailed as err:
        logger.error("%s\n%s", err, _log_tail(site_files(Path(out_dir), site)[2]))
        if _last_attempt():
            _judge(site, Path(out_dir), {"failures": [err.failure()]})
        raise
    stats = outcome.report.get("stats", {})
    failures = outcome.report.get("failures", [])
    logger.info(
        "%s: %s list pages, %s items listed, %s new, %s raw pages in %.1f s%s",
        site,
        stats.get("list_pages", 0),
        stats.get("items_listed", 0),
        stats.get("items_new", 0),
        stats.get("raw_pages", 0),
        outcome.seconds,
        f"; {len(failures)} failures" if failures else "",
    )
    for failure in failures[:10]:
        logger.warning("%s %s %s %s", failure.get("kind"), failure.get("status"), failure.get("url"), failure.get("reason"))
    return task_state(_judge(site, Path(out_dir), outcome.report), outcome)
