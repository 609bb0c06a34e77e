"""The context a figure is read in, and its period and goal flag from it.

- the notice (:class:`NoticeContext`, resolved once): when it came out, the year it reports on,
  the year it plans for, the part of a year it reports on;
- the sentence (:class:`Frame`: the span and part-year period in force, a task or review item;
  :class:`Cues`: where the sentence names goals, plan years, years and periods);
- the figure: :func:`single_period` and :func:`pair_years` (从…到) give its period.

``flows.parse.indicators`` carries the paragraph context (the period and subject in force) from
one sentence to the next.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from dataclasses import field
from functools import cache
from typing import TYPE_CHECKING

from flows.parse.figures import CLAUSE_BREAK, vocab
from flows.parse.periods import Span, Years, first_period_cue, infer_years, is_single_month
from flows.parse.targets import NOT_PLAN, first_goal, names_other_than_period, plan_marks
from flows.scanning import scanning

if TYPE_CHECKING:
    from flows.parse.figures import Figure

# A date the page prints near the top of the text (发布时间:2022-07-29 11:59, 2023-06-07,
# 2023年01月19日08:43) when the cleaner found no header: the publish date in all but name.
# One separator throughout: "2018年1-10月" is a period, not a date.
_HEAD_DATE = re.compile(r"(?<!\d)(20\d\d)(?:年(\d{1,2})月(\d{1,2})日|([-/.])(\d{1,2})\4(\d{1,2})(?!\d))")
_HEAD_CHARS = 400


@dataclass(frozen=True)
class NoticeContext:
    """What holds for every figure of a notice."""

    years: Years
    # (year, month) of publication, or of the meeting where the page gives no date: a part of
    # a year that ends after it (1—11月 in a notice of January) belongs to the year before.
    published: tuple[int, int] | None
    # The part of the year an operations notice reports on (通报1—10月… → "M10"), or None.
    reported: str | None


def head_date(body: str) -> str | None:
    """An ISO date printed in the first lines of a body, or None."""
    m = _HEAD_DATE.search(body, 0, _HEAD_CHARS)
    if m is None:
        return None
    year = int(m.group(1))
    month, day = (int(m.group(2)), int(m.group(3))) if m.group(2) else (int(m.group(5)), int(m.group(6)))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def published_parts(published: str | None) -> tuple[int, int] | None:
    m = re.match(r"(\d{4})-(\d{2})", published or "")
    return (int(m.group(1)), int(m.group(2))) if m else None


def notice_context(title: str | None, body: str, published: str | None, kind: str,
                   meeting_year: int | None, meeting_month: int | None) -> NoticeContext:
    """The notice-wide context: years from the text's cues, else the publish (or meeting) date
    and the kind of notice; the part of a year it reports on from its lead or title."""
    # The meeting's date where the text gives one (a repost's page date may be months later),
    # else the publish date.
    pub = (meeting_year, meeting_month) if meeting_year and meeting_month else published_parts(published)
    years = infer_years(f"{title or ''}。{body}", meeting_year, meeting_month, kind,
                        published=pub)
    reported = None
    if kind != "work_conference":
        lead = next((p for p in body.split("\n") if p.strip()), "")
        reported = first_period_cue(lead) or first_period_cue(title or "")
    return NoticeContext(years, pub, reported)


@cache
def year_of_part(year: int, label: str | None, published: tuple[int, int] | None) -> int:
    """The year a part-year figure describes when the text names none: the last year in which
    that part had ended when the notice came out (1—11月 published in January 2024 → 2023,
    1月份 published in February 2024 → 2024); ``year`` (the reported year) without a date."""
    if not label or published is None:
        return year
    end = _PART_END.get(label[0])
    if end is None or not label[1:].isdigit():
        return year
    return published[0] if end(label[1:]) <= published[1] else published[0] - 1


_PART_END = {
    "M": int,
    "Q": lambda n: 3 * int(n),
    "H": lambda n: 6 * int(n),
}


# Words that make a count or amount a sum over the span in force rather than its end state.
_SUM_OVER_SPAN = re.compile(r"累计|新增|共新增|新培育|新建|每年")


@dataclass
class Frame:
    """What a sentence is about: its years, span and whether it states goals."""

    years: Years
    span: Span | None = None
    plan_item: bool = False  # inside a task list item
    review_year: int | None = None  # inside a review list item
    carried: str | None = None  # part of a year named earlier in the paragraph (1—10月 → "M10")
    cues: list[tuple[int, str]] = field(default_factory=list)  # the sentence's period cues
    published: tuple[int, int] | None = None  # (year, month) the notice came out


_EXPLICIT_YEAR = scanning(r"(?<![\d—–\-~])(20\d\d)年(?!到|至|—|-)")

_TO_YEAR = re.compile(r"到(20\d\d)年")


_ITEM_MARK = re.compile(r"[一二三四五六七八九十]是|（[一二三四五六七八九十]）")


@dataclass
class Cues:
    """Where a sentence names goals, plans, years and periods: looked up once per sentence,
    then compared with each figure's position."""

    target: int
    not_plan: int
    sentence: str
    plan_years: Years
    future: int
    future_year: int | None
    years: list[tuple[int, int, int]]
    first_break: int
    periods: list[tuple[int, str]]
    items: list[int] = field(default_factory=list)  # where list items start (二是, （三）)
    _plan: list[tuple[int, bool]] | None = None

    @property
    def plan(self) -> list[tuple[int, bool]]:
        """Where the sentence speaks of the plan year or an earlier one (looked up when first
        asked: most figures are settled before, and an operations notice never asks)."""
        if self._plan is None:
            self._plan = plan_marks(self.sentence, self.plan_years)
        return self._plan

    @classmethod
    def of(cls, sentence: str, frame: Frame) -> Cues:
        def first(pattern: re.Pattern[str] | None) -> int:
            m = pattern.search(sentence) if pattern is not None else None
            return m.start() if m else len(sentence) + 1

        future = _TO_YEAR.search(sentence) if "到" in sentence else None
        brk = CLAUSE_BREAK.search(sentence)
        return cls(
            target=first_goal(sentence, vocab().target),
            not_plan=first(NOT_PLAN),
            sentence=sentence,
            plan_years=frame.years,
            future=future.start() if future else len(sentence) + 1,
            future_year=int(future.group(1)) if future else None,
            years=[(m.start(), m.end(), int(m.group(1))) for m in _EXPLICIT_YEAR.finditer(sentence)
                   if not names_other_than_period(sentence, m)],
            first_break=brk.start() if brk else len(sentence) + 1,
            periods=frame.cues,
            items=[m.start() for m in _ITEM_MARK.finditer(sentence)] if frame.cues else [],
        )

    def year_before(self, upto: int) -> int | None:
        """A single year the sentence states before a figure (2022年，全省… / …的2021年…)."""
        found = None
        for start, end, year in self.years:
            if end > upto:
                break
            if start < self.first_break or end > upto - 12:
                found = year
        return found

    def in_plan(self, upto: int) -> bool:
        """Whether the last year mentioned before ``upto`` is the plan year."""
        state = False
        for pos, is_plan in self.plan:
            if pos >= upto:
                break
            state = is_plan
        return state

    def period_before(self, upto: int) -> str | None:
        """The last period cue before ``upto`` in the same list item (一是力争一季度开门红；二是
        创建3个集群: the 3 is not a first-quarter figure)."""
        label, label_at = None, 0
        for pos, cue in self.periods:
            if pos >= upto:
                break
            label, label_at = cue, pos
        if label is not None and self.items and any(label_at < at < upto for at in self.items):
            return None
        return label


