"""Peeling: the words between a figure's subject and its number, read from the right (同比,
增长, 比全国高, 分别, 居全国 …); what they say sets the figure's measure, sign, pair role, year
and qualifier, and what is left is its subject."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from flows.parse.figures import WINDOW, Figure, vocab
from flows.parse.numbers import to_number
from flows.parse.vocab import load
from flows.scanning import scanning

_YEAR_END = re.compile(r"(?:20|19)\d\d年(?:[底末]|全年|的|以来)?$")


_PREV_YEAR_END = re.compile(r"(?:上年|去年)(?:同期)?的?$")


_TO_END = re.compile(r"(?:(?:提高|提升|增加|增长|上升|扩大|下降|降低|减少|跃升|攀升|回落|缩小|降|升)(?:到|至)|到|至)$")


_DOWN = re.compile(r"下降|降低|减少|回落|缩小|降")


_YEARS_AVERAGE = re.compile(r"([两二三四五])年(?:平均|均)(?:增长|增速)$")


# A "name" that is only a preposition or a comparison (在, 较, 超过全国, 增速高于): no subject.
# Every share word holds one of these (比重, 占比, 比例, 占…, …率): a set test before the pattern.
_SHARE_CHARS = frozenset("比占率")


_REGEX_CHARS = re.compile(r"[\\.^$*+?{}\[\]|()]")


@dataclass(frozen=True)
class _Peeler:
    """The words that may stand between a subject and its number, for one kind of figure.

    Plain words are looked up by their last character (a dict lookup and a few endswith
    calls); the few entries that are patterns (2015年的, 比上年提高, 连续5年) go into one
    end-anchored regex. One big alternation searched from every position cost most of the
    parse time."""

    by_last: dict[str, list[tuple[str, str]]]  # last char → [(word, group)], longest first
    pattern: re.Pattern[str] | None
    order: dict[str, int]  # group → priority when two endings are equally long

    def find(self, text: str) -> tuple[str, str, int] | None:
        """``(group, word, start)`` of the longest ending of ``text`` it knows, or None."""
        best_group = best_word = None
        best_len = 0
        for word, group in self.by_last.get(text[-1:], ()):
            if text.endswith(word):
                best_group, best_word, best_len = group, word, len(word)
                break
        pattern = self.pattern
        if pattern is not None:
            n = len(text)
            m = pattern.search(text, n - WINDOW if n > WINDOW else 0)
            if m is not None:
                group = m.lastgroup  # the one named alternative that matched (it closes last)
                word = m.group(0)
                size = len(word)
                if best_group is None or size > best_len or (
                        size == best_len and self.order[group] < self.order[best_group]):
                    best_group, best_word, best_len = group, word, size
        if best_group is None:
            return None
        return best_group, best_word, len(text) - best_len


@cache
def _peelers() -> dict[str, _Peeler]:
    """One peeler per kind of figure (measured: % and 百分点; rank; other)."""
    m = load("indicators")["measures"]
    groups: dict[str, list[str]] = {
        "year": [_YEAR_END.pattern[:-1]],
        "prev": [_PREV_YEAR_END.pattern[:-1]],
        "cmp": [m["comparison"][:-1]],
        "avg2": [_YEARS_AVERAGE.pattern[:-1]],
        "avg": m["avg_growth"],
        "from": ["从", "由", "[从由](?:年初|年底|上年末|上年底|去年底|去年|上年|一季度|上半年)的?"],
        "to": [_TO_END.pattern[:-1]],
        "down": m["growth_down"],
        "up": m["growth_up"],
        "resp": ["分别"],
        "scope": m["rank_scopes"],
        "tail": m["tail_verbs"] + m["qualifiers_before"],
    }
    kinds = {
        "measured": ["year", "prev", "cmp", "avg2", "avg", "from", "to", "down", "up", "resp", "tail"],
        "rank": ["year", "prev", "from", "to", "resp", "scope", "tail"],
        "other": ["year", "prev", "from", "to", "resp", "tail"],
    }
    peelers = {}
    for kind, names in kinds.items():
        by_last: dict[str, list[tuple[str, str]]] = {}
        patterns = []
        for name in names:
            words = groups[name]
            plain = [w for w in words if not _REGEX_CHARS.search(w)]
            regexes = [w for w in words if _REGEX_CHARS.search(w)]
            for word in plain:
                by_last.setdefault(word[-1], []).append((word, name))
            if regexes:
                patterns.append(f"(?P<{name}>{'|'.join(regexes)})")
        for entries in by_last.values():
            entries.sort(key=lambda e: (-len(e[0]), names.index(e[1])))
        pattern = scanning("(?:" + "|".join(patterns) + ")$") if patterns else None
        peelers[kind] = _Peeler(by_last, pattern, {n: i for i, n in enumerate(names)})
    return peelers


def peel(segment: str, figure: Figure) -> str:
    """Read the words between a figure's subject and its number, from the right."""
    v = vocab()
    kind = "measured" if figure.kind in ("percent", "points") else "rank" if figure.kind == "rank" else "other"
    peeler = _peelers()[kind]
    text = segment.strip(" \t、，,：:")
    find = peeler.find
    for _ in range(12):
        if not text:
            break
        found = find(text)
        if found is None:
            break
        group, word, start = found
        if group == "year":
            figure.year = figure.year or int(word[:4])
        elif group == "prev":
            figure.year = figure.year or -1  # the year before the pair's end
        elif group == "cmp":
            if v.comparison_down.search(word) and figure.kind == "points":
                figure.negative = True
            if figure.kind == "percent" and figure.measure is None:
                figure.compared_only = True  # 高于全国平均水平31.7%: a gap written with %
        elif group == "from":
            figure.opens_pair = True
            if "年初" in word:
                figure.year = figure.year or -2  # 从年初的…: the start of the pair's own year
        elif group == "to":
            figure.closes_pair = True
            if _DOWN.search(word):
                figure.negative = figure.kind == "points"
        elif group == "avg":
            figure.measure = figure.measure or "avg_growth"
        elif group == "avg2":
            figure.measure = figure.measure or "avg_growth"  # 两年平均增长6.4%
            figure.span_years = int(to_number(word[0]) or 0) or None
        elif group == "down":
            figure.measure = figure.measure or "growth"
            figure.negative = True
        elif group == "up":
            figure.measure = figure.measure or "growth"
        elif group == "resp":
            figure.respectively = True
        elif group == "tail" and word in v.kept_qualifiers and figure.qualifier is None:
            figure.qualifier = word
        if group == "tail" and word == "均":
            figure.all_of = True  # 规上工业增加值、工业投资均增长8%以上
        text = text[:start].rstrip(" 、，,")
    if (figure.measure == "growth" and figure.kind == "percent" and not figure.closes_pair
            and not _SHARE_CHARS.isdisjoint(text) and v.share.search(text)):
        # 营收占比同比提高2%: a share's change written with %, a change in points
        figure.measure, figure.unit = "pp_change", "百分点"
    return text
