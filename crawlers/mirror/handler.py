"""Scrapy download handler for mirror mode: every real ``http(s)://host/path`` is fetched from
``GXT_MIRROR/host/path`` and the response gets its real URL back.

It sits under all downloader middlewares, so robots.txt, redirects, offsite checks, retries and
relative links all see the real hostnames. Faults the mirror cannot produce on a loopback socket
(DNS, TLS) come back as an ``X-Gxt-Mirror-Fault`` header and are raised here as the exceptions
Scrapy raises for the real thing.
"""
from __future__ import annotations

from urllib.parse import urlsplit

from OpenSSL import SSL
from scrapy import Request
from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.crawler import Crawler
from scrapy.exceptions import CannotResolveHostError
from scrapy.http import Response

from crawlers.mirror.server import FAULT_HEADER, SCHEME_HEADER


def mirror_url(mirror: str, url: str) -> str:
    parts = urlsplit(url)
    query = f"?{parts.query}" if parts.query else ""
    return f"{mirror.rstrip('/')}/{parts.hostname}{parts.path or '/'}{query}"


def real_url(mirror: str, url: str, scheme: str) -> str:
    """Map a mirror address (e.g. in a Location header) back to the real one."""
    prefix = mirror.rstrip("/") + "/"
    if not url.startswith(prefix):
        return url
    return f"{scheme}://{url[len(prefix):]}"


class MirrorDownloadHandler(HTTP11DownloadHandler):
    lazy = False

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.mirror = crawler.settings.get("GXT_MIRROR", "")

    async def download_request(self, request: Request) -> Response:
        if not self.mirror:
            return await super().download_request(request)
        scheme = urlsplit(request.url).scheme
        headers = request.headers.copy()
        headers[SCHEME_HEADER] = scheme
        response = await super().download_request(request.replace(url=mirror_url(self.mirror, request.url), headers=headers))
        fault = (response.headers.get(FAULT_HEADER) or b"").decode()
        if fault == "dns":
            raise CannotResolveHostError(f"DNS lookup failed: no results for hostname lookup: {urlsplit(request.url).hostname}")
        if fault == "tls":
            raise SSL.Error([("SSL routines", "", "certificate verify failed")])
        location = response.headers.get(b"Location")
        headers = response.headers.copy()
        headers.pop(FAULT_HEADER, None)
        if location:
            headers[b"Location"] = real_url(self.mirror, location.decode("latin-1"), scheme).encode("latin-1")
        return response.replace(url=request.url, headers=headers)