def pair_years(sentence: str, start: Figure, end: Figure, frame: Frame) -> tuple[int | None, int | None]:
    span = frame.span
    reviewed = frame.review_year or frame.years.reviewed
    end_year = end.year or (span.end if span else reviewed)
    if start.year == -1:  # 由上年的43.7%提高到44.4%
        return (end_year - 1 if end_year else None), end_year
    if start.year == -2:  # 从年初的第23位提升至第1位
        return end_year, end_year
    start_year = start.year or (span.base if span else (reviewed - 1 if reviewed else None))
    return start_year, end_year


def single_period(cues: Cues, figure: Figure, frame: Frame, target: bool) -> str | None:
    """The figure's period, or None when it describes one month (10月份), which the contract
    cannot express: such a figure is left out rather than given a wrong period."""
    years = frame.years
    part = cues.period_before(figure.start)
    if is_single_month(part) or (part is None and not frame.span and is_single_month(frame.carried)):
        return None
    if target:
        # 到2027年 names the year of the goals after it, not of one before it in the sentence
        # (2025年…增长5%左右；到2027年，力争…4500亿元).
        year = (cues.future_year if cues.future <= figure.start else None) or years.plan
        return f"{year}{part}" if part and part != "Y" else str(year)
    explicit = cues.year_before(figure.start)
    base = frame.review_year or explicit or years.reviewed
    if figure.span_years and base:
        return f"{base - figure.span_years + 1}-{base}"
    if part is None and not frame.span:
        part = frame.carried
    if part and part != "Y":
        if not (frame.review_year or explicit):
            base = year_of_part(base, part, frame.published)
        return f"{base}{part}"
    outside = explicit is not None and frame.span is not None and not (
        frame.span.start <= explicit <= frame.span.end)  # 2016年-2019年…。2020年增长4.6%
    if frame.span and not frame.review_year and part != "Y" and not outside:
        if figure.measure in ("avg_growth", "growth", "pp_change"):
            return frame.span.label()
        if figure.year is None and _SUM_OVER_SPAN.search(figure.before):
            return frame.span.label()  # 五年来累计完成投资…, 3年新增企业…: a sum over the span
        return str(figure.year or frame.span.end)
    return str(figure.year or base)
