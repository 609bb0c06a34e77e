"""Review or task, and the year of each list, on texts laid out like real reports."""
from tests.parse.helpers import parse


def lists(body: str, published: str | None = None, title: str | None = None) -> list[tuple]:
    rec = parse(body, published=published, title=title)
    return [(t["kind"], t["year"], t["ordinal"], t["declared_count"], t["headline"]) for t in rec["tasks"]]


def test_report_heading_naming_a_past_year_introduces_a_review_of_that_year():
    # A work report published in May 2022 on the year 2021: the list is what was done in 2021.
    body = ("一、2021年工作情况\n2021年，全市经信系统统筹抓好各项工作，圆满完成年度目标任务。\n"
            "（一）工业经济整体实力不断增强。规上工业增加值增长10.7%。\n"
            "（二）产业创新能力持续提升。新增国家级创新中心1家。\n")
    got = lists(body, published="2022-05-17")
    assert [t[:3] for t in got] == [("review", 2021, 1), ("review", 2021, 2)]
    assert [t[4] for t in got] == ["工业经济整体实力不断增强", "产业创新能力持续提升"]


def test_a_comparator_year_does_not_name_the_list():
    body = ("8月1日，全省工业经济运行分析会召开。上半年，全省工业增速较2023年同期加快，呈现以下特点。"
            "一是生产加快。二是投资回升。")
    assert [t[:2] for t in lists(body, published="2024-08-02")] == [("review", 2024), ("review", 2024)]


def test_a_run_of_years_is_reviewed_up_to_the_reviewed_year():
    body = ("1月20日，全区工业和信息化工作会议召开，总结2023年工作。2021年以来，全区实施工业振兴三年行动，取得明显成效。"
            "一是工业投资较快增长。二是产业结构持续优化。")
    assert [t[:2] for t in lists(body, published="2024-01-21")] == [("review", 2023), ("review", 2023)]


def test_a_year_after_the_plan_year_named_in_an_operations_notice_is_a_task_list_for_it():
    body = ("12月5日，全省工业经济运行调度会召开。会议要求，2025年重点抓好以下工作：一是稳运行；二是扩投资。")
    assert [t[:2] for t in lists(body, published="2024-12-06")] == [("task", 2025), ("task", 2025)]


def test_press_conference_numbered_review_of_the_half_year():
    body = ("7月27日，省政府新闻办召开新闻发布会，介绍2022年上半年全省工业经济运行情况。\n"
            "上半年，全省工业总体呈现企稳回升态势，具有以下三个特点。\n"
            "一是工业生产企稳回升。规上工业增加值增长5.4%。\n二是工业投资快速增长。\n三是重点行业总体平稳。\n")
    got = lists(body, published="2023-03-29")
    assert [t[:4] for t in got] == [("review", 2022, 1, 3), ("review", 2022, 2, 3), ("review", 2022, 3, 3)]


def test_press_conference_next_steps_are_tasks_for_the_same_year():
    body = ("7月19日，省政府新闻办举行新闻发布会，介绍上半年全省工业经济运行情况。"
            "下一步，省工信厅将重点做好以下工作：\n1.强化运行调度。\n2.加快项目建设。\n")
    assert [t[:2] for t in lists(body, published="2024-07-20")] == [("task", 2024), ("task", 2024)]


def test_digits_in_brackets_and_circled_numbers_are_lists():
    body = ("1月31日，全省工业和信息化工作会议召开。会议要求，2023年要做好以下工作：\n"
            "（1）强化运行调度。\n（2）加快项目建设。\n"
            "会议强调，要做到：①压实责任；②狠抓落实。")
    got = lists(body, published="2023-02-01")
    assert [t[2:] for t in got] == [(1, None, "强化运行调度"), (2, None, "加快项目建设"),
                                     (1, None, "压实责任"), (2, None, "狠抓落实")]
    assert {t[:2] for t in got} == {("task", 2023)}


def test_a_year_in_brackets_is_not_an_item():
    assert lists("会议要求（2023）。(1)是一个编号。") == []


def test_what_the_half_year_showed_is_a_review():
    body = "上半年全省工业经济运行总体平稳，主要体现在以下几个方面：一是工业生产稳中有升。二是工业投资较快增长。"
    assert [t[:2] for t in lists(body, published="2024-07-25")] == [("review", 2024), ("review", 2024)]


