"""Fixtures of the flow tests: one Prefect test server for the session, a mirror we can break.

The flows run in this process against ``prefect_test_harness`` (a temporary Prefect database and
API server, about 10 s to start, shared by every test here). The crawls still run as real scrapy
processes against the loopback mirror.
"""
from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "server: starts `prefect server start` and `gxt serve` as processes")


# prefect 3.8's server declares Body(min_items=…), which fastapi 0.155 refuses at import, and sends
# null for optional filter bodies, which fastapi 0.151-0.154 answer with 422.
LAST_FASTAPI_FOR_PREFECT_3_8 = (0, 150, 0)


def prefect_server_problem() -> str | None:
    """Why Prefect's server cannot work in this environment, or None."""
    import fastapi
    import prefect

    installed = tuple(int(part) for part in fastapi.__version__.split(".")[:3])
    if prefect.__version__.startswith("3.8.") and installed > LAST_FASTAPI_FOR_PREFECT_3_8:
        return (
            f"prefect {prefect.__version__}'s server does not work with fastapi {fastapi.__version__} "
            "(0.151-0.154 reject its filter requests, 0.155+ its routes): pin fastapi==0.150.0 in constraints.txt"
        )
    return None


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    problem = prefect_server_problem()
    if problem:
        pytest.skip(problem)
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
