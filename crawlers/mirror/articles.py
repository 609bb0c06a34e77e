"""The mirror's article texts, written for it (no real page is copied).

Meeting notices in the official register (全省工业和信息化工作会议, 工业经济运行调度会 …) with
indicators and 一是/二是 task lists, and ordinary news. ``build.py`` lays them out in each
family's page structure.
"""
from __future__ import annotations

from dataclasses import dataclass

WORK_CONFERENCE_SHANXI = [
    "1月8日，全省工业和信息化工作会议在太原召开。会议深入学习贯彻中央经济工作会议和全国工业和信息化工作会议精神，总结2025年全省工业和信息化工作，部署2026年重点任务。省工业和信息化厅党组书记、厅长作工作报告。",
    "会议指出，2025年全省工信系统坚持稳中求进工作总基调，工业经济运行总体平稳、稳中有进。全年规模以上工业增加值增长5.8%，制造业增加值增长7.2%，高技术制造业增加值增长11.4%；工业投资增长9.6%，其中技改投资增长12.3%；新培育国家级专精特新“小巨人”企业46家。",
    "会议强调，2026年要重点抓好六个方面工作。一是全力稳住工业经济大盘，强化运行监测调度，确保规模以上工业增加值增长5.5%左右。二是加快传统产业转型升级，深入实施设备更新和技术改造行动。三是培育壮大新兴产业和未来产业，推动特色专业镇提质增效。四是大力推进数字化转型，新建5G基站1万个。五是推动中小企业专精特新发展，优化涉企服务。六是全面加强党的建设，锻造过硬工信干部队伍。",
    "各市工信局主要负责同志，厅机关各处室、直属单位负责同志参加会议。",
]

OPERATION_MEETING_FUJIAN = [
    "4月14日，全省工业经济运行调度会在福州召开，分析一季度工业经济运行形势，部署二季度重点工作。",
    "会议通报，一季度全省规模以上工业增加值同比增长6.1%，高于全国0.4个百分点；工业投资增长8.7%；规上工业企业营业收入增长5.2%。电子信息、先进装备制造产业增加值分别增长10.3%、8.9%。",
    "会议要求，各地各部门要抓好以下工作：一是紧盯重点企业和重点项目，逐月跟踪调度；二是加大市场开拓力度，支持企业稳订单拓市场；三是加快项目建设，推动一批重大项目竣工投产；四是强化要素保障，帮助企业解决用工、用能、资金等实际困难。",
    "各设区市工信局分管负责同志在分会场参加会议。",
]

WORK_CONFERENCE_HUBEI = [
    "1月12日，全省经济和信息化工作会议在武汉召开。会议总结2025年全省经信工作，分析当前形势，部署2026年重点任务。",
    "会议指出，2025年全省规模以上工业增加值增长7.1%，高于全国1.3个百分点；“51020”现代产业集群营业收入突破5万亿元；数字经济核心产业增加值占GDP比重达到10.5%。",
    "会议明确，2026年全省规模以上工业增加值预期增长6.5%以上。会议要求重点抓好五项工作：一是聚焦“51020”集群建设，壮大支柱产业；二是实施技术改造“十百千万”工程，工业技改投资增长10%以上；三是推进“人工智能+制造”行动；四是培育优质企业梯队；五是持续优化产业生态。",
]

WORK_CONFERENCE_SHANDONG = [
    "1月15日，全省工业和信息化工作会议在济南召开。会议以视频形式开到各市、县（市、区）。",
    "会议指出，2025年全省规上工业增加值增长7.3%，工业技改投资增长15.2%，制造业增加值占地区生产总值比重提高到28.1%。",
    "会议强调，2026年要着力抓好四个方面：一是推动工业经济稳定增长，规上工业增加值增长6%左右；二是实施先进制造业强省行动计划；三是加快数字化智能化绿色化转型；四是培育一流企业和产业集群。",
    "2026-01-15",
]

