"""Whole crawls of the mirror, one ``scrapy crawl`` process per site, as the flows run them."""
from __future__ import annotations

import os
import signal
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from crawlers.mirror.articles import history
from crawlers.runner import crawl_command, crawl_cwd, crawl_env
from crawlers.sites import load_sites
from crawlers.state import write_state
from tests.crawlers.conftest import crawl_sites

# site -> (raw pages, meeting titles among them): every row crawls a news column, configured or discovered;
# + len(history(site)): the older notices of articles.history
EXPECTED_PAGES = {
    "beijing": (5 + len(history("beijing")), {"市经济和信息化局召开2026年上半年工业经济运行调度会"}),
    "tianjin": (2 + len(history("tianjin")), {"市工业和信息化局召开全市制造业数字化转型工作推进会"}),
    "hebei": (3 + len(history("hebei")), {"全省工业和信息化系统半年工作调度会召开"}),
    "shanxi": (3 + len(history("shanxi")), {"2026年全省工业和信息化工作会议召开"}),
    "neimenggu": (3, {"全区新型工业化推进大会在呼和浩特召开"}),
    "liaoning": (2 + len(history("liaoning")), {"省工业和信息化厅召开2026年一季度全省工业经济运行调度会议"}),
    "jilin": (3, {"省工业和信息化厅召开全省工业经济运行调度会议"}),
    "heilongjiang": (2, {"全省工业和信息化系统重点工作推进会议召开"}),
    "shanghai": (3 + len(history("shanghai")), {"市经济信息化委召开2026年重点产业链供应链工作会议"}),
    "jiangsu": (29, {"省工业和信息化厅召开上半年全省工业经济运行分析会", "全省工业和信息化工作会议在南京召开"}),
    "zhejiang": (6, {"全省经信工作例会召开", "关于召开全省经信工作例会的通知"}),
    "anhui": (2, {"全省制造业数字化转型推进会在合肥召开"}),
    "fujian": (5 + len(history("fujian")), {"全省工业经济运行调度会在福州召开"}),
    "jiangxi": (6, {"全省工业和信息化工作会议在南昌召开", "全省工业和信息化系统半年工作调度会在南昌召开"}),
    "shandong": (4, {"全省工业和信息化工作会议在济南召开2026-01-15"}),
    "henan": (3, {"全省工业和信息化工作推进会在郑州召开"}),
    "hubei": (3 + len(history("hubei")), {"全省经济和信息化工作会议在武汉召开"}),
    "hunan": (3 + len(history("hunan")), {"全省制造业高质量发展推进会在长沙召开"}),
    "guangdong": (3, {"全省制造业当家工作推进会在广州召开"}),
    "guangxi": (3 + len(history("guangxi")), {"2026年广西制造业智改数转网联工作会议在南宁召开"}),
    "hainan": (3, {"全省工业和信息化工作会议召开"}),
    "chongqing": (2 + len(history("chongqing")), {"市经济信息委召开2026年未来产业培育工作推进会"}),
    "sichuan": (3, {"全省经济和信息化工作推进会在成都召开"}),
    "guizhou": (3, {"全省工业和信息化系统上半年工作调度会召开"}),
    "yunnan": (2, {"全省工业经济运行调度会议在昆明召开"}),
    "xizang": (2, {"自治区经济和信息化厅召开全区工业经济运行分析会"}),
    "shaanxi": (3, {"全省工业稳增长工作推进会在西安召开"}),
    "gansu": (1, set()),  # the two meeting articles answer challenges
    "qinghai": (2, {"全省工业和信息化系统重点工作推进会召开"}),
    "ningxia": (3 + len(history("ningxia")), {"自治区召开工业经济运行调度会"}),
    "xinjiang": (2, {"自治区工业和信息化厅召开全区工业经济运行调度会"}),
}
# site -> the failure kinds its report must carry (and no others); each sits on one article, so
# that the row still crawls its news column
EXPECTED_FAILURES = {
    "tianjin": {("gxdt", "structure_changed", 200)},
    "shanxi": {("stgz", "robots_forbidden", None)},
    "chongqing": {("jxdt", "http_error", 500)},
    "gansu": {("search_5d2f0b7c", "challenge", 412), ("search_5d2f0b7c", "challenge", 200)},  # 200: the $_ss script
    "yunnan": {("gzdt", "challenge", 521)},
    "qinghai": {("gzdt", "challenge", 200)},
    "anhui": {("gzdt", "empty_body", 200)},
    "heilongjiang": {("c106958", "dns", None)},
    "xinjiang": {("gzdt", "tls", None)},
    "xizang": {("xzweb_160", "timeout", None)},
}
SITES = load_sites()


@pytest.mark.parametrize("site", SITES, ids=lambda s: s.id)
def test_first_crawl_finishes_with_a_report(first_crawl, site):
    report = first_crawl.report(site.id)
    assert report["finished"] and report["site"] == site.id


def test_every_row_has_an_expectation():
    assert set(EXPECTED_PAGES) == {s.id for s in SITES}


