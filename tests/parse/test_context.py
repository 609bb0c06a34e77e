"""The notice-wide context: publish date, reported and plan years, the part of a year reported."""
from flows.parse.context import head_date, notice_context, year_of_part
from flows.parse.periods import infer_years


def test_head_date_reads_a_date_line_printed_above_the_text():
    assert head_date("机构名称 > 新闻\n发布时间:2021-03-05 10:20来源: 某报\n正文") == "2021-03-05"
    assert head_date("某某日报 2020年11月02日 09:15\n正文") == "2020-11-02"


def test_head_date_is_not_a_part_year_period():
    assert head_date("会议通报了2019年1-9月全市工业运行情况。") is None


def test_history_phrase_is_not_the_reported_year():
    years = infer_years("2016年以来，全市工业保持较快增长。全市规上工业增加值增长6%。", 2021, 8, "other")
    assert years.reviewed == 2021


def test_a_notice_of_january_reviews_the_year_before():
    years = infer_years("全区规上工业增加值增长6%。", None, None, "other", published=(2021, 1))
    assert (years.reviewed, years.plan) == (2020, 2021)


def test_a_work_report_names_the_year_it_reports_on():
    years = infer_years("某市工业局2019年工作总结。规上工业产值增长8%。", 2020, 5, "other")
    assert years.reviewed == 2019


def test_without_any_date_the_latest_named_year_is_reviewed_not_a_comparator():
    years = infer_years("2017年全市产值较2015年增长一倍，2018年增长9%。", None, None, "other")
    assert years.reviewed == 2018


def test_a_part_year_not_yet_over_at_publication_belongs_to_the_year_before():
    assert year_of_part(2022, "M11", (2022, 1)) == 2021
    assert year_of_part(2021, "M1", (2022, 2)) == 2022
    assert year_of_part(2022, "Q1", (2022, 4)) == 2022
    assert year_of_part(2022, "H1", (2022, 3)) == 2021


def test_reported_part_of_year_comes_from_the_lead_of_an_operations_notice():
    context = notice_context(None, "1—8月，全省规上工业增加值增长5%。\n其他。", "2020-09-20", "other", 2020, 9)
    assert context.reported == "M8"
    assert context.years.reviewed == 2020


def test_without_a_date_a_year_written_with_its_months_is_the_reported_one():
    rec_years = infer_years("2021年1月至2021年9月，全省规上工业增加值增长8%。", None, None, "other")
    assert rec_years.reviewed == 2021


def test_a_year_written_with_its_months_dates_the_part_year_figure():
    from tests.parse.helpers import figures, parse
    rec = parse("2021年1—9月，全省规上工业增加值增长8%。")
    assert [f[4] for f in figures(rec)] == ["2021M9"]


def test_a_work_conference_named_with_its_year_plans_that_year():
    years = infer_years("记者从2021年某某自治区经济和信息化工作会议上获悉，2020年全区工业增长8%。", None, None,
                        "work_conference")
    assert (years.reviewed, years.plan) == (2020, 2021)


def test_since_a_year_is_a_history_not_the_year_reviewed_even_with_results():
    years = infer_years("2019年以来，全市实施三年行动取得明显成效。", None, None, "other", published=(2022, 2))
    assert years.reviewed == 2021


def test_a_span_after_a_comparison_is_not_the_span_in_force():
    from flows.parse.periods import find_span
    assert find_span("工业投资比2016—2018年总量多40%", 2021) is None
    assert find_span("2019—2021年，工业投资年均增长9%", 2021).label() == "2019-2021"


def test_with_no_date_and_no_other_year_a_history_phrase_dates_the_year_after_it():
    years = infer_years("今年1-4月，全市规上工业增加值增长9%，利润自2021年以来首次由负转正。", None, None, "other")
    assert years.reviewed == 2022
