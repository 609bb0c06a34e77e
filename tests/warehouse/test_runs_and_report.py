"""Runs, the site table, and the numbers the flows put in their report."""
import json

import pytest

from warehouse_helpers import FIXTURES, crawl_report, fixture_sites, raw_page, write_raw_run


def rows(wh, sql, params=None):
    return wh.con.execute(sql, params).fetchall()


def test_syncing_sites_upserts_them_and_marks_the_missing_ones_inactive(wh):
    sites = fixture_sites()
    assert wh.sync_sites(sites) == 5
    sites[0]["department"] = "福建省工业和信息化厅（新）"
    wh.sync_sites(sites[:4])
    assert rows(wh, "SELECT site_id, active FROM sites ORDER BY site_id") == [
        ("fujian", True), ("guangdong", True), ("hainan", False), ("jiangsu", True), ("shaanxi", True)]
    assert rows(wh, "SELECT department FROM sites WHERE site_id = 'fujian'") == [("福建省工业和信息化厅（新）",)]


def test_sites_can_be_objects_with_columns(wh):
    from dataclasses import dataclass, field

    @dataclass
    class Column:
        id: str
        url: str

    @dataclass
    class Site:
        id: str = "fujian"
        province: str = "福建"
        department: str = "福建省工业和信息化厅"
        domain: str = "gxt.fujian.gov.cn"
        base_url: str = "https://gxt.fujian.gov.cn/"
        status: str = "confirmed"
        family: str = "trs"
        columns: list = field(default_factory=lambda: [Column("gzdt", "https://gxt.fujian.gov.cn/gzdt/")])

    wh.sync_sites([Site()])
    assert json.loads(rows(wh, "SELECT columns FROM sites")[0][0]) == [{"id": "gzdt", "url": "https://gxt.fujian.gov.cn/gzdt/"}]


def test_a_run_is_started_and_finished_with_its_site_numbers(wh):
    wh.start_run("r1", parser_version=3)
    assert rows(wh, "SELECT status, finished_at FROM crawl_runs") == [("running", None)]
    wh.finish_run("r1", status="partial", site_stats={"fujian": {"pages": 3}}, note="jiangsu: challenge")
    assert rows(wh, "SELECT status, site_stats, note, finished_at IS NOT NULL FROM crawl_runs") == [
        ("partial", '{"fujian": {"pages": 3}}', "jiangsu: challenge", True)]


def test_finishing_an_unknown_run_is_an_error(wh):
    with pytest.raises(KeyError):
        wh.finish_run("nope", status="completed")


def test_run_numbers_per_site(wh):
    wh.sync_sites(fixture_sites())
    wh.start_run("run-2023")
    failure = {"site": "jiangsu", "column": "gzdt", "url": "https://gxt.jiangsu.gov.cn/x", "kind": "challenge",
               "status": 412, "reason": "瑞数"}
    write_raw_run(wh.paths.root, "run-2023",
                  {"fujian": [raw_page("https://gxt.fujian.gov.cn/a.htm", "a"), raw_page("https://gxt.fujian.gov.cn/b.htm", "b")]},
                  {"fujian": crawl_report("fujian", raw_pages=2), "jiangsu": crawl_report("jiangsu", items=0, raw_pages=0, failures=[failure])})
    wh.load_raw_run("run-2023")
    wh.load_parsed(FIXTURES / "parsed" / "run-2023.jsonl")
    numbers = {n.site_id: n for n in wh.run_numbers("run-2023")}
    fujian = numbers["fujian"]
    assert (fujian.pages_fetched, fujian.pages_new, fujian.notices_new, fujian.meeting_notices) == (2, 2, 2, 2)
    assert (fujian.indicators, fujian.tasks, fujian.failures) == (6, 3, {"parse:clean": 1})
    assert numbers["jiangsu"].failures == {"challenge": 1}
    assert numbers["jiangsu"].notices_new == 1


def test_a_site_unhealthy_several_nights_running_is_flagged(wh):
    timeout = {"site": "hainan", "column": "gzdt", "url": "u", "kind": "timeout", "status": None, "reason": "slow"}
    for night in (1, 2, 3):
        run = f"night-{night}"
        write_raw_run(wh.paths.root, run, {}, {
            "fujian": crawl_report("fujian", items=3 if night != 2 else 0, started_at=f"2026-11-0{night}T18:30:00Z"),
            "hainan": crawl_report("hainan", failures=[timeout], started_at=f"2026-11-0{night}T18:30:00Z"),
            "jiangsu": crawl_report("jiangsu", finished=night == 3, started_at=f"2026-11-0{night}T18:30:00Z"),
        })
        wh.load_raw_run(run)
    sick = wh.unhealthy_sites(nights=3)
    assert [(s.site_id, s.nights, s.kinds, s.last_run_id) for s in sick] == [("hainan", 3, ["timeout"], "night-3")]
    assert [s.site_id for s in wh.unhealthy_sites(nights=2)] == ["hainan"]
    assert [s.site_id for s in wh.unhealthy_sites(nights=1)] == ["hainan"]


def test_the_real_site_table_syncs(wh):
    count = wh.sync_sites()  # crawlers.sites.load_sites()
    assert count == 31
    assert rows(wh, "SELECT province, active FROM sites WHERE site_id = 'fujian'") == [("福建", True)]
    columns = json.loads(rows(wh, "SELECT columns FROM sites WHERE site_id = 'fujian'")[0][0])
    assert columns and all(column["id"] for column in columns)
