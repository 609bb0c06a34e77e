"""Fixtures for the warehouse tests: an empty warehouse, and one loaded from tests/fixtures/warehouse."""
from __future__ import annotations

from pathlib import Path

import pytest

from warehouse.store import Warehouse
from warehouse_helpers import FIXTURES, fixture_sites


@pytest.fixture
def wh(tmp_path: Path):
    with Warehouse.open(tmp_path / "data") as warehouse:
        yield warehouse


def load_fixture_runs(warehouse: Warehouse) -> None:
    """The fixture sites and both fixture runs loaded, then the read copy published."""
    warehouse.sync_sites(fixture_sites())
    for run in ("run-2023", "run-2024"):
        warehouse.start_run(run, parser_version=3)
        warehouse.load_parsed(FIXTURES / "parsed" / f"{run}.jsonl")
        warehouse.finish_run(run, status="completed")
    warehouse.publish()


@pytest.fixture
def loaded(tmp_path: Path):
    """A warehouse with the fixture sites and both fixture runs loaded, and its published copy."""
    with Warehouse.open(tmp_path / "data") as warehouse:
        load_fixture_runs(warehouse)
        yield warehouse


@pytest.fixture(scope="session")
def fixture_warehouse(tmp_path_factory):
    """The same as ``loaded``, built once for the tests that only read it (closed: open the published copy)."""
    data = tmp_path_factory.mktemp("fixture-warehouse") / "data"
    with Warehouse.open(data) as warehouse:
        load_fixture_runs(warehouse)
        return warehouse.paths
