"""The Streamlit analyst app, run headless by Streamlit's own harness (AppTest) on the fixture warehouse."""
from __future__ import annotations

from pathlib import Path

import pytest

from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parents[2] / "analyst" / "app.py")


@pytest.fixture
def app(analyst_data: Path, monkeypatch) -> AppTest:
    monkeypatch.setenv("GXT_DATA", str(analyst_data))
    return AppTest.from_file(APP, default_timeout=60)


def show(app: AppTest, view: str) -> AppTest:
    app.query_params["view"] = view
    app.run()
    assert not app.exception, [e.value for e in app.exception]
    return app


def test_indicator_view_charts_the_widest_indicator_with_its_evidence(app):
    show(app, "indicator")
    assert app.subheader[0].value == "规上工业增加值 增速（%）"
    assert app.caption[0].value.startswith("3 个省份，5 个数值")
    table = app.dataframe[0].value
    assert list(table["province"]) == ["江苏", "福建", "福建", "陕西", "陕西"]
    assert "全省规上工业增加值增长6.8%" in set(table["evidence"])
    assert table["source_url"].str.startswith("https://").all()


def test_picking_provinces_and_targets_narrows_the_table(app):
    show(app, "indicator")
    app.multiselect(key="provinces").set_value(["陕西"]).run()
    assert set(app.dataframe[0].value["province"]) == {"陕西"}
    app.radio(key="target").set_value("目标").run()
    assert app.subheader[0].value.endswith("· 目标")
    assert list(app.dataframe[0].value["value"]) == [8.0, 7.0]


def test_tasks_view_shows_each_provinces_first_task_of_the_year(app):
    show(app, "tasks")
    assert app.selectbox(key="task_year").value == 2024
    first, everything = app.dataframe[0].value, app.dataframe[1].value
    assert sorted(first["province"]) == ["福建", "陕西"] and len(everything) == 5
    app.selectbox(key="task_year").set_value(2023).run()
    assert app.subheader[0].value == "2023 年各省重点任务"


def test_search_view_finds_the_notices_that_say_a_word(app):
    show(app, "search")
    assert not app.dataframe  # nothing asked yet
    app.text_input(key="words").input("工业投资").run()
    assert app.subheader[0].value.startswith("“工业投资”：")
    hits = app.dataframe[0].value
    assert len(hits) >= 2 and set(hits["province"]) <= {"福建", "陕西", "江苏", "广东"}


def test_health_view_counts_healthy_and_failing_sites(app):
    show(app, "health")
    assert [m.value for m in app.metric] == ["5", "1", "1"]
    failures = app.dataframe[1].value
    assert list(failures["kind"]) == ["timeout"]


def test_without_a_warehouse_the_app_says_how_to_make_one(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("GXT_DATA", str(tmp_path / "empty"))
    app = AppTest.from_file(APP, default_timeout=60).run()
    assert "gxt run --mirror" in app.error[0].value
