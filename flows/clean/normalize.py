"""Normalisation of article text, so the parser sees one form of digits, spaces and punctuation.

What is changed, in this order:

- Full-width digits, Latin letters and ％ become half-width (１２.５％ → 12.5%); a full-width
  ``．`` between digits becomes ``.``. Other full-width punctuation stays: it is the Chinese set.
- NBSP, ideographic spaces (U+3000), en/em spaces and tabs become ordinary spaces; zero-width
  characters and BOMs are dropped; runs of spaces become one; lines are stripped (indentation
  goes); a space beside a Chinese character or Chinese punctuation mark is dropped (Chinese has
  no word spaces: those are justification, ``增长 5.7%`` → ``增长5.7%``); a space between a
  number and its ``%`` goes too (``15 %`` → ``15%``). Spaces between
  Latin letters and digits are kept (``09:58``, English).
- Half-width ``, ; : ! ?`` next to a Chinese character (on either side) become full-width
  ``，；：！？``; a ``(…)`` pair whose content has a Chinese character, or that a Chinese
  character touches (比全国(6.5%)高), becomes ``（…）``.
  Between digits and letters nothing changes: 09:58, 1,000, 12.5%, http://…, English text.
- Empty lines are dropped: the body is its paragraphs joined by ``\\n``.
"""
from __future__ import annotations

import re

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Chinese characters plus the Chinese punctuation and quotes that sit beside them.
_CJK_CONTEXT = _CJK + "\u3001-\u303f\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f\u201c\u201d\u2018\u2019\u2014\u2026\u00b7"

_WIDTH = {0xFF10 + i: 0x30 + i for i in range(10)}
_WIDTH.update({0xFF21 + i: 0x41 + i for i in range(26)})
_WIDTH.update({0xFF41 + i: 0x61 + i for i in range(26)})
_WIDTH[0xFF05] = "%"
for _space in ("\u00a0", "\u3000", "\t", "\u2002", "\u2003", "\u2009", "\u202f", "\u205f", "\u1680"):
    _WIDTH[ord(_space)] = " "
for _zero in ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"):
    _WIDTH[ord(_zero)] = None
_WIDTH_TABLE = str.maketrans(_WIDTH)
# str.translate over a whole notice costs ~40 ns a character even where nothing changes; the
# characters it changes come in a few short runs (indentation, a full-width figure), so only
# those runs are translated.
_NEEDS_WIDTH = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_WIDTH)) + "]+")

_FULL_STOP_IN_NUMBER = re.compile(r"(?<=\d)．(?=\d)")
# Both start with what they match (not a look-behind) so the regex engine can scan for it fast.
_SPACE_BY_CJK = re.compile(f" (?:(?<=[{_CJK_CONTEXT}] )|(?=[{_CJK_CONTEXT}]))")
_SPACE_BEFORE_PERCENT = re.compile(r"(?<=\d) +(?=%)")
_HALF_PUNCT = re.compile(f"[,;:!?](?:(?<=[{_CJK_CONTEXT}][,;:!?])|(?=[{_CJK_CONTEXT}]))")
_FULL_PUNCT = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？"}
_PAREN_PAIR = re.compile(r"\(([^()\n]*)\)")
_CJK_CHAR = re.compile(f"[{_CJK}]")
_CJK_CONTEXT_CHARS = re.compile(f"[{_CJK_CONTEXT}]")


def _paren(m: re.Match[str]) -> str:
    """（…） for a pair in Chinese context: its content holds a Chinese character, or a Chinese
    character touches it on either side (比全国(6.5%)高 is 比全国（6.5%）高: a bracketed figure
    the parser reads as a comparator's own)."""
    text, start, end = m.string, m.start(), m.end()
    if (_CJK_CHAR.search(m.group(1))
            or (start and _CJK_CONTEXT_CHARS.match(text, start - 1))
            or (end < len(text) and _CJK_CONTEXT_CHARS.match(text, end))):
        return f"（{m.group(1)}）"
    return m.group(0)


def _translate_run(m: re.Match[str]) -> str:
    return m.group(0).translate(_WIDTH_TABLE)


def normalize_widths(text: str) -> str:
    """Full-width digits/letters/％ → half-width, odd spaces → space, zero-width characters dropped."""
    text = _NEEDS_WIDTH.sub(_translate_run, text)
    if "．" in text:
        text = _FULL_STOP_IN_NUMBER.sub(".", text)
    return text


def normalize_spaces(text: str) -> str:
    """One space for a run, none at line edges or beside Chinese characters; no empty lines."""
    if "\x0b" in text or "\x0c" in text:
        text = text.replace("\x0b", " ").replace("\x0c", " ")
    lines = []
    # Line by line with str methods: several times faster than regexes over the whole text.
    for line in text.split("\n"):
        line = " ".join(line.split()) if "  " in line else line.strip()
        if line:
            lines.append(line)
    text = _SPACE_BY_CJK.sub("", "\n".join(lines))
    if " %" in text:
        text = _SPACE_BEFORE_PERCENT.sub("", text)  # 增长 15 % → 增长15%
    return text


def normalize_punctuation(text: str) -> str:
    """Half-width , ; : ! ? and (…) in Chinese context → full-width."""
    text = _HALF_PUNCT.sub(lambda m: _FULL_PUNCT[m.group(0)], text)
    if "(" in text:
        text = _PAREN_PAIR.sub(_paren, text)
    return text


def normalize_text(text: str) -> str:
    """The whole normalisation (see the module docstring)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return normalize_punctuation(normalize_spaces(normalize_widths(text)))


def normalize_line(text: str) -> str:
    """A single field (title, source): normalised and on one line."""
    return normalize_text(text.replace("\n", " ")).replace("\n", " ").strip()