@pytest.mark.parametrize("site", SITES, ids=lambda s: s.id)
def test_every_row_crawls_a_news_column(first_crawl, site):
    columns = first_crawl.report(site.id)["columns"]
    news = {c.id for c in site.columns if c.kind == "news"}
    crawled = {cid for cid, v in columns.items() if v["items"] and (cid in news or v["source"] == "discovered")}
    assert crawled, columns
    assert all(v["source"] == ("configured" if cid in {c.id for c in site.columns} else "discovered") for cid, v in columns.items())


@pytest.mark.parametrize("site_id", sorted(EXPECTED_PAGES))
def test_first_crawl_yields_the_expected_notices(first_crawl, site_id):
    pages = first_crawl.pages(site_id)
    count, meetings = EXPECTED_PAGES[site_id]
    assert len(pages) == count
    assert meetings <= {p["list_title"] for p in pages if p["meeting_title"]}


@pytest.mark.parametrize("site", SITES, ids=lambda s: s.id)
def test_every_failure_is_reported_as_its_kind(first_crawl, site):
    failures = {(f["column"], f["kind"], f["status"]) for f in first_crawl.report(site.id)["failures"]}
    assert failures == EXPECTED_FAILURES.get(site.id, set())


def test_raw_pages_keep_real_urls_and_the_agreed_fields(first_crawl):
    page = next(p for p in first_crawl.pages("fujian") if p["column"] == "jxyw")
    assert set(page) == {"url", "final_url", "site", "column", "list_url", "list_title", "list_date", "status",
                         "encoding", "html", "fetched_at", "headers", "meeting_title"}
    assert page["url"].startswith("https://gxt.fujian.gov.cn/") and page["final_url"] == page["url"]
    assert page["list_url"] == "https://gxt.fujian.gov.cn/zwgk/xw/jxyw/"


def test_gbk_page_is_decoded_and_says_so(first_crawl):
    page = next(p for p in first_crawl.pages("shanxi") if "t20260109" in p["url"])
    assert page["encoding"] == "gb18030" and "王昇琇" in page["html"]


def test_notice_in_two_columns_is_fetched_once(first_crawl):
    urls = [p["url"] for p in first_crawl.pages("beijing")]
    assert len(urls) == len(set(urls))
    assert first_crawl.report("beijing")["columns"]["zwyw"]["items"] == 2


def test_robots_disallowed_column_is_never_requested(first_crawl):
    assert not [r for r in first_crawl.requests if "gxt.shanxi.gov.cn/gxgz/" in r]


@pytest.mark.parametrize("site, list_url", [
    ("shanghai", "https://www.sheitc.sh.gov.cn/zxxx/index.html"),  # absolute Location
    ("hubei", "https://jxt.hubei.gov.cn/bmdt/jxtyw/index.shtml"),  # relative Location
])
def test_redirects_keep_real_urls_and_relative_links_resolve_after_them(first_crawl, site, list_url):
    pages = [p for p in first_crawl.pages(site) if p["list_url"] == list_url]
    assert pages and all(p["url"].startswith(list_url.rsplit("/", 1)[0]) for p in pages)


def test_undated_rows_are_fetched(first_crawl):
    assert any(p["list_date"] is None for p in first_crawl.pages("guangxi"))


def _chosen(report: dict) -> dict:
    return next(d for d in report["discovered"] if d["chosen"])


def test_discovery_crawls_the_best_named_candidate_that_looks_like_a_list(first_crawl):
    report = first_crawl.report("jilin")
    chosen = _chosen(report)
    assert (chosen["name"], chosen["url"], chosen["column"]) == ("工作动态", "https://gxt.jl.gov.cn/gxdt/gzdt/", "gzdt")
    assert "3 rows, 3 link to TRS WCM, 3 dated" in chosen["why"]
    assert report["columns"] == {"gzdt": {"list_pages": 1, "items": 3, "new": 3, "source": "discovered"}}
    assert all(set(d) >= {"name", "url", "score", "why", "chosen"} for d in report["discovered"])
    # the weaker candidate is listed, never fetched
    assert not [r for r in first_crawl.requests if "gxt.jl.gov.cn/gxdt/gxyw" in r]


def test_discovery_rejects_a_section_page_named_like_news(first_crawl):
    report = first_crawl.report("guizhou")
    section = next(d for d in report["discovered"] if d["url"] == "https://gxt.guizhou.gov.cn/gxdt/")
    assert not section["chosen"] and "finds no list here" in section["why"]
    assert _chosen(report)["url"] == "https://gxt.guizhou.gov.cn/gxdt/gzdt/"


def test_discovery_reads_the_zhengwu_index_the_home_page_links(first_crawl):
    chosen = _chosen(first_crawl.report("yunnan"))
    assert chosen["url"] == "https://gxt.yn.gov.cn/zwgk/gzdt/" and "from https://gxt.yn.gov.cn/zwgk/" in chosen["why"]


