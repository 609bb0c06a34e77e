"""Write the mirror's pages: ``python -m crawlers.mirror.build`` (rewrites ``pages/``).

Each site's pages follow its platform family's real structure (research/sites.md §2): TRS lists
with ``a@title``, relative hrefs and a ``createPageHTML``/下一页/``?page=N`` pager; timestamp-dir
articles; Hanweb jpage datastores and ``dataproxy.jsp`` XML; a JPaaS shell and ``build/unit``
JSON; 福建/江西/湖北 JSON lists; UCAP detail tags. Behaviours (500, 412, slow, DNS/TLS faults)
live in ``routes.toml``. The generated pages are committed; edit here and re-run to change them.
"""
from __future__ import annotations

import json
import shutil
from html import escape

from crawlers.mirror import articles as A
from crawlers.mirror.markup import (
    Row,
    create_page,
    dataproxy,
    detail,
    history,
    home,
    jiangsu_records,
    jpage_column,
    page,
    robots,
    short,
    trs_list,
    write,
)
from crawlers.mirror.server import PAGES_DIR


def beijing() -> None:
    host = "jxj.beijing.gov.cn"
    src = "北京市经济和信息化局"
    gz = [
        ("./202606/t20260610_4712001.html", "市经济和信息化局召开2026年上半年工业经济运行调度会", "2026-06-10"),
        ("./202606/t20260603_4708812.html", "北京市先进级智能工厂培育工作推进会在亦庄举行", "2026-06-03"),
        ("./202605/t20260528_4701156.html", "市经济和信息化局赴顺义区调研新能源汽车产业链配套情况", "2026-05-28"),
        ("./202605/t20260520_4695530.html", "2026年北京市工业软件创新应用大赛启动", "2026-05-20"),
    ]
    write(host, "/jxdt/gzdt/index.html", trs_list("工作动态", "ul.list", gz[:3], create_page(2, 0)))
    write(host, "/jxdt/gzdt/index_1.html", trs_list("工作动态", "ul.list", gz[3:] + history(host, "beijing", "/jxdt/gzdt/", src, "./{d:%Y%m}/t{d:%Y%m%d}_39{n:05d}.html"), create_page(2, 1)))
    bodies = [
        ["6月10日，市经济和信息化局召开2026年上半年工业经济运行调度会。1-5月，全市规模以上工业增加值同比增长6.3%，其中高技术制造业增长9.8%。",
         "会议要求，一是抓好重点企业服务保障，二是加快重大项目落地，三是做好下半年运行预判。"],
        A.news("北京市先进级智能工厂培育工作推进会在亦庄举行", "市"),
        A.news("市经济和信息化局赴顺义区调研新能源汽车产业链配套情况", "市"),
        A.news("2026年北京市工业软件创新应用大赛启动", "市"),
    ]
    for (href, title, when), paras in zip(gz, bodies):
        write(host, "/jxdt/gzdt/" + href[2:], detail(title, when, src, paras))
    # 政务要闻 lists the same operation meeting (a notice in two columns), by absolute path.
    zw = [("/jxdt/gzdt/202606/t20260610_4712001.html", gz[0][1], "2026-06-10"),
          ("./202606/t20260601_4706001.html", "北京市召开2026年民营经济发展座谈会", "2026-06-01")]
    write(host, "/jxdt/zwyw/index.html", trs_list("政务要闻", "ul.list", zw, create_page(1, 0)))
    write(host, "/jxdt/zwyw/202606/t20260601_4706001.html", detail(zw[1][1], "2026-06-01", src, A.news("北京市召开2026年民营经济发展座谈会", "市")))
    write(host, "/robots.txt", robots())


def tianjin() -> None:
    host = "gyxxh.tj.gov.cn"
    src = "天津市工业和信息化局"
    rows = [
        ("./202606/t20260605_6912201.html", "市工业和信息化局召开全市制造业数字化转型工作推进会", "2026-06-05"),
        ("./202605/t20260522_6901187.html", "天津市2026年工业互联网平台对接活动举办", "2026-05-22"),
    ]
    pager = '<a href="./index.html">首页</a> <a href="./index_1.html">下一页</a> <a href="./index_1.html">尾页</a>'
    write(host, "/ZWXX5652/GXDT9285/index.html", trs_list("工信动态", "ul.list", rows + history(host, "tianjin", "/ZWXX5652/GXDT9285/", src, "./{d:%Y%m}/t{d:%Y%m%d}_58{n:05d}.html"), pager))
    # page 2 came back in a new template: no ul.list any more (a structure change mid-column)
    write(host, "/ZWXX5652/GXDT9285/index_1.html", page("工信动态", '<div class="news-card-grid"><div class="card">'
          '<a href="./202605/t20260512_6890001.html">天津召开…</a></div></div>'))
    write(host, "/ZWXX5652/GXDT9285/202606/t20260605_6912201.html", detail(rows[0][1], rows[0][2], src, [
        "6月5日，市工业和信息化局召开全市制造业数字化转型工作推进会。全市规上工业企业数字化改造覆盖率达到68%，累计建成智能工厂和数字化车间412家。",
        "会议要求，一是分行业制定转型路线图，二是培育一批数字化转型服务商，三是抓好中小企业数字化转型城市试点。"]))
    write(host, "/ZWXX5652/GXDT9285/202605/t20260522_6901187.html", detail(rows[1][1], rows[1][2], src, A.news(rows[1][1], "市")))


