"""The analyst's questions on a warehouse that also holds 2025 notices in the newer parser's shape
(tests/fixtures/warehouse/parsed/analyst-2025.jsonl: compared_with, stock_kind, money, a target
named 规模以上工业增加值预期, 智能工厂 spelled three ways, tasks about 人工智能+)."""
from pathlib import Path

import pytest
from typer.testing import CliRunner

from gxt.cli import app
from warehouse.readonly import run_script
from warehouse.store import Warehouse
from warehouse_helpers import FIXTURES, fixture_sites, load_fixture_runs

QUERIES = Path(__file__).resolve().parents[2] / "warehouse" / "queries"
HB25 = "https://jxt.hubei.gov.cn/bmdt/gzdt/202501/t20250118_5500001.shtml"
FJ25 = "https://gxt.fujian.gov.cn/zwgk/gzdt/202501/t20250122_6400001.htm"
HUBEI = {"id": "hubei", "province": "湖北", "department": "湖北省经济和信息化厅", "domain": "jxt.hubei.gov.cn",
         "base_url": "https://jxt.hubei.gov.cn/", "status": "confirmed", "family": "trs"}


@pytest.fixture(scope="module")
def analyst(tmp_path_factory):
    data = tmp_path_factory.mktemp("analyst") / "data"
    with Warehouse.open(data) as wh:
        load_fixture_runs(wh)
        wh.sync_sites([*fixture_sites(), HUBEI])
        wh.start_run("analyst-2025", parser_version=4)
        wh.load_parsed(FIXTURES / "parsed" / "analyst-2025.jsonl")
        wh.finish_run("analyst-2025", status="completed")
        wh.publish()
        return wh.paths


def sql(paths, text: str, **params):
    return run_script(paths.published, text, params)[-1][1]


def example(paths, name: str, **params):
    return run_script(paths.published, (QUERIES / name).read_text(encoding="utf-8"), params)[-1][1]


def test_a_gap_to_the_nation_and_a_change_over_the_year_are_two_series(analyst):
    rows = sql(analyst, """SELECT compared_with, value FROM indicator_series
                           WHERE province = '湖北' AND measure = 'pp_change' ORDER BY value""")
    assert rows == [("上年同期", 0.6), ("全国", 2.4)]


def test_records_without_the_new_fields_load_with_nulls(analyst):
    rows = sql(analyst, """SELECT count(*), count(compared_with), count(stock_kind) FROM indicators
                           WHERE notice_id IN (SELECT notice_id FROM notices WHERE published_date < '2025-01-01')""")
    assert rows == [(18, 0, 0)]


def test_new_and_cumulative_counts_stay_apart(analyst):
    rows = sql(analyst, """SELECT stock_kind, value FROM indicator_series WHERE canonical_name = '智能工厂'
                           ORDER BY value""")
    assert rows == [("new", 120.0), ("cumulative", 560.0)]


def test_a_target_phrasing_gets_the_canonical_name(analyst):
    rows = sql(analyst, """SELECT name, value, qualifier FROM indicator_series
                           WHERE canonical_name = '规上工业增加值' AND target AND period = '2025'""")
    assert rows == [("规模以上工业增加值预期", 6.5, "左右")]


def test_the_combined_smart_factory_count_is_its_own_series_with_the_same_theme(analyst):
    rows = sql(analyst, """SELECT province, canonical_name, theme FROM indicator_series
                           WHERE canonical_name LIKE '%智能工厂%' ORDER BY province, canonical_name, value""")
    assert rows == [("湖北", "智能工厂", "数字经济"), ("湖北", "智能工厂", "数字经济"),
                    ("福建", "智能工厂和数字化车间", "数字经济")]


def test_money_is_shown_in_yi_beside_yuan(analyst):
    rows = sql(analyst, """SELECT canonical_name, value, unit, value_yi, unit_yi FROM indicator_series
                           WHERE unit = '元' ORDER BY value""")
    assert rows == [("数字经济核心产业增加值", 5.2e11, "元", 5200.0, "亿元"), ("工业投资", 1.2e12, "元", 12000.0, "亿元")]


def test_provinces_carry_their_code_and_region(analyst):
    assert sql(analyst, "SELECT count(*), count(DISTINCT region), count(DISTINCT code) FROM provinces") == [(31, 4, 31)]
    assert sql(analyst, "SELECT code, region, site_id FROM provinces WHERE province = '湖北'") == [("420000", "中部", "hubei")]
    regions = dict(sql(analyst, "SELECT region, count(*) FROM provinces GROUP BY region"))
    assert regions == {"东部": 10, "中部": 6, "西部": 12, "东北": 3}


def test_growth_by_province_takes_a_year_range(analyst):
    rows = example(analyst, "01_growth_by_province.sql", from_year=2024)
    assert [(r[0], r[1], r[2]) for r in rows] == [("湖北", 2024, 7.2), ("福建", 2024, 5.9)]


