"""Platform families: pure parsers from a list response to list items and the next page.

Every family exposes ``first_request(column)`` and ``parse(column, url, text, page) -> ListPage``.
Sites are configuration (``sites.toml``); a family is code shared by every site built on that
platform. Nothing here touches the network or Scrapy's engine, so each family is tested on saved
pages alone.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from crawlers.sites import Column


@dataclass(frozen=True)
class ListItem:
    url: str
    title: str | None
    date: date | None


@dataclass(frozen=True)
class PageRequest:
    url: str
    method: str = "GET"
    form: dict[str, str] | None = None
    page: int = 1


@dataclass
class ListPage:
    items: list[ListItem] = field(default_factory=list)
    next: PageRequest | None = None
    container_found: bool = True
    total_pages: int | None = None
    # A shell page (Hanweb JPaaS column page) holds no items, only the address of its list.
    shell: bool = False


def _family(column: "Column") -> ModuleType:
    """The module that reads this column's lists; the JSON API families share ``json_api``."""
    # Imported here: the family modules import ListItem, ListPage and PageRequest from this package.
    from crawlers.families import hanweb, json_api, static

    return {"trs": static, "timestamp_dir": static, "hanweb_jpage": hanweb, "hanweb_jpaas": hanweb}.get(
        column.family, json_api
    )


def first_request(column: "Column") -> PageRequest:
    """The request for the first list page of ``column``."""
    return _family(column).first_request(column)


def parse_list(column: "Column", url: str, text: str, page: int = 1) -> ListPage:
    """Parse one list response of ``column`` (``page`` counts from 1)."""
    return _family(column).parse(column, url, text, page)
