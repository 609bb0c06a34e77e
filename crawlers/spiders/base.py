"""The generic site spider: one per row of ``sites.toml``, built by ``crawlers.spiders``.

What a crawl does: each column's list pages newest first; stop at the watermark (a page whose
new items are all dated before the column's watermark, or a page with nothing new; undated rows
never stop paging) or, with ``since=``, at the first page entirely older than ``since``; skip
detail URLs already seen; fetch the rest; write raw pages and the report. Meeting notices are
tagged from titles, never filtered.
"""
from __future__ import annotations

import os
from collections.abc import AsyncIterator
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, ClassVar

import scrapy
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError

from crawlers.detail import detail_fields
from crawlers.discovery import Discovery
from crawlers.failures import Undecodable, decode_page, exception_kind, response_problem
from crawlers.families import ListItem, PageRequest, first_request, parse_list
from crawlers.keywords import is_meeting_title
from crawlers.report import CrawlReport, report_path, utc_now
from crawlers.sites import Column, Site, load_sites
from crawlers.spiders.discovering import DiscoveryMixin
from crawlers.state import load_state
from crawlers.urls import canonical_url, host_of

MIRROR_HANDLER = "crawlers.mirror.handler.MirrorDownloadHandler"
_GB = {"gb2312", "gbk", "gb_2312-80", "cp936", "gb18030"}


