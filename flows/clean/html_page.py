"""HTML notice page → :class:`Article`.

Fields, each from the first source that has it:

- title: ``<meta name="ArticleTitle">`` → a family's title container (``#zoomtitl`` …) → an
  ``<h1>``-like element that agrees with ``<title>`` → ``<title>`` without the site name;
- published: ``<meta name="PubDate">`` → a header line at the top of the body →
  ``<publishtime>`` → a visible 发布时间/发布日期/时间 line (or a bare date line) → a date line
  at the end of the body → the date in the URL (``t20230201_``, ``/art/2023/2/1/``);
- source: ``<meta name="ContentSource">`` → a visible 来源/信息来源 line → a 来源 line at the
  end of the body → the 发布机构 (``#xxgkfbjg``, a visible 发布机构 label);
- body: the caller's site ``selectors`` → the family containers of ``page_layout.toml`` → the
  general extractor (trafilatura). ``Article.body_path`` says which one
  (``selector:div.TRS_Editor``, ``extractor:trafilatura``). The meta description is never used.

The body is the container's text with one paragraph per block element (``<p>``, ``<div>``,
``<br>``, ``<li>``, table rows …); scripts, styles, hidden blocks, share widgets and attachment
lists are removed first, and header lines at the top of a wrapper container (the title again,
来源/时间) are moved out of the body into the fields.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import lxml.html
from lxml import etree
from lxml.cssselect import CSSSelector

from flows.clean.article import Article
from flows.clean.assemble import make_article
from flows.clean.encoding import decode
from flows.clean.furniture import is_furniture
from flows.clean.header import (
    date_in_url,
    has_field_label,
    is_header_line,
    iso_datetime,
    looks_like_site_name,
    looks_like_title,
    published_in,
    source_in,
    strip_site_suffix,
)
from flows.clean.normalize import normalize_line

_LAYOUT_FILE = Path(__file__).with_name("page_layout.toml")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>", re.I)
_BLOCK_TAGS = frozenset(
    "p div li ul ol dl dt dd h1 h2 h3 h4 h5 h6 table thead tbody tfoot tr caption section article "
    "header footer aside nav blockquote pre center form fieldset address figure figcaption hr "
    "ucapcontent ucaptitle publishtime main details summary".split()
)
_CELL_TAGS = frozenset(("td", "th"))
_PUNCT_SPACE = re.compile(r"[\s\W_]+")


@dataclass(frozen=True)
class Layout:
    meta: dict[str, tuple[str, ...]]
    body: tuple[tuple[str, CSSSelector], ...]
    min_body_chars: int
    title_specific: tuple[CSSSelector, ...]
    title_generic: tuple[CSSSelector, ...]
    published: tuple[CSSSelector, ...]
    source: tuple[CSSSelector, ...]
    source_labels: re.Pattern
    noise_tags: tuple[str, ...]
    noise: CSSSelector
    attachment_href: re.Pattern


@lru_cache(maxsize=None)
def _selector(css: str) -> CSSSelector:
    return CSSSelector(css)


@lru_cache(maxsize=1)
def layout() -> Layout:
    data = tomllib.loads(_LAYOUT_FILE.read_text("utf-8"))
    extensions = "|".join(map(re.escape, data["noise"]["attachment_extensions"]))
    return Layout(
        meta={k: tuple(n.lower() for n in v) for k, v in data["meta"].items()},
        body=tuple((css, _selector(css)) for css in data["body"]["selectors"]),
        min_body_chars=int(data["body"].get("min_chars", 20)),
        title_specific=tuple(map(_selector, data["title"]["specific"])),
        title_generic=tuple(map(_selector, data["title"]["generic"])),
        published=tuple(map(_selector, data["published"]["selectors"])),
        source=tuple(map(_selector, data["source"]["selectors"])),
        source_labels=re.compile(
            "(?:" + "|".join(map(re.escape, data["source"]["labels"])) + r")\s*[:：]\s*(?P<v>[^\s|｜:：]+)"
        ),
        noise_tags=tuple(data["noise"]["tags"]),
        noise=_selector(", ".join(data["noise"]["selectors"])),
        attachment_href=re.compile(rf"\.(?:{extensions})(?:[?#].*)?$", re.I),
    )


def _parse(text: str) -> etree._Element | None:
    text = _XML_DECLARATION.sub("", text, count=1)
    if not text.strip():
        return None
    try:
        return lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return None


def _meta(doc: etree._Element) -> dict[str, str]:
    found: dict[str, str] = {}
    for el in doc.iter("meta"):
        name = (el.get("name") or el.get("property") or "").strip().lower()
        content = (el.get("content") or "").strip()
        if name and content and name not in found:
            found[name] = content
    return found


def _first_meta(meta: dict[str, str], names: tuple[str, ...]) -> str | None:
    return next((meta[n] for n in names if meta.get(n)), None)


def _drop(el: etree._Element) -> None:
    """Remove ``el`` but keep its tail text (the text that follows it in the parent)."""
    parent = el.getparent()
    if parent is not None:
        el.drop_tree()


def _drop_tags(doc: etree._Element) -> None:
    """Remove scripts, styles, form controls and comments (in C; each element's tail is kept)."""
    etree.strip_elements(doc, etree.Comment, etree.ProcessingInstruction, *layout().noise_tags, with_tail=False)


def _drop_noise(root: etree._Element) -> None:
    """Remove hidden blocks, share widgets and attachment boxes under ``root``."""
    for el in list(layout().noise(root)):
        _drop(el)


def _mark_blocks(root: etree._Element) -> None:
    """Put line breaks around block elements and after <br>, so text_content() has paragraphs."""
    for el in root.iter():
        tag = el.tag
        if not isinstance(tag, str):
            continue
        if tag in _BLOCK_TAGS:
            el.text = "\n" + (el.text or "")
            el.tail = "\n" + (el.tail or "")
        elif tag == "br":
            el.tail = "\n" + (el.tail or "")
        elif tag in _CELL_TAGS:
            el.tail = " " + (el.tail or "")


def _text(el: etree._Element) -> str:
    return el.text_content()


def _letters(text: str) -> int:
    return len(_PUNCT_SPACE.sub("", text))


def _outermost(matches: list[etree._Element]) -> list[etree._Element]:
    chosen = set(matches)
    outer = []
    for el in matches:
        if not any(parent in chosen for parent in el.iterancestors()):
            outer.append(el)
    return outer


def _find_container(
    doc: etree._Element, selectors: tuple[str, ...], notes: list[str]
) -> tuple[etree._Element | None, str]:
    """The body container and its ``body_path``; near-empty matches are noted in ``notes``
    (an empty TRS_Editor is how a page whose content is injected by script looks)."""
    lay = layout()
    candidates = [(css, _selector(css)) for css in selectors] + list(lay.body)
    for css, select in candidates:
        matches = _outermost(select(doc))
        if not matches:
            continue
        best = max(matches, key=lambda el: _letters(_text(el)))
        size = _letters(_text(best))
        if size >= lay.min_body_chars:
            return best, f"selector:{css}"
        notes.append(f"{css} matched but holds only {size} characters")
    return None, ""


def _drop_attachments(container: etree._Element) -> None:
    """Remove attachment links; a block that is little more than the link goes with it."""
    href = layout().attachment_href
    for a in list(container.iter("a")):
        if not href.search(a.get("href") or ""):
            continue
        block = a
        for parent in a.iterancestors():
            if parent is container:
                break
            if parent.tag in _BLOCK_TAGS or parent.tag in _CELL_TAGS:
                block = parent
                break
        if block is a:  # straight inside the container: drop it only if it reads as a file
            label = _text(a).strip()
            if href.search(label) or label.startswith("附件"):
                _drop(a)
            continue
        # "附件1：" or a size is all that may remain beside the link in an attachment line;
        # a link inside a sentence keeps its text ("会议印发了《行动方案》…").
        if _letters(_text(block)) - _letters(_text(a)) <= 8:
            _drop(block)


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.split("\n") if line.strip()), "")


