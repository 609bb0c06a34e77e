"""The columns a crawl read and the discovery's candidates, from real crawl reports of the mirror."""
from __future__ import annotations

import pytest

from crawlers.mirror import MirrorServer
from crawlers.mirror.articles import history
from crawlers.runner import run_crawl


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """One mirror crawl of a row that discovers its column (陕西) and one that has it configured (宁夏)."""
    data = tmp_path_factory.mktemp("disc") / "data"
    out = data / "raw" / "r1"
    out.mkdir(parents=True)
    with MirrorServer() as mirror:
        codes = [run_crawl(site, out, data / "seen.json", mirror=mirror.url, timeout=120) for site in ("shaanxi", "ningxia")]
    assert codes == [0, 0]
    return data


def test_the_column_read_and_where_it_came_from(crawled, tmp_path):
    from warehouse.store import Warehouse

    with Warehouse.open(crawled) as wh:
        wh.load_raw_run("r1")
        wh.load_raw_run("r1")  # twice: nothing doubles
        columns = wh.con.execute(
            "SELECT site_id, column_id, source, items, list_url FROM crawl_columns ORDER BY site_id").fetchall()
        assert columns == [("ningxia", "gzdt", "configured", 3 + len(history("ningxia")), None),  # + its older notices
                           ("shaanxi", "gzdt", "discovered", 3, "https://gxt.shaanxi.gov.cn/xwzx/gzdt/")]
        why = wh.con.execute("SELECT why FROM crawl_columns WHERE source = 'discovered'").fetchone()[0]
        assert "工作动态" in why and "3 rows" in why
        candidates = wh.con.execute(
            "SELECT name, chosen, column_id FROM column_discoveries WHERE site_id = 'shaanxi' ORDER BY seq").fetchall()
        assert candidates == [("工作动态", True, "gzdt")]
        pages = wh.con.execute("SELECT DISTINCT column_id FROM raw_pages WHERE site_id = 'shaanxi'").fetchall()
        assert pages == [("gzdt",)]
