"""The article's header fields as pages and texts print them: 来源/时间 lines, dates, titles.

Dates come out as ISO ``YYYY-MM-DD``, or ``YYYY-MM-DD HH:MM`` where a time is given
(seconds dropped). The labels a header line may carry are listed here, in one place, for both
HTML and plain text.
"""
from __future__ import annotations

import re

# Traditional forms too: an HTML page's header lines are read before t2s runs on its text.
SOURCE_LABELS = ("信息来源", "文章来源", "稿件来源", "新闻来源", "本文来源", "来源单位", "来源", "稿源", "供稿单位", "供稿",
                 "信息來源", "資訊來源", "文章來源", "來源")
DATE_LABELS = ("发布时间", "发布日期", "发表时间", "时间", "日期",  # 成文日期 is not the publish date
               "發佈時間", "發布時間", "發佈日期", "發布日期", "時間")
# Other labels found on the same header lines; they end a value and mark a line as header.
OTHER_LABELS = ("作者", "责任编辑", "编辑", "浏览次数", "点击数", "点击量", "点击", "阅读次数", "访问量", "浏览量",
                "字号", "字体", "索引号", "发布机构", "发文机关", "文号", "分享到", "分享")
_ALL_LABELS = "|".join(sorted(SOURCE_LABELS + DATE_LABELS + OTHER_LABELS, key=len, reverse=True))
_LABEL_AT = f"(?:{_ALL_LABELS})\\s*[:：]"

DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:(?:\s*T?\s*|-)(?P<H>\d{1,2})\s*[:：时]\s*(?P<M>\d{2}))?"
)
_SOURCE = re.compile(
    f"(?:{'|'.join(SOURCE_LABELS)})\\s*[:：]\\s*(?P<v>.*?)\\s*(?={_LABEL_AT}|[|｜【\\[]|\\s{{2,}}|$)"
)
_DATED = re.compile(f"(?:{'|'.join(DATE_LABELS)})\\s*[:：]\\s*(?={DATE.pattern})")
_HEADER_LINE = re.compile(f"\\s*[【\\[（(]?\\s*{_LABEL_AT}")
# A line that is a date (and time) alone, or a date followed by labelled fields, perhaps
# after a separator or a byline: 「2023-02-01 09:58」, 「2023年2月1日 | 来源：福建日报」,
# 「2020-01-23 □记者 王某 北京报道 来源：经济参考报」.
_DATE_LED_LINE = re.compile(
    f"\\s*(?:{DATE.pattern})(?::\\d{{2}})?\\s*(?:$|[|｜/]?\\s*{_LABEL_AT}|[^。，,]{{0,40}}?(?<=\\s){_LABEL_AT})"
)
_URL_DATES = (
    re.compile(r"/t(?P<y>20\d{2})(?P<m>\d{2})(?P<d>\d{2})_"),                 # TRS: t20230201_123.html
    re.compile(r"/art/(?P<y>20\d{2})/(?P<m>\d{1,2})/(?P<d>\d{1,2})/"),      # Hanweb: /art/2023/2/1/
    re.compile(r"/(?P<y>20\d{2})-(?P<m>\d{2})-(?P<d>\d{2})/"),              # /c/2023-02-01/
    re.compile(r"/(?P<y>20\d{2})(?P<m>\d{2})(?P<d>\d{2})/"),                # /20230201/uuid.html
)
MAX_TRAILING_LINE = 60
# A page's date stamp (2023-02-01 09:58); 「2022年7月26日」 under a signature is the document's.
_NUMERIC_DATE_LINE = re.compile(r"\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*")
_FIELD_LABEL = re.compile(
    f"(?:^|(?<=[\\s|｜【\\[（(]))(?:{'|'.join(sorted(SOURCE_LABELS + DATE_LABELS, key=len, reverse=True))})\\s*[:：]"
)
_VALUE_TRIM = " \t　:：,，;；、|｜】]）)"
MAX_HEADER_LINE = 160
_SITE_NAME = re.compile(r".{0,25}(?:厅|委员会|经信委|工信委|局|人民政府|政府|门户网站|门户网|网站|网|办公室|办公厅|频道|客户端)")
# " - ", "_", "|", "——", or a bare "-" that is not inside a number range (2023-2025).
_SITE_SEPARATOR = re.compile(r"\s+[-_|｜—–]+\s+|\s*[|｜_]\s*|——|--|(?<!\d)-(?!\d)")
MIN_TITLE, MAX_TITLE = 6, 80  # 「会议指出」 (4) opens a paragraph; headlines are longer


def iso_datetime(text: str | None) -> str | None:
    """The first date (and time) in ``text`` as ISO, or None."""
    if not text:
        return None
    for m in DATE.finditer(text):
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            continue
        day = f"{y:04d}-{mo:02d}-{d:02d}"
        if m["H"] is not None and int(m["H"]) < 24 and int(m["M"]) < 60:
            return f"{day} {int(m['H']):02d}:{m['M']}"
        return day
    return None