def _squash(text: str) -> str:
    return _PUNCT_SPACE.sub("", text)


def _title(doc: etree._Element) -> str | None:
    lay = layout()
    for select in lay.title_specific:
        for el in select(doc):
            line = _first_line(_text(el))
            if looks_like_title(line) or 4 <= len(line) <= 120:
                return line
    page = doc.find(".//title")
    page_title = " ".join((page.text_content() if page is not None else "").split())
    headline = strip_site_suffix(page_title).rstrip(".…") if page_title else ""
    if looks_like_site_name(headline):
        headline = ""  # a <title> that names only the site: the headline is on the page
    squashed_headline = _squash(headline)
    generic = [_first_line(_text(el)) for select in lay.title_generic for el in select(doc)]
    generic = [g for g in generic if 4 <= len(g) <= 120 and (headline or not looks_like_site_name(g))]
    # An <h1> that agrees with the <title>'s headline (not with its site name: that is the logo).
    for g in generic:
        squashed = _squash(g)
        if squashed_headline and squashed and (squashed_headline in squashed or squashed in squashed_headline):
            return g
    if headline:
        return headline
    return generic[0] if generic else None


def _published_element(doc: etree._Element) -> str | None:
    for select in layout().published:
        for el in select(doc):
            value = iso_datetime(_text(el))
            if value:
                return value
    return None


