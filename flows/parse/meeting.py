"""Meeting facts: province, date (with the year inferred), city, kind, and whether the notice
reports a meeting at all."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from flows.parse.periods import plan_year_cue
from flows.parse.venue import dateline_city, title_place, venue_city
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


@lru_cache(maxsize=64)  # the same title and event sentence are asked about by kind, date and press
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
# A date with its month; one followed by 电/讯 is a dateline (本报太原1月5日电), when the report
# was filed, not when the meeting was held.
# Nor is a deadline (3月15日前), a start (3月1日起) or an end (截至3月15日).
_DATE = re.compile(r"(?<!截至)(?<!截止)(?<![至到])(?<!\d年)"
                   r"(?:(20\d\d)\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日"
                   r"(?!\s*(?:[电讯前起]|消息|以前|之前))")
_DATELINE_DATE = re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:[电讯]|消息)")
# A day without its month (记者19日从…会议上获悉): the month is the dateline's or the publish date's.
_DAY = re.compile(r"(?<![\d月至到])(\d{1,2})\s*日(?!\s*(?:[电讯前起]|消息|以前|之前))")


_SENTENCE_ENDS = "。！？\n"


def _meeting_sentences(body: str) -> Iterator[str]:
    """The sentences of the lead that hold a meeting word, in order, found lazily from the
    meeting words outwards: most sentences hold none, and the first one found usually ends
    the search."""
    words, _, _ = _meeting_vocab()
    lead = body[:1500]
    pos = 0
    while m := words.search(lead, pos):
        start = max(lead.rfind(c, 0, m.start()) for c in _SENTENCE_ENDS) + 1
        stop = _SENTENCE_BREAK.search(lead, m.end())
        end = stop.start() if stop else len(lead)
        yield lead[start:end]
        pos = end + 1


@lru_cache(maxsize=64)
def _reports_a_meeting(sentence: str) -> bool:
    """Not only citing one (为贯彻落实全市工业经济工作会议精神)."""
    return _meeting_vocab()[0].search(_without_mentioned(sentence)) is not None


def _dated_sentences(body: str) -> Iterator[str]:
    """The sentences that may date the meeting: the first meeting sentence (unless it only
    cites a meeting), and later ones that say it was held (会议于1月18日召开), not those that
    only cite it (会议要求，3月底前…)."""
    sentences = _meeting_sentences(body)
    first = next(sentences, None)
    if first is None:
        return
    if not (_DATE.search(first) or _DAY.search(first)) or _reports_a_meeting(first):
        yield first  # (whether one without a date only cites a meeting does not matter)
    held = _held()
    yield from (s for s in sentences if held.search(s))


@cache
def _held() -> re.Pattern[str]:
    return re.compile(_meeting_vocab()[2])


@lru_cache(maxsize=16)
def _event_sentence(body: str) -> str:
    """The sentence that reports the meeting: the first meeting sentence that says it was held
    or dates it (not 这是一场与以往不同的会议), else the first that does not only cite one."""
    held = _held()
    for sentence in _meeting_sentences(body):
        if held.search(sentence) or _DATE.search(sentence) or _DAY.search(sentence):
            return sentence
    return next((s for s in _meeting_sentences(body) if _reports_a_meeting(s)), "")


@cache
def _press_words() -> re.Pattern[str]:
    return re.compile(alternation(load("meeting")["press_words"]))


@lru_cache(maxsize=16)
def is_press_event(title: str | None, body: str) -> bool:
    """Whether the notice reports a press conference or briefing (省政府新闻办召开…新闻发布会)
    rather than a meeting: its title or the sentence that reports the event says so."""
    press = _press_words()
    return bool(press.search(_without_mentioned(title or "")) or press.search(_event_sentence(body)))


def _published_parts(published: str | None) -> tuple[int, int, int] | None:
    if published and (m := re.match(r"(\d{4})-(\d{2})-(\d{2})", published)):
        return int(m.group(1)), int(m.group(2)), int(m.group(3))
    if published and (m := re.match(r"(\d{4})-(\d{2})", published)):
        return int(m.group(1)), int(m.group(2)), 31
    return None


def _month_of_day(day: int, body: str, pub: tuple[int, int, int] | None) -> int | None:
    """The month of a day written alone: the dateline's (浙江日报1月20日讯 记者19日…), else the
    publish date's; the month before when the day is later than the reference day."""
    if m := _DATELINE_DATE.search(body[:300]):
        ref_month, ref_day = int(m.group(1)), int(m.group(2))
    elif pub:
        ref_month, ref_day = pub[1], pub[2]
    else:
        return None
    if day <= ref_day:
        return ref_month
    return 12 if ref_month == 1 else ref_month - 1


