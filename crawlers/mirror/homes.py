"""Mirror pages of the rows whose news column is found at run time (crawlers/discovery.py).

Each host gets a home page whose navigation names its columns (a news column among notices,
policy and media columns), the news list in the markup its platform's evidence shows
(``evidence.toml``), and the articles. Some homes hold a trap a real site has too: a section
page named like news that is not a list (贵州), the news link only on the 政务公开 index (云南),
a list that is a shell filled by POST /queryList (江西).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from html import escape

from crawlers.mirror import articles as A
from crawlers.mirror.markup import Row, detail, home, page, short, trs_list, write
from crawlers.mirror.server import query_file


@dataclass(frozen=True)
class NewsHome:
    host: str
    department: str
    home_path: str
    nav: list[tuple[str, str]]  # (href, text) on the home page
    list_path: str  # the news list the discovery should choose
    layout: str  # how the list rows are written (see _LAYOUTS)
    rows: list[Row]  # (href relative to list_path's directory or absolute, title, date)
    wrapper: str = "trs"  # detail page layout (markup.detail)


def _rows(rows: list[Row], row: str) -> str:
    return "\n".join(row.format(h=h, t=escape(t), s=escape(short(t)), d=d or "") for h, t, d in rows)


_LAYOUTS = {
    "trs": lambda name, rows: trs_list(name, "ul.list", rows, '<script>createPageHTML(1, 0, "index", "html");</script>'),
    "jilin": lambda name, rows: page(name, '<div id="main"><div id="content"><ul>\n'
                                     + _rows(rows, '<li><a href="{h}" title="{t}" target="_blank">{s}</a><span>{d}</span></li>')
                                     + '\n</ul><div class="fy_ly">共1页 <span>首页</span> <span>上一页</span> <span>下一页</span> <span>尾页</span></div></div></div>'),
    "henan": lambda name, rows: page(name, '<div class="zfxxgk_zdgkc"><ul>\n'
                                     + _rows(rows, '<li><a href="{h}" title="{t}" target="_blank">{s}</a><b>{d}</b></li>')
                                     + '\n</ul></div><div class="page">共 1 页</div>'),
    "shaanxi": lambda name, rows: page(name, '<div class="cm-news-box"><ul class="cm-news-list">\n'
                                       + _rows(rows, '<li><a href="{h}" title="{t}" target="_blank">{s}</a><span>{d}</span></li>')
                                       + '\n</ul></div><script>createPageHTML(1, 0, "index", "html");</script>'),
    "sichuan": lambda name, rows: page(name, '<ul class="list-li">\n'
                                       + _rows(rows, '<li><div class="List-T"><a href="{h}" title="{t}" target="_blank">{s}</a></div>'
                                               '<span class="list-time">{d}</span></li>')
                                       + '\n</ul><script>createPageHTML(1, 0, "common_list", "shtml");</script>'),
    "gansu": lambda name, rows: page(name, '<ul id="body">\n'
                                     + _rows(rows, '<li><div class="title"><a href="{h}" target="_blank">{s}</a></div><div class="date">{d}</div></li>')
                                     + '\n</ul><div class="pagination">共1页</div>'),
    "hainan": lambda name, rows: page(name, '<div class="list-right">\n'
                                      + _rows(rows, '<div class="list_div"><table><tr><td class="list-right_title"><a href="{h}" title="{t}" '
                                              'target="_blank">{s}</a></td><td align="left">{d}</td></tr></table></div>')
                                      + '\n<div class="page">共 1 页</div></div>'),
    "anhui": lambda name, rows: page(name, '<div class="doc_list_box"><ul class="doc_list">\n'
                                     + _rows(rows, '<li><a href="{h}" title="{t}" target="_blank">{s}</a><span class="date">{d}</span></li>')
                                     + '\n</ul></div><div class="page">共1页</div>'),
    # 新疆 prints the year apart from month and day (observed_columns.md).
    "xinjiang": lambda name, rows: page(name, '<ul class="list">\n'
                                        + "\n".join(f'<li><a href="{h}" title="{escape(t)}" target="_blank">{escape(short(t))}</a>'
                                                    f'<span class="year">{(d or "")[:4]}</span><span class="date">{(d or "")[5:]}</span></li>'
                                                    for h, t, d in rows)
                                        + '\n</ul><div class="page">共1页</div>'),
}


def _hanweb_inline(unit: str, rows: list[Row]) -> str:
    """浙江: the list inline as a jpage datastore in div#<unit> > script, rows p.lb-list > a + span."""
    records = "\n".join(f'<record><![CDATA[<p class="lb-list"><a href="{h}" title="{escape(t)}" target="_blank">{escape(short(t))}</a>'
                        f"<span>{d}</span></p>]]></record>" for h, t, d in rows)
    return (f'<div class="bt-box-1170 c1"><div id="{unit}"><script type="text/xml"><datastore>\n<recordset>\n{records}\n'
            f"</recordset>\n</datastore></script></div></div>\n"
            f"<script>$('#{unit}').jpage({{dataStore: dataStore, perPage: 15, totalRecord: {len(rows)}}});</script>")


