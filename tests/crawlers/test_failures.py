"""Failure kinds decided from responses and exceptions."""
from __future__ import annotations

import pytest
from OpenSSL import SSL
from scrapy.exceptions import CannotResolveHostError, DownloadTimeoutError, IgnoreRequest

from crawlers.failures import exception_kind, response_problem


@pytest.mark.parametrize("status, body, kind", [
    (412, b"<script>$_ts=window['$_ts'];</script>", "challenge"),
    (200, b"<script>$_ss=window['$_ss'];if(!$_ss)$_ss={};</script>", "challenge"),  # 甘肃's 瑞数 script, answered 200
    (521, b"<script>document.cookie='__jsl_clearance_s=1'</script>", "challenge"),
    (200, "<noscript>请开启JavaScript并刷新该页</noscript><script>var wzwsquestion='1'</script>".encode(), "challenge"),
    (500, b"<h1>500</h1>", "http_error"),
    (404, b"not found", "http_error"),
    (200, b"  \n ", "empty_body"),
])
def test_response_problems(status, body, kind):
    assert response_problem(status, body)[0] == kind


def test_a_normal_page_is_no_problem():
    assert response_problem(200, "<html><p>全省工业和信息化工作会议召开</p></html>".encode()) is None


def test_a_long_article_quoting_a_marker_is_not_a_challenge():
    assert response_problem(200, ("<p>正文</p>" * 3000 + "$_ts").encode()) is None


@pytest.mark.parametrize("error, kind", [
    (IgnoreRequest("Forbidden by robots.txt"), "robots_forbidden"),
    (CannotResolveHostError("no results"), "dns"),
    (DownloadTimeoutError("took longer than 2 seconds"), "timeout"),
    (SSL.Error([("SSL routines", "", "certificate verify failed")]), "tls"),
])
def test_exception_kinds(error, kind):
    assert exception_kind(error)[0] == kind


def test_tls_error_wrapped_in_another_exception():
    try:
        try:
            raise SSL.Error([("SSL routines", "", "bad ecpoint")])
        except SSL.Error as inner:
            raise RuntimeError("download failed") from inner
    except RuntimeError as outer:
        assert exception_kind(outer)[0] == "tls"
