"""Removal of page furniture (share/print/font widgets, QR-code lines, breadcrumbs, credits,
captions, statements, footers, link and attachment lists, a trailing list of other stories) from
normalised article lines. The patterns are data: ``furniture.toml``."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from flows.clean.keywords import WholeLines, WordGate
from flows.scanning import Skipping

_FURNITURE_FILE = Path(__file__).with_name("furniture.toml")
_SEPARATORS = r"\s|[|｜/／·•、,，:：\[\]【】()（）>＞»]"


@dataclass(frozen=True)
class Furniture:
    token_line: re.Pattern  # a line made only of widget words
    line: WholeLines  # the whole-line patterns
    inline: Skipping  # bracketed widgets inside a line
    inline_gate: WordGate  # a line without these words holds no inline widget
    section: re.Pattern  # the heading of a link/attachment list
    section_item_max: int
    end_labels: tuple[str, ...]  # a line starting so ends the article (dropped with all after it)
    end_marks: tuple[str, ...]  # a line ending so is the article's last (kept; all after it dropped)
    list_min_dated: int
    list_item_max: int


@lru_cache(maxsize=1)
def furniture() -> Furniture:
    data = tomllib.loads(_FURNITURE_FILE.read_text("utf-8"))
    tokens = sorted(data["tokens"], key=len, reverse=True)
    return Furniture(
        token_line=re.compile(f"(?:{_SEPARATORS}|" + "|".join(tokens) + ")+"),
        line=WholeLines(data["lines"]),
        inline=Skipping("|".join(f"(?:{p})" for p in data["inline"])),
        inline_gate=WordGate(data["inline"]),
        section=re.compile("|".join(f"(?:{p})" for p in data["sections"])),
        section_item_max=int(data.get("section_item_max", 80)),
        end_labels=tuple(data.get("end_labels", [])),
        end_marks=tuple(data.get("end_marks", [])),
        list_min_dated=int(data.get("trailing_list_min_dated", 2)),
        list_item_max=int(data.get("trailing_list_item_max", 80)),
    )



# No furniture line is longer than this (the patterns' own bounds are smaller): longer lines
# are prose and skip the pattern matching, which is most of the cost on a long notice.
MAX_FURNITURE_LINE = 240


def is_furniture(line: str) -> bool:
    """A whole line that is page furniture."""
    if len(line) > MAX_FURNITURE_LINE:
        return False
    f = furniture()
    return bool(f.token_line.fullmatch(line)) or f.line.fullmatch(line)


def _list_item(line: str, limit: int) -> bool:
    return len(line) <= limit and "。" not in line


# A headline's date in a list of other stories: 「2024-11-15」 at the start or the end of the line.
_LISTED_DATE = re.compile(
    r"^\s*[(（\[]?(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}[)）\]]?\s*$"
)
_SENTENCE_END = ("。", "！", "？", "；")


def strip_trailing_list(lines: list[str]) -> list[str]:
    """The lines without a list of other stories' headlines at the end (see ``furniture.toml``)."""
    f = furniture()
    start, dated = len(lines), 0
    while start and len(lines[start - 1]) <= f.list_item_max and not any(
        mark in lines[start - 1] for mark in _SENTENCE_END
    ):
        start -= 1
        dated += bool(_LISTED_DATE.search(lines[start]))
    if dated >= f.list_min_dated and 2 * dated >= len(lines) - start:
        return lines[:start]
    return lines


def strip_furniture(lines: list[str]) -> list[str]:
    """The lines without furniture; ``lines`` are normalised and non-empty."""
    f = furniture()
    kept: list[str] = []
    in_section = False
    for line in lines:
        # The article's end: statements, then teasers of other stories (only once the body
        # has begun: a statement above the article goes like any furniture line).
        if line.startswith(f.end_labels):
            if kept:
                break
            continue
        if kept and line.endswith(f.end_marks):
            kept.append(line)
            break
        if in_section:
            if _list_item(line, f.section_item_max):
                continue
            in_section = False
        if f.section.fullmatch(line):
            in_section = True
            continue
        if f.inline_gate(line) and f.inline.search(line):
            line = f.inline.sub("", line).strip()
            if not line:
                continue
        if is_furniture(line):
            continue
        kept.append(line)
    return strip_trailing_list(kept)
