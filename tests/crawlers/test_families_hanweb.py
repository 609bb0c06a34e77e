"""Hanweb jpage datastores / dataproxy XML and JPaaS shells / build/unit JSON."""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from urllib.parse import parse_qs, urlsplit

from crawlers.families import parse_list
from crawlers.sites import site_by_id
from tests.crawlers.conftest import saved_page

SHANDONG = site_by_id("shandong").column("col15165")
column_page = parse_list(SHANDONG, SHANDONG.list_url, saved_page("gxt.shandong.gov.cn", "/col/col15165/index.html"))


def test_records_from_the_inline_datastore():
    assert [i.url for i in column_page.items] == [
        "https://gxt.shandong.gov.cn/art/2026/6/5/art_15165_10401234.html",
        "https://gxt.shandong.gov.cn/art/2026/6/3/art_15165_10399876.html",
    ]


def test_record_title_and_date():
    assert column_page.items[0].title == "2026年化工产业数字化转型提升培训班成功举办2026-06-05"
    assert column_page.items[0].date == date(2026, 6, 5)


def test_page_count_from_the_jpage_call():
    assert column_page.total_pages == 2


def test_next_page_is_a_dataproxy_record_window():
    query = parse_qs(urlsplit(column_page.next.url).query)
    assert urlsplit(column_page.next.url).path == "/module/web/jpage/dataproxy.jsp"
    assert (query["columnid"], query["startrecord"], query["endrecord"], query["perpage"]) == (["15165"], ["3"], ["4"], ["2"])
    assert "page" not in query


def test_dataproxy_xml_is_the_last_page():
    page = parse_list(SHANDONG, column_page.next.url, saved_page("gxt.shandong.gov.cn", "/module/web/jpage/dataproxy_15165_p2.xml"), 2)
    assert (len(page.items), page.total_pages, page.next) == (2, 2, None)


ZHEJIANG = site_by_id("zhejiang").column("col1659217")
inline = parse_list(ZHEJIANG, ZHEJIANG.list_url, saved_page("jxt.zj.gov.cn", "/col/col1659217/index.html"))


def test_zhejiang_list_is_an_inline_datastore_of_lb_list_rows():
    assert not inline.shell and [i.date for i in inline.items] == [date(2026, 5, 29), date(2026, 5, 12), date(2026, 4, 20)]
    assert inline.items[1].title == "关于召开全省经信工作例会的通知"


def test_a_record_holding_several_rows_gives_each_row():
    record = ('<datastore><recordset><record><![CDATA[<p class="lb-list"><a href="/art/2026/6/1/art_1_1.html">甲</a><span>2026-06-01</span></p>'
              '<p class="lb-list"><a href="/art/2026/5/1/art_1_2.html">乙</a><span>2026-05-01</span></p>]]></record></recordset></datastore>')
    assert [i.title for i in parse_list(ZHEJIANG, ZHEJIANG.list_url, record).items] == ["甲", "乙"]


# A JPaaS build/unit answer as research/sites.md §2.4 describes it (RSSHub's and RSS-GOV's MIIT routes
# read data.html: li.cf > a.fl[title] + span.fr, and div.pagination count/rows/pageNo).
UNIT_URL = "https://www.miit.gov.cn/api-gateway/jpaas-publish-server/front/page/build/unit?webId=1&pageId=2&paramJson=%7B%22pageNo%22%3A1%2C%22pageSize%22%3A24%7D"
UNIT = json.dumps({"success": True, "code": "200", "data": {"html": (
    '<div class="page-content"><ul><li class="cf"><a class="fl" href="/art/2026/art_0123456789abcdef0123456789abcdef.html" title="工业和信息化部召开座谈会">工业和信息化部召开…</a>'
    '<span class="fr">2026-05-29</span></li><li class="cf"><a class="fl" href="/art/2026/art_fedcba9876543210fedcba9876543210.html" title="通知">通知</a>'
    '<span class="fr">2026-05-12</span></li></ul></div><div class="pagination" count="3" rows="2" pageNo="1"></div>')}}, ensure_ascii=False)
JPAAS = replace(ZHEJIANG, family="hanweb_jpaas", list_url="https://www.miit.gov.cn/")
unit = parse_list(JPAAS, UNIT_URL, UNIT)


def test_unit_fragment_items():
    assert [i.title for i in unit.items] == ["工业和信息化部召开座谈会", "通知"]


def test_unit_fragment_url_and_date():
    assert (unit.items[0].url, unit.items[0].date) == (
        "https://www.miit.gov.cn/art/2026/art_0123456789abcdef0123456789abcdef.html", date(2026, 5, 29))


def test_unit_pagination_from_count_and_rows():
    assert unit.total_pages == 2
    assert json.loads(parse_qs(urlsplit(unit.next.url).query)["paramJson"][0]) == {"pageNo": 2, "pageSize": 2}


def test_page_without_datastore_or_shell_is_a_structure_change():
    assert parse_list(SHANDONG, SHANDONG.list_url, "<html><body><ul><li>x</li></ul></body></html>").container_found is False
