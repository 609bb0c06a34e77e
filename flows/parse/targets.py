"""Plan against outcome: which words make a figure a goal for the plan year, and which only
look like it (an outcome measured against a goal, funds secured, a plan's title, a year that
names a meeting). Pure functions of a sentence; ``flows.parse.context`` applies them to each
figure."""
from __future__ import annotations

import re
from functools import cache

from flows.parse.periods import Years

# Words that make a sentence speak of what was done, whatever year it names.
NOT_PLAN = re.compile(r"以来|全年|完成|截至|截止|累计")

AGAINST_GOAL = re.compile(r"(?:超出|超过|超|高于|高出|低于|好于|快于|完成|实现|达到|占|比|较)了?(?:“[^”]{0,24}”)?[^，,。；;]{0,10}$")

# Goal words used otherwise: 争取中央资金 (funds secured), 计划新开工项目 (planned projects as a
# noun), a plan's title (三年行动计划, 年度计划).
NOT_A_GOAL = re.compile(r"争取[^，,。；;]{0,24}(?:资金|支持|项目|政策|试点)|计划(?:新开工|内|外|单列)")

PLAN_AS_NOUN = re.compile(r"(?:行动|工作|发展|实施|专项|年度|全年|投资|\d个|[一二三四五六七八九十]个)$")

# A year that names a meeting (2023年全省工业和信息化工作会议) says nothing of the figures after it.
_MEETING_NAME = re.compile(r"[^，,。；;]{0,24}?(?:会议|大会|会)")

_PAST_YEAR = re.compile(r"(?<!\d)(20\d\d)年(?!以来)")


def names_other_than_period(sentence: str, m: re.Match[str]) -> bool:
    """A year that is a comparator's (较2015年, 比2020年) or a meeting's (2023年全省…工作会议)."""
    if m.start() > 0 and sentence[m.start() - 1] in "较比于":
        return True
    return "会" in sentence[m.end(): m.end() + 26] and _MEETING_NAME.match(sentence, m.end()) is not None


def plan_marks(sentence: str, years: Years) -> list[tuple[int, bool]]:
    """Where the sentence speaks of the plan year (2024年，… / 今年 / 明年: True) or of an earlier
    one (False), in order. 今年 is the meeting's own year: the plan year at a conference early in
    the year, the reviewed one at a conference in December (then 明年 is the plan year). A year
    that names a meeting (从2023年全省工业和信息化工作会议上获悉) speaks of neither."""
    pattern = _plan_mention(years.plan, years.meeting)
    if pattern is None:
        return []
    marks = []
    for m in pattern.finditer(sentence):
        if "会" in sentence[m.end(): m.end() + 26] and _MEETING_NAME.match(sentence, m.end()):
            continue
        marks.append((m.start(), True))
    if marks and years.reviewed is not None:
        marks += [(m.start(), False) for m in _PAST_YEAR.finditer(sentence) if int(m.group(1)) <= years.reviewed]
        if years.meeting is not None and years.meeting != years.plan:
            marks += [(m.start(), False) for m in _THIS_YEAR.finditer(sentence)]
        marks.sort()
    return marks


_THIS_YEAR = re.compile("今年")


@cache
def _plan_mention(plan: int | None, meeting: int | None) -> re.Pattern[str] | None:
    if plan is None:
        return None
    relative = ["今年"] if meeting in (None, plan) else ["明年"] if meeting == plan - 1 else []
    return re.compile("|".join([f"{plan}年", *relative]))


def first_goal(sentence: str, goal_words: re.Pattern[str]) -> int:
    """Where the first word that makes the figures after it goals stands (力争, 预期目标 …), or
    past the end. Not a goal word: an outcome measured against a goal (超出年度目标3个百分点,
    完成年度计划的82%), funds secured (争取中央资金), a plan named as a thing (三年行动计划)."""
    if goal_words.search(sentence) is None:  # most sentences: one search, no loop
        return len(sentence) + 1
    for m in goal_words.finditer(sentence):
        if AGAINST_GOAL.search(sentence, max(0, m.start() - 40), m.start()):
            continue
        if NOT_A_GOAL.match(sentence, m.start()) or PLAN_AS_NOUN.search(sentence, max(0, m.start() - 6), m.start()):
            continue
        return m.start()
    return len(sentence) + 1

