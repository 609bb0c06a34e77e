"""Indicators: the figures a notice reports, each with its subject, measure, unit, period,
target flag, qualifier and evidence (the clause it came from).

The pass reads one sentence at a time. It finds the figures (numbers with a unit, a
percentage, a rank, a number of percentage points), drops the ones that are not indicators
(thresholds inside a description, slogans, a list's declared size), then reads each figure's
subject and measure from the words before it, completing elliptical subjects from the
sentence, splitting 分别 and paired lists, and turning 从…到 into two records.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache

from flows.parse.numbers import NUMBER, clean_value, scaled, to_number
from flows.parse.comparisons import compared_with, stock_kind
from flows.parse.context import year_of_part
from flows.parse.periods import Span, Years, could_span, find_span, is_planned, is_single_month, period_cues
from flows.scanning import Skipping, first_chars, scanning
from flows.parse.vocab import alternation, literal_alternation, load

_QUOTE_CHARS = frozenset("“”\"'‘’「」『』《》")
_QUOTES = re.compile("[" + re.escape("".join(sorted(_QUOTE_CHARS))) + "]")
_CLAUSE_BREAK = re.compile(r"[，,：:；;]")
# A sentence ends at 。！？ (not at ；: a goal list "目标是：…；…；…" is one sentence).
_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]?")
_LIST_GLUE = re.compile(r"^[、和及与以及\s]*$")
_NAME_SPLIT = re.compile(r"、|以及|和|及|与")
_CJK_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")


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
    negative: bool = False
    glued: bool = False  # joined to the figure before by 、/和 only (a paired list)
    grouped: bool = False  # named by its list
    span_years: int | None = None  # 两年平均增长: the span it averages over
    subset: bool = False  # counted as part of a group named just before (…中有N个)
    before: str = ""  # the words of its clause before it (what it is compared with, new or total)
    compared_only: bool = False  # a percentage read only against a comparator
    times: bool = False  # 增长1.5倍: a multiple, a figure only as a growth
    clause: str = ""


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


@dataclass
class _SentenceState:
    """The subject an elliptical figure borrows (增速, 占…比重, 利润总额) within a sentence."""

    subject: str | None = None
    # The subject of the sentence before in the paragraph: a sentence whose first figure names
    # none continues it (规上工业增加值年均增长8.9%。2020年增长4.6%).
    carried_name: str | None = None


def _find_figures(sentence: str, blocked: list[tuple[int, int]], start: int = 0) -> list[Figure]:
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
        if _in_distractor(sentence, m_start, v):
            continue
        g = m.groupdict()  # one call instead of a dozen m.group(name)
        if (g["rnum2"] or g["top"]) and not _at_end(v.rank_lead, sentence[:m_start]):
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
            value = scaled(number, g["mult"])
            if value is not None and "scale" in info:
                value *= info["scale"]
        if value is None:
            continue
        if (kind == "amount" and figures and figures[-1].kind == "count"
                and _THRESHOLD_BEFORE.match(sentence, figures[-1].end, m_start)):
            continue  # 其中有4家超500亿元: the threshold the counted pass, not a figure
        figure = Figure(m_start, m_end, kind, value, unit, qualifier)
        figure.times = g["unit"] == "倍"
        # 40个行业大类中31个, 工业大类中的38个: a part of a group just counted.
        figure.subset = _SUBSET_BEFORE.search(sentence, max(0, m_start - 3), m_start) is not None
        if kind in ("amount", "count", "percent") and not closes:
            if kind != "count" or v.describing.search(sentence, max(0, m_start - 8), m_start):
                continue  # 投资10亿元以上工业投资项目: a threshold describing the noun
            stop = v.post_stop.search(sentence, m_end)
            post = sentence[m_end: stop.start() if stop else len(sentence)]
            figure.post_name = _QUOTES.sub("", post).strip() or None
            if _counts_actors_or_objects(sentence, m_start, m_end, v):
                continue
        if kind != "rank" and m_start > 1 and sentence[m_start - 1] in "、和及与 ":
            figures.extend(_shared_unit(sentence, m, figure, figures))
        figures.append(figure)
    return figures


# Patterns anchored with $ only need to look at the end of a segment: searching the whole
# segment would try every start position (most of the parse time).
_WINDOW = 24


def _at_end(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    return pattern.search(text, max(0, len(text) - _WINDOW))


_YEAR_END = re.compile(r"(?:20|19)\d\d年(?:[底末]|全年|的|以来)?$")
_PREV_YEAR_END = re.compile(r"(?:上年|去年)(?:同期)?的?$")
_TO_END = re.compile(r"(?:(?:提高|提升|增加|增长|上升|扩大|下降|降低|减少|跃升|攀升|回落|缩小|降|升)(?:到|至)|到|至)$")
_DOWN = re.compile(r"下降|降低|减少|回落|缩小|降")
_YEARS_AVERAGE = re.compile(r"([两二三四五])年(?:平均|均)(?:增长|增速)$")


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


def _in_distractor(sentence: str, at: int, v: Vocab) -> bool:
    """Whether a distractor (八项规定, 建党100周年, 8个方面工作) covers the figure starting at
    ``at``: one that starts at most 4 characters before it."""
    starts = v.distractor_starts
    match = v.distractors.match
    for i in range(max(0, at - 4), at + 1):
        if (starts is None or sentence[i] in starts) and (d := match(sentence, i)):
            if d.end() > at:
                return True
    return False


# A "name" that is only a preposition or a comparison (在, 较, 超过全国, 增速高于): no subject.
_ONLY_COMPARISON = re.compile(r"^(?:[在较比与从由]|(?:在|增速|增幅)?(?:超过|高于|高出|低于|快于|慢于|较|比)[^，,]{0,12})$")

_POINTS_LISTED = re.compile(r"(\d+(?:\.\d+)?)个(?=(?:\s*[、和及与]\s*\d+(?:\.\d+)?个?)+\s*(?:个)?百分点)")

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
            m = pattern.search(text, n - _WINDOW if n > _WINDOW else 0)
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
        "from": ["从", "由"],
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


def _peel(segment: str, figure: Figure) -> str:
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
        text = text[:start].rstrip(" 、，,")
    return text


_PARENTHESIS = re.compile(r"（[^（）]*）")
# A parenthesis inside a subject: words follow it, and no figure (digit, %) stands just before.
_DEFINITION = re.compile(r"（[^（）]*）(?=[\u4e00-\u9fff])")
_FIGURE_BEFORE = re.compile(r"[\d%％]")


def _definitions(sentence: str) -> list[tuple[int, int]]:
    """Parenthesised definitions inside a subject (规模以上工业企业（年主营业务收入2000万元及
    以上）实现营业收入…): spans whose numbers are not figures."""
    return [m.span() for m in _DEFINITION.finditer(sentence)
            if not _FIGURE_BEFORE.search(sentence, max(0, m.start() - 4), m.start())]


def _clean_name(text: str) -> str:
    """A subject without quotes, parenthesised definitions, leading frames and fillers (全年,
    全省, 现有) or inner verbs."""
    v = vocab()
    if not _QUOTE_CHARS.isdisjoint(text):  # a set test first: most names hold no quote
        text = _QUOTES.sub("", text)
    text = text.strip()
    if "（" in text:
        text = _PARENTHESIS.sub("", text)
    if len(text) > 4:
        text = text[:2] + v.inner_verbs.sub("", text[2:])
    if (lead := v.lead.match(text)) is not None:  # the pattern is anchored at the start
        text = text[lead.end():]
    return text.strip(" 、，,：:（）()")


_TOPIC = re.compile(r"[“\"]?([\u4e00-\u9fffA-Za-z]{2,10}?(?:产业|行业|工业|制造业|企业|集群|经济))")
_SHARE_TAIL = re.compile(r"占.*|比重.*|占比.*|增速.*")
_SUBJECT_CUT = re.compile(r"占|比重|占比|增速|总量|规模|排名")


def _topic(clauses_before: str) -> str | None:
    """A sentence's topic where no figure named one: 电子信息产业“缺芯少屏”得到改变 → 电子信息产业."""
    for clause in reversed(_CLAUSE_BREAK.split(clauses_before)):
        m = _TOPIC.match(_clean_name(clause))
        if m:
            return m.group(1)
    return None


