"""Plain text that opens with page furniture: the title/来源/时间 header after it is still read.

The texts are written for these tests in the shapes reposting sites print (no real text
copied); ../shared/realtexts is scored as a whole in test_realtexts_articles.py."""
from flows.clean import clean_text

BODY = "1月27日，全省经济和信息化工作会议在省会召开。会议介绍，全年规上工业增加值增长5.6%。"
TITLE = "2023年，某省经信工作交出亮眼成绩单"


def test_menu_and_breadcrumb_before_the_title():
    text = f"""首页 新闻 政务 图片 要闻 聚焦 县域 专题 文娱 返回
首页 >> 省内新闻 >> 正文

{TITLE}

来源：某某日报 时间：2024-01-29 16:22

{BODY}"""
    a = clean_text(text)
    assert (a.title, a.published, a.source) == (TITLE, "2024-01-29 16:22", "某某日报")
    assert a.body == BODY


def test_site_banner_trail_and_subtitle_before_a_date_source_line():
    text = f"""某某网
某某网>>某省频道>>综合栏目>>某省

全省工业稳增长现场会召开

攻坚克难稳增速 奋力实现“双过半”

2022年05月12日07:21 | 来源：某省日报
小字号

原标题：攻坚克难稳增速 奋力实现“双过半”

{BODY}"""
    a = clean_text(text)
    assert (a.title, a.published, a.source) == ("全省工业稳增长现场会召开", "2022-05-12 07:21", "某省日报")
    assert a.body == BODY


def test_login_line_position_line_and_qr_box_before_the_title():
    text = f"""会员登录 登录     |

当前位置：首页 > 新闻资讯 > 某省工业“压舱石”作用凸显

扫描二维码，分享此文章

某省工业“压舱石”作用凸显

供稿： | 2023-06-07

{BODY}"""
    a = clean_text(text)
    assert (a.title, a.published, a.source) == ("某省工业“压舱石”作用凸显", "2023-06-07", None)
    assert a.body == BODY


def test_source_label_with_its_value_on_the_next_line():
    text = f"来源:\n某某日报\n\n{TITLE}\n\n2019-01-26 10:09:49 来源: 某某日报\n\n  原标题:去年全省工业增长5.2%\n\n  {BODY}"
    a = clean_text(text)
    assert (a.title, a.published, a.source) == (TITLE, "2019-01-26 10:09", "某某日报")
    assert a.body == BODY


def test_a_date_laid_out_over_three_lines():
    text = f"某某切换\n新闻\n{TITLE}\n2024\n07/24\n15:01\n\n{BODY}"
    a = clean_text(text)
    assert (a.title, a.published) == (TITLE, "2024-07-24 15:01")
    assert a.body == BODY


def test_a_repost_header_with_several_source_lines_keeps_the_first():
    text = f"来源:某某网\n2023-03-25 15:09:03\n原标题:前2个月某省工业技改投资增长10.9%\n来源:某某日报\n{BODY}"
    a = clean_text(text)
    assert (a.title, a.published, a.source) == (None, "2023-03-25 15:09", "某某网")
    assert a.body == BODY


def test_a_byline_between_the_date_and_the_source():
    text = f"某市:高技术制造业贡献率超五成\n2020-01-23     □记者 某某 某市报道 来源:某某参考报\n\n{BODY}"
    a = clean_text(text)
    assert (a.title, a.published, a.source) == ("某市：高技术制造业贡献率超五成", "2020-01-23", "某某参考报")
    assert a.body == BODY


def test_a_source_line_with_the_date_and_an_address_after_it():
    text = f"某省新闻 某市 某县 某区 某镇 某乡\n地方网 > 某省 > 某省新闻 > 正文\n\n{TITLE}\n\n来源:某省日报 2018-08-29 06:31   https://www.example.net/\n\n{BODY}"
    a = clean_text(text)
    assert (a.title, a.published, a.source) == (TITLE, "2018-08-29 06:31", "某省日报")
    assert "example.net" not in a.body and a.body == BODY


def test_a_title_running_straight_into_the_first_paragraph():
    dateline = "某网石家庄7月29日电 (朱某)7月29日,某省举行上半年工业经济发布会。"
    a = clean_text(f"某省工业经济上半年总体平稳向好 高于全国平均增速1个百分点\n{dateline}\n会议指出，工业稳中向好。")
    assert a.title == "某省工业经济上半年总体平稳向好高于全国平均增速1个百分点"
    assert a.body.startswith("某网石家庄7月29日电（朱某）7月29日，某省举行")  # the dateline is body


