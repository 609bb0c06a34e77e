"""One rule per test, each on a small notice in the official register."""
from tests.parse.helpers import figures, parse, values

REVIEW = "1月20日，全省工业和信息化工作会议在南昌召开。会议总结2022年工作，部署2023年重点任务。\n"


def test_growth_in_the_reviewed_year():
    rec = parse(REVIEW + "全年全省规上工业增加值增长7.1%。")
    assert figures(rec) == [("规上工业增加值", "growth", 7.1, "%", "2022", False)]


def test_decline_is_negative():
    rec = parse(REVIEW + "全年全省工业用电量同比下降2.3%。")
    assert values(rec) == [("growth", -2.3, "%", "2022")]


def test_percent_written_out():
    rec = parse(REVIEW + "全年全省工业投资增长百分之五点二。")
    assert values(rec) == [("growth", 5.2, "%", "2022")]


def test_money_multiplier_and_qualifier():
    rec = parse(REVIEW + "全省规上工业企业营业收入突破1.48万亿元。")
    (ind,) = rec["indicators"]
    assert (ind["value"], ind["unit"], ind["qualifier"]) == (1_480_000_000_000, "元", "突破")


def test_physical_units_keep_their_base():
    rec = parse(REVIEW + "全年全社会用电量达到2850亿千瓦时，粗钢产量3200万吨。")
    assert values(rec) == [("value", 285_000_000_000, "千瓦时", "2022"), ("value", 32_000_000, "吨", "2022")]


def test_counts_keep_their_classifier_and_multiplier():
    rec = parse(REVIEW + "全省规上工业企业数突破2万家，新增国家级专精特新“小巨人”企业35家。")
    assert figures(rec) == [
        ("规上工业企业数", "value", 20000, "家", "2022", False),
        ("国家级专精特新小巨人企业", "value", 35, "家", "2022", False),
    ]


def test_count_before_its_noun_names_the_noun():
    rec = parse(REVIEW + "全年中沙古雷乙烯等2920个重点项目开工建设。")
    assert figures(rec) == [("重点项目开工建设", "value", 2920, "个", "2022", False)]


def test_share_and_rank():
    rec = parse(REVIEW + "全年高技术制造业增加值占规上工业比重达25.3%，规上工业营业收入居全国第8位。")
    assert values(rec) == [("share", 25.3, "%", "2022"), ("rank", 8, "位", "2022")]


def test_rank_in_chinese_numerals_and_first_place():
    rec = parse(REVIEW + "全年新能源汽车产量居全国第三位，锂电池出货量保持全国首位。")
    assert values(rec) == [("rank", 3, "位", "2022"), ("rank", 1, "位", "2022")]


def test_percentage_points():
    rec = parse(REVIEW + "全年制造业增加值占地区生产总值比重提高1.2个百分点，工业能耗下降0.8个百分点。")
    assert values(rec) == [("pp_change", 1.2, "百分点", "2022"), ("pp_change", -0.8, "百分点", "2022")]


def test_respectively_list_shares_the_head_noun():
    rec = parse(REVIEW + "全年高技术产业、装备制造业增加值分别增长17.1%、13.7%。")
    assert figures(rec) == [
        ("高技术产业增加值", "growth", 17.1, "%", "2022", False),
        ("装备制造业增加值", "growth", 13.7, "%", "2022", False),
    ]


def test_paired_list_without_respectively():
    rec = parse(REVIEW + "五年来，工业投资、技改投资年均增长15%、16%。")
    assert figures(rec) == [
        ("工业投资", "avg_growth", 15, "%", "2018-2022", False),
        ("技改投资", "avg_growth", 16, "%", "2018-2022", False),
    ]


def test_from_to_pair_gives_two_records():
    rec = parse(REVIEW + "“十三五”期间，规上企业数量从2015年的5072户增加到7164户。")
    assert values(rec) == [("value", 5072, "户", "2015"), ("value", 7164, "户", "2020")]


def test_elliptical_share_subject_is_completed():
    rec = parse(REVIEW + "“十三五”期间，汽车工业总产值占全省的比重由5.2%提升到7.8%、电子工业由2.3%提升到7.5%。")
    names = [i["name"] for i in rec["indicators"]]
    assert names[2:] == ["电子工业总产值占全省的比重"] * 2
    assert values(rec)[2:] == [("share", 2.3, "%", "2015"), ("share", 7.5, "%", "2020")]


