"""HTML title, publish time and source: page metadata first, then what the page shows."""
from flows.clean import clean_html

BODY = '<div class="TRS_Editor"><p>1月31日，全省工业和信息化工作会议在福州召开，会议总结了2022年工作。</p></div>'


def page(head: str = "", before_body: str = "", title: str = "全省工业和信息化工作会议召开_福建省工业和信息化厅") -> str:
    return f"<html><head><title>{title}</title>{head}</head><body>{before_body}{BODY}</body></html>"


META = ('<meta name="ArticleTitle" content="2023年全省工业和信息化工作会议召开">'
        '<meta name="PubDate" content="2023-02-01 09:58:00">'
        '<meta name="ContentSource" content="福建省工业和信息化厅">')
VISIBLE = ('<h1>页面上的另一个标题</h1>'
           '<div class="info"><span>发布时间：2023-01-30 08:00</span><span>来源：福建日报</span></div>')


def test_meta_tags_come_first():
    article = clean_html(page(META, VISIBLE))
    assert article.title == "2023年全省工业和信息化工作会议召开"
    assert article.published == "2023-02-01 09:58"
    assert article.source == "福建省工业和信息化厅"


def test_visible_lines_when_meta_is_missing():
    article = clean_html(page(before_body='<div class="info">发布时间：2023-02-01 09:58　　信息来源：福建省工业和信息化厅　　【字体：大 中 小】</div>'))
    assert article.published == "2023-02-01 09:58"
    assert article.source == "福建省工业和信息化厅"


def test_empty_meta_content_falls_through_to_the_page():
    head = '<meta name="ContentSource" content=""><meta name="PubDate" content="">'
    article = clean_html(page(head, '<p>来源：福建日报 发布日期：2023年2月1日</p>'))
    assert article.source == "福建日报"
    assert article.published == "2023-02-01"


def test_label_and_value_in_separate_elements():
    article = clean_html(page(before_body="<div>时间：<span>2019-09-18 06:23</span> 来源：<span>山西日报</span> <a>打印</a></div>"))
    assert article.published == "2019-09-18 06:23"
    assert article.source == "山西日报"


def test_publishtime_element():
    article = clean_html(page(before_body="<div>发布时间：<publishtime>2025-01-16 09:30:00</publishtime></div>"))
    assert article.published == "2025-01-16 09:30"


def test_publisher_is_the_source_when_no_laiyuan_is_given():
    table = '<table><tr><td>发布机构：</td><td><span id="xxgkfbjg">海南省工业和信息化厅</span></td></tr></table>'
    assert clean_html(page(before_body=table)).source == "海南省工业和信息化厅"


def test_title_is_page_title_without_the_site_name():
    article = clean_html(page(title="2023年全省工业和信息化工作会议召开 - 福建省工业和信息化厅"))
    assert article.title == "2023年全省工业和信息化工作会议召开"


def test_h1_that_agrees_with_the_page_title_is_preferred():
    html = page(before_body="<h1>福建省工业和信息化厅</h1><h1>2023年全省工业和信息化工作会议召开</h1>",
                title="2023年全省工业和信息化工作会议召开_工作动态_福建省工业和信息化厅")
    assert clean_html(html).title == "2023年全省工业和信息化工作会议召开"


def test_family_title_container():
    html = page(before_body='<div id="zoomtitl">2023年全省经济和信息化工作会议召开</div>', title="四川省经济和信息化厅")
    assert clean_html(html).title == "2023年全省经济和信息化工作会议召开"


def test_header_lines_inside_a_wrapper_container_leave_the_body():
    wrapper = ('<div class="message-box"><h2>2023年全省工业和信息化工作会议召开</h2>'
               "<p>发布时间：2023-02-01 来源：陕西省工业和信息化厅</p>"
               "<p>1月31日，全省工业和信息化工作会议在西安召开，会议总结了2022年工作。</p></div>")
    html = f"<html><head><title>2023年全省工业和信息化工作会议召开</title></head><body>{wrapper}</body></html>"
    article = clean_html(html)
    assert article.body == "1月31日，全省工业和信息化工作会议在西安召开，会议总结了2022年工作。"
    assert article.published == "2023-02-01" and article.source == "陕西省工业和信息化厅"


def test_no_date_anywhere_gives_null():
    article = clean_html(page())
    assert article.published is None and article.source is None


def test_url_date_is_the_last_resort_for_published():
    url = "http://gxt.fujian.gov.cn/zwgk/xw/jxyw/202302/t20230201_6123456.htm"
    assert clean_html(page(), url=url).published == "2023-02-01"
    assert clean_html(page(META), url=url).published == "2023-02-01 09:58"


def test_bare_date_line_near_the_title():
    article = clean_html(page(before_body="<h1>全省工业和信息化工作会议召开</h1><div class='date'>2023-02-01 09:58</div>"))
    assert article.published == "2023-02-01 09:58"


def test_traditional_page_labels_are_read_and_the_source_converted():
    html = ("<html><head><title>全省工業和信息化工作會議召開</title></head><body>"
            "<div>發佈時間：2020-01-10　來源：江蘇省工業和信息化廳</div>"
            '<div class="TRS_Editor"><p>1月9日，全省工業和信息化工作會議在南京召開，會議總結了2019年工作，部署了2020年重點任務。</p></div></body></html>')
    article = clean_html(html)
    assert article.traditional
    assert article.published == "2020-01-10"
    assert article.source == "江苏省工业和信息化厅"
    assert article.title == "全省工业和信息化工作会议召开"


def test_a_source_word_inside_a_sentence_is_not_the_source():
    body = '<div class="TRS_Editor"><p>会议明确，资金来源：省级财政专项资金和市县配套资金，确保项目按期建成。</p></div>'
    html = f"<html><head><title>会议召开</title></head><body>{body}</body></html>"
    assert clean_html(html).source is None
