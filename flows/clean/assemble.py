"""The last steps shared by HTML and text: Traditional → Simplified, normalisation, furniture."""
from __future__ import annotations

from flows.clean.article import Article
from flows.clean.furniture import strip_furniture
from flows.clean.header import drop_site_suffix, take_trailing_header
from flows.clean.normalize import normalize_line, normalize_text
from flows.clean.script import to_simplified


def finish_lines(text: str) -> list[str]:
    """Normalised body paragraphs without furniture (non-empty)."""
    return strip_furniture([line for line in normalize_text(text).split("\n") if line])


def finish_body(text: str) -> str:
    """Normalised body without furniture: non-empty paragraphs joined by ``\\n``."""
    return "\n".join(finish_lines(text))


def make_article(
    *,
    title: str | None,
    published: str | None,
    source: str | None,
    body: str,
    body_path: str,
    encoding: str | None,
    traditional: bool | None = None,
    notes: list[str] | None = None,
) -> Article:
    """An :class:`Article` from raw fields: converted to Simplified when Traditional, normalised.

    ``traditional`` is None when the caller has not converted yet (detect and convert here),
    else whether the caller already converted the fields.
    """
    if traditional is None:
        (title, source, body), traditional = to_simplified(title, source, body, probe=body or title)
    lines, tail_published, tail_source = take_trailing_header(finish_lines(body or ""))
    title = drop_site_suffix(normalize_line(title)) if title else None
    source = normalize_line(source or tail_source or "")
    return Article(
        title=title or None,
        published=published or tail_published,
        source=source or None,
        body="\n".join(lines),
        body_path=body_path,
        encoding=encoding,
        traditional=traditional,
        notes=list(notes or []),
    )
