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


def test_the_size_of_a_national_list_entered_is_not_an_indicator():
    rec = parse("2023年，全省3个城市入选全国30个工业互联网示范城市。", published="2024-01-20")
    assert [f[2] for f in figures(rec)] == []


def test_a_gap_to_the_nation_in_points_is_still_read():
    rec = parse("2023年，全省规上工业增加值增长7%，超过全国2个百分点。", published="2024-02-05")
    assert [(f[1], f[2]) for f in figures(rec)] == [("growth", 7), ("pp_change", 2)]


def test_a_gap_written_with_a_percent_sign_is_left_out():
    rec = parse("1—4月，全省规上工业利润增长11%，高于全国平均水平30%。", published="2023-05-30")
    assert [(f[1], f[2]) for f in figures(rec)] == [("growth", 11)]


def test_how_many_tasks_or_measures_is_not_an_indicator():
    rec = parse("下半年将重点抓好6项工作，落实10条措施。", published="2020-07-30")
    assert figures(rec) == []


def test_how_many_actors_is_not_the_figure_they_achieved():
    rec = parse("上半年，全省56个特色产业集群实现营业收入8000亿元。", published="2021-07-20")
    assert [(f[1], f[2], f[3]) for f in figures(rec)] == [("value", 800000000000, "元")]


def test_a_count_passing_a_threshold_is_the_figure():
    rec = parse("2020年，全省过百亿企业30家，其中有5家超1000亿元。", published="2021-02-20")
    assert [(f[2], f[3]) for f in figures(rec)] == [(30, "家"), (5, "家")]


def test_a_marked_total_of_actors_is_still_a_figure():
    rec = parse("2023年，累计1.5万家企业享受减税降费超80亿元。", published="2024-02-20")
    assert sorted(f[2] for f in figures(rec)) == [15000, 8000000000]


def test_a_count_of_objects_of_an_action_is_not_an_indicator():
    rec = parse("下一步，全市将提升12个重点产业链发展水平，一体推进8个产业集群培育。", published="2024-02-20")
    assert figures(rec) == []


def test_a_sentence_without_a_subject_continues_the_one_before():
    rec = parse("2016年-2019年，全省规模以上工业增加值年均增长8.9%。2020年增长4.6%，高于全国1.8个百分点。",
                published="2021-01-22")
    assert figures(rec)[1:] == [("规模以上工业增加值", "growth", 4.6, "%", "2020", False),
                                ("规模以上工业增加值", "pp_change", 1.8, "百分点", "2020", False)]


def test_the_scale_of_one_facility_is_not_an_indicator():
    rec = parse("2022年，全省加快建设年产50万辆新能源汽车项目，打造200万辆汽车产业集群。", published="2023-01-20")
    assert figures(rec) == []


def test_a_count_of_vehicles_is_still_a_figure():
    rec = parse("2022年，全市向8家企业的60辆自动驾驶车辆发放测试牌照。", published="2023-01-20")
    assert (60, "辆") in [(f[2], f[3]) for f in figures(rec)]


def test_the_count_of_a_shares_whole_is_not_an_indicator():
    rec = parse("2022年，8个新兴产业集群规模占20个重点集群比重超过三成。", published="2023-01-20")
    assert [f[2] for f in figures(rec) if f[3] == "个" and f[2] == 20] == []


def test_an_amount_of_money_named_after_it_is_a_figure_a_threshold_is_not():
    rec = parse("3年来，全区每年统筹50亿元财政资金、80亿元专项债资金支持工业发展，推进投资10亿元以上项目。",
                published="2024-02-20")
    assert [(f[0], f[2]) for f in figures(rec)] == [("财政资金", 5000000000), ("专项债资金", 8000000000)]


def test_more_than_a_comparator_in_percent_is_a_growth():
    rec = parse("2023年，全市工业投资1000亿元，比2019—2021年平均水平多30%。", published="2024-02-20")
    assert ("growth", 30) in [(f[1], f[2]) for f in figures(rec)]


def test_units_of_glass_and_of_events():
    rec = parse("2018年，全省压减平板玻璃产能500万重量箱，开展产销对接活动120场。", published="2019-01-20")
    assert [(f[2], f[3]) for f in figures(rec)] == [(5000000, "重量箱"), (120, "场")]


def test_the_numeral_one_as_an_article_is_no_count():
    rec = parse("这是一场与以往不同的会议，全年新认定国家级制造业创新中心一家。", published="2022-01-20")
    assert [(f[2], f[3]) for f in figures(rec)] == [(1, "家")]
