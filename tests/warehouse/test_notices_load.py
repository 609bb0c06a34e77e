"""Loading parsed-notice files: replacing a notice's rows, parser versions, failures, refusals."""
import json
from pathlib import Path

from warehouse_helpers import FIXTURES


def table_rows(wh, sql):
    return wh.con.execute(sql).fetchall()


def snapshot(wh):
    """Every row of the notice tables (without load times), to compare two states."""
    return {
        "notices": table_rows(wh, "SELECT * EXCLUDE (loaded_at) FROM notices ORDER BY notice_id"),
        "indicators": table_rows(wh, "SELECT * FROM indicators ORDER BY notice_id, seq"),
        "tasks": table_rows(wh, "SELECT * FROM tasks ORDER BY notice_id, seq"),
        "failures": table_rows(wh, "SELECT * EXCLUDE (failed_at, resolved_at) FROM parse_failures ORDER BY url"),
        "series": table_rows(wh, "SELECT * FROM indicator_series ORDER BY ALL"),
    }


def parsed_line(url: str, *, parser_version: int = 3, raw_sha256: str = "a" * 64, indicators=None, tasks=None,
                body: str = "正文", title: str = "全省工业和信息化工作会议召开") -> dict:
    return {
        "url": url, "raw_sha256": raw_sha256, "site": "fujian", "column": "gzdt", "province": "福建",
        "published": "2024-01-25", "parser_version": parser_version,
        "record": {
            "doc": "x.htm", "is_meeting": True,
            "meeting": {"province": "福建", "date": "2024-01-24", "city": "福州", "kind": "work_conference"},
            "article": {"title": title, "published": "2024-01-25 10:00", "source": "福建省工业和信息化厅", "body": body},
            "indicators": indicators if indicators is not None else [
                {"name": "规模以上工业增加值", "measure": "growth", "value": 5.5, "unit": "%", "period": "2023",
                 "target": False, "qualifier": None, "evidence": "增长5.5%"}],
            "tasks": tasks if tasks is not None else [
                {"kind": "task", "year": 2024, "ordinal": 1, "declared_count": 1, "headline": "推进新型工业化", "body": "推进新型工业化。"}],
        },
    }


