"""Parse (pure): an :class:`~flows.clean.Article` → the contract record (meeting, indicators, tasks).

No Prefect, Scrapy or DuckDB here: text in, a dict out. The vocabulary (provinces and cities,
meeting words, measure and target words, distractors, list cues) lives in ``data/*.toml``.
"""
from __future__ import annotations

from flows.clean.article import Article

# Bump when the parser's output changes: the warehouse stamps every row with it and
# `gxt reparse --older-than N` rebuilds the notices an older parser produced.
PARSER_VERSION = 1


def parse_notice(article: Article, *, doc: str | None = None, province: str | None = None) -> dict:
    """The contract record for one cleaned article.

    ``doc`` is the input's base name; ``province`` a hint from the site the page came from,
    used when the source, title and department name give none.
    """
    from flows.parse.record import build_record

    return build_record(article, doc=doc, province=province)


__all__ = ["PARSER_VERSION", "parse_notice"]
