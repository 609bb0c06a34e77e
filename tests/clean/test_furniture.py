"""Page furniture is removed as whole lines or bracketed widgets; prose that mentions it stays."""
import pytest

from flows.clean.assemble import finish_body
from flows.clean.furniture import is_furniture, strip_furniture

PROSE = "会议要求，加快推广3D打印、工业互联网等新技术应用。"


@pytest.mark.parametrize("line", [
    "分享到：", "分享到：微信微博QQ空间", "扫一扫在手机打开当前页", "扫一扫在手机上查看当前页面",
    "打印本页", "【打印本页】【关闭窗口】", "打印本页 | 关闭窗口", "关闭窗口", "【字体：大中小】", "字体：大 中 小",
    "上一篇：省工信厅召开党组会议", "下一篇：全省工业运行调度会召开", "责任编辑：张三",
    "闽ICP备05004474号-1", "网站标识码：3500000001", "闽公网安备 35010202000123号",
    "主办单位：福建省工业和信息化厅", "承办单位：福建省经济信息中心", "版权所有：福建省工业和信息化厅",
    "Copyright © 2023 福建省工业和信息化厅", "联系我们", "网站地图 | 联系我们",
])
def test_furniture_lines(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    PROSE,
    "会议强调，要做好打印机、复印机等办公设备的节能工作。",
    "会议指出，要加强ICP备案管理，规范互联网信息服务。",
    "群众可扫一扫二维码，在手机上查看办理进度。",
    "会议指出",
])
def test_prose_is_kept(line):
    assert not is_furniture(line)
    assert strip_furniture([line]) == [line]


def test_attachment_section_and_its_list_are_removed():
    lines = [PROSE, "附件下载", "1.关于印发行动方案的通知", "2.回执表", "扫一扫在手机上查看当前页面"]
    assert strip_furniture(lines) == [PROSE]


def test_a_section_list_ends_at_the_next_paragraph_of_prose():
    lines = ["相关链接", "省工信厅召开党组会议", "会议要求，各地要认真抓好落实，确保各项任务落地见效。"]
    assert strip_furniture(lines) == ["会议要求，各地要认真抓好落实，确保各项任务落地见效。"]


def test_file_name_lines_are_removed():
    assert strip_furniture(["关于印发行动方案的通知.pdf", "附件2：回执.docx（35KB）", PROSE]) == [PROSE]


def test_inline_widgets_are_cut_from_a_line_with_text():
    assert strip_furniture(["会议在福州召开。【打印本页】"]) == ["会议在福州召开。"]


def test_finish_body_normalises_and_strips_in_one_go():
    raw = "　　1月31日,全省工业和信息化工作会议在福州召开。\n\n\n【字体：大 中 小】\n扫一扫在手机上查看当前页面\n"
    assert finish_body(raw) == "1月31日，全省工业和信息化工作会议在福州召开。"


def test_an_attachment_line_with_a_title_and_the_list_after_it_are_removed():
    lines = [PROSE, "附件：1.2025年度省级绿色工厂名单", "2.2025年度省级绿色园区名单"]
    assert strip_furniture(lines) == [PROSE]
    assert strip_furniture([PROSE, "附件2：企业申报回执"]) == [PROSE]


def test_prose_that_mentions_an_attachment_stays():
    line = "附件所列企业须于3月底前完成整改，逾期未完成的取消认定资格。"
    assert strip_furniture([line]) == [line]
