"""Hanweb jpage datastores / dataproxy XML and JPaaS shells / build/unit JSON."""
from __future__ import annotations

import json
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
shell = parse_list(ZHEJIANG, ZHEJIANG.list_url, saved_page("jxt.zj.gov.cn", "/col/col1659217/index.html"))


def test_jpaas_shell_has_no_items_but_the_unit_address():
    assert shell.shell and shell.items == []
    query = parse_qs(urlsplit(shell.next.url).query)
    assert query["pageId"] == ["1659217"] and json.loads(query["paramJson"][0])["pageNo"] == 1


unit = parse_list(ZHEJIANG, shell.next.url, saved_page("jxt.zj.gov.cn", "/api-gateway/jpaas-publish-server/front/page/build/unit_p1.json"))


def test_unit_fragment_items():
    assert [i.title for i in unit.items][1] == "关于召开全省经信工作例会的通知"


def test_unit_fragment_url_and_date():
    assert (unit.items[0].url, unit.items[0].date) == (
        "https://jxt.zj.gov.cn/art/2026/5/29/art_1659217_59012345.html", date(2026, 5, 29))


def test_unit_pagination_from_count_and_rows():
    assert unit.total_pages == 2
    assert json.loads(parse_qs(urlsplit(unit.next.url).query)["paramJson"][0]) == {"pageNo": 2, "pageSize": 2}


def test_page_without_datastore_or_shell_is_a_structure_change():
    assert parse_list(SHANDONG, SHANDONG.list_url, "<html><body><ul><li>x</li></ul></body></html>").container_found is False
