"""Bad input and faults: a load that fails half-way, a killed loader, hostile text, huge bodies."""
import gzip
import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import warehouse.notices_load as notices_load
from test_notices_load import URL, parsed_line, snapshot, table_rows, write_lines
from warehouse.store import Warehouse
from warehouse_helpers import raw_page, write_raw_run

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = "他说：\"引号\" '单引号' '; DROP TABLE notices; -- 与\x00空字节 和 4字节字符 😀𠀀𪚥"


def test_a_load_that_raises_half_way_leaves_no_partial_notice_and_the_next_load_completes(wh, tmp_path, monkeypatch):
    wh.load_parsed(write_lines(tmp_path / "a.jsonl", [parsed_line(URL, parser_version=3)]))
    before = snapshot(wh)
    newer = write_lines(tmp_path / "b.jsonl", [parsed_line(URL, parser_version=4, title="新标题")])
    # The tasks insert comes after the old rows were deleted and the new notice and indicators inserted.
    monkeypatch.setattr(notices_load, "_INSERT_TASKS", "SELECT error('disk on fire')")
    with pytest.raises(Exception, match="disk on fire"):
        wh.load_parsed(newer)
    assert snapshot(wh) == before
    monkeypatch.undo()
    result = wh.load_parsed(newer)
    assert result.notices_loaded == 1
    assert table_rows(wh, "SELECT title, parser_version, task_count FROM notices") == [("新标题", 4, 1)]
    assert table_rows(wh, "SELECT count(*) FROM tasks") == [(1,)]


_KILLED_LOADER = """
import sys, time
import warehouse.notices_load as nl
from pathlib import Path
from warehouse.store import Warehouse

original = nl._count
def pausing(con, sql, params=None):
    result = original(con, sql, params)
    if sql is nl._INSERT_INDICATORS:  # inside the transaction: old rows gone, new ones half in
        print("IN_TRANSACTION", flush=True)
        time.sleep(120)
    return result
nl._count = pausing
with Warehouse.open(sys.argv[1]) as wh:
    wh.load_parsed(Path(sys.argv[2]))
print("FINISHED", flush=True)
"""


def _wait_for_line(process: subprocess.Popen, expected: str, timeout: float) -> bool:
    seen = threading.Event()

    def reader():
        for line in process.stdout:
            if line.strip() == expected:
                seen.set()
                return

    threading.Thread(target=reader, daemon=True).start()
    return seen.wait(timeout)


@pytest.mark.timeout(120)
def test_kill_9_of_a_loading_process_leaves_no_partial_notice_and_the_next_load_completes(tmp_path):
    data = tmp_path / "data"
    with Warehouse.open(data) as wh:
        wh.load_parsed(write_lines(tmp_path / "a.jsonl", [parsed_line(URL, parser_version=3)]))
        before = snapshot(wh)
    others = [parsed_line(f"https://gxt.fujian.gov.cn/n/{i}.htm", parser_version=4) for i in range(50)]
    newer = write_lines(tmp_path / "b.jsonl", [parsed_line(URL, parser_version=4, title="新标题"), *others])
    process = subprocess.Popen(
        [sys.executable, "-c", _KILLED_LOADER, str(data), str(newer)],
        cwd=ROOT, stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert _wait_for_line(process, "IN_TRANSACTION", timeout=60), "the loader never reached its transaction"
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == -signal.SIGKILL
    with Warehouse.open(data) as wh:
        assert snapshot(wh) == before
        result = wh.load_parsed(newer)
        assert (result.notices_loaded, result.notices_new) == (51, 50)
        assert table_rows(wh, "SELECT count(*), sum(indicator_count), sum(task_count) FROM notices") == [(51, 51, 51)]
        assert table_rows(wh, "SELECT count(*) FROM indicators") == [(51,)]


def test_hostile_text_is_stored_verbatim_never_executed(wh, tmp_path):
    indicators = [{"name": "工业投资" + HOSTILE, "measure": "growth", "value": 1.0, "unit": "%", "period": "2023",
                   "target": False, "qualifier": HOSTILE, "evidence": HOSTILE}]
    tasks = [{"kind": "task", "year": 2024, "ordinal": 1, "declared_count": None, "headline": HOSTILE, "body": HOSTILE}]
    line = parsed_line(URL + "?q=';--", indicators=indicators, tasks=tasks, body=HOSTILE, title=HOSTILE)
    result = wh.load_parsed(write_lines(tmp_path / "a.jsonl", [line]))
    assert result.notices_loaded == 1
    assert table_rows(wh, "SELECT url, title, body_text FROM notices") == [(URL + "?q=';--", HOSTILE, HOSTILE)]
    assert table_rows(wh, "SELECT name, qualifier, evidence FROM indicators") == [("工业投资" + HOSTILE, HOSTILE, HOSTILE)]
    assert table_rows(wh, "SELECT headline, body FROM tasks") == [(HOSTILE, HOSTILE)]
    assert table_rows(wh, "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'notices'") == [(1,)]


def test_a_10_mb_body_is_refused_with_a_recorded_reason(wh, tmp_path):
    huge = "会" * (10 * 1024 * 1024)
    lines = [parsed_line(URL, body=huge), parsed_line(URL + "2")]
    result = wh.load_parsed(write_lines(tmp_path / "a.jsonl", lines))
    assert (result.notices_loaded, result.refused) == (1, 1)
    assert table_rows(wh, "SELECT url, stage, error FROM parse_failures") == [
        (URL, "load", f"refused: article body is {len(huge)} characters, over the limit of {notices_load.MAX_BODY_CHARS}")]


def test_a_raw_page_with_hostile_text_and_10_mb_is_stored_verbatim(wh):
    html = "<html>" + HOSTILE + "页" * (10 * 1024 * 1024) + "</html>"
    write_raw_run(wh.paths.root, "r1", {"fujian": [raw_page(URL, html)]})
    result = wh.load_raw_run("r1")
    assert result.pages_new == 1
    assert wh.con.execute("SELECT html FROM raw_pages").fetchone()[0] == html


def test_a_raw_file_cut_short_keeps_its_complete_lines_and_records_the_cut(wh):
    run_dir = write_raw_run(wh.paths.root, "r1", {"fujian": [raw_page(f"{URL}{i}", f"<p>{i}</p>" * 2000) for i in range(40)]})
    path = run_dir / "fujian.jsonl.gz"
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])  # a crawl killed mid-write
    result = wh.load_raw_run("r1")
    assert 0 < result.pages_new < 40
    assert result.bad_lines == 1
    assert table_rows(wh, "SELECT source_file, reason LIKE 'file unreadable after line%' FROM load_problems") == [
        ("raw/r1/fujian.jsonl.gz", True)]
    lines = gzip.decompress(data).decode().splitlines()
    stored = {r[0] for r in table_rows(wh, "SELECT url FROM raw_pages")}
    assert stored == {json.loads(x)["url"] for x in lines[: len(stored)]}