def shanxi() -> None:
    host = "gxt.shanxi.gov.cn"
    src = "山西省工业和信息化厅"
    rows = [
        ("./202606/t20260605_10101231.shtml", "省工信厅召开山西省工业互联网一体化进园区水泵专业镇专场对接活动", "2026-06-05"),
        ("./202601/t20260109_10032126.shtml", "2026年全省工业和信息化工作会议召开", "2026-01-09"),
    ]
    pager = (
        '<script>var countPage = 2;//共多少页\nvar currentPage = 0;//当前页\n'
        'createPageHTML(countPage, currentPage, "index", "shtml");</script>'
    )
    write(host, "/xwdt/gxdt/index.shtml", trs_list("工信动态", "ul.list", rows, pager))
    older = [("./202512/t20251230_10021019.shtml", "省工信厅组织召开全省工业领域设备更新工作座谈会", "2025-12-30")]
    pager2 = pager.replace("var currentPage = 0", "var currentPage = 1")
    write(host, "/xwdt/gxdt/index_1.shtml", trs_list("工信动态", "ul.list", older + history(host, "shanxi", "/xwdt/gxdt/", src, "./{d:%Y%m}/t{d:%Y%m%d}_96{n:06d}.shtml"), pager2))
    write(host, "/xwdt/gxdt/202606/t20260605_10101231.shtml", detail(rows[0][1], rows[0][2], src, A.news(rows[0][1])))
    # The work conference page is an old-template GBK page (declares gb2312; 昇 and 琇 are GBK-only).
    gbk_paras = A.WORK_CONFERENCE_SHANXI + ["（本文责任编辑：王昇琇）"]
    write(host, "/xwdt/gxdt/202601/t20260109_10032126.shtml", detail(rows[1][1], rows[1][2], src, gbk_paras, charset="gb2312"), encoding="gbk")
    write(host, "/xwdt/gxdt/202512/t20251230_10021019.shtml", detail(older[0][1], older[0][2], src, A.news(older[0][1])))
    stgz = [("./202605/t20260522_10090001.shtml", "省工信厅召开中小企业数字化转型座谈会", "2026-05-22")]
    write(host, "/gxgz/stgz/index.shtml", trs_list("厅工作", "ul.list", stgz, create_page(1, 0, "shtml")))
    write(host, "/gxgz/stgz/202605/t20260522_10090001.shtml", detail(stgz[0][1], stgz[0][2], src, A.news(stgz[0][1])))
    write(host, "/robots.txt", robots(["/gxgz/", "/sxgxtweb/"]))


def shanghai() -> None:
    host = "www.sheitc.sh.gov.cn"
    src = "上海市经济和信息化委员会"
    rows = [
        ("/zxxx/20260603/5f0c1a9e8d2b4c7fa1e3b6d2c4e5f601.html", "“央地协同 智创未来”在沪央企深化“AI+”行动智享会成功举办", "2026-06-03"),
        ("/zxxx/20260520/0a1b2c3d4e5f40718293a4b5c6d7e8f9.html", "市经济信息化委召开2026年重点产业链供应链工作会议", "2026-05-20"),
    ]
    write(host, "/zxxx/index.html", trs_list("最新信息", "ul.list", rows, '<a href="/zxxx/index_2.html">下一页</a>'))
    older = [("/zxxx/20260417/9f8e7d6c5b4a43219f8e7d6c5b4a4321.html", "从“执行工具”到“人机协作”——2026年首期“投资促进大讲堂”聚焦具身智能新赛道", "2026-04-17")]
    write(host, "/zxxx/index_2.html", trs_list("最新信息", "ul.list", older + history(host, "shanghai", "/zxxx/", src, "/zxxx/{d:%Y%m%d}/{h}.html"), '<span>下一页</span>'))
    write(host, rows[0][0], detail(rows[0][1], rows[0][2], src, A.news("在沪央企深化“AI+”行动智享会成功举办", "市")))
    write(host, rows[1][0], detail(rows[1][1], rows[1][2], src, [
        "5月20日，市经济信息化委召开2026年重点产业链供应链工作会议。前4个月，全市工业总产值同比增长4.6%，战略性新兴产业总产值占规上工业比重达到44.1%。",
        "会议部署了下阶段工作：一是实施产业链“链长制”，二是稳定外资外贸企业供应链，三是推进重点项目早投产早达产。"]))
    write(host, older[0][0], detail(older[0][1], older[0][2], src, A.news("2026年首期“投资促进大讲堂”举办", "市")))


