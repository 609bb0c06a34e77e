"""Task lists: 一是…二是…, （一）…（二）…, （1）… ①…, 1.…2.… / 1、… / 1）…,
第一…第二… / 其一…, 一、…二、…, 一要…二要…

Each list becomes items with ``kind`` (task or review), ``year``, ``ordinal`` (1, 2, 3 … within
the list), ``declared_count`` (抓好8个方面工作 → 8), ``headline`` (up to the first 。；;) and
``body`` (the item's whole text). Spans are kept so the indicator pass knows which figures sit
in a plan list (goals) and which text is a list's declared size (not a figure).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from flows.parse.numbers import to_number
from flows.parse.periods import Years, plan_year_cue
from flows.parse.vocab import alternation, load

_CN = "一二三四五六七八九十"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
# A list item starts at the start of the text or of a line, or after a sentence or clause
# break; a comma is enough only before the first item (一是…，二是… is one sentence). One
# pattern finds every style's markers: each match starts at the break before the marker.
_MARKER = re.compile(
    # The look-ahead rejects at once the breaks no marker follows (most of them).
    rf"(?P<b>[\n。；;：:！？!?，,])[ \t\u3000]*(?=[{_CN}{_CIRCLED}（(\d第其])(?:"
    rf"(?P<shi>[{_CN}]{{1,3}})是(?=\S)"  # 一是
    rf"|[（(](?:(?P<paren>[{_CN}]{{1,3}})|(?P<pdigit>\d{{1,2}}))[）)]"  # （一） （1）
    rf"|(?P<circled>[{_CIRCLED}])"  # ①
    r"|(?P<digit>\d{1,2})\s*[.．、)）](?!\d)"  # 1. 1、 1）
    rf"|[第其](?P<di>[{_CN}]{{1,3}})[，,、：:]"  # 第一， 其一，
    rf"|(?P<dun>[{_CN}]{{1,3}})、(?=\S)"  # 一、 (headings: not after a comma)
    rf"|(?P<yao>[{_CN}]{{1,3}})要(?=[^\s，,。；;])"  # 一要 (only after 会议要求/强调: see yao_intro)
    ")"
)
_AFTER_SENTENCE = re.compile(r"(?<=[。！？!?\n])")
_STYLES = ("shi", "paren", "pdigit", "circled", "digit", "di", "dun", "yao")
# 一、 opens an item only at a line start or after a sentence ends (reposted text loses its line
# breaks), never after a comma or 、 (一、二季度, 一、二、三产业).
_SENTENCE_ONLY = {"dun"}
_COMMAS = set("，,")
_END = re.compile(r"[。；;！？!?\n]")


@dataclass
class Item:
    ordinal: int
    start: int  # of the marker
    text_start: int  # after the marker
    end: int
    text: str = ""


@dataclass
class TaskList:
    style: str
    items: list[Item]
    kind: str = "task"
    year: int | None = None
    declared_count: int | None = None
    declared_span: tuple[int, int] | None = None
    start: int = 0
    end: int = 0
    records: list[dict] = field(default_factory=list)


@cache
def _cues() -> tuple[re.Pattern[str], re.Pattern[str], list[re.Pattern[str]]]:
    vocab = load("tasks")
    return (
        re.compile(alternation(vocab["review_cues"])),
        re.compile(alternation(vocab["task_cues"])),
        [re.compile(p) for p in vocab["declared_count"]],
    )


@cache
def _yao_intro() -> re.Pattern[str]:
    return re.compile(alternation(load("tasks")["yao_intro"]))


@cache
def _ordinal(text: str) -> int | None:
    if text in _CIRCLED:
        return _CIRCLED.index(text) + 1
    value = to_number(text)
    return int(value) if value is not None and value == int(value) and value > 0 else None


Marker = tuple[int, int, int]  # (ordinal, marker start, text start)


def _sequences(body: str) -> dict[str, list[list[Marker]]]:
    """Per style, the runs of markers numbered 1, 2, 3 … in order; a new 1 starts a new run."""
    found: dict[str, list[Marker]] = {style: [] for style in _STYLES}
    text = "\n" + body  # the start of the text is a line start
    for m in _MARKER.finditer(text):
        style = next(name for name in _STYLES if m.group(name) is not None)
        n = _ordinal(m.group(style))
        if n is None:
            continue
        brk = m.group("b")
        if (style in _SENTENCE_ONLY and brk in _COMMAS) or (brk in _COMMAS and n != 1):
            continue
        start = m.start(style) - (1 if style in ("paren", "pdigit", "di") else 0)
        found[style].append((n, start - 1, m.end() - 1))
    runs: dict[str, list[list[Marker]]] = {}
    for style, marks in found.items():
        style_runs: list[list[Marker]] = []
        current: list[Marker] = []
        for mark in marks:
            if mark[0] == 1:
                if len(current) >= 2:
                    style_runs.append(current)
                current = [mark]
            elif current and mark[0] == current[-1][0] + 1:
                current.append(mark)
        if len(current) >= 2:
            style_runs.append(current)
        runs[style] = style_runs
    return runs


def _paragraph_end(body: str, pos: int) -> int:
    end = body.find("\n", pos)
    return len(body) if end < 0 else end


def _last_item_end(body: str, text_start: int, style: str) -> int:
    end = _paragraph_end(body, text_start)
    heading = body[text_start:end]
    if style in ("paren", "pdigit", "circled", "digit") and not re.search(r"[。；;]", heading.rstrip("。；; ")):
        # A heading on its own line: the item is the heading plus the paragraph under it.
        nxt = end + 1
        while nxt < len(body) and body[nxt] in "\n \t\u3000":
            nxt += 1
        if nxt < len(body):
            end = _paragraph_end(body, nxt)
    return end


def find_lists(body: str) -> list[TaskList]:
    """Every numbered list in the body, in document order, nested lists included."""
    lists = []
    for style, runs in _sequences(body).items():
        for r, run in enumerate(runs):
            # The last item ends where the paragraph ends, or where the next list begins.
            limit = runs[r + 1][0][1] if r + 1 < len(runs) else len(body)
            items = []
            for i, (n, start, text_start) in enumerate(run):
                end = run[i + 1][1] if i + 1 < len(run) else min(_last_item_end(body, text_start, style), limit)
                items.append(Item(n, start, text_start, end, body[text_start:end].strip()))
            lists.append(TaskList(style, items, start=items[0].start, end=items[-1].end))
    lists.sort(key=lambda lst: lst.start)
    # A list inside an item of another list of the same style is not a new list.
    kept: list[TaskList] = []
    for lst in lists:
        if any(o.style == lst.style and o.start < lst.start < o.end for o in kept):
            continue
        kept.append(lst)
    return kept


def _sentences_before(body: str, pos: int, floor: int, count: int = 2) -> str:
    """The last ``count`` sentences before ``pos`` (not before ``floor``)."""
    text = body[floor:pos]
    parts = [p for p in _AFTER_SENTENCE.split(text) if p.strip()]
    return "".join(parts[-count:])


def headline(text: str) -> str:
    """The item's first sentence, up to the first 。；; (or the whole item)."""
    m = _END.search(text)
    head = text[: m.start()] if m else text
    return head.strip().lstrip("，,、：: ").strip()


