"""The mirror server: real hostnames as path prefixes, directory indexes, rules, faults."""
from __future__ import annotations

import urllib.error
import urllib.request

import pytest

from crawlers.mirror.handler import mirror_url, real_url


def fetch(url: str, data: bytes | None = None) -> tuple[int, bytes, dict]:
    try:
        with urllib.request.urlopen(url, data=data, timeout=10) as response:
            return response.status, response.read(), dict(response.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read(), dict(err.headers)


def test_real_url_maps_onto_the_mirror_and_back():
    url = "https://gxt.hunan.gov.cn/gxt/xxgk_71033/gzdt/jxyw/?page=2"
    mapped = mirror_url("http://127.0.0.1:9", url)
    assert mapped == "http://127.0.0.1:9/gxt.hunan.gov.cn/gxt/xxgk_71033/gzdt/jxyw/?page=2"
    assert real_url("http://127.0.0.1:9", mapped, "https") == url


def test_directory_serves_its_index(mirror):
    status, body, _ = fetch(f"{mirror.url}/jxj.beijing.gov.cn/jxdt/gzdt/")
    assert status == 200 and "ul class=\"list\"" in body.decode()


def test_unknown_page_is_404(mirror):
    assert fetch(f"{mirror.url}/jxj.beijing.gov.cn/nowhere.html")[0] == 404


def test_form_parameters_choose_the_page(mirror):
    status, body, _ = fetch(f"{mirror.url}/gxt.fujian.gov.cn/fjdzapp/search", b"classsql=chnlid%3D32377&page=2")
    assert status == 200 and b'"page": 2' in body


@pytest.mark.parametrize("path, status", [
    ("gxt.gansu.gov.cn/gxt/c107572/202605/2180023.shtml", 412), ("gxt.yn.gov.cn/zwgk/gzdt/202605/t20260506_2870034.html", 521),
    ("gxt.gansu.gov.cn/gxt/c107572/202606/2190011.shtml", 200),  # the $_ss script at 200
])
def test_challenge_pages(mirror, path, status):
    answer = fetch(f"{mirror.url}/{path}")
    assert answer[0] == status and (b"$_ts" in answer[1] or b"$_ss" in answer[1] or b"jsl_clearance" in answer[1])


def test_faults_are_announced_in_a_header(mirror):
    assert fetch(f"{mirror.url}/gxt.hlj.gov.cn/gxt/c106958/202605/c00_31970007.shtml")[2].get("X-Gxt-Mirror-Fault") == "dns"


def test_a_query_address_is_served_from_the_file_named_after_it(mirror):
    status, body, _ = fetch(f"{mirror.url}/jxt.xizang.gov.cn/xzweb/list?channelId=8&categoryId=160")
    assert status == 200 and "detail?id=5123" in body.decode()


def test_every_page_says_what_its_markup_follows(mirror):
    from crawlers.mirror.server import PAGES_DIR

    pages = [p for p in PAGES_DIR.rglob("*") if p.suffix in (".html", ".shtml", ".htm", ".xml") and p.stat().st_size]
    assert pages and all(b"<!-- gxt mirror page (" in p.read_bytes()[:600] for p in pages)


def test_jiangsu_mirror_reproduces_the_real_record_markup(shared):
    from crawlers.mirror.server import PAGES_DIR

    real = (shared / "realpages" / "crawl" / "gxt.jiangsu_dataproxy_col6278_excerpt.xml").read_text(encoding="utf-8")
    mirror = (PAGES_DIR / "gxt.jiangsu.gov.cn" / "module/web/jpage/dataproxy_6282_p1.xml").read_text(encoding="utf-8")
    for marker in ('<record><![CDATA[ <li class="ft14lh30 cf"><font> · </font>', 'target="_blank"', "<totalrecord>", "<totalpage>"):
        assert marker in real and marker in mirror


def test_robots_txt_disallows_a_path(mirror):
    assert b"Disallow: /gxgz/" in fetch(f"{mirror.url}/gxt.shanxi.gov.cn/robots.txt")[1]


def test_pages_cannot_escape_the_pages_directory(mirror):
    assert mirror.resolve("jxj.beijing.gov.cn", "/../../routes.toml") is None
    assert mirror.resolve("jxj.beijing.gov.cn", "/robots.txt") is not None


def test_jiangxi_mirror_channel_page_reproduces_the_real_shell(shared):
    from crawlers.mirror.server import PAGES_DIR

    real = (shared / "realpages" / "crawl" / "sthjt.jiangxi_col42150_hanweb_jpage.html").read_text(encoding="utf-8")
    mirror = (PAGES_DIR / "gxt.jiangxi.gov.cn" / "jxsgyhxxht/gzdt/index.html").read_text(encoding="utf-8")
    for marker in ('<base href="/', 'type="text/x-handlebars-template"', "<ul class='List_list'>", "var params = {",
                   "webSiteCode: ['", "channelCode: ['", "perPage: '15'", "loadPageData(params, '", "var channelsTagSelf = "):
        assert marker in real and marker in mirror, marker
