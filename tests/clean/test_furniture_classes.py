"""Each class of body furniture a reposted notice carries, with prose of the same words that stays.

The lines are written for these tests (no real page copied); they go through ``finish_body``
(normalisation, then the rules of ``furniture.toml``), as the cleaner applies them."""
import pytest

from flows.clean.assemble import finish_body
from flows.clean.furniture import is_furniture

FIRST = "1月10日，某省工业和信息化工作会议在省会召开。"
LAST = "会议要求，今年全省规上工业增加值增长6%左右。"


def body(*furniture: str) -> str:
    """The body of a notice with ``furniture`` between its two paragraphs."""
    return finish_body("\n".join([FIRST, *furniture, LAST]))


@pytest.mark.parametrize("line", [
    "首页 > 新闻中心 > 工作动态",                 # breadcrumb trails
    "某某网>>某省频道>>综合栏目>>要闻",
    "地方网 > 某省 > 某省新闻 > 正文",
    "某新社某某分社 • 正文",
    "您的位置：首页 > 通知公告",
    "当前所在位置：首页>>工作动态",
    "首页 / 新闻中心 / 工作动态",
    "首页→新闻中心→正文",
])
def test_breadcrumb_trails_leave_the_body(line):
    assert body(line) == f"{FIRST}\n{LAST}"


@pytest.mark.parametrize("line", [
    "原标题：去年全省规上工业增加值增长6%",
    "（原标题：某省工业经济开局良好）",
])
def test_a_reposts_original_headline_leaves_the_body(line):
    assert body(line) == f"{FIRST}\n{LAST}"


@pytest.mark.parametrize("line", [
    "一审：张某 二审：李某 三审：王某",
    "一审 张某 | 二审 李某 | 三审 王某",
    "责任编辑：赵某",
    "（责编：钱某、孙某）",
    "（编辑 周某）",
    "编辑：周某",
    "监制：吴某",
    "标签：工业经济 稳增长",
    "关键词：数字化转型",
])
def test_credits_and_tags_leave_the_body(line):
    assert body(line) == f"{FIRST}\n{LAST}"


@pytest.mark.parametrize("line", [
    "图为会议现场。",
    "图为会议现场。（记者 郑某 摄）",
    "▲图为某公司智能生产线",
    "（资料图片）",
    "资料图",
    "（某某 供图）",
    "图片来源：某省工信厅",
    "文/张某 图/李某",
])
def test_photo_captions_leave_the_body(line):
    assert body(line) == f"{FIRST}\n{LAST}"


@pytest.mark.parametrize("line", [
    "分享到：", "分享到：微信 微博 QQ空间", "打印", "【打印】【关闭】", "小字号", "X 关闭", "会员登录 登录 |",
    "扫描二维码，分享此文章", "长按识别二维码关注我们", "本站支持IPv6",
    "[不良信息举报：service@example.com]", "违法和不良信息举报电话：12377",
    "想爆料？请拨打新闻热线 0000-12345678，或发送邮件提供新闻线索。",
    "原文链接：https://www.example.com/a/1.html", "https://www.example.net/", "转载请注明来源：某某网",
    "打印此文 | 关闭此页", "回到顶部", "我要评论", "阅读原文",
    "更多精彩内容，请关注“某某工信”微信公众号", "返回某某，查看更多", "- END -",
])
def test_widgets_and_site_lines_leave_the_body(line):
    assert body(line) == f"{FIRST}\n{LAST}"


def test_a_reprint_statement_without_its_label_leaves_the_body():
    statement = "凡标注来源为“某某报”的所有文字、图片，版权均属某某报社，未经书面授权，不得转载、摘编。"
    assert body(statement) == f"{FIRST}\n{LAST}"


@pytest.mark.parametrize("heading", ["精彩推送", "相关新闻", "推荐阅读", "相关报道：", "猜你喜欢"])
def test_a_list_of_other_stories_goes_with_its_heading(heading):
    text = "\n".join([FIRST, LAST, heading, "某市举办工业设计大赛", "某县新增规上企业20家"])
    assert finish_body(text) == f"{FIRST}\n{LAST}"


@pytest.mark.parametrize("statement", [
    "版权声明：凡注明“来源：某某网”的所有作品，版权归某某公司。",
    "免责声明：本文由用户上传，仅代表该用户观点。",
    "郑重声明：本网站所刊载内容未经授权不得转载。",
    "声明：本文仅代表作者观点，不代表本站立场。",
    "平台声明：该文观点仅代表作者本人，本平台仅提供信息存储服务。",
])
def test_a_statement_ends_the_article_and_the_teasers_after_it_go(statement):
    text = "\n".join([FIRST, LAST, statement, "-", "某县：共商文旅协作", "（某某）1日，为推动文旅发展，某县召开会议。"])
    assert finish_body(text) == f"{FIRST}\n{LAST}"


def test_the_end_mark_keeps_its_paragraph_and_drops_what_follows():
    text = "\n".join([FIRST, "“我们将全力稳住工业经济。”某某说。（完）", "X 关闭", "5月20日，某大桥主塔顺利封顶。"])
    assert finish_body(text) == f"{FIRST}\n“我们将全力稳住工业经济。”某某说。（完）"


def test_a_statement_before_the_article_does_not_empty_the_body():
    assert finish_body("\n".join(["免责声明：本页仅供参考", FIRST, LAST])) == f"{FIRST}\n{LAST}"


def test_a_trailing_list_of_dated_headlines_goes():
    text = "\n".join([
        FIRST, LAST,
        "【专栏】某校教师：这里的一切都挺好",
        "2024-11-15【校庆】某某：艺术人生，始于此地",
        "2024-11-15某市十大好玩景点",
        "2024-11-14某省：让创新成为鲜明标识",
    ])
    assert finish_body(text) == f"{FIRST}\n{LAST}"


def test_a_body_that_ends_mid_sentence_is_not_a_headline_list():
    text = "\n".join([FIRST, "2024-11-15", "全省工业投资同比增长"])
    assert finish_body(text) == text


@pytest.mark.parametrize("prose", [
    "会议要求，加快推进5G、工业互联网、IPv6规模部署。",
    "推进IPv6规模部署",
    "会议指出，要完善版权保护制度，推动版权产业发展。",
    "全省新增国家级专精特新“小巨人”企业52家，标签化管理企业名录。",
    "他表示，要支持企业扫描二维码申报项目。",
    "2023年，全省工业经济呈现“平稳开局、企稳回升”态势。",
    "一是工业生产企稳回升。",
    "首先，工业增加值增长5%；其次，工业投资增长10%。",
    "会议审议通过了《关于加快工业互联网发展的意见》。",
    "文化产业增加值增长8%，图书出版业稳步发展。",
])
def test_prose_with_the_same_words_stays(prose):
    assert not is_furniture(prose)
    assert body(prose) == f"{FIRST}\n{prose}\n{LAST}"


def test_a_dateline_stays_in_the_body():
    dateline = "某网石家庄7月29日电（朱某）7月29日，某省举行上半年工业经济发布会。"
    assert finish_body(dateline) == dateline


def test_a_trailing_list_with_bracketed_dates_goes():
    text = "\n".join([FIRST, LAST, "某市举办工业设计大赛（2024-11-15）", "某县新增规上企业20家（2024-11-14）"])
    assert finish_body(text) == f"{FIRST}\n{LAST}"
