"""Patterns compiled for speed find exactly what the plain pattern finds."""
import random
import re

from flows.parse.indicators import vocab
from flows.scanning import Skipping, first_chars, scanning

PATTERNS = [
    r"(?<!\d)(20\d\d)年(?!\d|到|至|—|-)",
    r"\d\s*(?:年\s*)?(?:到|至|—|–|-|~)\s*\d|十[一二三四五]五|[五三十]年",
    r"(?<![\d-])1\s*(?:-|—|–|~|至|到)\s*(\d{1,2})月",
]
ALPHABET = list("0123456789年到至—-~十一二三四五月份全省工业增加值增长%，。、") + ["2023年", "1-10月", "十四五"]


def _sentences(n: int):
    rng = random.Random(11)
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 30))) for _ in range(n)]


def test_first_chars_of_a_look_behind_first_pattern():
    assert first_chars(r"(?<!\d)(20\d\d)年") == frozenset("2")
    assert first_chars(r"(?:a)?b") is None  # an optional start: any character may begin


def test_scanning_and_skipping_find_the_same_matches_as_the_plain_pattern():
    sentences = _sentences(2000)
    for source in PATTERNS:
        plain, scan, skip = re.compile(source), scanning(source), Skipping(source)
        for s in sentences:
            expected = [m.span() for m in plain.finditer(s)]
            assert [m.span() for m in scan.finditer(s)] == expected
            found = skip.search(s)
            assert (found.span() if found else None) == (expected[0] if expected else None)


def test_the_figure_pattern_finds_the_same_first_figure_as_its_plain_form():
    mention = vocab().mention
    plain = re.compile(mention.pattern.pattern.split("])", 1)[1])  # without the look-ahead
    for s in _sentences(2000) + ["全省规上工业增加值增长百分之五点二，居全国第3位，首位产业营收突破1.2万亿元"]:
        a, b = mention.search(s), plain.search(s)
        assert (a.span() if a else None) == (b.span() if b else None)
