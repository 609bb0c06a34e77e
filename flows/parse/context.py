"""The context a notice's figures are read in, resolved once per notice: when it was published,
the year it reports on and the year it plans for, and the part of a year it reports on.

Paragraph, sentence and clause context (the period and subject in force) is carried by
``flows.parse.indicators`` on top of this; everything here is decided before the first figure.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from flows.parse.periods import Years, first_period_cue, infer_years

# A date the page prints near the top of the text (发布时间:2022-07-29 11:59, 2023-06-07,
# 2023年01月19日08:43) when the cleaner found no header: the publish date in all but name.
# One separator throughout: "2018年1-10月" is a period, not a date.
_HEAD_DATE = re.compile(r"(?<!\d)(20\d\d)(?:年(\d{1,2})月(\d{1,2})日|([-/.])(\d{1,2})\4(\d{1,2})(?!\d))")
_HEAD_CHARS = 400


@dataclass(frozen=True)
class NoticeContext:
    """What holds for every figure of a notice."""

    years: Years
    # (year, month) of publication, or of the meeting where the page gives no date: a part of
    # a year that ends after it (1—11月 in a notice of January) belongs to the year before.
    published: tuple[int, int] | None
    # The part of the year an operations notice reports on (通报1—10月… → "M10"), or None.
    reported: str | None


def head_date(body: str) -> str | None:
    """An ISO date printed in the first lines of a body, or None."""
    m = _HEAD_DATE.search(body, 0, _HEAD_CHARS)
    if m is None:
        return None
    year = int(m.group(1))
    month, day = (int(m.group(2)), int(m.group(3))) if m.group(2) else (int(m.group(5)), int(m.group(6)))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def published_parts(published: str | None) -> tuple[int, int] | None:
    m = re.match(r"(\d{4})-(\d{2})", published or "")
    return (int(m.group(1)), int(m.group(2))) if m else None


def notice_context(title: str | None, body: str, published: str | None, kind: str,
                   meeting_year: int | None, meeting_month: int | None) -> NoticeContext:
    """The notice-wide context: years from the text's cues, else the publish (or meeting) date
    and the kind of notice; the part of a year it reports on from its lead or title."""
    # The meeting's date where the text gives one (a repost's page date may be months later),
    # else the publish date.
    pub = (meeting_year, meeting_month) if meeting_year and meeting_month else published_parts(published)
    years = infer_years(f"{title or ''}。{body}", meeting_year, meeting_month, kind,
                        published=pub)
    reported = None
    if kind != "work_conference":
        lead = next((p for p in body.split("\n") if p.strip()), "")
        reported = first_period_cue(lead) or first_period_cue(title or "")
    return NoticeContext(years, pub, reported)


def year_of_part(year: int, label: str | None, published: tuple[int, int] | None) -> int:
    """The year a part-year figure describes when the text names none: the last year in which
    that part had ended when the notice came out (1—11月 published in January 2024 → 2023,
    1月份 published in February 2024 → 2024); ``year`` (the reported year) without a date."""
    if not label or published is None:
        return year
    end = _PART_END.get(label[0])
    if end is None or not label[1:].isdigit():
        return year
    return published[0] if end(label[1:]) <= published[1] else published[0] - 1


_PART_END = {
    "M": int,
    "Q": lambda n: 3 * int(n),
    "H": lambda n: 6 * int(n),
}
