"""TRS static lists and the timestamp-dir CMS, parsed from the mirror's saved pages."""
from __future__ import annotations

from datetime import date

from crawlers.families import parse_list
from crawlers.sites import site_by_id
from tests.crawlers.conftest import saved_page

BEIJING = site_by_id("beijing").column("gzdt")
beijing_page = parse_list(BEIJING, "https://jxj.beijing.gov.cn/jxdt/gzdt/", saved_page("jxj.beijing.gov.cn", "/jxdt/gzdt/index.html"))
first = beijing_page.items[0]


def test_items_count():
    assert len(beijing_page.items) == 3


def test_title_is_the_full_a_title_not_the_truncated_text():
    assert first.title == "市经济和信息化局召开2026年上半年工业经济运行调度会"


def test_relative_href_resolved_against_the_list_url():
    assert first.url == "https://jxj.beijing.gov.cn/jxdt/gzdt/202606/t20260610_4712001.html"


def test_date_from_the_row():
    assert first.date == date(2026, 6, 10)


def test_next_page_read_from_create_page_html():
    assert beijing_page.next.url == "https://jxj.beijing.gov.cn/jxdt/gzdt/index_1.html"
    assert beijing_page.total_pages == 2


def test_last_page_has_no_next():
    last = parse_list(BEIJING, "https://jxj.beijing.gov.cn/jxdt/gzdt/index_1.html", saved_page("jxj.beijing.gov.cn", "/jxdt/gzdt/index_1.html"), 2)
    assert last.next is None


def test_next_page_follows_the_rendered_link():
    column = site_by_id("tianjin").column("gxdt")
    page = parse_list(column, "https://gyxxh.tj.gov.cn/ZWXX5652/GXDT9285/", saved_page("gyxxh.tj.gov.cn", "/ZWXX5652/GXDT9285/index.html"))
    assert page.next.url == "https://gyxxh.tj.gov.cn/ZWXX5652/GXDT9285/index_1.html"


def test_count_page_variables_with_shtml_suffix():
    column = site_by_id("shanxi").column("gxdt")
    page = parse_list(column, "https://gxt.shanxi.gov.cn/xwdt/gxdt/", saved_page("gxt.shanxi.gov.cn", "/xwdt/gxdt/index.shtml"))
    assert page.next.url == "https://gxt.shanxi.gov.cn/xwdt/gxdt/index_1.shtml"


def test_missing_container_is_a_structure_change():
    column = site_by_id("tianjin").column("gxdt")
    page = parse_list(column, "https://gyxxh.tj.gov.cn/ZWXX5652/GXDT9285/index_1.html", saved_page("gyxxh.tj.gov.cn", "/ZWXX5652/GXDT9285/index_1.html"), 2)
    assert page.container_found is False


def test_undated_row_keeps_no_date():
    column = site_by_id("guangxi").column("gxdt")
    page = parse_list(column, "https://gxt.gxzf.gov.cn/wzsy/zwdt/gxdt/", saved_page("gxt.gxzf.gov.cn", "/wzsy/zwdt/gxdt/index.shtml"))
    assert [i.date for i in page.items][-1] is None


HUNAN = site_by_id("hunan").column("jxyw")
hunan_page = parse_list(HUNAN, "https://gxt.hunan.gov.cn/gxt/xxgk_71033/gzdt/jxyw/", saved_page("gxt.hunan.gov.cn", "/gxt/xxgk_71033/gzdt/jxyw/index.html"))


def test_table_rows_with_the_date_in_a_cell():
    assert [(i.title, i.date) for i in hunan_page.items][0] == ("全省制造业高质量发展推进会在长沙召开", date(2026, 6, 4))


def test_query_page_pagination_uses_the_printed_count():
    assert hunan_page.next.url == "https://gxt.hunan.gov.cn/gxt/xxgk_71033/gzdt/jxyw/?page=2"


def test_query_page_pagination_stops_at_the_count():
    page = parse_list(HUNAN, hunan_page.next.url, saved_page("gxt.hunan.gov.cn", "/gxt/xxgk_71033/gzdt/jxyw/page_2.html"), 2)
    assert page.next is None


HEBEI = site_by_id("hebei").column("snxw")
hebei_page = parse_list(HEBEI, "https://gxt.hebei.gov.cn/hbgyhxxht/xwzx32/snxw40/", saved_page("gxt.hebei.gov.cn", "/hbgyhxxht/xwzx32/snxw40/index.html"))


def test_timestamp_dir_urls():
    assert hebei_page.items[0].url == "https://gxt.hebei.gov.cn/hbgyhxxht/xwzx32/snxw40/2026060909350910674/index.html"


def test_timestamp_dir_date_falls_back_to_the_url():
    page = parse_list(HEBEI, hebei_page.next.url, saved_page("gxt.hebei.gov.cn", "/hbgyhxxht/xwzx32/snxw40/index_2.html"), 2)
    assert page.items[0].date == date(2026, 4, 7)


def test_hubei_rows_are_list_b_h4_links_dated_by_p_date():
    hubei = site_by_id("hubei").column("jxtyw")
    page = parse_list(hubei, "https://jxt.hubei.gov.cn/bmdt/jxtyw/index.shtml", saved_page("jxt.hubei.gov.cn", "/bmdt/jxtyw/index.shtml"))
    assert [(i.title, i.date) for i in page.items[:2]] == [  # then the older notices of articles.history
        ("全省人工智能赋能新型工业化专题研讨班成功举办", date(2026, 5, 22)), ("全省经济和信息化工作会议在武汉召开", date(2026, 1, 13))]


def test_chongqing_item_rows_take_the_title_from_p_and_the_date_from_span():
    chongqing = site_by_id("chongqing").column("jxdt")
    page = parse_list(chongqing, chongqing.list_url, saved_page("jjxxw.cq.gov.cn", "/zwxx_213/jxdt/index.html"))
    assert page.items[0].title == "市经济信息委召开2026年未来产业培育工作推进会"
    assert [i.date for i in page.items[:3]] == [date(2026, 6, 3), date(2026, 5, 18), date(2026, 4, 15)]  # then articles.history


def test_jilin_pager_is_not_read_as_a_date():
    jilin = site_by_id("jilin")
    assert "date" not in jilin.selectors and jilin.selectors["detail_date"] == "#main .newsly_ly"


def test_gansu_search_list_rows():
    gansu = site_by_id("gansu")
    url = "https://gxt.gansu.gov.cn/common/search/5d2f0b7c9e8a4f6b8c1d2e3f4a5b6c7d?_template=index&_pageSize=20&page=1&_isAgg=false&_isJson=false"
    column = parse_list(_column_of(gansu, url), url, saved_page("gxt.gansu.gov.cn", "/common/search/5d2f0b7c9e8a4f6b8c1d2e3f4a5b6c7d__template-index__pageSize-20_page-1__isAgg-false__isJson-false.html"))
    assert [i.url for i in column.items][0] == "https://gxt.gansu.gov.cn/gxt/c107572/202606/2190011.shtml"
    assert column.items[0].date == date(2026, 6, 5)


def _column_of(site, url):
    from crawlers.sites import Column

    return Column(id="t", name="t", kind="news", list_url=url, evidence="test", family=site.family, selectors=dict(site.selectors))
