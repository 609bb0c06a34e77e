"""The terminal of `gxt run`: Prefect's log lines go to a file while the live display is up."""
from __future__ import annotations

import logging

import prefect.main  # noqa: F401  (configures Prefect's logging, as any gxt command does)

from flows.pipeline import progress
from flows.pipeline.console import LiveNight, logs_to_file


def _console_handlers() -> list[str]:
    return [type(h).__name__ for h in logging.getLogger().handlers if type(h).__name__ == "PrefectConsoleHandler"]


def test_prefect_log_lines_go_to_the_file_not_the_terminal_and_come_back_after(tmp_path) -> None:
    log_file = tmp_path / "logs" / "gxt-run.log"
    assert _console_handlers() == ["PrefectConsoleHandler"]
    with logs_to_file(log_file):
        assert _console_handlers() == []
        logging.getLogger("prefect.flow_runs").warning("crawl-tianjin: structure_changed")
    assert "| WARNING | prefect.flow_runs - crawl-tianjin: structure_changed" in log_file.read_text()
    assert _console_handlers() == ["PrefectConsoleHandler"]
    logging.getLogger("prefect").warning("after the run")
    assert "after the run" not in log_file.read_text()


def test_the_live_display_counts_sites_by_verdict_and_names_the_broken(tmp_path) -> None:
    from rich.console import Console

    night = LiveNight()
    progress.set_listener(night)
    try:
        progress.stage("crawling 3 sites", 3)
        for site, verdict, pages in (("hubei", "ok", 3), ("tianjin", "broken", 0), ("anhui", "not_configured", 0)):
            progress.site(site, verdict, pages)
            progress.advance()
    finally:
        progress.set_listener(None)
    out = Console(width=120, record=True, file=open(tmp_path / "screen", "w"))
    out.print(night)
    screen = out.export_text()
    assert "crawling 3 sites" in screen and "3/3" in screen
    assert "sites done 3: 1 ok, 1 broken (tianjin), 1 not configured · pages fetched 3" in screen
    assert len(screen.strip().splitlines()) == 2