def _publisher(doc: etree._Element, page_lines: list[str]) -> str | None:
    """The 发布机构 of the page: a family's element, else a visible 发布机构 label."""
    lay = layout()
    for select in lay.source:
        for el in select(doc):
            text = " ".join(_text(el).split())
            value = source_in(text) or text
            if value:
                return value
    for line in page_lines:
        m = lay.source_labels.search(line)
        if m:
            return m["v"]
    return None


def _header_fields(lines: list[str]) -> tuple[str | None, str | None]:
    """(published, source) from the first header-style lines among ``lines``."""
    published = source = None
    for line in lines:
        line = line.strip()
        if not line or len(line) > 160 or not (is_header_line(line) or has_field_label(line)):
            continue
        published = published or published_in(line)
        source = source or source_in(line)
        if published and source:
            break
    return published, source


def _strip_lead(lines: list[str], title: str | None) -> tuple[list[str], str | None, str | None]:
    """Drop the title, header lines and furniture at the top of a body; return what they said."""
    published = source = None
    squashed_title = _squash(title or "")
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        if not line:
            i += 1
            continue
        if squashed_title and _squash(line) == squashed_title:
            i += 1
            continue
        if is_header_line(line) or (len(line) <= 160 and has_field_label(line)):
            published = published or published_in(line)
            source = source or source_in(line)
            i += 1
            continue
        if is_furniture(normalize_line(line)):
            i += 1
            continue
        break
    return lines[i:], published, source


def _extract_with_trafilatura(text: str) -> str:
    import trafilatura  # slow to import (≈0.3 s): only when no container matched

    body = trafilatura.extract(
        _XML_DECLARATION.sub("", text, count=1),
        output_format="txt",
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        deduplicate=False,
    )
    return body or ""


def clean_html(data: bytes | str, *, url: str | None = None, selectors: tuple[str, ...] = ()) -> Article:
    """An HTML notice page (bytes or text) → :class:`Article`.

    ``url`` (the page's real URL) gives the publish date when the page itself does not
    (``t20230201_…``, ``/art/2023/2/1/…``); ``selectors`` are the site's own body containers.
    """
    text, encoding = decode(data, html=True)
    doc = _parse(text)
    if doc is None:
        return make_article(title=None, published=None, source=None, body="", body_path="none",
                            encoding=encoding, notes=["page is empty or not HTML"])
    lay = layout()
    meta = _meta(doc)
    title = _first_meta(meta, lay.meta["title"])
    published = iso_datetime(_first_meta(meta, lay.meta["published"]))
    source = _first_meta(meta, lay.meta["source"])

    # Tag-level noise goes everywhere at once (cheap); selector-level noise and paragraph
    # marks are applied to the body container, and to the whole page only when a field
    # has to be looked for on it (most pages give every field in their meta tags).
    _drop_tags(doc)
    notes: list[str] = []
    container, body_path = _find_container(doc, tuple(selectors), notes)
    if container is not None:
        _drop_noise(container)
        _mark_blocks(container)
        _drop_attachments(container)
        body_text = _text(container)
    else:
        body_text = _extract_with_trafilatura(text)
        body_path = "extractor:trafilatura"
        notes.append("no known body container; used the general extractor")

    page_ready = False

    def whole_page() -> etree._Element:
        nonlocal page_ready
        if not page_ready:
            _drop_noise(doc)
            _mark_blocks(doc)  # the container's text was read already: marking it twice is harmless
            page_ready = True
        return doc

    title = title or _title(whole_page())
    lines, lead_published, lead_source = _strip_lead(body_text.split("\n"), title)
    published = published or lead_published
    source = source or lead_source
    if not published:
        published = _published_element(doc)
    if not (published and source):
        page_lines = _text(whole_page()).split("\n")
        page_published, page_source = _header_fields(page_lines)
        published = published or page_published
        source = source or page_source or _publisher(doc, page_lines)
    article = make_article(
        title=title,
        published=published,
        source=source,
        body="\n".join(lines),
        body_path=body_path,
        encoding=encoding,
        notes=notes,
    )
    if article.published is None and date_in_url(url):
        article.published = date_in_url(url)
        article.notes.append("publish date from the URL")
    return article