def test_aspect_subject_borrows_the_sentence_subject():
    rec = parse(REVIEW + "全年规上工业增加值增长5.7%，增速居全国第2位。")
    assert rec["indicators"][1]["name"] == "规上工业增加值增速"


def test_ranks_share_out_over_the_listed_counts():
    rec = parse(REVIEW + "国家级绿色工厂46家、国家级工业设计中心25家，数量分别居全国第3位、第4位。")
    assert [i["name"] for i in rec["indicators"][2:]] == ["国家级绿色工厂数量", "国家级工业设计中心数量"]


def test_operation_meeting_months_quarters_halves():
    body = "11月15日，全省工业经济运行调度会召开。1-10月，全省规上工业增加值增长5.1%。"
    assert values(parse(body, published="2023-11-16"))[0] == ("growth", 5.1, "%", "2023M10")
    body = "4月20日，全区工业经济运行分析会召开。一季度，全区规上工业增加值增长6.0%。"
    assert values(parse(body, published="2024-04-21"))[0] == ("growth", 6.0, "%", "2024Q1")
    body = "7月25日，全市工业经济运行调度会召开。上半年全市工业投资增长9.5%。"
    assert values(parse(body, published="2022-07-26"))[0] == ("growth", 9.5, "%", "2022H1")


def test_target_in_plan_sentence():
    rec = parse(REVIEW + "2023年，力争全省规上工业增加值增长6%左右。")
    assert figures(rec) == [("规上工业增加值", "growth", 6, "%", "2023", True)]


def test_figures_in_a_task_list_are_goals_for_the_plan_year():
    rec = parse(REVIEW + "会议要求重点抓好3个方面工作。一是稳增长。率先建设20个工业强县。二是抓投资。三是强党建。")
    assert figures(rec) == [("工业强县", "value", 20, "个", "2023", True)]


def test_threshold_inside_a_description_is_not_a_figure():
    rec = parse(REVIEW + "全年实施投资10亿元以上工业投资项目，营业收入超百亿元工业企业达67家。")
    assert values(rec) == [("value", 67, "家", "2022")]


def test_slogans_ordinals_dates_and_list_sizes_are_not_figures():
    body = ("2月3日，全省工业和信息化工作视频会议在西安召开。以优异成绩迎接建党100周年。"
            "严格执行“八项规定”，提升“七种能力”，“十四五”时期开好局。会议要求重点抓好8个方面工作。"
            "从优化结构等五个维度抓好招商，打造一批示范企业，三成以上企业实现上云。")
    assert parse(body)["indicators"] == []


def test_evidence_is_the_clause():
    rec = parse(REVIEW + "产业结构不断优化，全年工业战略性新兴产业增加值增长15.5%，新兴产业增势强劲。")
    assert rec["indicators"][0]["evidence"] == "全年工业战略性新兴产业增加值增长15.5%"


def test_goal_list_separated_by_semicolons_is_one_plan_sentence():
    rec = parse(REVIEW + "2023年全省工业发展的主要预期目标是：规模以上工业增加值增长6%左右；工业投资增长10%以上。")
    assert values(rec) == [("growth", 6, "%", "2023"), ("growth", 10, "%", "2023")]
    assert [i["target"] for i in rec["indicators"]] == [True, True]


def test_rate_without_a_measure_word_is_a_share():
    rec = parse(REVIEW + "全年全省研发投入强度由上年的1.9%提高到2.1%。")
    assert values(rec) == [("share", 1.9, "%", "2021"), ("share", 2.1, "%", "2022")]


def test_two_year_average_growth_spans_two_years():
    rec = parse(REVIEW + "全年规上工业增加值增长8.8%，两年平均增长6.4%。")
    assert values(rec)[1] == ("avg_growth", 6.4, "%", "2021-2022")


def test_plan_period_since_runs_to_the_reviewed_year():
    rec = parse(REVIEW + "“十三五”以来，全省规上工业增加值年均增长8.2%。")
    assert values(rec) == [("avg_growth", 8.2, "%", "2016-2022")]


