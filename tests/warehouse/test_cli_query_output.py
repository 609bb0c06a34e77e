"""What `gxt query` and `gxt export` print: data as stored, every statement, one-line errors."""
import json

import duckdb
from typer.testing import CliRunner

from gxt.cli import app

runner = CliRunner()


def gxt(*args, columns=100):
    return runner.invoke(app, [str(a) for a in args], env={"COLUMNS": str(columns)})


def test_cell_text_is_printed_as_stored_not_as_markup_or_emoji(fixture_warehouse):
    result = gxt("query", "SELECT ':x: 1:100:2' AS a, '[b]bold[/b] [dim]' AS b", "--data", fixture_warehouse.root)
    assert result.exit_code == 0, result.output
    assert ":x: 1:100:2" in result.stdout and "[b]bold[/b] [dim]" in result.stdout
    assert "💯" not in result.stdout and "❌" not in result.stdout


def test_a_header_or_column_name_with_markup_is_printed_as_written(fixture_warehouse):
    result = gxt("query", 'SELECT 1 AS "[red]x[/red]"', "--data", fixture_warehouse.root)
    assert "[red]x[/red]" in result.stdout


def test_every_statement_of_a_script_is_printed(fixture_warehouse):
    result = gxt("query", "SELECT 1 AS first; SELECT 2 AS second", "--data", fixture_warehouse.root)
    assert result.exit_code == 0, result.output
    assert "statement 1 of 2" in result.stdout and "statement 2 of 2" in result.stdout
    assert "first" in result.stdout and "second" in result.stdout
    as_json = gxt("query", "SELECT 1 AS a; SELECT 2 AS b", "--format", "json", "--data", fixture_warehouse.root)
    assert json.loads(as_json.stdout) == [[{"a": 1}], [{"b": 2}]]
    as_csv = gxt("query", "SELECT 1 AS a; SELECT 2 AS b", "--format", "csv", "--data", fixture_warehouse.root)
    assert as_csv.stdout.splitlines() == ["a", "1", "", "b", "2"]


def test_a_table_too_wide_for_the_terminal_is_folded_per_row_with_whole_headers(fixture_warehouse):
    sql = "SELECT province, title, url, published_date, indicator_count, task_count FROM notices ORDER BY url LIMIT 2"
    result = gxt("query", sql, "--data", fixture_warehouse.root, columns=50)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("-[ row 1 ]")
    for header in ("indicator_count", "task_count", "published_date"):
        assert any(line.startswith(header) for line in lines), header
    assert all(len(line) <= 50 for line in lines)


def test_a_narrow_table_keeps_its_headers_whole(fixture_warehouse):
    result = gxt("query", "SELECT province AS province_of_the_department, body_text FROM notices LIMIT 1",
                 "--data", fixture_warehouse.root, columns=60)
    assert "province_of_the_department" in result.stdout


def test_params_reach_getvariable_and_defaults_apply_without_them(fixture_warehouse):
    sql = "SELECT coalesce(getvariable('year'), 2024) AS year, coalesce(getvariable('p'), '福建') AS p"
    default = gxt("query", sql, "--format", "csv", "--data", fixture_warehouse.root)
    assert default.stdout.splitlines() == ["year,p", "2024,福建"]
    given = gxt("query", sql, "--param", "year=2019", "-p", "p=陕西", "--format", "csv", "--data", fixture_warehouse.root)
    assert given.stdout.splitlines() == ["year,p", "2019,陕西"]


def test_bad_arguments_get_one_line_and_no_traceback(fixture_warehouse, tmp_path):
    root = fixture_warehouse.root
    cases = [
        (("query", "--file", tmp_path / "missing.sql", "--data", root), "no such file"),
        (("query", "SELECT getvariable('year')", "--param", "yeer=2024", "--data", root), "getvariable('yeer')"),
        (("query", "SELECT 1", "--param", "year", "--data", root), "NAME=VALUE"),
        (("query", "SELECT FROM WHERE", "--data", root), "the query failed"),
        (("export", tmp_path / "missing.sql", "--data", root), None),  # a new directory: fine
    ]
    (tmp_path / "a-file").write_text("x")
    cases.append((("export", tmp_path / "a-file", "--data", root), "is a file, not a directory"))
    for args, expected in cases:
        result = gxt(*args)
        if expected is None:
            assert result.exit_code == 0, result.output
            continue
        assert result.exit_code != 0, args
        assert expected in result.stderr, (args, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert "Traceback" not in result.output


def test_export_as_csv_and_xlsx(fixture_warehouse, tmp_path):
    as_csv = gxt("export", tmp_path / "csv", "--format", "csv", "--data", fixture_warehouse.root)
    assert as_csv.exit_code == 0, as_csv.output
    con = duckdb.connect()
    assert con.execute(f"SELECT count(*) FROM read_csv('{tmp_path / 'csv' / 'indicators.csv'}')").fetchone()[0] == 18
    as_xlsx = gxt("export", tmp_path / "xlsx", "--format", "xlsx", "--data", fixture_warehouse.root)
    assert as_xlsx.exit_code == 0, as_xlsx.output
    from warehouse.extensions import load_bundled

    load_bundled(con, ("excel",))
    rows = con.execute(f"SELECT province, value FROM read_xlsx('{tmp_path / 'xlsx' / 'indicator_series.xlsx'}') "
                       "WHERE province = '陕西' ORDER BY value").fetchall()
    assert ("陕西", 6.8) in rows
