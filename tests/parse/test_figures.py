"""flows.parse.figures: the figures of one sentence, before their subjects are read."""
from flows.parse.figures import definitions, find_figures


def _found(sentence: str) -> list[tuple]:
    return [(f.kind, f.value, f.unit) for f in find_figures(sentence, definitions(sentence))]


def test_a_sentence_yields_its_figures_in_order_with_kind_and_base_unit():
    assert _found("全市工业投资增长12.5%，技改投资1.2万亿元，居全国第3位，高于全国2个百分点。") == [
        ("percent", 12.5, "%"), ("amount", 1.2e12, "元"), ("rank", 3, "位"), ("points", 2, "百分点")]


def test_a_threshold_describing_a_noun_is_not_a_figure():
    assert _found("推进投资10亿元以上工业项目建设。") == []


def test_numbers_listed_without_their_unit_share_the_last_one():
    assert _found("分别高于全国3.4和5.6个百分点。") == [("points", 3.4, "百分点"), ("points", 5.6, "百分点")]


def test_a_multiple_is_a_percentage_times_one_hundred():
    assert _found("产量增长2.5倍。") == [("percent", 250, "%")]


def test_a_definition_inside_a_subject_holds_no_figure():
    assert _found("规模以上工业企业（年主营业务收入2000万元及以上）营业收入增长5%。") == [("percent", 5, "%")]
