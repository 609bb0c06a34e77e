"""Meeting facts: province, date (with the year inferred), city, kind, and whether the notice
reports a meeting at all."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from flows.parse.periods import plan_year_cue, reviewed_year_cue
from flows.parse.vocab import alternation, literal_alternation, load


@dataclass(frozen=True)
class _Places:
    province_re: re.Pattern[str]
    name_to_province: dict[str, str]
    city_re: re.Pattern[str]
    city_to_province: dict[str, str]


@cache
def _places() -> _Places:
    provinces = load("provinces")
    names: dict[str, str] = {}
    cities: dict[str, str] = {}
    for short, entry in provinces.items():
        names[short] = short
        for name in entry.get("names", []):
            names[name] = short
        for city in entry.get("cities", []):
            cities.setdefault(city, short)
    return _Places(
        re.compile(literal_alternation(list(names))),
        names,
        re.compile(literal_alternation(list(cities))),
        cities,
    )


@cache
def _mentioned_meetings() -> re.Pattern[str]:
    # Every pattern reaches 会议 within 16 characters that hold no 。，,；: the look-ahead
    # rejects most positions at once (the patterns open with a free run of characters,
    # tried branch by branch at every position). Matches are unchanged.
    return re.compile(r"(?=[^。，,；]{0,16}会议)(?:" + alternation(load("meeting")["mentioned_meetings"]) + ")")


@cache
def _mentioned_word() -> str | None:
    """A word every mentioned-meeting pattern holds (会议), or None: a text without it has
    nothing to strip, and the patterns, which open with a free run of characters, are
    tried at every position of it."""
    patterns = load("meeting")["mentioned_meetings"]
    return "会议" if all("会议" in p for p in patterns) else None


def _without_mentioned(text: str) -> str:
    """``text`` without the other meetings it only mentions (根据省政府常务会议精神)."""
    word = _mentioned_word()
    if word is not None and word not in text:
        return text
    return _mentioned_meetings().sub("", text)


@cache
def _meeting_vocab() -> tuple[re.Pattern[str], list[tuple[str, re.Pattern[str], re.Pattern[str] | None]], str]:
    vocab = load("meeting")
    words = re.compile(alternation(vocab["meeting_words"]))
    kinds = [(k["kind"], re.compile(alternation(k["patterns"])),
              re.compile(alternation(k["exclude"])) if k.get("exclude") else None) for k in vocab["kinds"]]
    return words, kinds, alternation(vocab["venue_verbs"])


def province_of(*texts: str | None, hint: str | None = None, body: str = "") -> str | None:
    """The province: named in the source/title/department (in that order), else the site's
    hint, else the province the body names most often (cities count for their province)."""
    places = _places()
    for text in texts:
        if text and (m := places.province_re.search(text)):
            return places.name_to_province[m.group(0)]
    if hint:
        return places.name_to_province.get(hint, hint)
    counts: dict[str, int] = {}
    for m in places.province_re.finditer(body):
        province = places.name_to_province[m.group(0)]
        counts[province] = counts.get(province, 0) + 2
    if not counts:
        for m in places.city_re.finditer(body):
            province = places.city_to_province[m.group(0)]
            counts[province] = counts.get(province, 0) + 1
    return max(counts, key=counts.get) if counts else None


_SENTENCE_BREAK = re.compile(r"[。！？\n]")
_DATE = re.compile(r"(?:(20\d\d)\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_CN_DATE = re.compile(r"(?:(二〇[一二三]\S)年)?([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日")


def _meeting_sentence_dates(body: str) -> list[re.Match[str]]:
    """Dates in the sentences that report the meeting (召开/举行/会议), earliest first."""
    words, _, _ = _meeting_vocab()
    found = []
    for sentence in _SENTENCE_BREAK.split(body[:1500]):
        if words.search(sentence):
            found.extend(_DATE.finditer(sentence))
            if found:
                break
    return found


def _published_parts(published: str | None) -> tuple[int, int] | None:
    if published and (m := re.match(r"(\d{4})-(\d{2})", published)):
        return int(m.group(1)), int(m.group(2))
    return None


def meeting_date(body: str, published: str | None, title: str | None = None) -> tuple[str | None, int | None, int | None]:
    """``(iso_date, year, month)`` of the meeting.

    The year is the one written with the date; else the publish date's (a meeting in
    December published in January belongs to the year before); else the text's plan year
    (全面落实2021年各项重点任务), the year after its reviewed year, or a year it names.
    """
    dates = _meeting_sentence_dates(body)
    pub = _published_parts(published)
    if not dates:
        if pub:
            return None, pub[0], pub[1]
        return None, None, None
    m = dates[0]
    month, day = int(m.group(2)), int(m.group(3))
    if m.group(1):
        year = int(m.group(1))
    elif pub:
        year = pub[0] - 1 if month > pub[1] + 1 else pub[0]
    else:
        year = _year_from_text(f"{title or ''}。{body}", month)
    if year is None or not (1 <= month <= 12 and 1 <= day <= 31):
        return None, year, month
    return f"{year:04d}-{month:02d}-{day:02d}", year, month


def _year_from_text(body: str, month: int) -> int | None:
    plan = plan_year_cue(body)
    if plan is not None:
        return plan - 1 if month >= 11 else plan
    reviewed = reviewed_year_cue(body)
    if reviewed is not None:
        return reviewed + 1 if month <= 4 else reviewed
    years = [int(y) for y in re.findall(r"(20\d\d)年", body)]
    return max(years) if years else None


@cache
def _venue() -> re.Pattern[str]:
    _, _, verbs = _meeting_vocab()
    return re.compile(rf"在([^。，,；;在]{{2,20}}?)(?:{verbs})")


def meeting_city(body: str) -> str | None:
    """The city in "在西安召开" / "在呼和浩特市举行"; None for a video meeting with no place."""
    places = _places()
    for m in _venue().finditer(body[:3000]):
        venue = m.group(1)
        if c := places.city_re.search(venue):
            return c.group(0)
        if cm := re.match(r"([\u4e00-\u9fff]{2,6}?)市", venue):
            return cm.group(1)
    return None


def meeting_kind(title: str | None, body: str) -> str:
    """work_conference, operation_meeting or other, from the title, else the first meeting sentence."""
    words, kinds, _ = _meeting_vocab()
    candidates = [title or ""]
    for sentence in _SENTENCE_BREAK.split(body[:1500]):
        if words.search(sentence):
            candidates.append(sentence)
            break
    for text in candidates:
        text = _without_mentioned(text)
        for kind, pattern, exclude in kinds:
            if pattern.search(text) and not (exclude and exclude.search(text)):
                return kind
    return "other"


def is_meeting(title: str | None, body: str) -> bool:
    """Whether the notice reports a meeting: a meeting word in its title or first sentences,
    other meetings it only mentions (根据省政府常务会议精神) left out."""
    words, _, _ = _meeting_vocab()
    return bool(words.search(_without_mentioned(title or "")) or words.search(_without_mentioned(body[:300])))
