"""flows.parse.distractors: figures that are not indicators, judged in their sentence."""
from flows.parse.distractors import counts_actors_or_objects, counts_sub_units, in_distractor
from flows.parse.figures import find_figures, vocab


def test_slogans_and_ordinals_cover_their_figure():
    sentence = "深入落实中央八项规定精神，抓好8个方面工作。"
    at = sentence.index("8")
    assert in_distractor(sentence, at, vocab())


def test_how_many_actors_of_another_figure():
    sentence = "全省35个产业集群实现营收5000亿元。"
    at = sentence.index("35")
    assert counts_actors_or_objects(sentence, at, at + 3, vocab())


def test_a_list_of_counts_is_not_actors():
    sentence = "培育5个省级集群、12个市级集群。"
    at = sentence.index("5")
    assert not counts_actors_or_objects(sentence, at, at + 2, vocab())


def test_units_of_the_map_are_sub_units():
    sentence = "全省13个市中有11个市出台实施方案。"
    assert all(counts_sub_units(f, vocab()) for f in find_figures(sentence, []))


def test_districted_and_prefecture_cities_are_sub_units():
    for sentence in ("全省12个设区市工业增加值全部实现正增长。", "9个地级市规上工业增速高于全省平均水平。"):
        assert all(counts_sub_units(f, vocab()) for f in find_figures(sentence, []))


def test_a_subsidy_cap_is_a_rule_not_an_amount():
    for sentence in ("每家企业最高不超过300万元。", "对首次认定的企业最高奖励100万元。"):
        at = next(i for i, c in enumerate(sentence) if c.isdigit())
        assert in_distractor(sentence, at, vocab())
    sentence = "全年兑现奖补资金2.6亿元。"
    assert not in_distractor(sentence, sentence.index("2.6"), vocab())


def test_a_subset_count_after_a_comma_is_not_an_indicator():
    from tests.parse.helpers import parse

    record = parse("全省14个市州中，有12个规上工业增加值实现正增长。", published="2024-07-25")
    assert record["indicators"] == []