def _jiangxi_shell(name: str, code: str, unit: str) -> str:
    """The 江西 platform's channel page (as the saved real page): an empty div filled by
    ``loadPageData(params)`` → POST /queryList, a handlebars row template, the channel JSON."""
    channel = {"code": code, "showName": name, "urls": json.dumps({"pc": f"/jxsgyhxxht/{code}/index.html"}), "name": name}
    body = (
        f"<script>var websiteCode = 'jxsgyhxxht', codeName = '{code}';\n"
        f"var channelsTagSelf = {json.dumps(channel, ensure_ascii=False)}; //当前栏目信息</script>\n"
        f'<div class="box03_con clearfix"><div id="{unit}"></div>\n'
        f'<script id="div{unit}" type="text/x-handlebars-template">\n<ul class=\'List_list\'>{{{{#each data}}}}{{{{#with this}}}}<li>'
        "<a href='{{pcUrl}}' target='_blank' title='{{title}}'>{{title}}</a><span class='list_span'>{{formatDate pubDate 'YYYY'}}-"
        "{{formatDate pubDate 'MM'}}-{{formatDate pubDate 'DD'}}</span></li>{{/with}}{{/each}}</ul>\n</script>\n"
        '<script src="commonfiles/jquery.jpage.js"></script>\n<script src="commonfiles/utils.js"></script>\n'
        f"<script>\n  var params = {{\n    current: 1,\n    unitid: '{unit}',\n    webSiteCode: ['jxsgyhxxht'],\n"
        f"    channelCode: ['{code}'],\n    dataBefore: '',\n    dataAfter: '',\n    perPage: '15',\n    notReturnContent:false,\n"
        f"    templateContainerId: 'div{unit}',\n  }};\n\n  loadPageData(params, '{unit}');\n</script></div>"
    )
    return page(name, body, '<base href="/jxsgyhxxht/" />\n')


def _trs(host: str, department: str, nav: list[tuple[str, str]], list_path: str, rows: list[Row], layout: str = "trs",
         wrapper: str = "trs", home_path: str = "/index.html") -> NewsHome:
    return NewsHome(host, department, home_path, nav, list_path, layout, rows, wrapper)


def _d(stamp: str, n: int, suffix: str = "html") -> str:
    """A TRS article file name: ./YYYYMM/tYYYYMMDD_n.html."""
    return f"./{stamp[:6]}/t{stamp}_{n}.{suffix}"


