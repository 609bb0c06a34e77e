"""JSON list APIs: 福建 ``POST /fjdzapp/search``, 江西 ``POST /queryList``, 湖北 static ``*.json``.

They give title, date and URL without HTML guessing. The page count comes from the answer
(``pageCount``/``total``); without one, paging goes on only while a page comes back full.
"""
from __future__ import annotations

import json
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING, Any

from crawlers.dates import date_from_url, find_date
from crawlers.families import ListItem, ListPage, PageRequest
from crawlers.urls import canonical_url

if TYPE_CHECKING:
    from crawlers.sites import Column


def first_request(column: "Column") -> PageRequest:
    return _request(column, 1)


def _request(column: "Column", page: int) -> PageRequest:
    api = column.api
    assert api is not None, f"column {column.id} has no api table"
    if column.family == "hubei_json":
        return PageRequest(api.url, page=page)
    form = dict(api.form)
    if api.page_param:
        form[api.page_param] = str(page)
    return PageRequest(api.url, method="POST", form=form, page=page)


def parse(column: "Column", url: str, text: str, page: int = 1) -> ListPage:
    try:
        payload = json.loads(text)
    except ValueError:
        return ListPage(container_found=False)
    parser = {"fjdzapp": _fjdzapp, "jiangxi_querylist": _jiangxi, "hubei_json": _hubei}[column.family]
    try:
        rows, total_pages, page_size = parser(payload)
    except (KeyError, TypeError, AttributeError):
        return ListPage(container_found=False)
    base = column.list_url
    items = []
    for title, when, href in rows:
        if not href:
            continue
        item_url = canonical_url(href, base)
        items.append(ListItem(url=item_url, title=(title or "").strip() or None, date=_date(when) or date_from_url(item_url)))
    more = page < total_pages if total_pages is not None else bool(page_size and len(rows) >= page_size)
    next_request = _request(column, page + 1) if more and column.family != "hubei_json" else None
    return ListPage(items=items, next=next_request, total_pages=total_pages)


Rows = list[tuple[str | None, Any, str | None]]


def _fjdzapp(payload: dict[str, Any]) -> tuple[Rows, int | None, int | None]:
    rows = [(r.get("doctitle"), r.get("docreltime"), r.get("docpuburl") or r.get("chnldocurl")) for r in payload["data"]]
    count = payload.get("pageCount") or payload.get("pagecount")
    return rows, int(count) if count is not None else None, None


def _jiangxi(payload: dict[str, Any]) -> tuple[Rows, int | None, int | None]:
    data = payload["data"]
    rows = []
    for result in data["results"]:
        source = result["source"]
        urls = source.get("urls") or "{}"
        if isinstance(urls, str):
            urls = json.loads(urls)
        rows.append((source.get("title"), source.get("pubDate"), urls.get("pc")))
    total, size = data.get("total"), data.get("size") or data.get("pageSize")
    pages = data.get("pages")
    if pages is None and total is not None and size:
        pages = -(-int(total) // int(size))
    return rows, int(pages) if pages is not None else None, int(size) if size else None


def _hubei(payload: dict[str, Any]) -> tuple[Rows, int | None, int | None]:
    rows = [(r.get("FILENAME"), r.get("PUBDATE"), r.get("URL")) for r in payload["data"]]
    return rows, 1, None


def _date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) or (isinstance(value, str) and value.isdigit() and len(value) >= 12):
        # epoch milliseconds; the sites publish in China time
        stamp = int(value) / 1000
        return datetime.fromtimestamp(stamp + 8 * 3600, tz=timezone.utc).date()
    return find_date(str(value))
