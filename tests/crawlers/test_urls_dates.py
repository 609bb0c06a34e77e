"""Canonical URLs and the dates on list rows and in article URLs."""
from __future__ import annotations

from datetime import date

import pytest

from crawlers.dates import date_from_url, find_date
from crawlers.urls import canonical_url


def test_dot_segments_resolved_against_the_list():
    assert canonical_url("./202603/t20260305_1.html", "https://jxj.beijing.gov.cn/jxdt/gzdt/") == \
        "https://jxj.beijing.gov.cn/jxdt/gzdt/202603/t20260305_1.html"


def test_parent_segments():
    assert canonical_url("../tzgg/a.html", "https://x.gov.cn/a/b/index.html") == "https://x.gov.cn/a/tzgg/a.html"


def test_scheme_and_host_lowercased_fragment_and_default_port_dropped():
    assert canonical_url("HTTPS://GXT.Fujian.gov.cn:443/a/./b.htm#top") == "https://gxt.fujian.gov.cn/a/b.htm"


def test_query_that_names_the_page_is_kept():
    assert canonical_url("/xzweb/detail?id=12&channelId=8", "https://jxt.xizang.gov.cn/") == \
        "https://jxt.xizang.gov.cn/xzweb/detail?id=12&channelId=8"


@pytest.mark.parametrize("text, expected", [
    ("2026-03-05", date(2026, 3, 5)), ("[2026/3/5]", date(2026, 3, 5)), ("2026年3月5日", date(2026, 3, 5)),
    ("发布时间：2026-13-45 2026-01-02", date(2026, 1, 2)), ("03-05", None), ("", None),
])
def test_find_date(text, expected):
    assert find_date(text) == expected


@pytest.mark.parametrize("url, expected", [
    ("https://a.gov.cn/x/202603/t20260305_33581897.html", date(2026, 3, 5)),
    ("https://a.gov.cn/art/2026/6/10/art_6278_11783480.html", date(2026, 6, 10)),
    ("https://a.gov.cn/gxt/tztg/2026021111172427873/", date(2026, 2, 11)),
    ("https://a.gov.cn/c/2026-04-17/8480381.shtml", date(2026, 4, 17)),
    ("https://a.gov.cn/zxxx/20260417/5f0c1a9e.html", date(2026, 4, 17)),
    ("https://a.gov.cn/wzsy/zwdt/gxdt/t31200456.shtml", None),
])
def test_date_from_url(url, expected):
    assert date_from_url(url) == expected
