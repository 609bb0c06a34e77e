"""The crawl state file for the spiders, and the pages handed to the parse step."""
import json

from test_notices_load import parsed_line, write_lines
from warehouse_helpers import fixture_sites, raw_page, write_raw_run

A = "https://gxt.fujian.gov.cn/a.htm"
B = "https://gxt.fujian.gov.cn/b.htm"
C = "https://gxt.fujian.gov.cn/c.htm"


def test_seen_state_lists_fetched_urls_and_the_newest_list_date_per_column(wh):
    write_raw_run(wh.paths.root, "r1", {"fujian": [
        raw_page(A, "a", list_date="2024-01-02"), raw_page(B, "b", list_date="2024-03-05", column="tzgg"),
        raw_page(C, "error page", list_date="2024-04-01", status=500)]})
    wh.load_raw_run("r1")
    state = json.loads(wh.write_seen_state().read_text(encoding="utf-8"))
    assert state == {"seen_urls": [A, B], "watermarks": {"fujian:gzdt": "2024-04-01", "fujian:tzgg": "2024-03-05"}}
    assert wh.write_seen_state() == wh.paths.state / "seen.json"


def _load_two_runs(wh):
    wh.sync_sites(fixture_sites())
    write_raw_run(wh.paths.root, "r1", {"fujian": [raw_page(A, "a1", fetched_at="2026-11-20T18:00:00Z"),
                                                   raw_page(B, "b1", fetched_at="2026-11-20T18:00:00Z")]})
    write_raw_run(wh.paths.root, "r2", {"fujian": [raw_page(A, "a2", fetched_at="2026-11-21T18:00:00Z"),
                                                   raw_page(C, "c1", fetched_at="2026-11-21T18:00:00Z", list_date="2024-05-01")]})
    wh.load_raw_run("r1")
    wh.load_raw_run("r2")


def test_pending_pages_of_a_run_are_the_versions_it_fetched(wh, tmp_path):
    _load_two_runs(wh)
    out = tmp_path / "pending.jsonl"
    assert wh.write_pending(out, run_id="r2") == 2
    pages = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(p["url"], p["html"], p["province"], p["site"], p["column"]) for p in pages] == [
        (A, "a2", "福建", "fujian", "gzdt"), (C, "c1", "福建", "fujian", "gzdt")]
    assert set(pages[0]) >= {"url", "raw_sha256", "site", "column", "province", "list_title", "list_date", "fetched_at", "html"}


def test_by_default_pending_pages_are_the_newest_versions_not_yet_parsed(wh, tmp_path):
    _load_two_runs(wh)
    newest_a = next(p for p in wh.iter_pending() if p["url"] == A)
    wh.load_parsed(write_lines(tmp_path / "p.jsonl", [parsed_line(A, raw_sha256=newest_a["raw_sha256"])]))
    assert [p["url"] for p in wh.iter_pending()] == [B, C]


def test_pending_pages_for_a_reparse_after_a_parser_upgrade(wh, tmp_path):
    _load_two_runs(wh)
    lines = [parsed_line(p["url"], raw_sha256=p["raw_sha256"], parser_version=3) for p in wh.iter_pending()]
    wh.load_parsed(write_lines(tmp_path / "p.jsonl", lines))
    assert list(wh.iter_pending()) == []
    assert [p["url"] for p in wh.iter_pending(parser_older_than=4)] == [A, B, C]
    assert [p["url"] for p in wh.iter_pending(parser_older_than=3)] == []
    assert [p["url"] for p in wh.iter_pending(everything=True)] == [A, B, C]
    assert [p["url"] for p in wh.iter_pending(since="2024-05-01")] == [C]


def test_the_backlog_is_every_version_not_parsed_by_this_parser_whichever_run_fetched_it(wh, tmp_path):
    _load_two_runs(wh)
    assert wh.pending_by_run(3) == {"r1": 1, "r2": 2}  # B from r1; A's newest version and C from r2
    newest_a = next(p for p in wh.iter_pending() if p["url"] == A)
    wh.load_parsed(write_lines(tmp_path / "p.jsonl", [parsed_line(A, raw_sha256=newest_a["raw_sha256"], parser_version=3)]),
                   run_id="r3")
    assert [p["url"] for p in wh.iter_pending(backlog=3)] == [B, C]
    assert [p["url"] for p in wh.iter_pending(backlog=4)] == [A, B, C]  # a newer parser reads A again
    assert wh.carried_over("r3") == {"r2": 1}
