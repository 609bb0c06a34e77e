"""flows.parse.names: subjects and measures read from the words before each figure."""
from flows.parse.figures import definitions, find_figures
from flows.parse.names import SentenceState, resolve_names


def _named(sentence: str, carried: str | None = None) -> list[tuple]:
    figures = find_figures(sentence, definitions(sentence))
    resolve_names(sentence, figures, SentenceState(carried_name=carried))
    return [(f.name, f.measure, f.value) for f in figures]


def test_the_words_between_subject_and_number_are_peeled_off():
    assert _named("全省规上工业增加值同比增长6.1%。") == [("规上工业增加值", "growth", 6.1)]


def test_a_respectively_list_shares_out_its_names_and_their_head():
    assert _named("高技术产业、装备制造业增加值分别增长17.1%、13.7%。") == [
        ("高技术产业增加值", "growth", 17.1), ("装备制造业增加值", "growth", 13.7)]


def test_a_comparison_borrows_the_subject_before_it():
    assert _named("工业投资增长9%，比全国高2个百分点。") == [
        ("工业投资", "growth", 9), ("工业投资", "pp_change", 2)]


def test_a_fall_is_a_growth_read_as_negative():
    figures = find_figures("原煤产量下降3.5%。", [])
    resolve_names("原煤产量下降3.5%。", figures, SentenceState())
    assert (figures[0].name, figures[0].measure, figures[0].negative) == ("原煤产量", "growth", True)


def test_a_sentence_without_a_subject_takes_the_one_carried_from_before():
    assert _named("同比增长4.6%。", carried="规上工业营业收入") == [("规上工业营业收入", "growth", 4.6)]


def test_a_respectively_list_named_in_the_clause_before():
    assert _named("新能源汽车、光伏产业加快发展，增速分别达到30%、20%。") == [
        ("新能源汽车", "growth", 30), ("光伏产业", "growth", 20)]


def test_an_adverb_before_the_verb_is_not_part_of_the_name():
    assert _named("软件业务收入同比大幅增长18%。") == [("软件业务收入", "growth", 18)]


def test_a_list_joined_by_he_before_a_respectively_clause():
    assert _named("工业和制造业投资均保持较快增长，分别为12%、15%。") == [
        ("工业投资", "growth", 12), ("制造业投资", "growth", 15)]


def test_a_shares_change_written_with_percent_is_a_change_in_points():
    figures = find_figures("高技术制造业增加值占比提高1.5%。", [])
    resolve_names("高技术制造业增加值占比提高1.5%。", figures, SentenceState())
    assert (figures[0].measure, figures[0].unit) == ("pp_change", "百分点")


def test_a_narrowing_gap_is_a_negative_change():
    figures = find_figures("与全国差距较一季度缩小0.8个百分点。", [])
    resolve_names("与全国差距较一季度缩小0.8个百分点。", figures, SentenceState())
    assert (figures[0].name, figures[0].negative) == ("与全国差距", True)


def test_a_peer_group_scope_does_not_swallow_the_aspect_before_it():
    assert _named("全省工业投资增长8%，增速居经济大省首位。")[1] == ("工业投资增速", "rank", 1)


def test_an_unnamed_list_after_a_named_list_of_the_same_length_shares_its_names():
    named = _named("工业投资、技改投资分别增长10%、20%，高于去年同期3、5个百分点。")
    assert [(n, m) for n, m, _ in named] == [("工业投资", "growth"), ("技改投资", "growth"),
                                           ("工业投资", "pp_change"), ("技改投资", "pp_change")]


def test_a_narrowing_fall_is_named_by_its_subject():
    assert _named("利润总额下降3.2%，降幅比上月收窄1.1个百分点。")[1][0] == "利润总额降幅"


def test_a_bare_metric_takes_the_topic_of_the_clause_before():
    assert _named("工业投资稳中有进，完成投资800亿元、增长6%。")[:2] == [
        ("工业投资", "value", 800e8), ("工业投资", "growth", 6)]


def test_a_quantity_named_with_rate_changes_by_a_growth_not_by_points():
    # 效率 and 劳动生产率 are quantities, not parts of a whole: their change in % is a growth.
    assert _named("试点企业生产效率提升21.4%。") == [("试点企业生产效率", "growth", 21.4)]
    assert _named("全员劳动生产率提高7.6%。") == [("全员劳动生产率", "growth", 7.6)]


def test_a_rate_that_is_a_part_of_a_whole_still_changes_in_points():
    assert _named("关键工序数控化率提高2.3%。") == [("关键工序数控化率", "pp_change", 2.3)]


def test_an_average_before_the_verb_leaves_the_name_whole():
    # (the sign of 降低 is applied later, when the record is built)
    assert _named("改造后单位产品能耗平均降低12.5%。") == [("改造后单位产品能耗", "growth", 12.5)]


def test_a_share_with_a_qualifier_and_no_subject_borrows_the_one_before():
    assert _named("钢材产量达到1200万吨，约占全国的2.4%。") == [
        ("钢材产量", "value", 12000000), ("钢材产量占全国比重", "share", 2.4)]


def test_a_figure_said_of_every_member_of_a_list_gives_one_record_each():
    from tests.parse.helpers import figures, parse

    record = parse("全省工业投资、制造业投资、技改投资均增长9%以上。", published="2024-07-25")
    assert [(f[0], f[1], f[2]) for f in figures(record)] == [
        ("工业投资", "growth", 9), ("制造业投资", "growth", 9), ("技改投资", "growth", 9)]


def test_all_of_shares_the_head_noun_of_the_last_member():
    from tests.parse.helpers import figures, parse

    record = parse("电子信息、生物医药产业增加值均增长12%以上。", published="2024-07-25")
    assert [f[0] for f in figures(record)] == ["电子信息产业增加值", "生物医药产业增加值"]


def test_a_rank_after_pai_zai_takes_the_subject_before_it():
    from tests.parse.helpers import figures, parse

    record = parse("一季度，全省工业投资增长11.3%，增速排在全国第7位。", published="2024-04-25")
    assert [(f[0], f[1], f[2]) for f in figures(record)] == [
        ("工业投资", "growth", 11.3), ("工业投资增速", "rank", 7)]
