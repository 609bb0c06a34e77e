"""The flow's side of the crawl fork server (:mod:`flows.pipeline.crawl_forkserver`).

:class:`CrawlForkServer` starts the server for one crawl phase; :meth:`CrawlForkServer.launch`
returns a :class:`ForkedCrawl`, which behaves like the :class:`subprocess.Popen` of a crawl
(``pid``, ``poll``, ``wait`` with a timeout) so the crawl task treats both the same way.
"""
from __future__ import annotations

import itertools
import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

_READY_TIMEOUT = 60
_FORK_TIMEOUT = 30


class ForkServerError(RuntimeError):
    """The fork server could not start a crawl (it is gone, or did not answer)."""


class ForkedCrawl:
    """One forked crawl process, as far as the crawl task needs to know it."""

    def __init__(self, argv: list[str]) -> None:
        self.args = argv
        self.pid = 0
        self.returncode: int | None = None
        self.lost = False  # the fork server went away before telling how the crawl ended
        self._forked = threading.Event()
        self._done = threading.Event()

    def poll(self) -> int | None:
        return self.returncode if self._done.is_set() else None

    def wait(self, timeout: float | None = None) -> int | None:
        if not self._done.wait(timeout):
            raise subprocess.TimeoutExpired(self.args, timeout or 0)
        return self.returncode


class CrawlForkServer:
    def __init__(self, log_file: Path, grace: float = 10.0) -> None:
        self.log_file = log_file
        self.grace = grace  # how long crawls get to stop after SIGTERM when the server closes
        self.proc: subprocess.Popen | None = None
        self._ids = itertools.count(1)
        self._crawls: dict[int, ForkedCrawl] = {}
        self._lock = threading.Lock()
        self._ready = threading.Event()
        self._reader: threading.Thread | None = None

    @property
    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def start(self, env: dict[str, str], cwd: str) -> "CrawlForkServer":
        self.log_file.parent.mkdir(parents=True, exist_ok=True)
        with self.log_file.open("ab") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "flows.pipeline.crawl_forkserver", "--grace", str(self.grace)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=log,
                env=env,
                cwd=cwd,
                start_new_session=True,
            )
        self._reader = threading.Thread(target=self._read, name="gxt-crawl-forkserver", daemon=True)
        self._reader.start()
        if not self._ready.wait(_READY_TIMEOUT):
            self.close()
            raise ForkServerError(f"the crawl fork server did not start in {_READY_TIMEOUT} s; see {self.log_file}")
        if not self.alive:
            raise ForkServerError(f"the crawl fork server exited at start; see {self.log_file}")
        return self

    def launch(self, scrapy_argv: list[str], env: dict[str, str], cwd: str, log: Path) -> ForkedCrawl:
        """Fork one crawl: ``scrapy_argv`` is what follows ``python -m scrapy``."""
        crawl = ForkedCrawl(scrapy_argv)
        request = {"argv": scrapy_argv, "env": env, "cwd": cwd, "log": str(log)}
        with self._lock:
            if not self.alive or self.proc.stdin is None:
                raise ForkServerError("the crawl fork server is not running")
            ident = next(self._ids)
            self._crawls[ident] = crawl
            try:
                self.proc.stdin.write((json.dumps({"id": ident, **request}) + "\n").encode())
                self.proc.stdin.flush()
            except (BrokenPipeError, OSError) as err:
                raise ForkServerError(f"the crawl fork server is gone: {err}") from err
        if not crawl._forked.wait(_FORK_TIMEOUT):
            raise ForkServerError(f"the crawl fork server did not fork in {_FORK_TIMEOUT} s")
        if crawl.lost:
            raise ForkServerError("the crawl fork server exited before forking")
        return crawl

    def _read(self) -> None:
        assert self.proc is not None and self.proc.stdout is not None
        for line in self.proc.stdout:
            try:
                message = json.loads(line)
            except ValueError:
                continue
            if message.get("ready"):
                self._ready.set()
                continue
            crawl = self._crawls.get(message.get("id"))
            if crawl is None:
                continue
            crawl.pid = int(message["pid"])
            crawl._forked.set()
            if "returncode" in message:
                crawl.returncode = int(message["returncode"])
                crawl._done.set()
                self._crawls.pop(message["id"], None)
        # The server is gone: whatever it had not reported will never be reported.
        self._ready.set()
        for crawl in list(self._crawls.values()):
            crawl.lost = True
            crawl._forked.set()
            crawl._done.set()

    def close(self, timeout: float | None = None) -> None:
        """No more crawls: the server stops what is left of its children and exits."""
        if self.proc is None:
            return
        try:
            if self.proc.stdin is not None:
                self.proc.stdin.close()
        except OSError:
            pass
        try:
            self.proc.wait(timeout=timeout if timeout is not None else self.grace + 10)
        except subprocess.TimeoutExpired:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.proc.wait(timeout=5)
        if self._reader is not None:
            self._reader.join(timeout=5)
