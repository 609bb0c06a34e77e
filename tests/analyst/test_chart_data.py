"""The read-only queries behind ``gxt chart`` and the analyst app, on the fixture warehouse."""
from __future__ import annotations

import shutil
from pathlib import Path

import duckdb

from warehouse import chart_data as data
from warehouse.chart_data import SeriesQuery


def test_series_gives_whole_years_by_province_then_year(published):
    rows = data.series(published, SeriesQuery("规上工业增加值"))
    assert [(r["province"], r["year"], r["value"]) for r in rows] == [
        ("江苏", 2022, 5.1), ("福建", 2022, 5.7), ("福建", 2023, 5.5), ("陕西", 2022, 7.0), ("陕西", 2023, 6.8)]
    # part-year periods (2023H1, 2024Q1) are not points of a yearly line
    assert all(isinstance(r["year"], int) for r in rows)


def test_each_point_keeps_its_evidence_and_source(published):
    (row,) = data.series(published, SeriesQuery("规上工业增加值", provinces=("陕西",), since=2023))
    assert row["evidence"] == "全省规上工业增加值增长6.8%"
    assert row["source_url"].startswith("https://gxt.shaanxi.gov.cn/") and row["source_title"]


def test_provinces_and_years_narrow_the_series(published):
    rows = data.series(published, SeriesQuery("规上工业增加值", provinces=("福建", "陕西"), until=2022))
    assert [(r["province"], r["year"]) for r in rows] == [("福建", 2022), ("陕西", 2022)]


def test_targets_are_a_series_of_their_own(published):
    rows = data.series(published, SeriesQuery("规上工业增加值", target=True))
    assert [(r["province"], r["year"], r["value"]) for r in rows] == [
        ("福建", 2023, 6.0), ("福建", 2024, 6.0), ("陕西", 2023, 8.0), ("陕西", 2024, 7.0)]


def test_a_quote_in_a_name_is_data_not_sql(published):
    assert data.series(published, SeriesQuery("规上' OR 1=1 --")) == []
    assert data.sql_text("a'b") == "'a''b'"


def test_indicator_choices_put_the_widest_reported_first(published):
    choices = data.indicator_choices(published)
    assert (choices[0]["canonical_name"], choices[0]["measure"], choices[0]["provinces"]) == ("规上工业增加值", "growth", 3)


def test_task_headlines_of_one_plan_year_by_province(published):
    rows = data.task_headlines(published, 2024)
    assert {r["province"] for r in rows} == {"福建", "陕西"}
    assert [r["ordinal"] for r in rows if r["province"] == "陕西"] == [1, 2, 3]
    assert data.task_years(published) == [2024, 2023]


def test_search_needs_every_word_and_ranks_best_first(published):
    hits = data.search_hits(published, "工业投资")
    assert hits and all(h["score"] > 0 for h in hits)
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)
    assert len({h["url"] for h in hits}) == len(hits)  # one row per notice, its tasks' hits folded in
    assert data.search_hits(published, "工业投资 不存在的词") == []


def test_search_finds_what_gxt_search_finds_in_traditional_script_too(published):
    assert [h["url"] for h in data.search_hits(published, "工業投資")] == [h["url"] for h in data.search_hits(published, "工业投资")]


def test_search_reads_like_wildcards_as_text(published):
    assert data.search_hits(published, "5.5%")  # the text holds it
    assert data.search_hits(published, "5_5%") == [] and data.search_hits(published, "5%5") == []
    assert data.search_hits(published, "   ") == []


def test_site_health_lists_the_failing_site_first(published):
    sites = data.site_health(published)
    crawled = [s for s in sites if s["nights"]]
    assert [(s["site_id"], s["healthy"], s["failure_kinds"]) for s in crawled] == [
        ("hainan", False, "timeout"), ("fujian", True, None)]
    assert {s["site_id"] for s in sites} >= {"fujian", "hainan", "jiangsu"}  # never crawled: still listed
    (failure,) = data.recent_failures(published)
    assert (failure["site_id"], failure["kind"]) == ("hainan", "timeout")


def test_columns_added_to_the_views_change_nothing(published, tmp_path):
    """Views gain columns over time (issue 11 added compared_with, stock_kind, 亿元); the queries name theirs."""
    copy = tmp_path / "gxt.duckdb"
    shutil.copy(published, copy)
    con = duckdb.connect(str(copy))
    con.execute("ALTER TABLE indicator_series ADD COLUMN a_later_label VARCHAR")
    con.execute("ALTER TABLE indicator_series ADD COLUMN a_later_value DOUBLE")
    con.close()
    assert data.series(copy, SeriesQuery("规上工业增加值")) == data.series(published, SeriesQuery("规上工业增加值"))


def test_the_published_copy_is_opened_read_only(published):
    before = Path(published).stat().st_mtime_ns
    data.series(published, SeriesQuery("规上工业增加值"))
    data.site_health(published)
    assert Path(published).stat().st_mtime_ns == before
