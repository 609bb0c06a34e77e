"""``gxt query --param NAME=VALUE``: values for the ``getvariable('NAME')`` calls of the SQL.

DuckDB session variables rather than prepared ``$name`` parameters, because the SQL can then carry
its own default (``coalesce(getvariable('year'), 2024)``) and the same file runs unchanged in the
DuckDB CLI (``SET VARIABLE year = 2023; .read warehouse/queries/03_task_headlines.sql``).
A value that reads as a whole number is an INTEGER, as a decimal number a DOUBLE, else VARCHAR
(the SQL casts it further where it needs a DATE).
"""
from __future__ import annotations

import re

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_INTEGER = re.compile(r"[+-]?\d{1,18}")
_DECIMAL = re.compile(r"[+-]?(\d+\.\d*|\.\d+)")
# getvariable('name') as the SQL spells it (any case, spaces allowed).
_GETVARIABLE = re.compile(r"getvariable\s*\(\s*'([^']*)'\s*\)", re.IGNORECASE)


class ParamError(ValueError):
    """A --param the SQL cannot use: malformed, repeated, or a name the SQL never reads."""


def typed(value: str) -> int | float | str:
    """'2024' → 2024, '1.5' → 1.5, anything else stays text."""
    if _INTEGER.fullmatch(value):
        return int(value)
    if _DECIMAL.fullmatch(value):
        return float(value)
    return value


def parse_params(items: list[str]) -> dict[str, int | float | str]:
    """``["year=2024", "province=福建"]`` → ``{"year": 2024, "province": "福建"}``."""
    params: dict[str, int | float | str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        name = name.strip()
        if not sep or not _NAME.fullmatch(name):
            raise ParamError(f"--param {item!r}: expected NAME=VALUE with a plain name (--param year=2024)")
        if name in params:
            raise ParamError(f"--param {name} is given twice")
        params[name] = typed(value.strip())
    return params


def variables_read(sql: str) -> list[str]:
    """The variable names the SQL reads with getvariable('...'), in order of first use."""
    seen: dict[str, None] = {}
    for match in _GETVARIABLE.finditer(sql):
        seen.setdefault(match.group(1), None)
    return list(seen)


def check_params(params: dict[str, object], sql: str) -> None:
    """Refuse a parameter the SQL never reads (a typo would otherwise be ignored silently)."""
    known = variables_read(sql)
    for name in params:
        if name not in known:
            reads = f"it reads {', '.join(known)}" if known else "it takes no parameters"
            raise ParamError(f"--param {name}: the SQL has no getvariable('{name}') ({reads})")
