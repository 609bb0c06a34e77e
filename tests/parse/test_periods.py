from flows.parse.periods import Span, find_span, find_sub_period, infer_years


def test_plan_period_span_starts_from_the_year_before():
    assert find_span("“十三五”期间，全省工业增加值年均增长6.1%", 2020) == Span(2016, 2020, 2015)


def test_five_years_ending_with_the_reviewed_year():
    assert find_span("五年来全省工信系统深入贯彻", 2022) == Span(2018, 2022, 2017)


def test_explicit_span_base_is_its_first_year():
    assert find_span("2018年到2022年工业增加值从1.48万亿元增加到1.96万亿元", 2022) == Span(2018, 2022, 2018)


def test_sub_periods():
    assert find_sub_period("1-10月，全省规上工业增加值增长5.1%")[0] == "M10"
    assert find_sub_period("1—8月全区工业投资增长")[0] == "M8"
    assert find_sub_period("一季度，全市规上工业增加值")[0] == "Q1"
    assert find_sub_period("上半年全省工业经济")[0] == "H1"
    assert find_sub_period("全年规上工业增加值增长5.7%") is None


def test_work_conference_early_in_the_year_reviews_the_year_before():
    years = infer_years("会议总结工作，部署任务。", 2023, 1, "work_conference")
    assert (years.reviewed, years.plan) == (2022, 2023)


def test_text_cues_win_over_defaults():
    years = infer_years("会议总结2022年全省工信工作、部署2023年重点任务。", 2023, 2, "work_conference")
    assert (years.reviewed, years.plan) == (2022, 2023)


def test_operation_meeting_speaks_of_its_own_year():
    years = infer_years("1-10月，全省规上工业增加值增长5.1%。", 2023, 11, "operation_meeting")
    assert (years.reviewed, years.plan) == (2023, 2023)


def test_december_conference_plans_the_next_year():
    years = infer_years("会议部署明年工作。", 2024, 12, "work_conference")
    assert (years.reviewed, years.plan) == (2024, 2025)
