"""Indicators: the figures a notice reports, each with its subject, measure, unit, period,
target flag, qualifier and evidence (the clause it came from).

The notice is read as paragraphs → sentences → clauses with a carried context: the part of a
year in force (上半年, 1—11月 … until another is named), the subject in force (a sentence with
none continues the one before), the span (十三五期间, 五年来) and whether the sentence states
goals. In each sentence the figures are found (``figures``), those that are not indicators
dropped (``distractors``), their subjects and measures read (``names``), then their periods and
goal flags (``context``, ``targets``) and what they are compared with (``comparisons``).
"""
from __future__ import annotations

import re

from flows.parse.comparisons import compared_with, stock_kind
from flows.parse.context import Cues, Frame, pair_years, single_period
from flows.parse.distractors import QUOTED_GOAL, counts_sub_units
from flows.parse.figures import CJK_NAME, POINTS_LISTED, Figure, definitions, find_figures, vocab
from flows.parse.names import SentenceState, resolve_names, share_all_of
from flows.parse.numbers import clean_value
from flows.parse.periods import Span, Years, could_span, find_span, is_planned, is_single_month, period_cues

# A sentence ends at 。！？ (not at ；: a goal list "目标是：…；…；…" is one sentence).
_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]?")
# A single year a sentence names (2024年全省…), not a span's end (2018—2022年) or a plan (到2025年).
_YEAR_NAMED = re.compile(r"(?<![\d—–\-~至到])(?:19|20)\d\d年(?!以来|[—–\-~至到])")


def _record(figure: Figure, period: str | None, target: bool) -> dict:
    """The contract record of a figure, with the analyst's ``compared_with`` and ``stock_kind``."""
    if period is not None and period.startswith("None"):
        period = None  # no year anywhere in the notice
    value = -figure.value if figure.negative and figure.measure in ("growth", "pp_change", "avg_growth") else figure.value
    return {
        "name": figure.name,
        "measure": figure.measure,
        "value": clean_value(value),
        "unit": figure.unit,
        "period": period,
        "target": target,
        "qualifier": figure.qualifier,
        "evidence": figure.clause,
        "compared_with": (compared_with(figure.before, figure.measure)
                          if figure.measure in ("pp_change", "rank") else None),
        "stock_kind": ("new" if figure.added else stock_kind(figure.before)) if figure.measure == "value" else None,
    }


def _periods(sentence: str, figures: list[Figure], frame: Frame) -> list[dict]:
    """The records of a sentence's figures: each kept or dropped, given its goal flag and period."""
    years = frame.years
    out = []
    pending: Figure | None = None
    cues = Cues.of(sentence, frame)
    quoted = "”" in sentence
    pair_end: str | None = None
    for figure in figures:
        if figure.measure is None or not figure.name or not CJK_NAME.search(figure.name):
            continue
        if figure.measure == "change":
            # 比上年末增加1062家, 较年初增加1210户: what was added, a value of the new kind
            figure.measure, figure.added = "value", True
        if (figure.times and figure.measure != "growth") or figure.compared_only:
            continue
        if quoted and QUOTED_GOAL.match(sentence, figure.end):
            continue  # 完成“规上工业增加值增长7%”的年度目标: the goal's wording, not a figure
        if figure.unit == "个" and counts_sub_units(figure, vocab()):
            continue
        at = figure.start
        # A goal: in a task item, after a target word (力争, 预期目标), or in a sentence about the
        # plan year (2024年，全省规上工业增加值增长6%以上) or a later one (到2025年…达到10%).
        target = frame.plan_item or cues.target < at
        if not target and cues.not_plan >= at:
            target = bool(
                (years.plan != years.reviewed and cues.in_plan(at))
                or (cues.future < at and years.reviewed is not None and cues.future_year > years.reviewed))
        if figure.opens_pair:
            pending = figure
            continue
        if figure.closes_pair and pending is not None:
            start_year, end_year = pair_years(sentence, pending, figure, frame)
            end_period = str(end_year)
            part = cues.period_before(figure.start) or (None if frame.span else frame.carried)
            if part and part != "Y" and part[0] != "m" and figure.year is None and not target:
                end_period = f"{end_year}{part}"  # 上半年…排名从年初的第23位提升至第1位: the end is H1
            out.append(_record(pending, str(start_year), target))
            out.append(_record(figure, end_period, target))
            pair_end = end_period
            pending = None
            continue
        if pending is not None:
            _add(out, pending, single_period(cues, pending, frame, target), target)
            pending = None
        period = single_period(cues, figure, frame, target)
        if pair_end is not None and not target and period == str(years.reviewed) and figure.year is None:
            period = pair_end  # 由2019年的…增加到2023年的…，占GDP比重达45%: the state at the pair's end
        if (figure.measure == "pp_change" and out and out[-1]["measure"] == "avg_growth"
                and out[-1]["name"] == figure.name):
            period = out[-1]["period"]  # 年均增长8%，比全国高2个百分点: the gap between two averages
        _add(out, figure, period, target)
    if pending is not None:
        _add(out, pending, single_period(cues, pending, frame, False), False)
    return out