def is_header_line(line: str) -> bool:
    """A short line that starts with a header label (来源：…, 发布时间：…, 作者：…) or is a date."""
    return len(line) <= MAX_HEADER_LINE and bool(_HEADER_LINE.match(line) or _DATE_LED_LINE.match(line))


def has_field_label(line: str) -> bool:
    """A 来源 or date label that starts a field (at the line start or after a space or
    bracket): 「时间：… 来源：山西日报」 has one, 「资金来源：省级财政」 does not."""
    return bool(_FIELD_LABEL.search(line))


def source_in(line: str) -> str | None:
    """The value of a 来源/信息来源 label in ``line``."""
    m = _SOURCE.search(line)
    if not m:
        return None
    # The value is one word: what follows a space on these lines is another widget (打印, 分享).
    value = m["v"].strip(_VALUE_TRIM).split()
    return (value[0].strip(_VALUE_TRIM) or None) if value else None


def published_in(line: str) -> str | None:
    """The date after a 发布时间/发布日期/时间 label in ``line``."""
    m = _DATED.search(line)
    if m:
        return iso_datetime(line[m.end():])
    # A date-led line, or a date elsewhere on a labelled header line: 「来源：陕西日报
    # 2018-08-29 06:31」, 「供稿： | 2023-06-07」 (a 成文日期 is the document's, not the page's).
    if _DATE_LED_LINE.match(line) or (_HEADER_LINE.match(line) and "成文" not in line):
        return iso_datetime(line)
    return None


def date_in_url(url: str | None) -> str | None:
    """The date a CMS writes into its article URLs (t20230201_, /art/2023/2/1/ …), as ISO."""
    for pattern in _URL_DATES if url else ():
        m = pattern.search(url)
        if m:
            return iso_datetime(f"{m['y']}-{m['m']}-{m['d']}")
    return None


def take_trailing_header(lines: list[str]) -> tuple[list[str], str | None, str | None]:
    """Drop 来源 lines and numeric date stamps at the end of a body (「（来源：省工信厅）」,
    「2023-02-01 09:58」), returning ``(lines, published, source)`` with what they said. A
    signature's 「2022年7月26日」 stays: it is part of the document."""
    published = source = None
    end = len(lines)
    while end and len(lines[end - 1]) <= MAX_TRAILING_LINE:
        line = lines[end - 1].strip()
        found_source = source_in(line) if _HEADER_LINE.match(line) else None
        found_date = iso_datetime(line) if _NUMERIC_DATE_LINE.fullmatch(line) else None
        if not (found_source or found_date):
            break
        source = source or found_source
        published = published or found_date
        end -= 1
    return lines[:end], published, source


def looks_like_title(line: str) -> bool:
    """A line that can be a headline: short, not a sentence, not a header line."""
    line = line.strip()
    return (MIN_TITLE <= len(line) <= MAX_TITLE and "。" not in line
            and line[-1] not in "，,；;：:、" and not is_header_line(line))


def looks_like_site_name(part: str) -> bool:
    """「福建省工业和信息化厅」, 「山西省人民政府门户网站」: an organisation or site, not a headline."""
    return bool(_SITE_NAME.fullmatch(part))


def strip_site_suffix(title: str) -> str:
    """The headline of a ``<title>``, without site and column names on either side:
    「会议召开 - 福建省工业和信息化厅」 and 「山西省经济和信息化委员会--会议召开」 → 「会议召开」."""
    parts = [p.strip() for p in _SITE_SEPARATOR.split(title) if p.strip()]
    if not parts:
        return title.strip()
    headlines = [p for p in parts if not looks_like_site_name(p)]
    # Column names (工作动态) are short; the headline is the longest remaining part.
    return max(headlines, key=len) if headlines else parts[0]


# A part after the headline: " - 福建省工业和信息化厅", "_中国政府网", "｜人民网". An underscore
# never sits inside a headline, so a short part after one is a column name too ("_滚动新闻").
_TITLE_TAIL = re.compile(r"(?:\s*[-|｜–—－]+\s*|\s*_\s*)(?P<part>[^-_|｜–—－]{2,30})$")
MAX_COLUMN_NAME = 8
# Words of a headline's tail that end like a site's name but are not one (「——构建发展新格局」).
_NOT_SITES = ("互联网", "物联网", "车联网", "电网", "管网", "光网", "格局", "布局", "开局", "大局", "全局",
              "新局", "破局", "展厅")


def drop_site_suffix(title: str) -> str:
    """A headline without the site and column names a page or a repost appends to it:
    「全省工业运行调度会召开 - 某某市工业和信息化局」 → 「全省工业运行调度会召开」. A tail that is
    not a site's or an organisation's name stays (「结构向优——规上工业增加值增长7%」)."""
    while True:
        m = _TITLE_TAIL.search(title)
        if not m or m.start() < MIN_TITLE:
            return title
        part = m["part"].strip()
        column = "_" in m.group(0) and len(part) <= MAX_COLUMN_NAME
        if not (column or looks_like_site_name(part)) or part.endswith(_NOT_SITES):
            return title
        title = title[:m.start()].rstrip()
