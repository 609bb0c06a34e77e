"""Dates on list rows and in article URLs (display date first, URL date as fallback)."""
from __future__ import annotations

import re
from datetime import date

# The year may stand apart from month and day (新疆 lists print <span class="year">2026</span>
# <span class="date">05-01</span>): a space is then enough between them.
_DISPLAY = re.compile(r"(20\d{2}|19\d{2})(?:\s*[-./年]\s*|\s+)(\d{1,2})\s*[-./月]\s*(\d{1,2})")
_URL_PATTERNS = (
    re.compile(r"/t(20\d{2})(\d{2})(\d{2})_\d+"),  # TRS  /202603/t20260305_33581897.html
    re.compile(r"/art/(20\d{2})/(\d{1,2})/(\d{1,2})/"),  # Hanweb  /art/2026/6/10/art_6278_1.html
    re.compile(r"/(20\d{2})(\d{2})(\d{2})\d{6,}/"),  # timestamp dirs  /2026030909350910674/
    re.compile(r"/(20\d{2})-(\d{2})-(\d{2})/"),  # /c/2026-04-17/8480381.shtml
    re.compile(r"/(20\d{2})(\d{2})(\d{2})/"),  # Shanghai  /zxxx/20260417/<uuid>.html
    re.compile(r"/(20\d{2})/(\d{1,2})/(\d{1,2})/[0-9a-f]{32}"),  # Sichuan  /2026/9/15/<hex>.shtml
)


def _make(year: str, month: str, day: str) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def find_date(text: str | None) -> date | None:
    """The first full date written in ``text`` (2026-03-05, 2026/3/5, 2026年3月5日)."""
    if not text:
        return None
    for match in _DISPLAY.finditer(text):
        found = _make(*match.groups())
        if found:
            return found
    return None


def date_from_url(url: str) -> date | None:
    """The publication date some CMSs write into the article URL."""
    for pattern in _URL_PATTERNS:
        match = pattern.search(url)
        if match:
            found = _make(*match.groups())
            if found:
                return found
    return None