def fujian() -> None:
    host = "gxt.fujian.gov.cn"
    src = "福建省工业和信息化厅"
    rows = [
        ("./202606/t20260610_6812301.htm", "人形机器人与具身智能实景实训行动启动", "2026-06-10"),
        ("./202604/t20260415_6771101.htm", "全省工业经济运行调度会在福州召开", "2026-04-15"),
        ("./202604/t20260410_6769001.htm", "算力聚势，助闽企扬帆逐浪", "2026-04-10"),
    ]
    write(host, "/zwgk/xw/jxyw/index.htm", trs_list("经信要闻", "ul.list", rows + history(host, "fujian", "/zwgk/xw/jxyw/", src, "./{d:%Y%m}/t{d:%Y%m%d}_67{n:05d}.htm", wrapper="fujian"), create_page(1, 0, "htm")))
    write(host, "/zwgk/xw/jxyw/202606/t20260610_6812301.htm", detail(rows[0][1], rows[0][2], src, A.news(rows[0][1]), wrapper="fujian"))
    write(host, "/zwgk/xw/jxyw/202604/t20260415_6771101.htm", detail(rows[1][1], rows[1][2], src, A.OPERATION_MEETING_FUJIAN, wrapper="fujian"))
    write(host, "/zwgk/xw/jxyw/202604/t20260410_6769001.htm", detail(rows[2][1], rows[2][2], src, A.news("全省算力产业对接会举办"), wrapper="fujian"))
    api = [
        {"doctitle": "福建省工业和信息化厅 福建省财政厅关于印发全面推进工业数智化赋能九条措施的通知", "docreltime": "2026-05-15 16:20:11",
         "docpuburl": "https://gxt.fujian.gov.cn/jdhy/zxzcfg/sjzcfg/202605/t20260515_6790021.htm"},
        {"doctitle": "福建省工业和信息化厅关于印发《福建省节能装备高质量发展实施方案（2026—2028年）》的通知", "docreltime": "2026-05-06 10:02:45",
         "docpuburl": "https://gxt.fujian.gov.cn/jdhy/zxzcfg/sjzcfg/202605/t20260506_6781234.htm"},
    ]
    write(host, "/fjdzapp/search_32377_p1.json", json.dumps({"data": api[:1], "pageCount": 2, "page": 1}, ensure_ascii=False))
    write(host, "/fjdzapp/search_32377_p2.json", json.dumps({"data": api[1:], "pageCount": 2, "page": 2}, ensure_ascii=False))
    for row in api:
        path = row["docpuburl"].split(host, 1)[1]
        write(host, path, detail(row["doctitle"], row["docreltime"][:10], src, [
            f"各设区市工信局、平潭综合实验区经济发展局：现将{row['doctitle'][10:]}印发给你们，请认真贯彻执行。", "联系人：省工信厅相关处室"], wrapper="fujian"))
    write(host, "/robots.txt", robots(["/fjdzapp/admin/"]))


def hubei() -> None:
    host = "jxt.hubei.gov.cn"
    src = "湖北省经济和信息化厅"
    rows = [
        ("./202605/t20260522_5990101.shtml", "全省人工智能赋能新型工业化专题研讨班成功举办", "2026-05-22"),
        ("./202601/t20260113_5901201.shtml", "全省经济和信息化工作会议在武汉召开", "2026-01-13"),
    ]
    listed = rows + history(host, "hubei", "/bmdt/jxtyw/", src, "./{d:%Y%m}/t{d:%Y%m%d}_58{n:05d}.shtml", wrapper="hubei")
    # rows ul.list-b > li > h4 > a[title] + p.date (jas0no7 policy_jxt_hubei.py)
    lis = "\n".join(f'<li><h4><a href="{h}" title="{escape(t)}" target="_blank">{escape(short(t))}</a></h4><p class="date">{w}</p></li>'
                    for h, t, w in listed)
    write(host, "/bmdt/jxtyw/index.shtml", page("经信厅要闻", f'<div class="list-main"><ul class="list-b">\n{lis}\n</ul></div>'
                                                 + create_page(1, 0, "shtml")))
    write(host, "/bmdt/jxtyw/202605/t20260522_5990101.shtml", detail(rows[0][1], rows[0][2], src, A.news(rows[0][1]), wrapper="hubei"))
    write(host, "/bmdt/jxtyw/202601/t20260113_5901201.shtml", detail(rows[1][1], rows[1][2], src, A.WORK_CONFERENCE_HUBEI, wrapper="hubei"))
    data = [{"URL": "https://jxt.hubei.gov.cn/fbjd/zc/gfxwj/202604/t20260413_5960001.shtml",
             "FILENAME": "湖北省经济和信息化厅等八部门关于印发《湖北省“人工智能+制造”专项行动实施方案》的通知",
             "PUBDATE": "2026-04-13", "PUBLISHER": "湖北省经济和信息化厅", "FILENUM": "鄂经信规〔2026〕2号"}]
    write(host, "/fbjd/zc/gfxwj/zcwj.json", json.dumps({"data": data}, ensure_ascii=False))
    write(host, "/fbjd/zc/gfxwj/202604/t20260413_5960001.shtml", detail(data[0]["FILENAME"], "2026-04-13", src, [
        "各市、州、直管市、神农架林区经信局：现将《湖北省“人工智能+制造”专项行动实施方案》印发给你们，请结合实际认真贯彻落实。"], wrapper="hubei"))


