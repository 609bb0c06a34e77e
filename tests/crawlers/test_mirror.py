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


@pytest.mark.parametrize("host, status", [("gxt.gansu.gov.cn", 412), ("gxt.yn.gov.cn", 521)])
def test_challenge_hosts(mirror, host, status):
    assert fetch(f"{mirror.url}/{host}/")[0] == status


def test_faults_are_announced_in_a_header(mirror):
    assert fetch(f"{mirror.url}/gxt.hlj.gov.cn/")[2].get("X-Gxt-Mirror-Fault") == "dns"


def test_robots_txt_disallows_a_path(mirror):
    assert b"Disallow: /gxgz/" in fetch(f"{mirror.url}/gxt.shanxi.gov.cn/robots.txt")[1]


def test_pages_cannot_escape_the_pages_directory(mirror):
    assert mirror.resolve("jxj.beijing.gov.cn", "/../../routes.toml") is None
    assert mirror.resolve("jxj.beijing.gov.cn", "/robots.txt") is not None
