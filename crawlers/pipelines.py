"""Writes each raw page item to ``<out>/<site>.jsonl.gz`` as soon as it arrives."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from crawlers.raw import RawWriter
from crawlers.report import raw_path


class RawPagesPipeline:
    def __init__(self, crawler: Any):
        self.crawler = crawler
        self.writer: RawWriter | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> "RawPagesPipeline":
        return cls(crawler)

    def open_spider(self, spider: Any = None) -> None:
        spider = self.crawler.spider
        # Written even when nothing is new, so every crawled site has its file in the run.
        self.writer = RawWriter(raw_path(Path(spider.out_dir), spider.site.id))

    def process_item(self, item: dict[str, Any], spider: Any = None) -> dict[str, Any]:
        assert self.writer is not None
        self.writer.write(dict(item))
        self.crawler.spider.report.stats["raw_pages"] = self.writer.count
        return item

    def close_spider(self, spider: Any = None) -> None:
        if self.writer is not None:
            self.writer.close()