def test_task_headlines_default_to_the_latest_plan_year(analyst):
    rows = example(analyst, "03_task_headlines.sql")
    assert [(r[0], r[1]) for r in rows] == [("湖北", 1), ("湖北", 2), ("湖北", 3), ("福建", 1), ("福建", 2)]


def test_targets_of_a_year_by_province(analyst):
    rows = example(analyst, "08_targets_by_province.sql")
    assert [(r[0], r[1], r[2], r[4]) for r in rows] == [("湖北", "工业增长", "规上工业增加值", 6.5)]
    rows = example(analyst, "08_targets_by_province.sql", year=2024)
    assert [r[0] for r in rows] == ["福建", "陕西"]


def test_one_themes_indicators(analyst):
    rows = example(analyst, "09_indicators_by_theme.sql")
    assert [(r[0], r[1], r[3], r[7]) for r in rows] == [
        ("福建", "数字经济核心产业增加值", None, 5200.0),
        ("湖北", "智能工厂", "cumulative", None),
        ("湖北", "智能工厂", "new", None),
        ("福建", "智能工厂和数字化车间", None, None),
    ]


def test_gaps_and_ranks_against_a_benchmark(analyst):
    rows = example(analyst, "10_gaps_to_a_benchmark.sql")
    assert [(r[0], r[1], r[2], r[4], r[5]) for r in rows] == [("湖北", "中部", "2024", 2.4, 5.0)]
    rows = example(analyst, "10_gaps_to_a_benchmark.sql", against="上年同期")
    assert [(r[0], r[4]) for r in rows] == [("湖北", 0.6)]


def test_growth_by_region(analyst):
    rows = example(analyst, "11_region_growth.sql", from_year=2024)
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [("东部", 2024, 1, 5.9), ("中部", 2024, 1, 7.2)]


def test_which_provinces_talk_about_artificial_intelligence_in_their_tasks(analyst):
    rows = example(analyst, "12_search_tasks.sql")
    assert {(r[0], r[2]) for r in rows} == {("湖北", "深入实施“人工智能+”制造行动"), ("福建", "推动人工智能与制造业深度融合")}


def test_gxt_search_ranks_hits_with_province_date_title_and_snippet(analyst):
    result = CliRunner().invoke(app, ["search", "人工智能", "--data", str(analyst.root)], env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[-1] == "4 hits"  # two notices and two tasks say it
    assert lines[0].startswith(" 1. ") and "2025-01-" in lines[0]
    assert any("“人工智能+”制造行动" in line for line in lines)
    only = CliRunner().invoke(app, ["search", "人工智能", "--province", "福建", "--kind", "task", "--format", "csv",
                                    "--data", str(analyst.root)])
    assert only.stdout.splitlines()[1].split(",")[1:5] == ["福建", "2025-01-22", "task", "推动人工智能与制造业深度融合"]


def test_a_word_split_by_the_segmenter_finds_only_text_that_has_it_whole(analyst):
    result = CliRunner().invoke(app, ["search", "数字经济", "--format", "csv", "--data", str(analyst.root)])
    titles = [line.split(",")[4] for line in result.stdout.splitlines()[1:]]
    assert "推动数字经济和实体经济深度融合" in titles
    assert "工业经济稳中向好" not in titles  # has 经济 but not 数字经济


def test_a_new_name_gets_its_theme_at_load(tmp_path):
    import json

    line = {"url": "https://example.gov.cn/a.html", "raw_sha256": "x", "site": "hubei", "province": "湖北",
            "published": "2025-03-01", "parser_version": 4,
            "record": {"doc": "a.html", "is_meeting": False, "article": {"title": "t", "body": "新建5G基站1.2万个。"},
                       "indicators": [{"name": "新建5G基站", "measure": "value", "value": 12000, "unit": "个",
                                       "period": "2024", "target": False, "evidence": "新建5G基站1.2万个"}],
                       "tasks": []}}
    parsed = tmp_path / "one.jsonl"
    parsed.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    with Warehouse.open(tmp_path / "data") as wh:
        wh.load_parsed(parsed)
        assert wh.con.execute("SELECT canonical_name, theme FROM indicator_series").fetchall() == [("新建5G基站", "数字经济")]


def test_search_words_in_traditional_script_find_the_simplified_notices(analyst):
    traditional = CliRunner().invoke(app, ["search", "數字經濟", "--format", "csv", "--data", str(analyst.root)])
    simplified = CliRunner().invoke(app, ["search", "数字经济", "--format", "csv", "--data", str(analyst.root)])
    assert traditional.exit_code == 0, traditional.output
    assert traditional.stdout == simplified.stdout
    assert "推动数字经济和实体经济深度融合" in traditional.stdout
