"""The word prefilter of whole-line patterns: the words a pattern needs, and the same matches
with and without the prefilter on every line of the real texts and of the furniture data."""
import re
import tomllib

import pytest

from flows.clean.furniture import _FURNITURE_FILE
from flows.clean.keywords import WholeLines, WordGate, required_words
from flows.clean.normalize import normalize_text


@pytest.mark.parametrize(("pattern", "words"), [
    ("[^。]{0,40}ICP备\\s*\\d+号", {"ICP备"}),
    ("[^。]{0,12}(?:扫描|扫码)[^。]{0,10}二维码", {"二维码"}),  # the longer word of the two items
    ("(?:责任编辑|责编)[:：].*", {"责任编辑", "责编"}),
    ("(?=.*版权)(?=.*转载).*", {"版权"}),
    ("[【\\[]\\s*(?:大|中|小)\\s*[】\\]]", {"【", "["}),  # two brackets are rarer than three words
    ("[^。]{0,30}", None),
])
def test_required_words(pattern, words):
    assert required_words(pattern) == words


def furniture_patterns() -> list[str]:
    return tomllib.loads(_FURNITURE_FILE.read_text("utf-8"))["lines"]


def lines_to_try(shared) -> list[str]:
    lines = []
    for path in sorted((shared / "realtexts").glob("*.txt")):
        lines += normalize_text(path.read_text("utf-8")).split("\n")
    lines += ["闽ICP备05004474号-1", "扫描二维码，分享此文章", "附件1：统计表.xlsx", "图为会议现场。（某某 摄）",
              "想爆料？请拨打新闻热线", "首页>新闻>正文", "会议要求，加快推进IPv6规模部署。"]
    return lines


def test_the_prefilter_changes_no_match(shared):
    patterns = furniture_patterns()
    plain = re.compile("|".join(f"(?:{p})" for p in patterns))
    gated = WholeLines(patterns)
    lines = lines_to_try(shared)
    assert sum(bool(plain.fullmatch(line)) for line in lines) >= 7
    assert [bool(plain.fullmatch(line)) for line in lines] == [gated.fullmatch(line) for line in lines]


def test_a_word_gate_passes_every_line_a_pattern_can_match():
    gate = WordGate(["[【\\[]\\s*打印\\s*[】\\]]", "字体[:：]大中小"])
    assert gate("正文【打印】") and gate("字体：大中小")
    assert not gate("会议要求，加快推广新技术。")


def test_a_word_gate_without_words_passes_every_line():
    assert WordGate(["[^。]{0,30}"])("任意一行")
