"""Fixtures of the flow tests: one Prefect test server for the session, a mirror we can break.

The flows run in this process against ``prefect_test_harness`` (a temporary Prefect database and
API server, about 10 s to start, shared by every test here). The crawls still run as real scrapy
processes against the loopback mirror.
"""
from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from prefect_env import prefect_server_problem


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "server: starts `prefect server start` and `gxt serve` as processes")


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    problem = prefect_server_problem()
    if problem:
        pytest.fail(problem)  # a missing pin must be red, not a silent skip
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=90):
        yield


@pytest.fixture(scope="session")
def site_hosts() -> dict[str, set[str]]:
    """Every hostname a site's crawl may ask the mirror for."""
    from crawlers.sites import load_sites

    hosts: dict[str, set[str]] = {}
    for site in load_sites():
        urls = [site.base_url] + [c.list_url for c in site.columns] + [c.api.url for c in site.columns if c.api]
        hosts[site.id] = {urlsplit(u).hostname for u in urls if u} | {site.domain}
    return hosts
