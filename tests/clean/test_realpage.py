"""A real TRS page (山西省人民政府门户网站, 2019), checked in trafilatura's style: metadata,
phrases the body must contain, and page furniture it must not. The page is read from
``../shared/realpages`` and never copied into the project."""
import pytest

from flows.clean import clean_html

PAGE = "realpages/shanxi_gov_portal_2019.html"
MUST_CONTAIN = [
    "当地时间9月16日下午，2019年山西品牌丝路行（南美站）活动在巴西圣保罗正式启动",
    "这里聚集了超过90%的在巴中国移民和近200家中资企业",
    "南美站活动将先后在巴西、乌拉圭、阿根廷举行。（张巨峰）",
]
MUST_NOT_CONTAIN = [
    "切换到繁体", "无障碍浏览", "热门搜索", "山西要闻",            # header and navigation
    "打印", "字体", "放大", "分享", "扫一扫在手机打开当前页面",    # widgets
    "省发展和改革委员会", "国务院港澳事务办公室", "新华网",        # related-site links
    "网站标识码", "晋ICP备12000773号", "版权所有", "联系我们",     # footer
    "山西省人民政府网是山西省和山西省各部门",                      # meta description
    "图为山西品牌丝路行", "刘通摄",                                 # the photo's caption
]


@pytest.fixture(scope="module")
def article(shared):
    return clean_html((shared / PAGE).read_bytes(), url="http://www.shanxi.gov.cn/yw/sxyw/201909/t20190918_693227.shtml")


def test_metadata_comes_from_the_meta_tags(article):
    assert article.title == "山西品牌丝路行（南美站）正式启动"
    assert article.published == "2019-09-18 06:23"
    assert article.source == "山西日报"
    assert article.encoding == "utf-8" and not article.traditional


def test_body_comes_from_the_trs_container(article):
    assert article.body_path == "selector:div.TRS_Editor"


@pytest.mark.parametrize("phrase", MUST_CONTAIN)
def test_body_contains(article, phrase):
    assert phrase in article.body


@pytest.mark.parametrize("phrase", MUST_NOT_CONTAIN)
def test_body_lacks_furniture(article, phrase):
    assert phrase not in article.body


def test_body_is_paragraphs(article):
    lines = article.body.split("\n")
    assert len(lines) == 8 and all(lines)  # 9 paragraphs less the photo caption
    assert not any(line.startswith(("　", " ")) for line in lines)
