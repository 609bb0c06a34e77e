"""Crawls forked from the fork server behave like crawl processes: output, exit status, signals."""
from __future__ import annotations

import os
import signal
import subprocess
import textwrap

import pytest

from flows.pipeline.crawl_launcher import CrawlForkServer


SLEEPY_SPIDER = """
    import time
    import scrapy

    class Sleepy(scrapy.Spider):
        name = "sleepy"
        custom_settings = {"ITEM_PIPELINES": {}, "EXTENSIONS": {}, "SPIDER_MIDDLEWARES": {}, "DOWNLOADER_MIDDLEWARES": {}}

        async def start(self):
            time.sleep(60)
            yield scrapy.Request("http://127.0.0.1:9/")
"""


@pytest.fixture
def server(tmp_path):
    from crawlers.runner import crawl_cwd, crawl_env

    server = CrawlForkServer(tmp_path / "forkserver.log").start(env=crawl_env(), cwd=str(crawl_cwd()))
    try:
        yield server
    finally:
        server.close()


def _env():
    from crawlers.runner import crawl_cwd, crawl_env

    return crawl_env(), str(crawl_cwd())


def test_a_forked_command_runs_as_scrapy_would_and_logs_to_its_file(server, tmp_path) -> None:
    env, cwd = _env()
    crawl = server.launch(["version"], env, cwd, tmp_path / "version.log")
    assert crawl.wait(timeout=60) == 0
    assert "Scrapy 2." in (tmp_path / "version.log").read_text()


def test_a_forked_command_that_fails_reports_its_exit_status(server, tmp_path) -> None:
    env, cwd = _env()
    crawl = server.launch(["crawl", "no-such-spider"], env, cwd, tmp_path / "bad.log")
    assert crawl.wait(timeout=60) not in (0, None)
    assert "no-such-spider" in (tmp_path / "bad.log").read_text()


def test_a_forked_crawl_killed_by_a_signal_reports_it_like_popen(server, tmp_path) -> None:
    spider = tmp_path / "sleepy.py"
    spider.write_text(textwrap.dedent(SLEEPY_SPIDER))
    env, cwd = _env()
    crawl = server.launch(["runspider", str(spider)], env, cwd, tmp_path / "sleepy.log")
    with pytest.raises(subprocess.TimeoutExpired):
        crawl.wait(timeout=3)
    os.killpg(crawl.pid, signal.SIGKILL)  # its own process group, as the crawl task stops it
    assert crawl.wait(timeout=30) == -signal.SIGKILL


def test_closing_the_server_stops_crawls_still_running(tmp_path) -> None:
    from crawlers.runner import crawl_cwd, crawl_env

    spider = tmp_path / "sleepy.py"
    spider.write_text(textwrap.dedent(SLEEPY_SPIDER))
    server = CrawlForkServer(tmp_path / "forkserver.log", grace=2).start(env=crawl_env(), cwd=str(crawl_cwd()))
    crawl = server.launch(["runspider", str(spider)], crawl_env(), str(crawl_cwd()), tmp_path / "sleepy.log")
    server.close(timeout=30)
    # SIGTERM stops a crawl at once or, once Scrapy handles it, gracefully; one stuck (this spider
    # sleeps inside the reactor) is killed after the grace period.
    assert crawl.wait(timeout=5) in (-signal.SIGTERM, -signal.SIGKILL)
    assert not server.alive
