"""Subjects and measures: each figure's name and measure read from the words before it (peeled
from the right: 同比, 增长, 比全国高 …), elliptical subjects completed from the sentence, 分别 and
paired lists shared out (高技术产业、装备制造业增加值分别增长17.1%、13.7%)."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from flows.parse.figures import CLAUSE_BREAK, QUOTE_CHARS, QUOTES, Figure, at_end, vocab
from flows.parse.peeling import peel

_LIST_GLUE = re.compile(r"^[、和及与以及\s]*$")

_NAME_SPLIT = re.compile(r"、|以及|和|及|与")


@dataclass
class SentenceState:
    """The subject an elliptical figure borrows (增速, 占…比重, 利润总额) within a sentence."""

    subject: str | None = None
    # The subject of the sentence before in the paragraph: a sentence whose first figure names
    # none continues it (规上工业增加值年均增长8.9%。2020年增长4.6%).
    carried_name: str | None = None


_COMPARISON_FIRST = frozenset("在较比与从由增超高低快慢")
_ONLY_COMPARISON = re.compile(r"^(?:[在较比与从由]|(?:在|增速|增幅)?(?:超过|高于|高出|低于|快于|慢于|较|比)[^，,]{0,16})$")
_MORE_THAN = ("多", "增加", "增长", "提高")


_PARENTHESIS = re.compile(r"（[^（）]*）")


def _clean_name(text: str) -> str:
    """A subject without quotes, parenthesised definitions, leading frames and fillers (全年,
    全省, 现有) or inner verbs."""
    v = vocab()
    if not QUOTE_CHARS.isdisjoint(text):  # a set test first: most names hold no quote
        text = QUOTES.sub("", text)
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
# A qualifier before a share with no subject of its own (约占全国的7.5%, 近占全省的三成).
_QUALIFIED_SHARE = re.compile(r"(?:大约|约|近|超过)(?=占)")
_SHARE_OF_WHOLE = re.compile(r"占[^，,比]{1,12}的$")


def _share_of(name: str, measure: str | None) -> str:
    """占全国的 (a share without its word) → 占全国比重, the contract's X占Y比重."""
    return name[:-1] + "比重" if measure == "share" and _SHARE_OF_WHOLE.fullmatch(name) else name

_SUBJECT_CUT = re.compile(r"占|比重|占比|增速|总量|规模|排名")


def _topic(clauses_before: str) -> str | None:
    """A sentence's topic where no figure named one: 电子信息产业“缺芯少屏”得到改变 → 电子信息产业."""
    for clause in reversed(CLAUSE_BREAK.split(clauses_before)):
        m = _TOPIC.match(_clean_name(clause))
        if m:
            return m.group(1)
    return None


def _topic_with_head(before: str, head: str) -> str | None:
    """The longer name ending with ``head`` that the clause before states as its topic
    (工业投资稳健 → 工业投资 for a bare 投资), or None."""
    clauses = CLAUSE_BREAK.split(before)
    if len(clauses) < 2:
        return None
    m = re.search(rf"([\u4e00-\u9fff]{{1,8}}?{re.escape(head)})", _clean_name(clauses[-2]))
    return m.group(1) if m and len(m.group(1)) > len(head) else None


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


def resolve_names(sentence: str, figures: list[Figure], state: SentenceState) -> None:
    """Subjects and measures for the figures of one sentence, in order."""
    v = vocab()
    clause_starts = [0] + [m.end() for m in CLAUSE_BREAK.finditer(sentence)]
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
                and (change := at_end(v.change_against, raw.rstrip("、 "))):
            figure.measure = "change"  # 比上年增加3家: a value of what was added (kept apart for list grouping)
            raw = raw[: change.start()]  # its subject, for a total stated after it (总数达到…)
        name = _clean_name(peel(raw, figure))
        if name and name[0] in _COMPARISON_FIRST and _ONLY_COMPARISON.match(name):
            if figure.kind == "percent" and figure.measure is None and name.endswith(_MORE_THAN):
                figure.measure = "growth"  # 比2018—2020年总量多56%: more than the comparator, a growth
            name = ""  # 在全国排名第7位, 较2022年末提升: the subject is the one in force
        if figure.post_name and (not name or figure.kind == "count" or figure.money):
            name = _clean_name(figure.post_name)
        figure.name = name
        if figure.glued and previous is not None:
            group.append(figure)
        else:
            _close_group(group, done, state, sentence)
            done.extend(group)
            group = [figure]
        previous = figure
        prev_end = figure.end
    _close_group(group, done, state, sentence)
    # Measures and elliptical subjects, in document order.
    last: Figure | None = None
    for figure in figures:
        if figure.name and (q := _QUALIFIED_SHARE.match(figure.name)):
            figure.name = figure.name[q.end():]  # 约占全国的7.5%: the share borrows its subject
            figure.qualifier = figure.qualifier or q.group(0)
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
        elif not name or name in v.aspect_heads or name.startswith(("占", "对")):
            base = state.subject or _topic(sentence[: figure.start])
            if base:
                figure.name = base + _share_of(name, figure.measure)
            elif not name and last is None and state.carried_name and figure.kind in ("percent", "points", "rank"):
                figure.name = state.carried_name  # 2020年增长4.6% after a sentence on 工业增加值
        elif name in v.metric_heads and state.subject:
            entity = state.subject[: len(state.subject) - len(_head(state.subject) or "")]
            figure.name = entity + name  # 利润总额 after 规模以上工业企业营业收入
        elif name in v.metric_heads and (topic := _topic_with_head(sentence[: figure.start], name)):
            figure.name = topic  # 工业投资稳健，完成投资3145亿元: the topic names the bare metric
            state.subject = topic
        elif not figure.glued or figure.measure != "value":
            state.subject = _subject_of(figure.name)
        last = figure