NEWS_HOMES = [
    _trs("gxt.jl.gov.cn", "吉林省工业和信息化厅",
         [("/gxdt/gxyw/", "工信要闻"), ("/gxdt/gzdt/", "工作动态"), ("/xxgk/tzgg/", "通知公告"), ("/xxgk/zcwj/", "政策文件")],
         "/gxdt/gzdt/", [(_d("20260603", 3301), "省工业和信息化厅召开全省工业经济运行调度会议", "2026-06-03"),
                         (_d("20260520", 3290), "吉林省汽车产业链供需对接会在长春举办", "2026-05-20"),
                         (_d("20260508", 3277), "省工业和信息化厅赴延边州调研医药产业发展", "2026-05-08")], layout="jilin", wrapper="jilin"),
    _trs("gxt.hlj.gov.cn", "黑龙江省工业和信息化厅",
         [("/gxt/c107067/common_list.shtml", "通知公告"), ("/gxt/c106958/common_list.shtml", "工作动态"), ("/gxt/c107069/common_list.shtml", "媒体关注")],
         "/gxt/c106958/common_list.shtml",
         [("/gxt/c106958/202606/c00_31990021.shtml", "全省工业和信息化系统重点工作推进会议召开", "2026-06-05"),
          ("/gxt/c106958/202605/c00_31980012.shtml", "省工信厅召开数字经济发展专题会议", "2026-05-22"),
          ("/gxt/c106958/202605/c00_31970007.shtml", "黑龙江省工业互联网标识解析二级节点建设推进", "2026-05-11")]),
    _trs("jx.ah.gov.cn", "安徽省经济和信息化厅",
         [("/public/column/22061", "信息公开"), ("/xwdt/gzdt/index.html", "工作动态"), ("/sy/wjgg/index.html", "文件公告")],
         "/xwdt/gzdt/index.html",
         [("/public/22061/149901231.html", "全省制造业数字化转型推进会在合肥召开", "2026-06-06"),
          ("/public/22061/149890017.html", "省经济和信息化厅召开新能源汽车产业集群建设调度会", "2026-05-26"),
          ("/public/22061/149870032.html", "安徽省工业设计大赛启动", "2026-05-12")], layout="anhui"),
    _trs("gxt.henan.gov.cn", "河南省工业和信息化厅",
         [("/jxdt/tzgg/", "通知公告"), ("/jxdt/gzdt/", "工作动态"), ("/zwgk/", "政务公开")],
         "/jxdt/gzdt/", [(_d("20260604", 3180221), "全省工业和信息化工作推进会在郑州召开", "2026-06-04"),
                         (_d("20260521", 3170102), "省工业和信息化厅召开制造业高质量发展座谈会", "2026-05-21"),
                         (_d("20260507", 3160089), "河南省先进制造业集群培育对接活动举办", "2026-05-07")], layout="henan"),
    _trs("iitb.hainan.gov.cn", "海南省工业和信息化厅",
         [("/iitb/tzgg/list2.shtml", "通知公告"), ("/iitb/zxgzdt/list2.shtml", "工作动态"), ("/iitb/zcfg/list2.shtml", "政策法规")],
         "/iitb/zxgzdt/list2.shtml", [(_d("20260529", 4012345, "shtml"), "全省工业和信息化工作会议召开", "2026-05-29"),
                                     (_d("20260515", 4001234, "shtml"), "省工业和信息化厅召开自贸港产业发展座谈会", "2026-05-15"),
                                     (_d("20260430", 3990123, "shtml"), "海南省数字经济产业对接活动举办", "2026-04-30")],
         layout="hainan", wrapper="ucap"),
    _trs("jxt.sc.gov.cn", "四川省经济和信息化厅",
         [("/scjxt/wjfb/common_list.shtml", "文件发布"), ("/scjxt/gzdt/common_list.shtml", "工作动态"), ("/scjxt/ggtz/zt_list.shtml", "公告通知")],
         "/scjxt/gzdt/common_list.shtml",
         [("/scjxt/gzdt/2026/6/2/0f1e2d3c4b5a69788796a5b4c3d2e1f0.shtml", "全省经济和信息化工作推进会在成都召开", "2026-06-02"),
          ("/scjxt/gzdt/2026/5/19/1a2b3c4d5e6f708192a3b4c5d6e7f809.shtml", "省经济和信息化厅召开电子信息产业运行调度会", "2026-05-19"),
          ("/scjxt/gzdt/2026/5/6/2b3c4d5e6f708192a3b4c5d6e7f8091a.shtml", "四川省工业互联网平台赋能对接活动举办", "2026-05-06")],
         layout="sichuan", wrapper="sichuan", home_path="/scjxt/index.shtml"),
    # 贵州: 工信动态 is a section page (blocks of sub-columns, no list); the list is 工作动态.
    _trs("gxt.guizhou.gov.cn", "贵州省工业和信息化厅",
         [("/gxdt/", "工信动态"), ("/gxdt/gzdt/", "工作动态"), ("/gxdt/tzgg/", "通知公告")],
         "/gxdt/gzdt/", [(_d("20260605", 83501234), "全省工业和信息化系统上半年工作调度会召开", "2026-06-05"),
                         (_d("20260522", 83490012), "省工业和信息化厅召开大数据电子信息产业推进会", "2026-05-22"),
                         (_d("20260509", 83480021), "贵州省磷化工产业链对接活动举办", "2026-05-09")]),
    # 云南: the home page links 政务公开 only; its index page names 工作动态.
    _trs("gxt.yn.gov.cn", "云南省工业和信息化厅",
         [("/zwgk/", "政务公开"), ("/tzgg/", "通知公告")],
         "/zwgk/gzdt/", [(_d("20260603", 2890123), "全省工业经济运行调度会议在昆明召开", "2026-06-03"),
                         (_d("20260520", 2880012), "省工业和信息化厅召开绿色铝产业发展推进会", "2026-05-20"),
                         (_d("20260506", 2870034), "云南省硅光伏产业链对接活动举办", "2026-05-06")]),
    _trs("jxt.xizang.gov.cn", "西藏自治区经济和信息化厅",
         [("/xzweb/list?channelId=9&categoryId=69", "通知公告"), ("/xzweb/list?channelId=8&categoryId=160", "工作动态"),
          ("/xzweb/list?channelId=8&categoryId=164", "国内要闻")],
         "/xzweb/list?channelId=8&categoryId=160",
         [("/xzweb/detail?id=5123&channelId=8&categoryId=160", "自治区经济和信息化厅召开全区工业经济运行分析会", "2026-06-01"),
          ("/xzweb/detail?id=5118&channelId=8&categoryId=160", "全区清洁能源产业发展推进会在拉萨召开", "2026-05-18"),
          ("/xzweb/detail?id=5109&channelId=8&categoryId=160", "西藏高原特色产业产销对接活动举办", "2026-05-05")]),
    _trs("gxt.shaanxi.gov.cn", "陕西省工业和信息化厅",
         [("/cyfz/yxjc/", "运行监测"), ("/xwzx/gzdt/", "工作动态"), ("/xxgk/tzgg/", "通知公告")],
         "/xwzx/gzdt/", [(_d("20260604", 3401234), "全省工业稳增长工作推进会在西安召开", "2026-06-04"),
                         (_d("20260521", 3391122), "省工业和信息化厅召开秦创原创新驱动平台建设座谈会", "2026-05-21"),
                         (_d("20260508", 3380987), "陕西省重点产业链供需对接会举办", "2026-05-08")], layout="shaanxi", wrapper="shaanxi"),
    _trs("gxt.gansu.gov.cn", "甘肃省工业和信息化厅",
         [("/common/search/c026a237135d4a5383c335f993f79925?_template=index&_pageSize=20&page=1&_isAgg=false&_isJson=false", "经济运行"),
          ("/common/search/5d2f0b7c9e8a4f6b8c1d2e3f4a5b6c7d?_template=index&_pageSize=20&page=1&_isAgg=false&_isJson=false", "工作动态"),
          ("/common/search/24932f4d5c3a4dada3e739d18f6bd7ad?_template=index&_pageSize=20&page=1&_isAgg=false&_isJson=false", "政策法规")],
         "/common/search/5d2f0b7c9e8a4f6b8c1d2e3f4a5b6c7d?_template=index&_pageSize=20&page=1&_isAgg=false&_isJson=false",
         [("/gxt/c107572/202606/2190011.shtml", "全省工业和信息化工作调度会在兰州召开", "2026-06-05"),
          ("/gxt/c107572/202605/2180023.shtml", "省工信厅召开新能源装备制造产业链推进会", "2026-05-20"),
          ("/gxt/c107572/202605/2170034.shtml", "甘肃省工业互联网创新发展对接活动举办", "2026-05-07")], layout="gansu", wrapper="gansu"),
    _trs("gxt.qinghai.gov.cn", "青海省工业和信息化厅",
         [("/xwdt/gzdt/", "工作动态"), ("/tzgg/", "通知公告"), ("/zcfg/", "政策法规")],
         "/xwdt/gzdt/", [(_d("20260602", 1901234), "全省工业和信息化系统重点工作推进会召开", "2026-06-02"),
                         (_d("20260519", 1890012), "省工业和信息化厅召开盐湖产业发展座谈会", "2026-05-19"),
                         (_d("20260505", 1880021), "青海省清洁能源装备产业对接活动举办", "2026-05-05")]),
    _trs("gxt.xinjiang.gov.cn", "新疆维吾尔自治区工业和信息化厅",
         [("/gxt/tzgg/", "通知公告"), ("/gxt/gzdt/", "部门动态"), ("/gxt/mtgz/", "媒体关注")],
         "/gxt/gzdt/", [("/gxt/gzdt/202606/3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c.shtml", "自治区工业和信息化厅召开全区工业经济运行调度会", "2026-06-03"),
                        ("/gxt/gzdt/202605/4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d.shtml", "自治区新型工业化推进会在乌鲁木齐召开", "2026-05-21"),
                        ("/gxt/gzdt/202605/5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e.shtml", "新疆制造业数字化转型对接活动举办", "2026-05-08")],
         layout="xinjiang"),
]

