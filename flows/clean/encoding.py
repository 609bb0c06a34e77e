"""Bytes → text for notice pages and files, recording which encoding was used.

Order of evidence:

1. a byte-order mark (UTF-8, UTF-16);
2. for HTML, the page's own declaration in its first bytes: ``<meta charset=…>``,
   ``<meta http-equiv="Content-Type" content="…; charset=…">`` and malformed variants such as
   ``httpequiv="ContentType"`` (any ``charset=`` inside a ``<meta`` tag counts), or an XML
   declaration's ``encoding=``;
3. undeclared: UTF-8 strictly first (it rarely decodes anything else by accident), then GB18030.

Every GB label (gb2312, gbk, gb_2312, cp936 …) is read as **GB18030**, its superset: old
government pages declare gb2312 and still contain GBK-only or GB18030-only characters.
A Latin-1/ASCII declaration on a Chinese page is a template default, not evidence, so those
labels are only tried after UTF-8 and GB18030.
"""
from __future__ import annotations

import codecs
import re

_SNIFF_BYTES = 8192
_META_CHARSET = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:\-]+)", re.I)
_XML_ENCODING = re.compile(rb"<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9_.:\-]+)", re.I)

_GB_LABELS = {"gb2312", "gb_2312", "gb_2312-80", "gb2312-80", "csgb2312", "gbk", "x-gbk", "cp936",
              "ms936", "windows-936", "euc-cn", "euccn", "iso-ir-58", "chinese", "gb18030", "hz-gb-2312"}
_WEAK = {"ascii", "us-ascii", "latin-1", "latin1", "iso-8859-1", "iso8859-1", "windows-1252", "cp1252"}
_FALLBACKS = ("utf-8", "gb18030")


def canonical_encoding(label: str | None) -> str | None:
    """The codec to decode with for a declared label, or None when Python does not know it."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in _GB_LABELS or label.replace("-", "_") in _GB_LABELS:
        return "gb18030"
    if label in {"big5", "big5-hkscs", "cp950", "x-x-big5"}:
        return "big5hkscs"  # a superset of Big5, as GB18030 is of GB2312
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def declared_encoding(data: bytes) -> str | None:
    """The encoding an HTML page declares for itself in its first bytes (canonical name), if any."""
    head = data[:_SNIFF_BYTES]
    for pattern in (_META_CHARSET, _XML_ENCODING):
        for match in pattern.finditer(head):
            name = canonical_encoding(match.group(1).decode("ascii", "ignore"))
            if name:
                return name
    return None


def _bom(data: bytes) -> tuple[str, int] | None:
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8", len(codecs.BOM_UTF8)
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        return "utf-16", 0  # the utf-16 codec reads and drops the BOM itself
    return None


def decode(data: bytes | str, *, html: bool = False) -> tuple[str, str | None]:
    """``(text, encoding)``: the decoded text and the codec used (None when given text)."""
    if isinstance(data, str):
        return data, None
    bom = _bom(data)
    if bom:
        name, skip = bom
        return data[skip:].decode(name, errors="replace"), name
    declared = declared_encoding(data) if html else None
    order: list[str] = []
    if declared and declared not in _WEAK:
        order.append(declared)
    order += [name for name in _FALLBACKS if name not in order]
    if declared and declared in _WEAK:
        order.append(declared)
    for name in order:
        try:
            return data.decode(name), name
        except UnicodeDecodeError:
            continue
    # Nothing decodes cleanly: keep the best guess and mark the damage with U+FFFD.
    name = declared or "utf-8"
    return data.decode(name, errors="replace"), name
