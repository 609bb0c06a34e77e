"""Body normalisation: one set of digits, spaces and punctuation for the parser."""
from flows.clean.normalize import normalize_line, normalize_text


def test_full_width_digits_letters_and_percent_become_half_width():
    assert normalize_text("增长１２．５％，ＧＤＰ") == "增长12.5%，GDP"


def test_indentation_nbsp_and_ideographic_spaces_are_removed():
    assert normalize_text("\u3000\u3000会议指出，\u00a0工业增长。") == "会议指出，工业增长。"


def test_blank_lines_are_dropped():
    assert normalize_text("第一段。\n\n\n\n第二段。\n") == "第一段。\n第二段。"


def test_half_width_punctuation_beside_chinese_becomes_full_width():
    assert normalize_text("2月3日,全省召开会议;会议指出:增长5.7%,好!") == "2月3日，全省召开会议；会议指出：增长5.7%，好！"


def test_parentheses_with_chinese_inside_become_full_width():
    assert normalize_text("各市(区)工信部门") == "各市（区）工信部门"


def test_numbers_times_urls_and_english_are_kept():
    text = "时间09:58，金额1,000万元，网址http://gxt.fujian.gov.cn/a?b=1，Made in China, 2025 (1)"
    assert normalize_text(text) == text


def test_spaces_beside_chinese_are_dropped_but_not_between_latin_words():
    assert normalize_text("全省 GDP 增长 5.7% ， High Tech 产业") == "全省GDP增长5.7%，High Tech产业"


def test_normalize_line_joins_lines():
    assert normalize_line("2023年全省工业\n和信息化工作会议") == "2023年全省工业和信息化工作会议"


def test_runs_of_spaces_between_latin_words_become_one():
    assert normalize_text("Made  in   China") == "Made in China"


def test_parentheses_that_a_chinese_character_touches_become_full_width():
    # A bracketed national figure typed with ASCII brackets reads like the full-width one.
    assert normalize_text("增速比全国(5.3%)高1.1个百分点") == "增速比全国（5.3%）高1.1个百分点"
    assert normalize_text("(2.4%)以上") == "（2.4%）以上"
    assert normalize_text("Industry 4.0 (2024) report") == "Industry 4.0 (2024) report"


def test_a_space_between_a_number_and_its_percent_goes():
    assert normalize_text("工业投资增长 12.5 %，技改投资增长 9 ％。") == "工业投资增长12.5%，技改投资增长9%。"