def test_comparison_is_not_part_of_the_name_and_lower_is_negative():
    body = "6月18日，全区工业经济运行分析会在南宁召开，通报1-5月全区工业经济运行情况。\n1-5月，全区规模以上工业增加值同比增长14.6%，比全国低3.2个百分点，增速居全国第20位。"
    rec = parse(body, published="2021-06-19")
    assert figures(rec) == [
        ("规模以上工业增加值", "growth", 14.6, "%", "2021M5", False),
        ("规模以上工业增加值", "pp_change", -3.2, "百分点", "2021M5", False),
        ("规模以上工业增加值增速", "rank", 20, "位", "2021M5", False),
    ]


def test_reported_period_of_an_operation_meeting_carries_over_paragraphs():
    body = ("4月18日，全市一季度工业经济运行分析会召开，通报一季度全市工业经济运行情况。\n"
            "会议指出，全市工业经济实现良好开局。\n原油加工量超过850万吨，生铁产量412.6万吨，同比下降6.8%。")
    assert [v[3] for v in values(parse(body, published="2024-04-19"))] == ["2024Q1"] * 3


def test_list_members_share_category_and_head():
    rec = parse(REVIEW + "全年汽车、机械、冶金行业增加值分别增长9.1%、7.4%、5.8%。")
    assert [i["name"] for i in rec["indicators"]] == ["汽车行业增加值", "机械行业增加值", "冶金行业增加值"]


def test_elliptical_industry_takes_the_metric_of_the_one_before():
    rec = parse(REVIEW + "全年采矿业增加值增长4.1%，制造业增长6.0%，有色金属行业下降3.2%。")
    assert [i["name"] for i in rec["indicators"]] == ["采矿业增加值", "制造业增加值", "有色金属行业增加值"]


def test_bare_metric_borrows_the_entity_of_the_subject():
    rec = parse(REVIEW + "全省规模以上工业企业实现营业收入1.78万亿元，同比增长4.5%；实现利润总额612.3亿元，同比下降5.1%。")
    assert figures(rec) == [
        ("规模以上工业企业营业收入", "value", 1_780_000_000_000, "元", "2022", False),
        ("规模以上工业企业营业收入", "growth", 4.5, "%", "2022", False),
        ("规模以上工业企业利润总额", "value", 61_230_000_000, "元", "2022", False),
        ("规模以上工业企业利润总额", "growth", -5.1, "%", "2022", False),
    ]


def test_chinese_count_closing_its_clause_is_a_figure():
    rec = parse(REVIEW + "全年新培育国家级智能制造示范工厂两家，新增三家国家级绿色工厂。")
    assert values(rec) == [("value", 2, "家", "2022"), ("value", 3, "家", "2022")]


def test_first_without_scope_is_not_a_rank():
    rec = parse(REVIEW + "坚持质量第一、效益优先，科学选择“首位产业”。全年动力电池出货量保持世界第一。")
    assert values(rec) == [("rank", 1, "位", "2022")]


def test_count_after_a_describing_verb_is_not_a_figure():
    rec = parse(REVIEW + "会议要求重点抓好2个方面工作。一是聚焦13个先进制造业集群，打造产业高地。二是强化服务。")
    assert rec["indicators"] == []


def test_no_year_anywhere_gives_no_period():
    rec = parse("10月26日，全省工业经济运行调度会召开。会议指出，前三季度，全省工业投资增长15.4%。")
    assert values(rec) == [("growth", 15.4, "%", None)]


def test_change_against_last_year_is_a_value_of_what_was_added():
    # The real-text gold (../shared/realgold, notices_heldout) counts 比上年末增加1062家 as a value.
    rec = parse(REVIEW + "全省共有国家级企业技术中心35家、国家技术创新示范企业21家，分别比上年增加3家、2家。")
    assert values(rec) == [("value", 35, "家", "2022"), ("value", 21, "家", "2022"),
                           ("value", 3, "家", "2022"), ("value", 2, "家", "2022")]
    assert [i["stock_kind"] for i in rec["indicators"]] == ["cumulative", "cumulative", "new", "new"]


def test_adverbs_are_not_part_of_the_name():
    rec = parse(REVIEW + "全省电子信息产业营业收入首次突破8000亿元。")
    assert rec["indicators"][0]["name"] == "电子信息产业营业收入"


