"""warehouse/export.py: every table and view as Parquet, CSV or Excel, within Excel's limits."""
import duckdb
import pytest

import warehouse.export as export
from warehouse.export import ExportError, export_relations
from warehouse.extensions import load_bundled


@pytest.fixture
def published(tmp_path):
    path = tmp_path / "gxt.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE notes AS SELECT 1 AS id, repeat('好', 40000) AS body, [1, 2] AS nums, "
                "TIMESTAMPTZ '2025-01-02 03:04:05+00' AS at")
    con.execute("CREATE VIEW short_notes AS SELECT id, left(body, 3) AS body FROM notes")
    con.close()
    return path


def test_text_longer_than_an_excel_cell_is_cut_at_the_limit(published, tmp_path):
    written = export_relations(published, tmp_path / "out", "xlsx")
    assert sorted(p.name for p in written) == ["notes.xlsx", "short_notes.xlsx"]
    con = duckdb.connect()
    load_bundled(con, ("excel",))
    row = con.execute(f"SELECT length(body), nums FROM read_xlsx('{tmp_path / 'out' / 'notes.xlsx'}')").fetchone()
    assert row == (16383, "[1, 2]")  # 32 767 CJK characters are over read_xlsx's 65 535 bytes


def test_a_relation_too_long_for_a_sheet_is_named_and_the_rest_written(published, tmp_path, monkeypatch):
    monkeypatch.setattr(export, "XLSX_SHEET_ROWS", 0)
    with pytest.raises(ExportError, match="notes .1 rows., short_notes"):
        export_relations(published, tmp_path / "out", "xlsx")


def test_parquet_and_csv_keep_everything(published, tmp_path):
    export_relations(published, tmp_path / "pq", "parquet")
    export_relations(published, tmp_path / "csv", "csv")
    con = duckdb.connect()
    assert con.execute(f"SELECT length(body) FROM '{tmp_path / 'pq' / 'notes.parquet'}'").fetchone() == (40000,)
    assert con.execute(f"SELECT length(body) FROM read_csv('{tmp_path / 'csv' / 'notes.csv'}')").fetchone() == (40000,)


def test_an_unknown_format_or_a_file_as_target_is_refused(published, tmp_path):
    with pytest.raises(ExportError, match="unknown export format"):
        export_relations(published, tmp_path / "x", "ods")
    (tmp_path / "file").write_text("x")
    with pytest.raises(ExportError, match="not a directory"):
        export_relations(published, tmp_path / "file", "csv")


def test_plain_text_keeps_the_full_excel_cell(tmp_path):
    path = tmp_path / "gxt.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE t AS SELECT repeat('a', 40000) AS body")
    con.close()
    export_relations(path, tmp_path / "out", "xlsx")
    reader = duckdb.connect()
    load_bundled(reader, ("excel",))
    assert reader.execute(f"SELECT length(body) FROM read_xlsx('{tmp_path / 'out' / 't.xlsx'}')").fetchone() == (32767,)
