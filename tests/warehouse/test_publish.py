"""The published read copy: atomic replacement, readable by DuckDB 1.4+, and no blocking either way."""
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pytest

from test_notices_load import parsed_line, write_lines
from warehouse.publish import PUBLISHED_STORAGE_NUMBER, publish, storage_number
from warehouse.store import Warehouse

# A reader that opens the published copy, answers, then holds it open until told to stop.
_READER = """
import sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
print(con.execute("SELECT count(*) FROM notices").fetchone()[0], flush=True)
sys.stdin.readline()
print(con.execute("SELECT count(*) FROM notices").fetchone()[0], flush=True)
"""


def _start_reader(path: Path) -> tuple[subprocess.Popen, str]:
    process = subprocess.Popen([sys.executable, "-c", _READER, str(path)], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    first = process.stdout.readline().strip()
    assert first, process.stderr.read()
    return process, first


def _finish_reader(process: subprocess.Popen) -> str:
    out, err = process.communicate("go\n", timeout=60)
    assert process.returncode == 0, err
    return out.strip()


def test_the_published_copy_is_in_a_storage_format_duckdb_1_4_and_1_5_can_read(loaded):
    assert storage_number(loaded.paths.published) == PUBLISHED_STORAGE_NUMBER == 67
    con = duckdb.connect(str(loaded.paths.published), read_only=True)
    tags = con.execute("SELECT tags FROM duckdb_databases() WHERE NOT internal AND database_name = 'gxt'").fetchone()[0]
    con.close()
    assert tags["storage_version"].startswith("v1.4.0")


def test_the_published_copy_has_the_writers_data(loaded):
    con = duckdb.connect(str(loaded.paths.published), read_only=True)
    assert con.execute("SELECT count(*) FROM notices").fetchone()[0] == 8
    assert con.execute("SELECT count(*) FROM indicator_series").fetchone()[0] > 0
    con.close()


@pytest.mark.timeout(120)
def test_an_analyst_holding_the_published_copy_open_does_not_block_a_load(loaded, tmp_path):
    reader, before = _start_reader(loaded.paths.published)
    try:
        started = time.monotonic()
        loaded.load_parsed(write_lines(tmp_path / "more.jsonl", [parsed_line("https://gxt.fujian.gov.cn/new.htm")]))
        loaded.publish()
        assert time.monotonic() - started < 30
    finally:
        after = _finish_reader(reader)
    assert (before, after) == ("8", "8")  # the analyst keeps the copy they opened
    con = duckdb.connect(str(loaded.paths.published), read_only=True)
    assert con.execute("SELECT count(*) FROM notices").fetchone()[0] == 9  # the next reader sees the new one
    con.close()


@pytest.mark.timeout(120)
def test_a_load_in_progress_does_not_block_a_reader_of_the_published_copy(loaded):
    # `loaded` holds the writer's file open, as a load does.
    result = subprocess.run(
        [sys.executable, "-c", "import sys, duckdb; c = duckdb.connect(sys.argv[1], read_only=True); "
         "print(c.execute('SELECT count(*) FROM notices').fetchone()[0])", str(loaded.paths.published)],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "8"


def test_readers_never_see_a_half_written_copy(loaded):
    published = loaded.paths.published
    seen: list[int] = []
    stop = threading.Event()

    def keep_reading():
        while not stop.is_set():
            seen.append(storage_number(published))

    thread = threading.Thread(target=keep_reading)
    thread.start()
    try:
        for _ in range(5):
            loaded.publish()
    finally:
        stop.set()
        thread.join()
    assert seen and set(seen) == {PUBLISHED_STORAGE_NUMBER}
    assert not list(published.parent.glob(".*.tmp"))


def test_a_copy_left_by_a_killed_publish_is_cleaned_up(loaded):
    leftover = loaded.paths.published.with_name(".gxt.duckdb.99999.tmp")
    leftover.write_bytes(b"half a copy")
    loaded.publish()
    assert not leftover.exists()


def test_a_second_writer_is_told_the_warehouse_is_busy(loaded):
    result = subprocess.run(
        [sys.executable, "-c", "import sys; from warehouse.store import Warehouse; Warehouse.open(sys.argv[1])",
         str(loaded.paths.root)], capture_output=True, text=True, timeout=60,
    )
    assert result.returncode != 0
    assert "WarehouseBusy" in result.stderr and "only one writer" in result.stderr
