"""Traditional → Simplified: OpenCC t2s when detected, plus the variant table; Simplified passes."""
import tomllib
from pathlib import Path

import pytest
from opencc import OpenCC

import flows.clean.script as script
from flows.clean import clean_text
from flows.clean.script import is_traditional, to_simplified

VARIANTS = tomllib.loads((Path(script.__file__).with_name("variants.toml")).read_text("utf-8"))


def test_shaanxi_seed_is_converted(shared):
    article = clean_text((shared / "seeds" / "000_89b050b9b3d19f7f.txt").read_bytes())
    assert article.traditional
    assert "陕西" in article.body and "陜" not in article.body
    assert "着力缓解企业融资难融资贵问题" in article.body
    assert "工業" not in article.body and "会议" in article.body


def test_simplified_text_passes_through_unchanged(shared):
    text = (shared / "seeds" / "003_9e83bb68de802584.txt").read_text("utf-8")
    (out,), converted = to_simplified(text)
    assert not converted and out == text


def test_simplified_words_that_t2s_would_keep_are_not_touched():
    text = "会议强调，成效显著，著名企业纷纷落户，乾隆年间的古建筑得到保护。"
    assert not is_traditional(text)
    assert to_simplified(text)[0] == [text]


def test_detection_ignores_a_few_traditional_characters_in_simplified_text():
    text = "本站提供繁體版本。全省工业和信息化工作会议在福州召开，会议总结了2022年工作，部署了2023年重点任务。"
    assert not is_traditional(text)


@pytest.mark.parametrize("section", ["always", "after_t2s"])
def test_every_variant_entry_is_something_t2s_leaves(section):
    t2s = OpenCC("t2s")
    for left, right in VARIANTS[section].items():
        assert t2s.convert(left) == left, f"t2s already converts {left}: drop the entry"
        assert left != right


def test_variants_are_applied_after_t2s():
    (out,), converted = to_simplified("陜西省工業和信息化廳著力推動產業鏈批覆工作，隨著改革深入，意味著新的機遇。")
    assert converted
    assert out == "陕西省工业和信息化厅着力推动产业链批复工作，随着改革深入，意味着新的机遇。"


def test_never_simplified_characters_are_fixed_in_simplified_text_too():
    (out,), converted = to_simplified("全省工业和信息化工作会议在陜西西安召开，会议总结了全年工作。")
    assert not converted and out == "全省工业和信息化工作会议在陕西西安召开，会议总结了全年工作。"


def test_simplified_text_never_reaches_opencc(shared, monkeypatch):
    def refuse(text):
        raise AssertionError("OpenCC was called for Simplified text")

    import flows.clean.t2s_table as t2s_table

    monkeypatch.setattr(t2s_table, "t2s", refuse)
    text = (shared / "seeds" / "003_9e83bb68de802584.txt").read_text("utf-8")
    assert not clean_text(text).traditional