def test_an_enumerated_heading_is_not_a_title():
    a = clean_text("一、2021年工作情况\n2021年，全市经信系统圆满完成年度目标任务。")
    assert a.title is None
    assert a.body.startswith("一、2021年工作情况")


def test_a_publish_date_line_on_top_of_a_headed_text():
    text = f"发布时间：2022-05-12\n某某网\n某某网>>某省频道>>要闻\n\n{TITLE}\n\n2022年05月12日07:21 | 来源：某省日报\n\n{BODY}"
    a = clean_text(text)
    assert (a.title, a.published, a.source) == (TITLE, "2022-05-12", "某省日报")
    assert a.body == BODY


def test_a_publish_date_line_on_top_of_a_title_and_body():
    a = clean_text(f"发布时间：2025-07-29\n{TITLE}\n{BODY}")
    assert (a.title, a.published) == (TITLE, "2025-07-29")
    assert a.body == BODY


def test_a_publish_date_line_on_top_of_a_body_only_text():
    a = clean_text(f"发布时间：2023-02-06\n{BODY}")
    assert (a.title, a.published, a.source) == (None, "2023-02-06", None)
    assert a.body == BODY


def test_a_site_suffix_leaves_the_title():
    a = clean_text(f"全市工业运行调度会召开 - 某某市工业和信息化局\n来源：某某市工业和信息化局\n\n{BODY}")
    assert a.title == "全市工业运行调度会召开"
    b = clean_text(f"全市工业运行调度会召开_某某网\n\n{BODY}")
    assert b.title == "全市工业运行调度会召开"


def test_a_headline_with_a_dash_that_names_no_site_keeps_it():
    a = clean_text(f"结构向优——1至11月规上工业增加值增长7%\n\n{BODY}")
    assert a.title == "结构向优——1至11月规上工业增加值增长7%"
    b = clean_text(f"全省工业迈向高质量发展——加快构建发展新格局\n\n{BODY}")
    assert b.title == "全省工业迈向高质量发展——加快构建发展新格局"


def test_a_title_and_its_dashed_subtitle_before_the_first_paragraph():
    a = clean_text(f"某省工业经济稳中有进\n——上半年全省工业运行综述\n{BODY}")
    assert a.title == "某省工业经济稳中有进"
    assert a.body == BODY


def test_two_short_lines_before_a_paragraph_are_not_a_title_and_subtitle():
    text = f"某省工业经济稳中有进\n上半年全省工业运行综述\n{BODY}"
    assert clean_text(text).title is None


def test_other_source_labels_and_a_full_width_dash_before_a_site_name():
    a = clean_text(f"全市工业运行调度会召开－某某网\n稿源：某某日报 2024-04-18\n\n{BODY}")
    assert (a.title, a.published, a.source) == ("全市工业运行调度会召开", "2024-04-18", "某某日报")


def test_a_bracketed_column_label_before_the_title_is_not_the_title():
    a = clean_text(f"【强信心 开新局】\n{TITLE}\n来源：某某日报\n\n{BODY}")
    assert a.title == TITLE
    b = clean_text(f"【工信动态】全省工业运行调度会召开\n来源：某某日报\n\n{BODY}")
    assert b.title == "【工信动态】全省工业运行调度会召开"


def test_a_dated_byline_under_the_title_is_the_header():
    text = f"{TITLE}\n原创 某某 某某工信 2023-01-05 09:00 发表于某省\n\n{BODY}"
    a = clean_text(text)
    assert (a.title, a.published) == (TITLE, "2023-01-05 09:00")
    assert a.body == BODY


def test_a_first_sentence_with_a_date_is_not_a_byline():
    text = f"2023-01-05，某省召开全省工业和信息化工作会议。\n{BODY}"
    a = clean_text(text)
    assert a.published is None and a.body.startswith("2023-01-05，某省召开")


def test_a_byline_under_the_title_belongs_to_the_header():
    a = clean_text(f"{TITLE}\n本报记者 张某 通讯员 李某\n\n{BODY}")
    assert a.title == TITLE and a.body == BODY
    b = clean_text(f"{TITLE}\n来源：某某日报 时间：2024-01-29 16:22\n某某日报全媒记者 吴某\n{BODY}")
    assert (b.title, b.source) == (TITLE, "某某日报") and b.body == BODY


def test_a_dateline_on_its_own_line_stays_in_the_body():
    a = clean_text(f"{TITLE}\n来源：某某日报\n本报讯（记者 沈某）\n{BODY}")
    assert a.body == f"本报讯（记者沈某）\n{BODY}"