OPERATION_MEETING_NINGXIA = [
    "5月20日，自治区召开工业经济运行调度会，分析前4个月全区工业经济运行情况，安排部署下一阶段重点工作。",
    "会议通报，1-4月全区规模以上工业增加值同比增长6.8%，其中制造业增长8.1%；工业用电量增长5.5%。",
    "会议要求：一是压紧压实稳增长责任，确保上半年工业增加值增长7%左右；二是盯紧重点项目投产达效；三是做好迎峰度夏能源保障。",
]

OPERATION_MEETING_LIAONING = [
    "4月10日，省工业和信息化厅召开2026年一季度全省工业经济运行调度会议。",
    "一季度，全省规模以上工业增加值同比增长4.9%，装备制造业增加值增长7.6%，高技术制造业增加值增长12.1%。",
    "会议部署了二季度重点工作，一是抓好重点企业稳产增产，二是加快重大项目建设，三是推进数字化改造，四是强化运行监测预警。",
]

MEETING_GUANGXI = [
    "4月16日，2026年广西制造业智改数转网联工作会议在南宁召开。",
    "会议提出，2026年全区新增智能工厂100家以上、数字化车间300个以上，规上工业企业数字化改造覆盖率达到75%。",
    "会议要求，一是抓好典型示范，二是强化服务商供给，三是落实财政金融支持政策。",
]

MEETING_CHONGQING = [
    "6月3日，市经济信息委召开2026年未来产业培育工作推进会，总结前期工作，部署下一阶段任务。",
    "会议指出，全市未来产业营业收入同比增长18.5%，新增市级未来产业先导区3个。",
    "会议要求：一是抓好场景开放，二是强化创新平台建设，三是加大企业培育力度。",
]

MEETING_HUNAN = [
    "6月4日，全省制造业高质量发展推进会在长沙召开。",
    "会议通报，1-4月全省规模以上工业增加值增长7.4%，先进制造业集群产值增长9.2%。",
    "会议要求，一是聚焦产业链建设，二是抓好重大项目，三是优化营商环境。",
]


def news(topic: str, place: str = "省") -> list[str]:
    """An ordinary news item: two short paragraphs around ``topic``."""
    return [
        f"近日，{topic}。活动由{place}工业和信息化主管部门指导，相关企业、高校和研究机构代表参加。",
        "与会代表围绕技术创新、市场拓展和产业协同等议题开展交流，部分企业现场签订合作协议。",
    ]


# -- older notices: the years before the mirror's 2026 pages ---------------------------------
# Work conferences (each reviewing the year before and setting the plan year's targets and
# tasks) and half-year operation meetings, 2019-2025, for the provinces whose mirror site has a
# news list. The figures are invented for the mirror (plausible, not any real statistic) so that
# the warehouse holds series: 规上工业增加值 growth by province and year, 工业投资, targets, and
# task headlines by plan year. ``build.py`` lays them on each site's last list page.


@dataclass(frozen=True)
class Notice:
    """One older notice of a site: publish date (ISO), title and paragraphs."""

    published: str
    title: str
    paragraphs: list[str]


@dataclass(frozen=True)
class Province:
    scope: str  # 全省 / 全市 / 全区
    city: str  # where its work conference meets
    meeting: str  # the conference's own name
    growth: dict[int, float]  # 规上工业增加值 growth by year (%)
    investment: dict[int, float]  # 工业投资 growth by year (%)
    target_offset: float  # the province's target against the usual one (points)
    first_year: int  # the first plan year with a work conference here
    last_year: int  # the last plan year laid here (later ones are in build.py already)
    half_year: tuple[int, ...] = ()  # years with a half-year operation meeting


def _years(first: int, *values: float) -> dict[int, float]:
    return {first + i: v for i, v in enumerate(values)}