class SiteSpider(DiscoveryMixin, scrapy.Spider):
    site: ClassVar[Site]
    # Cookies sent with every request (a subclass sets them when a site needs them).
    request_cookies: ClassVar[dict[str, str]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        # A hand-written subclass names its site; its row comes from the table in use
        # (GXT_SITES may point at another one, where the row may be absent: no spider then).
        super().__init_subclass__(**kwargs)
        if "site" not in cls.__dict__ and cls.__dict__.get("name"):
            row = next((s for s in load_sites() if s.id == cls.name), None)
            if row is None:
                cls.name = None  # type: ignore[assignment]  # the spider loader skips nameless classes
            else:
                cls.site = row

    @classmethod
    def update_settings(cls, settings: Any) -> None:
        super().update_settings(settings)
        settings.set("ROBOTSTXT_OBEY", cls.site.robots_obey, priority="spider")
        settings.set("DOWNLOAD_VERIFY_CERTIFICATES", cls.site.tls_verify, priority="spider")
        mirror = settings.get("GXT_MIRROR") or os.environ.get("GXT_MIRROR", "")
        if mirror:
            settings.set("GXT_MIRROR", mirror, priority="spider")
            settings.set(
                "DOWNLOAD_HANDLERS", {"http": MIRROR_HANDLER, "https": MIRROR_HANDLER}, priority="spider"
            )
            for key, value in {
                "DOWNLOAD_DELAY": 0,
                "DOWNLOAD_DELAY_JITTER": 0,
                "AUTOTHROTTLE_ENABLED": False,
                "RETRY_BACKOFF_BASE": 0,
                "RETRY_TIMES": 1,
                "DOWNLOAD_TIMEOUT": settings.getint("GXT_MIRROR_TIMEOUT", 2),
            }.items():
                settings.set(key, value, priority="spider")

    def __init__(
        self,
        out: str | None = None,
        state: str | None = None,
        since: str | None = None,
        refetch: str | bool = False,
        **kwargs: Any,
    ):
        super().__init__(**kwargs)
        self.allowed_domains = [self.site.domain]
        self.out_dir = Path(out or Path("data") / "raw" / datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ"))
        self.state = load_state(state)
        self.since = date.fromisoformat(since) if since else None
        self.refetch = str(refetch).lower() in ("1", "true", "yes")
        self.report = CrawlReport(self.site.id)
        self.fetched: set[str] = set()  # detail URLs requested in this run (cross-column duplicates)
        self.listed: set[tuple[str, str, str]] = set()  # list pages requested (a pager loop ends here)
        self.columns: dict[str, Column] = {c.id: c for c in self.site.columns}  # + a discovered one
        self.discovery = Discovery(self.site) if self.site.discover else None
        self._index_pending = 0
        self.report.write(report_path(self.out_dir, self.site.id))

    # -- requests --------------------------------------------------------------------------

    async def start(self) -> AsyncIterator[Any]:
        for column in self.site.columns:
            self.report.column(column.id)["source"] = column.source
            first = first_request(column)
            self.listed.add(_list_key(column, first))
            yield self._list_request(column, first)
        if self.site.discover:
            yield scrapy.Request(
                self.site.base_url, callback=self.parse_home, errback=self.on_error,
                meta={"gxt_column": None}, dont_filter=True, cookies=self.request_cookies,
            )

    def _list_request(self, column: Column, page: PageRequest) -> scrapy.Request:
        common: dict[str, Any] = {
            "callback": self.parse_list_page, "errback": self.on_error, "dont_filter": True,
            "meta": {"gxt_column": column.id, "gxt_page": page.page}, "cookies": self.request_cookies,
        }
        if page.method == "POST":
            return scrapy.FormRequest(page.url, formdata=page.form or {}, headers={"Referer": column.list_url}, **common)
        return scrapy.Request(page.url, **common)

    # -- callbacks -------------------------------------------------------------------------

    def parse_list_page(self, response: Response) -> Any:
        column = self.columns[response.meta["gxt_column"]]
        page_number = response.meta["gxt_page"]
        if self._problem(response, column.id):
            return
        yield from self._read_list(column, response, parse_list(column, response.url, self._text(response), page_number), page_number)

    def _read_list(self, column: Column, response: Response, page: Any, page_number: int) -> Any:
        if not page.container_found:
            self.report.fail(column.id, response.url, "structure_changed", response.status,
                             f"list container not found ({column.family}: {column.selectors.get('container', 'family defaults')})")
            return
        if page.shell:
            if page.next:
                yield self._list_request(column, page.next)
            return
        counts = self.report.column(column.id)
        counts["list_pages"] += 1
        counts["items"] += len(page.items)
        self.report.stats["list_pages"] += 1
        self.report.stats["items_listed"] += len(page.items)
        for item in page.items:
            request = self._detail_request(column, item, response.url)
            if request is not None:
                counts["new"] += 1
                self.report.stats["items_new"] += 1
                yield request
        if page.next and self._keep_paging(column, page.items, page_number):
            key = _list_key(column, page.next)
            if key not in self.listed:
                self.listed.add(key)
                yield self._list_request(column, page.next)

    def _detail_request(self, column: Column, item: ListItem, list_url: str) -> scrapy.Request | None:
        if host_of(item.url) != self.site.domain:
            return None  # reposts on other sites: not this department's page
        if self.since and item.date and item.date < self.since:
            return None
        if item.url in self.fetched:
            return None  # the same notice listed in a second column
        if self.state.is_seen(item.url) and not self.refetch:
            self.report.stats["items_skipped_seen"] += 1
            return None
        self.fetched.add(item.url)
        meta = {
            "gxt_column": column.id, "gxt_url": item.url, "gxt_list_url": list_url,
            "gxt_title": item.title, "gxt_date": item.date.isoformat() if item.date else None,
        }
        return scrapy.Request(item.url, callback=self.parse_detail, errback=self.on_error, meta=meta,
                              cookies=self.request_cookies)

    def _keep_paging(self, column: Column, items: list[ListItem], page_number: int) -> bool:
        if not items:
            return False
        if self.since:
            cap = self.settings.getint("GXT_BACKFILL_MAX_LIST_PAGES", 200)
            older = all(i.date and i.date < self.since for i in items)
            if not older and page_number >= cap:
                self.report.fail(column.id, column.list_url, "list_cap", None,
                                 f"stopped after {cap} list pages (GXT_BACKFILL_MAX_LIST_PAGES) before reaching "
                                 f"{self.since}; the last page read was still newer")
                return False
            return not older
        if page_number >= self.settings.getint("GXT_MAX_LIST_PAGES", 10):
            return False
        unseen = [i for i in items if not self.state.is_seen(i.url)]
        if not unseen:
            return False
        mark = self.state.watermark(self.site.id, column.id)
        return not (mark and all(i.date and i.date < mark for i in unseen))

    def parse_detail(self, response: Response) -> Any:
        meta = response.meta
        column = meta["gxt_column"]
        if self._problem(response, column):
            return
        text = self._text(response)
        fields = detail_fields(text, response.url, self.columns[column].selectors)
        self.report.stats["detail_pages"] += 1
        title = meta["gxt_title"] or fields.title
        yield {
            "url": meta["gxt_url"],
            "final_url": canonical_url(response.url),
            "site": self.site.id,
            "column": column,
            "list_url": meta["gxt_list_url"],
            "list_title": meta["gxt_title"],
            "list_date": meta["gxt_date"],
            "status": response.status,
            "encoding": self._encoding(response),
            "html": text,
            "fetched_at": utc_now(),
            "headers": {
                "content-type": _header(response, b"Content-Type"),
                "last-modified": _header(response, b"Last-Modified"),
            },
            "meeting_title": is_meeting_title(title, self.site.meeting_keywords),
        }

    def on_error(self, failure: Any) -> Any:
        request = failure.request
        column = request.meta.get("gxt_column")
        error = failure.value
        if isinstance(error, HttpError):
            response = error.response
            kind, reason = response_problem(response.status, response.body) or ("http_error", f"HTTP {response.status}")
            self._fail(column, request.url, kind, response.status, reason)
            return
        kind, reason = exception_kind(error)
        if kind == "tls" and self.site.http_fallback and request.url.startswith("https://") \
                and not request.meta.get("gxt_http_fallback"):
            # The row says the site also answers on http: try that before reporting.
            yield request.replace(url="http://" + request.url[len("https://"):], dont_filter=True,
                                  meta={**request.meta, "gxt_http_fallback": True})
            return
        self._fail(column, request.url, kind, None, reason)

    # -- helpers ---------------------------------------------------------------------------

    def _problem(self, response: Response, column: str | None) -> bool:
        problem = response_problem(response.status, response.body)
        if problem:
            self._fail(column, response.url, problem[0], response.status, problem[1])
            return True
        if "gxt_url" in response.meta:  # a detail page: read its bytes strictly, or refuse it with the reason
            declared = self.site.encoding or (response.encoding if isinstance(response, TextResponse) else None)
            try:
                response.meta["gxt_text"], response.meta["gxt_encoding"] = decode_page(response.body, declared)
            except Undecodable as err:
                self._fail(column, response.url, "undecodable", response.status, str(err))
                return True
        return False

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> "SiteSpider":
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider._offsite_redirect, signal=scrapy.signals.request_scheduled)
        return spider

    def _offsite_redirect(self, request: scrapy.Request, spider: Any = None) -> None:
        """A detail page redirected off the site is dropped by Scrapy without a word: report it."""
        redirects = request.meta.get("redirect_urls")
        host = host_of(request.url)
        if not redirects or not request.meta.get("gxt_url") or request.dont_filter or host == self.site.domain \
                or (host or "").endswith("." + self.site.domain):
            return
        self._fail(request.meta.get("gxt_column"), request.meta["gxt_url"], "offsite_redirect", None,
                   f"redirected to {request.url}, off the site {self.site.domain}; not followed")

    def _fail(self, column: str | None, url: str, kind: str, status: int | None, reason: str) -> None:
        if kind == "challenge" and self.site.needs_browser:
            reason += "; the row says needs_browser and no browser fetch is configured"
        self.report.fail(column, url, kind, status, reason)

    def _text(self, response: Response) -> str:
        if "gxt_text" in response.meta:
            return response.meta["gxt_text"]
        if self.site.encoding:
            return response.body.decode(self.site.encoding, "replace")
        if isinstance(response, TextResponse):
            return response.text
        return response.body.decode("utf-8", "replace")

    def _encoding(self, response: Response) -> str:
        name = (response.meta.get("gxt_encoding") or self.site.encoding or getattr(response, "encoding", "utf-8")
                or "utf-8").lower()
        return "gb18030" if name in _GB else name

    def closed(self, reason: str) -> None:
        self._close_discovery()
        for column in self.columns.values():
            counts = self.report.column(column.id)
            if counts["items"] == 0 and not column.may_be_empty and not self.report.has_failure(column.id):
                self.report.fail(column.id, column.list_url, "structure_changed", None,
                                 "zero items listed (the row does not declare may_be_empty)")
        stats = self.crawler.stats.get_stats()
        self.report.stats["requests"] = int(stats.get("downloader/request_count", 0))
        self.report.finished = True
        self.report.finished_at = utc_now()
        self.report.write(report_path(self.out_dir, self.site.id))


def _list_key(column: Column, page: PageRequest) -> tuple[str, str, str]:
    return column.id, canonical_url(page.url), repr(sorted((page.form or {}).items()))


def _header(response: Response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None