def _complete_like(short: str, previous: str) -> str:
    """电子工业 after 汽车工业总产值占全省的比重 → 电子工业总产值占全省的比重: the shorter
    subject takes the rest of the previous one after the part they share."""
    for size in range(min(len(short), 4), 0, -1):
        tail = short[-size:]
        at = previous.find(tail)
        if at >= 0 and at + size < len(previous):
            return short + previous[at + size:]
    m = _SHARE_TAIL.search(previous)
    return short + m.group(0) if m else short


def _with_head(parts: list[str]) -> list[str]:
    """高技术产业、装备制造业增加值 → 高技术产业增加值, 装备制造业增加值."""
    v = vocab()
    first_head = _head(parts[0])
    if first_head and len(parts[0]) > len(first_head):
        # 规上工业企业营业收入、利润总额 → 规上工业企业利润总额
        entity = parts[0][: -len(first_head)]
        parts = [parts[0]] + [entity + p if p in v.metric_heads else p for p in parts[1:]]
    last = parts[-1]
    m = v.head_with_category.search(last)
    if m is None or m.start() == 0:
        return parts
    head = m.group(1)
    last = last[: m.start()] + head
    return [p if any(p.endswith(h) for h in v.metric_heads) else p + head for p in parts[:-1]] + [last]