def hunan() -> None:
    host = "gxt.hunan.gov.cn"
    src = "湖南省工业和信息化厅"
    base = "/gxt/xxgk_71033/gzdt/jxyw/"
    rows = [
        ("./202606/t20260604_34100001.html", "全省制造业高质量发展推进会在长沙召开", "2026-06-04"),
        ("./202605/t20260528_34090001.html", "湖南政策“工具箱”迭代护航先进制造业", "2026-05-28"),
    ]
    def listing(items: list[Row]) -> str:
        table = "\n".join(f'<tr><td>{w}</td><td><a href="{h}" title="{escape(t)}">{escape(short(t))}</a></td></tr>' for h, t, w in items)
        return page("经信要闻", f'<div class="list"><table id="list">\n{table}\n</table></div><div class="page">共 2 页</div>'
                    '<script src="/ucap/js/ucap-list.js"></script>')
    write(host, base + "index.html", listing(rows))
    older = [("./202605/t20260508_34070001.html", "2026年湖南省智能制造专题培训班开班", "2026-05-08")]
    write(host, base + "page_2.html", listing(older + history(host, "hunan", base, src, "./{d:%Y%m}/t{d:%Y%m%d}_33{n:06d}.html", wrapper="ucap")))
    write(host, base + "202606/t20260604_34100001.html", detail(rows[0][1], rows[0][2], src, A.MEETING_HUNAN, wrapper="ucap"))
    write(host, base + "202605/t20260528_34090001.html", detail(rows[1][1], rows[1][2], src, A.news("湖南出台先进制造业财政支持政策"), wrapper="ucap"))
    write(host, base + "202605/t20260508_34070001.html", detail(older[0][1], older[0][2], src, A.news(older[0][1]), wrapper="ucap"))


def guangxi() -> None:
    host = "gxt.gxzf.gov.cn"
    src = "广西壮族自治区工业和信息化厅"
    rows: list[Row] = [
        ("./t31200456.shtml", "2026年广西制造业智改数转网联工作会议在南宁召开", "2026-04-17"),
        ("./t31190087.shtml", "广西“人工智能+制造”典型应用场景丨AI视频智能分析-广西石化炼化一体化智能工厂", "2026-04-10"),
        # an undated row: it never stops paging
        ("./t31180012.shtml", "自治区工业和信息化厅赴百色开展铝产业调研", None),
    ]
    write(host, "/wzsy/zwdt/gxdt/index.shtml", trs_list("工信动态", "ul.list", rows[:2] + history(host, "guangxi", "/wzsy/zwdt/gxdt/", src, "./t30{n:06d}.shtml") + rows[2:], create_page(1, 0, "shtml")))
    write(host, "/wzsy/zwdt/gxdt/t31200456.shtml", detail(rows[0][1], "2026-04-17", src, A.MEETING_GUANGXI))
    write(host, "/wzsy/zwdt/gxdt/t31190087.shtml", detail(rows[1][1], "2026-04-10", src, A.news("广西发布“人工智能+制造”典型应用场景", "自治区")))
    write(host, "/wzsy/zwdt/gxdt/t31180012.shtml", detail(rows[2][1], "2026-04-02", src, A.news(rows[2][1], "自治区")))


