"""Forms of figures real notices use, and figures that are not indicators."""
from tests.parse.helpers import figures, parse


def test_growth_in_multiples_is_growth_in_percent():
    rec = parse("1—8月，全市锂电池产量同比增长1.2倍。", published="2022-09-15")
    assert figures(rec) == [("锂电池产量", "growth", 120, "%", "2022M8", False)]


def test_a_multiple_that_is_not_a_growth_is_left_out():
    assert figures(parse("全区人均产值是全国平均的3倍。", published="2022-09-15")) == []


def test_listed_points_each_with_their_classifier():
    rec = parse("一季度，工业用电、制造业用电分别增长5%、7%，分别高于全国1个、2.5个百分点。",
                published="2021-04-20")
    points = [(f[0], f[2]) for f in figures(rec) if f[1] == "pp_change"]
    assert points == [("工业用电", 1), ("制造业用电", 2.5)]


def test_growth_written_with_a_bare_zeng():
    rec = parse("2020年，全区规上工业增加值同比增4.1%。", published="2021-02-20")
    assert [(f[1], f[2]) for f in figures(rec)] == [("growth", 4.1)]


def test_how_many_cities_or_industries_grew_is_not_an_indicator():
    rec = parse("上半年，全省21个地市中有18个市工业增加值实现增长，39个工业大类中的30个保持增长，"
                "实现两位数增长的行业有9个，5个县市区增速高于全省。", published="2020-07-25")
    assert figures(rec) == []


def test_a_count_of_companies_is_still_an_indicator():
    rec = parse("上半年，全市新增规上工业企业120个。", published="2020-07-25")
    assert [(f[2], f[3]) for f in figures(rec)] == [(120, "个")]


def test_months_with_a_year_on_both_ends():
    rec = parse("2021年1月至2021年10月，全省工业投资增长8%。", published="2021-11-20")
    assert [f[4] for f in figures(rec)] == ["2021M10"]
