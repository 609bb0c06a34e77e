"""The words a regex cannot match without, so a list of whole-line patterns can be skipped fast.

Most furniture patterns are "a short line that holds 版权所有 / ICP备 / 扫一扫 …": written as
``[^。]{0,40}ICP备…``, each makes the regex engine walk and backtrack over a line of prose before
it fails. :func:`required_words` reads a pattern's parse tree for the literal words one of which
any match must contain; one search for all of them rejects most lines of prose at once, and a
line that holds one is matched by the patterns as written. Matches are unchanged.
"""
from __future__ import annotations

import re
from re import _constants as c, _parser  # the stdlib's own parse tree of a pattern

from flows.scanning import first_chars


def _literal_run(items, start: int) -> str:
    run = []
    for op, arg in items[start:]:
        if op is not c.LITERAL:
            break
        run.append(chr(arg))
    return "".join(run)


def _sequence(items) -> set[str] | None:
    """Words of which a match of the sequence ``items`` contains one, or None if unknown.
    Every item of a sequence is required, so any item's words will do: the set whose
    shortest word is longest (the rarest in prose) is chosen."""
    best: set[str] | None = None
    for n, (op, arg) in enumerate(items):
        found: set[str] | None = None
        if op is c.LITERAL:
            run = _literal_run(items, n)
            found = {run}
            if n + len(run) < len(items) and items[n + len(run)][0] is c.BRANCH:
                # The parser factors a common prefix out: 责任编辑|责编 is 责(?:任编辑|编).
                tails = [_literal_run(branch, 0) for branch in items[n + len(run)][1][1]]
                if all(tails):
                    found = {run + tail for tail in tails}
        elif op is c.SUBPATTERN:
            found = _sequence(arg[3])
        elif op is c.BRANCH:
            branches = [_sequence(branch) for branch in arg[1]]
            found = set().union(*branches) if all(branches) else None
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and arg[0] >= 1:
            found = _sequence(arg[2])
        elif op is c.ASSERT and arg[0] == 1:  # a look-ahead's words are in the line too
            found = _sequence(arg[1])
        elif op is c.IN and len(arg) <= MAX_CLASS and all(kind is c.LITERAL for kind, _ in arg):
            found = {chr(code) for _, code in arg}  # [【\[]: one of a few characters
        if found and (best is None or _rarity(found) > _rarity(best)):
            best = found
    return best


MAX_CLASS = 4  # a character class of at most this many characters counts as words


def _rarity(words: set[str]) -> tuple[int, int]:
    """Longer words are rarer in prose; among words as long, fewer of them."""
    return min(map(len, words)), -len(words)


def required_words(pattern: str) -> set[str] | None:
    """Literal words one of which every match of ``pattern`` contains, or None when the
    pattern has no such word (it must then be tried on every line)."""
    return _sequence(list(_parser.parse(pattern)))


class WholeLines:
    """Whole-line patterns with a prefilter. A pattern that opens with known characters fails
    at the line's first character, cheaply: it is always tried. One that opens with a run of
    any characters (``[^。]{0,40}ICP备…``) is tried only on a line that holds one of its
    required words; one without such words is always tried."""

    def __init__(self, patterns: list[str]) -> None:
        gated, always, words = [], [], set()
        for pattern in patterns:
            found = None if first_chars(pattern) else required_words(pattern)
            if found:
                gated.append(pattern)
                words |= found
            else:
                always.append(pattern)
        self._has_gated = bool(gated)
        self._gated = _alternation(gated)
        self._always = _alternation(always)
        self._words = _alternation([re.escape(w) for w in sorted(words, key=len, reverse=True)])

    def fullmatch(self, line: str) -> bool:
        if self._always.fullmatch(line):
            return True
        return self._has_gated and bool(self._words.search(line) and self._gated.fullmatch(line))


class WordGate:
    """Whether a line holds one of the words the patterns need (``in`` tests: faster than a
    regex search where the words are few). True for every line when a pattern has none."""

    def __init__(self, patterns: list[str]) -> None:
        words: set[str] | None = set()
        for pattern in patterns:
            found = required_words(pattern)
            if not found:
                words = None
                break
            words |= found
        # A word that holds another word is found by the shorter one.
        self.words = None if words is None else tuple(
            sorted(w for w in words if not any(o != w and o in w for o in words))
        )

    def __call__(self, line: str) -> bool:
        if self.words is None:
            return True
        for word in self.words:
            if word in line:
                return True
        return False


def _alternation(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns) if patterns else r"(?!)")
