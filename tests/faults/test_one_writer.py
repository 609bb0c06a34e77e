"""One writer per warehouse, held for the run: a second run waits for the first, a reader holding
the writer's file is waited for (and, when it holds on too long, named), a run killed holding the
Prefect slot does not keep the next one waiting."""
from __future__ import annotations

import subprocess
import sys
import time

import pytest

from conftest import ROOT, run_night, run_night_here, run_rows, start_night, warehouse_content

HOLD_THE_FILE = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
print("HOLDING", flush=True)
time.sleep(float(sys.argv[2]))
"""


def _hold_writer_file(data, seconds: float) -> subprocess.Popen:
    """Someone opens warehouse.duckdb with DuckDB (read-only even: DuckDB then refuses every writer)."""
    reader = subprocess.Popen([sys.executable, "-c", HOLD_THE_FILE, str(data / "warehouse.duckdb"), str(seconds)],
                              stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert reader.stdout.readline().strip() == "HOLDING"
    return reader


@pytest.mark.timeout(300)
def test_a_second_run_started_during_the_first_waits_for_it_and_nothing_is_lost(prefect_api, corpus, clean_night, tmp_path):
    data = tmp_path / "data"
    first = start_night(prefect_api, data, corpus, pause_at="load-notices", pause_seconds=8)
    assert first.wait_for("PAUSED load-notices"), first.output[-3000:]
    second = start_night(prefect_api, data, corpus)
    assert first.finish() == 0, first.output[-3000:]
    assert second.finish() == 0, second.output[-3000:]
    assert "waits (up to" in second.output and "for the warehouse writer lock" in second.output
    assert warehouse_content(data) == clean_night
    assert [status for _, status, _ in run_rows(data)] == ["completed", "completed"]


@pytest.mark.timeout(300)
def test_a_reader_holding_the_writer_file_during_a_parse_is_waited_for(prefect_api, corpus, clean_night, tmp_path):
    data = tmp_path / "data"
    night = start_night(prefect_api, data, corpus, pause_at="parse", pause_seconds=2)
    assert night.wait_for("PAUSED parse"), night.output[-3000:]
    reader = _hold_writer_file(data, 8)
    try:
        assert night.finish() == 0, night.output[-3000:]
    finally:
        reader.kill()
        reader.wait()
    assert f"(PID {reader.pid}); trying again" in night.output
    assert warehouse_content(data) == clean_night


@pytest.mark.timeout(300)
def test_a_reader_that_holds_on_too_long_is_named_and_the_next_night_loses_nothing(prefect_api, corpus, clean_night, tmp_path):
    data = tmp_path / "data"
    night = start_night(prefect_api, data, corpus, pause_at="parse", pause_seconds=1,
                        env={"GXT_WRITER_BUSY_SECONDS": "2"})
    assert night.wait_for("PAUSED parse"), night.output[-3000:]
    reader = _hold_writer_file(data, 30)
    try:
        assert night.finish() != 0
    finally:
        reader.kill()
        reader.wait()
    assert f"(PID {reader.pid})" in night.output and "gave up after trying for 2 s" in night.output
    assert "readers open published/gxt.duckdb" in night.output

    assert run_night_here(data, corpus) == "Completed"
    assert warehouse_content(data) == clean_night
    # The failed run could not write its end (the file was held); the next run closed its record.
    (_, status, note), (_, last, _) = run_rows(data)
    assert (status, last) == ("failed", "completed") and "closed by run" in note


@pytest.mark.timeout(300)
def test_a_run_killed_holding_the_prefect_slot_does_not_keep_the_next_run_waiting(prefect_api, corpus, clean_night, tmp_path):
    from prefect import get_client

    from flows.deployments import ensure_writer_limit
    from flows.pipeline.writer import WRITER_LIMIT

    ensure_writer_limit()
    try:
        data = tmp_path / "data"
        killed = start_night(prefect_api, data, corpus, pause_at="parse")
        assert killed.wait_for("PAUSED parse"), killed.output[-3000:]
        with get_client(sync_client=True) as client:
            assert client.read_global_concurrency_limit_by_name(WRITER_LIMIT).active_slots == 1
        killed.kill()

        started = time.monotonic()
        night = run_night(prefect_api, data, corpus)
        seconds = time.monotonic() - started
        assert night.process.returncode == 0, night.output[-3000:]
        assert seconds < 60, f"the next run took {seconds:.0f} s"
        assert "released the Prefect slot gxt-warehouse left behind by run" in night.output
        assert warehouse_content(data) == clean_night
        with get_client(sync_client=True) as client:
            assert client.read_global_concurrency_limit_by_name(WRITER_LIMIT).active_slots == 0
    finally:
        with get_client(sync_client=True) as client:
            client.delete_global_concurrency_limit_by_name(WRITER_LIMIT)
