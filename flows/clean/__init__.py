"""Clean (pure): HTML or plain text → :class:`Article`, Traditional → Simplified, furniture removed."""
from __future__ import annotations

from flows.clean.article import Article


def clean_html(data: bytes | str, *, url: str | None = None, selectors: tuple[str, ...] = ()) -> Article:
    raise NotImplementedError("clean_html is being built")


def clean_text(data: bytes | str) -> Article:
    raise NotImplementedError("clean_text is being built")


__all__ = ["Article", "clean_html", "clean_text"]
