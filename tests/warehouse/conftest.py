"""Fixtures for the warehouse tests: an empty warehouse, and one loaded from tests/fixtures/warehouse."""
from __future__ import annotations

from pathlib import Path

import pytest

from warehouse.store import Warehouse
from warehouse_helpers import load_fixture_runs


@pytest.fixture
def wh(tmp_path: Path):
    with Warehouse.open(tmp_path / "data") as warehouse:
        yield warehouse


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
