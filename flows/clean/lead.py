"""The lead of a plain-text notice: what comes before its first paragraph of prose.

A page copied as text opens with some of: site banners and menus (「首页 新闻 政务 图片 …」,
「会员登录 登录 |」), a breadcrumb trail (「首页 > 新闻资讯 > 正文」, 「当前位置：…」), the
headline and a subtitle, one or more 来源/时间 lines (「2022年05月12日07:21 | 来源：四川日报」,
「来源：」 with its value on the next line, a date laid out as 「2024」「07/24」「15:01」), a
repost's 原标题 line, widgets (「小字号」). The lead is the run of such short lines at the top
(up to the first line of prose, at most ``MAX_LEAD_LINES``):

- the **header** is its 来源/时间 lines, wherever they sit in the lead; the body starts after
  the last one;
- the **title** is the first line of the lead that can be a headline and is not furniture
  (banners shorter than a headline, menus, trails, 原标题, widgets); lines between it and the
  last header line are its subtitle;
- without a header line, a headline is only taken when it is the first line after the
  furniture and a blank line or the first paragraph follows it (「会议指出」 opening a body is
  not a headline; neither is 「一、2021年工作情况」).
"""
from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from flows.clean.furniture import _FURNITURE_FILE, is_furniture
from flows.clean.header import (
    MIN_TITLE,
    SOURCE_LABELS,
    is_header_line,
    iso_datetime,
    looks_like_title,
    published_in,
    source_in,
)
from flows.clean.normalize import normalize_line

# An enumerated heading opens a body, it is not a headline: 一、 （一） 1. 第一，
_ENUMERATED = re.compile(r"\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．](?!\d)|第[一二三四五六七八九十]+[、，,])")
_COLUMN = (("【", "["), ("】", "]"))
_SUBTITLE = ("——", "—", "--")
_PROSE_END = ("，", "；", "：", ",", ";", ":")
_BARE_LABEL = re.compile(r"\s*(?:" + "|".join(SOURCE_LABELS) + r")\s*[:：]\s*")  # 「来源：」 alone
_YEAR = re.compile(r"\s*((?:19|20)\d{2})\s*年?\s*")
_MONTH_DAY = re.compile(r"\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*")
MAX_SPLIT_FIELD = 8  # 「信息来源：」, 「2024年」: the first line of a field split over lines
_NUMERIC_DATE = re.compile(r"(?<!\d)(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)")
_SENTENCE = re.compile(r"[，。；,;！？]")
_RAW = re.compile(r"[\s,;:!?()]")  # what normalisation changes in a lead line
_TIME = re.compile(r"\s*\d{1,2}:\d{2}(?::\d{2})?\s*")


@dataclass(frozen=True)
class LeadRules:
    max_lines: int  # how many content lines the lead may hold
    max_line: int  # a longer line is prose
    nav_min_items: int  # a menu: at least this many space-separated items …
    nav_item_max: int  # … each at most this long
    max_byline: int  # a byline (dated or a reporter's credit) is at most this long
    byline_words: tuple[str, ...]  # a reporter's credit holds one of these …
    dateline_words: tuple[str, ...]  # … and none of these


@lru_cache(maxsize=1)
def lead_rules() -> LeadRules:
    data = tomllib.loads(_FURNITURE_FILE.read_text("utf-8")).get("lead", {})
    return LeadRules(
        max_lines=int(data.get("max_lines", 14)),
        max_line=int(data.get("max_line", 100)),
        nav_min_items=int(data.get("nav_min_items", 4)),
        nav_item_max=int(data.get("nav_item_max", 6)),
        max_byline=int(data.get("max_byline", 60)),
        byline_words=tuple(data.get("byline_words", ["记者", "通讯员"])),
        dateline_words=tuple(data.get("dateline_words", ["报讯", "网讯", "日电"])),
    )


@dataclass
class Lead:
    title: str | None
    published: str | None
    source: str | None
    start: int  # index of the first body line in the lines given


def _content(lines: list[str], limit: int) -> Iterator[tuple[int, str]]:
    """``(index of the last line used, text)`` of the first ``limit`` non-blank lines, with a
    bare 来源 label joined to its value on the next line and a date laid out over lines joined
    (lazily: the lead of most texts ends at their first or second line)."""
    count = 0
    i = 0
    while i < len(lines) and count < limit:
        line = lines[i].strip()
        if not line:
            i += 1
            continue
        if len(line) > MAX_SPLIT_FIELD:  # most lines: neither a bare label nor a bare year
            yield i, line
            count, i = count + 1, i + 1
            continue
        j = _next(lines, i + 1)
        if _BARE_LABEL.fullmatch(line) and j < len(lines) and len(lines[j].strip()) <= 30 \
                and not is_header_line(lines[j].strip()):
            yield j, line + lines[j].strip()  # 「来源：」 / 「河北日报」
            count, i = count + 1, j + 1
            continue
        year = _YEAR.fullmatch(line)
        if year and j < len(lines):
            day = _MONTH_DAY.fullmatch(lines[j])
            if day:
                stamp, last = f"{year[1]}-{day[1]}-{day[2]}", j
                k = _next(lines, j + 1)
                if k < len(lines) and _TIME.fullmatch(lines[k]):
                    stamp, last = f"{stamp} {lines[k].strip()}", k  # 「2024」「07/24」「15:01」
                yield last, stamp
                count, i = count + 1, last + 1
                continue
        yield i, line
        count, i = count + 1, i + 1


