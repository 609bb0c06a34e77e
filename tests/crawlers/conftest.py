"""Fixtures for the crawler tests: saved pages (the mirror's) and one full mirror crawl per session."""
from __future__ import annotations

import json
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from crawlers.mirror import PAGES_DIR, MirrorServer
from crawlers.raw import read_raw_pages
from crawlers.runner import run_crawl
from crawlers.sites import load_sites
from crawlers.state import write_state


def saved_page(host: str, path: str) -> str:
    """A mirror page as text (the family tests parse these, as a spider would)."""
    return (PAGES_DIR / host / path.lstrip("/")).read_bytes().decode("utf-8")


@dataclass
class CrawlRun:
    out: Path
    requests: list[str]  # what the mirror was asked, "GET host/path?query"

    def report(self, site: str) -> dict:
        return json.loads((self.out / f"{site}.report.json").read_text(encoding="utf-8"))

    def pages(self, site: str) -> list[dict]:
        return list(read_raw_pages(self.out / f"{site}.jsonl.gz"))


def crawl_sites(
    mirror: MirrorServer, out: Path, state: Path, sites: Iterable[str], *, since: str | None = None,
    jobs: int = 4, extra: list[str] = (),  # type: ignore[assignment]
) -> CrawlRun:
    """Run one ``scrapy crawl`` process per site against the mirror, as the flows do."""
    out.mkdir(parents=True, exist_ok=True)
    before = len(mirror.requests)

    def run(site: str) -> int:
        return run_crawl(site, out, state, since=since, mirror=mirror.url, extra_args=list(extra), timeout=120)

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        codes = list(pool.map(run, list(sites)))
    assert codes == [0] * len(codes), f"crawl exit codes {codes}"
    return CrawlRun(out, list(mirror.requests[before:]))


@pytest.fixture(scope="session")
def mirror() -> Iterable[MirrorServer]:
    with MirrorServer() as server:
        yield server


@pytest.fixture(scope="session")
def first_crawl(mirror: MirrorServer, tmp_path_factory: pytest.TempPathFactory) -> CrawlRun:
    """Every site crawled once from the mirror with no state (a first crawl)."""
    root = tmp_path_factory.mktemp("first")
    return crawl_sites(mirror, root / "raw", root / "seen.json", [s.id for s in load_sites()])


@pytest.fixture(scope="session")
def second_crawl(mirror: MirrorServer, first_crawl: CrawlRun, tmp_path_factory: pytest.TempPathFactory) -> CrawlRun:
    """The sites with columns crawled again with the first run's pages as the seen set."""
    root = tmp_path_factory.mktemp("second")
    sites = [s for s in load_sites() if s.columns]
    seen = [page["url"] for s in sites for page in first_crawl.pages(s.id)]
    write_state(root / "seen.json", seen, {})
    return crawl_sites(mirror, root / "raw", root / "seen.json", [s.id for s in sites])
