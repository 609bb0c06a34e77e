"""Static HTML lists: TRS WCM (``/YYYYMM/tYYYYMMDD_N.html``) and the timestamp-dir CMS (辽宁, 河北).

Rows are ``<li><a href="./202603/t…html" title="full title">truncated…</a><span>2026-03-05</span></li>``
(or table rows). The next page is found, never computed blindly: the rendered 下一页 link first,
then the page count the template prints (``createPageHTML(N, cur, "index", "html")`` or
``var countPage = N``), or for ``?page=N`` templates (湖南) the count with the query parameter.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

from parsel import Selector

from crawlers.dates import date_from_url, find_date
from crawlers.families import ListItem, ListPage, PageRequest
from crawlers.urls import canonical_url

if TYPE_CHECKING:
    from crawlers.sites import Column

# Tried in order when a row names no container: the list markup seen across TRS templates.
DEFAULT_CONTAINERS = (
    "ul.list", "ul.cm-news-list", "div.zfxxgk_zdgkc ul", "table#list", "ul.list-li", "div.list ul",
    "ul.news_list", "div.news_list ul", "ul.newsList", "div.list_con ul", "ul.list-b",
)
_CREATE_PAGE = re.compile(
    r"createPageHTML\(\s*['\"]?(\w+)['\"]?\s*,\s*['\"]?(\w+)['\"]?\s*,\s*['\"](\w+)['\"]\s*,\s*['\"](\w+)['\"]"
)
_VAR = re.compile(r"var\s+(countPage|currentPage)\s*=\s*(\d+)")
_TOTAL_TEXT = re.compile(r"共\s*(\d+)\s*页")
_NEXT_WORDS = ("下一页", "下页", "后一页")


def first_request(column: "Column") -> PageRequest:
    return PageRequest(column.list_url)


def parse(column: "Column", url: str, text: str, page: int = 1) -> ListPage:
    doc = Selector(text=text)
    container = _container(doc, column.selectors.get("container"))
    if container is None:
        return ListPage(container_found=False)
    items = _items(container, column, url)
    total = _page_count(text)
    return ListPage(items=items, next=_next(doc, column, url, text, page, total), total_pages=total)


def _container(doc: Selector, selector: str | None) -> Selector | None:
    for candidate in (selector,) if selector else DEFAULT_CONTAINERS:
        found = doc.css(candidate)
        if found:
            return found[0]
    return None


def _items(container: Selector, column: "Column", page_url: str) -> list[ListItem]:
    item_sel = column.selectors.get("item", "li")
    link_sel = column.selectors.get("link", "a")
    date_sel = column.selectors.get("date", "span")
    title_attr = column.selectors.get("title_attr", "title")
    title_sel = column.selectors.get("title")  # text inside the link (重庆: a > p title + span date)
    items: list[ListItem] = []
    for row in container.css(item_sel):
        link = row.css(link_sel)
        href = (link.attrib.get("href") or "").strip() if link else ""
        if not href or href.startswith(("javascript:", "#", "mailto:")):
            continue
        shown_title = " ".join(link.css(f"{title_sel} ::text" if title_sel else "::text").getall())
        title = (link.attrib.get(title_attr) or shown_title).strip()
        url = canonical_url(href, page_url)
        shown = " ".join(row.css(f"{date_sel}::text").getall()) if date_sel else ""
        when = find_date(shown) or find_date(" ".join(row.css("::text").getall())) or date_from_url(url)
        items.append(ListItem(url=url, title=" ".join(title.split()) or None, date=when))
    return items


def _page_count(text: str) -> int | None:
    variables = {name: int(value) for name, value in _VAR.findall(text)}
    match = _CREATE_PAGE.search(text)
    if match:
        count = match.group(1)
        return int(count) if count.isdigit() else variables.get(count)
    if "countPage" in variables:
        return variables["countPage"]
    found = _TOTAL_TEXT.search(text)
    return int(found.group(1)) if found else None


def _next(doc: Selector, column: "Column", url: str, text: str, page: int, total: int | None) -> PageRequest | None:
    for anchor in doc.css("a"):
        label = "".join(anchor.css("::text").getall()).strip()
        href = (anchor.attrib.get("href") or "").strip()
        if any(word in label for word in _NEXT_WORDS) and href and not href.startswith(("javascript:", "#")):
            target = canonical_url(href, url)
            return PageRequest(target, page=page + 1) if target != canonical_url(url) else None
    if total is not None and page >= total:
        return None
    if column.page_query_param and total:
        parts = urlsplit(url)
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        query[column.page_query_param] = str(page + 1)
        return PageRequest(urlunsplit(parts._replace(query=urlencode(query))), page=page + 1)
    match = _CREATE_PAGE.search(text)
    if match and total:
        variables = {name: int(value) for name, value in _VAR.findall(text)}
        current = match.group(2)
        current_index = int(current) if current.isdigit() else variables.get(current, page - 1)
        if current_index + 1 < total:
            name = f"{match.group(3)}_{current_index + 1}.{match.group(4)}"
            return PageRequest(canonical_url(name, url), page=page + 1)
    return None
