"""gov.cn's current article template: the body is ``div.pages_content#UCAP-CONTENT``, the date
and source sit in ``div.pages-date`` beside the font-size and print widgets. The page below is
written for this test following that structure (the wording is invented)."""
from flows.clean import clean_html

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta name="firstpublishedtime" content="2024-03-06-10:15:00">
<title>示例省召开制造业数字化转型推进会_滚动新闻_中国政府网</title>
</head><body>
<div class="header"><a href="/">首页</a> <a href="/zhengce/">政策</a> <a href="/hudong/">互动</a>
  <a href="/fuwu/">服务</a> <a href="/shuju/">数据</a></div>
<div class="BreadcrumbNav">首页 &gt; 新闻 &gt; 滚动</div>
<div class="article oneColumn pub_border">
  <h1>示例省召开制造业数字化转型推进会</h1>
  <div class="pages-date">2024-03-06 10:15 <span class="font">来源： 示例日报</span>
    <span class="font">字号：<span>默认</span> <span>大</span> <span>超大</span></span> |
    <span class="font"><a href="javascript:window.print()">打印</a></span> |
    <span class="share">分享到：微信 微博</span></div>
  <div class="pages_content mhide" id="UCAP-CONTENT">
    <p style="text-indent: 2em;">3月5日，示例省制造业数字化转型推进会在某市召开，会议总结了去年工作。</p>
    <p style="text-align: center;"><img src="a.jpg"></p>
    <p style="text-align: center;">图为推进会现场。（某某 摄）</p>
    <p style="text-indent: 2em;">会议介绍，2023年全省规模以上工业增加值增长6.1%，数字经济核心产业增加值增长9.4%。</p>
    <p style="text-indent: 2em;">会议要求，今年要新建智能工厂50家。</p>
    <p style="text-align: center;">（资料图片）</p>
  </div>
  <div class="editor">【我要纠错】 责任编辑：某某</div>
  <div class="related"><div class="title">相关稿件</div>
    <ul><li><a href="/x1.htm">示例省发布数字经济十条措施</a></li></ul></div>
</div>
<div class="footer">主办单位：某某办公厅 版权所有：中国政府网 京ICP备05070218号</div>
</body></html>"""


def article():
    return clean_html(PAGE.encode("utf-8"), url="https://www.gov.cn/lianbo/difang/202403/content_0000001.htm")


def test_body_comes_from_the_ucap_content_container():
    assert article().body_path == "selector:#UCAP-CONTENT"


def test_title_date_and_source_of_the_template():
    a = article()
    assert a.title == "示例省召开制造业数字化转型推进会"
    assert a.published == "2024-03-06 10:15"
    assert a.source == "示例日报"


def test_body_is_the_article_without_caption_and_widgets():
    body = article().body
    assert body.split("\n") == [
        "3月5日，示例省制造业数字化转型推进会在某市召开，会议总结了去年工作。",
        "会议介绍，2023年全省规模以上工业增加值增长6.1%，数字经济核心产业增加值增长9.4%。",
        "会议要求，今年要新建智能工厂50家。",
    ]


def test_the_container_is_found_without_its_id():
    page = PAGE.replace(' id="UCAP-CONTENT"', "")
    a = clean_html(page.encode("utf-8"))
    assert a.body_path == "selector:div.pages_content"
    assert a.body.startswith("3月5日，示例省制造业数字化转型推进会在某市召开")


def test_date_and_source_come_from_the_pages_date_line_without_meta():
    page = PAGE.replace('<meta name="firstpublishedtime" content="2024-03-06-10:15:00">', "")
    a = clean_html(page.encode("utf-8"))
    assert a.published == "2024-03-06 10:15" and a.source == "示例日报"
