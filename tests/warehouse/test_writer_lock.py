"""One writer per data directory: the OS file lock, and busy opens tried again with back-off."""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from warehouse.connection import WarehouseBusy
from warehouse.store import Warehouse
from warehouse.writer_lock import WriterLockTimeout, read_holder, writer_lock

ROOT = Path(__file__).resolve().parents[2]

HOLD_LOCK = """
import sys, time
from warehouse.writer_lock import writer_lock
with writer_lock(sys.argv[1], what="a test holder", run_id="run-A"):
    print("HELD", flush=True)
    time.sleep(float(sys.argv[2]))
"""
HOLD_FILE = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
print("HELD", flush=True)
time.sleep(float(sys.argv[2]))
"""


def _hold(script: str, target: Path, seconds: float) -> subprocess.Popen:
    process = subprocess.Popen([sys.executable, "-c", script, str(target), str(seconds)], cwd=ROOT,
                               stdout=subprocess.PIPE, text=True, env={"PYTHONPATH": str(ROOT)})
    assert process.stdout.readline().strip() == "HELD"
    return process


def test_the_lock_is_reentrant_in_its_process_and_names_its_holder(tmp_path):
    with writer_lock(tmp_path, run_id="run-A") as previous:
        assert previous == {}
        with writer_lock(tmp_path):  # a step's Warehouse.open inside the run
            pass
        assert read_holder(tmp_path)["run_id"] == "run-A"
    assert read_holder(tmp_path)["released"] is True


def test_a_second_process_waits_then_is_told_who_holds_the_lock(tmp_path):
    holder = _hold(HOLD_LOCK, tmp_path, 30)
    heard = []
    try:
        with pytest.raises(WriterLockTimeout, match=r"run run-A \(pid \d+"):
            with writer_lock(tmp_path, wait_seconds=1, on_wait=heard.append):
                pass
    finally:
        holder.kill()
        holder.wait()
    assert heard and "held by run run-A" in heard[0]
    with writer_lock(tmp_path, wait_seconds=5):  # dies with its process: free at once
        pass


def test_warehouse_open_waits_for_a_reader_of_the_writer_file_then_opens(tmp_path):
    Warehouse.open(tmp_path / "data").close()
    reader = _hold(HOLD_FILE, tmp_path / "data" / "warehouse.duckdb", 2)
    heard = []
    started = time.monotonic()
    try:
        with Warehouse.open(tmp_path / "data", wait_seconds=30, on_wait=heard.append) as wh:
            assert wh.schema_version >= 2
    finally:
        reader.kill()
        reader.wait()
    assert time.monotonic() - started < 25
    assert heard and f"(PID {reader.pid})" in heard[0]


def test_warehouse_open_gives_up_naming_the_reader_and_what_to_do(tmp_path):
    Warehouse.open(tmp_path / "data").close()
    reader = _hold(HOLD_FILE, tmp_path / "data" / "warehouse.duckdb", 30)
    try:
        with pytest.raises(WarehouseBusy) as busy:
            Warehouse.open(tmp_path / "data", wait_seconds=1)
    finally:
        reader.kill()
        reader.wait()
    message = str(busy.value)
    assert f"(PID {reader.pid})" in message and "gave up after trying for 1 s" in message
    assert "readers open published/gxt.duckdb" in message


def test_a_dead_holders_slot_lease_is_carried_forward_until_a_run_releases_it(tmp_path):
    from warehouse.writer_lock import update_holder

    with writer_lock(tmp_path, run_id="run-A"):
        update_holder(tmp_path, slot_lease="lease-of-A")
    # run A died holding its slot (simulated: its record still names the lease) …
    info = read_holder(tmp_path)
    assert info["slot_lease"] == "lease-of-A"
    with writer_lock(tmp_path, what="gxt db publish"):  # … a writer that is not a run comes and goes …
        pass
    with writer_lock(tmp_path, run_id="run-B") as previous:  # … and the next run still learns of it
        assert previous["slot_lease"] == "lease-of-A"
