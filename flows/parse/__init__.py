"""Parse (pure): an :class:`~flows.clean.Article` → the contract record (meeting, indicators, tasks).

No Prefect, Scrapy or DuckDB here: text in, a dict out. The vocabulary (provinces and cities,
meeting words, measure and target words, distractors, list cues) lives in ``data/*.toml``.

- ``meeting.py``: province, date (year inferred), city, kind, is_meeting
- ``venue.py``: where a meeting was held (在X召开, 在汉召开, 在X设主会场, the dateline)
- ``periods.py``: the years a notice speaks of, spans (十三五, 五年来) and parts of a year
- ``tasks.py``: numbered lists, review vs task, declared counts, headlines
- ``indicators.py``: paragraphs → sentences → clauses with the carried context (period, subject, span)
- ``figures.py``: figures in a sentence and the vocabulary; ``distractors.py``: figures that are not indicators
- ``names.py``: subjects and measures (``peeling.py``: the words between a subject and its number); ``targets.py``: plan vs outcome
- ``context.py``: the notice context (years, publish date, reported part-year) and each figure's period
- ``comparisons.py``: ``compared_with`` and ``stock_kind``
- ``numbers.py``: numerals and multipliers; ``vocab.py``: the TOML files
- ``flows/scanning.py`` (shared with the cleaner): look-behind-first patterns compiled so a search
  skips to candidate positions
- ``record.py``: the contract record, in the order the parts depend on each other
"""
from __future__ import annotations

from flows.clean.article import Article

# Bump when the parser's output changes: the warehouse stamps every row with it and
# `gxt reparse --older-than N` rebuilds the notices an older parser produced.
PARSER_VERSION = 3


def parse_notice(article: Article, *, doc: str | None = None, province: str | None = None) -> dict:
    """The contract record for one cleaned article.

    ``doc`` is the input's base name; ``province`` a hint from the site the page came from,
    used when the source, title and department name give none.
    """
    from flows.parse.record import build_record

    return build_record(article, doc=doc, province=province)


__all__ = ["PARSER_VERSION", "parse_notice"]
