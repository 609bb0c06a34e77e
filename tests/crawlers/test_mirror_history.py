"""The mirror's older notices (articles.history): listed on each site's last list page, and written
so that the warehouse gets yearly series (规上工业增加值 by province 2019-2025) and task lists."""
from __future__ import annotations

import re

import pytest

from crawlers.mirror import articles as A
from crawlers.mirror.server import PAGES_DIR
from crawlers.mirror.markup import detail
from flows.extract import extract_bytes

SITE_PAGES = {  # where each site's older notices are listed (its last list page) and its host
    "beijing": "jxj.beijing.gov.cn/jxdt/gzdt/index_1.html",
    "tianjin": "gyxxh.tj.gov.cn/ZWXX5652/GXDT9285/index.html",
    "hebei": "gxt.hebei.gov.cn/hbgyhxxht/xwzx32/snxw40/index_2.html",
    "shanxi": "gxt.shanxi.gov.cn/xwdt/gxdt/index_1.shtml",
    "liaoning": "gxt.ln.gov.cn/gxt/lngxdt/index_1.shtml",
    "shanghai": "www.sheitc.sh.gov.cn/zxxx/index_2.html",
    "fujian": "gxt.fujian.gov.cn/zwgk/xw/jxyw/index.htm",
    "hubei": "jxt.hubei.gov.cn/bmdt/jxtyw/index.shtml",
    "hunan": "gxt.hunan.gov.cn/gxt/xxgk_71033/gzdt/jxyw/page_2.html",
    "guangxi": "gxt.gxzf.gov.cn/wzsy/zwdt/gxdt/index.shtml",
    "chongqing": "jjxxw.cq.gov.cn/zwxx_213/jxdt/index.html",
    "ningxia": "gxt.nx.gov.cn/xwzx/gzdt/index_1.html",
}


def test_history_spans_2019_to_2026_in_a_dozen_provinces():
    assert set(A.PROVINCES) == set(SITE_PAGES)
    years = {n.published[:4] for site in A.PROVINCES for n in A.history(site)}
    assert years == {str(y) for y in range(2019, 2027)}
    for site in A.PROVINCES:
        plan_years = [int(n.published[:4]) for n in A.history(site) if n.published[5:7] == "01"]
        assert len(plan_years) >= 6 and 2024 in plan_years, site


@pytest.mark.parametrize("site", sorted(SITE_PAGES))
def test_every_older_notice_is_listed_and_has_its_page(site):
    listing = (PAGES_DIR / SITE_PAGES[site]).read_text(encoding="utf-8")
    host, folder = SITE_PAGES[site].split("/", 1)[0], SITE_PAGES[site].rsplit("/", 1)[0]
    for notice in A.history(site):
        # a title can come back in another year (全省工业和信息化工作会议在X召开): the date tells them apart
        # the title as a@title (TRS lists) or as the link's <p> (重庆's div.item rows)
        shown = (f'title="{notice.title}"', f"<p>{notice.title}</p>")
        (row,) = [line for line in listing.splitlines() if any(s in line for s in shown) and notice.published in line]
        link = re.search(r'href="([^"]+)"', row).group(1)
        path = PAGES_DIR / (host + link if link.startswith("/") else folder + "/" + link[2:])
        assert notice.paragraphs[1] in path.read_text(encoding="utf-8")


def test_a_work_conference_reads_as_last_years_outcomes_and_this_years_targets_and_tasks():
    hubei = A.PROVINCES["hubei"]
    notice = A.work_conference("hubei", 2024, serial=7)
    page = detail(notice.title, notice.published, "湖北省经济和信息化厅", notice.paragraphs, wrapper="hubei")
    record = extract_bytes(page.encode(), doc="hubei.shtml", kind="html", url="https://jxt.hubei.gov.cn/bmdt/jxtyw/x.shtml",
                           province="湖北")
    got = {(i["measure"], i["period"], i["target"], i["value"]) for i in record["indicators"]
           if i["name"] in ("规上工业增加值", "规模以上工业增加值")}
    assert ("growth", "2023", False, hubei.growth[2023]) in got
    assert any(period == "2024" and target for _, period, target, _ in got)
    tasks = [t for t in record["tasks"] if t["kind"] == "task"]
    assert {t["year"] for t in tasks} == {2024} and len(tasks) >= 4
