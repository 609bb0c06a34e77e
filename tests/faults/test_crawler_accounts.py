"""The crawler accounts for every listed item: a page it does not store is a failure with its kind
and reason (before: an off-site redirect and an undecodable page left no trace, a 74 MB page was an
``http_error`` without a status, and a backfill followed an endless 下一页 for 1020 list pages)."""
from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from crawlers.failures import Undecodable, decode_page
from crawlers.mirror import MirrorServer
from crawlers.mirror.server import Rule
from tests.crawlers.conftest import crawl_sites

SITE = "ningxia"


@pytest.fixture(scope="module")
def mirror():
    with MirrorServer() as server:
        yield server


@pytest.fixture(scope="module")
def detail_urls(mirror, tmp_path_factory) -> list[str]:
    root = tmp_path_factory.mktemp("first")
    urls = [page["url"] for page in crawl_sites(mirror, root / "raw", root / "seen.json", [SITE]).pages(SITE)]
    assert len(urls) >= 3
    return sorted(urls)


def _rule(url: str, **answer) -> Rule:
    parts = urlsplit(url)
    return Rule(host=parts.hostname, path=parts.path, **answer)


@pytest.mark.timeout(180)
def test_pages_not_stored_are_failures_with_their_kind_and_reason(mirror, detail_urls, tmp_path):
    offsite, oversize, binary = detail_urls[:3]
    shipped = list(mirror.rules)
    mirror.rules[:0] = [
        _rule(offsite, status=302, headers={"Location": "https://www.example.com/elsewhere.html"}),
        _rule(oversize, body="<html><body>" + "会" * 20000 + "</body></html>"),
        _rule(binary, body="<html><body>\x00\x00\x00" + "\x00" * 50 + "</body></html>"),
    ]
    try:
        run = crawl_sites(mirror, tmp_path / "raw", tmp_path / "seen.json", [SITE], extra=["-s", "DOWNLOAD_MAXSIZE=30000"])
    finally:
        mirror.rules[:] = shipped
    failures = {f["url"]: f for f in run.report(SITE)["failures"]}
    stored = {page["url"] for page in run.pages(SITE)}
    assert failures[offsite]["kind"] == "offsite_redirect"
    assert "https://www.example.com/elsewhere.html" in failures[offsite]["reason"]
    oversized = next(f for f in failures.values() if f["kind"] == "oversize")
    assert urlsplit(oversized["url"]).path == urlsplit(oversize).path
    assert "60,0" in oversized["reason"] and "30,000" in oversized["reason"]  # the page's size and the limit
    assert failures[binary]["kind"] == "undecodable" and "NUL" in failures[binary]["reason"]
    assert not {offsite, oversize, binary} & stored
    # Every item listed is either stored or a failure.
    report = run.report(SITE)
    assert report["stats"]["items_new"] == len(stored) + 3


@pytest.mark.timeout(180)
def test_a_backfill_stops_at_the_list_page_cap_and_says_so(mirror, tmp_path):
    run = crawl_sites(mirror, tmp_path / "raw", tmp_path / "seen.json", [SITE], since="2000-01-01",
                      extra=["-s", "GXT_BACKFILL_MAX_LIST_PAGES=1"])
    caps = [f for f in run.report(SITE)["failures"] if f["kind"] == "list_cap"]
    assert caps and "stopped after 1 list pages" in caps[0]["reason"] and "2000-01-01" in caps[0]["reason"]
    assert run.report(SITE)["stats"]["list_pages"] == len(caps)


def test_a_page_in_another_encoding_than_declared_is_read_in_the_right_one():
    assert decode_page("全省工业和信息化工作会议".encode("gb18030"), "utf-8") == ("全省工业和信息化工作会议", "gb18030")
    assert decode_page("会议".encode("utf-8"), "gbk") == ("会议", "utf-8")


def test_a_stray_bad_byte_keeps_the_page_but_garbage_is_refused():
    text, encoding = decode_page("会议".encode("utf-8") * 1000 + b"\xff", "utf-8")
    assert encoding == "utf-8" and text.count("\ufffd") == 1
    with pytest.raises(Undecodable, match="readable as none of utf-8, gb18030"):
        decode_page(b"\xff\xfe\xfd\x80" * 100, "utf-8")
