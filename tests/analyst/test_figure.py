"""Drawing one indicator across provinces: SVG, PNG and a self-contained HTML page."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from analyst import figure

ROWS = [
    {"province": "湖北", "year": 2023, "value": 5.6, "unit": "%", "evidence": "规模以上工业增加值增长5.6%",
     "source_url": "https://jxt.hubei.gov.cn/a.shtml", "source_title": "全省经济和信息化工作会议召开"},
    {"province": "湖北", "year": 2022, "value": 7.0, "unit": "%", "evidence": "规上工业增加值同比增长7%",
     "source_url": "https://jxt.hubei.gov.cn/b.shtml", "source_title": "2023年全省经济和信息化工作会议召开"},
    {"province": "福建", "year": 2023, "value": -1.5, "unit": "%", "evidence": "规模以上工业增加值下降1.5%",
     "source_url": "https://gxt.fujian.gov.cn/c.htm", "source_title": "<全省>工业和信息化工作会议召开"},
]


def test_points_are_grouped_by_province_in_year_order():
    assert figure.lines_by_province(ROWS) == {"湖北": [(2022, 7.0), (2023, 5.6)], "福建": [(2023, -1.5)]}


def test_svg_has_one_line_per_province():
    svg = figure.render(ROWS, "规上工业增加值（growth，%）", "%", "svg").decode()
    assert sorted(re.findall(r'<g id="line-(\w+)"', svg)) == ["湖北", "福建"]


def test_png_is_a_png():
    assert figure.render(ROWS, "规上工业增加值", "%", "png").startswith(b"\x89PNG\r\n\x1a\n")


def test_html_page_needs_nothing_from_the_network(tmp_path: Path):
    out = figure.write_chart(ROWS, tmp_path / "chart.html", "规上工业增加值（growth，%）", "%")
    page = out.read_text(encoding="utf-8")
    assert "<svg" in page and "<?xml" not in page
    assert not re.search(r"<script|<link|<img|<iframe|src=|@import|url\((?!#)", page)  # nothing loaded (url(#id): a clip path in the page)
    # the only links are the figures' sources (namespace URIs of the SVG are names, never fetched)
    assert sorted(re.findall(r'href="(http[^"]+)"', page)) == sorted(r["source_url"] for r in ROWS)
    assert "规模以上工业增加值下降1.5%" in page and "&lt;全省&gt;" in page


@pytest.mark.parametrize("name", ["chart.pdf", "chart", "chart.jpeg"])
def test_only_svg_png_and_html_are_written(tmp_path: Path, name: str):
    with pytest.raises(ValueError, match=r"\.svg, \.png or \.html"):
        figure.write_chart(ROWS, tmp_path / name, "t", "%")


def test_the_first_installed_chinese_font_is_used(monkeypatch):
    monkeypatch.setattr(figure, "CJK_FONTS", ("No Such Font", "DejaVu Sans"))
    assert figure.cjk_font() == "DejaVu Sans"


def test_no_chinese_font_is_said_once_on_stderr(monkeypatch, capsys):
    monkeypatch.setattr(figure, "CJK_FONTS", ("No Such Font",))
    monkeypatch.setattr(figure, "_warned", False)
    assert figure.cjk_font() is None and figure.cjk_font() is None
    assert capsys.readouterr().err.count("fonts-noto-cjk") == 1