PROVINCES: dict[str, Province] = {
    "beijing": Province("全市", "北京", "全市经济和信息化工作会议", _years(2018, 4.6, 3.1, 2.3, 26.5, -15.8, 0.6, 7.7, 5.2),
                        _years(2018, 12.1, 5.4, 9.0, 11.6, 8.2, 10.4, 14.3, 9.1), -0.5, 2020, 2026, (2025,)),
    "tianjin": Province("全市", "天津", "全市工业和信息化工作会议", _years(2018, 2.4, 3.4, 1.6, 8.0, -0.6, 3.7, 4.7, 5.0),
                        _years(2018, -1.5, 4.8, 3.2, 11.9, 4.0, 7.2, 9.8, 8.5), -1.0, 2019, 2026),
    "hebei": Province("全省", "石家庄", "全省工业和信息化工作会议", _years(2018, 5.2, 5.6, 4.7, 4.9, 5.5, 6.9, 7.0, 6.4),
                      _years(2018, 6.1, 5.2, 3.3, 0.8, 6.2, 8.3, 11.2, 9.0), 0.5, 2020, 2026, (2024,)),
    "shanxi": Province("全省", "太原", "全省工业和信息化工作会议", _years(2018, 4.1, 5.3, 5.7, 12.7, 8.0, 4.3, 2.1),
                       _years(2018, 3.8, 9.5, 11.2, 10.1, 7.7, 4.1, 6.0), 0.0, 2019, 2025),
    "liaoning": Province("全省", "沈阳", "全省工业和信息化工作会议", _years(2018, 9.8, 6.7, 1.8, 4.6, -1.5, 5.0, 4.1, 4.8),
                         _years(2018, 11.5, 4.3, 0.4, 7.2, 8.5, 15.0, 13.1, 9.4), -0.5, 2020, 2026, (2025,)),
    "shanghai": Province("全市", "上海", "全市经济信息化工作会议", _years(2018, 1.6, 0.4, 1.1, 10.6, -3.6, 1.3, 0.9, 3.8),
                         _years(2018, 8.7, 4.1, 15.9, 8.2, 0.6, 12.5, 10.3, 7.0), -1.0, 2020, 2026),
    "fujian": Province("全省", "福州", "全省工业和信息化工作会议", _years(2018, 9.1, 8.4, 2.2, 9.9, 5.7, 3.1, 6.0, 6.3),
                       _years(2018, 12.4, 8.7, 1.4, 13.2, 10.7, -2.5, 5.1, 7.4), 0.5, 2019, 2026, (2024, 2025)),
    "hubei": Province("全省", "武汉", "全省经济和信息化工作会议", _years(2018, 7.1, 7.8, -6.0, 14.8, 7.0, 5.6, 7.7),
                      _years(2018, 9.3, 9.8, -29.8, 21.0, 15.5, 10.2, 12.9), 1.0, 2020, 2025, (2024,)),
    "hunan": Province("全省", "长沙", "全省工业和信息化工作会议", _years(2018, 7.4, 8.3, 4.8, 8.4, 7.2, 5.1, 6.3, 6.5),
                      _years(2018, 11.6, 15.4, 7.5, 14.1, 13.8, 6.4, 8.0, 7.2), 1.0, 2019, 2026, (2025,)),
    "guangxi": Province("全区", "南宁", "全区工业和信息化工作会议", _years(2018, 4.4, 4.8, 0.1, 8.2, 3.3, 4.0, 7.5, 7.0),
                        _years(2018, 19.0, 12.4, 3.8, 26.3, 20.1, 11.2, 9.6, 8.8), 0.5, 2020, 2026),
    "chongqing": Province("全市", "重庆", "全市经济和信息化工作会议", _years(2018, 0.5, 6.2, 5.8, 10.7, 3.2, 6.6, 8.1, 7.4),
                          _years(2018, 1.1, 10.0, 12.1, 11.9, 9.1, 3.2, 12.8, 10.5), 0.5, 2020, 2026, (2024,)),
    "ningxia": Province("全区", "银川", "全区工业和信息化工作会议", _years(2018, 8.3, 7.8, 4.3, 8.0, 8.8, 12.4, 8.6, 7.9),
                        _years(2018, 7.5, 2.1, 12.6, 14.2, 25.0, 19.8, 8.3, 6.1), 1.0, 2019, 2026),
}

