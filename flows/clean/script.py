"""Traditional → Simplified: detect cheaply, convert with OpenCC ``t2s``, then fix variants.

opencc-python-reimplemented converts at roughly 5 µs a character; ``t2s_table.py`` runs the
same algorithm on the same dictionaries several times faster, and only on text detected as
Traditional. Detection looks at the *distinct* characters of a sample of the text: the share
of its CJK characters that t2s would change (the Traditional-only characters listed in OpenCC's
own ``TSCharacters`` table). Simplified prose scores about 0; Traditional prose 0.2 and more.
The variant table (``variants.toml``) then fixes what t2s leaves wrong (陜, 著力 …).
"""
from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

_VARIANTS_FILE = Path(__file__).with_name("variants.toml")
_SAMPLE_CHARS = 600  # three slices of 200: Traditional text shows it in every sentence
# Share of the sample's distinct CJK characters that are Traditional-only, and how many at least.
MIN_TRADITIONAL_SHARE = 0.08
MIN_TRADITIONAL_CHARS = 3


@lru_cache(maxsize=1)
def traditional_chars() -> frozenset[str]:
    """Characters that t2s maps to another character (from OpenCC's TSCharacters table)."""
    import opencc

    table = Path(opencc.__file__).with_name("dictionary") / "TSCharacters.txt"
    chars = set()
    for line in table.read_text("utf-8").splitlines():
        key, _, values = line.partition("\t")
        if key and values and values.split()[0] != key:
            chars.add(key)
    return frozenset(chars)


_NOT_CJK = re.compile("[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")  # counted by removal: no match list


def _sample(text: str) -> str:
    if len(text) <= _SAMPLE_CHARS:
        return text
    third = _SAMPLE_CHARS // 3
    middle = len(text) // 2
    return text[:third] + text[middle - third // 2: middle + third // 2] + text[-third:]


def traditional_share(text: str) -> tuple[float, int]:
    """(share, count) of the sample's distinct CJK characters that are Traditional-only."""
    distinct = set(_sample(text))
    trad = len(distinct & traditional_chars())
    cjk = len(_NOT_CJK.sub("", "".join(distinct)))
    return (trad / cjk if cjk else 0.0), trad


def is_traditional(text: str) -> bool:
    share, count = traditional_share(text)
    return count >= MIN_TRADITIONAL_CHARS and share >= MIN_TRADITIONAL_SHARE


@lru_cache(maxsize=1)
def _variant_tables() -> tuple[tuple[re.Pattern, dict[str, str]], tuple[re.Pattern, dict[str, str]]]:
    data = tomllib.loads(_VARIANTS_FILE.read_text("utf-8"))

    def compiled(table: dict[str, str]) -> tuple[re.Pattern, dict[str, str]]:
        keys = sorted(table, key=len, reverse=True)  # longest first: 围绕著 before 著
        return re.compile("|".join(map(re.escape, keys)) or r"(?!)"), table

    return compiled(data.get("always", {})), compiled(data.get("after_t2s", {}))


def _apply(text: str, table: tuple[re.Pattern, dict[str, str]]) -> str:
    pattern, mapping = table
    return pattern.sub(lambda m: mapping[m.group(0)], text)


def fix_variants(text: str, *, converted: bool) -> str:
    """Apply the ``[always]`` table, and the ``[after_t2s]`` table where ``converted``."""
    always, after = _variant_tables()
    text = _apply(text, always)
    return _apply(text, after) if converted else text


def t2s(text: str) -> str:
    """OpenCC t2s plus the variant table, unconditionally.

    The conversion is OpenCC's own algorithm and dictionaries through a faster path
    (``t2s_table.py``, equal to ``OpenCC('t2s').convert``; the library alone costs ~5 µs a
    character)."""
    from flows.clean.t2s_table import t2s as opencc_t2s  # loads dictionaries: only when needed

    return fix_variants(opencc_t2s(text), converted=True)


def to_simplified(*texts: str | None, probe: str | None = None) -> tuple[list[str | None], bool]:
    """Convert ``texts`` when ``probe`` (default: all of them joined) is Traditional.

    Returns the texts (None stays None) and whether they were converted. Simplified input
    comes back unchanged apart from the ``[always]`` variants.
    """
    if probe is None:
        probe = "\n".join(t for t in texts if t)
    if is_traditional(probe):
        return [t2s(t) if t else t for t in texts], True
    return [fix_variants(t, converted=False) if t else t for t in texts], False
