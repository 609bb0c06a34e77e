"""Regexes that open with a look-behind or mixed branches, compiled so a search is fast.

Python's regex engine skips ahead to candidate positions only when a pattern starts with a
literal or a character class; a pattern that opens with ``(?<!\\d)`` or ``(?:百分之…|第…|\\d…)``
is tried branch by branch at every position. :func:`scanning` puts a look-ahead for the
characters a match can begin with in front: one test rejects most positions, and every
match stays the same.
"""
from __future__ import annotations

import re


def first_chars(pattern: str) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can begin with, or None when any can (or the
    pattern is too involved to tell)."""
    from re import _constants as c, _parser  # the stdlib's own parse tree of a pattern

    def first(items) -> set[str] | None:
        for op, arg in items:
            if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
                continue  # zero-width: look at what follows
            if op is c.LITERAL:
                return {chr(arg)}
            if op is c.IN:
                chars: set[str] = set()
                for kind, value in arg:
                    if kind is c.LITERAL:
                        chars.add(chr(value))
                    elif kind is c.RANGE and value[1] - value[0] < 64:
                        chars.update(chr(x) for x in range(value[0], value[1] + 1))
                    elif kind is c.CATEGORY and value is c.CATEGORY_DIGIT:
                        chars.update("0123456789")
                    else:
                        return None
                return chars
            if op is c.BRANCH:
                out: set[str] = set()
                for branch in arg[1]:
                    got = first(branch)
                    if got is None:
                        return None
                    out |= got
                return out
            if op is c.SUBPATTERN:
                return first(arg[3])
            if op in (c.MAX_REPEAT, c.MIN_REPEAT) and arg[0] >= 1:
                return first(arg[2])
            return None
        return None

    got = first(_parser.parse(pattern))
    return frozenset(got) if got else None


def scanning(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled with a look-ahead for the characters a match can begin with.

    A pattern that opens with a look-behind or a group of mixed branches gives the regex
    engine no first-character set, so a search tries every branch at every position; the
    look-ahead rejects most positions with one test (half the time of the figure scan).
    Matches are unchanged."""
    starts = first_chars(pattern)
    if not starts:
        return re.compile(pattern)
    return re.compile("(?=[" + "".join(re.escape(c) for c in sorted(starts)) + "])" + pattern)


class Skipping:
    """A compiled pattern whose ``search`` first jumps to a character a match can begin with.

    A pattern that begins with a plain character class is scanned by the regex engine's fast
    loop; any other pattern is started at every position. ``search`` therefore looks for the
    first possible starting character with such a class, then searches the full pattern from
    there: the same match, found with a fraction of the work on prose that holds few of
    those characters. Every other method is the compiled pattern's own."""

    def __init__(self, pattern: str) -> None:
        self.pattern = scanning(pattern)
        starts = first_chars(pattern)
        self._starts = re.compile("[" + "".join(re.escape(c) for c in sorted(starts)) + "]") if starts else None

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        if self._starts is not None:
            first = self._starts.search(text, pos)
            if first is None:
                return None
            pos = first.start()
        return self.pattern.search(text, pos)

    def __getattr__(self, name: str):
        return getattr(self.pattern, name)
