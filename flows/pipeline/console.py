"""What ``gxt run`` / ``reparse`` / ``backfill`` show in a terminal: one live display, then the outcome.

On a terminal, Prefect's log lines go to a log file (its path is printed first) instead of
stderr, so nothing interleaves with the display; the display is replaced by a short outcome
(state, totals, the broken sites, the example query): about 20 lines for a normal night.
Off a terminal (cron, a pipe) Prefect logs to stderr as usual and no display is drawn.
"""
from __future__ import annotations

import contextlib
import logging
import sys
import threading
import time
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from rich.console import Console, Group
from rich.live import Live
from rich.progress_bar import ProgressBar
from rich.spinner import Spinner
from rich.table import Table
from rich.text import Text

from flows.pipeline import progress

console = Console(stderr=True)


class LiveNight:
    """The state of the display: the current stage, its count, and the sites done so far."""

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.name = "starting"
        self.total: int | None = None
        self.done = 0
        self.sites: dict[str, str] = {}
        self.pages = 0
        self._lock = threading.Lock()
        self._spinner = Spinner("dots")

    def stage(self, name: str, total: int | None) -> None:
        with self._lock:
            self.name, self.total, self.done = name, total, 0

    def advance(self, step: int = 1) -> None:
        with self._lock:
            self.done += step

    def site(self, name: str, verdict: str, pages: int) -> None:
        with self._lock:
            self.sites[name] = verdict
            self.pages += pages

    def __rich__(self) -> Group:
        with self._lock:
            elapsed = time.monotonic() - self.started
            head = Table.grid(padding=(0, 1))
            bar = ProgressBar(total=self.total or 1, completed=self.done if self.total else 0, width=30)
            count = f"{self.done}/{self.total}" if self.total else ""
            head.add_row(self._spinner, Text(self.name, style="bold"), bar, Text(count), Text(f"{elapsed:4.0f} s", style="dim"))
            broken = sorted(s for s, v in self.sites.items() if v == "broken")
            waiting = sum(1 for v in self.sites.values() if v == "not_configured")
            ok = sum(1 for v in self.sites.values() if v == "ok")
            line = Text(f"  sites done {len(self.sites)}: {ok} ok, ")
            line.append(f"{len(broken)} broken", style="red" if broken else "")
            if broken:
                line.append(f" ({', '.join(broken[:6])}{' …' if len(broken) > 6 else ''})", style="red")
            line.append(f", {waiting} not configured · pages fetched {self.pages}")
            return Group(head, line)


def _console_handlers() -> list[tuple[logging.Logger, logging.Handler]]:
    """The stream handlers Prefect's logging config put on stderr/stdout (root, uvicorn, fastapi)."""
    found = []
    for name in (None, "uvicorn", "fastapi", "prefect", "prefect.flow_runs", "prefect.task_runs"):
        logger = logging.getLogger(name)
        for handler in logger.handlers:
            if isinstance(handler, logging.StreamHandler) and not isinstance(handler, logging.FileHandler):
                if getattr(handler, "stream", None) in (sys.stderr, sys.stdout) or type(handler).__name__ == "PrefectConsoleHandler":
                    found.append((logger, handler))
    return found


