"""Honest records and messages: each error names the file at fault and what to do, leaves no
temporary file, and the run's record says what the command said."""
from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import SITES, run_night_here, run_rows, warehouse_content

import warehouse.publish as publish
from gxt.cli import app
from warehouse.aliases import load_aliases
from warehouse.store import Warehouse


def _temporary_files(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.rglob("*") if p.is_file() and (".tmp" in p.name or p.name.endswith(".tmp")))


def test_a_full_disk_at_publish_names_the_file_leaves_no_temporary_file_and_the_run_says_failed(
        prefect_api, corpus, clean_night, tmp_path, monkeypatch):
    data = tmp_path / "data"
    copy = publish._copy_in_child

    def onto_a_full_disk(source: Path, target: Path) -> None:
        target.symlink_to("/dev/full")  # every write there fails with ENOSPC
        copy(source, target)

    monkeypatch.setattr(publish, "_copy_in_child", onto_a_full_disk)
    assert run_night_here(data, corpus) == "Failed"
    (_, status, note), = run_rows(data)
    assert status == "failed"
    assert "PublishFailed: could not copy" in note and "No space left on device" in note
    assert "CalledProcessError" not in note and "gxt db publish" in note
    assert _temporary_files(data) == [] and not (data / "published" / "gxt.duckdb").exists()

    monkeypatch.undo()  # space again: the next night publishes everything
    assert run_night_here(data, corpus) == "Completed"
    assert warehouse_content(data) == clean_night


def test_a_bad_crawl_report_is_named_and_reload_raw_goes_on_past_it(prefect_api, corpus, clean_night, tmp_path):
    data = tmp_path / "data"
    assert run_night_here(data, corpus) == "Completed"
    (report,) = list((data / "raw").glob("*/hubei.report.json"))
    report.write_text('{"site": "hubei", "stats": {', encoding="utf-8")
    os.remove(data / "warehouse.duckdb")  # the warehouse lost: rebuilt from the raw archive

    from flows.reparse import reparse

    state = reparse(data=str(data), reload_raw=True, return_state=True)
    assert state.is_completed(), state.message
    assert warehouse_content(data) == clean_night
    with Warehouse.open(data) as wh:
        (source, line, reason), = wh.con.execute("SELECT source_file, line_no, reason FROM load_problems").fetchall()
    assert source.endswith("hubei.report.json") and line == 0 and "crawl report unreadable" in reason


def test_a_bad_alias_file_is_named_with_the_line_to_fix(tmp_path):
    bad = tmp_path / "aliases.toml"
    bad.write_text('[aliases]\n规上工业增加值 = ["规模以上工业增加值",\n', encoding="utf-8")
    with pytest.raises(ValueError) as error:
        load_aliases(bad)
    assert str(bad) in str(error.value) and "line" in str(error.value)


def test_a_damaged_seen_file_is_named_and_read_as_empty(tmp_path, caplog):
    from crawlers.state import load_state

    seen = tmp_path / "seen.json"
    seen.write_text('{"seen_urls": ["https://a/1", ', encoding="utf-8")
    state = load_state(seen)
    assert state.seen_urls == frozenset() and state.watermarks == {}
    assert str(seen) in caplog.text and "as if nothing had been seen" in caplog.text


@pytest.mark.parametrize("damage", ["not a database", "cut in half"])
def test_db_status_on_a_damaged_published_copy_names_it_without_a_traceback(tmp_path, damage):
    data = tmp_path / "data"
    published = data / "published" / "gxt.duckdb"
    if damage == "not a database":
        published.parent.mkdir(parents=True)
        published.write_bytes(os.urandom(64 * 1024))
    else:
        with Warehouse.open(data) as wh:
            wh.con.execute("CREATE TABLE filler AS SELECT range AS i, repeat('x', 200) AS pad FROM range(50000)")
            wh.publish()
        with published.open("r+b") as handle:
            handle.truncate(published.stat().st_size // 2)
    result = CliRunner().invoke(app, ["db", "status", "--data", str(data)])
    assert result.exit_code == 1, result.output
    assert str(published) in result.output and "gxt db publish" in result.output
    assert isinstance(result.exception, SystemExit)  # a message, not a traceback


def test_a_killed_run_is_not_left_running(tmp_path):
    with Warehouse.open(tmp_path / "data") as wh:
        wh.start_run("dead-run")
        assert wh.close_dead_runs(alive="new-run") == ["dead-run"]
        wh.start_run("new-run")
        assert wh.close_dead_runs(alive="new-run") == []
        rows = wh.con.execute("SELECT run_id, status FROM crawl_runs ORDER BY run_id").fetchall()
    assert rows == [("dead-run", "failed"), ("new-run", "running")]


def test_gxt_db_commands_name_a_bad_alias_file_without_a_traceback(tmp_path, monkeypatch):
    import warehouse.store as store

    bad = tmp_path / "aliases.toml"
    bad.write_text("[aliases\n", encoding="utf-8")
    monkeypatch.setattr(store, "load_aliases", lambda _file: load_aliases(bad))  # the shipped file, broken
    result = CliRunner().invoke(app, ["db", "publish", "--data", str(tmp_path / "data")])
    assert result.exit_code == 1 and str(bad) in result.output
    assert isinstance(result.exception, SystemExit)