_CLAUSE_VERB = re.compile(r"达到|达|为|实现|保持|突破|超过|增长|提高|提升|居|位居|稳居")


def _clause_subject(sentence: str, figure: Figure, last: Figure | None) -> str | None:
    """The subject of the clause just before a figure with none, when that clause states it
    without a figure of ours (两化融合发展水平达到62.5，居全国第8位)."""
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(sentence, 0, figure.start)]
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


_LIST_PREDICATE = re.compile(r"均|都|分别|保持|实现|快速|加快|较快|稳步|持续|发展|增长|达到|继续|呈现")


def _listed_before(sentence: str, at: int) -> tuple[list[str], bool]:
    """The members of a list that is the subject of the clause before the one at ``at``
    (装备制造业、高技术制造业快速发展 → 装备制造业, 高技术制造业; 工业和制造业投资均保持两位数增长 →
    工业投资, 制造业投资), and whether that clause speaks of growth; ([], False) if none."""
    breaks = [m.start() for m in CLAUSE_BREAK.finditer(sentence, 0, at)]
    if not breaks:
        return [], False
    start = 0 if len(breaks) < 2 else breaks[-2] + 1
    clause = _clean_name(sentence[start: breaks[-1]])
    cut = _LIST_PREDICATE.search(clause)
    subject = clause[: cut.start()] if cut else clause
    members = [p for p in _NAME_SPLIT.split(subject) if p]
    if len(members) < 2 or not all(2 <= len(m) <= 12 for m in members):
        return [], False
    return _with_head(members), "增长" in clause or "增速" in clause


def share_all_of(figures: list[Figure]) -> list[Figure]:
    """A figure said of every member of a list (规上工业增加值、工业投资、技改投资均增长8%以上)
    becomes one figure per member, each with the same value."""
    out: list[Figure] = []
    for figure in figures:
        parts = [p for p in _NAME_SPLIT.split(figure.name) if p] if figure.all_of and not figure.grouped else []
        if len(parts) < 2 or not all(2 <= len(p) <= 12 for p in parts):
            out.append(figure)
            continue
        out.extend(replace(figure, name=name, grouped=True) for name in _with_head(parts))
    return out


def _head(name: str) -> str | None:
    """The metric a name ends with (营业收入, 增加值), longest first, or None."""
    heads = vocab().metric_heads
    if not name.endswith(tuple(heads)):
        return None
    return next(h for h in heads if name.endswith(h))


def _close_group(group: list[Figure], earlier: list[Figure], state: SentenceState, sentence: str = "") -> None:
    """A paired list (15%、16% or 第3位、第4位、第5位) shares out the names before it: its own,
    or those listed in the clause before it (装备制造业、高技术制造业快速发展，增速分别达到…)."""
    if len(group) < 2:
        return
    n = len(group)
    first = group[0]
    parts = [p for p in _NAME_SPLIT.split(first.name) if p]
    grows = False
    if first.respectively and (not first.name or first.name in vocab().aspect_heads) and not earlier:
        listed, grows = _listed_before(sentence, first.start)
        if len(listed) == n:
            parts = listed
    # 分别 or 占…: the names come from the list before; so do they when this list has no name and
    # follows a list of the same length (工业投资、制造业投资增长…，高于去年同期16.5、17.8个百分点).
    borrow = (first.respectively or first.name.startswith("占")
              or (not first.name and len(earlier) >= n and all(f.grouped for f in earlier[-n:])))
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
        figure.measure = figure.measure or first.measure or ("growth" if grows and figure.kind == "percent" else None)
        if figure.measure == "pp_change" and figure.unit == "%":
            figure.unit = "百分点"
        figure.negative = figure.negative or first.negative
        figure.glued = True
