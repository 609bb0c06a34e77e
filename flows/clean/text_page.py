"""Plain text → :class:`Article`: the lead (furniture, title, 来源/时间 lines) read, the rest is the body.

A copied notice page starts with a lead of short lines: banners, menus and breadcrumb trails,
the title (and a subtitle), one or more lines with 来源/信息来源 and 时间/发布时间/发布日期 (in any
order, either may be missing), a 原标题 line. ``lead.py`` reads it: furniture before the title
is dropped and does not hide the header after it. A title is only taken when it looks like one
(short, no full stop, not an enumerated heading) and a header line, a blank line or the first
paragraph follows it; a body-only text keeps its first paragraph as body, and its title, publish
date and source stay null. Page furniture in and after the body (credits, captions, statements,
附件下载, 扫一扫, a list of other stories) goes with the furniture rules (``furniture.toml``); a
来源 line or a bare date at the very end (「（来源：省工信厅）」) leaves the body and fills the
field when the header did not.
"""
from __future__ import annotations

from flows.clean.article import Article
from flows.clean.assemble import make_article
from flows.clean.encoding import decode
from flows.clean.lead import read_lead
from flows.clean.normalize import normalize_widths
from flows.clean.script import is_traditional, t2s


def clean_text(data: bytes | str) -> Article:
    """A plain-text notice (bytes or text) → :class:`Article`."""
    text, encoding = decode(data, html=False)
    text = normalize_widths(text.replace("\r\n", "\n").replace("\r", "\n"))
    traditional = is_traditional(text)
    if traditional:
        text = t2s(text)
    lines = text.split("\n")
    lead = read_lead(lines)
    return make_article(
        title=lead.title,
        published=lead.published,
        source=lead.source,
        body="\n".join(lines[lead.start:]),
        body_path="text",
        encoding=encoding,
        traditional=traditional,
    )
