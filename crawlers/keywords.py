"""Meeting-title tagging from ``crawlers/keywords.toml`` (plus each site's own words)."""
from __future__ import annotations

import tomllib
from collections.abc import Iterable
from functools import cache
from pathlib import Path

KEYWORDS_FILE = Path(__file__).with_name("keywords.toml")


@cache
def default_meeting_keywords() -> tuple[str, ...]:
    data = tomllib.loads(KEYWORDS_FILE.read_text(encoding="utf-8"))
    return tuple(data["meeting"])


def is_meeting_title(title: str | None, extra: Iterable[str] = ()) -> bool:
    """True when the title names a meeting (召开, 工作会议, 调度会 …)."""
    if not title:
        return False
    return any(word in title for word in (*default_meeting_keywords(), *extra))
