"""Plan against outcome, and part-year periods, as notices write them."""
from tests.parse.helpers import figures, parse, values


def _periods_targets(rec):
    return [(f[1], f[2], f[4], f[5]) for f in figures(rec)]


def test_an_outcome_beyond_its_goal_is_not_a_target():
    rec = parse("2019年，全市规上工业增加值增长8%，超过年度预期目标2个百分点。", title="全市工业和信息化工作会议召开",
                published="2020-01-10")
    assert ("pp_change", 2, "2019", False) in _periods_targets(rec)


def test_a_share_of_the_annual_plan_is_an_outcome():
    rec = parse("1—9月，重点项目完成投资800亿元，占全年计划的75%。", published="2021-10-15")
    assert all(not f[5] for f in figures(rec))


def test_a_year_naming_the_conference_does_not_make_later_figures_goals():
    rec = parse("从2022年全市工业和信息化工作会议上获悉，2021年，全市工业投资增长9%。", published="2022-02-10")
    assert _periods_targets(rec) == [("growth", 9, "2021", False)]


def test_an_estimate_is_an_outcome_not_a_goal():
    rec = parse("2020年，全省软件业务收入预计达到900亿元。", title="全省工业和信息化工作会议召开",
                published="2021-01-20")
    assert _periods_targets(rec) == [("value", 90000000000, "2020", False)]


def test_months_written_with_both_ends_spelled_out():
    rec = parse("1月至5月，全省工业投资增长7%。", published="2021-06-20")
    assert _periods_targets(rec) == [("growth", 7, "2021M5", False)]


def test_january_to_june_is_the_first_half():
    rec = parse("1至6月，全区工业用电量增长6%。", published="2022-07-20")
    assert _periods_targets(rec) == [("growth", 6, "2022H1", False)]


def test_a_comparison_with_last_year_does_not_end_the_period_in_force():
    rec = parse("一季度，全市工业投资增长10%，高于去年全年2个百分点。规上工业增加值增长5%。",
                published="2024-04-25")
    assert [f[4] for f in figures(rec)] == ["2024Q1"] * 3


def test_a_part_year_carries_into_the_next_paragraph():
    rec = parse("上半年，全省规上工业增加值增长6%。\n其中，装备制造业增加值增长9%。", published="2023-07-25")
    assert [f[4] for f in figures(rec)] == ["2023H1", "2023H1"]


def test_a_period_in_passing_at_an_annual_conference_stays_in_its_paragraph():
    rec = parse("1月10日，全省工业和信息化工作会议召开。1—11月，全省规上工业增加值增长6%。\n"
                "全年新增国家级专精特新企业20家。", title="全省工业和信息化工作会议召开", published="2022-01-11")
    assert [f[4] for f in figures(rec)] == ["2021M11", "2021"]


def test_a_record_since_a_plan_period_is_not_a_span():
    rec = parse("2021年，全区工业投资增长20%，达到“十三五”以来最好水平，高技术制造业增长15%。",
                published="2022-01-20")
    assert [f[4] for f in figures(rec)] == ["2021", "2021"]


def test_a_goal_met_ahead_of_time_is_an_outcome():
    rec = parse("2022年，全区数字经济增加值增长12%，有望提前完成“十四五”目标，园区产值增长9%。",
                title="全区工业和信息化工作会议召开", published="2023-02-10")
    assert [f[5] for f in figures(rec)] == [False, False]


def test_a_notice_presenting_a_year_reviews_that_year():
    rec = parse("2月6日，某省召开发布会，介绍2022年全省工业发展情况。全省规上工业增加值增长6%。",
                published="2023-02-07")
    assert [f[4] for f in figures(rec)] == ["2022"]


def test_a_rank_named_only_by_its_preposition_takes_the_subject_in_force():
    rec = parse("2022年，全区规上工业增加值增长7%，在全国排名第5位。", published="2023-02-07")
    assert [f[0] for f in figures(rec)] == ["规上工业增加值", "规上工业增加值"]


def test_funds_secured_are_an_outcome():
    rec = parse("2023年，全省争取中央财政专项资金5亿元。", title="全省工业和信息化工作会议召开", published="2024-01-20")
    assert [(f[4], f[5]) for f in figures(rec)] == [("2023", False)]


def test_planned_projects_and_a_plans_title_are_not_goals():
    rec = parse("2022年，全市实施技术改造三年行动计划，120个计划新开工项目全部开工，技改投资增长15%。",
                title="全市工业和信息化工作会议召开", published="2023-01-20")
    assert [f[5] for f in figures(rec)] == [False, False]


def test_a_goal_quoted_in_its_completion_is_not_a_figure():
    rec = parse("2020年，全省完成“规上工业增加值增长6%”的年度目标，实现规上工业增加值增长6.8%。",
                title="全省经信工作会议召开", published="2021-01-20")
    assert [(f[2], f[5]) for f in figures(rec)] == [(6.8, False)]


