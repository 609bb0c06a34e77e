"""Detail pages: meta tags, UCAP tags, site selectors (fields the crawler reads for tagging)."""
from __future__ import annotations

from datetime import date

from crawlers.detail import detail_fields
from crawlers.mirror import PAGES_DIR
from crawlers.sites import site_by_id
from tests.crawlers.conftest import saved_page

FUJIAN_URL = "https://gxt.fujian.gov.cn/zwgk/xw/jxyw/202604/t20260415_6771101.htm"
fujian = detail_fields(saved_page("gxt.fujian.gov.cn", "/zwgk/xw/jxyw/202604/t20260415_6771101.htm"), FUJIAN_URL,
                       site_by_id("fujian").column("jxyw").selectors)


def test_title_from_article_title_meta():
    assert fujian.title == "全省工业经济运行调度会在福州召开"


def test_date_from_pubdate_meta():
    assert fujian.published == date(2026, 4, 15)


def test_source_from_content_source_meta():
    assert fujian.source == "福建省工业和信息化厅"


def test_body_found_in_the_site_selector():
    assert fujian.has_body


HUNAN_PATH = "/gxt/xxgk_71033/gzdt/jxyw/202606/t20260604_34100001.html"
hunan = detail_fields(saved_page("gxt.hunan.gov.cn", HUNAN_PATH), "https://gxt.hunan.gov.cn" + HUNAN_PATH)


def test_ucap_title_tag():
    assert hunan.title == "全省制造业高质量发展推进会在长沙召开"


def test_ucap_publishtime_tag():
    assert hunan.published == date(2026, 6, 4)


def test_ucap_content_is_a_body():
    assert hunan.has_body


HEBEI_PATH = "/hbgyhxxht/xwzx32/snxw40/2026052710120034561/index.html"
hebei = detail_fields(saved_page("gxt.hebei.gov.cn", HEBEI_PATH), "https://gxt.hebei.gov.cn" + HEBEI_PATH,
                      site_by_id("hebei").selectors)


def test_site_selectors_when_the_page_has_no_meta():
    assert (hebei.title, hebei.published, hebei.source) == ("全省工业和信息化系统半年工作调度会召开", date(2026, 5, 27), "河北省工业和信息化厅")


def test_gbk_page_reads_after_gb18030_decoding():
    raw = (PAGES_DIR / "gxt.shanxi.gov.cn/xwdt/gxdt/202601/t20260109_10032126.shtml").read_bytes()
    fields = detail_fields(raw.decode("gb18030"))
    assert fields.title == "2026年全省工业和信息化工作会议召开" and fields.has_body


def test_page_without_a_body():
    assert not detail_fields("<html><head><title>x</title></head><body><div class='nav'>首页</div></body></html>").has_body


JILIN_PATH = "/gxdt/gzdt/202606/t20260603_3301.html"


def test_jilin_article_date_is_read_from_newsly_ly():
    page = saved_page("gxt.jl.gov.cn", JILIN_PATH)
    assert detail_fields(page).published is None  # no meta, no label: only the row's selector knows
    fields = detail_fields(page, "", site_by_id("jilin").selectors)
    assert fields.published == date(2026, 6, 3) and fields.has_body
