"""The per-site crawl report, ``<out>/<site>.report.json``, rewritten atomically as the crawl goes.

It is first written with ``"finished": false`` so a killed crawl still leaves a report that
says so. ``columns`` gives each crawled column's numbers and its ``source`` ("configured": a row
of sites.toml; "discovered": found at run time). ``discovered`` lists the candidate columns a
discovery considered, each ``{name, url, score, why, chosen}``; the chosen one also carries its
``column`` id and ``promote``, the ``[[site.columns]]`` block that makes it a configured column.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from crawlers.failures import Failure

STAT_KEYS = ("requests", "list_pages", "detail_pages", "items_listed", "items_new", "items_skipped_seen", "raw_pages")


def utc_now() -> str:
    """Now in UTC as ISO 8601 to the second (the time stamps of reports and raw pages)."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass
class CrawlReport:
    site: str
    started_at: str = field(default_factory=utc_now)
    finished_at: str | None = None
    finished: bool = False
    stats: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STAT_KEYS, 0))
    columns: dict[str, dict[str, Any]] = field(default_factory=dict)
    failures: list[Failure] = field(default_factory=list)
    discovered: list[dict[str, Any]] = field(default_factory=list)

    def column(self, column_id: str) -> dict[str, Any]:
        return self.columns.setdefault(column_id, {"list_pages": 0, "items": 0, "new": 0, "source": "configured"})

    def fail(self, column: str | None, url: str, kind: str, status: int | None, reason: str) -> None:
        self.failures.append(Failure(self.site, column, url, kind, status, reason))

    def has_failure(self, column: str | None) -> bool:
        return any(f.column == column for f in self.failures)

    def to_dict(self) -> dict[str, Any]:
        return {
            "site": self.site,
            "started_at": self.started_at,
            "finished_at": self.finished_at,
            "finished": self.finished,
            "stats": self.stats,
            "columns": self.columns,
            "failures": [f.to_dict() for f in self.failures],
            "discovered": self.discovered,
        }

    def write(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(self.to_dict(), ensure_ascii=False, indent=2), encoding="utf-8")
        tmp.replace(path)


def report_path(out_dir: Path, site: str) -> Path:
    return out_dir / f"{site}.report.json"


def raw_path(out_dir: Path, site: str) -> Path:
    return out_dir / f"{site}.jsonl.gz"