def test_discovery_fills_a_jiangxi_channel_shell_through_querylist(first_crawl):
    report = first_crawl.report("jiangxi")
    chosen = _chosen(report)
    assert chosen["column"] == "gzdt" and "POST /queryList" in chosen["why"]
    assert 'family = "jiangxi_querylist"' in chosen["promote"] and '"channelCode[]" = "gzdt"' in chosen["promote"]
    assert {p["column"] for p in first_crawl.pages("jiangxi")} == {"ghbs", "gzdt"}


def test_promoting_a_discovered_column_is_one_pasted_block(first_crawl, tmp_path):
    from crawlers.sites import SITES_FILE, load_sites

    promote = _chosen(first_crawl.report("henan"))["promote"]
    text = SITES_FILE.read_text(encoding="utf-8")
    anchor = 'name = "通知公告"\nurl = "https://gxt.henan.gov.cn/jxdt/tzgg/"'
    table = tmp_path / "sites.toml"
    table.write_text(text.replace("[[site.candidates]]\n" + anchor, promote + "\n[[site.candidates]]\n" + anchor, 1), encoding="utf-8")
    henan = next(s for s in load_sites(table) if s.id == "henan")
    assert [c.id for c in henan.columns] == ["gzdt"] and henan.columns[0].list_url == "https://gxt.henan.gov.cn/jxdt/gzdt/"
    assert not henan.discover  # a row with a news column no longer discovers


def test_tls_failure_falls_back_to_http_when_the_row_allows_it(first_crawl):
    report = first_crawl.report("hainan")
    assert report["failures"] == []
    assert _chosen(report)["url"] == "http://iitb.hainan.gov.cn/iitb/zxgzdt/list2.shtml"


@pytest.mark.parametrize("site", [s for s in SITES if s.columns], ids=lambda s: s.id)
def test_second_crawl_reads_only_the_first_list_page_and_no_detail(first_crawl, second_crawl, site):
    report = second_crawl.report(site.id)
    assert second_crawl.pages(site.id) == []
    columns_that_listed = {c for c, v in first_crawl.report(site.id)["columns"].items() if v["list_pages"]}
    assert {c: v["list_pages"] for c, v in report["columns"].items() if c in columns_that_listed} == dict.fromkeys(columns_that_listed, 1)


def test_second_crawl_requests_no_detail_page_except_those_that_failed(first_crawl, second_crawl):
    failed = {f["url"] for s in SITES for f in first_crawl.report(s.id)["failures"]}
    fetched = {p["url"] for s in SITES for p in first_crawl.pages(s.id)}
    asked = {r.split(" ", 1)[1] for r in second_crawl.requests}
    assert not {u.split("://", 1)[1] for u in fetched} & asked
    assert {u.split("://", 1)[1] for u in failed if "jxdt/2026" in u} <= asked  # the 500 is tried again


def test_since_walks_history_but_fetches_only_newer_items(mirror, tmp_path):
    run = crawl_sites(mirror, tmp_path / "raw", tmp_path / "seen.json", ["ningxia"], since="2026-06-01")
    assert [p["list_date"] for p in run.pages("ningxia")] == ["2026-06-09"]
    assert run.report("ningxia")["columns"]["gzdt"]["list_pages"] == 2


def test_since_ignores_the_seen_stop_but_does_not_refetch(mirror, first_crawl, tmp_path):
    write_state(tmp_path / "seen.json", [p["url"] for p in first_crawl.pages("ningxia")], {})
    run = crawl_sites(mirror, tmp_path / "raw", tmp_path / "seen.json", ["ningxia"], since="2026-01-01")
    report = run.report("ningxia")
    assert report["columns"]["gzdt"]["list_pages"] == 2 and report["stats"]["detail_pages"] == 0


def test_watermark_stops_paging_at_a_page_of_older_items(mirror, tmp_path):
    write_state(tmp_path / "seen.json", [], {"ningxia:gzdt": "2026-07-01"})
    run = crawl_sites(mirror, tmp_path / "raw", tmp_path / "seen.json", ["ningxia"])
    assert run.report("ningxia")["columns"]["gzdt"]["list_pages"] == 1


def test_killing_one_crawl_leaves_the_others_intact(mirror, tmp_path):
    out, state = tmp_path / "raw", tmp_path / "seen.json"
    out.mkdir()
    # xizang's mirror answers slowly, so it is still crawling when it is killed
    slow = subprocess.Popen(crawl_command("xizang", out, state, mirror=mirror.url), cwd=crawl_cwd(), env=crawl_env(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    with ThreadPoolExecutor(max_workers=1) as pool:
        others = pool.submit(crawl_sites, mirror, out, state, ["fujian", "hubei"])
        try:
            deadline = time.monotonic() + 60
            while not (out / "xizang.report.json").exists() and time.monotonic() < deadline:
                time.sleep(0.05)
            os.killpg(slow.pid, signal.SIGKILL)
        finally:
            slow.wait(timeout=30)
        run = others.result(timeout=120)
    assert slow.returncode == -signal.SIGKILL
    assert run.report("xizang")["finished"] is False
    assert [len(run.pages(s)) for s in ("fujian", "hubei")] == [5 + len(history("fujian")), 3 + len(history("hubei"))]
    assert all(run.report(s)["finished"] for s in ("fujian", "hubei"))
