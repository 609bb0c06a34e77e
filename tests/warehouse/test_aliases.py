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