def _classify(lst: TaskList, body: str, floor: int, years: Years) -> None:
    review_re, task_re, count_res = _cues()
    context = _sentences_before(body, lst.start, floor)
    ctx_start = lst.start - len(context)
    # The declared size: the last count phrase in the sentences that introduce the list.
    counts = sorted((m for r in count_res for m in r.finditer(context)), key=lambda m: m.start())
    if counts:
        m = counts[-1]
        n = _ordinal(m.group("n"))
        # A count for something else is further off; a larger count in the sentence that opens
        # the list (抓好八个方面工作：一是…) is the list's own, cut short where the text is.
        opening = max((s.end() for s in _AFTER_SENTENCE.finditer(context, 0, len(context) - 1)), default=0)
        size = len(lst.items)
        if n is not None and (abs(n - size) <= 1 or (n > size and m.start() >= opening)):
            lst.declared_count = n
            lst.declared_span = (ctx_start + m.start(), ctx_start + m.end())
    lst.kind, named = _kind(context, years, review_re, task_re)
    if lst.kind == "review":
        # Not reviewed_year_cue: its 2021年以来 names where a run starts, not the year reviewed.
        lst.year = named or years.reviewed
    else:
        lst.year = named or plan_year_cue(context) or years.plan
    if lst.year is None:
        # No date and no year cue anywhere: the year the introduction names, else the latest
        # year the notice names for itself.
        lst.year = _own_year(context) or _own_year(body, latest=True)