ZHEJIANG_NEWS = [
    ("/art/2026/6/8/art_1582899_59030011.html", "全省经信工作例会召开", "2026-06-08"),
    ("/art/2026/5/25/art_1582899_59010022.html", "省经信厅召开“415X”先进制造业集群建设推进会", "2026-05-25"),
    ("/art/2026/5/11/art_1582899_58990033.html", "浙江省数字经济创新提质对接活动举办", "2026-05-11"),
]
JIANGXI_NEWS = [
    ("2091234567890123456", "全省工业和信息化系统半年工作调度会在南昌召开", 1780617600000, "2026-06-05"),
    ("2089876543210987654", "省工信厅召开电子信息产业链链长制工作推进会", 1779408000000, "2026-05-22"),
    ("2087654321098765432", "江西省中小企业数字化转型对接活动举办", 1778198400000, "2026-05-08"),
]


def build_news_home(site: NewsHome) -> None:
    write(site.host, site.home_path, home(site.department, site.nav))
    list_dir = site.list_path.split("?")[0]
    list_dir = list_dir if list_dir.endswith("/") else list_dir.rsplit("/", 1)[0] + "/"
    text = _LAYOUTS[site.layout](site.nav[[p for p, _ in site.nav].index(site.list_path)][1]
                                 if site.list_path in [p for p, _ in site.nav] else "工作动态", site.rows)
    stored = site.list_path + ("index.html" if site.list_path.endswith("/") else "")
    write(site.host, query_file(stored), text)
    for href, title, when in site.rows:
        path = href if href.startswith("/") else list_dir + href[2:]
        body = A.news(title, "自治区" if "自治区" in site.department else "省")
        write(site.host, query_file(path), detail(title, when or "2026-05-01", site.department, body, wrapper=site.wrapper))


