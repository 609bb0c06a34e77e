"""What a figure is measured against and whether a count is new or cumulative: two readings of
the words before a figure, for the analyst's fields ``compared_with`` and ``stock_kind``.

``compared_with`` (on pp_change and rank): "全国", "上年同期", "年度目标", "全省" (the province's own
total: 快于全省工业, 高于全区GDP增速), a region or peer group as written ("中部地区", "长三角"), or
None. ``stock_kind`` (on value): "new", "cumulative" or None.
"""
from __future__ import annotations

import re
from functools import cache

from flows.parse.vocab import alternation, literal_alternation, load

# The comparison itself: a comparator word and what follows it up to the figure.
_COMPARING = re.compile(r"(?:比|较|高于|低于|快于|慢于|高出|低出|超过|超出|好于|领先)")


@cache
def _patterns() -> tuple[list[tuple[str, re.Pattern[str]]], re.Pattern[str], re.Pattern[str], None]:
    data = load("indicators")
    labels = [(label, re.compile(pattern)) for label, pattern in data["comparisons"]["labels"]]
    regions = re.compile(literal_alternation(data["comparisons"]["regions"]))
    # One pattern for both kinds: a clause is searched once.
    stock = re.compile(f"(?P<new>{alternation(data['stock']['new'])})|(?P<cumulative>{alternation(data['stock']['cumulative'])})")
    return labels, regions, stock, None


_REGION_FULL = {"中部": "中部地区", "西部": "西部地区", "东部": "东部地区", "东北": "东北地区"}


def _label(text: str) -> str | None:
    labels, regions, _, _ = _patterns()
    if (m := regions.search(text)) is not None:
        return _REGION_FULL.get(m.group(0), m.group(0))
    for label, pattern in labels:
        if pattern.search(text):
            return label
    return None


def compared_with(before: str, measure: str) -> str | None:
    """The comparator of a pp_change or a rank from the words before its figure.

    >>> compared_with("增速比全国高", "pp_change")
    '全国'
    >>> compared_with("居中部", "rank")
    '中部地区'
    """
    if measure == "rank":
        # 居全国第7位: the scope just before the number
        return _label(before[-8:])
    m = None
    for m in _COMPARING.finditer(before):
        pass
    if m is None:
        return None
    return _label(before[m.start():])


def stock_kind(before: str) -> str | None:
    """``"new"`` for 新增/新培育…, ``"cumulative"`` for 累计/总数达/共有…, else None; a new-kind
    word anywhere wins (累计新增 is what was added)."""
    stock = _patterns()[2]
    m = stock.search(before)
    if m is None:
        return None
    if m.lastgroup == "new":
        return "new"
    return "new" if any(later.lastgroup == "new" for later in stock.finditer(before, m.end())) else "cumulative"