def _context_floor(lst: TaskList, lists: list[TaskList], body: str) -> int:
    """Where the text introducing ``lst`` may begin: after the previous list, or at the start
    of the item that contains it."""
    floor = 0
    for other in lists:
        if other is lst:
            continue
        if other.end <= lst.start:
            # The previous list's last item may run on (…优化了营商环境。下一步，要抓好以下4个方面：):
            # only its first sentence is surely the item's.
            last = other.items[-1]
            stop = re.search(r"[。！？!?]", body[last.text_start: last.end])
            floor = max(floor, last.text_start + stop.end() if stop else other.end)
        for item in other.items:
            if item.text_start <= lst.start < item.end:
                floor = max(floor, item.text_start)
    return floor


# A year the introduction speaks of: not a comparator (较2021年, 比2020年), not a horizon
# (到2025年), not the start of a run said of the plan (2022年以来…要).
_NAMED_YEAR = re.compile(r"(?<![较比于与从自到至])(20\d\d)年(?!以来[^。]*[要将])")
_SINCE = re.compile(r"年\s*以来")
_OWN_YEAR = re.compile(r"(?<![较比于与从自到至])(20\d\d)年(?!\s*以来)")


def _own_year(text: str, latest: bool = False) -> int | None:
    """The last year ``text`` names for itself (or the latest), not a comparator or a run's start."""
    years = [int(y) for y in _OWN_YEAR.findall(text)]
    if not years:
        return None
    return max(years) if latest else years[-1]


def _kind(context: str, years: Years, review_re: re.Pattern[str],
          task_re: re.Pattern[str]) -> tuple[str, int | None]:
    """review or task, and the year the introduction names for the list (or None), from the
    sentences that introduce the list, nearest first.

    In each, a year decides first: the reviewed year or one before the plan year introduces a
    review of that year (2021年工作情况, published in 2022), the plan year or a later one a task
    list; a run (2021年以来) is reviewed up to the reviewed year. Else the cue word nearest
    the list decides (取得 vs 要求).
    """
    sentences = [p for p in _AFTER_SENTENCE.split(context) if p.strip()]
    for sentence in reversed(sentences):
        named = [(m, int(m.group(1))) for m in _NAMED_YEAR.finditer(sentence)]
        if named and years.plan is not None:
            m, year = named[-1]
            since = _SINCE.match(sentence, m.end(1))
            if years.reviewed != years.plan and year in (years.reviewed, years.plan):
                return ("review", year) if year == years.reviewed else ("task", year)
            if year < years.plan and (years.reviewed is None or year < years.reviewed or not since):
                return ("review", None if since else year)
            if year > years.plan:
                return "task", year
        last_review = max((m.end() for m in review_re.finditer(sentence)), default=-1)
        last_task = max((m.end() for m in task_re.finditer(sentence)), default=-1)
        if last_review != last_task:
            return ("review" if last_review > last_task else "task"), None
    return "task", None


def extract_tasks(body: str, years: Years) -> list[TaskList]:
    """The notice's lists, each classified and with its records built."""
    lists = find_lists(body)
    # 一、2023年工作回顾 … 二、2024年重点任务, each section holding its own （一）（二）… list,
    # is the outline of the report, not a list: its sections' lists are the lists.
    lists = [lst for lst in lists if lst.style != "dun" or not any(
        other is not lst and item.text_start <= other.start < item.end for item in lst.items for other in lists)]
    # 一要…二要… is a list only where the text introduces it as the meeting's requirements
    # (会议要求，一要…): elsewhere 一要 can be prose.
    lists = [lst for lst in lists if lst.style != "yao"
             or _yao_intro().search(_sentences_before(body, lst.start, _context_floor(lst, lists, body)))]
    for lst in lists:
        _classify(lst, body, _context_floor(lst, lists, body), years)
        for item in lst.items:
            lst.records.append({
                "kind": lst.kind,
                "year": lst.year,
                "ordinal": item.ordinal,
                "declared_count": lst.declared_count,
                "headline": headline(item.text),
                "body": item.text,
            })
    return lists