def test_last_years_part_of_a_year_is_a_period_not_a_comparator():
    rec = parse("去年前三季度，全省数字经济核心产业增加值增长13%。", title="全省经信工作会议召开",
                published="2021-01-20")
    assert [f[4] for f in figures(rec)] == ["2020M9"]


def test_the_gap_between_two_averages_spans_their_years():
    rec = parse("2022年，全市工业投资两年平均增长9%，高于全国3个百分点。", published="2023-02-10",
                title="全市工业和信息化工作会议召开")
    assert [(f[1], f[4]) for f in figures(rec)] == [("avg_growth", "2021-2022"), ("pp_change", "2021-2022")]


def test_a_goal_in_units_keeps_its_subject():
    rec = parse("下半年，力争全年完成汽车产量50万辆目标。", published="2021-07-30")
    assert [(f[0], f[2], f[5]) for f in figures(rec)] == [("汽车产量", 500000, True)]


def test_the_annual_plan_as_a_denominator_is_not_a_whole_year_period():
    rec = parse("上半年，全省重点项目完成投资300亿元，占全年计划的55%。", published="2022-07-20")
    assert [f[4] for f in figures(rec)] == ["2022H1", "2022H1"]


def test_an_n_year_review_in_arabic_numerals_is_a_span():
    rec = parse("3年来，全区累计完成工业投资8000亿元，工业增加值年均增长7%。", published="2024-02-20")
    assert [f[4] for f in figures(rec)] == ["2021-2023", "2021-2023"]


def test_funds_secured_from_a_long_named_source_are_an_outcome():
    rec = parse("2023年，全省争取中央财政制造业高质量发展专项资金3亿元。", title="全省工业和信息化工作会议召开",
                published="2024-01-20")
    assert [f[5] for f in figures(rec)] == [False]


def test_a_rank_moving_within_a_part_year_ends_in_that_part_year():
    rec = parse("上半年，全省规上工业增加值增长9%，增速全国排名从年初的第十位提升至第二位。", published="2023-07-25")
    assert ("规上工业增加值增速", "rank", 2, "位", "2023H1", False) in figures(rec)


def test_a_pair_from_the_start_of_the_year_starts_in_that_year():
    rec = parse("上半年，全省规上工业增加值增长9%，增速全国排名从年初的第十位提升至第二位。", published="2023-07-25")
    assert [(f[2], f[4]) for f in figures(rec) if f[1] == "rank"] == [(10, "2023"), (2, "2023H1")]


def test_a_period_named_in_one_list_item_does_not_hold_in_the_next():
    rec = parse("会议要求，一是力争一季度实现开门红；二是创建3个国家级先进制造业集群。",
                title="全省工业和信息化工作会议召开", published="2024-01-19")
    assert [(f[2], f[4], f[5]) for f in figures(rec)] == [(3, "2024", True)]


def test_a_goal_written_before_its_own_word_is_a_target():
    rec = parse("8月10日，全区上半年工业经济运行分析会召开。会议强调，下半年要确保全年规上工业增加值增长7%目标。",
                title="全区上半年工业经济运行分析会召开", published="2022-08-11")
    assert figures(rec) == [("规上工业增加值", "growth", 7, "%", "2022", True)]


def test_estimates_and_next_year_are_not_part_of_the_name():
    rec = parse("12月26日，2024年全省工业和信息化工作会议召开。今年全省规上工业增加值预计增长7%左右，"
                "明年规上工业增加值增长6.5%左右。", title="2024年全省工业和信息化工作会议召开", published="2023-12-27")
    assert [(f[0], f[4], f[5]) for f in figures(rec)] == [("规上工业增加值", "2023", False), ("规上工业增加值", "2024", True)]


def test_a_figure_after_a_from_to_pair_describes_the_pairs_end():
    rec = parse("全市软件业务收入由2018年的300亿元增加到2022年的520亿元，占全省比重达到12%。", published="2023-03-05")
    assert [f[4] for f in figures(rec)] == ["2018", "2022", "2022"]


def test_a_single_month_holds_in_its_own_sentence_only():
    rec = parse("一季度，全省规上工业增加值增长6%。3月份，规上工业增加值增长7%。全省工业投资增长12%。",
                published="2024-04-20")
    assert [(f[2], f[4]) for f in figures(rec)] == [(6, "2024Q1"), (12, "2024Q1")]


def test_a_span_opened_after_a_dated_sentence_holds_in_its_own_sentence_only():
    body = ("会议指出，2023年全省工业投资增长9.2%。“十四五”以来，全省制造业投资年均增长11.5%。"
            "新增规上工业企业860家。")
    record = parse(body, published="2024-01-20")
    assert values(record) == [("growth", 9.2, "%", "2023"), ("avg_growth", 11.5, "%", "2021-2023"),
                              ("value", 860, "家", "2023")]


def test_a_span_that_opens_its_paragraph_still_holds_for_the_sums_after_it():
    body = "五年来，全省规上工业增加值年均增长7.1%。累计新增规上工业企业3200家。"
    record = parse(body, published="2024-01-20")
    assert [r[3] for r in values(record)] == ["2019-2023", "2019-2023"]