def _next(lines: list[str], i: int) -> int:
    while i < len(lines) and not lines[i].strip():
        i += 1
    return i


def _is_menu(line: str, rules: LeadRules) -> bool:
    """「首页 新闻 政务 图片 要闻 …」: many short words side by side, no punctuation."""
    items = line.split()
    return len(items) >= rules.nav_min_items and all(
        len(item) <= rules.nav_item_max and item.isalnum() for item in items
    )


def _is_dated_byline(line: str, rules: LeadRules) -> bool:
    """「原创 某某 工信微报 2023-01-05 09:00 发表于福建」: a short line with a numeric date and no
    sentence in it is the header's date line, whatever else it names."""
    return len(line) <= rules.max_byline and not _SENTENCE.search(line) and bool(_NUMERIC_DATE.search(line))


def _is_byline(line: str, rules: LeadRules) -> bool:
    """「本报记者 张某 通讯员 李某」, 「（记者 王某）」: a reporter's credit on its own line; a
    dateline (「本报讯（记者…）」, 「…电」) is the body's first words, not a byline."""
    return (len(line) <= rules.max_byline and not _SENTENCE.search(line)
            and any(w in line for w in rules.byline_words) and not any(w in line for w in rules.dateline_words))


def _is_lead_furniture(line: str, rules: LeadRules) -> bool:
    if line.startswith(_COLUMN[0]) and line.endswith(_COLUMN[1]):
        return True  # a column or campaign label before the headline: 「【学习贯彻二十大精神】」
    if _RAW.search(line):  # spaces or ASCII punctuation: normalise as the furniture rules expect
        return _is_menu(line, rules) or is_furniture(normalize_line(line))
    return is_furniture(line)


def _is_prose(line: str, rules: LeadRules) -> bool:
    return len(line) > rules.max_line or "。" in line or line.endswith(_PROSE_END)


def _headline(line: str) -> bool:
    return looks_like_title(line) and not _ENUMERATED.match(line)


def read_lead(lines: list[str]) -> Lead:
    """Title, publish date, source and the first body line of a text's ``lines`` (see above)."""
    rules = lead_rules()
    lead: list[tuple[int, str]] = []
    kinds: list[str] = []  # "header", "byline", "furniture" or "text", per lead line
    for end, line in _content(lines, rules.max_lines):
        if is_header_line(line) or _is_dated_byline(line, rules):
            kinds.append("header")
        elif _is_prose(line, rules):
            break
        elif _is_byline(line, rules):
            kinds.append("byline")
        elif _is_lead_furniture(line, rules) or ("text" not in kinds and len(line) < MIN_TITLE):
            # Before the headline, a line too short to be one is a banner (「人民网」, 「甘肃切换」).
            kinds.append("furniture")
        else:
            kinds.append("text")
        lead.append((end, line))
    published = source = None
    for (_, line), kind in zip(lead, kinds):
        if kind == "header":
            published = published or published_in(line) or iso_datetime(line)
            source = source or source_in(line)
    # A byline (「本报记者 张某」) belongs to the header: the body starts after it too.
    headers = [n for n, kind in enumerate(kinds) if kind in ("header", "byline")]
    last_header = headers[-1] if headers else -1
    first_text = next((n for n, kind in enumerate(kinds) if kind == "text"), None)
    title = None
    start = lead[last_header][0] + 1 if headers else 0
    if first_text is not None and _headline(lead[first_text][1]):
        line_end = lead[first_text][0]
        if first_text < last_header:
            title = lead[first_text][1]
        elif first_text == len(lead) - 1 or _blank_after(lines, line_end):
            # No header line after it: a headline followed by a blank line or by the first
            # paragraph, with only header lines and furniture before it.
            title, start = lead[first_text][1], line_end + 1
        elif first_text == len(lead) - 2 and lead[-1][1].startswith(_SUBTITLE):
            # A headline and its 「——副标题」 line, then the first paragraph.
            title, start = lead[first_text][1], lead[-1][0] + 1
    return Lead(title=title, published=published, source=source, start=start)


def _blank_after(lines: list[str], i: int) -> bool:
    return i + 1 < len(lines) and not lines[i + 1].strip()
