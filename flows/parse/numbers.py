"""Numbers as notices write them: 5.7, 1.48万亿, 2万, 百分之五点七, 第三位.

Chinese numerals are converted with cn2an on the extracted span only (never on the whole
text, which would turn 四川 into 4川); the 万/亿/万亿 multipliers are applied here because
cn2an does not read mixed forms such as 1.48万亿.
"""
from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

import cn2an

from flows.parse.vocab import load

CN_DIGITS = "零〇一二两三四五六七八九十百千"
# A number: Arabic (with thousands commas or a decimal part) or Chinese numerals.
NUMBER = rf"(?:\d+(?:,\d{{3}})*(?:\.\d+)?|[{CN_DIGITS}]+(?:点[零〇一二三四五六七八九]+)?)"
_ARABIC = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
_HAS_CN_DIGIT = re.compile("[一二两三四五六七八九]")


@cache
def multipliers() -> dict[str, float]:
    return {k: float(v) for k, v in load("indicators")["multipliers"].items()}


@cache
def to_number(text: str) -> float | None:
    """``"5.7"`` → 5.7, ``"五点七"`` → 5.7, ``"一百二十"`` → 120; None when it is not a number.

    A bare 百/千 without a digit (超百亿元, 千亿产业集群) is a magnitude, not a figure.
    """
    text = text.strip()
    if not text:
        return None
    if _ARABIC.fullmatch(text):
        return float(text.replace(",", ""))
    if not _HAS_CN_DIGIT.search(text) and text != "十":  # 第十位 is 10; a bare 百/千 is a magnitude
        return None
    try:
        # cn2an's strict mode reads 二 and 零 but not their everyday spellings 两 and 〇.
        value = cn2an.cn2an(text.replace("两", "二").replace("〇", "零"), "strict")
    except (ValueError, KeyError, IndexError):
        return None
    return float(value)


def scaled(number: str, multiplier: str | None) -> float | None:
    """The number times its Chinese multiplier: ``("1.48", "万亿")`` → 1.48e12."""
    value = to_number(number)
    if value is None:
        return None
    if multiplier:
        # Decimal: 612.3 * 1e8 is 61229999999.99999 in binary floating point.
        exact = Decimal(number.replace(",", "")) if _ARABIC.fullmatch(number) else Decimal(repr(value))
        return float(exact * Decimal(int(multipliers()[multiplier])))
    return value


def clean_value(value: float) -> float | int:
    """Integers as int (7164, not 7164.0); decimals kept."""
    rounded = round(value, 6)
    return int(rounded) if rounded == int(rounded) else rounded