def write_lines(path: Path, lines: list[dict]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    return path


URL = "https://gxt.fujian.gov.cn/zwgk/gzdt/202401/t20240125_1.htm"


def test_loading_the_same_batch_twice_leaves_the_same_rows(wh):
    batch = FIXTURES / "parsed" / "run-2023.jsonl"
    first = wh.load_parsed(batch)
    before = snapshot(wh)
    second = wh.load_parsed(batch)
    assert (first.notices_new, second.notices_new, second.notices_unchanged) == (4, 0, 4)
    assert snapshot(wh) == before


def test_a_notice_id_is_stable_across_reparses(wh, tmp_path):
    wh.load_parsed(write_lines(tmp_path / "a.jsonl", [parsed_line(URL, parser_version=3)]))
    first = table_rows(wh, "SELECT notice_id FROM notices")
    wh.load_parsed(write_lines(tmp_path / "b.jsonl", [parsed_line(URL, parser_version=4)]))
    assert table_rows(wh, "SELECT notice_id FROM notices") == first


def test_a_newer_parser_version_replaces_rows_and_never_duplicates(wh, tmp_path):
    wh.load_parsed(write_lines(tmp_path / "a.jsonl", [parsed_line(URL, parser_version=3)]))
    two = [
        {"name": "工业投资", "measure": "growth", "value": 8.1, "unit": "%", "period": "2023", "target": False},
        {"name": "技改投资", "measure": "growth", "value": 9.0, "unit": "%", "period": "2023", "target": False},
    ]
    result = wh.load_parsed(write_lines(tmp_path / "b.jsonl", [parsed_line(URL, parser_version=4, indicators=two, tasks=[])]))
    assert result.notices_loaded == 1 and result.notices_new == 0
    assert table_rows(wh, "SELECT seq, canonical_name, parser_version FROM indicators ORDER BY seq") == [
        (1, "工业投资", 4), (2, "技改投资", 4)]
    assert table_rows(wh, "SELECT count(*) FROM tasks") == [(0,)]
    assert table_rows(wh, "SELECT parser_version, indicator_count, task_count FROM notices") == [(4, 2, 0)]


def test_an_older_parser_version_does_not_overwrite_a_newer_one(wh, tmp_path):
    wh.load_parsed(write_lines(tmp_path / "a.jsonl", [parsed_line(URL, parser_version=5)]))
    result = wh.load_parsed(write_lines(tmp_path / "b.jsonl", [parsed_line(URL, parser_version=4, indicators=[])]))
    assert result.notices_stale == 1
    assert table_rows(wh, "SELECT parser_version, indicator_count FROM notices") == [(5, 1)]


def test_two_lines_for_one_url_in_one_file_keep_the_highest_parser_version(wh, tmp_path):
    lines = [parsed_line(URL, parser_version=4, title="新"), parsed_line(URL, parser_version=3, title="旧")]
    result = wh.load_parsed(write_lines(tmp_path / "a.jsonl", lines))
    assert result.notices_loaded == 1
    assert table_rows(wh, "SELECT title, parser_version FROM notices") == [("新", 4)]


def test_canonical_names_and_period_bounds_are_filled_at_load(wh, tmp_path):
    indicators = [
        {"name": "规模工业增加值", "measure": "growth", "value": 6.0, "unit": "%", "period": "2023M10", "target": False},
        {"name": "工业投资", "measure": "growth", "value": 6.0, "unit": "%", "period": ["2018", "2017"], "target": False},
        {"name": "工业投资", "measure": "growth", "value": 6.0, "unit": "%", "period": "十四五以来", "target": False},
    ]
    wh.load_parsed(write_lines(tmp_path / "a.jsonl", [parsed_line(URL, indicators=indicators)]))
    assert table_rows(wh, "SELECT canonical_name, period, period_start::VARCHAR, period_end::VARCHAR FROM indicators ORDER BY seq") == [
        ("规上工业增加值", "2023M10", "2023-01-01", "2023-10-31"),
        ("工业投资", "2018", "2018-01-01", "2018-12-31"),
        ("工业投资", "十四五以来", None, None),
    ]


def test_failure_lines_are_recorded_with_stage_and_reason(wh):
    wh.load_parsed(FIXTURES / "parsed" / "run-2023.jsonl")
    assert table_rows(wh, "SELECT stage, error, site_id, run_id, resolved_at FROM parse_failures") == [
        ("clean", "input is empty", "fujian", "run-2023", None)]


def test_a_later_successful_parse_resolves_the_failure(wh, tmp_path):
    failure = {"url": URL, "raw_sha256": "a" * 64, "site": "fujian", "column": "gzdt", "parser_version": 3,
               "stage": "parse", "error": "no body"}
    wh.load_parsed(write_lines(tmp_path / "a.jsonl", [failure]))
    wh.load_parsed(write_lines(tmp_path / "b.jsonl", [parsed_line(URL, parser_version=4)]))
    assert table_rows(wh, "SELECT stage, resolved_at IS NOT NULL FROM parse_failures") == [("parse", True)]


def test_lines_that_are_not_json_are_recorded_and_the_rest_loads(wh, tmp_path):
    path = tmp_path / "parsed" / "r.jsonl"
    path.parent.mkdir()
    path.write_text(json.dumps(parsed_line(URL), ensure_ascii=False) + "\n{not json\n" + '{"no": "url"}\n' +
                    '{"url": "https://x/1", "pars', encoding="utf-8")
    result = wh.load_parsed(path)
    assert (result.notices_loaded, result.bad_lines) == (1, 3)
    assert table_rows(wh, "SELECT line_no, reason FROM load_problems ORDER BY line_no") == [
        (2, "not JSON (or not valid Unicode)"), (3, "no url"), (4, "not JSON (or not valid Unicode)")]


def test_indicator_series_is_rebuilt_after_a_load(wh, tmp_path):
    wh.load_parsed(write_lines(tmp_path / "a.jsonl", [parsed_line(URL)]))
    assert table_rows(wh, "SELECT province, canonical_name, period, value FROM indicator_series") == [
        ("福建", "规上工业增加值", "2023", 5.5)]


def test_changing_the_alias_file_reapplies_canonical_names(wh, tmp_path):
    wh.load_parsed(write_lines(tmp_path / "a.jsonl", [parsed_line(URL)]))
    aliases = tmp_path / "aliases.toml"
    aliases.write_text('[aliases]\n"规模以上工业增加值(规上)" = ["规模以上工业增加值"]\n', encoding="utf-8")
    changed = wh.reapply_aliases(aliases)
    assert changed == 1
    assert table_rows(wh, "SELECT canonical_name FROM indicators") == [("规模以上工业增加值(规上)",)]
    assert table_rows(wh, "SELECT canonical_name FROM indicator_series") == [("规模以上工业增加值(规上)",)]


def test_opening_the_warehouse_reapplies_a_changed_alias_file(tmp_path):
    from warehouse.store import Warehouse

    aliases = tmp_path / "aliases.toml"
    aliases.write_text('[aliases]\n"甲" = ["规模以上工业增加值"]\n', encoding="utf-8")
    with Warehouse.open(tmp_path / "data", aliases_file=aliases) as wh:
        wh.load_parsed(write_lines(tmp_path / "a.jsonl", [parsed_line(URL)]))
    with Warehouse.open(tmp_path / "data", aliases_file=aliases) as wh:
        assert wh.aliases_reapplied is None  # unchanged file: nothing to do
    aliases.write_text('[aliases]\n"乙" = ["规模以上工业增加值"]\n', encoding="utf-8")
    with Warehouse.open(tmp_path / "data", aliases_file=aliases) as wh:
        assert wh.aliases_reapplied == 1
        assert table_rows(wh, "SELECT canonical_name FROM indicators") == [("乙",)]