def chongqing() -> None:
    host = "jjxxw.cq.gov.cn"
    src = "重庆市经济和信息化委员会"
    rows = [
        ("./202606/t20260603_15012345.html", "市经济信息委召开2026年未来产业培育工作推进会", "2026-06-03"),
        ("./202605/t20260518_14990011.html", "渝津两地经信部门召开产业协同发展工作对接会", "2026-05-18"),
        ("./202604/t20260415_14950021.html", "《重庆市汽车、机器人和低空经济产业高质量发展人才需求目录（2026—2028）》正式发布", "2026-04-15"),
    ]
    listed = rows + history(host, "chongqing", "/zwxx_213/jxdt/", src, "./{d:%Y%m}/t{d:%Y%m%d}_13{n:06d}.html", wrapper="chongqing")
    # div.item.on > div[1] > a with title p and date span (jas0no7 policy_jjxxw_chongqing.py)
    anchors = "\n".join(f'<a href="{h}" target="_blank"><p>{escape(t)}</p><span>{w}</span></a>' for h, t, w in listed)
    write(host, "/zwxx_213/jxdt/index.html", page("经信动态", f'<div class="tab-list"><div class="item on"><div>\n{anchors}\n</div>'
                                                   f'<div class="page">{create_page(1, 0)}</div></div></div>'))
    write(host, "/zwxx_213/jxdt/202606/t20260603_15012345.html", detail(rows[0][1], rows[0][2], src, A.MEETING_CHONGQING, wrapper="chongqing"))
    # rows[1] answers 500 (routes.toml)
    write(host, "/zwxx_213/jxdt/202604/t20260415_14950021.html", detail(rows[2][1], rows[2][2], src, A.news("人才需求目录正式发布", "市"), wrapper="chongqing"))


def ningxia() -> None:
    host = "gxt.nx.gov.cn"
    src = "宁夏回族自治区工业和信息化厅"
    rows = [
        ("./202606/t20260609_4712345.html", "自治区工业和信息化厅军民融合与装备处走进装备企业“一企一策”推进行业高质量发展", "2026-06-09"),
        ("./202605/t20260521_4701234.html", "自治区召开工业经济运行调度会", "2026-05-21"),
        ("./202604/t20260423_4689012.html", "我区召开“模数共振”行动推进工作座谈会 共促人工智能与数据资源协同发展", "2026-04-23"),
    ]
    write(host, "/xwzx/gzdt/index.html", trs_list("工作动态", "ul.list", rows[:2], create_page(2, 0)))
    write(host, "/xwzx/gzdt/index_1.html", trs_list("工作动态", "ul.list", rows[2:] + history(host, "ningxia", "/xwzx/gzdt/", src, "./{d:%Y%m}/t{d:%Y%m%d}_46{n:05d}.html"), create_page(2, 1)))
    write(host, "/xwzx/gzdt/202606/t20260609_4712345.html", detail(rows[0][1], rows[0][2], src, A.news("装备企业“一企一策”服务活动开展", "自治区")))
    write(host, "/xwzx/gzdt/202605/t20260521_4701234.html", detail(rows[1][1], rows[1][2], src, A.OPERATION_MEETING_NINGXIA))
    write(host, "/xwzx/gzdt/202604/t20260423_4689012.html", detail(rows[2][1], rows[2][2], src, A.news("“模数共振”行动推进工作座谈会召开", "自治区")))


# -- timestamp-dir CMS ---------------------------------------------------------------------


def hebei() -> None:
    host = "gxt.hebei.gov.cn"
    src = "河北省工业和信息化厅"
    base = "/hbgyhxxht/xwzx32/snxw40/"
    rows = [
        ("./2026060909350910674/index.html", "京津冀安全应急装备集群产业规模稳步提升  推动七个国家级产业特色园区提档升级", "2026-06-09"),
        ("./2026052710120034561/index.html", "全省工业和信息化系统半年工作调度会召开", "2026-05-27"),
    ]
    write(host, base + "index.html", trs_list("省内新闻", "div.list_box > ul.news_list", rows, '<a href="index_2.html">下一页</a>'))
    older = [("./2026040710001122334/index.html", "垂直大模型激活千行百业新动能", None)]
    write(host, base + "index_2.html", trs_list("省内新闻", "div.list_box > ul.news_list", older + history(host, "hebei", base, src, "./{d:%Y%m%d}0930{n:07d}/index.html", wrapper="hebei"), ""))
    write(host, base + "2026060909350910674/index.html", detail(rows[0][1], rows[0][2], src, A.news("京津冀安全应急装备集群发展推进"), wrapper="hebei"))
    write(host, base + "2026052710120034561/index.html", detail(rows[1][1], rows[1][2], src, [
        "5月27日，全省工业和信息化系统半年工作调度会召开。1-4月，全省规上工业增加值同比增长6.2%，工业投资增长10.1%。",
        "会议要求，一是确保“双过半”，二是抓好重点项目，三是推进产业集群数智化升级。"], wrapper="hebei"))
    write(host, base + "2026040710001122334/index.html", detail(older[0][1], "2026-04-07", src, A.news(older[0][1]), wrapper="hebei"))


