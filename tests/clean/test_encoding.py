"""Bytes → text: BOM, the page's own declaration (also malformed), GB18030 for every GB label."""
from flows.clean import clean_html, clean_text
from flows.clean.encoding import canonical_encoding, declared_encoding, decode

# 镕 is in GBK but not GB2312; 䶮 (CJK Extension A) only in GB18030.
BODY = "会议强调，企业要推进镕铸工艺改造，生僻字䶮也要正确显示，全省工业经济稳中向好。"


def page(meta: str, body: str = BODY) -> str:
    return f"<html><head>{meta}<title>测试</title></head><body><div class='TRS_Editor'><p>{body}</p></div></body></html>"


def test_gb2312_declaration_is_read_as_gb18030():
    data = page('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">').encode("gb18030")
    article = clean_html(data)
    assert article.encoding == "gb18030"
    assert "镕铸" in article.body and "䶮" in article.body


def test_malformed_http_equiv_declaration_is_found():
    data = page('<meta httpequiv="ContentType" content="text/html; charset=gbk">').encode("gb18030")
    assert declared_encoding(data) == "gb18030"
    assert "䶮" in clean_html(data).body


def test_meta_charset_declaration():
    assert declared_encoding(b'<html><head><meta charset="GB_2312">') == "gb18030"
    assert declared_encoding(b"<meta charset=utf-8>") == "utf-8"


def test_gb_labels_all_map_to_gb18030():
    for label in ("gb2312", "GBK", "gb_2312", "cp936", "x-gbk", "GB18030"):
        assert canonical_encoding(label) == "gb18030"


def test_undeclared_utf8_is_decoded_as_utf8():
    text, encoding = decode(page("").encode("utf-8"), html=True)
    assert encoding == "utf-8" and "䶮" in text


def test_undeclared_gbk_falls_back_to_gb18030():
    text, encoding = decode(BODY.encode("gb18030"))
    assert encoding == "gb18030" and text == BODY


def test_utf8_bom_wins_over_a_wrong_declaration():
    data = b"\xef\xbb\xbf" + page('<meta charset="gb2312">').encode("utf-8")
    article = clean_html(data)
    assert article.encoding == "utf-8" and "镕铸" in article.body


def test_wrong_utf8_declaration_on_a_gbk_page_still_decodes():
    data = page('<meta charset="utf-8">').encode("gb18030")
    article = clean_html(data)
    assert article.encoding == "gb18030" and "镕铸" in article.body


def test_latin1_declaration_is_not_trusted_over_utf8():
    data = page('<meta charset="iso-8859-1">').encode("utf-8")
    assert clean_html(data).encoding == "utf-8"


def test_text_input_records_its_encoding_and_str_input_none():
    assert clean_text(BODY.encode("gb18030")).encoding == "gb18030"
    assert clean_text(BODY).encoding is None
