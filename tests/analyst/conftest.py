"""A published warehouse for the analyst tests, built from the warehouse fixtures (parsed notices of
2023 and 2024, the fixture site table) and one crawl night with a healthy and a failing site."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "warehouse"))

from warehouse_helpers import FIXTURES, crawl_report, fixture_sites, write_raw_run  # noqa: E402

from warehouse.store import Warehouse  # noqa: E402

TIMEOUT = {"kind": "timeout", "url": "https://iitb.hainan.gov.cn/iitb/zxgzdt/index.html", "reason": "no answer in 30 s",
           "column": "zxgzdt", "http_status": None}


def build(data: Path) -> Path:
    with Warehouse.open(data) as warehouse:
        warehouse.sync_sites(fixture_sites())
        write_raw_run(data, "night-1", {}, {
            "fujian": crawl_report("fujian", items=4, raw_pages=0),
            "hainan": crawl_report("hainan", items=0, raw_pages=0, failures=[TIMEOUT]),
        })
        warehouse.load_raw_run("night-1")
        for run in ("run-2023", "run-2024"):
            warehouse.start_run(run, parser_version=3)
            warehouse.load_parsed(FIXTURES / "parsed" / f"{run}.jsonl")
            warehouse.finish_run(run, status="completed")
        warehouse.publish()
        return warehouse.paths.root


@pytest.fixture(scope="session")
def analyst_data(tmp_path_factory) -> Path:
    """The data directory (its published copy is what the chart and the app read)."""
    return build(tmp_path_factory.mktemp("analyst") / "data")


@pytest.fixture(scope="session")
def published(analyst_data: Path) -> Path:
    return analyst_data / "published" / "gxt.duckdb"
