"""The contract's period grammar turned into first and last days.

``2022`` → 2022-01-01..2022-12-31; ``2018-2022`` → 2018-01-01..2022-12-31; ``2023Q1`` →
2023-01-01..2023-03-31; ``2023M10`` → 2023-01-01..2023-10-31 (January to October: the statistics
bureaus' cumulative months); ``2023H1`` → 2023-01-01..2023-06-30, ``2023H2`` → 2023-07-01..2023-12-31.
Anything else has no bounds (the text is kept in ``indicators.period``).
"""
from __future__ import annotations

import calendar
import re
from datetime import date
from functools import lru_cache

_YEAR = re.compile(r"^(\d{4})$")
_SPAN = re.compile(r"^(\d{4})\s*[-–~至]\s*(\d{4})$")
_QUARTER = re.compile(r"^(\d{4})Q([1-4])$", re.IGNORECASE)
_MONTHS = re.compile(r"^(\d{4})M(\d{1,2})$", re.IGNORECASE)
_HALF = re.compile(r"^(\d{4})H([12])$", re.IGNORECASE)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


@lru_cache(maxsize=4096)
def period_bounds(period: str | None) -> tuple[date, date] | None:
    """First and last day of a contract period, or None when the text is not in the grammar."""
    if period is None:
        return None
    text = period.strip()
    if m := _YEAR.match(text):
        year = int(m.group(1))
        return date(year, 1, 1), date(year, 12, 31)
    if m := _SPAN.match(text):
        first, last = int(m.group(1)), int(m.group(2))
        if first > last:
            return None
        return date(first, 1, 1), date(last, 12, 31)
    if m := _QUARTER.match(text):
        year, quarter = int(m.group(1)), int(m.group(2))
        return date(year, 3 * quarter - 2, 1), _month_end(year, 3 * quarter)
    if m := _MONTHS.match(text):
        year, month = int(m.group(1)), int(m.group(2))
        if not 1 <= month <= 12:
            return None
        return date(year, 1, 1), _month_end(year, month)
    if m := _HALF.match(text):
        year, half = int(m.group(1)), int(m.group(2))
        return (date(year, 1, 1), date(year, 6, 30)) if half == 1 else (date(year, 7, 1), date(year, 12, 31))
    return None