def liaoning() -> None:
    host = "gxt.ln.gov.cn"
    src = "辽宁省工业和信息化厅"
    base = "/gxt/lngxdt/"
    rows = [
        ("./2026060810230045612/index.shtml", "辽阳市召开制造业智改数转诊断工作部署会议", "2026-06-08"),
        ("./2026041009150023456/index.shtml", "省工业和信息化厅召开2026年一季度全省工业经济运行调度会议", "2026-04-10"),
    ]
    def listing(items: list[Row], current: int) -> str:
        return trs_list("辽宁工信动态", "div.list > ul.infolist", items, create_page(2, current, "shtml"))
    write(host, base + "index.shtml", listing(rows[:1], 0))
    write(host, base + "index_1.shtml", listing(rows[1:] + history(host, "liaoning", base, src, "./{d:%Y%m%d}1000{n:07d}/index.shtml"), 1))
    write(host, base + "2026060810230045612/index.shtml", detail(rows[0][1], rows[0][2], src, A.news("辽阳市制造业智改数转诊断工作部署", "市")))
    write(host, base + "2026041009150023456/index.shtml", detail(rows[1][1], rows[1][2], src, A.OPERATION_MEETING_LIAONING))


# -- Hanweb --------------------------------------------------------------------------------


def shandong() -> None:
    host = "gxt.shandong.gov.cn"
    src = "山东省工业和信息化厅"
    rows = [
        ("/art/2026/6/5/art_15165_10401234.html", "2026年化工产业数字化转型提升培训班成功举办2026-06-05", "2026-06-05"),
        ("/art/2026/6/3/art_15165_10399876.html", "金融赋能制造业·齐鲁路演厅（聊城站）暨供应链金融赋能轴承产业链对接活动成功举办2026-06-03", "2026-06-03"),
        ("/art/2026/1/15/art_15165_10201122.html", "全省工业和信息化工作会议在济南召开2026-01-15", "2026-01-15"),
        ("/art/2026/1/8/art_15165_10198765.html", "省工业和信息化厅召开厅务会议2026-01-08", "2026-01-08"),
    ]
    write(host, "/col/col15165/index.html", jpage_column("15165", "371001", "78", "工作动态", rows[:2], 4, 2))
    write(host, "/module/web/jpage/dataproxy_15165_p2.xml", dataproxy(rows[2:], 4, 2))
    bodies = [A.news("化工产业数字化转型提升培训班举办"), A.news("供应链金融赋能轴承产业链对接活动举办"),
              A.WORK_CONFERENCE_SHANDONG[:3],
              ["1月8日，省工业和信息化厅召开厅务会议，传达学习全国工业和信息化工作会议精神。", "会议研究了2026年全省工业和信息化工作会议筹备事项。"]]
    for (href, title, when), paras in zip(rows, bodies):
        write(host, href, detail(title, when, src, paras, wrapper="hanweb"))


def jiangsu() -> None:
    host = "gxt.jiangsu.gov.cn"
    src = "江苏省工业和信息化厅"
    # 省级政策 (col6278): a column page with its first records inline, as the jpage template has them.
    rows = [
        ("/art/2026/6/10/art_6278_11783480.html", "关于印发江苏省“人工智能+制造”实施方案的通知", "2026-06-10"),
        ("/art/2026/4/29/art_6278_11701234.html", "关于召开全省工业经济运行调度视频会议的通知", "2026-04-29"),
    ]
    store = jiangsu_records(rows, "span") + "\n<record><![CDATA[ <li><font> · </font><span>无链接脏数据</span></li> ]]></record>"
    write(host, "/col/col6278/index.html", page("省级政策", f'<div id="403740"><script type="text/xml"><datastore>\n<recordset>\n{store}\n'
          "</recordset>\n</datastore></script></div>\n<script>$('#403740').jpage({dataStore: dataStore, perPage: 15, totalRecord: 2});</script>",
          '<meta name="ColumnName" content="省级政策">\n'))
    write(host, rows[0][0], detail(rows[0][1], rows[0][2], src, ["各设区市工业和信息化局：现将《江苏省“人工智能+制造”实施方案》印发给你们，请认真组织实施。"], wrapper="jiangsu"))
    write(host, rows[1][0], detail(rows[1][1], rows[1][2], src, ["各设区市工业和信息化局：定于5月6日召开全省工业经济运行调度视频会议，请各地主要负责同志在分会场参加。", "附件：参会回执"], wrapper="jiangsu"))
    # 工作动态 (col6282, unit 403981): POST dataproxy.jsp windows of 25 (jas0no7 news_gxt_jiangsu.py); 27 records.
    news = [(f"/art/2026/6/{30 - n}/art_6282_{11790000 - n}.html", f"全省工业和信息化系统专项工作推进情况（{n + 1}）", f"2026-06-{30 - n:02d}")
            for n in range(25)]
    news[0] = ("/art/2026/6/30/art_6282_11790000.html", "省工业和信息化厅召开上半年全省工业经济运行分析会", "2026-06-30")
    older = [("/art/2026/6/4/art_6282_11761234.html", "首笔“智能工厂贷”落地政银担协同助力制造业焕新升级", "2026-06-04"),
             ("/art/2026/1/12/art_6282_11601234.html", "全省工业和信息化工作会议在南京召开", "2026-01-12")]
    for name, part in (("dataproxy_6282_p1.xml", news), ("dataproxy_6282_p2.xml", older)):
        write(host, f"/module/web/jpage/{name}", f'<?xml version="1.0" encoding="utf-8"?>\n<datastore><totalrecord>27</totalrecord>'
              f"<totalpage>2</totalpage><recordset>\n{jiangsu_records(part)}\n</recordset></datastore>\n")
    meetings = {
        news[0][0]: ["6月30日，省工业和信息化厅召开上半年全省工业经济运行分析会。1-5月，全省规模以上工业增加值同比增长7.6%，高技术制造业增加值增长10.2%。",
                     "会议要求，一是稳住重点行业增长，二是加快重大项目建设，三是抓好“人工智能+制造”行动。"],
        older[1][0]: ["1月12日，全省工业和信息化工作会议在南京召开。2025年全省规上工业增加值增长7.8%，制造业增加值占地区生产总值比重达到36.2%。",
                      "会议部署2026年重点工作：一是推进制造强省建设，二是培育先进制造业集群，三是加快数字化转型。"],
    }
    for href, title, when in news + older:
        write(host, href, detail(title, when, src, meetings.get(href) or A.news(title), wrapper="jiangsu"))
    write(host, "/index.html", home(src, [("/col/col6278/index.html", "省级政策"), ("/col/col6282/index.html", "工作动态"), ("/col/col6281/index.html", "公告公示")]))


