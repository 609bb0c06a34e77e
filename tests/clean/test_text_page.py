"""Plain text: a leading title/来源/时间 header is recognised; body-only text has none."""
from flows.clean import clean_text

SEED_FUJIAN = "003_9e83bb68de802584.txt"
SEED_SHAANXI = "000_89b050b9b3d19f7f.txt"


def seed(shared, name: str) -> bytes:
    return (shared / "seeds" / name).read_bytes()


def test_fujian_seed_header(shared):
    article = clean_text(seed(shared, SEED_FUJIAN))
    assert article.title == "2023年全省工业和信息化工作会议召开"
    assert article.published == "2023-02-01 09:58"
    assert article.source == "福建省工业和信息化厅"
    assert article.body_path == "text" and article.encoding == "utf-8"


def test_fujian_seed_body_starts_after_the_header_and_ends_before_the_furniture(shared):
    body = clean_text(seed(shared, SEED_FUJIAN)).body
    assert body.startswith("1月31日，全省工业和信息化工作会议在福州召开。")
    assert body.endswith("在分会场参加会议。")
    assert "附件下载" not in body and "扫一扫" not in body and "来源" not in body


def test_body_only_seed_has_no_header(shared):
    article = clean_text(seed(shared, SEED_SHAANXI))
    assert article.title is None and article.published is None and article.source is None
    assert article.body.startswith("2月3日，全省工业和信息化系统工作视频会议在西安召开。")


def test_header_fields_in_any_order_and_on_separate_lines():
    text = "全省工业运行调度会召开\n发布日期：2024年4月18日\n信息来源：天津市工业和信息化局\n\n4月17日，市工业和信息化局召开全市工业运行调度会。"
    article = clean_text(text)
    assert article.title == "全省工业运行调度会召开"
    assert article.published == "2024-04-18"
    assert article.source == "天津市工业和信息化局"
    assert article.body == "4月17日，市工业和信息化局召开全市工业运行调度会。"


def test_header_with_date_only():
    article = clean_text("全区工业和信息化工作会议召开\n时间：2019-01-25\n\n1月24日，全区工业和信息化工作会议召开。")
    assert article.published == "2019-01-25" and article.source is None


def test_title_followed_by_a_blank_line_without_header_fields():
    article = clean_text("全区工业和信息化工作会议召开\n\n1月24日，全区工业和信息化工作会议召开。")
    assert article.title == "全区工业和信息化工作会议召开"
    assert article.body == "1月24日，全区工业和信息化工作会议召开。"


def test_a_first_sentence_is_not_a_title():
    article = clean_text("1月24日，全区工业和信息化工作会议召开。\n\n会议指出，工业经济稳中向好。")
    assert article.title is None
    assert article.body.startswith("1月24日")


def test_a_short_first_line_running_into_the_body_is_not_a_title():
    article = clean_text("会议指出\n2022年以来全省工信系统认真学习贯彻党的二十大精神。")
    assert article.title is None
    assert article.body == "会议指出\n2022年以来全省工信系统认真学习贯彻党的二十大精神。"


def test_gb18030_text_file():
    text = "全省工业和信息化工作会议召开\n来源：山西省工业和信息化厅\n\n2月8日，全省工业和信息化工作会议在太原召开。"
    article = clean_text(text.encode("gb18030"))
    assert article.encoding == "gb18030" and article.source == "山西省工业和信息化厅"


def test_a_bare_date_line_is_a_header_line():
    article = clean_text("全市工业运行调度会召开\n2024-04-18 10:30\n\n4月17日，全市工业运行调度会召开。")
    assert article.published == "2024-04-18 10:30"
    assert article.body == "4月17日，全市工业运行调度会召开。"


def test_a_source_line_at_the_end_leaves_the_body_and_fills_the_source():
    article = clean_text("4月17日，全市工业运行调度会召开。\n会议要求各区抓好落实。\n（来源：天津市工业和信息化局）\n打印本页")
    assert article.source == "天津市工业和信息化局"
    assert article.body == "4月17日，全市工业运行调度会召开。\n会议要求各区抓好落实。"


def test_a_subtitle_between_title_and_header_line_belongs_to_the_header():
    text = "全省工业和信息化工作会议召开\n——奋力推进新型工业化\n来源：福建省工业和信息化厅 时间：2024-01-20\n\n1月19日，会议召开。"
    article = clean_text(text)
    assert article.title == "全省工业和信息化工作会议召开"
    assert article.source == "福建省工业和信息化厅" and article.published == "2024-01-20"
    assert article.body == "1月19日，会议召开。"


def test_a_short_lead_phrase_before_a_blank_line_is_not_a_title():
    article = clean_text("会议指出\n\n2022年以来全省工信系统认真学习贯彻党的二十大精神。")
    assert article.title is None
    assert article.body.startswith("会议指出\n")


def test_a_signature_date_stays_in_the_body():
    article = clean_text("请各地认真贯彻落实。\n江苏省工业和信息化厅\n2022年7月26日\n附件下载\n【打印本页】【关闭窗口】")
    assert article.body == "请各地认真贯彻落实。\n江苏省工业和信息化厅\n2022年7月26日"