@contextlib.contextmanager
def logs_to_file(log_file: Path, restore: bool = True) -> Iterator[Path]:
    """Send Prefect's console log lines (and Python warnings) to ``log_file`` while inside; with
    ``restore=False`` until the process ends (the temporary server logs its stop at exit)."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    file_handler = logging.FileHandler(log_file, encoding="utf-8")
    file_handler.setFormatter(
        logging.Formatter("%(asctime)s.%(msecs)03d | %(levelname)-7s | %(name)s - %(message)s", "%H:%M:%S")
    )
    swapped = _console_handlers()
    for logger, handler in swapped:
        logger.removeHandler(handler)
        logger.addHandler(file_handler)
    logging.captureWarnings(True)
    try:
        yield log_file
    finally:
        if restore:
            logging.captureWarnings(False)
            for logger, handler in swapped:
                logger.removeHandler(file_handler)
                logger.addHandler(handler)
            file_handler.close()


def log_file_for(data_dir: str, command: str) -> Path:
    return Path(data_dir) / "logs" / f"gxt-{command}-{datetime.now(timezone.utc):%Y%m%dT%H%M%SZ}.log"


@contextlib.contextmanager
def rich_progress(data_dir: str | None = None, command: str = "run") -> Iterator[None]:
    """One live display on stderr while the flow runs, Prefect's log lines in a file (only on a
    terminal: off one, logs stay on stderr where cron or systemd keep them)."""
    if not sys.stderr.isatty():
        yield
        return
    state = LiveNight()
    log_cm = logs_to_file(log_file_for(data_dir, command), restore=False) if data_dir else contextlib.nullcontext(None)
    with log_cm as log_file:
        if log_file:
            console.print(f"[dim]Prefect's log: {log_file}[/]")
        progress.set_listener(state)
        try:
            with Live(state, console=console, refresh_per_second=4, transient=True):
                yield
        finally:
            progress.set_listener(None)


def _broken_table(report: dict) -> Table | None:
    lines = [line for line in report.get("sites", []) if line.get("verdict") == "broken"]
    if not lines:
        return None
    table = Table.grid(padding=(0, 2))
    for line in sorted(lines, key=lambda l: (-int(l.get("nights") or 0), l["site"])):
        nights = int(line.get("nights") or 0)
        table.add_row(
            Text(line["site"], style="red"), Text(line.get("failure") or ""),
            Text(f"{nights} runs in a row" if nights > 1 else "tonight", style="dim"),
        )
    return table


def _totals(report: dict) -> str:
    sites = report.get("sites", [])
    count = {v: sum(1 for line in sites if line.get("verdict") == v) for v in ("ok", "broken", "not_configured")}

    def total(key: str) -> int:
        return sum(int(line.get(key) or 0) for line in sites)

    return (
        f"{len(sites)} sites: {count['ok']} ok, {count['broken']} broken, {count['not_configured']} not configured · "
        f"pages fetched {total('pages_fetched')}, new notices {total('new_notices')} "
        f"(meeting notices {total('meeting_notices')}), notices loaded {total('notices_loaded')}, "
        f"indicators {total('indicators')}, tasks {total('tasks')}"
    )


def print_outcome(state: Any, data_dir: str) -> int:
    """Print the run's final state, totals, broken sites and one example query; return the exit status."""
    from flows.pipeline.example_query import example_answer

    out = Console()
    result = state.result(raise_on_failure=False)
    colour = "green" if state.is_completed() and state.name == "Completed" else ("yellow" if state.is_completed() else "red")
    if isinstance(result, dict) and result.get("sites") is not None:
        out.print(f"[{colour} bold]{state.name}[/]: run {result.get('run_id')} · {_totals(result)}")
        broken = _broken_table(result)
        if broken is not None:
            out.print("[bold]Broken sites[/] (kind, status, first URL):")
            out.print(broken)
        waiting = [line["site"] for line in result["sites"] if line.get("verdict") == "not_configured"]
        if waiting:
            out.print(f"[dim]Not configured (news column looked for at run time; the report lists what to promote): {', '.join(sorted(waiting))}[/]")
    else:
        out.print(f"[{colour} bold]{state.name}[/]: {state.message or ''}")
    if isinstance(result, BaseException):
        out.print(f"[red]{type(result).__name__}: {result}[/]")
    if state.is_completed():
        title, answer = example_answer(data_dir)
        out.print()
        out.print(f"[bold]{title}[/]")
        out.print(answer)
        out.print(
            f"More: the report artifact in the Prefect UI, gxt query --file warehouse/queries/02_notice_indicators.sql "
            f"--data {data_dir}, or any SELECT on {data_dir}/published/gxt.duckdb"
        )
    return 0 if state.is_completed() else 1