# The usual 规上工业增加值 target of a plan year (a province's is this plus its offset).
USUAL_TARGET = {2019: 6.0, 2020: 5.5, 2021: 7.0, 2022: 6.0, 2023: 6.0, 2024: 6.0, 2025: 6.0, 2026: 5.5}

# What a plan year's conference puts on its list (each province takes a share, in its own order).
TASKS = {
    2019: ["推动制造业高质量发展，加快传统产业改造提升", "深化供给侧结构性改革，巩固去产能成果",
           "实施工业强基工程，提升产业基础能力", "加快工业互联网创新发展，推进制造业与互联网融合",
           "支持民营企业和中小企业发展，切实减轻企业负担", "抓好重点项目建设，扩大有效工业投资"],
    2020: ["统筹疫情防控和复工复产，保障重点物资生产供应", "全力稳住工业经济基本盘，强化运行监测调度",
           "加快新型基础设施建设，推进5G网络规模部署", "落实减税降费政策，帮助中小企业纾困解难",
           "稳定产业链供应链，推动上下游协同复产", "扩大有效投资，抓好重大工业项目开工建设"],
    2021: ["编制实施“十四五”制造业发展规划，谋划一批重大项目", "推动产业基础高级化和产业链现代化",
           "培育壮大战略性新兴产业集群", "推进数字产业化和产业数字化",
           "实施工业领域碳达峰行动，推动绿色低碳转型", "构建优质企业梯度培育体系，培育专精特新企业"],
    2022: ["稳字当头，推动工业经济平稳运行", "实施产业链链长制，提升产业链供应链韧性",
           "加快企业技术改造和设备更新", "推进工业互联网平台建设和应用",
           "加大专精特新中小企业培育力度", "强化能源要素保障，推动节能降碳"],
    2023: ["把恢复和扩大工业增长作为首要任务", "推进新型工业化，加快建设现代化产业体系",
           "实施制造业重点产业链高质量发展行动", "推动数字经济和实体经济深度融合",
           "优化涉企服务，提振经营主体信心", "推进工业领域碳达峰，建设一批绿色工厂"],
    2024: ["以科技创新引领产业创新，加快培育新质生产力", "实施大规模设备更新，推动传统产业焕新升级",
           "开展人工智能赋能新型工业化行动", "培育壮大新兴产业和未来产业",
           "推动中小企业专精特新发展", "稳住工业经济增长，抓好重点企业运行调度"],
    2025: ["确保完成“十四五”规划目标任务，谋划“十五五”产业发展", "深入实施“人工智能+制造”行动，推进制造业智能化转型",
           "扩大工业有效投资，抓好技术改造和设备更新", "推动优势产业延链补链强链",
           "前瞻布局未来产业，开辟人形机器人、低空经济等新赛道", "推进工业绿色低碳发展，建设零碳园区"],
    2026: ["谋划实施“十五五”制造业发展规划", "推动人工智能与制造业深度融合",
           "稳住工业经济增长，强化运行调度", "培育先进制造业集群，壮大支柱产业",
           "加强优质企业培育，壮大专精特新企业梯队"],
}

HALF_YEAR_TASKS = ["紧盯全年目标，抓好重点企业增产扩能", "加快在建项目进度，推动竣工项目尽快投产",
                   "落实惠企政策，帮助企业拓市场稳订单", "做好迎峰度夏能源要素保障"]

_COUNT = {3: "三", 4: "四", 5: "五", 6: "六"}
_ORDINAL = "一二三四五六"


def _pct(value: float, up: str = "增长", down: str = "下降") -> str:
    return f"{up}{value:g}%" if value >= 0 else f"{down}{-value:g}%"


def _task_list(items: list[str]) -> str:
    return "；".join(f"{_ORDINAL[i]}是{item}" for i, item in enumerate(items)) + "。"


