"""What the crawler reads from a detail page: enough to tag and sanity-check it.

Full cleaning is the parser's job (flows/clean); here: the title (for the meeting tag when the
list had none), the publication date, the source line and whether a body was found. Field order
follows research/sites.md §5: meta ``ArticleTitle``/``PubDate``/``ContentSource`` first, UCAP
tags (``<ucaptitle>``, ``<publishtime>``, ``<ucapcontent>``), then the row's selectors, then the
family defaults (``div.TRS_Editor``, ``#zoom``, ``div.article_zoom`` …).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from parsel import Selector

from crawlers.dates import date_from_url, find_date

DEFAULT_BODIES = (
    "ucapcontent", "div.TRS_Editor", "div.TRS_UEDITOR", "#zoom", "#Zoom", "div.article_zoom", "#zoomcon",
    "div.article-content", "div.article_con", "div.wrapper_detail_text", "div.art_con",
)
_SOURCE = re.compile(r"(?:信息来源|来源)[:：]\s*([^\s<|｜]+)")


@dataclass(frozen=True)
class DetailFields:
    title: str | None
    published: date | None
    source: str | None
    has_body: bool


def detail_fields(html: str, url: str = "", selectors: dict[str, str] | None = None) -> DetailFields:
    """Read a detail page (``selectors``: the column's ``detail_*`` overrides; ``url`` dates it as a last resort)."""
    selectors = selectors or {}
    doc = Selector(text=html)
    return DetailFields(
        title=_title(doc, selectors),
        published=_published(doc, selectors, url),
        source=_first_text(doc, ('meta[name="ContentSource"]::attr(content)',)) or _source_line(doc),
        has_body=_has_body(doc, selectors),
    )


def _first_text(doc: Selector, queries: tuple[str, ...]) -> str | None:
    for query in queries:
        text = " ".join(t.strip() for t in doc.css(query).getall() if t.strip())
        if text:
            return " ".join(text.split())
    return None


def _title(doc: Selector, selectors: dict[str, str]) -> str | None:
    queries = ['meta[name="ArticleTitle"]::attr(content)', "ucaptitle::text"]
    if "detail_title" in selectors:
        queries.append(f"{selectors['detail_title']} ::text")
    queries += ["h1 ::text", "title::text"]
    return _first_text(doc, tuple(queries))


def _published(doc: Selector, selectors: dict[str, str], url: str) -> date | None:
    queries = ['meta[name="PubDate"]::attr(content)', "publishtime::text"]
    if "detail_date" in selectors:
        queries.append(f"{selectors['detail_date']} ::text")
    for query in queries:
        found = find_date(" ".join(doc.css(query).getall()))
        if found:
            return found
    labelled = re.search(r"(?:发布日期|发布时间|时间)[:：]\s*([0-9年月日\-/. ]{8,})", " ".join(doc.css("body ::text").getall()))
    return (find_date(labelled.group(1)) if labelled else None) or date_from_url(url)


def _source_line(doc: Selector) -> str | None:
    match = _SOURCE.search(" ".join(doc.css("body ::text").getall()))
    return match.group(1) if match else None


def _has_body(doc: Selector, selectors: dict[str, str]) -> bool:
    queries = ((selectors["detail_body"],) if "detail_body" in selectors else ()) + DEFAULT_BODIES
    for query in queries:
        if "".join(doc.css(f"{query} ::text").getall()).strip():
            return True
    return False
