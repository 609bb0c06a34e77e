"""OpenCC ``t2s`` with the library's own dictionaries, through a faster path with the same output.

opencc-python-reimplemented converts each clause by looking up every substring of every
length (longest first) in each dictionary, building a tree as it goes: about 5 µs a character.
This module runs the same algorithm on the same data, but finds the dictionary words that start
at each position once (walking a set of key prefixes) and then picks matches from that table:

1. the text is split at the library's own separators (punctuation, spaces), which no
   dictionary entry contains; separators are kept as they are;
2. in each clause the phrase dictionary (TSPhrases) is applied: the longest entry anywhere in
   the clause, the leftmost of equals, is replaced, and the text on each side is converted the
   same way on its own (OpenCC's ``StringTree``);
3. what no phrase covered goes through the character dictionary (TSCharacters) the same way;
4. an entry with several values takes the first, as the library does.

``tests/clean/test_t2s_table.py`` checks it against ``OpenCC('t2s').convert`` on the seeds,
the project's notices and a few thousand random sentences.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class _Dictionary:
    entries: dict[str, str]  # key → first value
    prefixes: frozenset[str]  # every prefix of every key (keys included)
    max_len: int
    starts: re.Pattern[str]  # the first characters of the keys
    table: dict[int, str]  # single-character keys as a str.translate table


@dataclass(frozen=True)
class _Tables:
    split: object  # the library's separator regex (a capturing group: separators come back)
    chain: tuple[tuple[_Dictionary, ...], ...]  # groups of dictionaries, applied in turn


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    from opencc import OpenCC

    converter = OpenCC("t2s")
    converter._init_dict()  # the library's own loading of its config and dictionary files
    chain = []
    for group in converter._dict_chain_data:
        dictionaries = []
        for max_len, _min_len, mapping in group:
            entries = {key: value.split(" ")[0] for key, value in mapping.items()}
            prefixes = frozenset(key[:i] for key in entries for i in range(1, len(key) + 1))
            starts = re.compile("[" + "".join(sorted({re.escape(k[0]) for k in entries})) + "]")
            table = {ord(k): v for k, v in entries.items() if len(k) == 1}
            dictionaries.append(_Dictionary(entries, prefixes, max_len, starts, table))
        chain.append(tuple(dictionaries))
    return _Tables(converter.split_chars_re, tuple(chain))


def _matches(text: str, dictionary: _Dictionary) -> list[tuple[int, list[int]]]:
    """``(position, lengths of the keys that start there, longest first)`` where any does."""
    entries, prefixes, n = dictionary.entries, dictionary.prefixes, len(text)
    found: list[tuple[int, list[int]]] = []
    for m in dictionary.starts.finditer(text):  # only where a key can begin
        i = m.start()
        lengths: list[int] = []
        for j in range(i + 2, min(n, i + dictionary.max_len) + 1):
            piece = text[i:j]
            if piece not in prefixes:
                break
            if piece in entries:
                lengths.append(j - i)
        if text[i] in entries:
            lengths.insert(0, 1)
        if lengths:
            lengths.reverse()
            found.append((i, lengths))
    return found


def _apply(text: str, dictionary: _Dictionary) -> list[tuple[str, bool]]:
    """``text`` as pieces ``(text, converted)`` in order, after one dictionary of a group."""
    if dictionary.max_len == 1:
        # Single characters (TSCharacters): every one in the table is replaced, which is what
        # the longest-leftmost splitting comes to when all keys have one character.
        entries = dictionary.entries
        return [(entries[c], True) if c in entries else (c, False) for c in text]
    found = _matches(text, dictionary)
    if not found:
        return [(text, False)]
    positions = [i for i, _ in found]
    done: list[tuple[int, str, bool]] = []
    stack = [(0, len(text))]
    while stack:
        lo, hi = stack.pop()
        best_len, best_at = 0, -1
        for k in range(bisect_left(positions, lo), bisect_left(positions, hi)):
            i, lengths = found[k]
            for length in lengths:
                if i + length <= hi:
                    if length > best_len:  # strictly longer: the leftmost of equals stays
                        best_len, best_at = length, i
                    break
        if best_at < 0:
            done.append((lo, text[lo:hi], False))
            continue
        end = best_at + best_len
        done.append((best_at, dictionary.entries[text[best_at:end]], True))
        if lo < best_at:
            stack.append((lo, best_at))
        if end < hi:
            stack.append((end, hi))
    done.sort(key=lambda piece: piece[0])
    return [(piece, converted) for _, piece, converted in done]


def _convert_clause(clause: str, group: tuple[_Dictionary, ...]) -> str:
    pieces = [(clause, False)]
    for n, dictionary in enumerate(group):  # a later dictionary sees only what the earlier ones left
        if n == len(group) - 1 and dictionary.max_len == 1:
            # The last pass, by single characters: a translation table does it in one call.
            return "".join(piece if converted else piece.translate(dictionary.table)
                           for piece, converted in pieces)
        nxt: list[tuple[str, bool]] = []
        for piece, converted in pieces:
            if converted or not piece:
                nxt.append((piece, converted))
            else:
                nxt.extend(_apply(piece, dictionary))
        pieces = nxt
    return "".join(piece for piece, _ in pieces)


def t2s(text: str) -> str:
    """``OpenCC('t2s').convert(text)``, the same result, several times faster."""
    tables = _tables()
    parts = tables.split.split(text)
    # Even indexes are clauses, odd ones the separators between them. Each group of the
    # chain converts the clause the group before it produced (t2s has one group).
    for k in range(0, len(parts), 2):
        for group in tables.chain:
            parts[k] = _convert_clause(parts[k], group)
    return "".join(parts)
