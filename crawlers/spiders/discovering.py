"""The discovery callbacks of the site spider: ``crawlers/discovery.py`` decides, these fetch.

Mixed into ``SiteSpider`` (``spiders/base.py``), whose ``start`` requests the home page with
``parse_home`` when the row discovers. Every request goes through the spider's own settings
(robots.txt, delays, 2 per domain) and stays on the row's domain (the discovery keeps candidates
there and OffsiteMiddleware would drop anything else); ``Discovery`` keeps the page budget.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

import scrapy
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError

from crawlers.discovery import Found
from crawlers.failures import exception_kind, response_problem
from crawlers.families import first_request, parse_list
from crawlers.sites import Column

if TYPE_CHECKING:
    from crawlers.discovery import Discovery
    from crawlers.report import CrawlReport
    from crawlers.sites import Site


class DiscoveryMixin:
    site: "Site"
    discovery: "Discovery | None"
    report: "CrawlReport"
    columns: dict[str, Column]
    listed: set[tuple[str, str, str]]
    request_cookies: dict[str, str]
    _index_pending: int
    # SiteSpider's own helpers, used here
    _text: Any
    _read_list: Any

    def parse_home(self, response: Response) -> Any:
        assert self.discovery is not None
        self.discovery.spend()  # the home page counts against the discovery budget
        if self._problem(response, None):
            return
        index_pages = self.discovery.read_page(self._text(response), response.url, home=True)
        self._index_pending = len(index_pages)
        for url in index_pages:
            yield self._discovery_request(url, self.parse_index, None)
        if not index_pages:
            yield from self._check_next()

    def parse_index(self, response: Response) -> Any:
        assert self.discovery is not None
        if response.status < 400 and not self._problem_quietly(response):
            self.discovery.read_page(self._text(response), response.url, home=False)
        self._index_pending -= 1
        if self._index_pending <= 0:
            yield from self._check_next()

    def parse_candidate(self, response: Response) -> Any:
        assert self.discovery is not None
        found: Found = response.meta["gxt_found"]
        problem = self._problem_quietly(response)
        if problem:
            self.discovery.reject(found, problem)
            yield from self._check_next()
            return
        text = self._text(response)
        verdict = self.discovery.judge(found, text, response.url, response.meta.get("gxt_trial"))
        self._write_discovered()
        if verdict is None:
            yield from self._check_next()
        elif isinstance(verdict, Column):
            self._adopt(verdict)
            page = parse_list(verdict, response.url, text, 1)
            from crawlers.spiders.base import _list_key  # base imports this module

            self.listed.add(_list_key(verdict, first_request(verdict)))
            yield from self._read_list(verdict, response, page, 1)
        else:  # a shell page: fetch what fills it, then judge again
            column = found.column
            meta = {"gxt_column": None, "gxt_found": found, "gxt_trial": column}
            common = {"callback": self.parse_candidate, "errback": self.on_discovery_error, "dont_filter": True,
                      "meta": meta, "cookies": self.request_cookies}
            if verdict.method == "POST":
                yield scrapy.FormRequest(verdict.url, formdata=verdict.form or {}, headers={"Referer": found.url}, **common)
            else:
                yield scrapy.Request(verdict.url, **common)

    def on_discovery_error(self, failure: Any) -> Any:
        """A candidate or index page that failed: noted in the candidate's why, never a crawl failure."""
        request = failure.request
        kind, reason = ("http_error", f"HTTP {failure.value.response.status}") if isinstance(failure.value, HttpError) \
            else exception_kind(failure.value)
        found = request.meta.get("gxt_found")
        if found is not None and self.discovery is not None:
            self.discovery.reject(found, f"{kind}: {reason}")
            yield from self._check_next()
        else:
            self._index_pending -= 1
            if self._index_pending <= 0:
                yield from self._check_next()

    def _check_next(self) -> Any:
        assert self.discovery is not None
        found = self.discovery.next_candidate()
        self._write_discovered()
        if found is not None:
            yield self._discovery_request(found.url, self.parse_candidate, found)

    def _discovery_request(self, url: str, callback: Any, found: Found | None) -> scrapy.Request:
        # Same site only: the discovery module keeps candidates on the row's domain, and
        # OffsiteMiddleware (allowed_domains) would drop anything else.
        return scrapy.Request(url, callback=callback, errback=self.on_discovery_error, dont_filter=True,
                              meta={"gxt_column": None, "gxt_found": found}, cookies=self.request_cookies)

    def _adopt(self, column: Column) -> None:
        self.columns[column.id] = column
        self.report.column(column.id)["source"] = "discovered"

    def _write_discovered(self) -> None:
        assert self.discovery is not None
        self.report.discovered = self.discovery.report()

    def _problem_quietly(self, response: Response) -> str | None:
        problem = response_problem(response.status, response.body)
        return f"{problem[0]}: {problem[1]}" if problem else None

    def _close_discovery(self) -> None:
        """At the end: the candidates into the report; no confirmed column is the site's failure."""
        if self.discovery is None:
            return
        self._write_discovered()
        if self.discovery.chosen is None and not self.report.has_failure(None):
            self.report.fail(None, self.site.base_url, "structure_changed", None,
                             "discovery found no news column (see discovered)")
