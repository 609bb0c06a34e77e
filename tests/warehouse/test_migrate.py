"""Ordered SQL migrations recorded in schema_version."""
import duckdb
import pytest

from warehouse.migrate import available_migrations, current_version, migrate


def test_a_new_warehouse_gets_every_migration_in_order():
    con = duckdb.connect()
    applied = migrate(con)
    assert applied == [m.name for m in available_migrations()]
    versions = [r[0] for r in con.execute("SELECT version FROM schema_version ORDER BY version").fetchall()]
    assert versions == [m.version for m in available_migrations()]


def test_migrating_again_applies_nothing():
    con = duckdb.connect()
    migrate(con)
    assert migrate(con) == []
    assert current_version(con) == available_migrations()[-1].version


def test_a_failing_migration_leaves_the_schema_as_it_was(tmp_path):
    (tmp_path / "001_good.sql").write_text("CREATE TABLE a (x INTEGER);")
    (tmp_path / "002_bad.sql").write_text("CREATE TABLE b (x INTEGER); SELECT * FROM no_such_table;")
    con = duckdb.connect()
    with pytest.raises(duckdb.CatalogException):
        migrate(con, tmp_path)
    assert current_version(con) == 1
    tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    assert "b" not in tables


def test_a_warehouse_newer_than_the_code_is_not_touched(tmp_path):
    (tmp_path / "001_only.sql").write_text("CREATE TABLE a (x INTEGER);")
    con = duckdb.connect()
    migrate(con)
    with pytest.raises(RuntimeError, match="newer than this code"):
        migrate(con, tmp_path / "missing")  # a checkout that knows no migration at all
    con.execute("INSERT INTO schema_version VALUES (999, '999_future.sql', now())")
    with pytest.raises(RuntimeError, match="newer than this code"):
        migrate(con)


def test_every_column_is_described():
    con = duckdb.connect()
    migrate(con)
    undocumented = con.execute(
        "SELECT table_name || '.' || column_name FROM duckdb_columns() WHERE schema_name = 'main' "
        "AND table_name IN (SELECT table_name FROM duckdb_tables()) AND comment IS NULL"
    ).fetchall()
    assert undocumented == []


def test_a_misnamed_migration_file_is_an_error(tmp_path):
    (tmp_path / "1_bad.sql").write_text("SELECT 1;")
    with pytest.raises(ValueError, match="NNN_lowercase_name"):
        available_migrations(tmp_path)


def test_rows_loaded_before_migration_4_get_themes_and_comparisons_at_the_next_open(tmp_path):
    import shutil

    import duckdb

    from warehouse.aliases import load_aliases
    from warehouse.indicator_names import ensure_aliases_current
    from warehouse.migrate import MIGRATIONS_DIR, migrate

    old = tmp_path / "old-migrations"
    old.mkdir()
    for name in ("001_core_tables.sql", "002_views.sql"):
        shutil.copy(MIGRATIONS_DIR / name, old / name)
    con = duckdb.connect()
    migrate(con, old)
    con.execute("""INSERT INTO notices (notice_id, url, raw_sha256, province, published_at, indicator_count,
                   task_count, parser_version, loaded_at)
                   VALUES ('n1', 'https://x.gov.cn/a.html', '', '湖北', '2025-01-18', 1, 0, 3, now())""")
    con.execute("""INSERT INTO indicators (notice_id, seq, name, canonical_name, measure, value, unit, period,
                   target, parser_version)
                   VALUES ('n1', 1, '规上工业增加值增速高于全国', '规上工业增加值增速高于全国', 'pp_change', 2.4,
                   '百分点', '2024', false, 3)""")
    aliases = load_aliases()
    con.execute("INSERT INTO warehouse_meta VALUES ('aliases_sha256', ?)", [aliases.sha256])  # applied before 004
    assert migrate(con) == [m.name for m in available_migrations() if m.version > 2]
    assert ensure_aliases_current(con, aliases) == 1
    row = con.execute("SELECT canonical_name, compared_with FROM indicators").fetchone()
    assert row == ("规上工业增加值", "全国")
    assert con.execute("SELECT theme FROM indicator_themes WHERE canonical_name = '规上工业增加值'").fetchone() == ("工业增长",)
