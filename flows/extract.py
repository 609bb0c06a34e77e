"""One input (a file, or a fetched page) → one contract record: clean, then parse.

Pure apart from :func:`extract_path`, which reads the file. Inputs that cannot be read raise
:class:`UnreadableInput` with a message a person understands; :func:`extract_path` turns that
into a record with an ``error`` field so a batch goes on with the other files.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

from flows.clean import Article, clean_html, clean_text
from flows.parse import parse_notice

MAX_BYTES = 20 * 1024 * 1024
# A notice is Chinese prose: below this share of CJK characters among letters it is something else.
MIN_CJK_SHARE = 0.3
_HTML_SNIFF = re.compile(rb"<\s*(!doctype\s+html|html|head|body|meta|div|p|table)\b", re.I)
# Counted without a list of one-character matches (findall over a notice cost ~0.3 ms): the
# CJK characters are what is left once the runs of other characters are removed, and the other
# letters come in a few runs.
_NOT_CJK_RUN = re.compile(r"[^\u4e00-\u9fff]+")
_OTHER_LETTERS = re.compile(r"[^\W\d_\u4e00-\u9fff]+")


class UnreadableInput(ValueError):
    """The input is not a notice we can read (empty, binary, too large, no body, not Chinese)."""


def sniff_kind(data: bytes, name: str = "") -> str:
    """``html`` or ``text``, from the file name's ending, else from the first bytes."""
    suffix = Path(name).suffix.lower()
    if suffix in {".html", ".htm", ".shtml", ".xhtml"}:
        return "html"
    if suffix in {".txt", ".text", ".md"}:
        return "text"
    return "html" if _HTML_SNIFF.search(data[:4096]) else "text"


def _check_bytes(data: bytes) -> None:
    if len(data) > MAX_BYTES:
        raise UnreadableInput(f"input is {len(data) / 2**20:.1f} MB, over the {MAX_BYTES // 2**20} MB limit")
    if not data.strip():
        raise UnreadableInput("input is empty")
    head = data[:8192]
    # Text in UTF-8 or GB18030 has no NUL bytes; UTF-16 would, but no notice site serves it.
    if b"\x00" in head:
        raise UnreadableInput("input looks binary (NUL bytes), not a text or HTML notice")


def _check_article(article: Article) -> None:
    body = article.body or ""
    if not body.strip():
        raise UnreadableInput(f"no article body found (tried {article.body_path})")
    cjk = len(_NOT_CJK_RUN.sub("", body))
    if cjk and cjk >= MIN_CJK_SHARE * len(body):
        return  # enough even if every other character were a letter: no need to count them
    letters = cjk + sum(map(len, _OTHER_LETTERS.findall(body)))  # every CJK character is a letter
    if not cjk or cjk < MIN_CJK_SHARE * letters:
        raise UnreadableInput("body is not Chinese text")


def clean_bytes(
    data: bytes,
    *,
    name: str = "",
    kind: str | None = None,
    url: str | None = None,
    selectors: tuple[str, ...] = (),
) -> Article:
    """Check and clean one input into an :class:`Article` (``selectors``: the site's own body containers)."""
    _check_bytes(data)
    kind = kind or sniff_kind(data, name)
    article = clean_html(data, url=url, selectors=selectors) if kind == "html" else clean_text(data)
    _check_article(article)
    return article


def extract_bytes(
    data: bytes,
    *,
    doc: str,
    kind: str | None = None,
    url: str | None = None,
    province: str | None = None,
    selectors: tuple[str, ...] = (),
) -> dict:
    """The contract record for one input.

    ``url``, ``province`` and ``selectors`` are hints from the site the page came from: the URL
    carries a publish date on most platforms, the province names the department's own province,
    and the selectors find the body before the family containers are tried.
    """
    article = clean_bytes(data, name=doc, kind=kind, url=url, selectors=selectors)
    return parse_notice(article, doc=doc, province=province)


def error_record(doc: str, message: str) -> dict:
    return {"doc": doc, "error": message, "meeting": None, "article": None, "indicators": [], "tasks": []}


def extract_path(path: str | os.PathLike[str]) -> dict:
    """The record for one file; a file that cannot be read gets a record with an ``error`` field."""
    path = Path(path)
    doc = path.name
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise UnreadableInput(f"file is {size / 2**20:.1f} MB, over the {MAX_BYTES // 2**20} MB limit")
        if path.is_dir():
            raise UnreadableInput("is a directory")
        data = path.read_bytes()
        return extract_bytes(data, doc=doc)
    except UnreadableInput as err:
        return error_record(doc, str(err))
    except OSError as err:
        return error_record(doc, f"cannot read file: {err.strerror or err}")
