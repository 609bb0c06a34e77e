"""What ``gxt run`` / ``reparse`` / ``backfill`` show in a terminal: a progress bar, then the outcome."""
from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from flows.pipeline import progress

console = Console(stderr=True)


class RichListener:
    """Shows each stage of the run as one progress line (a bar where the total is known)."""

    def __init__(self, bar: Progress) -> None:
        self.bar = bar
        self.task: Any = None

    def stage(self, name: str, total: int | None) -> None:
        if self.task is not None:
            current = self.bar.tasks[self.task]
            self.bar.update(self.task, total=current.completed or 1, completed=current.completed or 1)
        self.task = self.bar.add_task(name, total=total)

    def advance(self, step: int = 1) -> None:
        if self.task is not None:
            self.bar.advance(self.task, step)


@contextlib.contextmanager
def rich_progress() -> Iterator[None]:
    """Progress on stderr while the flow runs (only on a terminal: logs stay readable in files)."""
    if not sys.stderr.isatty():
        yield
        return
    bar = Progress(
        SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=console, transient=False,
    )
    listener = RichListener(bar)
    progress.set_listener(listener)
    try:
        with bar:
            yield
            listener.stage("done", 1)
    finally:
        progress.set_listener(None)


def _site_table(report: dict) -> Table:
    table = Table(title=f"Run {report.get('run_id')}: what was loaded")
    for name in ("site", "pages", "new notices", "loaded", "meetings", "indicators", "tasks", "failures"):
        table.add_column(name, justify="left" if name in ("site", "failures") else "right")
    for line in sorted(report.get("sites", []), key=lambda l: l["site"]):
        failures = ", ".join(f"{k}×{v}" if v > 1 else k for k, v in sorted(line["failures"].items()))
        table.add_row(
            line["site"] + (" ⚠" if line.get("unhealthy") else ""),
            str(line["pages_fetched"]), str(line["new_notices"]), str(line["notices_loaded"]), str(line["meeting_notices"]),
            str(line["indicators"]), str(line["tasks"]), failures or "—",
        )
    return table


def print_outcome(state: Any, data_dir: str) -> int:
    """Print the run's final state, its per-site table and one example query; return the exit status."""
    from flows.pipeline.example_query import example_answer

    out = Console()
    result = state.result(raise_on_failure=False)
    colour = "green" if state.is_completed() and state.name == "Completed" else ("yellow" if state.is_completed() else "red")
    if isinstance(result, dict) and result.get("sites") is not None:
        out.print(_site_table(result))
    out.print(f"[{colour}]{state.name}[/]: {state.message or ''}")
    if isinstance(result, BaseException):
        out.print(f"[red]{type(result).__name__}: {result}[/]")
    if state.is_completed():
        title, answer = example_answer(data_dir)
        out.print()
        out.print(f"[bold]{title}[/]")
        out.print(answer)
        out.print(
            f"\nMore: gxt query --file warehouse/queries/02_notice_indicators.sql --data {data_dir}, "
            f"or any SELECT on the read copy {data_dir}/published/gxt.duckdb"
        )
    return 0 if state.is_completed() else 1