def test_what_the_meeting_put_forward_is_a_task_list():
    body = "7月24日，全省工业经济运行分析会召开。会议提出，下半年重点从以下方面发力：一是稳运行。二是扩投资。"
    assert [t[:2] for t in lists(body, published="2024-07-25")] == [("task", 2024), ("task", 2024)]


def test_chinese_numeral_headings_run_on_in_one_paragraph():
    # A repost that lost its line breaks: 一、…。二、… still numbers a list.
    body = "会议要求，2024年重点抓好以下工作。一、稳运行。二、扩投资。三、强服务。"
    assert [t[4] for t in lists(body, published="2024-01-25")] == ["稳运行", "扩投资", "强服务"]


def test_chinese_numerals_joined_by_dun_in_a_phrase_are_not_a_list():
    assert lists("一、二季度工业增速回升。三、四季度要保持。") == []


def test_qi_yi_and_digits_closed_by_a_bracket_are_lists():
    got = lists("会议要求，2023年要做好以下工作：其一，稳运行；其二，扩投资。\n下一步：\n1）强化调度。\n2）优化服务。\n",
                published="2023-02-01")
    assert [t[4] for t in got] == ["稳运行", "扩投资", "强化调度", "优化服务"]


def test_effort_already_made_introduces_a_review():
    body = ("2月1日，全省工业和信息化工作会议召开，总结2023年工作。经过全省上下的共同努力，全省工业持续增长。"
            "一是结构调整取得积极成效。二是企业竞争力不断增强。")
    assert [t[:2] for t in lists(body, published="2024-02-02")] == [("review", 2023), ("review", 2023)]


def test_the_count_announced_for_a_list_cut_short_is_kept():
    # An excerpt that stops after the third of eight items still announces eight.
    body = "会议要求，2023年要重点抓好八个方面工作：一是稳住工业经济大盘；二是推进新型工业化；三是培育优质企业"
    assert [t[3] for t in lists(body, published="2023-02-01")] == [8, 8, 8]


def test_a_larger_count_further_back_is_not_the_lists_size():
    body = "全省共有十个重点产业集群。会议要求，2023年要抓好以下工作：一是稳运行；二是扩投资。"
    assert [t[3] for t in lists(body, published="2023-02-01")] == [None, None]


def test_section_headings_holding_their_own_lists_are_an_outline_not_a_list():
    body = ("2月19日，全省工业和信息化工作会议召开。\n一、2023年工作回顾\n2023年，全省工业经济稳中有进。\n"
            "（一）工业经济稳中向好。\n（二）转型升级步伐加快。\n二、2024年重点任务\n"
            "2024年要重点抓好以下工作。\n（一）全力稳住工业经济大盘。\n（二）加快推进新型工业化。\n")
    got = lists(body, published="2024-02-20")
    assert [t[:3] + (t[4],) for t in got] == [
        ("review", 2023, 1, "工业经济稳中向好"), ("review", 2023, 2, "转型升级步伐加快"),
        ("task", 2024, 1, "全力稳住工业经济大盘"), ("task", 2024, 2, "加快推进新型工业化")]


def test_a_notice_without_any_date_takes_the_year_its_list_is_introduced_with():
    body = "省工信厅厅长在新闻发布会上介绍，2020年全省工业呈现以下特点：一是规模持续扩大。二是结构不断优化。"
    assert [t[:2] for t in lists(body)] == [("review", 2020), ("review", 2020)]


def test_problems_met_and_steps_taken_are_reviews_and_problems_to_solve_a_task():
    head = "7月20日，全省工业经济运行分析会召开。"
    assert {t[0] for t in lists(head + "当前工业经济运行中存在的主要问题：一是需求不足。二是成本上升。",
                                 published="2024-07-21")} == {"review"}
    assert {t[0] for t in lists(head + "上半年采取了以下措施：一是强化调度。二是助企纾困。",
                                 published="2024-07-21")} == {"review"}
    assert {t[0] for t in lists(head + "会议要求，要着力解决以下问题：一是需求不足。二是成本上升。",
                                 published="2024-07-21")} == {"task"}