def test_document_numbers_phone_numbers_and_deadlines_are_not_figures():
    rec = parse(REVIEW + "根据《通知》（赣工信运行〔2022〕318号），请于6月30日前报送，联系电话：0791-86245678。")
    assert rec["indicators"] == []


def test_sentence_about_the_plan_year_states_goals():
    rec = parse(REVIEW + "2023年，全省规上工业增加值增长6%以上，工业投资增长10%。")
    assert figures(rec) == [("规上工业增加值", "growth", 6, "%", "2023", True),
                            ("工业投资", "growth", 10, "%", "2023", True)]


def test_goal_for_a_later_year():
    rec = parse(REVIEW + "到2025年，全省数字经济核心产业增加值占地区生产总值比重达到10%。")
    assert values(rec) == [("share", 10, "%", "2025")] and rec["indicators"][0]["target"] is True


def test_about_on_an_outcome_is_a_qualifier_not_a_goal():
    rec = parse(REVIEW + "全年制造业增加值占地区生产总值比重保持在35%左右。")
    (ind,) = rec["indicators"]
    assert (ind["target"], ind["qualifier"]) == (False, "左右")


def test_numbers_listed_without_their_unit_share_the_next_one():
    rec = parse(REVIEW + "全年工业投资增长12%，工业技改投资增长15.3%，分别高于全国3.4和5.6个百分点。")
    assert figures(rec)[2:] == [("工业投资", "pp_change", 3.4, "百分点", "2022", False),
                                ("工业技改投资", "pp_change", 5.6, "百分点", "2022", False)]


def test_list_member_that_is_a_bare_metric_takes_the_entity():
    rec = parse(REVIEW + "全年规上工业企业营业收入、利润总额分别增长5.2%和8.1%。")
    assert [i["name"] for i in rec["indicators"]] == ["规上工业企业营业收入", "规上工业企业利润总额"]


def test_rank_of_a_subject_stated_without_a_figure():
    rec = parse(REVIEW + "全年两化融合发展水平达到62.5，居全国第8位。")
    assert figures(rec) == [("两化融合发展水平", "rank", 8, "位", "2022", False)]


def test_milestone_words_do_not_hide_a_figure():
    rec = parse(REVIEW + "全省工业经济总量突破2万亿元大关，达到2.1万亿元。")
    assert values(rec) == [("value", 2_000_000_000_000, "元", "2022"), ("value", 2_100_000_000_000, "元", "2022")]


def test_total_after_new_additions():
    rec = parse(REVIEW + "全年国家级专精特新“小巨人”企业新增26家，总数达到110家。")
    assert [i["name"] for i in rec["indicators"]] == ["国家级专精特新小巨人企业", "国家级专精特新小巨人企业总数"]


def test_rank_without_wei_and_not_a_tier():
    rec = parse(REVIEW + "全省数字经济规模进入全国第一方阵，新能源汽车产量连续5年位列全国第6。")
    assert figures(rec) == [("新能源汽车产量", "rank", 6, "位", "2022", False)]


def test_more_than_between_number_and_unit():
    rec = parse(REVIEW + "全年新增市场主体1.2万余家。")
    (ind,) = rec["indicators"]
    assert (ind["value"], ind["unit"], ind["qualifier"]) == (12000, "家", "余")


def test_state_at_a_date_in_the_plan_year_is_an_outcome():
    rec = parse(REVIEW + "截至2023年1月底，全省累计建成5G基站6万个。")
    assert rec["indicators"][0]["target"] is False


def test_le_and_gaochu():
    rec = parse(REVIEW + "全年工业投资增长了8.5%，高出全国平均水平1.2个百分点。")
    assert figures(rec) == [("工业投资", "growth", 8.5, "%", "2022", False),
                            ("工业投资", "pp_change", 1.2, "百分点", "2022", False)]


def test_a_period_being_planned_is_not_carried():
    body = ("7月20日，全省工业经济运行分析会召开，研究部署下半年稳工业工作。\n"
            "会议指出，上半年全省规上工业增加值增长4.1%。会议部署下半年工作。全省工业投资增长13.9%。")
    assert [v[3] for v in values(parse(body, published="2022-07-21"))] == ["2022H1", "2022H1"]
