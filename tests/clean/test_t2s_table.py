"""The fast t2s path gives exactly what ``OpenCC('t2s').convert`` gives."""
import random

import pytest
from opencc import OpenCC

from flows.clean.t2s_table import _tables, t2s


@pytest.fixture(scope="module")
def opencc():
    return OpenCC("t2s")


def test_equal_to_opencc_on_the_seeds_and_the_project_notices(opencc, shared, fixtures):
    files = sorted((shared / "seeds").glob("*")) + sorted((fixtures / "notices" / "docs").glob("*"))
    texts = [p.read_bytes().decode("utf-8", "replace") for p in files]
    assert len(texts) >= 20
    for text in texts:
        assert t2s(text) == opencc.convert(text)


def test_equal_to_opencc_on_random_sentences(opencc):
    """Sentences drawn from the phrase and character tables themselves, plain Chinese and
    separators, so overlapping phrases, phrase-inside-phrase and multi-valued entries occur."""
    phrases, characters = (list(d.entries) for d in _tables().chain[0])
    plain = list("的一是在不了有和人这中大为上个国我以要工业信息化会议省全部署发展") + list("，。、；：？！“”（） \n")
    pool = plain * 4 + phrases * 3 + characters[::3]
    rng = random.Random(20261122)
    for _ in range(3000):
        sentence = "".join(rng.choice(pool) for _ in range(rng.randint(1, 40)))
        assert t2s(sentence) == opencc.convert(sentence), sentence


def test_a_phrase_wins_over_the_character_table():
    # 乾 alone is 干 (the first of its values); inside the phrase 乾隆 it stays 乾.
    assert t2s("乾") == "干"
    assert t2s("乾隆") == "乾隆"


def test_separators_and_empty_text_pass_through():
    assert t2s("") == ""
    assert t2s("，。 \n") == "，。 \n"
