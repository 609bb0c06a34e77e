"""``gxt chart`` and ``gxt app`` from the command line: files written, one-line errors."""
from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from gxt.cli import app

runner = CliRunner()


def chart(*args: str):
    return runner.invoke(app, ["chart", *args])


def test_chart_writes_one_line_per_province(analyst_data: Path, tmp_path: Path):
    out = tmp_path / "growth.svg"
    result = chart("规上工业增加值", "--out", str(out), "--data", str(analyst_data))
    assert result.exit_code == 0, result.output
    assert "3 provinces, 2022–2023, 5 figures" in result.output
    assert out.read_text(encoding="utf-8").count('<g id="line-') == 3


def test_chart_of_targets_for_chosen_provinces_as_png(analyst_data: Path, tmp_path: Path):
    out = tmp_path / "targets.png"
    result = chart("规上工业增加值", "--targets", "--provinces", "陕西", "--since", "2024", "-o", str(out),
                   "--data", str(analyst_data))
    assert result.exit_code == 0, result.output
    assert "1 province, 2024–2024, 1 figures" in result.output and out.read_bytes()[:4] == b"\x89PNG"


def test_unknown_indicator_suggests_a_near_name(analyst_data: Path, tmp_path: Path):
    result = chart("规上工业增加", "-o", str(tmp_path / "x.svg"), "--data", str(analyst_data))
    assert result.exit_code == 2 and "did you mean 规上工业增加值" in result.output
    assert "Traceback" not in result.output and not (tmp_path / "x.svg").exists()


def test_a_measure_the_indicator_lacks_names_the_ones_it_has(analyst_data: Path, tmp_path: Path):
    result = chart("工业投资", "--measure", "share", "-o", str(tmp_path / "x.svg"), "--data", str(analyst_data))
    assert result.exit_code == 2 and "its measures: growth" in result.output


def test_misspelt_province_suggests_the_site_tables(analyst_data: Path, tmp_path: Path):
    result = chart("规上工业增加值", "--provinces", "福建,陕两", "-o", str(tmp_path / "x.svg"), "--data", str(analyst_data))
    assert result.exit_code == 2 and "no province 陕两" in result.output and "陕西" in result.output


def test_bad_arguments_are_one_line_each(analyst_data: Path, tmp_path: Path):
    cases = [
        (["--out", str(tmp_path / "x.pdf")], ".svg, .png or .html"),
        (["--out", str(tmp_path / "nowhere" / "x.svg")], "no such directory"),
        (["--since", "2025", "--until", "2020"], "--since 2025 is after --until 2020"),
        (["--measure", "grwoth"], "did you mean growth"),
    ]
    for extra, message in cases:
        result = chart("规上工业增加值", *extra, "--data", str(analyst_data))
        assert result.exit_code == 2 and message in result.output, (extra, result.output)
        assert len(result.output.strip().splitlines()) == 1


def test_no_warehouse_yet_says_how_to_make_one(tmp_path: Path):
    result = chart("规上工业增加值", "-o", str(tmp_path / "x.svg"), "--data", str(tmp_path / "empty"))
    assert result.exit_code == 1 and "gxt run --mirror" in result.output and "Traceback" not in result.output


def test_app_refuses_a_port_out_of_range(analyst_data: Path):
    result = runner.invoke(app, ["app", "--port", "99999", "--data", str(analyst_data)])
    assert result.exit_code == 2 and "1 to 65535" in result.output


def test_app_without_a_warehouse_says_how_to_make_one(tmp_path: Path):
    result = runner.invoke(app, ["app", "--data", str(tmp_path / "empty")])
    assert result.exit_code == 1 and "gxt run --mirror" in result.output


def test_default_file_is_named_for_the_indicator(analyst_data: Path, tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = chart("规上工业增加值", "--data", str(analyst_data))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "规上工业增加值-growth.svg").exists()