def work_conference(site: str, plan_year: int, serial: int) -> Notice:
    """The work conference of ``plan_year``: the year before reviewed, targets and tasks set."""
    p = PROVINCES[site]
    last = plan_year - 1
    day = 8 + (serial * 3 + plan_year) % 18
    target = USUAL_TARGET[plan_year] + p.target_offset
    pool = TASKS[plan_year]
    count = 4 + (serial + plan_year) % 3 if len(pool) >= 6 else len(pool)
    start = serial % len(pool)
    items = (pool[start:] + pool[:start])[:count]
    titles = [f"{plan_year}年{p.meeting}召开", f"{p.meeting}在{p.city}召开", f"{plan_year}年{p.meeting}在{p.city}召开"]
    growth, investment = p.growth[last], p.investment[last]
    review = [
        f"会议指出，{last}年{p.scope}工业经济运行总体平稳，规模以上工业增加值{_pct(growth)}，工业投资{_pct(investment)}。",
        f"会议认为，过去一年{p.scope}工业和信息化工作取得新成效。{last}年，{p.scope}规上工业增加值同比{_pct(growth)}，"
        f"工业投资{_pct(investment)}，新增国家级专精特新“小巨人”企业{12 + serial * 5 % 40}家。",
        f"{last}年，{p.scope}规模以上工业增加值{_pct(growth)}，工业投资{_pct(investment)}，"
        f"制造业增加值占地区生产总值比重达到{22 + (serial * 7 + last) % 9}.{serial % 10}%。",
    ][(serial + plan_year) % 3]
    plan = [
        f"会议提出，{plan_year}年{p.scope}工业经济发展的主要预期目标是：规模以上工业增加值增长{target:g}%左右，"
        f"工业投资增长{round(target + 3):g}%以上。",
        f"会议明确，{plan_year}年力争{p.scope}规上工业增加值增长{target:g}%以上。",
    ][(serial + plan_year) % 2]
    tasks = f"会议要求，{plan_year}年要重点抓好{_COUNT[count]}个方面工作：{_task_list(items)}"
    return Notice(
        f"{plan_year}-01-{day + 1:02d}",
        titles[(serial + plan_year) % 3],
        [f"1月{day}日，{p.meeting}在{p.city}召开。会议总结{last}年工业和信息化工作，分析当前形势，部署{plan_year}年重点任务。",
         review, plan, tasks, "各地工业和信息化主管部门主要负责同志，厅（局、委）机关各处室、直属单位负责同志参加会议。"],
    )


def half_year_meeting(site: str, year: int, serial: int) -> Notice:
    """A half-year operation meeting: the first half's figures and the second half's work."""
    p = PROVINCES[site]
    growth = round(p.growth.get(year, p.growth[year - 1]) + 0.3 * (serial % 3 - 1), 1)
    day = 10 + serial % 15
    return Notice(
        f"{year}-07-{day + 1:02d}",
        f"{p.scope}上半年工业经济运行分析会召开",
        [f"7月{day}日，{p.scope}上半年工业经济运行分析会召开，分析上半年工业经济运行形势，安排下半年重点工作。",
         f"上半年，{p.scope}规模以上工业增加值同比{_pct(growth)}，工业投资{_pct(p.investment.get(year, 6.0))}。",
         f"会议强调，要坚定信心，确保完成全年规模以上工业增加值增长{USUAL_TARGET[year] + p.target_offset:g}%左右的目标任务。"
         f"会议要求，下半年要抓好三项工作：{_task_list(HALF_YEAR_TASKS[serial % 2:][:3])}"],
    )


def history(site: str) -> list[Notice]:
    """The older notices of ``site``, newest first."""
    p = PROVINCES[site]
    serial = list(PROVINCES).index(site)
    notices = [work_conference(site, year, serial) for year in range(p.first_year, p.last_year + 1)]
    notices += [half_year_meeting(site, year, serial) for year in p.half_year]
    return sorted(notices, key=lambda n: n.published, reverse=True)
