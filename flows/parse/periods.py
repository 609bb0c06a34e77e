"""Periods: the grammar of `period` (2022, 2018-2022, 2023Q1, 2023M10, 2023H1) and the years
a notice talks about (the meeting year, the reviewed year, the plan year)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from flows.scanning import Skipping, scanning

_CN_MONTH = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
             "十": 10, "十一": 11, "十二": 12}
# Five-year plans: 十三五 covers 2016-2020.
_PLANS = {"十一五": 2006, "十二五": 2011, "十三五": 2016, "十四五": 2021, "十五五": 2026}


@dataclass(frozen=True)
class Years:
    """The years a notice speaks of. ``reviewed`` is the year its results describe, ``plan``
    the year its tasks and targets are for (equal for a mid-year operation meeting)."""

    meeting: int | None
    reviewed: int | None
    plan: int | None


@dataclass(frozen=True)
class Span:
    """A run of years a sentence speaks of (十三五期间, 五年来, 2018年到2022年).

    ``base`` is the year a 从…到 start figure describes when the text gives none: the year
    before the span for a plan period (十三五 starts from 2015), the first year when the text
    names it (2018年到2022年工业增加值从…)."""

    start: int
    end: int
    base: int

    def label(self) -> str:
        return f"{self.start}-{self.end}"


_EXPLICIT_SPAN = re.compile(r"(20\d\d|19\d\d)年?\s*(?:到|至|—|–|-|~)\s*(20\d\d|19\d\d)年")
_PLAN_SPAN = re.compile(r"[“\"]?(十[一二三四五]五)[”\"]?(?:期间|时期|以来|的?五年)")
# 五年来, 过去三年, 3年来, and a sentence opened by "3年，累计…" (a review of an N-year action).
_RECENT_SPAN = re.compile(r"(?:过去|近|这)?((?<![\d.])(?:[五三十]|[35]|10))年(?:来|以来|间|(?=[，,]?\s*累计))|过去(?:的)?([五三十])年")
# 达到“十三五”以来最好水平: a record compared with a span, not a figure about the span.
_BEST_SINCE = re.compile(r"[”\"]?(?:以来)?的?(?:最好|最高|最快|最大|最多|新高|首次)")
_SPAN_YEARS = {"五": 5, "三": 3, "十": 10, "5": 5, "3": 3, "10": 10}


_ANY_SPAN = Skipping(r"\d\s*(?:年\s*)?(?:到|至|—|–|-|~)\s*\d|十[一二三四五]五|[五三十3]年|10年")


def could_span(text: str) -> bool:
    """Whether ``text`` holds a span cue: a text without one has no part that opens a span."""
    return _ANY_SPAN.search(text) is not None


def find_span(text: str, reviewed: int | None) -> Span | None:
    """The span a sentence opens, if any."""
    if not _ANY_SPAN.search(text):
        return None
    for m in _EXPLICIT_SPAN.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        if a < b and not (m.start() > 0 and text[m.start() - 1] in "比较于"):  # 比2018—2020年总量多: a comparator
            return Span(a, b, a)
    if (m := _PLAN_SPAN.search(text)) and not _BEST_SINCE.match(text, m.end()):
        start = _PLANS[m.group(1)]
        end = start + 4
        if reviewed is not None and start <= reviewed and (reviewed < end or m.group(0).endswith("以来")):
            end = reviewed  # 十四五以来 said in 2023: 2021-2023; 十三五以来 said in 2022: 2016-2021
        return Span(start, end, start - 1)
    if reviewed is not None and (m := _RECENT_SPAN.search(text)):
        n = _SPAN_YEARS[m.group(1) or m.group(2)]
        return Span(reviewed - n + 1, reviewed, reviewed - n)
    return None


# Parts of a year, most specific first: (a word every match holds, pattern, label builder).
# The word is tested with ``in`` first: most sentences name no period, and a pattern search
# costs more than a substring test.
_SUB_PERIODS: list[tuple[str, re.Pattern[str], object]] = [
    ("月", scanning(r"(?<![\d-])1\s*月?\s*(?:-|—|–|~|至|到)\s*(?:(?:19|20)\d\d年)?(\d{1,2})月"), lambda m: _months(int(m.group(1)))),
    ("月", re.compile(r"一\s*月?\s*(?:-|—|至|到)\s*([二三四五六七八九十]|十一|十二)月"), lambda m: _months(_CN_MONTH[m.group(1)])),
    ("个月", re.compile(r"前([二三四五六七八九十]|十一)个月"), lambda m: _months(_CN_MONTH[m.group(1)])),
    ("个月", re.compile(r"前(\d{1,2})个月"), lambda m: _months(int(m.group(1)))),
    ("季度", re.compile(r"前三季度"), lambda m: "M9"),
    ("季度", scanning(r"(?<!前)(?:第)?([一二三四])季度"), lambda m: f"Q{_CN_MONTH[m.group(1)]}"),
    ("半年", re.compile(r"[上前]半年"), lambda m: "H1"),
    ("半年", re.compile(r"下半年"), lambda m: "H2"),
    # One month (10月份, 10月，): the contract has no form for it, so it is labelled ``m10``
    # and its figures are left out; 1月份 is January to January (M1). Not 1—10月 (the 10
    # follows a dash), not a date (10月31日), not 截至10月 (a running total).
    ("月", scanning(r"(?<![\d\-—–~～至到.])(\d{1,2})月(?:份|(?=[，,]))"), lambda m: _one_month(int(m.group(1)))),
    ("月份", re.compile(r"(?<![一二三四五六七八九十\-—–~～至到])(十[一二]|[一二三四五六七八九十])月份"),
     lambda m: _one_month(_CN_MONTH[m.group(1)])),
]


def _months(month: int) -> str:
    """January to ``month``: 1—6月 is the first half (H1), 1—3月 the first quarter (Q1)."""
    return {3: "Q1", 6: "H1"}.get(month, f"M{month}")


def _one_month(month: int) -> str:
    return "M1" if month == 1 else f"m{month}"


def is_single_month(label: str | None) -> bool:
    """Whether a period label is one month other than January (``m10``): no contract period."""
    return bool(label) and label[0] == "m"


_WHOLE_YEAR = re.compile(r"全年|年度")
# 占全年计划的52%, 年度目标: the year's plan as a thing, not the period of the figure.
_PLAN_NOUN_AFTER = re.compile(r"的?(?:计划|目标|任务|预期)")
# A period after these words is what a figure is compared with (增速比1—9月提高, 高于去年全年,
# 较上年同期), not the period of the figure.
_COMPARATOR_BEFORE = re.compile(r"(?:[比较于从至到和]|[比较于](?:去年|上年|前年)|同期)\s*$")
# Every period cue holds one of 月 季度 半年 全年 年度: substring tests before the full patterns.


def period_cues(text: str) -> list[tuple[int, str]]:
    """Every period cue of a text as ``(position, label)``, in order: a part of a year
    (``"M10"``, ``"Q1"``, ``"H1"``) or ``"Y"`` for 全年. A cue after 比/较 (增速比1—9月提高)
    is a comparison, not a period."""
    if not ("月" in text or "季度" in text or "半年" in text or "全年" in text or "年度" in text):
        return []
    found = []
    covered: list[tuple[int, int]] = []
    for word, pattern, build in _SUB_PERIODS:
        if word not in text:
            continue
        for m in pattern.finditer(text):
            if m.start() > 0 and _COMPARATOR_BEFORE.search(text, max(0, m.start() - 4), m.start()):
                continue
            if any(s <= m.start() < e for s, e in covered):
                continue  # the 11月 of 1月至2023年11月: part of a cue already read
            covered.append(m.span())
            found.append((m.start(), build(m)))
    if "全年" in text or "年度" in text:
        found.extend((m.start(), "Y") for m in _WHOLE_YEAR.finditer(text)
                     if not _COMPARATOR_BEFORE.search(text, max(0, m.start() - 4), m.start())
                     and not _PLAN_NOUN_AFTER.match(text, m.end()))
    if ("召开" in text or "举行" in text) and any(is_single_month(label) for _, label in found):
        # 2023年12月，全省…会议在…召开: the month of the meeting, not a period reported on.
        found = [(pos, label) for pos, label in found if not is_single_month(label)]
    found.sort()
    return found


_PLANNED = re.compile(r"(?:部署|冲刺|谋划|安排|做好|抓好|决战|确保)\S{0,2}$")


def is_planned(text: str, pos: int) -> bool:
    """Whether the period cue at ``pos`` names a period being planned (部署下半年工作)."""
    return _PLANNED.search(text, max(0, pos - 6), pos) is not None


def first_period_cue(text: str) -> str | None:
    """The first part of a year a text reports on (``"M10"`` for 通报1—10月…), or None.
    A period being planned (部署下半年工作, 冲刺四季度) is not one reported on."""
    for pos, label in period_cues(text):
        if label != "Y" and not is_planned(text, pos):
            return label
    return None


def find_sub_period(text: str) -> tuple[str, int] | None:
    """``("M10", position)`` for 1-10月, ``("Q1", …)`` for 一季度, ``("H1", …)`` for 上半年."""
    best = None
    for _, pattern, build in _SUB_PERIODS:
        if (m := pattern.search(text)) and (best is None or m.start() < best[1]):
            best = (build(m), m.start())
    return best


_PLAN_CUES = [
    re.compile(r"(?:部署|落实|做好|推进|谋划|安排|抓好|完成)(20\d\d)年"),
    re.compile(r"对(20\d\d)年[^。；]{0,20}(?:部署|安排)"),
    re.compile(r"(20\d\d)年(?:[，,]\s*)?(?:要|将|重点|工作要点|主要预期目标|的?工作总体要求)"),
    re.compile(r"(20\d\d)年是[^。]{0,40}(?:开局|关键|之年|攻坚)"),
    re.compile(r"(20\d\d)年[^。，,]{0,16}?工作(?:视频)?会议"),  # 2025年全区…工作会议 (held Dec 2024), 2023年西藏自治区…工作会议
]
_REVIEW_CUES = [
    re.compile(r"(?:总结|回顾|介绍|通报)(?:了)?(20\d\d)年(?!\d{0,2}月|[上下]半年|[一二三四]季度|前三季度)"),
    # "2014年以来" is a history phrase, not the year reported: no cue. A report on a year's work
    # names it (2021年工作情况报告, 2022年工作总结).
    re.compile(r"(20\d\d)年度?(?:工作)?(?:情况)?(?:报告|总结)"),
    re.compile(r"(20\d\d)年是[^。]{0,40}(?:不平凡|极不寻常|艰难|不容易)"),
    re.compile(r"(20\d\d)年(?!以来)[^。；]{0,40}(?:取得|完成了|实现了)"),
]


def _first_year(patterns: list[re.Pattern[str]], text: str) -> int | None:
    hits = [(m.start(), int(m.group(1))) for p in patterns for m in p.finditer(text)]
    return min(hits)[1] if hits else None


def plan_year_cue(text: str) -> int | None:
    return _first_year(_PLAN_CUES, text)


def reviewed_year_cue(text: str) -> int | None:
    return _first_year(_REVIEW_CUES, text)


_SINCE_YEAR = re.compile(r"(20\d\d)年以来")
_NAMED_YEAR = re.compile(r"(?<![\d到至较比])(20\d\d)年(?!以来)")


def infer_years(text: str, meeting_year: int | None, meeting_month: int | None, kind: str,
                *, published: tuple[int, int] | None = None) -> Years:
    """Reviewed and plan years from the text's cues, else from the meeting's date and kind.

    A work conference early in the year reviews the year before and plans this one; one held
    in November or December reviews this year and plans the next; any other notice speaks of
    its own year, except one published in January or February, when no part of the new year
    has been reported yet: it reviews the year before. Without any date, the latest year the
    text names (not a comparator's, 较2015年, nor a history's, 2014年以来) is the reviewed one.
    """
    plan = plan_year_cue(text)
    reviewed = reviewed_year_cue(text)
    if plan is not None and reviewed is not None and reviewed > plan:
        reviewed = None  # "2024年以来" said of the plan year: not a review
    annual = kind == "work_conference"
    year, month = published or (meeting_year, meeting_month)
    if reviewed is None:
        if plan is not None and annual:
            reviewed = plan - 1
        elif year is not None:
            early = month is not None and (month <= 2 or (annual and month <= 4))
            reviewed = year - 1 if early else year
        elif plan is not None:
            reviewed = plan - 1
        elif named := [int(y) for y in _NAMED_YEAR.findall(text)]:
            reviewed = max(named)
        elif since := [int(y) for y in _SINCE_YEAR.findall(text)]:
            # Last resort, no date and no other year: "自2022年以来…首次" is said in a later year.
            reviewed = max(since) + 1
    if plan is None and reviewed is not None:
        if annual or meeting_year is None:
            plan = reviewed + 1
        else:
            plan = max(reviewed, meeting_year)
    return Years(meeting_year, reviewed, plan)