def _subject_of(name: str) -> str:
    """The subject a later elliptical figure borrows: the name before its 占…比重 part."""
    cut = _SUBJECT_CUT.search(name)
    return name[: cut.start()] if cut and cut.start() >= 2 else name


def _resolve_names(sentence: str, figures: list[Figure], state: _SentenceState) -> None:
    """Subjects and measures for the figures of one sentence, in order."""
    v = vocab()
    clause_starts = [0] + [m.end() for m in _CLAUSE_BREAK.finditer(sentence)]
    clause_ends = clause_starts[1:] + [len(sentence) + 1]  # one past each clause's break
    prev_end = 0
    previous: Figure | None = None
    group: list[Figure] = []
    done: list[Figure] = []
    for figure in figures:
        k = bisect_right(clause_starts, figure.start) - 1
        clause_start = clause_starts[k]
        seg_start = max(prev_end, clause_start)
        raw = sentence[seg_start: figure.start]
        figure.glued = previous is not None and prev_end > clause_start and bool(_LIST_GLUE.match(raw)) \
            and previous.kind == figure.kind
        stop = clause_ends[bisect_right(clause_starts, figure.end) - 1] - 1
        figure.clause = sentence[clause_start:stop].strip(" 。；;")
        figure.before = sentence[clause_start: figure.start]
        if figure.kind in ("amount", "count") and ("比" in raw or "较" in raw or "同比" in raw) \
                and (change := _at_end(v.change_against, raw.rstrip("、 "))):
            figure.measure = "change"  # 比上年增加3家: dropped below, kept here for list grouping
            raw = raw[: change.start()]  # its subject, for a total stated after it (总数达到…)
        name = _clean_name(_peel(raw, figure))
        if name and _ONLY_COMPARISON.match(name):
            name = ""  # 在全国排名第7位, 较2022年末提升: the subject is the one in force
        if figure.post_name and (not name or figure.kind == "count"):
            name = _clean_name(figure.post_name)
        figure.name = name
        if figure.glued and previous is not None:
            group.append(figure)
        else:
            _close_group(group, done, state)
            done.extend(group)
            group = [figure]
        previous = figure
        prev_end = figure.end
    _close_group(group, done, state)
    # Measures and elliptical subjects, in document order.
    last: Figure | None = None
    for figure in figures:
        if figure.kind == "rank":
            figure.measure = "rank"
        elif figure.kind == "points":
            figure.measure = "pp_change"
        elif figure.kind in ("amount", "count"):
            figure.measure = "value" if figure.measure != "change" else "change"
        elif figure.measure is None:
            if v.share.search(figure.name or ""):
                figure.measure = "share"
            elif figure.name.endswith(("增速", "增幅")):
                figure.measure = "growth"  # 增速回落至3.5%
            elif last is not None and last.kind == "percent" and last.measure:
                figure.measure = last.measure  # 电子工业由2.3%提升到7.5% after a share pair
                if figure.name and not figure.closes_pair and not v.share.search(figure.name) and last.name:
                    figure.name = _complete_like(figure.name, last.name)
            else:
                figure.measure = "share"  # a rate with no word for it (研发投入强度2.1%): the contract's nearest
        elif (figure.measure == "growth" and figure.name and last is not None and last.measure == "growth"
              and not figure.grouped and _head(last.name) and not _head(figure.name)
              and figure.name not in v.aspect_heads):
            figure.name = _complete_like(figure.name, last.name)  # 制造业增长6.0% after 采矿业增加值
        name = figure.name
        if figure.grouped and name:
            pass
        elif figure.closes_pair and last is not None and last.opens_pair and not name:
            figure.name = last.name
        elif not name and (head := _clause_subject(sentence, figure, last)):
            figure.name = head  # 两化融合发展水平达到62.5，居全国第8位
        elif not name and last is not None:
            figure.name = last.name  # 同比增长4.5% after 营业收入1.78万亿元
        elif not name and last is None and state.carried_name and figure.kind in ("percent", "points", "rank"):
            figure.name = state.carried_name
        elif not name or name in v.aspect_heads or name.startswith(("占", "对")):
            base = state.subject or _topic(sentence[: figure.start])
            if base:
                figure.name = base + name
        elif name in v.metric_heads and state.subject:
            entity = state.subject[: len(state.subject) - len(_head(state.subject) or "")]
            figure.name = entity + name  # 利润总额 after 规模以上工业企业营业收入
        elif not figure.glued or figure.measure != "value":
            state.subject = _subject_of(figure.name)
        last = figure


