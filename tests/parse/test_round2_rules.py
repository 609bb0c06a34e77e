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


def test_change_in_a_count_is_left_out_and_the_stated_total_kept():
    rec = parse(REVIEW + "全省规上工业企业较年初增加1200户，高新技术企业比上年末增加850户，总数达到1.2万户。")
    assert figures(rec) == [("高新技术企业总数", "value", 12000, "户", "2022", False)]
