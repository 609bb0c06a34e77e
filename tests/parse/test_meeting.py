from tests.parse.helpers import parse


def test_province_from_the_source_first():
    rec = parse("1月31日，全省工业和信息化工作会议在福州召开。", source="福建省工业和信息化厅")
    assert rec["meeting"]["province"] == "福建"


def test_province_from_the_body_when_nothing_else_names_it():
    rec = parse("2月3日，全省工业和信息化系统工作视频会议在西安召开。奋力谱写新时代陕西工业新篇章。")
    assert rec["meeting"]["province"] == "陕西"


def test_province_hint_from_the_site():
    assert parse("3月1日，全区工业经济运行调度会召开。", province="广西")["meeting"]["province"] == "广西"


def test_date_year_from_the_publish_date():
    rec = parse("1月31日，全省工业和信息化工作会议在福州召开。", published="2023-02-01 09:58")
    assert rec["meeting"]["date"] == "2023-01-31"


def test_late_december_meeting_published_in_january_belongs_to_the_year_before():
    rec = parse("12月28日，全省工业和信息化工作会议在杭州召开。", published="2024-01-03")
    assert rec["meeting"]["date"] == "2023-12-28"


def test_date_year_from_the_text_when_unpublished():
    rec = parse("2月3日，全省工信系统工作会议在西安召开。会议要求全面落实2021年各项重点任务。")
    assert rec["meeting"]["date"] == "2021-02-03"


def test_city_where_it_was_held():
    assert parse("1月5日，全区工业和信息化工作会议在呼和浩特市召开。")["meeting"]["city"] == "呼和浩特"


def test_video_meeting_without_a_place_has_no_city():
    rec = parse("1月31日，全省工业和信息化工作会议召开。会议以视频形式召开。")
    assert rec["meeting"]["city"] is None


def test_meeting_kinds():
    assert parse("1月31日，全省工业和信息化工作会议在福州召开。")["meeting"]["kind"] == "work_conference"
    assert parse("11月15日，全省工业经济运行调度会召开。")["meeting"]["kind"] == "operation_meeting"
    assert parse("5月8日，省工信厅召开党组理论学习中心组学习会议。")["meeting"]["kind"] == "other"


def test_is_meeting():
    assert parse("1月31日，全省工业和信息化工作会议在福州召开。")["is_meeting"] is True
    assert parse("为贯彻落实国家有关部署，现就有关事项通知如下。", title="关于开展2023年试点工作的通知")["is_meeting"] is False


def test_a_meeting_on_one_line_of_work_is_not_the_work_conference():
    rec = parse("3月2日，全省工业和信息化系统党风廉政建设工作会议召开。")
    assert rec["meeting"]["kind"] == "other"


def test_studying_the_national_conference_is_not_a_work_conference():
    rec = parse("1月5日，省工信厅召开党组会议，传达学习全国工业和信息化工作会议精神。")
    assert rec["meeting"]["kind"] == "other"


def test_a_notice_citing_another_meeting_does_not_report_one():
    body = "根据省政府常务会议精神，为推动制造业高质量发展，现将有关事项通知如下。"
    assert parse(body, title="关于开展2023年制造业数字化转型试点工作的通知")["is_meeting"] is False


def test_year_from_the_title_when_unpublished():
    rec = parse("12月27日，全区工业和信息化工作会议在银川市召开。", title="2025年全区工业和信息化工作会议召开")
    assert rec["meeting"]["date"] == "2024-12-27"