_CLAUSE_VERB = re.compile(r"达到|达|为|实现|保持|突破|超过|增长|提高|提升|居|位居|稳居")


def _clause_subject(sentence: str, figure: Figure, last: Figure | None) -> str | None:
    """The subject of the clause just before a figure with none, when that clause states it
    without a figure of ours (两化融合发展水平达到62.5，居全国第8位)."""
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, figure.start)]
    if not breaks:
        return None
    start = breaks[-2] if len(breaks) > 1 else 0
    end = breaks[-1] - 1
    if last is not None and last.end > start:
        return None
    clause = sentence[start:end]
    verb = _CLAUSE_VERB.search(clause)
    head = _clean_name(clause[: verb.start()]) if verb else ""
    return head if len(head) >= 2 else None


def _head(name: str) -> str | None:
    """The metric a name ends with (营业收入, 增加值), longest first, or None."""
    heads = vocab().metric_heads
    if not name.endswith(tuple(heads)):
        return None
    return next(h for h in heads if name.endswith(h))


def _close_group(group: list[Figure], earlier: list[Figure], state: _SentenceState) -> None:
    """A paired list (15%、16% or 第3位、第4位、第5位) shares out the names before it."""
    if len(group) < 2:
        return
    n = len(group)
    first = group[0]
    parts = [p for p in _NAME_SPLIT.split(first.name) if p]
    borrow = first.respectively or first.name.startswith("占")
    if len(parts) == n:
        names = _with_head(parts)
        m = vocab().head_with_category.search(parts[-1])
        if m and m.group(0) != m.group(1):
            state.subject = m.group(0)  # 六大优势产业增加值: what a later 占…比重 is about
    elif borrow and len(earlier) >= n and (not first.name or first.name in vocab().aspect_heads
                                            or first.name.startswith("占")):
        names = [f.name + first.name for f in earlier[-n:]]  # 数量分别居全国第3位、第4位
    else:
        names = [first.name] * n
    for figure, name in zip(group, names):
        figure.name = name
        figure.grouped = True
        figure.measure = figure.measure or first.measure
        figure.negative = figure.negative or first.negative
        figure.glued = True


def _record(figure: Figure, period: str | None, target: bool) -> dict:
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
        "stock_kind": stock_kind(figure.before) if figure.measure == "value" else None,
    }


_EXPLICIT_YEAR = scanning(r"(?<!\d)(20\d\d)年(?!\d|到|至|—|-)")
_TO_YEAR = re.compile(r"到(20\d\d)年")