def zhejiang() -> None:
    host = "jxt.zj.gov.cn"
    src = "浙江省经济和信息化厅"
    # 政策法规: the list inline as a jpage datastore in div#5031616 > script, rows p.lb-list (jas0no7 news_jxt_zhejiang.py).
    rows = [
        ("/art/2026/5/29/art_1659217_59012345.html", "浙江省经济和信息化厅关于印发《浙江省制造业数字化改造行动方案（2026—2028年）》的通知", "2026-05-29"),
        ("/art/2026/5/12/art_1659217_58990012.html", "关于召开全省经信工作例会的通知", "2026-05-12"),
        ("/art/2026/4/20/art_1659217_58950001.html", "浙江省经济和信息化厅关于公布2026年省级工业设计中心名单的通知", "2026-04-20"),
    ]
    from crawlers.mirror.homes import _hanweb_inline  # the same inline store as the news column

    write(host, "/col/col1659217/index.html", page("政策法规", _hanweb_inline("5031616", rows), '<meta name="ColumnName" content="政策法规">\n'))
    for href, title, when in rows:
        write(host, href, detail(title, when, src, [f"各市经信局：{title}，请遵照执行。"], wrapper="zhejiang"))


# -- JSON lists ----------------------------------------------------------------------------


def jiangxi() -> None:
    host = "gxt.jiangxi.gov.cn"
    src = "江西省工业和信息化厅"
    docs = [
        ("2084911550435762176", "全省工业和信息化工作会议在南昌召开", 1768358400000, "2026-01-14"),
        ("2081234567890123456", "江西省制造业重点产业链现代化建设“1269”行动计划（2026年版）印发", 1767744000000, "2026-01-07"),
        ("2079876543210987654", "省工信厅部署2026年工业领域设备更新工作", 1766966400000, "2025-12-29"),
    ]
    def answer(items: list[tuple[str, str, int, str]], current: int) -> str:
        results = [{"source": {"title": t, "pubDate": ms, "urls": json.dumps({"pc": f"/jxsgyhxxht/ghbs/content/content_{i}.html"}),
                               "metadata": {"author": src}}} for i, t, ms, _ in items]
        return json.dumps({"code": 200, "data": {"results": results, "total": 3, "pages": 2, "current": current}}, ensure_ascii=False)
    write(host, "/queryList_ghbs_p1.json", answer(docs[:2], 1))
    write(host, "/queryList_ghbs_p2.json", answer(docs[2:], 2))
    paras = [
        "1月14日，全省工业和信息化工作会议在南昌召开。2025年全省规上工业增加值增长7.0%，电子信息产业营业收入突破1.1万亿元。",
        "会议部署2026年重点工作：一是推进制造业重点产业链现代化建设，二是实施大规模设备更新，三是推动数字经济和实体经济深度融合，四是强化企业梯度培育。",
    ]
    write(host, f"/jxsgyhxxht/ghbs/content/content_{docs[0][0]}.html", detail(docs[0][1], docs[0][3], src, paras))
    for i, t, _, when in docs[1:]:
        write(host, f"/jxsgyhxxht/ghbs/content/content_{i}.html", detail(t, when, src, A.news(t)))
    write(host, "/jxsgyhxxht/index.html", home("江西省工业和信息化厅", [("/jxsgyhxxht/ghbs/index.html", "规划部署"), ("/jxsgyhxxht/gzdt/index.html", "工作动态"), ("/jxsgyhxxht/tzgg/index.html", "通知公告")]))
    # 工作动态 is found at run time: its channel shell and /queryList answer are in homes.py.