def build_all() -> None:
    for site in NEWS_HOMES:
        build_news_home(site)
    # 贵州's 工信动态 section page: blocks of sub-columns, no list a reader can take.
    write("gxt.guizhou.gov.cn", "/gxdt/index.html", page("工信动态", '<div class="gxdt-index">'
          '<div class="block"><h3><a href="/gxdt/gzdt/">工作动态</a></h3><p>更多</p></div>'
          '<div class="block"><h3><a href="/gxdt/tzgg/">通知公告</a></h3><p>更多</p></div></div>'))
    # 云南's 政务公开 index names the news column.
    write("gxt.yn.gov.cn", "/zwgk/index.html", home("政务公开", [("/zwgk/gzdt/", "工作动态"), ("/zwgk/zcwj/", "政策文件"), ("/zwgk/rsxx/", "人事信息")]))
    zhejiang()
    jiangxi()


def zhejiang() -> None:
    host, src = "jxt.zj.gov.cn", "浙江省经济和信息化厅"
    write(host, "/index.html", home(src, [("/col/col1659217/index.html", "政策法规"), ("/col/col1582899/index.html", "工作动态"),
                                          ("/col/col1229895084/index.html", "统计信息")]))
    write(host, "/col/col1582899/index.html", page("工作动态", _hanweb_inline("5031620", ZHEJIANG_NEWS), '<meta name="ColumnName" content="工作动态">\n'))
    for href, title, when in ZHEJIANG_NEWS:
        write(host, href, detail(title, when, src, A.news(title), wrapper="zhejiang"))


def jiangxi() -> None:
    host, src = "gxt.jiangxi.gov.cn", "江西省工业和信息化厅"
    write(host, "/jxsgyhxxht/gzdt/index.html", _jiangxi_shell("工作动态", "gzdt", "380112"))
    results = [{"source": {"title": t, "pubDate": ms, "urls": json.dumps({"pc": f"/jxsgyhxxht/gzdt/content/content_{i}.html"}),
                           "metadata": {"author": src}}} for i, t, ms, _ in JIANGXI_NEWS]
    write(host, "/queryList_gzdt_p1.json", json.dumps({"code": 200, "data": {"results": results, "total": 3, "pages": 1, "current": 1}},
                                                      ensure_ascii=False))
    for i, t, _, when in JIANGXI_NEWS:
        write(host, f"/jxsgyhxxht/gzdt/content/content_{i}.html", detail(t, when, src, A.news(t)))
