"""gxt query, gxt export and gxt db as a user meets them."""
import json

import duckdb
from typer.testing import CliRunner

from gxt.cli import app

runner = CliRunner()


def gxt(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_query_prints_a_table(fixture_warehouse):
    result = gxt("query", "SELECT province, count(*) AS n FROM notices GROUP BY 1 ORDER BY 1", "--data", fixture_warehouse.root)
    assert result.exit_code == 0, result.output
    assert "province" in result.stdout and "福建" in result.stdout and "4 rows" in result.stdout


def test_query_as_csv_and_json(fixture_warehouse):
    sql = "SELECT province, period, value FROM indicator_series WHERE canonical_name = '规上工业增加值' AND province = '陕西' AND NOT target ORDER BY period"
    as_csv = gxt("query", sql, "--format", "csv", "--data", fixture_warehouse.root)
    assert as_csv.stdout.splitlines() == ["province,period,value", "陕西,2022,7.0", "陕西,2023,6.8"]
    as_json = gxt("query", sql, "--format", "json", "--data", fixture_warehouse.root)
    assert json.loads(as_json.stdout) == [
        {"province": "陕西", "period": "2022", "value": 7.0}, {"province": "陕西", "period": "2023", "value": 6.8}]


def test_query_runs_an_example_query_file(fixture_warehouse):
    result = gxt("query", "--file", "warehouse/queries/04_missing_work_conferences.sql", "--format", "csv",
                 "--data", fixture_warehouse.root)
    assert result.stdout.splitlines() == ["province,site_id", "广东,guangdong", "海南,hainan", "江苏,jiangsu"]


def test_a_statement_that_would_write_is_refused(fixture_warehouse):
    for sql in ("DELETE FROM notices", "SELECT 1; DROP TABLE notices", "COPY notices TO '/tmp/x.csv'",
                "ATTACH '/tmp/other.duckdb'", "CREATE TABLE x AS SELECT 1", "SET threads = 1"):
        result = gxt("query", sql, "--data", fixture_warehouse.root)
        assert result.exit_code == 2, sql
        assert "only reads" in result.stderr
    con = duckdb.connect(str(fixture_warehouse.published), read_only=True)
    assert con.execute("SELECT count(*) FROM notices").fetchone()[0] == 8
    con.close()


def test_a_missing_warehouse_says_how_to_create_one(tmp_path):
    result = gxt("query", "SELECT 1", "--data", tmp_path)
    assert result.exit_code == 1
    assert "gxt run" in result.stderr and "--mirror" in result.stderr


def test_a_bad_query_reports_the_error(fixture_warehouse):
    result = gxt("query", "SELECT nope FROM notices", "--data", fixture_warehouse.root)
    assert result.exit_code == 1
    assert "the query failed" in result.stderr


def test_export_writes_parquet_for_every_table_and_view(fixture_warehouse, tmp_path):
    result = gxt("export", tmp_path / "out", "--data", fixture_warehouse.root)
    assert result.exit_code == 0, result.output
    names = {p.stem for p in (tmp_path / "out").glob("*.parquet")}
    assert {"notices", "indicators", "tasks", "indicator_series", "indicator_reports", "task_list", "sites"} <= names
    con = duckdb.connect()
    rows = con.execute(f"SELECT count(*) FROM '{tmp_path / 'out' / 'indicators.parquet'}'").fetchone()[0]
    assert rows == 18


def test_db_status_reads_the_published_copy(fixture_warehouse):
    result = gxt("db", "status", "--data", fixture_warehouse.root)
    assert result.exit_code == 0, result.output
    assert "schema version: 3" in result.stdout and "storage format: 67" in result.stdout
    assert "last run:       run-2024" in result.stdout


def test_db_migrate_creates_and_publishes_an_empty_warehouse(tmp_path):
    result = gxt("db", "migrate", "--data", tmp_path)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "published" / "gxt.duckdb").exists()
    assert gxt("db", "migrate", "--data", tmp_path).stdout.startswith("schema version 3; applied: nothing")
