"""Where a meeting was held: "在西安召开", "在汉召开" (武汉), "在太原设主会场", the dateline of
the report ("本报太原1月5日电", "记者 阳娜 北京报道"), or a title's place tag ("北京：…").

Cities, their aliases and one-character abbreviations are data (``data/provinces.toml``); the
verbs that place a meeting are in ``data/meeting.toml`` (``venue_verbs``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from flows.parse.vocab import alternation, literal_alternation, load


@dataclass(frozen=True)
class _Cities:
    city_re: re.Pattern[str]
    abbreviations: dict[str, str]
    venue_re: re.Pattern[str]
    yu_re: re.Pattern[str]
    national_re: re.Pattern[str]
    tags: frozenset[str]  # the cities a title's place tag may name
    initials: frozenset[str]  # the first characters of the cities
    all_names: frozenset[str]
    longest: int


@cache
def _cities() -> _Cities:
    cities: list[str] = []
    abbreviations: dict[str, str] = {}
    # A place tag that is also a province's name (吉林：…) names the province, unless the
    # province is one city (北京, 天津, 上海, 重庆).
    provinces_only = set()
    for short, entry in load("provinces").items():
        cities.extend(entry.get("cities", []))
        abbreviations.update(entry.get("abbreviations", {}))
        if entry.get("cities", []) != [short]:
            provinces_only.add(short)
    verbs = alternation(load("meeting")["venue_verbs"])
    names = literal_alternation(cities)
    return _Cities(
        re.compile(names),
        abbreviations,
        # One character is enough for an abbreviation (在汉召开); anything longer must name a city.
        re.compile(rf"在([^。，,；;在]{{1,20}}?)(?:{verbs})"),
        # 于 is far more often 关于/高于/由于 than a place: only a city right after it counts.
        re.compile(rf"({names})市?(?:{verbs})"),
        re.compile(alternation(load("meeting")["national_words"])),
        frozenset(cities) - provinces_only,
        frozenset(c[0] for c in cities),
        frozenset(cities),
        max(len(c) for c in cities),
    )


_MAIN_VENUE = re.compile(r"主会场设?在([\u4e00-\u9fff]{2,6})")
_CLAUSE_BREAKS = "。！？!?；;，,\n"


def _clause_before(text: str, pos: int) -> str:
    """The clause ``pos`` is in, up to ``pos`` (at most 60 characters)."""
    floor = max(0, pos - 60)
    start = max(text.rfind(c, floor, pos) for c in _CLAUSE_BREAKS)
    return text[max(start + 1, floor):pos]


def _city_after_yu(text: str, cities: _Cities) -> tuple[int, str] | None:
    """(position, city) of the first "于福州召开"; the city pattern is tried only after a 于 that
    a city's first character follows."""
    pos = text.find("于")
    while pos >= 0:
        if pos + 1 < len(text) and text[pos + 1] in cities.initials and (m := cities.yu_re.match(text, pos + 1)) \
                and not cities.national_re.search(_clause_before(text, pos)):
            return pos, m.group(1)
        pos = text.find("于", pos + 1)
    return None


def venue_city(text: str) -> str | None:
    """The city in "在西安召开" / "于呼和浩特市举行" / "在汉召开" / "在太原设主会场"; None when
    the text places no meeting in a city (a video meeting, 在线上召开)."""
    cities = _cities()
    if "主会场" in text and (m := _MAIN_VENUE.search(text)) and (c := cities.city_re.match(m.group(1))):
        return c.group(0)  # 会议以视频形式召开，主会场设在太原
    if (yu := _city_after_yu(text, cities)) is not None:
        first_zai = cities.venue_re.search(text)
        if first_zai is None or yu[0] < first_zai.start():
            return yu[1]
    for m in cities.venue_re.finditer(text):
        if cities.national_re.search(_clause_before(text, m.start())):
            continue  # 全国…会议在京召开: a meeting the notice only mentions
        venue = m.group(1)
        if len(venue) == 1:
            if venue in cities.abbreviations:
                return cities.abbreviations[venue]
            continue
        if c := cities.city_re.search(venue):
            return c.group(0)
        if cm := re.match(r"([\u4e00-\u9fff]{2,6}?)市", venue):
            return cm.group(1)
    return None


# A dateline opens the report: look no further than its first lines.
_DATELINE_REACH = 200


# A dateline names the city the report was filed from, right before its date and 电/讯/消息, or
# before 报道 at the end of the byline (本报太原1月5日电, 记者 阳娜 北京报道): the tail is found
# first, then a city that ends where it begins.
_DATELINE_TAIL = re.compile(r"\d{1,2}月\d{1,2}日\s*(?:[电讯]|消息)|报道")


def dateline_city(body: str) -> str | None:
    """The city of the report's dateline (本报太原1月5日电 → 太原), or None."""
    head = body[:_DATELINE_REACH]
    cities = _cities()
    for tail in _DATELINE_TAIL.finditer(head):
        before = head[max(0, tail.start() - 8): tail.start()].rstrip().removesuffix("市")
        # the longest city name that ends where the tail begins (马鞍山 before 鞍山)
        for size in range(min(len(before), cities.longest), 1, -1):
            if before[-size:] in cities.all_names:
                return before[-size:]
    return None


def title_place(title: str | None) -> str | None:
    """The city a news title opens with as its place tag (北京：高技术制造业…), or None."""
    if not title:
        return None
    head, sep, _ = title.partition("：")
    if not sep:
        head, sep, _ = title.partition(":")
    head = head.strip().removesuffix("市")
    return head if sep and head in _cities().tags else None
