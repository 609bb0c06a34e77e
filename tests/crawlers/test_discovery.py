"""Finding a news column at run time: names, index pages, what a list looks like, the page budget."""
from __future__ import annotations

from dataclasses import replace

from crawlers.discovery import Discovery, Found, candidates_in, column_id, load_terms, name_score, page_links
from crawlers.families import PageRequest
from crawlers.sites import Column, site_by_id
from tests.crawlers.conftest import saved_page

TERMS = load_terms()
GUIZHOU = site_by_id("guizhou")


def test_news_words_score_and_avoid_words_subtract():
    assert name_score("工作动态", TERMS)[0] == 10
    assert name_score("厅动态", TERMS)[0] == 9
    assert name_score("通知公告", TERMS)[0] == 0
    assert name_score("市县动态", TERMS)[0] < name_score("工信动态", TERMS)[0]
    score, why = name_score("媒体要闻", TERMS)
    assert score == 0 and "媒体 -5" in why


def test_candidates_are_same_site_links_named_like_news_best_first():
    html = ('<a href="/gxdt/tzgg/">通知公告</a><a href="/gxdt/">工信动态</a><a href="https://www.gov.cn/yaowen/">要闻</a>'
            '<a href="/xwzx/mtgz/">媒体关注</a><a href="/xwzx/ywdt/">要闻动态</a><a href="javascript:void(0)">工作动态</a>')
    found = candidates_in(html, "https://gxt.guizhou.gov.cn/", "gxt.guizhou.gov.cn", TERMS, set())
    assert [(f.name, f.url) for f in found] == [("工信动态", "https://gxt.guizhou.gov.cn/gxdt/"),
                                                ("要闻动态", "https://gxt.guizhou.gov.cn/xwzx/ywdt/")]


def test_a_more_link_is_named_by_its_blocks_heading():
    html = ('<div class="box"><div class="title"><span>工作动态</span><a class="more" href="/xwzx/gzdt/">更多&gt;&gt;</a></div>'
            '<ul><li><a href="/xwzx/gzdt/202606/t20260601_1.html">某某会议召开</a></li></ul></div>'
            '<div class="box"><h3>通知公告</h3><a href="/tzgg/">more</a></div>')
    found = candidates_in(html, "https://gxt.guizhou.gov.cn/", "gxt.guizhou.gov.cn", TERMS, set())
    assert [(f.name, f.url) for f in found] == [("工作动态", "https://gxt.guizhou.gov.cn/xwzx/gzdt/")]


def test_configured_columns_are_not_candidates():
    html = '<a href="/gxdt/">工信动态</a>'
    assert candidates_in(html, "https://gxt.guizhou.gov.cn/", "gxt.guizhou.gov.cn", TERMS, {"https://gxt.guizhou.gov.cn/gxdt/"}) == []


def test_jiangxi_platform_channel_tree_gives_candidates(shared):
    # The saved 江西 page carries its channel tree as JSON: its channels are links too.
    html = (shared / "realpages" / "crawl" / "sthjt.jiangxi_col42150_hanweb_jpage.html").read_text(encoding="utf-8")
    links = set(page_links(html, "https://sthjt.jiangxi.gov.cn/jxssthjt/col/col42150/index.html", "sthjt.jiangxi.gov.cn"))
    assert ("文件通知", "https://sthjt.jiangxi.gov.cn/jxssthjt/col/col42149/index.html") in links
    assert ("法规规章库", "https://sthjt.jiangxi.gov.cn/jxssthjt/col/col62902/index.html") in links


def test_column_ids_come_from_the_list_url():
    assert column_id("https://gxt.nx.gov.cn/xwzx/gzdt/", set()) == "gzdt"
    assert column_id("https://gxt.jiangsu.gov.cn/col/col6282/index.html", set()) == "col6282"
    assert column_id("https://jxt.sc.gov.cn/scjxt/gzdt/common_list.shtml", {"gzdt"}) == "gzdt_2"
    assert column_id("https://jxt.xizang.gov.cn/xzweb/list?channelId=8&categoryId=160", set()) == "xzweb_160"
    assert column_id("https://gxt.gansu.gov.cn/common/search/5d2f0b7c9e8a4f6b8c1d2e3f4a5b6c7d?_template=index&page=1", set()) == "search_5d2f0b7c"


def _home_and_lists() -> Discovery:
    discovery = Discovery(GUIZHOU, budget=3)
    discovery.spend()  # the home page
    discovery.read_page(saved_page("gxt.guizhou.gov.cn", "/index.html"), "https://gxt.guizhou.gov.cn/", home=True)
    return discovery


def test_a_section_page_without_a_list_is_rejected_and_the_next_candidate_checked():
    discovery = _home_and_lists()
    first = discovery.next_candidate()
    assert first.url == "https://gxt.guizhou.gov.cn/gxdt/"
    assert discovery.judge(first, saved_page("gxt.guizhou.gov.cn", "/gxdt/index.html"), first.url) is None
    second = discovery.next_candidate()
    column = discovery.judge(second, saved_page("gxt.guizhou.gov.cn", "/gxdt/gzdt/index.html"), second.url)
    assert isinstance(column, Column) and (column.id, column.source, column.kind) == ("gzdt", "discovered", "news")
    assert [d["chosen"] for d in discovery.report()] == [False, True]


def test_the_page_budget_is_never_exceeded():
    discovery = _home_and_lists()  # 1 of 3 pages spent
    assert discovery.next_candidate() is not None and discovery.next_candidate() is not None
    assert discovery.next_candidate() is None  # budget spent: the rest are listed, not fetched
    assert discovery.left == 0


def test_a_page_of_undated_or_foreign_links_is_not_a_news_list():
    discovery = Discovery(GUIZHOU, budget=2)
    found = Found("工作动态", "https://gxt.guizhou.gov.cn/gxdt/gzdt/", 10)
    links = "".join(f'<li><a href="https://www.gov.cn/zhengce/{n}.htm">国务院文件{n}</a></li>' for n in range(5))
    assert discovery.judge(found, f'<ul class="list">{links}</ul>', found.url) is None
    assert "does not look like a news list" in found.why[-1]


def test_a_jiangxi_shell_asks_for_its_querylist(shared):
    jiangxi = site_by_id("jiangxi")
    discovery = Discovery(replace(jiangxi, domain="sthjt.jiangxi.gov.cn"), budget=3)
    url = "https://sthjt.jiangxi.gov.cn/jxssthjt/col/col42150/index.html"
    found = Found("政策法规解读", url, 5)
    html = (shared / "realpages" / "crawl" / "sthjt.jiangxi_col42150_hanweb_jpage.html").read_text(encoding="utf-8")
    request = discovery.judge(found, html, url)
    assert isinstance(request, PageRequest) and request.method == "POST"
    assert request.url == "https://sthjt.jiangxi.gov.cn/queryList"
    assert request.form == {"pageSize": "15", "webSiteCode[]": "jxssthjt", "channelCode[]": "col42150",
                            "sort": "sortNum", "order": "desc", "current": "1"}
