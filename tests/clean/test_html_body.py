"""HTML body: family containers in order, site selectors first, the general extractor last."""
import pytest

from flows.clean import clean_html

PARAGRAPHS = [
    "2月3日，全省工业和信息化工作会议在省会召开。",
    "会议指出，全年规上工业增加值增长5.7%，工业经济稳中向好。",
    "会议强调，要抓好九个方面重点任务。",
]
NAV = '<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/xwzx/">新闻中心</a></li><li><a href="/zwgk/">政务公开</a></li></ul></div>'
FOOTER = '<div class="footer"><p>主办单位：某省工业和信息化厅</p><p>网站标识码：3500000001 闽ICP备05004474号-1</p></div>'


def page(container: str, *, head: str = "", extra: str = "") -> str:
    return f"<html><head><title>会议召开_某省工业和信息化厅</title>{head}</head><body>{NAV}{container}{extra}{FOOTER}</body></html>"


def paragraphs() -> str:
    return "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


FAMILIES = [
    ("div.TRS_Editor", f'<div class="TRS_Editor">{paragraphs()}</div>'),
    ("div.TRS_UEDITOR", f'<div class="TRS_UEDITOR trs_paper_default">{paragraphs()}</div>'),
    ("#zoom", f'<div id="zoom">{paragraphs()}</div>'),
    ("#Zoom", f'<div id="Zoom" class="view">{paragraphs()}</div>'),
    ("div.article_zoom", f'<div class="article_zoom">{paragraphs()}</div>'),
    ("#zoomcon", f'<div id="zoomcon">{paragraphs()}</div>'),
    ("ucapcontent", f"<div><ucapcontent>{paragraphs()}</ucapcontent></div>"),
    ("div.article-content", f'<div class="article-content">{paragraphs()}</div>'),
    ("div.article_component", f'<div class="article_component">{paragraphs()}</div>'),
    ("div.message-box", f'<div class="message-box">{paragraphs()}</div>'),
    ("div.details-main", f'<div class="details-main">{paragraphs()}</div>'),
    ("div.tys-main-zt", f'<div class="tys-main-zt">{paragraphs()}</div>'),
    ("div.gxt-xilan-content", f'<div class="gxt-xilan-content">{paragraphs()}</div>'),
    ("#tex", f'<div id="tex">{paragraphs()}</div>'),
]


@pytest.mark.parametrize("selector, container", FAMILIES, ids=[f[0] for f in FAMILIES])
def test_family_container_gives_the_body(selector, container):
    article = clean_html(page(container))
    assert article.body_path == f"selector:{selector}"
    assert article.body == "\n".join(PARAGRAPHS)


def test_nested_trs_editor_uses_the_outermost():
    inner = "".join(f'<div class="TRS_Editor"><p>{p}</p></div>' for p in PARAGRAPHS)
    article = clean_html(page(f'<div class="TRS_Editor"><p>导语：本次会议规模空前。</p>{inner}</div>'))
    assert article.body.split("\n") == ["导语：本次会议规模空前。", *PARAGRAPHS]


def test_trs_editor_inside_a_wrapper_wins_over_the_wrapper():
    wrapper = f'<div class="article_component"><div class="article_title_group">标题</div><div class="TRS_Editor">{paragraphs()}</div></div>'
    article = clean_html(page(wrapper))
    assert article.body_path == "selector:div.TRS_Editor"


def test_site_selectors_go_before_the_family_list():
    html = page(f'<div class="TRS_Editor"><p>编者按：这是摘要部分的说明文字内容。</p></div><div class="zw-body">{paragraphs()}</div>')
    article = clean_html(html, selectors=("div.zw-body",))
    assert article.body_path == "selector:div.zw-body"
    assert article.body == "\n".join(PARAGRAPHS)


def test_an_almost_empty_container_is_skipped():
    html = page(f'<div class="TRS_Editor"><p> </p></div><div id="zoom">{paragraphs()}</div>')
    assert clean_html(html).body_path == "selector:#zoom"


def test_br_and_blocks_make_paragraphs_and_empty_ones_are_dropped():
    html = page(f'<div class="TRS_Editor">{PARAGRAPHS[0]}<br><br/>{PARAGRAPHS[1]}<p>&nbsp;</p><div><span>{PARAGRAPHS[2]}</span></div></div>')
    assert clean_html(html).body == "\n".join(PARAGRAPHS)


def test_scripts_styles_and_hidden_blocks_are_removed():
    html = page(f'<div class="TRS_Editor"><style>.a{{color:red}}</style><script>var x = "脚本内容";</script>'
                f'<div style="display:none">隐藏的内容不应出现</div>{paragraphs()}</div>')
    body = clean_html(html).body
    assert "脚本内容" not in body and "color" not in body and "隐藏" not in body
    assert body == "\n".join(PARAGRAPHS)


def test_attachment_list_is_removed_but_a_link_in_a_sentence_is_kept():
    html = page(f'<div class="TRS_Editor">{paragraphs()}'
                '<p>会议印发了<a href="./P020230201.pdf">行动方案</a>，要求各地认真抓好落实。</p>'
                '<p>附件1：<a href="./P020230201337923887676.pdf">关于印发行动方案的通知.pdf</a></p>'
                '<p><a href="./W020230201.docx">回执.docx</a></p></div>')
    body = clean_html(html).body
    assert "会议印发了行动方案，要求各地认真抓好落实。" in body
    assert "关于印发行动方案的通知" not in body and "回执" not in body


def test_table_rows_become_lines_with_cells_side_by_side():
    html = page('<div class="TRS_Editor"><p>会议通报了各市主要指标完成情况如下。</p>'
                "<table><tr><td>福州</td><td>增长6.1%</td></tr><tr><td>厦门</td><td>增长5.2%</td></tr></table></div>")
    assert clean_html(html).body.split("\n")[1:] == ["福州增长6.1%", "厦门增长5.2%"]


def test_without_a_known_container_the_general_extractor_is_used():
    long_paragraphs = "".join(f"<p>{p}这是关于全省工业和信息化工作的详细报道内容，涉及多个方面的重点任务。</p>" for p in PARAGRAPHS * 3)
    html = page(f'<div class="main-text-box-2026">{long_paragraphs}</div>')
    article = clean_html(html)
    assert article.body_path == "extractor:trafilatura"
    assert PARAGRAPHS[1] in article.body
    assert "网站标识码" not in article.body and "新闻中心" not in article.body


def test_meta_description_is_never_the_body():
    head = '<meta name="description" content="某省工业和信息化厅门户网站，权威发布全省工业和信息化政策法规。">'
    article = clean_html(page(f'<div class="TRS_Editor">{paragraphs()}</div>', head=head))
    assert "权威发布" not in article.body
    assert "权威发布" not in clean_html(page("<div></div>", head=head)).body


def test_an_empty_page_gives_an_empty_body():
    article = clean_html(b"")
    assert article.body == "" and article.title is None


def test_an_empty_family_container_is_noted():
    article = clean_html(page('<div class="TRS_Editor"><p><img src="poster.jpg"></p></div>'))
    assert "div.TRS_Editor matched but holds only 0 characters" in article.notes
