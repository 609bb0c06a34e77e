"""Figures that are not indicators: slogans and ordinals (八项规定, 建党100周年), how many sub-units
acted (16个市中有13个), the actors or objects of another figure (107个集群实现营业收入…), the size
of a national list, a goal's quoted wording. Each test looks at the sentence around one figure;
the vocabulary is in ``data/indicators.toml`` ([distractors])."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from flows.parse.figures import Figure, Vocab


def in_distractor(sentence: str, at: int, v: Vocab) -> bool:
    """Whether a distractor (八项规定, 建党100周年, 8个方面工作) covers the figure starting at
    ``at``: one that starts at most 4 characters before it."""
    starts = v.distractor_starts
    match = v.distractors.match
    for i in range(max(0, at - 4), at + 1):
        if (starts is None or sentence[i] in starts) and (d := match(sentence, i)):
            if d.end() > at:
                return True
    return False


QUOTED_GOAL = re.compile(r"[^“”，,。]{0,6}”的?(?:年度|全年|预期|既定)?(?:目标|任务)")

_CLAUSE_END = re.compile(r"[，,；;。！？]")

_LIST_JOIN = re.compile(r"[、和及与]")

# A count whose noun is the object of an action, not a result (一体推进15个集群培育, 提升20个产业链
# 发展水平, 20个集群行动计划等政策文件).
_ACTION_OBJECT = re.compile(r"(?:培育|发展水平|行动计划|政策文件|政策规划|相关政策|实施方案)(?:等|工作)?$")

_A_DIGIT = re.compile(r"[\d一二两三四五六七八九]")

THRESHOLD_BEFORE = re.compile(r"[^，,]{0,6}?(?:超过|超|突破|过|逾|在)$")  # used with .match

_STOCK_BEFORE = re.compile(r"(?:累计|新增|共有|共|总计|合计)$")


def counts_actors_or_objects(sentence: str, start: int, end: int, v: Vocab) -> bool:
    """Whether a count before its noun counts the actors of a figure in the same clause (107个集群
    实现营业收入1.74万亿元, 79个集群建成148个共享工厂: the other figure is the indicator) or the
    objects of an action."""
    stop = _CLAUSE_END.search(sentence, end)
    clause_end = stop.start() if stop else len(sentence)
    rest = sentence[end:clause_end]
    if _ACTION_OBJECT.search(rest):
        return True
    nxt = v.mention.pattern.search(sentence, end, clause_end)
    while nxt is not None and not _A_DIGIT.search(nxt.group(0)):
        nxt = v.mention.pattern.search(sentence, nxt.end(), clause_end)  # 千亿元产业: a magnitude
    if nxt is None or _LIST_JOIN.search(sentence, end, nxt.start()):
        return False
    # 4家超500亿元: the amount is the threshold the counted things pass; the count is the figure.
    if THRESHOLD_BEFORE.match(sentence, end, nxt.start()):
        return False
    # 累计2.2万家企业享受…: a total the text marks as one is a figure in its own right.
    return not _STOCK_BEFORE.search(sentence, max(0, start - 4), start)


SUBSET_BEFORE = re.compile(r"(?<!其)中(?:的|[，,]?有)?$")  # 41个大类中有36个, 21个地市中，有17个


def counts_sub_units(figure: Figure, v: Vocab) -> bool:
    """16个市中, 有28个行业增加值实现增长, 实现两位数增长的行业有17个: how many units of the map
    or of the industry classification, not an indicator; nor how many of a group just counted
    (41个工业大类中的38个)."""
    if figure.subset:
        return True
    if figure.post_name:
        return v.sub_unit_first.match(figure.post_name) is not None
    return v.sub_unit_last.search(figure.name) is not None
