"""compared_with and stock_kind: what a gap or rank is measured against, new vs cumulative counts."""
from flows.parse.comparisons import compared_with, stock_kind
from tests.parse.helpers import parse


def _fields(body: str) -> list[tuple]:
    rec = parse(body, published="2022-02-10")
    return [(i["measure"], i["value"], i["compared_with"], i["stock_kind"]) for i in rec["indicators"]]


def test_a_gap_with_the_nation():
    assert compared_with("增速高出全国", "pp_change") == "全国"


def test_a_gap_with_last_year_or_the_same_period():
    assert compared_with("增速比上年同期加快", "pp_change") == "上年同期"
    assert compared_with("较去年提高", "pp_change") == "上年同期"


def test_a_gap_with_the_annual_goal():
    assert compared_with("超过年度预期目标", "pp_change") == "年度目标"


def test_a_gap_with_the_provinces_own_total():
    assert compared_with("增速快于全区工业", "pp_change") == "全省"


def test_a_region_is_kept_as_written_with_its_full_name():
    assert compared_with("居西部", "rank") == "西部地区"
    assert compared_with("增速位居长江经济带", "rank") == "长江经济带"


def test_a_gap_with_an_earlier_part_of_the_year_has_no_label():
    assert compared_with("增速较一季度提升", "pp_change") is None


def test_new_against_cumulative_counts():
    assert stock_kind("全年新培育") == "new"
    assert stock_kind("累计建成") == "cumulative"
    assert stock_kind("全省有") is None


def test_fields_on_records_through_the_parser():
    rows = _fields("2021年，全市工业投资增长12%，分别高于全国和全省4个、3个百分点，居全国第9位。"
                   "新增规上工业企业210家，国家级专精特新企业总数达56家。")
    assert ("pp_change", 4, "全国", None) in rows
    assert ("rank", 9, "全国", None) in rows
    assert ("value", 210, None, "new") in rows
    assert ("value", 56, None, "cumulative") in rows
    assert all(r[2] is None for r in rows if r[0] in ("growth", "value"))



def test_a_national_figure_in_ascii_brackets_is_the_comparators_own():
    # Through the cleaner, which gives the ASCII brackets their Chinese form.
    from flows.clean.text_page import clean_text
    from flows.parse import parse_notice

    article = clean_text("上半年,全省规上工业增加值同比增长6.2%,比全国(5.5%)高0.7个百分点。")
    record = parse_notice(article, doc="t.txt")
    assert [(i["measure"], i["value"]) for i in record["indicators"]] == [("growth", 6.2), ("pp_change", 0.7)]
