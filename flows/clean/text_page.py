"""Plain text → :class:`Article`: a leading header recognised, the rest is the body.

The header is what a copied notice page starts with: a title line, then one or more lines
with 来源/信息来源 and 时间/发布时间/发布日期 (in any order, either may be missing), then blank
lines. A title is only taken when it looks like one (short, no full stop) *and* is followed by
a header line or a blank line; a body-only text therefore keeps its first paragraph as body,
and its title, publish date and source stay null. Trailing page furniture (附件下载, 扫一扫…)
goes with the furniture rules (``furniture.toml``); a 来源 line or a bare date at the very end
(「（来源：省工信厅）」) leaves the body and fills the field when the header did not.
"""
from __future__ import annotations

from flows.clean.article import Article
from flows.clean.assemble import make_article
from flows.clean.encoding import decode
from flows.clean.header import is_header_line, looks_like_title, published_in, source_in
from flows.clean.normalize import normalize_widths
from flows.clean.script import is_traditional, t2s

MAX_HEADER_LINES = 4  # header lines after the title (来源, 时间, 作者 … on separate lines)


def _next_content(lines: list[str], i: int) -> int:
    while i < len(lines) and not lines[i].strip():
        i += 1
    return i


def read_header(lines: list[str]) -> tuple[str | None, str | None, str | None, int]:
    """``(title, published, source, index of the first body line)`` of stripped ``lines``."""
    title = published = source = None
    i = _next_content(lines, 0)
    if i < len(lines) and looks_like_title(lines[i]):
        after = i + 1
        if after < len(lines) and (not lines[after].strip() or is_header_line(lines[after].strip())):
            title, i = lines[i].strip(), _next_content(lines, after)
        elif (after + 1 < len(lines) and looks_like_title(lines[after])
              and is_header_line(lines[after + 1].strip())):
            # A subtitle (——副标题) between the title and the 来源/时间 line belongs to the header.
            title, i = lines[i].strip(), after + 1
    seen = 0
    while i < len(lines) and seen < MAX_HEADER_LINES and is_header_line(lines[i].strip()):
        line = lines[i].strip()
        source = source or source_in(line)
        published = published or published_in(line)
        i, seen = _next_content(lines, i + 1), seen + 1
    return title, published, source, i


def clean_text(data: bytes | str) -> Article:
    """A plain-text notice (bytes or text) → :class:`Article`."""
    text, encoding = decode(data, html=False)
    text = normalize_widths(text.replace("\r\n", "\n").replace("\r", "\n"))
    traditional = is_traditional(text)
    if traditional:
        text = t2s(text)
    lines = text.split("\n")
    title, published, source, start = read_header(lines)
    return make_article(
        title=title,
        published=published,
        source=source,
        body="\n".join(lines[start:]),
        body_path="text",
        encoding=encoding,
        traditional=traditional,
    )
