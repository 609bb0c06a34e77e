"""Canonical indicator names from ``warehouse/indicator_aliases.toml``.

The file is data a newcomer edits. Matching ignores spaces and quote marks; a name in no list is its
own canonical name. The pure part (reading the file, mapping a name) is here; writing the table into
the warehouse and re-applying it to stored indicators is in :mod:`warehouse.indicator_names`.
"""
from __future__ import annotations

import hashlib
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from pathlib import Path

ALIASES_FILE = Path(__file__).resolve().parent / "indicator_aliases.toml"

# Spaces and every quote mark notices use around names (专精特新“小巨人”企业).
_IGNORED = re.compile(r"[\s\"'“”‘’「」『』〝〞＂＇]+")


def name_key(name: str) -> str:
    """The form names are matched on: NFKC, without spaces and quote marks."""
    return _IGNORED.sub("", unicodedata.normalize("NFKC", name))


@dataclass(frozen=True)
class AliasTable:
    """alias key → (alias as written, canonical name), and the hash of the file it came from."""

    entries: dict[str, tuple[str, str]]
    sha256: str

    def canonical(self, name: str) -> str:
        key = name_key(name)
        entry = self.entries.get(key)
        return entry[1] if entry else key


def load_aliases(path: Path = ALIASES_FILE) -> AliasTable:
    """Read and check the alias file: every alias maps to one canonical name, and no canonical name
    is also another's alias (a chain would make the result depend on the order of the file)."""
    raw = path.read_bytes()
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise ValueError(
            f"{path} is not a valid TOML alias file ({err}); fix that line (canonical = [\"alias\", ...] "
            "under [aliases]) and run again"
        ) from None
    table = data.get("aliases")
    if not isinstance(table, dict):
        raise ValueError(f"{path}: expected an [aliases] table of canonical = [names]")
    entries: dict[str, tuple[str, str]] = {}
    canonical_keys = {name_key(c): c for c in table}
    for canonical, aliases in table.items():
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise ValueError(f"{path}: {canonical!r} must map to a list of names")
        for alias in [canonical, *aliases]:
            key = name_key(alias)
            if not key:
                raise ValueError(f"{path}: an empty name under {canonical!r}")
            if key in canonical_keys and canonical_keys[key] != canonical:
                raise ValueError(f"{path}: {alias!r} is an alias of {canonical!r} and a canonical name itself")
            previous = entries.get(key)
            if previous and previous[1] != canonical:
                raise ValueError(f"{path}: {alias!r} maps to both {previous[1]!r} and {canonical!r}")
            entries[key] = (alias, canonical)
    return AliasTable(entries, hashlib.sha256(raw).hexdigest())
