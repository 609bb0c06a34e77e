"""Canonical indicator names from warehouse/indicator_aliases.toml."""
import pytest

from warehouse.aliases import load_aliases, name_key


def test_the_common_ways_of_naming_industrial_value_added_are_one_name():
    aliases = load_aliases()
    for name in ("规模以上工业增加值", "规上工业增加值", "规模工业增加值", "全省规上工业增加值"):
        assert aliases.canonical(name) == "规上工业增加值"


def test_quote_marks_and_spaces_do_not_matter():
    aliases = load_aliases()
    assert aliases.canonical('专精特新"小巨人"企业') == "专精特新“小巨人”企业"
    assert aliases.canonical("专精特新小巨人企业") == "专精特新“小巨人”企业"
    assert aliases.canonical(" 技术改造 投资 ") == "技改投资"


def test_a_name_in_no_list_is_its_own_canonical_name():
    assert load_aliases().canonical("工业战略性新兴产业增加值") == "工业战略性新兴产业增加值"


def test_name_key_removes_spaces_and_quotes_only():
    assert name_key("「专精特新」 ‘小巨人’") == "专精特新小巨人"


def test_an_alias_under_two_canonical_names_is_an_error(tmp_path):
    path = tmp_path / "aliases.toml"
    path.write_text('[aliases]\n"甲" = ["乙"]\n"丙" = ["乙"]\n', encoding="utf-8")
    with pytest.raises(ValueError, match="maps to both"):
        load_aliases(path)


def test_a_canonical_name_that_is_also_an_alias_is_an_error(tmp_path):
    path = tmp_path / "aliases.toml"
    path.write_text('[aliases]\n"甲" = ["乙"]\n"乙" = ["丁"]\n', encoding="utf-8")
    with pytest.raises(ValueError, match="canonical name itself"):
        load_aliases(path)


def test_target_phrasings_and_scope_words_reach_the_canonical_name():
    aliases = load_aliases()
    for name in ("规模以上工业增加值预期", "全省规模以上工业增加值预期目标", "规上工业增加值目标"):
        assert aliases.canonical(name) == "规上工业增加值", name
    assert aliases.canonical("工业投资预期") == "工业投资"


def test_a_comparison_ending_becomes_compared_with():
    aliases = load_aliases()
    assert aliases.resolve("规上工业增加值增速高于全国") == ("规上工业增加值", "全国")
    assert aliases.resolve("规模以上工业增加值增速全国排名") == ("规上工业增加值", "全国")
    assert aliases.resolve("工业用电增速中部地区排名") == ("工业用电量", "中部地区")
    assert aliases.resolve("规上工业增加值") == ("规上工业增加值", None)


def test_new_and_cumulative_words_give_the_stock_kind():
    aliases = load_aliases()
    assert (aliases.canonical("新增智能工厂"), aliases.stock_kind("新增智能工厂")) == ("智能工厂", "new")
    assert aliases.stock_kind("累计培育专精特新“小巨人”企业") == "cumulative"
    assert aliases.canonical("累计培育专精特新“小巨人”企业") == "专精特新“小巨人”企业"
    assert aliases.stock_kind("新能源汽车产量") is None  # 新能源 is not 新增


def test_smart_factory_spellings_merge_but_the_combined_count_stays_apart():
    aliases = load_aliases()
    assert aliases.canonical("智能工厂、数字化车间") == "智能工厂和数字化车间"
    assert aliases.canonical("省级数字化车间、智能工厂") == "智能工厂和数字化车间"
    assert aliases.canonical("智能工厂") == "智能工厂"
    assert aliases.canonical("数字化车间") == "数字化车间"
    assert {aliases.theme(n) for n in ("智能工厂", "数字化车间", "智能工厂和数字化车间")} == {"数字经济"}


def test_every_theme_of_the_issue_has_indicators():
    themes = set(load_aliases().themes.values())
    assert {"工业增长", "投资", "数字经济", "新兴产业", "企业培育", "绿色低碳", "效益"} <= themes


def test_a_theme_listing_an_alias_or_two_themes_for_a_name_is_an_error(tmp_path):
    path = tmp_path / "aliases.toml"
    path.write_text('[aliases]\n"甲" = ["乙"]\n[themes]\n"T" = ["乙"]\n', encoding="utf-8")
    with pytest.raises(ValueError, match="list the canonical name"):
        load_aliases(path)
    path.write_text('[aliases]\n"甲" = ["乙"]\n[themes]\n"T" = ["甲"]\n"U" = ["甲"]\n', encoding="utf-8")
    with pytest.raises(ValueError, match="two themes"):
        load_aliases(path)


def test_a_name_in_no_theme_list_gets_its_theme_from_a_word_in_it():
    aliases = load_aliases()
    assert aliases.theme("新建5G基站") == "数字经济"
    assert aliases.theme("数字经济核心产业增加值占GDP比重") == "数字经济"  # 数字 comes before 增加值
    assert aliases.theme("未来产业营业收入") == "新兴产业"
    assert aliases.theme("工业固废综合利用率") == "绿色低碳"
    assert aliases.theme("口罩") is None


def test_editing_only_a_theme_reaches_the_series_at_the_next_open(tmp_path):
    import json

    from warehouse.store import Warehouse

    file = tmp_path / "aliases.toml"
    file.write_text('[aliases]\n"工业投资" = ["全省工业投资"]\n[themes]\n"投资" = ["工业投资"]\n', encoding="utf-8")
    line = {"url": "https://x.gov.cn/a.html", "raw_sha256": "x", "province": "湖北", "parser_version": 4,
            "record": {"article": {"title": "t", "body": "b"}, "tasks": [],
                       "indicators": [{"name": "全省工业投资", "measure": "growth", "value": 9.0, "unit": "%",
                                       "period": "2024", "target": False}]}}
    parsed = tmp_path / "p.jsonl"
    parsed.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    with Warehouse.open(tmp_path / "data", aliases_file=file) as wh:
        wh.load_parsed(parsed)
    file.write_text('[aliases]\n"工业投资" = ["全省工业投资"]\n[themes]\n"有效投资" = ["工业投资"]\n', encoding="utf-8")
    with Warehouse.open(tmp_path / "data", aliases_file=file) as wh:
        assert wh.aliases_reapplied == 0  # no canonical name changed ...
        assert wh.con.execute("SELECT theme FROM indicator_series").fetchall() == [("有效投资",)]  # ... the theme did
