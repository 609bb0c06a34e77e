"""``gxt query`` runs analysts' SQL in a sandbox: one test per attack the fault audit made.

Before: ``EXPLAIN ANALYZE COPY (…) TO '<path>'`` overwrote warehouse.duckdb and the published copy;
``read_text``/``read_csv``/``read_blob``/``glob`` read any file; an ``http://`` path tried to download
an extension; a cross join spilled into ``published/`` until the disk was full; PIVOT was refused.
"""
from __future__ import annotations

import hashlib
import sys
import time
from pathlib import Path

import duckdb
import pytest

from warehouse.readonly import QueryTimedOut, SandboxLimits, WriteRefused, run_query, run_script, sandbox

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "warehouse"))
from warehouse_helpers import FIXTURES, fixture_sites  # noqa: E402

SECRET = "not for analysts"


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    from warehouse.store import Warehouse

    data = tmp_path_factory.mktemp("sandbox") / "data"
    with Warehouse.open(data) as wh:
        wh.sync_sites(fixture_sites())
        wh.load_parsed(FIXTURES / "parsed" / "run-2023.jsonl")
        wh.publish()
    (data.parent / "secret.txt").write_text(SECRET, encoding="utf-8")
    return data


def _published(data: Path) -> Path:
    return data / "published" / "gxt.duckdb"


def _digests(data: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in (data / "warehouse.duckdb", _published(data))}


def test_explain_analyze_copy_is_refused_and_writes_nothing(data):
    before = _digests(data)
    for target in (data / "warehouse.duckdb", _published(data), data.parent / "out.csv"):
        with pytest.raises(WriteRefused, match="EXPLAIN ANALYZE"):
            run_query(_published(data), f"EXPLAIN ANALYZE COPY (SELECT 1) TO '{target}'")
    assert _digests(data) == before and not (data.parent / "out.csv").exists()


def test_explain_is_checked_by_what_it_explains(data):
    with pytest.raises(WriteRefused, match="EXPLAIN of a COPY"):
        run_query(_published(data), f"EXPLAIN COPY (SELECT 1) TO '{data.parent / 'out.csv'}'")
    columns, rows = run_query(_published(data), "EXPLAIN SELECT count(*) FROM notices")
    assert rows[0][0] == "physical_plan"


def test_even_a_statement_past_the_check_cannot_write_a_file(data):
    with sandbox(_published(data)) as con, pytest.raises(duckdb.PermissionException, match="disabled by configuration"):
        con.execute(f"EXPLAIN ANALYZE COPY (SELECT 1) TO '{data.parent / 'out.csv'}'")
    assert not (data.parent / "out.csv").exists()


@pytest.mark.parametrize("reader", ["read_text", "read_csv", "read_blob", "glob"])
def test_files_outside_the_warehouse_cannot_be_read(data, reader):
    with pytest.raises(duckdb.PermissionException, match="disabled by configuration"):
        run_query(_published(data), f"SELECT * FROM {reader}('{data.parent / 'secret.txt'}')")


def test_an_http_path_downloads_nothing(data, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))  # where DuckDB would install an extension
    started = time.monotonic()
    with pytest.raises(duckdb.PermissionException, match="disabled by configuration"):
        run_query(_published(data), "SELECT * FROM read_csv('http://127.0.0.1:9/x.csv')")
    assert time.monotonic() - started < 5 and not list(tmp_path.iterdir())


def test_extensions_cannot_be_installed_or_loaded_and_settings_cannot_be_changed(data):
    for sql in ("INSTALL httpfs", "LOAD httpfs", "SET memory_limit = '100GB'", "SET enable_external_access = true",
                "ATTACH 'x.duckdb'", "PRAGMA enable_profiling", "CALL pragma_version()"):
        with pytest.raises(WriteRefused):
            run_query(_published(data), sql)
    with sandbox(_published(data)) as con:
        with pytest.raises(duckdb.Error, match="locked"):
            con.execute("SET memory_limit = '100GB'")
        settings = dict(con.execute(
            "SELECT name, value FROM duckdb_settings() WHERE name IN ('enable_external_access', 'lock_configuration', "
            "'autoinstall_known_extensions', 'autoload_known_extensions')").fetchall())
    assert settings == {"enable_external_access": "false", "lock_configuration": "true",
                        "autoinstall_known_extensions": "false", "autoload_known_extensions": "false"}


@pytest.mark.timeout(120)
def test_a_spilling_cross_join_is_capped_and_leaves_nothing_behind(data):
    import tempfile

    limits = SandboxLimits(memory_limit="32MB", temp_limit="8MB", timeout_seconds=60)
    before = sorted(p.name for p in _published(data).parent.iterdir())
    spills_before = set(Path(tempfile.gettempdir()).glob("gxt-query-*"))
    with pytest.raises(duckdb.OutOfMemoryException):
        run_query(_published(data),
                  "SELECT a.range AS a, b.range AS b, repeat('x', 64) AS pad FROM range(20000) a, range(200) b "
                  "ORDER BY hash(a.range * b.range)", limits=limits)
    assert sorted(p.name for p in _published(data).parent.iterdir()) == before
    assert set(Path(tempfile.gettempdir()).glob("gxt-query-*")) <= spills_before  # its spill directory is gone


def test_a_query_past_its_time_limit_is_stopped(data):
    started = time.monotonic()
    with pytest.raises(QueryTimedOut, match="time limit of 1 s"):
        run_query(_published(data), "SELECT count(*) FROM range(1000000000) a, range(1000) b WHERE a.range = b.range + 1",
                  limits=SandboxLimits(timeout_seconds=1))
    assert time.monotonic() - started < 15


@pytest.mark.parametrize("sql", [
    "PIVOT notices ON is_meeting USING count(*)",
    "PIVOT notices ON is_meeting IN (true, false) USING count(*)",
    "UNPIVOT (SELECT 1 AS a, 2 AS b) ON a, b INTO NAME k VALUE v",
    "SUMMARIZE notices",
    "DESCRIBE notices",
    "SHOW notices",
    "SHOW TABLES",
    "PRAGMA show_tables",
    "PRAGMA table_info('notices')",
    "EXPLAIN SELECT * FROM indicator_series",
    "FROM notices LIMIT 1",
    "WITH n AS (SELECT 1 AS x) SELECT * FROM n",
    "VALUES (1), (2)",
])
def test_every_read_only_statement_runs(data, sql):
    columns, rows = run_query(_published(data), sql)
    assert columns and rows


def test_variables_are_set_in_the_locked_session(data):
    (columns, rows), = run_script(_published(data), "SELECT getvariable('year') AS y", {"year": 2024})
    assert rows == [(2024,)]