@dataclass
class _Cues:
    """Where a sentence names goals, plans, years and periods: looked up once per sentence,
    then compared with each figure's position."""

    target: int
    not_plan: int
    plan: list[tuple[int, bool]]
    future: int
    future_year: int | None
    years: list[tuple[int, int, int]]
    first_break: int
    periods: list[tuple[int, str]]

    @classmethod
    def of(cls, sentence: str, frame: Frame) -> _Cues:
        def first(pattern: re.Pattern[str] | None) -> int:
            m = pattern.search(sentence) if pattern is not None else None
            return m.start() if m else len(sentence) + 1

        def first_goal() -> int:
            # 超出年度目标3个百分点, 完成年度计划的82%: an outcome measured against a goal.
            for m in vocab().target.finditer(sentence):
                if _AGAINST_GOAL.search(sentence, max(0, m.start() - 40), m.start()):
                    continue
                if _NOT_A_GOAL.match(sentence, m.start()) or _PLAN_AS_NOUN.search(sentence, max(0, m.start() - 6), m.start()):
                    continue
                return m.start()
            return len(sentence) + 1

        future = _TO_YEAR.search(sentence) if "到" in sentence else None
        brk = _CLAUSE_BREAK.search(sentence)
        return cls(
            target=first_goal(),
            not_plan=first(_NOT_PLAN),
            plan=_plan_at(sentence, frame.years),
            future=future.start() if future else len(sentence) + 1,
            future_year=int(future.group(1)) if future else None,
            years=[(m.start(), m.end(), int(m.group(1))) for m in _EXPLICIT_YEAR.finditer(sentence)
                   if not _names_other_than_period(sentence, m)],
            first_break=brk.start() if brk else len(sentence) + 1,
            periods=frame.cues,
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
        label = None
        for pos, cue in self.periods:
            if pos >= upto:
                break
            label = cue
        return label


_NOT_PLAN = re.compile(r"以来|全年|完成|截至|截止|累计")
_QUOTED_GOAL = re.compile(r"[^“”，,。]{0,6}”的?(?:年度|全年|预期|既定)?(?:目标|任务)")
_AGAINST_GOAL = re.compile(r"(?:超出|超过|超|高于|高出|低于|好于|快于|完成|实现|达到|占|比|较)了?(?:“[^”]{0,24}”)?[^，,。；;]{0,10}$")
# Goal words used otherwise: 争取中央资金 (funds secured), 计划新开工项目 (planned projects as a
# noun), a plan's title (三年行动计划, 年度计划).
_NOT_A_GOAL = re.compile(r"争取[^，,。；;]{0,14}(?:资金|支持|项目|政策|试点)|计划(?:新开工|内|外|单列)")
_PLAN_AS_NOUN = re.compile(r"(?:行动|工作|发展|实施|专项|年度|全年|投资|\d个|[一二三四五六七八九十]个)$")
# A year that names a meeting (2023年全省工业和信息化工作会议) says nothing of the figures after it.
_MEETING_NAME = re.compile(r"[^，,。；;]{0,24}?(?:会议|大会|会)")
_PAST_YEAR = re.compile(r"(?<!\d)(20\d\d)年(?!以来)")


def _names_other_than_period(sentence: str, m: re.Match[str]) -> bool:
    """A year that is a comparator's (较2015年, 比2020年) or a meeting's (2023年全省…工作会议)."""
    if m.start() > 0 and sentence[m.start() - 1] in "较比于":
        return True
    return "会" in sentence[m.end(): m.end() + 26] and _MEETING_NAME.match(sentence, m.end()) is not None


def _plan_at(sentence: str, years: Years) -> list[tuple[int, bool]]:
    """Where the sentence speaks of the plan year (2024年，… / 今年…: True) or of an earlier
    one (False), in order; a year that names a meeting (从2023年全省工业和信息化工作会议上获悉)
    speaks of neither."""
    pattern = _plan_mention(years.plan)
    if pattern is None:
        return []
    marks = []
    for m in pattern.finditer(sentence):
        if "会" in sentence[m.end(): m.end() + 26] and _MEETING_NAME.match(sentence, m.end()):
            continue
        marks.append((m.start(), True))
    if marks and years.reviewed is not None:
        marks += [(m.start(), False) for m in _PAST_YEAR.finditer(sentence) if int(m.group(1)) <= years.reviewed]
        marks.sort()
    return marks


@cache
def _plan_mention(plan: int | None) -> re.Pattern[str] | None:
    return re.compile(rf"{plan}年|今年|明年") if plan is not None else None


def _periods(sentence: str, figures: list[Figure], frame: Frame) -> list[dict]:
    years = frame.years
    out = []
    pending: Figure | None = None
    cues = _Cues.of(sentence, frame)
    for figure in figures:
        if figure.measure in (None, "change") or not figure.name or not _CJK_NAME.search(figure.name):
            continue
        if (figure.times and figure.measure != "growth") or figure.compared_only:
            continue
        if _QUOTED_GOAL.match(sentence, figure.end):
            continue  # 完成“规上工业增加值增长7%”的年度目标: the goal's wording, not a figure
        if figure.unit == "个" and _counts_sub_units(figure):
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
            start_year, end_year = _pair_years(sentence, pending, figure, frame)
            out.append(_record(pending, str(start_year), target))
            out.append(_record(figure, str(end_year), target))
            pending = None
            continue
        if pending is not None:
            _add(out, pending, _single_period(cues, pending, frame, target), target)
            pending = None
        _add(out, figure, _single_period(cues, figure, frame, target), target)
    if pending is not None:
        _add(out, pending, _single_period(cues, pending, frame, False), False)
    return out


_CLAUSE_END = re.compile(r"[，,；;。！？]")
_LIST_JOIN = re.compile(r"[、和及与]")
# A count whose noun is the object of an action, not a result (一体推进15个集群培育, 提升20个产业链
# 发展水平, 20个集群行动计划等政策文件).
_ACTION_OBJECT = re.compile(r"(?:培育|发展水平|行动计划|政策文件|政策规划|相关政策|实施方案)(?:等|工作)?$")


_A_DIGIT = re.compile(r"[\d一二两三四五六七八九]")
_THRESHOLD_BEFORE = re.compile(r"[^，,]{0,6}?(?:超过|超|突破|过|逾|在)$")  # used with .match
_STOCK_BEFORE = re.compile(r"(?:累计|新增|共有|共|总计|合计)$")


def _counts_actors_or_objects(sentence: str, start: int, end: int, v: Vocab) -> bool:
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
    if _THRESHOLD_BEFORE.match(sentence, end, nxt.start()):
        return False
    # 累计2.2万家企业享受…: a total the text marks as one is a figure in its own right.
    return not _STOCK_BEFORE.search(sentence, max(0, start - 4), start)


_SUBSET_BEFORE = re.compile(r"(?<!其)中(?:的|有)?$")


def _counts_sub_units(figure: Figure) -> bool:
    """16个市中, 有28个行业增加值实现增长, 实现两位数增长的行业有17个: how many units of the map
    or of the industry classification, not an indicator; nor how many of a group just counted
    (41个工业大类中的38个)."""
    v = vocab()
    if figure.subset:
        return True
    if figure.post_name:
        return v.sub_unit_first.match(figure.post_name) is not None
    return v.sub_unit_last.search(figure.name) is not None


def _add(out: list[dict], figure: Figure, period: str | None, target: bool) -> None:
    if period is not None:  # None: a single month, left out
        out.append(_record(figure, period, target))


def _pair_years(sentence: str, start: Figure, end: Figure, frame: Frame) -> tuple[int | None, int | None]:
    span = frame.span
    reviewed = frame.review_year or frame.years.reviewed
    end_year = end.year or (span.end if span else reviewed)
    if start.year == -1:  # 由上年的43.7%提高到44.4%
        return (end_year - 1 if end_year else None), end_year
    start_year = start.year or (span.base if span else (reviewed - 1 if reviewed else None))
    return start_year, end_year


def _single_period(cues: _Cues, figure: Figure, frame: Frame, target: bool) -> str | None:
    """The figure's period, or None when it describes one month (10月份), which the contract
    cannot express: such a figure is left out rather than given a wrong period."""
    years = frame.years
    part = cues.period_before(figure.start)
    if is_single_month(part) or (part is None and not frame.span and is_single_month(frame.carried)):
        return None
    if target:
        year = cues.future_year or years.plan
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
        return str(figure.year or frame.span.end)
    return str(figure.year or base)


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
    meeting that 通报1—10月…), the default period of its outcomes.
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
                sentence = _POINTS_LISTED.sub(r"\1", sentence)
            if spans_here and (found := find_span(sentence, reviewed)) is not None:
                span = found
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
                sentence_blocked += _definitions(sentence)
            figures = _find_figures(sentence, sentence_blocked, first.start())
            if not figures:
                continue
            _resolve_names(sentence, figures, _SentenceState(carried_name=carried_name))
            carried_name = next((f.name for f in reversed(figures) if f.name and f.kind != "count"), None)
            records.extend(_periods(sentence, figures, frame))
            lead = [label for pos, label in reported_here if pos < figures[0].start]
            if lead and not target_search(sentence):
                carried = None if lead[-1] == "Y" else lead[-1]
        offset += len(paragraph) + 1
    return records
