"""Hanweb (大汉) column pages: JCMS ``jpage`` datastores and JPaaS ``build/unit`` fragments.

jpage: the column page holds ``<script type="text/xml"><datastore>`` with ``<nextgroup>`` (the
``dataproxy.jsp`` address) and CDATA ``<record>`` rows; further pages come from
``dataproxy.jsp?…&startrecord=S&endrecord=E&perpage=P`` as the same XML with ``<totalrecord>`` and
``<totalpage>``.

JPaaS: the column page is a shell with ``<script parseType="buildstatic" url="…/build/unit"
queryData="{…}">`` (real shells write camelCase attributes: ``webId=``, ``queryData=``; HTML
attribute names are case-insensitive, so they are read that way); the unit answers ``{"data": {"html": …}}`` where the HTML holds
``li.cf > a.fl[title] + span.fr`` and ``<div class="pagination" count=… rows=… pageNo=…>``.

A Hanweb site may move from one to the other; both row families accept either page shape.
"""
from __future__ import annotations

import json
import re
from html import unescape
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from parsel import Selector

from crawlers.dates import date_from_url, find_date
from crawlers.families import ListItem, ListPage, PageRequest
from crawlers.urls import canonical_url

if TYPE_CHECKING:
    from crawlers.sites import Column

_DATASTORE = re.compile(r"<datastore>(.*?)</datastore>", re.S)
_RECORD = re.compile(r"<record>\s*<!\[CDATA\[(.*?)\]\]>\s*</record>", re.S)
_NEXTGROUP = re.compile(r"<nextgroup>\s*<!\[CDATA\[(.*?)\]\]>\s*</nextgroup>", re.S)
_TAG_NUMBER = {name: re.compile(rf"<{name}>\s*(\d+)\s*</{name}>") for name in ("totalrecord", "totalpage")}
_JS_NUMBER = {name: re.compile(rf"{name}\s*[:=]\s*['\"]?(\d+)") for name in ("totalRecord", "perPage")}
_BUILDSTATIC = re.compile(r"<script[^>]*parseType=\"buildstatic\"[^>]*>", re.S | re.I)
_ATTR = re.compile(r"(\w+)\s*=\s*\"([^\"]*)\"")
DEFAULT_PER_PAGE = 15
DEFAULT_ROWS = 24


def first_request(column: "Column") -> PageRequest:
    """The column page, or (a row with an ``[api]`` table, 江苏) the dataproxy window itself.

    The api URL carries the first window (``?startrecord=1&endrecord=25&perpage=25``) and the
    form the site's own page posts (``columnid``, ``unitid``, ``webid`` …).
    """
    if column.api is not None:
        return PageRequest(column.api.url, method="POST", form=dict(column.api.form))
    return PageRequest(column.list_url)


def parse(column: "Column", url: str, text: str, page: int = 1) -> ListPage:
    stripped = text.lstrip()
    if stripped.startswith("{"):
        return _parse_unit(column, url, text, page)
    if _DATASTORE.search(text):
        return _parse_datastore(column, url, text, page)
    shell = _BUILDSTATIC.search(text)
    if shell:
        return _shell(url, shell.group(0))
    return ListPage(container_found=False)


# -- jpage ---------------------------------------------------------------------------------


def _parse_datastore(column: "Column", url: str, text: str, page: int) -> ListPage:
    store = _DATASTORE.search(text).group(1)  # type: ignore[union-attr]
    items = [item for record in _RECORD.findall(store) for item in _fragment_items(record, url, column)]
    numbers = {name: int(m.group(1)) for name, rx in _TAG_NUMBER.items() if (m := rx.search(store))}
    script = {name: int(m.group(1)) for name, rx in _JS_NUMBER.items() if (m := rx.search(text))}
    # The window size is the request's own perpage (江苏 asks for 25), then the page's jpage call's.
    per_page = _window(url).get("perpage") or script.get("perPage") or DEFAULT_PER_PAGE
    total_pages = numbers.get("totalpage")
    total_records = numbers.get("totalrecord", script.get("totalRecord"))
    if total_pages is None and total_records is not None:
        total_pages = -(-total_records // per_page)
    next_request = None
    proxy = _proxy_url(store, text, url)
    if proxy and total_pages is not None and page < total_pages:
        start = page * per_page + 1
        window = {"startrecord": start, "endrecord": start + per_page - 1, "perpage": per_page}
        method, form = ("POST", dict(column.api.form)) if column.api is not None else ("GET", None)
        next_request = PageRequest(_with_query(proxy, window), method=method, form=form, page=page + 1)
    return ListPage(items=items, next=next_request, total_pages=total_pages)


_WINDOW_KEYS = ("startrecord", "endrecord", "perpage")


def _window(url: str) -> dict[str, int]:
    """The record window a dataproxy URL asks for ({} for a column page)."""
    query = parse_qsl(urlsplit(url).query, keep_blank_values=True)
    return {k: int(v) for k, v in query if k in _WINDOW_KEYS and v.isdigit()}


def _with_query(url: str, replace: dict[str, object]) -> str:
    """``url`` with the window parameters replaced, whatever their position in the query."""
    parts = urlsplit(url)
    kept = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in replace]
    query = urlencode(kept + [(k, str(v)) for k, v in replace.items()], safe="/")
    return urlunsplit(parts._replace(query=query))