def _add(out: list[dict], figure: Figure, period: str | None, target: bool) -> None:
    if period is not None:  # None: a single month, left out
        out.append(_record(figure, period, target))


def sentences(paragraph: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs: split at 。！？；"""
    return [(m.start(), m.group(0)) for m in _SENTENCE.finditer(paragraph)]


def extract_indicators(
    body: str,
    years: Years,
    *,
    plan_spans: list[tuple[int, int]] = (),
    review_spans: list[tuple[int, int, int]] = (),
    blocked: list[tuple[int, int]] = (),
    reported: str | None = None,
    published: tuple[int, int] | None = None,
    carry_across: bool = True,
) -> list[dict]:
    """The indicator records of a body, in document order.

    ``plan_spans`` are the task items (figures there are goals for the plan year),
    ``review_spans`` the review items with their year, ``blocked`` the declared list sizes,
    ``reported`` the part of the year the notice reports on (``"M10"`` for an operation
    meeting that 通报1—10月…), the default period of its outcomes; ``published`` the notice's
    (year, month), which dates part-year figures; ``carry_across``: whether a part-year period
    named in one paragraph holds in the next ones (a notice on a part of a year: yes; an annual
    conference that mentions 1—11月 in passing: no).
    """
    records: list[dict] = []
    offset = 0
    v = vocab()
    # The compiled pattern itself: most sentences hold a digit early, where the skip to a
    # first character costs a second search for nothing (measured 1.5 against 2.7 µs).
    mention_search = v.mention.pattern.search
    target_search = v.target.search
    reviewed = years.reviewed
    split_sentences = _SENTENCE.finditer
    # A part of a year named at the head of a sentence holds for every figure after it, in
    # this paragraph and (``carry_across``: a notice on a part of a year, not an annual
    # conference that mentions one in passing) the next ones, until another period is named.
    carried: str | None = reported
    for paragraph in body.split("\n"):
        span: Span | None = None
        span_aside = year_before = False
        carried_name: str | None = None
        if not carry_across:
            carried = reported
        # A sentence can open a span only if its paragraph holds a span cue (the cue
        # pattern has no anchors or look-arounds): one search per paragraph, not per sentence.
        spans_here = could_span(paragraph)
        for sm in split_sentences(paragraph):
            sentence = sm.group(0)
            if "百分点" in sentence and "个" in sentence:
                # 分别高于全国3个、5.9个、6个百分点: the 个 of each listed number belongs to 百分点.
                sentence = POINTS_LISTED.sub(r"\1", sentence)
            if spans_here and (found := find_span(sentence, reviewed)) is not None:
                span = found
                # A span opened after a sentence of the paragraph that named its own year
                # (2024年…增长7.7%。“十四五”以来，…年均增长8.1%。新增…203家) is an aside:
                # it holds in its own sentence, and the figures after return to that year.
                span_aside = year_before
            elif span_aside:
                span, span_aside = None, False
            if spans_here and not year_before:
                year_before = bool(_YEAR_NAMED.search(sentence))
            cues = period_cues(sentence)
            # Periods a later sentence of the paragraph inherits: reported ones, not planned ones.
            reported_here = [(pos, label) for pos, label in cues if not is_planned(sentence, pos)] if cues else cues
            if (first := mention_search(sentence)) is None:
                if reported_here and reported_here[-1][1] != "Y" and not target_search(sentence):
                    carried = reported_here[-1][1]
                continue
            at = offset + sm.start()
            frame = Frame(years, span, carried=carried, cues=cues, published=published)
            frame.plan_item = any(s <= at < e for s, e in plan_spans)
            frame.review_year = next((y for s, e, y in review_spans if s <= at < e), None)
            sentence_blocked = [(s - at, e - at) for s, e in blocked if at <= s < at + len(sentence)]
            if "（" in sentence:
                sentence_blocked += definitions(sentence)
            figures = find_figures(sentence, sentence_blocked, first.start())
            if not figures:
                continue
            resolve_names(sentence, figures, SentenceState(carried_name=carried_name))
            if any(f.all_of for f in figures):
                figures = share_all_of(figures)
            for f in reversed(figures):
                if f.name and f.kind != "count":
                    carried_name = f.name
                    break
            else:
                carried_name = None
            records.extend(_periods(sentence, figures, frame))
            lead = [label for pos, label in reported_here if pos < figures[0].start]
            if lead and not target_search(sentence) and not is_single_month(lead[-1]):
                # 3月份，…增长7.2%: a single month holds in its own sentence only; the figures
                # after it return to the period in force (the contract has no form for a month).
                carried = None if lead[-1] == "Y" else lead[-1]
        offset += len(paragraph) + 1
    return records
