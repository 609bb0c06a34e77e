"""The example queries of warehouse/queries/, run on the published copy of a warehouse loaded from
tests/fixtures/warehouse (two runs: 2023 and 2024 notices of 福建, 陕西, 江苏, 广东; 海南 has none)."""
from datetime import date
from pathlib import Path

from warehouse.readonly import run_script

QUERIES = Path(__file__).resolve().parents[2] / "warehouse" / "queries"
FJ23 = "https://gxt.fujian.gov.cn/zwgk/gzdt/202302/t20230201_6100001.htm"
FJ23_OPS = "https://gxt.fujian.gov.cn/zwgk/gzdt/202308/t20230810_6200002.htm"
FJ24 = "https://gxt.fujian.gov.cn/zwgk/gzdt/202401/t20240125_6300001.htm"
SX23 = "https://gxt.shaanxi.gov.cn/xwzx/gzdt/202301/t20230120_2270001.html"
SX24 = "https://gxt.shaanxi.gov.cn/xwzx/gzdt/202402/t20240202_2380001.html"
JS23 = "https://gxt.jiangsu.gov.cn/art/2023/2/3/art_6278_10750001.html"


def query(paths, name: str, **params) -> tuple[list[str], list[tuple]]:
    return run_script(paths.published, (QUERIES / name).read_text(encoding="utf-8"), params)[-1]


def test_there_are_at_least_six_example_queries():
    assert len(list(QUERIES.glob("*.sql"))) >= 6


def test_every_example_documents_the_parameters_it_reads():
    from gxt.commands.query_params import variables_read

    for path in QUERIES.glob("*.sql"):
        text = path.read_text(encoding="utf-8")
        header = "\n".join(line for line in text.splitlines() if line.startswith("--"))
        for name in variables_read(text):
            assert f"--   {name}" in header, (path.name, name)
        assert "https://" not in text, f"{path.name} is wired to one URL"


def test_growth_of_industrial_value_added_by_province_and_year(fixture_warehouse):
    columns, rows = query(fixture_warehouse, "01_growth_by_province.sql")
    assert columns == ["province", "year", "growth_pct", "reports", "source_url"]
    # 规模工业增加值 (陕西 2022), 规模以上工业增加值 (江苏) and 全省规上工业增加值 all count as 规上工业增加值;
    # 福建 2022 was reported twice with the same value: the later notice (August) is the source.
    assert rows == [
        ("江苏", 2022, 5.1, 1, JS23),
        ("福建", 2022, 5.7, 2, FJ23_OPS),
        ("福建", 2023, 5.5, 1, FJ24),
        ("陕西", 2022, 7.0, 1, SX23),
        ("陕西", 2023, 6.8, 1, SX24),
    ]


def test_every_indicator_of_one_notice_with_its_evidence(fixture_warehouse):
    _, rows = query(fixture_warehouse, "02_notice_indicators.sql", url=FJ23)
    assert [(r[0], r[2], r[4], r[6], r[7]) for r in rows] == [
        (1, "规上工业增加值", 5.7, "2022", False),
        (2, "工业投资", 9.5, "2022", False),
        (3, "规上工业增加值", 6.0, "2023", True),
        (4, "专精特新“小巨人”企业", 181.0, "2022", False),
    ]
    assert rows[2][8:12] == ("左右", "规上工业增加值预期增长6%左右", None, None)


def test_the_notice_query_defaults_to_the_latest_notice_with_indicators(fixture_warehouse):
    _, rows = query(fixture_warehouse, "02_notice_indicators.sql")
    assert {r[-1] for r in rows} == {"https://gxt.gd.gov.cn/gkmlpt/content/4/4400/post_4400001.html"}


def test_one_years_task_headlines_by_province(fixture_warehouse):
    _, rows = query(fixture_warehouse, "03_task_headlines.sql")
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [
        ("福建", 1, 2, "大力推进新型工业化"),
        ("福建", 2, 2, "培育壮大先进制造业集群"),
        ("陕西", 1, 3, "聚焦重点产业链"),
        ("陕西", 2, 3, "推动数字经济和实体经济深度融合"),
        ("陕西", 3, 3, "加大企业培育力度"),
    ]  # the 福建 2023 review item is not a 2024 task; 2024 is the latest plan year here
    _, rows = query(fixture_warehouse, "03_task_headlines.sql", year=2023, province="陕西")
    assert [r[3] for r in rows] == ["全力稳住工业经济大盘", "抓好重点产业链提升"]


def test_provinces_with_no_work_conference_notice_for_a_year(fixture_warehouse):
    _, rows = query(fixture_warehouse, "04_missing_work_conferences.sql")
    # 2024 is the latest conference year: 广东 only had an operation meeting, 江苏 only a 2023
    # conference, 海南 nothing at all.
    assert rows == [("广东", "guangdong"), ("海南", "hainan"), ("江苏", "jiangsu")]
    _, rows = query(fixture_warehouse, "04_missing_work_conferences.sql", year=2023)
    assert rows == [("广东", "guangdong"), ("海南", "hainan")]


def test_indicator_coverage_per_province(fixture_warehouse):
    _, rows = query(fixture_warehouse, "05_indicator_coverage.sql")
    assert rows == [
        ("福建", "东部", 3, 10, 3, 2019, 2024),
        ("陕西", "西部", 2, 5, 2, 2022, 2024),
        ("江苏", "东部", 1, 2, 2, 2022, 2022),
        ("广东", "东部", 2, 1, 1, 2024, 2024),
        ("海南", "东部", 0, 0, 0, None, None),
    ]
    _, rows = query(fixture_warehouse, "05_indicator_coverage.sql", theme="投资")
    assert [(r[0], r[3], r[4]) for r in rows][:2] == [("福建", 3, 1), ("陕西", 1, 1)]


def test_targets_against_outcomes_for_the_same_indicator_and_year(fixture_warehouse):
    _, rows = query(fixture_warehouse, "06_targets_vs_outcomes.sql")
    assert [r[:8] for r in rows] == [
        ("福建", "规上工业增加值", "growth", "2023", 6.0, "左右", 5.5, -0.5),
        ("陕西", "规上工业增加值", "growth", "2023", 8.0, None, 6.8, -1.2),
    ]
    assert rows[0][8:] == (FJ23, FJ24)
    _, rows = query(fixture_warehouse, "06_targets_vs_outcomes.sql", year=2022)
    assert rows == []


def test_a_figure_reported_twice_keeps_both_reports_traceable(fixture_warehouse):
    _, rows = query(fixture_warehouse, "07_repeated_figures.sql")
    assert [(r[4], r[5], r[6], r[7], r[9]) for r in rows] == [
        (1, 5.7, True, date(2023, 8, 10), FJ23_OPS),
        (2, 5.7, True, date(2023, 2, 1), FJ23),
    ]
