"""The crawl state handed to spiders: ``{"seen_urls": [...], "watermarks": {"site:column": "YYYY-MM-DD"}}``.

The warehouse writes it; spiders only read it (they never open DuckDB). A missing file is a
first crawl: nothing seen, no watermarks.
"""
from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from crawlers.urls import canonical_url


@dataclass(frozen=True)
class CrawlState:
    seen_urls: frozenset[str] = frozenset()
    watermarks: dict[str, date] = field(default_factory=dict)

    def watermark(self, site: str, column: str) -> date | None:
        return self.watermarks.get(f"{site}:{column}")

    def is_seen(self, url: str) -> bool:
        return canonical_url(url) in self.seen_urls


def load_state(path: str | os.PathLike[str] | None) -> CrawlState:
    """The state file; missing means a first crawl. A damaged one is named in a warning and read as
    empty (every listed page is fetched again; the warehouse keeps one row per page version, so
    nothing is stored twice) rather than failing every site's crawl."""
    if not path or not Path(path).exists():
        return CrawlState()
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        seen = frozenset(canonical_url(u) for u in data.get("seen_urls", []))
        marks = {key: date.fromisoformat(value) for key, value in data.get("watermarks", {}).items() if value}
    except (OSError, UnicodeDecodeError, ValueError, TypeError, AttributeError) as err:
        logging.getLogger(__name__).warning(
            "the crawl state file %s is unreadable (%s: %s); crawling as if nothing had been seen. "
            "The next run writes it again from the warehouse.", path, type(err).__name__, err,
        )
        return CrawlState()
    return CrawlState(seen_urls=seen, watermarks=marks)


def write_state(path: str | os.PathLike[str], seen_urls: list[str], watermarks: dict[str, str]) -> None:
    """Write a state file (the warehouse's job in production; tests and the bench use it too)."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    tmp.write_text(json.dumps({"seen_urls": sorted(seen_urls), "watermarks": watermarks}, ensure_ascii=False), encoding="utf-8")
    tmp.replace(target)