def _proxy_url(store: str, page_text: str, url: str) -> str | None:
    group = _NEXTGROUP.search(store)
    if group:
        href = Selector(text=group.group(1)).css("a::attr(href)").get()
        if href:
            # The nextgroup link carries page=N of the group; the record window replaces it.
            parts = urlsplit(unescape(href))
            query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "page"]
            return canonical_url(urlunsplit(parts._replace(query=urlencode(query, safe="/"))), url)
    if "dataproxy.jsp" in url:
        parts = urlsplit(url)
        query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in _WINDOW_KEYS]
        return canonical_url(urlunsplit(parts._replace(query=urlencode(query, safe="/"))), url)
    return None


def _fragment_items(fragment: str, base: str, column: "Column") -> list[ListItem]:
    """A record's rows: usually one ``<li>``; 浙江's inline store may hold several ``p.lb-list``.

    Each row gives its first usable link, dated by the row's own text (``span``, ``b``, ``em`` or a
    ``readlabel`` attribute), else by the URL.
    """
    doc = Selector(text=fragment)
    rows = doc.css(column.selectors.get("item", "li, p.lb-list")) or [doc]
    items = []
    for row in rows:
        item = _row_item(row, base, column)
        if item is not None:
            items.append(item)
    return items


def _row_item(row: Selector, base: str, column: "Column") -> ListItem | None:
    for link in row.css(column.selectors.get("link", "a")):
        href = (link.attrib.get("href") or "").strip()
        if not href or href.startswith(("javascript:", "#")):
            continue
        url = canonical_url(href, base)
        title = (link.attrib.get("title") or " ".join(link.css("::text").getall())).strip()
        shown = " ".join(row.css("span::text, b::text, em::text").getall()) + " " + " ".join(
            row.css("[readlabel]::attr(readlabel)").getall()
        )
        when = find_date(shown) or date_from_url(url)
        return ListItem(url=url, title=" ".join(title.split()) or None, date=when)
    return None


# -- JPaaS ---------------------------------------------------------------------------------


def _shell(url: str, script_tag: str) -> ListPage:
    # HTML attribute names are case-insensitive: real shells write queryData= and webId=.
    attrs = {name.lower(): value for name, value in _ATTR.findall(script_tag)}
    unit = attrs.get("url")
    if not unit:
        return ListPage(container_found=False)
    # querydata is a JS object literal with single quotes: {'webId':'…','pageId':'…'}
    query = json.loads(unescape(attrs.get("querydata", "{}")).replace("'", '"') or "{}")
    return ListPage(next=PageRequest(_unit_url(canonical_url(unit, url), query, 1), page=1), shell=True)


def _unit_url(unit: str, query: dict[str, object], page: int, rows: int = DEFAULT_ROWS) -> str:
    params = {"parseType": "buildstatic", **{k: str(v) for k, v in query.items()}}
    params["paramJson"] = json.dumps({"pageNo": page, "pageSize": rows}, separators=(",", ":"))
    return f"{unit}?{urlencode(params)}"


def _parse_unit(column: "Column", url: str, text: str, page: int) -> ListPage:
    try:
        payload = json.loads(text)
        html = payload["data"]["html"]
    except (ValueError, KeyError, TypeError):
        return ListPage(container_found=False)
    doc = Selector(text=html)
    rows = doc.css("li.cf") or doc.css("li")
    items = []
    for row in rows:
        link = row.css("a")
        href = (link.attrib.get("href") or "").strip() if link else ""
        if not href:
            continue
        item_url = canonical_url(href, url)
        title = (link.attrib.get("title") or " ".join(link.css("::text").getall())).strip()
        when = find_date(" ".join(row.css("span::text").getall())) or date_from_url(item_url)
        items.append(ListItem(url=item_url, title=title or None, date=when))
    pager = doc.css("div.pagination")
    total_pages = None
    next_request = None
    if pager:
        count = int(pager.attrib.get("count", "0") or 0)
        rows_per_page = int(pager.attrib.get("rows", str(DEFAULT_ROWS)) or DEFAULT_ROWS)
        total_pages = -(-count // rows_per_page) if count else 0
        if page < total_pages:
            parts = urlsplit(url)
            query = dict(parse_qsl(parts.query, keep_blank_values=True))
            query["paramJson"] = json.dumps({"pageNo": page + 1, "pageSize": rows_per_page}, separators=(",", ":"))
            next_request = PageRequest(urlunsplit(parts._replace(query=urlencode(query))), page=page + 1)
    return ListPage(items=items, next=next_request, total_pages=total_pages)