def meeting_date(body: str, published: str | None, title: str | None = None) -> tuple[str | None, int | None, int | None]:
    """``(iso_date, year, month)`` of the meeting.

    The date is in the sentence that reports the meeting; a day written alone takes its month
    from the dateline or the publish date. The year is the one written with the date; else the
    publish date's (a meeting in December published in January belongs to the year before);
    else the text's plan year (全面落实2021年各项重点任务), the year after its reviewed year, or
    a year it names. A press conference is not a meeting: no date, but its year and month
    still tell which year the notice speaks of.
    """
    pub = _published_parts(published)
    month = day = year = None
    # The first meeting sentence with a date gives it; a day alone only where no sentence
    # gives a full date.
    seen: list[str] = []
    for sentence in _dated_sentences(body):
        if m := _DATE.search(sentence):
            month, day = int(m.group(2)), int(m.group(3))
            year = int(m.group(1)) if m.group(1) else None
            break
        seen.append(sentence)
    else:
        m = next((m for s in seen if (m := _DAY.search(s))), None)
        if m:
            day = int(m.group(1))
            month = _month_of_day(day, body, pub)
        elif title and (m := _DATE.search(title)) and _reports_a_meeting(title):
            # 1月5日全省工业和信息化工作会议召开 as the title, the body dating nothing
            month, day = int(m.group(2)), int(m.group(3))
            year = int(m.group(1)) if m.group(1) else None
    if month is None or day is None:
        if pub:
            return None, pub[0], pub[1]
        return None, None, None
    if year is None:
        if pub:
            year = pub[0] - 1 if month > pub[1] + 1 else pub[0]
        else:
            year = _year_from_text(f"{title or ''}。{body}", month)
    if year is None or not (1 <= month <= 12 and 1 <= day <= 31):
        return None, year, month
    if is_press_event(title, body):
        return None, year, month
    return f"{year:04d}-{month:02d}-{day:02d}", year, month


@cache
def _past_year_cues() -> list[re.Pattern[str]]:
    return [re.compile(p) for p in load("meeting")["past_year_cues"]]


_YEAR_REACH = 1500
_CLAUSE_YEAR = re.compile(r"(20\d\d)年(?:全年)?[，,]")
_CLAUSE_OPENERS = "。！？\n，,：: \t\u3000"
# A year named for itself: not a comparator (较2021年, 比2020年) nor the start of a run (2014年以来).
# (The comparator word is tested in code: a pattern that opens with a look-behind is tried at
# every position, one that opens with 20 only where 20 stands.)
_OWN_YEAR = re.compile(r"(20\d\d)年(?!以来)")
_COMPARATOR_CHARS = "较比于与从自"


def _year_from_text(body: str, month: int) -> int | None:
    """The meeting's year from the text: its plan year (the year before for a meeting in
    November or December), else the year after the whole year it reviews for a meeting early
    in the year, else the latest year it names for itself."""
    plan = plan_year_cue(body)
    if plan is not None:
        return plan - 1 if month >= 11 else plan
    lead = body[:_YEAR_REACH]  # the year reviewed is named early; the rest costs time, not answers
    past = [(m.start(), int(m.group(1))) for p in _past_year_cues() for m in p.finditer(lead)]
    # A clause that opens with a whole year (获悉，2018年，全省…) speaks of it as reviewed.
    past.extend((m.start(), int(m.group(1))) for m in _CLAUSE_YEAR.finditer(lead)
                if m.start() == 0 or lead[m.start() - 1] in _CLAUSE_OPENERS)
    if past:
        reviewed = min(past)[1]
        return reviewed + 1 if month <= 4 else reviewed
    years = [int(m.group(1)) for m in _OWN_YEAR.finditer(lead)
             if not (m.start() and lead[m.start() - 1] in _COMPARATOR_CHARS)]
    return max(years) if years else None


@cache
def _municipalities() -> frozenset[str]:
    """Provinces that are one city (北京, 天津, 上海, 重庆): their only city is themselves."""
    return frozenset(short for short, entry in load("provinces").items() if entry.get("cities") == [short])


_REMOTE = re.compile(r"视频|电视电话|网络|线上")


def meeting_city(body: str, title: str | None = None, province: str | None = None) -> str | None:
    """Where the meeting was held: "在西安召开" / "在汉召开" / "在太原设主会场", else the city of
    the report's dateline (本报太原1月5日电, or a title that opens with its city: 北京：…), else,
    for a municipality's own meeting (全市…会议 of 天津), the municipality. None for a video
    meeting with no place, and for a press conference or a notice that reports no meeting."""
    event = _event_sentence(body)
    if not event or is_press_event(title, body):
        return None
    found = venue_city(body[:3000]) or venue_city(title or "") or dateline_city(body) or title_place(title)
    if found is None and province in _municipalities() and "全市" in event and not _REMOTE.search(event):
        return province
    return found


def meeting_kind(title: str | None, body: str) -> str:
    """work_conference, operation_meeting or other, from the title, else the sentence that
    reports the meeting; other for a press conference."""
    _, kinds, _ = _meeting_vocab()
    if is_press_event(title, body):
        return "other"
    for text in (title or "", _event_sentence(body)):
        text = _without_mentioned(text)
        for kind, pattern, exclude in kinds:
            if pattern.search(text) and not (exclude and exclude.search(text)):
                return kind
    return "other"


def is_meeting(title: str | None, body: str) -> bool:
    """Whether the notice reports a meeting: a meeting word in its title or first sentences,
    other meetings it only mentions (根据省政府常务会议精神) left out. A press conference is not
    a meeting."""
    words, _, _ = _meeting_vocab()
    if not (words.search(_without_mentioned(title or "")) or words.search(_without_mentioned(body[:300]))):
        return False
    return not is_press_event(title, body)
