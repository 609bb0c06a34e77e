"""The Hanweb families on real saved markup (``../shared/realpages/crawl/``, read in place, never copied).

The mirror's pages were written from the same notes as the code; these pages were saved from real
sites by public crawler projects, so they catch what the mirror would agree with by construction.
"""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from urllib.parse import parse_qs, parse_qsl, urlsplit

import pytest

from crawlers.families import first_request, parse_list
from crawlers.sites import site_by_id

JIANGSU_NEWS = site_by_id("jiangsu").column("col6282")
JIANGSU_POLICY = site_by_id("jiangsu").column("col6278")
PROXY = "https://gxt.jiangsu.gov.cn/module/web/jpage/dataproxy.jsp"


@pytest.fixture(scope="module")
def realpages(shared):
    return shared / "realpages" / "crawl"


def _text(realpages, name: str) -> str:
    return (realpages / name).read_text(encoding="utf-8")


def _window(url: str) -> tuple[str, str, str]:
    query = parse_qs(urlsplit(url).query)
    return query["startrecord"][0], query["endrecord"][0], query["perpage"][0]


# -- jpage dataproxy answers ----------------------------------------------------------------


def test_dataproxy_records_skip_the_row_without_a_link(realpages):
    page = parse_list(JIANGSU_POLICY, f"{PROXY}?startrecord=1&endrecord=15&perpage=15", _text(realpages, "gxt.jiangsu_dataproxy_col6278_excerpt.xml"))
    assert [i.url for i in page.items] == [
        "https://gxt.jiangsu.gov.cn/art/2026/6/10/art_6278_11783480.html",
        "https://gxt.jiangsu.gov.cn/art/2026/5/18/art_6278_11772533.html",
    ]
    assert page.items[0].title == "关于印发江苏省“人工智能+制造”实施方案的通知"
    assert [i.date for i in page.items] == [date(2026, 6, 10), date(2026, 5, 18)]
    assert page.total_pages == 63


def test_dataproxy_date_in_a_readlabel_b(realpages):
    page = parse_list(JIANGSU_POLICY, f"{PROXY}?startrecord=1&endrecord=2&perpage=2", _text(realpages, "gxt.jiangsu_dataproxy_col80179_excerpt.xml"))
    assert [(i.title, i.date) for i in page.items] == [
        ("省工业和信息化厅关于印发《江苏省制造强省建设专项资金项目验收管理办法》的通知", date(2026, 4, 17))]
    assert page.total_pages == 381


def test_jiangsu_news_starts_with_the_sites_own_post_window():
    request = first_request(JIANGSU_NEWS)
    assert (request.method, _window(request.url)) == ("POST", ("1", "25", "25"))
    assert request.form and (request.form["columnid"], request.form["unitid"], request.form["webid"]) == ("6282", "403981", "23")


def test_next_window_keeps_the_requests_own_perpage(realpages):
    # 江苏 asks for 25 records: the window after 1-25 is 26-50, not 31-45 (a default of 15).
    url = first_request(JIANGSU_NEWS).url
    page = parse_list(JIANGSU_NEWS, url, _text(realpages, "gxt.jiangsu_dataproxy_col6278_excerpt.xml"))
    assert _window(page.next.url) == ("26", "50", "25")
    assert (page.next.method, page.next.form) == ("POST", JIANGSU_NEWS.api.form)


def test_url_whose_first_parameter_is_startrecord_is_rebuilt_well_formed(realpages):
    url = f"{PROXY}?startrecord=26&endrecord=50&perpage=25&appid=1&webid=23&path=/&columnid=6282"
    page = parse_list(JIANGSU_NEWS, url, _text(realpages, "gxt.jiangsu_dataproxy_col6278_excerpt.xml"), page=2)
    parts = urlsplit(page.next.url)
    assert parts.path == "/module/web/jpage/dataproxy.jsp" and "&" not in parts.path
    query = parse_qsl(parts.query)
    assert sorted(k for k, _ in query) == sorted({"startrecord", "endrecord", "perpage", "appid", "webid", "path", "columnid"})
    assert _window(page.next.url) == ("51", "75", "25") and dict(query)["path"] == "/"


def test_window_of_a_get_column_page_follows_its_jpage_call():
    # A column page without a request window: perPage from the page's own jpage call.
    shandong = site_by_id("shandong").column("col15165")
    page_text = (
        '<script type="text/xml"><datastore><nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&webid=78&columnid=15165"></a>]]>'
        "</nextgroup><recordset><record><![CDATA[<li><a href=\"/art/2026/6/5/art_15165_1.html\">x</a><span>2026-06-05</span></li>]]></record>"
        "</recordset></datastore></script><script>$('#1').jpage({perPage: 20, totalRecord: 45});</script>"
    )
    page = parse_list(shandong, shandong.list_url, page_text)
    assert _window(page.next.url) == ("21", "40", "20") and page.total_pages == 3


# -- JPaaS shell ----------------------------------------------------------------------------


def test_jpaas_shell_with_camelcase_attributes_keeps_every_query_field(realpages):
    column = replace(JIANGSU_NEWS, family="hanweb_jpaas", api=None, list_url="https://www.miit.gov.cn/jgsj/index.html")
    shell = parse_list(column, column.list_url, _text(realpages, "www.miit.gov.cn_jpaas_shell_excerpt.html"))
    assert shell.shell and shell.items == []
    parts = urlsplit(shell.next.url)
    assert (parts.netloc, parts.path) == ("www.miit.gov.cn", "/api-gateway/jpaas-publish-server/front/page/build/unit")
    query = {k: v[0] for k, v in parse_qs(parts.query).items()}
    assert query["webId"] == "8d828e408d90447786ddbe128d495e9e"
    assert query["pageId"] == "ca517c97303b40cf80bd668b35f6148f"
    assert query["tplSetId"] == "209741b2109044b5b7695700b2bec37e"
    assert query["tagId"] == "右侧内容" and query["parseType"] == "buildstatic"
    assert json.loads(query["paramJson"]) == {"pageNo": 1, "pageSize": 24}


# -- 江西: a /col/ URL that is not Hanweb ----------------------------------------------------


def test_jiangxi_platform_shell_is_neither_jpage_nor_trs(realpages):
    text = _text(realpages, "sthjt.jiangxi_col42150_hanweb_jpage.html")
    url = "https://sthjt.jiangxi.gov.cn/jxssthjt/col/col42150/index.html"
    assert parse_list(replace(JIANGSU_POLICY, list_url=url), url, text).container_found is False
    trs = replace(JIANGSU_POLICY, family="trs", selectors={}, list_url=url)
    assert parse_list(trs, url, text).items == []
