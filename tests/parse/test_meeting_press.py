"""A press conference or a news briefing is not a meeting; dates written without a month or a year."""
from flows.parse.meeting import is_press_event
from tests.parse.helpers import parse

PRESS = ("6月28日，省政府新闻办召开新闻发布会，介绍上半年全省工业经济运行情况。"
         "上半年，全省规上工业增加值增长6.2%。")


def test_press_conference_has_no_meeting_date_or_city():
    rec = parse(PRESS, published="2024-06-29")
    assert rec["meeting"]["date"] is None
    assert rec["meeting"]["city"] is None
    assert rec["is_meeting"] is False
    assert rec["meeting"]["kind"] == "other"


def test_press_conference_in_a_dateline_report():
    rec = parse("人民网太原8月2日电 记者从山西省政府新闻办2日召开的新闻发布会上获悉，全省工业投资增长9%。",
                published="2024-08-02")
    assert (rec["meeting"]["date"], rec["meeting"]["city"], rec["is_meeting"]) == (None, None, False)


def test_press_conference_still_dates_what_the_notice_reviews():
    # No meeting date, but its year still says which year the figures describe.
    rec = parse(PRESS, published="2025-01-10")
    assert rec["indicators"][0]["period"] == "2024H1"


def test_a_meeting_that_releases_a_catalogue_is_still_a_meeting():
    rec = parse("3月20日召开的全省企业技术改造重点项目导向目录发布推介会，发布了2024年导向目录。",
                published="2024-03-21")
    assert rec["meeting"]["date"] == "2024-03-20"
    assert is_press_event(None, "3月20日召开的全省企业技术改造重点项目导向目录发布推介会。") is False


def test_press_conference_named_in_the_title():
    assert is_press_event("全省一季度工业经济运行新闻发布会召开", "4月20日，会议在省政府召开。")


def test_day_without_month_takes_the_datelines_month():
    rec = parse("本报讯 1月9日讯 记者8日从2025年全省工业和信息化工作会议上获悉，全年工业投资增长7%。",
                published="2025-01-09")
    assert rec["meeting"]["date"] == "2025-01-08"


def test_day_later_than_the_publish_day_is_in_the_month_before():
    rec = parse("记者30日从全省经信工作会议上获悉，今年要抓好三件大事。", published="2024-02-02")
    assert rec["meeting"]["date"] == "2024-01-30"


def test_day_without_month_or_publish_date_gives_no_date():
    assert parse("9日下午，全省经信工作会议在杭召开。")["meeting"]["date"] is None


def test_dateline_date_is_not_the_meeting_date():
    rec = parse("本报郑州1月20日电 记者从全省工业和信息化工作会议上获悉，会议于1月18日召开。",
                published="2024-01-20")
    assert rec["meeting"]["date"] == "2024-01-18"


def test_unpublished_meeting_early_in_the_year_after_the_year_it_calls_past():
    rec = parse("1月27日，全省经济和信息化工作会议在汉召开。会议介绍，刚刚过去的2023年，全省工业稳中有进。")
    assert rec["meeting"]["date"] == "2024-01-27"
    assert rec["meeting"]["city"] == "武汉"


def test_unpublished_meeting_year_is_not_the_start_of_a_run():
    # 2014年以来 names where a comparison starts; the lead's "2018年，" is the year reviewed.
    rec = parse("从1月25日召开的全省工业和信息化工作会议上获悉，2018年，全省规上工业增加值增长5.2%，"
                "为2014年以来最好水平。")
    assert rec["meeting"]["date"] == "2019-01-25"


def test_unpublished_mid_year_meeting_takes_the_year_it_names():
    rec = parse("7月20日，全省工业经济运行分析会召开。2024年上半年，全省规上工业增加值增长6%，较2023年同期加快。")
    assert rec["meeting"]["date"] == "2024-07-20"


def test_a_deadline_in_the_meetings_requirements_is_not_its_date():
    rec = parse("近日，全省工业和信息化工作会议召开。会议要求，各地于3月15日前报送项目清单。", published="2024-02-20")
    assert rec["meeting"]["date"] is None


def test_a_later_sentence_that_says_when_the_meeting_was_held_dates_it():
    rec = parse("记者从全省工业和信息化工作会议上获悉，全省工业稳中有进。会议于1月18日在南昌召开。",
                published="2024-01-20")
    assert (rec["meeting"]["date"], rec["meeting"]["city"]) == ("2024-01-18", "南昌")


def test_a_running_total_is_not_a_meeting_date():
    rec = parse("全省工业经济运行调度会召开，通报截至2024年6月30日，全省规上工业企业达2万家。", published="2024-07-02")
    assert rec["meeting"]["date"] is None


def test_a_sentence_that_only_cites_a_meeting_does_not_report_it():
    rec = parse("为深入贯彻落实全省工业经济工作会议精神。5月14日下午，市工信委在赣州宾馆召开全市工业和信息化座谈会。",
                published="2024-05-15")
    assert (rec["meeting"]["date"], rec["meeting"]["city"]) == ("2024-05-14", "赣州")


def test_the_sentence_that_says_the_meeting_was_held_gives_its_kind():
    rec = parse("这是一场与以往有些不同的会议。9日下午，全省经信工作会议在杭召开，总结2018年工作。")
    assert (rec["meeting"]["kind"], rec["meeting"]["city"]) == ("work_conference", "杭州")


def test_dates_after_jinnian_and_datelines_with_xiaoxi():
    rec = parse("央广网南宁1月9日消息 今年1月8日，全区工业和信息化工作会议召开。", published="2024-01-09")
    assert (rec["meeting"]["date"], rec["meeting"]["city"]) == ("2024-01-08", "南宁")


def test_the_title_dates_a_meeting_the_body_does_not():
    rec = parse("会议总结了2023年工作，部署了2024年重点任务。", title="1月5日全省工业和信息化工作会议在福州召开",
                published="2024-01-06")
    assert (rec["meeting"]["date"], rec["meeting"]["city"]) == ("2024-01-05", "福州")
