"""The parser's vocabulary, read once from the TOML files in ``flows/parse/data/``."""
from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


@cache
def load(name: str) -> dict:
    """One data file (``provinces``, ``meeting``, ``indicators``, ``tasks``) as a dict."""
    with open(DATA / f"{name}.toml", "rb") as handle:
        return tomllib.load(handle)


def alternation(words: list[str]) -> str:
    """A regex alternation of ``words`` (themselves regexes), longest first so 年均增长 beats 增长."""
    return "|".join(sorted(words, key=len, reverse=True))


def literal_alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
