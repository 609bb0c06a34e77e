from tests.parse.helpers import parse

HEAD = "1月31日，全省工业和信息化工作会议在福州召开。会议总结2022年工作，部署2023年重点任务。\n"


def tasks(body: str) -> list[tuple]:
    return [(t["kind"], t["year"], t["ordinal"], t["declared_count"], t["headline"]) for t in parse(HEAD + body)["tasks"]]


def test_yi_shi_list_with_declared_count_in_chinese_numerals():
    got = tasks("2023年要抓好三个方面重点任务。一是稳住工业经济大盘。加大力度。二是推动产业链迈向中高端。三是加强党的建设。")
    assert got == [("task", 2023, 1, 3, "稳住工业经济大盘"), ("task", 2023, 2, 3, "推动产业链迈向中高端"),
                   ("task", 2023, 3, 3, "加强党的建设")]


def test_declared_count_in_digits():
    got = tasks("会议要求重点抓好2个方面工作。一是确保工业经济稳定增长。二是全面加强工业投资工作。")
    assert [t[3] for t in got] == [2, 2]


def test_review_list_after_a_review_of_the_year():
    got = tasks("2022年是极不平凡的一年，各项工作均取得了新的成绩。一是稳住了工业大盘。二是推动了转型升级。")
    assert [t[:3] for t in got] == [("review", 2022, 1), ("review", 2022, 2)]


def test_parenthesised_list_with_heading_lines():
    got = tasks("会议部署了两项重点工作：\n（一）着力稳增长\n全力以赴稳住基本盘。\n（二）着力扩投资\n抓好项目建设。\n")
    assert got == [("task", 2023, 1, 2, "着力稳增长"), ("task", 2023, 2, 2, "着力扩投资")]


def test_digit_lists_with_dot_and_comma():
    got = tasks("会议要求：\n1.强化运行调度，稳住增长。\n2.加快项目建设。\n")
    assert [t[4] for t in got] == ["强化运行调度，稳住增长", "加快项目建设"]
    got = tasks("会议要求：\n1、强化运行调度。\n2、加快项目建设。\n")
    assert [t[2] for t in got] == [1, 2]


def test_di_yi_list():
    got = tasks("会议强调：第一，要提高政治站位。第二，要压实工作责任。")
    assert [t[4] for t in got] == ["要提高政治站位", "要压实工作责任"]


def test_inline_enumeration_in_one_sentence_is_not_a_list():
    assert tasks("会议强调，一是要提高站位，二是要压实责任，三是要狠抓落实。") == []


def test_yi_shi_inside_a_word_is_not_a_marker():
    assert tasks("坚持统一是根本。二是无关的话。") == []


def test_numbered_dates_and_decimals_are_not_items():
    assert tasks("全省工业增加值1.5万亿元。\n2.3万家企业上云。\n") == []


def test_heading_list_with_chinese_numeral_and_dun_at_line_starts():
    got = tasks("会议要求：\n一、强化运行监测\n二、加快项目建设\n")
    assert [t[4] for t in got] == ["强化运行监测", "加快项目建设"]


def test_dun_inside_a_sentence_is_not_a_marker():
    assert tasks("坚持“一产业、一规划、一政策”，做到一企一策。") == []


def test_two_lists_in_one_paragraph_each_get_their_own_context():
    got = tasks("2022年全省工信系统主要做了以下工作：1.稳住了工业大盘；2.推进了产业升级。"
                "下一步，要重点抓好以下2个方面：1.抓运行；2.抓投资。")
    assert got == [("review", 2022, 1, None, "稳住了工业大盘"), ("review", 2022, 2, None, "推进了产业升级"),
                   ("task", 2023, 1, 2, "抓运行"), ("task", 2023, 2, 2, "抓投资")]


def test_nested_list_inside_an_item_is_its_own_list():
    got = tasks("会议要求，2023年重点抓好两项工作：（一）着力稳增长。一是强化运行调度；二是加大助企纾困力度。（二）着力扩投资。")
    assert [t[2:] for t in got] == [(1, 2, "着力稳增长"), (2, 2, "着力扩投资"),
                                     (1, None, "强化运行调度"), (2, None, "加大助企纾困力度")]


def test_the_sentence_nearest_the_list_decides_its_kind():
    got = tasks("2022年以来，全省工业经济稳中向好。会议要求，一是狠抓运行调度。二是加快项目建设。")
    assert [t[:2] for t in got] == [("task", 2023), ("task", 2023)]
