"""Parse (pure): an :class:`~flows.clean.Article` → the contract record (meeting, indicators, tasks)."""
from __future__ import annotations

from flows.clean.article import Article


def parse_notice(article: Article, *, doc: str | None = None, province: str | None = None) -> dict:
    raise NotImplementedError("parse_notice is being built")


__all__ = ["parse_notice"]
