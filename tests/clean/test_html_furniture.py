"""Furniture inside an HTML body container goes as in plain text: a trail and the header at
its top, credits, captions and statements at its end (markup written for this test)."""
from flows.clean import clean_html

PAGE = """<html><head><meta charset="utf-8"><title>某省工业经济稳中向好_某某网</title></head><body>
<div class="article">
  <p>当前位置：首页 &gt; 新闻中心 &gt; 正文</p>
  <h1>某省工业经济稳中向好</h1>
  <p>2024-02-01 09:30 | 来源：某某日报</p>
  <p>原标题：去年全省规上工业增加值增长6%</p>
  <p>1月31日，某省工业和信息化工作会议召开。会议介绍，2023年全省规上工业增加值增长6%。</p>
  <p>图为会议现场。（某某 摄）</p>
  <p>会议要求，今年全省工业投资增长10%以上。</p>
  <p>一审：张某 二审：李某 三审：王某</p>
  <p>责任编辑：赵某</p>
  <p>版权声明：凡注明“来源：某某网”的作品，版权归某某公司所有。</p>
  <p>某县举办文旅推介会</p>
</div></body></html>"""


def test_an_html_body_without_its_trail_header_credits_and_statement():
    a = clean_html(PAGE.encode("utf-8"))
    assert a.title == "某省工业经济稳中向好"
    assert (a.published, a.source) == ("2024-02-01 09:30", "某某日报")
    assert a.body.split("\n") == [
        "1月31日，某省工业和信息化工作会议召开。会议介绍，2023年全省规上工业增加值增长6%。",
        "会议要求，今年全省工业投资增长10%以上。",
    ]


def test_a_page_title_that_names_only_the_site_gives_way_to_the_headline_on_the_page():
    page = """<html><head><meta charset="utf-8"><title>某省工业和信息化厅</title></head><body>
    <h1>某省工业和信息化厅</h1>
    <div class="box"><h2 class="bt">全省工业经济运行调度会议召开</h2>
    <p>来源：某省工业和信息化厅 日期：2020-10-24</p>
    <div class="article"><p>10月23日，全省工业经济运行调度会议在省会召开。会议通报了全省工业经济运行情况。</p></div>
    </div></body></html>"""
    a = clean_html(page.encode("utf-8"))
    assert a.title == "全省工业经济运行调度会议召开"
    assert a.published == "2020-10-24"
