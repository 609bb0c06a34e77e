"""Figures: numbers with a unit, percentages, ranks and points found in a sentence, before their
subject is read; the vocabulary they are found with (``data/indicators.toml``).

A figure followed by a noun describes that noun (投资10亿元以上工业投资项目) unless it is a count
(2920个重点项目开工建设); the tests for figures that are not indicators are in
``flows.parse.distractors``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from flows.parse.distractors import (
    SUBSET_BEFORE, THRESHOLD_BEFORE, counts_actors_or_objects, in_distractor)
from flows.parse.numbers import NUMBER, scaled, to_number
from flows.parse.vocab import alternation, literal_alternation, load
from flows.scanning import Skipping, first_chars, scanning

QUOTE_CHARS = frozenset("“”\"'‘’「」『』《》")

QUOTES = re.compile("[" + re.escape("".join(sorted(QUOTE_CHARS))) + "]")

CLAUSE_BREAK = re.compile(r"[，,：:；;]")

CJK_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")


# An amount of money followed by the kind of money it is (统筹100亿元财政资金, 300亿元专项债资金)
# is that money, not a threshold: the noun is named after the figure.
_MONEY_NOUN = re.compile(r"[^，,。；;、]{0,6}?(?:专项债资金|资金|基金|贷款|专项债|债券|奖补资金|奖补|补助资金|补助|补贴资金|补贴)")

# What a physical quantity before it measures when it is a facility's scale.
_FACILITY = re.compile(r"(?:集群|基地|项目|生产线|产线|园区|工厂|产业园)(?:[，,；;。]|$)")
_CLAUSE_STOP = re.compile(r"[，,；;。]")


def _clause_end(sentence: str, at: int) -> int:
    m = _CLAUSE_STOP.search(sentence, at)
    return m.end() if m else len(sentence)


@dataclass
class Vocab:
    mention: Skipping
    rank_lead: re.Pattern[str]
    units: dict[str, dict]
    followers: re.Pattern[str]
    distractors: re.Pattern[str]
    share: re.Pattern[str]
    target: re.Pattern[str]
    lead: re.Pattern[str]
    kept_qualifiers: set[str]
    aspect_heads: set[str]
    metric_heads: list[str]
    post_stop: re.Pattern[str]
    comparison: re.Pattern[str]
    comparison_down: re.Pattern[str]
    describing: re.Pattern[str]
    inner_verbs: re.Pattern[str]
    head_with_category: re.Pattern[str]
    cn_classifiers: set[str]
    change_against: re.Pattern[str]
    distractor_starts: frozenset[str] | None
    scale_units: frozenset[str]
    sub_unit_first: re.Pattern[str]
    sub_unit_last: re.Pattern[str]


@cache
def vocab() -> Vocab:
    v = load("indicators")
    units = v["units"]
    measures = v["measures"]
    scopes = alternation(measures["rank_scopes"])
    unit_alt = literal_alternation(list(units))
    mult_alt = literal_alternation(list(v["multipliers"]))
    q_after = literal_alternation(measures["qualifiers_after"])
    # No optional prefix and no scope words in front: the engine can then reject most
    # positions at their first character. Qualifiers before a figure (突破, 近) and rank
    # scopes (全国第一, 居首位) are read from the text before it.
    mention = Skipping(
        rf"(?<![\d.A-Za-z])(?:"
        rf"百分之(?P<pnum>{NUMBER})"
        rf"|第(?P<rnum>{NUMBER})(?:位|名)"
        rf"|第(?P<rnum2>\d{{1,2}}|[一二三四五六七八九十]{{1,2}})(?=[，,。；;、）)\s]|$)"
        rf"|(?P<top>首位)(?!产业)"
        rf"|(?P<num>{NUMBER})(?P<qa>多|余)?(?P<mult>{mult_alt})?(?P<qb>多|余)?(?P<unit>{unit_alt})"
        rf")(?P<q2>{q_after})?"
    )
    lead = alternation(measures["lead_fillers"])
    return Vocab(
        mention=mention,
        units=units,
        followers=re.compile(alternation(v["figures"]["followers"])),
        distractors=re.compile(alternation(v["distractors"]["patterns"])),
        rank_lead=scanning(rf"(?:{scopes}|居|位居|稳居|跃居|保持|位列)$"),
        share=re.compile(alternation(measures["share"])),
        target=re.compile(alternation(measures["target_words"])),
        lead=re.compile(rf"^(?:{lead}|[，,、\s])+"),
        kept_qualifiers=set(measures["qualifier_kept"]),
        aspect_heads=set(measures["aspect_heads"]),
        metric_heads=sorted(v["names"]["metric_heads"], key=len, reverse=True),
        post_stop=re.compile(r"[，,。；;、：:（(]|以及|和|及|与|中有|中(?=[，,])|的(?!企业|项目)"),
        comparison=re.compile(measures["comparison"]),
        comparison_down=re.compile(measures["comparison_down"]),
        describing=re.compile(rf"(?:{alternation(v['figures']['describing_verbs'])})$"),
        inner_verbs=re.compile(alternation(v["names"]["inner_verbs"])),
        cn_classifiers=set(v["figures"]["chinese_count_classifiers"]),
        change_against=re.compile(measures["change_against"]),
        distractor_starts=first_chars(alternation(v["distractors"]["patterns"])),
        scale_units=frozenset(v["figures"]["scale_units"]),
        sub_unit_first=re.compile(v["distractors"]["sub_unit_nouns"]),
        sub_unit_last=re.compile(v["distractors"]["sub_unit_nouns"] + "$"),
        # 六大优势产业增加值 → 产业增加值: what the members of a list share.
        head_with_category=scanning(
            rf"(?:[一二三四五六七八九十两\d]+[大个](?:优势|重点|主导|支柱|特色|新兴)?)?((?:产业集群|产业|行业|工业)?"
            rf"(?:{literal_alternation(v['names']['metric_heads'])}))$"),
    )


@dataclass
class Figure:
    """One figure found in a sentence, before its subject is read."""

    start: int
    end: int
    kind: str  # percent, points, amount, count, rank
    value: float
    unit: str
    qualifier: str | None
    post_name: str | None = None  # a count followed by what it counts
    # filled while reading the words before it
    name: str = ""
    measure: str | None = None
    year: int | None = None
    opens_pair: bool = False
    closes_pair: bool = False
    respectively: bool = False
    all_of: bool = False  # 均增长8%以上: one figure for every member of the list before it
    negative: bool = False
    glued: bool = False  # joined to the figure before by 、/和 only (a paired list)
    grouped: bool = False  # named by its list
    span_years: int | None = None  # 两年平均增长: the span it averages over
    subset: bool = False  # counted as part of a group named just before (…中有N个)
    before: str = ""  # the words of its clause before it (what it is compared with, new or total)
    money: bool = False  # an amount named by the money noun after it (100亿元财政资金)
    added: bool = False  # a count or amount added against an earlier time (比上年末增加1062家)
    compared_only: bool = False  # a percentage read only against a comparator
    times: bool = False  # 增长1.5倍: a multiple, a figure only as a growth
    clause: str = ""


def find_figures(sentence: str, blocked: list[tuple[int, int]], start: int = 0) -> list[Figure]:
    """The figures of a sentence that may be indicators, in order (``blocked``: spans that are
    a list's declared size or a definition; ``start``: where the first possible figure is)."""
    v = vocab()
    figures = []
    followers_match = v.followers.match
    units = v.units
    kept_qualifiers = v.kept_qualifiers
    for m in v.mention.finditer(sentence, start):
        m_start, m_end = m.span()
        if blocked and any(s < m_end and m_start < e for s, e in blocked):
            continue
        if in_distractor(sentence, m_start, v):
            continue
        g = m.groupdict()  # one call instead of a dozen m.group(name)
        if (g["rnum2"] or g["top"]) and not at_end(v.rank_lead, sentence[:m_start]):
            continue  # 质量第一, 首位产业: not a rank without its scope (全国第一, 居首位)
        q = g["q2"] or g["qa"] or g["qb"]
        qualifier = q if q in kept_qualifiers else None
        closes = followers_match(sentence, m_end) is not None  # the figure closes its clause
        if g["pnum"]:
            value, kind, unit = to_number(g["pnum"]), "percent", "%"
        elif g["rnum"] or g["rnum2"]:
            value, kind, unit = to_number(g["rnum"] or g["rnum2"]), "rank", "位"
        elif g["top"]:
            value, kind, unit = 1.0, "rank", "位"
        else:
            info = units[g["unit"]]
            kind, unit = info["kind"], info["base"]
            number = g["num"]
            if (not number[0].isdigit() and kind in ("amount", "count") and not g["mult"]
                    and not closes and g["unit"] not in v.cn_classifiers):
                continue  # 九个方面重点任务, 一批: a Chinese count before a noun is prose, 工厂两家。 a figure
            if number == "一" and kind == "count" and not g["mult"] and g["unit"] not in v.cn_classifiers:
                continue  # 这是一场…会议: the numeral one as an article (新认定…一家 is a count)
            value = scaled(number, g["mult"])
            if value is not None and "scale" in info:
                value *= info["scale"]
        if value is None:
            continue
        if (kind == "amount" and figures and figures[-1].kind == "count"
                and THRESHOLD_BEFORE.match(sentence, figures[-1].end, m_start)):
            continue  # 其中有4家超500亿元: the threshold the counted pass, not a figure
        figure = Figure(m_start, m_end, kind, value, unit, qualifier)
        if kind == "percent":
            figure.times = g["unit"] == "倍"
        elif kind == "count":
            if m_start > 0 and sentence[m_start - 1] == "占":
                continue  # 占22个重点集群比重: the count of a share's whole
            # 40个行业大类中31个, 工业大类中的38个: a part of a group just counted.
            figure.subset = "中" in sentence[max(0, m_start - 3): m_start] and (
                SUBSET_BEFORE.search(sentence, max(0, m_start - 3), m_start) is not None)
        if kind in ("amount", "count", "percent") and not closes:
            money_noun = _MONEY_NOUN.match(sentence, m_end) if kind == "amount" and unit == "元" and not qualifier else None
            money = money_noun is not None
            if not money and (kind != "count" or v.describing.search(sentence, max(0, m_start - 8), m_start)):
                continue  # 投资10亿元以上工业投资项目: a threshold describing the noun
            if g["unit"] in v.scale_units and _FACILITY.search(sentence, m_end, _clause_end(sentence, m_end)):
                continue  # 打造300万辆汽车产业集群, 年产100万辆…项目: the scale of one facility
            stop = v.post_stop.search(sentence, m_end)
            post = sentence[m_end: stop.start() if stop else len(sentence)]
            figure.post_name = QUOTES.sub("", post).strip() or None
            if figure.post_name and figure.post_name.startswith(("目标", "任务")):
                figure.post_name = None  # 完成整车产量70万辆目标: the goal's own word, not what it counts
            if counts_actors_or_objects(sentence, m_start, m_end, v):
                continue
            if money:
                figure.money = True
                figure.post_name = sentence[m_end: money_noun.end()]
        if kind != "rank" and m_start > 1 and sentence[m_start - 1] in "、和及与 ":
            figures.extend(_shared_unit(sentence, m, figure, figures))
        figures.append(figure)
    return figures


# Patterns anchored with $ only need to look at the end of a segment: searching the whole
# segment would try every start position (most of the parse time).
WINDOW = 24


def at_end(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    return pattern.search(text, max(0, len(text) - WINDOW))


_BARE_BEFORE = re.compile(rf"(?<![\d.])({NUMBER})\s*(?:、|和|及|与)\s*$")


def _shared_unit(sentence: str, m: re.Match[str], figure: Figure, found: list[Figure]) -> list[Figure]:
    """Numbers listed before a figure without their unit take its unit: 分别高于全国3.4和5.6个
    百分点, 分别为12、15万吨."""
    extra: list[Figure] = []
    end = m.start()
    floor = found[-1].end if found else 0
    while True:
        b = _BARE_BEFORE.search(sentence, max(floor, end - 24), end)
        if b is None or not b.group(1)[0].isdigit():
            break
        value = scaled(b.group(1), m.group("mult")) if m.group("num") else to_number(b.group(1))
        if value is None:
            break
        extra.insert(0, Figure(b.start(1), b.end(1), figure.kind, value, figure.unit, None))
        end = b.start(1)
    return extra


POINTS_LISTED = re.compile(r"(\d+(?:\.\d+)?)个(?=(?:\s*[、和及与]\s*\d+(?:\.\d+)?个?)+\s*(?:个)?百分点)")

# A parenthesis inside a subject: words follow it, and no figure (digit, %) stands just before.
_DEFINITION = re.compile(r"（[^（）]*）(?=[\u4e00-\u9fff])")

_FIGURE_BEFORE = re.compile(r"[\d%％]")


def definitions(sentence: str) -> list[tuple[int, int]]:
    """Parenthesised definitions inside a subject (规模以上工业企业（年主营业务收入2000万元及
    以上）实现营业收入…): spans whose numbers are not figures."""
    return [m.span() for m in _DEFINITION.finditer(sentence)
            if not _FIGURE_BEFORE.search(sentence, max(0, m.start() - 4), m.start())]
