"""Crawl benchmark: requests made and wall time for a first crawl and a no-op crawl of the mirror.

    .venv/bin/python bench/bench_crawl.py [--jobs N]

Every site runs as its own ``scrapy crawl`` process (as in production) against the loopback
mirror, ``--jobs`` at a time. The no-op crawl hands the first crawl's pages in as the seen set,
so it should read one list page per column and no detail page.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from crawlers.mirror import MirrorServer  # noqa: E402
from crawlers.raw import read_raw_pages  # noqa: E402
from crawlers.runner import run_crawl  # noqa: E402
from crawlers.sites import load_sites  # noqa: E402
from crawlers.state import write_state  # noqa: E402


def crawl_all(mirror: MirrorServer, out: Path, state: Path, sites: list[str], jobs: int) -> dict[str, float]:
    out.mkdir(parents=True)
    asked = len(mirror.requests)

    def run(site: str) -> None:
        if run_crawl(site, out, state, mirror=mirror.url):
            raise RuntimeError(f"the crawl of {site} failed: see {out / (site + '.log')}")

    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        list(pool.map(run, sites))
    wall = time.perf_counter() - start
    reports = [json.loads((out / f"{s}.report.json").read_text()) for s in sites]
    return {
        "wall_s": wall,
        "requests": sum(r["stats"]["requests"] for r in reports),
        "mirror_requests": len(mirror.requests) - asked,
        "list_pages": sum(r["stats"]["list_pages"] for r in reports),
        "detail_pages": sum(r["stats"]["detail_pages"] for r in reports),
        "raw_pages": sum(r["stats"]["raw_pages"] for r in reports),
        "failures": sum(len(r["failures"]) for r in reports),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2, help="crawl processes at a time")
    args = parser.parse_args()
    sites = [s.id for s in load_sites()]
    with MirrorServer() as mirror, tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        first = crawl_all(mirror, root / "first", root / "none.json", sites, args.jobs)
        seen = [p["url"] for s in sites for p in read_raw_pages(root / "first" / f"{s}.jsonl.gz")]
        write_state(root / "seen.json", seen, {})
        noop = crawl_all(mirror, root / "noop", root / "seen.json", sites, args.jobs)
    print(f"{len(sites)} sites, one scrapy process each, {args.jobs} at a time, {os.cpu_count()} CPUs")
    print(f"{'':14}{'wall s':>8}{'requests':>10}{'list pp':>9}{'detail pp':>11}{'raw pages':>11}{'failures':>10}")
    for name, row in (("first crawl", first), ("no-op crawl", noop)):
        print(f"{name:14}{row['wall_s']:8.1f}{row['requests']:10d}{row['list_pages']:9d}{row['detail_pages']:11d}"
              f"{row['raw_pages']:11d}{row['failures']:10d}")
    print(f"per site: first {first['wall_s'] / len(sites) * args.jobs:.2f} s, no-op {noop['wall_s'] / len(sites) * args.jobs:.2f} s "
          "(wall x jobs / sites: mostly interpreter and Scrapy start-up)")


if __name__ == "__main__":
    main()
