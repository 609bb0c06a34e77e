"""福建 fjdzapp/search, 江西 queryList and 湖北 *.json list APIs."""
from __future__ import annotations

from datetime import date

from crawlers.families import first_request, parse_list
from crawlers.sites import site_by_id
from tests.crawlers.conftest import saved_page

FUJIAN = site_by_id("fujian").column("sjzcfg")
fujian = parse_list(FUJIAN, FUJIAN.api.url, saved_page("gxt.fujian.gov.cn", "/fjdzapp/search_32377_p1.json"))


def test_fjdzapp_request_is_a_form_post_with_the_page():
    request = first_request(FUJIAN)
    assert (request.method, request.form["classsql"], request.form["page"]) == ("POST", "chnlid=32377", "1")


def test_fjdzapp_item_fields():
    item = fujian.items[0]
    assert item.url == "https://gxt.fujian.gov.cn/jdhy/zxzcfg/sjzcfg/202605/t20260515_6790021.htm"
    assert item.title.startswith("福建省工业和信息化厅 福建省财政厅关于印发")
    assert item.date == date(2026, 5, 15)


def test_fjdzapp_next_page_from_page_count():
    assert fujian.next.form["page"] == "2"
    last = parse_list(FUJIAN, FUJIAN.api.url, saved_page("gxt.fujian.gov.cn", "/fjdzapp/search_32377_p2.json"), 2)
    assert last.next is None


JIANGXI = site_by_id("jiangxi").column("ghbs")
jiangxi = parse_list(JIANGXI, JIANGXI.api.url, saved_page("gxt.jiangxi.gov.cn", "/queryList_ghbs_p1.json"))


def test_querylist_url_from_the_urls_json():
    assert jiangxi.items[0].url == "https://gxt.jiangxi.gov.cn/jxsgyhxxht/ghbs/content/content_2084911550435762176.html"


def test_querylist_epoch_milliseconds_date_in_china_time():
    assert jiangxi.items[0].date == date(2026, 1, 14)


def test_querylist_title():
    assert jiangxi.items[0].title == "全省工业和信息化工作会议在南昌召开"


def test_querylist_next_page_uses_current():
    assert jiangxi.next.form["current"] == "2"


HUBEI = site_by_id("hubei").column("gfxwj")
hubei = parse_list(HUBEI, HUBEI.api.url, saved_page("jxt.hubei.gov.cn", "/fbjd/zc/gfxwj/zcwj.json"))


def test_hubei_json_fields():
    item = hubei.items[0]
    assert (item.url, item.date) == ("https://jxt.hubei.gov.cn/fbjd/zc/gfxwj/202604/t20260413_5960001.shtml", date(2026, 4, 13))


def test_hubei_json_is_one_page():
    assert hubei.next is None


def test_unparseable_json_is_a_structure_change():
    assert parse_list(HUBEI, HUBEI.api.url, "<html>maintenance</html>").container_found is False
