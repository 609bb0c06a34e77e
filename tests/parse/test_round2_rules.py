"""Rules added after the lead's review of the parser's output (round 2), one per test."""
from tests.parse.helpers import figures, parse

REVIEW = "1月20日，全省工业和信息化工作会议在南昌召开。会议总结2022年工作，部署2023年重点任务。\n"


def test_predicate_words_do_not_end_a_name():
    rec = parse(REVIEW + "全省技术改造专项资金已下达12.5亿元，规上工业企业营业收入全年达到1.2万亿元。")
    assert [f[0] for f in figures(rec)] == ["技术改造专项资金", "规上工业企业营业收入"]


def test_predicate_words_do_not_start_a_name():
    rec = parse(REVIEW + "全省已下达技术改造专项资金12.5亿元，累计培育国家级专精特新“小巨人”企业120家。")
    assert [f[0] for f in figures(rec)] == ["技术改造专项资金", "国家级专精特新小巨人企业"]


def test_accumulated_and_total_words_before_a_count():
    rec = parse(REVIEW + "国家级专精特新小巨人企业累计达到120家，省级企业技术中心共85家。")
    assert [f[0] for f in figures(rec)] == ["国家级专精特新小巨人企业", "省级企业技术中心"]


def test_rank_within_a_region_named_before_it():
    rec = parse(REVIEW + "全省制造业高质量发展指数位列长三角第1，数字经济规模排名全国第6。")
    assert figures(rec) == [
        ("制造业高质量发展指数", "rank", 1, "位", "2022", False),
        ("数字经济规模", "rank", 6, "位", "2022", False),
    ]


def test_rank_with_scope_and_wei():
    rec = parse(REVIEW + "全省工业增加值总量居中部第2位。")
    assert figures(rec) == [("工业增加值总量", "rank", 2, "位", "2022", False)]


def test_rank_without_a_number_gives_nothing():
    rec = parse(REVIEW + "全省两化融合发展水平位居西部前列。")
    assert figures(rec) == []


def test_change_in_a_count_is_what_was_added_and_the_stated_total_kept():
    rec = parse(REVIEW + "全省规上工业企业较年初增加1200户，高新技术企业比上年末增加850户，总数达到1.2万户。")
    assert figures(rec) == [("规上工业企业", "value", 1200, "户", "2022", False),
                            ("高新技术企业", "value", 850, "户", "2022", False),
                            ("高新技术企业总数", "value", 12000, "户", "2022", False)]


def test_parenthesised_definition_neither_splits_the_name_nor_gives_a_figure():
    rec = parse(REVIEW + "全年规模以上工业企业（年主营业务收入2000万元及以上）实现营业收入9876.5亿元。")
    assert figures(rec) == [("规模以上工业企业营业收入", "value", 9_876_500_000_00, "元", "2022", False)]


def test_parenthesis_after_a_figure_still_gives_its_figures():
    rec = parse(REVIEW + "全年规上工业企业实现营业收入9876.5亿元（同比增长6.1%）。")
    assert [f[1:3] for f in figures(rec)] == [("value", 9_876_500_000_00), ("growth", 6.1)]


NEWS_H1 = "2023年上半年全省工业经济运行情况"


def test_news_title_sets_the_part_of_year_of_its_figures():
    rec = parse("据统计，全省规模以上工业增加值同比增长6.2%，工业投资增长9.1%。",
                title=NEWS_H1, published="2023-07-20")
    assert [f[4] for f in figures(rec)] == ["2023H1", "2023H1"]


def test_news_lead_sets_the_part_of_year_of_its_figures():
    rec = parse("上半年，全省规模以上工业增加值同比增长6.2%。\n规模以上工业企业实现营业收入9876.5亿元。",
                title="全省工业经济运行情况通报", published="2023-07-20")
    assert [f[4] for f in figures(rec)] == ["2023H1", "2023H1"]


def test_a_single_month_figure_is_left_out():
    rec = parse("10月份，全省规上工业增加值增长5.2%。1-10月，全省规上工业增加值增长6.1%。",
                title="全省工业经济运行情况", published="2023-11-20")
    assert figures(rec) == [("规上工业增加值", "growth", 6.1, "%", "2023M10", False)]


def test_january_alone_is_january_to_january():
    rec = parse("1月份，全省规上工业增加值增长4.8%。", title="全省工业经济运行情况", published="2023-02-20")
    assert [f[4] for f in figures(rec)] == ["2023M1"]


def test_a_date_is_not_a_single_month():
    rec = parse("10月31日，全省工业经济运行调度会议召开。会议指出，1-10月，全省规上工业增加值增长6.1%。",
                published="2023-11-01")
    assert [f[4] for f in figures(rec)] == ["2023M10"]


def _tasks(rec: dict) -> list[tuple]:
    return [(t["kind"], t["year"], t["ordinal"], t["declared_count"], t["headline"]) for t in rec["tasks"]]


def test_yi_yao_list_after_the_meetings_requirements_with_its_declared_count():
    rec = parse(REVIEW + "会议要求，2023年要抓好三个方面工作。一要坚持稳中求进，全力稳住工业经济大盘；"
                "二要坚持创新驱动，加快培育新兴产业；三要坚持深化改革，持续优化营商环境。")
    assert _tasks(rec) == [
        ("task", 2023, 1, 3, "坚持稳中求进，全力稳住工业经济大盘"),
        ("task", 2023, 2, 3, "坚持创新驱动，加快培育新兴产业"),
        ("task", 2023, 3, 3, "坚持深化改革，持续优化营商环境"),
    ]


def test_yi_yao_list_in_sentences_after_hui_yi_qiang_diao():
    rec = parse(REVIEW + "会议强调，一要狠抓项目建设，扩大有效投资。二要狠抓企业培育，壮大市场主体。")
    assert [t[2:] for t in _tasks(rec)] == [(1, None, "狠抓项目建设，扩大有效投资"), (2, None, "狠抓企业培育，壮大市场主体")]


def test_yi_yao_without_an_introduction_is_prose():
    rec = parse(REVIEW + "企业发展，一要有信心，二要有办法。")
    assert rec["tasks"] == []


def test_the_month_a_meeting_was_held_is_not_a_period():
    rec = parse("2023年12月，全省工业经济运行调度会议在福州召开。会议指出，今年以来全省规上工业增加值增长6.1%。",
                title="全省工业经济运行调度会议召开", published="2023-12-20")
    assert [f[4] for f in figures(rec)] == ["2023"]