# -- columns from new evidence (crawl_evidence.md) ------------------------------------------


def neimenggu() -> None:
    host, src = "gxt.nmg.gov.cn", "内蒙古自治区工业和信息化厅"
    rows = [("./202606/t20260604_2612345.html", "自治区工业和信息化厅召开全区工业经济运行调度会", "2026-06-04"),
            ("./202605/t20260520_2601234.html", "全区新型工业化推进大会在呼和浩特召开", "2026-05-20"),
            ("./202309/t20230927_2386023.html", "自治区工业和信息化厅组织召开稀土产业发展座谈会", "2023-09-27")]
    write(host, "/gxdt_new/zzq/index.html", trs_list("自治区", "ul.list", rows, create_page(1, 0)))
    for href, title, when in rows:
        write(host, "/gxdt_new/zzq/" + href[2:], detail(title, when, src, A.news(title, "自治区")))


def guangdong() -> None:
    host, src = "gdii.gd.gov.cn", "广东省工业和信息化厅"
    rows = [("/gdywdt/ttxw/content/post_4921234.html", "全省制造业当家工作推进会在广州召开", "2026-06-06"),
            ("/gdywdt/ttxw/content/post_4901234.html", "省工业和信息化厅召开超高清视频显示产业集群建设座谈会", "2026-05-21"),
            ("/gdywdt/ttxw/content/post_4886189.html", "广东省人工智能赋能制造业对接活动举办", "2026-04-27")]
    write(host, "/gdywdt/ttxw/index.html", trs_list("头条新闻", "ul.list", rows, create_page(1, 0)))
    for href, title, when in rows:
        write(host, href, detail(title, when, src, A.news(title)))


def challenges() -> None:
    """Bodies of the mirror's challenge answers (routes.toml says where they are served)."""
    # 甘肃: the 瑞数 challenge script starts $_ss (jas0no7 ts.js), here answered with status 200.
    write("gxt.gansu.gov.cn", "/ruishu_ss.html", page("", '<meta content="{qqqqqqqq"><script type="text/javascript">$_ss=window[\'$_ss\'];'
          "if(!$_ss)$_ss={};$_ss.nsd=52714;$_ss.cd=\"qDqcrrAlq...\";</script><script src=\"/4QbVtADbnLVIc/c.FxJzG50F.b6f1dd6.js\" r=\"m\"></script>"))
    write("gxt.gansu.gov.cn", "/ruishu_412.html", page("", '<script type="text/javascript">$_ts=window[\'$_ts\'];if(!$_ts)$_ts={};'
          "$_ts.nsd=84213;$_ts.cd=\"qE3cqr...\";</script><script src=\"/4QbVtADbnLVIc/c.FxJzG50F.b6f1dd6.js\" r=\"m\"></script>"))
    write("gxt.yn.gov.cn", "/jsl_521.html", "<script>document.cookie=('_')+('_')+('j')+('s')+('l')+('_')+('c')+('l')+('e')+('a')+('r')+"
          "('a')+('n')+('c')+('e')+('_')+('s')+('=')+(+new Date());location.href=location.pathname+location.search;"
          "/*__jsl_clearance_s*/</script>")
    write("gxt.qinghai.gov.cn", "/wzws.html", page("", '<noscript>请开启JavaScript并刷新该页</noscript><script>var wzwsquestion="0x1f2e";'
          'var wzwsfactor="6742";var wzwsmethod="post";var wzwsparams="";</script>'))


def main() -> None:
    if PAGES_DIR.exists():
        shutil.rmtree(PAGES_DIR)
    from crawlers.mirror.homes import build_all as news_homes  # the rows whose news column is found at run time

    for build in (beijing, tianjin, shanxi, shanghai, fujian, hubei, hunan, guangxi, chongqing, ningxia,
                  hebei, liaoning, shandong, jiangsu, zhejiang, jiangxi, neimenggu, guangdong, challenges, news_homes):
        build()
    count = sum(1 for p in PAGES_DIR.rglob("*") if p.is_file())
    print(f"wrote {count} files under {PAGES_DIR}")


if __name__ == "__main__":
    main()
