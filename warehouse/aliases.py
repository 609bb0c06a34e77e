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
from dataclasses import dataclass, field
from pathlib import Path

ALIASES_FILE = Path(__file__).resolve().parent / "indicator_aliases.toml"

# Spaces and every quote mark notices use around names (专精特新“小巨人”企业).
_IGNORED = re.compile(r"[\s\"'“”‘’「」『』〝〞＂＇]+")


def name_key(name: str) -> str:
    """The form names are matched on: NFKC, without spaces and quote marks."""
    return _IGNORED.sub("", unicodedata.normalize("NFKC", name))


@dataclass(frozen=True)
class AliasTable:
    """alias key → (alias as written, canonical name), the words stripped from names that are no
    alias (``[rules]``), canonical name → theme (``[themes]``), and the hash of the file."""

    entries: dict[str, tuple[str, str]]
    sha256: str
    strip_prefixes: tuple[str, ...] = ()
    strip_suffixes: tuple[str, ...] = ()
    themes: dict[str, str] = field(default_factory=dict)
    comparisons: tuple[tuple[str, str], ...] = ()
    stock_prefixes: tuple[tuple[str, str], ...] = ()
    theme_words: tuple[tuple[str, str], ...] = ()

    def canonical(self, name: str) -> str:
        """The canonical name (see :meth:`resolve`)."""
        return self.resolve(name)[0]

    def stock_kind(self, name: str) -> str | None:
        """new or cumulative when the name starts with a word of ``[stock]`` (新增, 累计), else None."""
        key = name_key(name)
        for prefix, kind in self.stock_prefixes:
            if key.startswith(prefix) and len(key) - len(prefix) >= 2:
                return kind
        return None

    def resolve(self, name: str) -> tuple[str, str | None]:
        """(canonical name, what the name says the figure is compared with, or None).

        The alias entry of the name as written; else the name without a comparison ending
        (增速高于全国 → compared with 全国), a scope prefix (全省) or a target suffix (预期), looked up
        again; else that stripped name itself."""
        key = name_key(name)
        entry = self.entries.get(key)
        if entry:
            return entry[1], None
        compared_with = None
        for ending, against in self.comparisons:
            if key.endswith(ending) and len(key) - len(ending) >= 2:
                key, compared_with = key[: -len(ending)], against
                break
        entry = self.entries.get(key)
        if entry:
            return entry[1], compared_with
        for prefix, _ in self.stock_prefixes:
            if key.startswith(prefix) and len(key) - len(prefix) >= 2:
                key = key[len(prefix):]
                break
        stripped = self._strip(key)
        entry = self.entries.get(stripped)
        return (entry[1] if entry else stripped), compared_with

    def _strip(self, key: str) -> str:
        changed = True
        while changed:
            changed = False
            for prefix in self.strip_prefixes:
                if key.startswith(prefix) and len(key) - len(prefix) >= 2 and key not in self.entries:
                    key, changed = key[len(prefix):], True
            for suffix in self.strip_suffixes:
                if key.endswith(suffix) and len(key) - len(suffix) >= 2 and key not in self.entries:
                    key, changed = key[: -len(suffix)], True
        return key

    def theme(self, canonical_name: str) -> str | None:
        """The theme listed for the name in ``[themes]``; else the first theme of ``[theme_words]``
        one of whose words the name contains; else None."""
        listed = self.themes.get(canonical_name)
        if listed:
            return listed
        for word, theme in self.theme_words:
            if word in canonical_name:
                return theme
        return None


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
    rules = data.get("rules", {})
    prefixes, suffixes = rules.get("strip_prefixes", []), rules.get("strip_suffixes", [])
    for label, words in (("strip_prefixes", prefixes), ("strip_suffixes", suffixes)):
        if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
            raise ValueError(f"{path}: [rules] {label} must be a list of words")
    themes: dict[str, str] = {}
    for theme, names in data.get("themes", {}).items():
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise ValueError(f"{path}: theme {theme!r} must map to a list of canonical names")
        for name in names:
            key = name_key(name)
            if key in entries and entries[key][1] != name:
                raise ValueError(f"{path}: theme {theme!r} lists {name!r}, an alias of {entries[key][1]!r}; list the canonical name")
            if name in themes and themes[name] != theme:
                raise ValueError(f"{path}: {name!r} is in two themes, {themes[name]!r} and {theme!r}")
            themes[name] = theme
    comparisons = data.get("comparisons", {})
    if not all(isinstance(v, str) and v for v in comparisons.values()):
        raise ValueError(f"{path}: [comparisons] maps a name ending to what it compares with (a word)")
    # Longest first, so that 预期目标 goes before 目标.
    return AliasTable(
        entries,
        hashlib.sha256(raw).hexdigest(),
        tuple(sorted((name_key(w) for w in prefixes), key=len, reverse=True)),
        tuple(sorted((name_key(w) for w in suffixes), key=len, reverse=True)),
        themes,
        tuple(sorted(((name_key(k), v) for k, v in comparisons.items()), key=lambda kv: len(kv[0]), reverse=True)),
        _stock_prefixes(path, data.get("stock", {})),
        _theme_words(path, data.get("theme_words", {})),
    )


def _theme_words(path: Path, table: dict) -> tuple[tuple[str, str], ...]:
    """``[theme_words]`` theme = [words] → ((word, theme), ...) in the file's order (first match wins)."""
    pairs = []
    for theme, words in table.items():
        if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
            raise ValueError(f"{path}: [theme_words] {theme!r} must map to a list of words")
        pairs += [(w, theme) for w in words]
    return tuple(pairs)


def _stock_prefixes(path: Path, table: dict) -> tuple[tuple[str, str], ...]:
    """``[stock]`` new = [...], cumulative = [...] → ((prefix, kind), ...), longest prefix first."""
    pairs = []
    for kind, words in table.items():
        if kind not in ("new", "cumulative") or not isinstance(words, list):
            raise ValueError(f"{path}: [stock] takes new = [words] and cumulative = [words], not {kind!r}")
        pairs += [(name_key(w), kind) for w in words]
    return tuple(sorted(pairs, key=lambda p: len(p[0]), reverse=True))
