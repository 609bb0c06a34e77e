"""Where a meeting was held: the venue it names, a city's one-character press name, the dateline."""
from flows.parse.meeting import meeting_city
from flows.parse.venue import dateline_city, venue_city
from tests.parse.helpers import parse


def test_venue_named_in_full_or_with_shi():
    assert venue_city("全省工业和信息化工作会议在洛阳召开。") == "洛阳"
    assert venue_city("全区工业经济运行调度会在乌兰察布市举行。") == "乌兰察布"


def test_one_character_press_name_of_a_city():
    assert venue_city("12日，全省经信工作会议在蓉召开。") == "成都"
    assert venue_city("全省工业和信息化工作会议在穗举行。") == "广州"


def test_one_character_that_names_no_city_places_nothing():
    assert venue_city("会议在此召开。") is None
    assert venue_city("会议在线召开。") is None


def test_main_venue_of_a_video_meeting():
    assert venue_city("会议以视频形式召开，在长沙设主会场，各市州设分会场。") == "长沙"


def test_dateline_of_the_report():
    assert dateline_city("本报大同3月2日电（记者 王明）全市工业工作会议2日召开。") == "大同"
    assert dateline_city("□记者 李华 兰州报道\n记者从全省工信工作会议上获悉。") == "兰州"


def test_a_newspaper_named_for_its_city_is_not_a_dateline():
    assert dateline_city("西安日报讯 记者从全市工业工作会议上获悉。") is None


def test_meeting_city_falls_back_to_the_dateline():
    rec = parse("本报贵阳2月9日电 2月8日，全省工业和信息化工作会议召开。会议总结2022年工作。")
    assert rec["meeting"]["city"] == "贵阳"


def test_the_venue_wins_over_the_dateline():
    rec = parse("本报贵阳2月9日电 2月8日，全省工业和信息化工作会议在遵义召开。")
    assert rec["meeting"]["city"] == "遵义"


def test_a_dateline_gives_no_city_to_a_notice_that_reports_no_meeting():
    rec = parse("本报长春6月3日电 记者从省工信厅获悉，1-5月全省规上工业增加值增长8.1%。")
    assert rec["meeting"]["city"] is None


def test_the_venue_of_a_national_meeting_the_notice_mentions_is_not_its_city():
    assert venue_city("会议指出，全国工业和信息化工作会议在京召开后，我省迅速行动。") is None
    rec = parse("1月9日，全省工业和信息化工作会议召开。全国工业和信息化工作会议在北京召开后，我省迅速贯彻落实。")
    assert rec["meeting"]["city"] is None


def test_a_title_that_opens_with_its_city_places_the_meeting():
    rec = parse("记者从日前召开的全市经济和信息化工作会上获悉，全市工业增长5%。", title="北京：高技术制造业增长贡献率超五成")
    assert rec["meeting"]["city"] == "北京"
    for title in ("江苏：工业增长5%", "吉林：工业增长5%"):  # a province (吉林 also names a city)
        rec = parse("记者从日前召开的全省工业和信息化工作会议上获悉，全省工业增长5%。", title=title)
        assert rec["meeting"]["city"] is None


def test_a_press_conference_named_only_in_its_title_has_no_city():
    rec = parse("7月5日，会议在太原召开，介绍上半年工业运行情况。", title="上半年全省工业经济运行情况新闻发布会")
    assert rec["meeting"]["city"] is None


def test_venue_after_yu():
    assert venue_city("全省工业和信息化工作会议于福州召开。") == "福州"
    assert venue_city("会议于1月5日在南平召开。") == "南平"
    assert venue_city("会议于近日召开。") is None


def test_main_venue_named_after_the_video_meeting():
    assert venue_city("会议以视频形式召开，主会场设在太原，各市设分会场。") == "太原"
    assert venue_city("会议以视频形式召开，主会场设在省工信厅。") is None


def test_a_municipalitys_own_meeting_is_held_in_the_municipality():
    body = "3月2日，全市工业和信息化工作推进会议召开。会议总结了去年工作。"
    assert meeting_city(body, "重庆召开全市工业和信息化工作推进会议", "重庆") == "重庆"
    # a province's meeting without a place stays without one, and so does a video meeting
    assert meeting_city("3月2日，全省工业和信息化工作会议召开。", None, "河南") is None
    assert meeting_city("3月2日，全市工业和信息化工作视频会议召开。", None, "重庆") is None
