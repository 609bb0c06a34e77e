"""Appending a run's raw pages and crawl reports."""
from warehouse.raw_load import content_sha256
from warehouse_helpers import crawl_report, raw_page, write_raw_run

URL = "https://gxt.fujian.gov.cn/zwgk/gzdt/202401/t20240125_1.htm"


def rows(wh, sql):
    return wh.con.execute(sql).fetchall()


def test_pages_are_appended_with_their_content_hash(wh):
    write_raw_run(wh.paths.root, "r1", {"fujian": [raw_page(URL, "<p>一</p>")]})
    result = wh.load_raw_run("r1")
    assert (result.pages_read, result.pages_new) == (1, 1)
    assert rows(wh, "SELECT url, sha256, site_id, column_id, run_id, http_status, list_date::VARCHAR FROM raw_pages") == [
        (URL, content_sha256("<p>一</p>"), "fujian", "gzdt", "r1", 200, "2023-02-01")]


def test_the_same_version_twice_adds_nothing(wh):
    write_raw_run(wh.paths.root, "r1", {"fujian": [raw_page(URL, "<p>一</p>"), raw_page(URL, "<p>一</p>")]})
    write_raw_run(wh.paths.root, "r2", {"fujian": [raw_page(URL, "<p>一</p>")]})
    assert wh.load_raw_run("r1").pages_new == 1
    again = wh.load_raw_run("r2")
    assert (again.pages_new, again.pages_known) == (0, 1)
    assert rows(wh, "SELECT run_id FROM raw_pages") == [("r1",)]


def test_a_changed_page_is_a_new_version_not_an_overwrite(wh):
    write_raw_run(wh.paths.root, "r1", {"fujian": [raw_page(URL, "<p>一</p>", fetched_at="2026-11-20T18:30:00Z")]})
    write_raw_run(wh.paths.root, "r2", {"fujian": [raw_page(URL, "<p>一（更正）</p>", fetched_at="2026-11-21T18:30:00Z")]})
    wh.load_raw_run("r1")
    assert wh.load_raw_run("r2").pages_new == 1
    assert rows(wh, "SELECT run_id FROM raw_pages ORDER BY fetched_at") == [("r1",), ("r2",)]
    assert rows(wh, "SELECT run_id FROM raw_page_latest") == [("r2",)]


def test_crawl_reports_and_their_failures_are_loaded_once_per_run_and_site(wh):
    failure = {"site": "fujian", "column": "gzdt", "url": URL, "kind": "challenge", "status": 412, "reason": "瑞数"}
    write_raw_run(wh.paths.root, "r1", {}, {"fujian": crawl_report("fujian", failures=[failure])})
    wh.load_raw_run("r1")
    wh.load_raw_run("r1")
    assert rows(wh, "SELECT site_id, finished, items_listed, failure_count FROM crawl_reports") == [("fujian", True, 5, 1)]
    assert rows(wh, "SELECT kind, http_status, reason FROM crawl_failures") == [("challenge", 412, "瑞数")]


def test_a_line_that_is_not_a_page_is_recorded_and_the_others_load(wh):
    run_dir = write_raw_run(wh.paths.root, "r1", {"fujian": [raw_page(URL, "<p>一</p>"), {"html": "no url"}]})
    result = wh.load_raw_run("r1")
    assert (result.pages_new, result.bad_lines) == (1, 1)
    assert rows(wh, "SELECT source_file, line_no, reason FROM load_problems") == [("raw/r1/fujian.jsonl.gz", 2, "no url")]
    assert run_dir.exists()
