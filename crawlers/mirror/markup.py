"""The mirror's markup: page shells, TRS lists and pagers, detail pages in each family's wrapper,
Hanweb jpage/dataproxy records, home pages, robots.txt, the evidence comment every page carries, and
the older notices of ``articles.history`` as list rows. ``build.py`` lays the sites out with these.
"""
from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Sequence
from datetime import date
from functools import cache
from html import escape
from pathlib import Path

from crawlers.mirror import articles as A
from crawlers.mirror.server import PAGES_DIR

EVIDENCE_FILE = Path(__file__).with_name("evidence.toml")

Row = tuple[str, str, str | None]  # href as printed on the list, full title, shown date


@cache
def evidence() -> dict[str, dict[str, str]]:
    """What each host's markup follows (``evidence.toml``): basis real | config | notes, and the source."""
    return tomllib.loads(EVIDENCE_FILE.read_text(encoding="utf-8"))["hosts"]


def write(host: str, path: str, text: str, encoding: str = "utf-8") -> None:
    """Write one page; an HTML or XML page says in a comment what its markup follows."""
    target = PAGES_DIR / host / path.lstrip("/")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(with_evidence(host, text).encode(encoding))


def with_evidence(host: str, text: str) -> str:
    known = evidence().get(host)
    if known is None or not text.lstrip().startswith("<"):
        return text  # JSON, robots.txt: no comment syntax, or nothing recorded
    note = f"<!-- gxt mirror page ({known['basis']}): markup follows {known['follows'].replace('--', '-')} -->\n"
    head = re.match(r"\s*(<\?xml[^>]*\?>\s*|<!DOCTYPE[^>]*>\s*)?", text)
    cut = head.end() if head else 0
    return text[:cut] + note + text[cut:]


def short(title: str, limit: int = 18) -> str:
    """TRS templates truncate the link text; the full title is in a@title."""
    return title if len(title) <= limit else title[:limit] + "…"


def page(title: str, body: str, head: str = "", charset: str = "utf-8") -> str:
    return (
        f'<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        f"<title>{escape(title)}</title>\n{head}</head>\n<body>\n"
        '<div class="header"><a href="/">首页</a> <a href="javascript:void(0)">无障碍</a> <a href="#">简</a>|<a href="#">繁</a></div>\n'
        f"{body}\n<div class=\"footer\">主办单位 版权所有 网站标识码</div>\n</body>\n</html>\n"
    )


def list_rows(rows: list[Row], date_tag: str = "span") -> str:
    out = []
    for href, title, shown in rows:
        when = f"<{date_tag}>{shown}</{date_tag}>" if shown else ""
        out.append(f'<li><a href="{href}" title="{escape(title)}" target="_blank">{escape(short(title))}</a>{when}</li>')
    return "\n".join(out)


def trs_list(column: str, container: str, rows: list[Row], pager: str, date_tag: str = "span") -> str:
    """``container`` is a chain like ``div.list_box > ul.news_list``."""
    levels = [part.strip().partition(".") for part in container.split(">")]
    opening = "".join(f'<{tag} class="{cls}">' for tag, _, cls in levels)
    closing = "".join(f"</{tag}>" for tag, _, _ in reversed(levels))
    head = f'<meta name="ColumnName" content="{column}">\n<meta name="ColumnType" content="{column}">\n'
    body = (
        f'<div class="container"><div class="position">当前位置：首页 &gt; {column}</div>\n'
        f'{opening}\n{list_rows(rows, date_tag)}\n{closing}\n<div class="changepage">{pager}</div></div>'
    )
    return page(column, body, head)


def create_page(count: int, current: int, suffix: str = "html") -> str:
    return f'<script type="text/javascript">createPageHTML({count}, {current}, "index", "{suffix}");</script>'


def detail(
    title: str, when: str, source: str, paragraphs: list[str], *, wrapper: str = "trs", charset: str = "utf-8"
) -> str:
    paras = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    head = (
        f'<meta name="ArticleTitle" content="{escape(title)}">\n<meta name="PubDate" content="{when} 09:30">\n'
        f'<meta name="ContentSource" content="{source}">\n'
    )
    info = f'<div class="info"><span>发布日期：{when}</span> <span>信息来源：{source}</span> <span>【字体：大 中 小】</span></div>'
    if wrapper == "fujian":
        body = (
            f'<div class="article_component"><div class="article_title_group"><h3>{escape(title)}</h3></div>{info}'
            f'<div class="TRS_Editor"><div class="TRS_Editor">{paras}</div></div></div>'
        )
    elif wrapper == "hebei":
        body = (
            f'<div class="gxt-xilan-con"><h1>{escape(title)}</h1><div class="gxt-xilan-date"><span>发布时间：{when}</span>'
            f'<span>来源：{source}</span></div><div class="gxt-xilan-content">{paras}</div></div>'
        )
        head = ""  # this template prints no article meta tags
    elif wrapper == "ucap":
        body = (
            f'<div class="tys-main-zt"><ucaptitle>{escape(title)}</ucaptitle><div class="info">'
            f"<publishtime>{when} 10:00:00</publishtime> 来源：{source}</div><ucapcontent>{paras}</ucapcontent></div>"
            '<script src="/ucap/js/ucap-site.js"></script>'
        )
        head = ""
    elif wrapper == "chongqing":
        body = f'<div class="content"><h1>{escape(title)}</h1>{info}<div class="yj3"><div class="TRS_UEDITOR">{paras}</div></div></div>'
    elif wrapper == "hubei":
        body = f'<div class="article"><h2>{escape(title)}</h2>{info}<div class="TRS_Editor">{paras}</div></div>'
    elif wrapper == "jilin":
        body = (f'<div id="main"><h1>{escape(title)}</h1><div class="newsly_ly"><span>{when}</span> <span>{source}</span></div>'
                f'<div id="tex">{paras}</div></div>')
        head = ""
    elif wrapper == "sichuan":
        body = (f'<div id="zoomtitl">{escape(title)}</div><div class="date">{when}</div><div class="source">信息来源：{source}</div>'
                f'<div id="zoomcon">{paras}</div><table id="tblAppendix"></table>')
    elif wrapper == "shaanxi":
        body = f'<div class="detail"><h1>{escape(title)}</h1>{info}<div class="message-box">{paras}</div></div>'
    elif wrapper == "gansu":
        body = f'<div class="gxtlmnew_main clearfix clear"><h1>{escape(title)}</h1>{info}<div id="zoom">{paras}</div></div>'
    elif wrapper == "zhejiang":
        body = f'<div class="wrapper_detail"><h1>{escape(title)}</h1>{info}<div class="wrapper_detail_text">{paras}</div></div>'
    elif wrapper == "jiangsu":
        body = f'<div class="nscont"><h1>{escape(title)}</h1>{info}<div id="con1">{paras}</div></div>'
    elif wrapper == "hanweb":
        body = f'<div class="main"><h1>{escape(title)}</h1>{info}<div id="zoom" class="article_zoom">{paras}</div></div>'
    else:
        body = f'<div class="article"><h1>{escape(title)}</h1>{info}<div class="TRS_Editor">{paras}</div>'
        body += '<p class="insertfileTag"><a href="./P020260108551234567890.pdf">附件：会议材料.pdf</a></p></div>'
    return page(title, body + '\n<div class="share">分享到： 扫一扫在手机打开当前页</div>', head, charset)


def home(name: str, links: list[tuple[str, str]]) -> str:
    nav = "\n".join(f'<li><a href="{href}">{text}</a></li>' for href, text in links)
    return page(name, f'<div class="nav"><ul>\n{nav}\n</ul></div><div class="banner">{name}</div>')


def robots(disallow: Sequence[str] = ()) -> str:
    lines = ["User-agent: *"] + [f"Disallow: {path}" for path in disallow] + ([] if disallow else ["Disallow:"])
    return "\n".join(lines) + "\n"


# -- older notices (articles.history): one call per site, its rows go on the site's last list page --


def history(host: str, site: str, folder: str, src: str, href: str, wrapper: str = "trs") -> list[Row]:
    """Write the detail pages of ``site``'s older notices and return their list rows, newest first.

    ``href`` is the site's article path as its list prints it, formatted with the notice's date
    ``d`` and a serial ``n`` (``"./{d:%Y%m}/t{d:%Y%m%d}_{n}.html"``); a ``./`` path lies under
    ``folder``, an absolute one is written as it is."""
    rows: list[Row] = []
    for n, notice in enumerate(A.history(site), start=1):
        when = date.fromisoformat(notice.published)
        link = href.format(d=when, n=n, h=hashlib.md5(notice.title.encode()).hexdigest())
        write(host, folder + link[2:] if link.startswith("./") else link,
              detail(notice.title, notice.published, src, notice.paragraphs, wrapper=wrapper))
        rows.append((link, notice.title, notice.published))
    return rows


# -- TRS family ----------------------------------------------------------------------------


def jpage_records(records: list[Row]) -> str:
    """The CDATA ``<record>`` rows a jpage datastore and a dataproxy.jsp answer both carry."""
    return "\n".join(
        f'<record><![CDATA[<li><a href="{h}" title="{escape(t)}" target="_blank">{escape(short(t))}</a><span>{w}</span></li>]]></record>'
        for h, t, w in records
    )


def jpage_column(column_id: str, unit: str, webid: str, name: str, records: list[Row], total: int, per_page: int) -> str:
    recs = jpage_records(records)
    proxy = (f"/module/web/jpage/dataproxy.jsp?page=1&appid=1&webid={webid}&path=/&columnid={column_id}"
             f"&unitid={unit}&webname=&amp;permissiontype=0")
    body = (
        f'<div class="lmlb"><div id="{unit}"><script type="text/xml"><datastore>\n<nextgroup><![CDATA[<a href="{proxy}"></a>]]></nextgroup>\n'
        f"<recordset>\n{recs}\n</recordset>\n</datastore></script></div></div>\n"
        '<script language="javascript" src="/module/web/jpage/jpage.js"></script>\n'
        f"<script>$('#{unit}').jpage({{dataStore: dataStore, perPage: {per_page}, totalRecord: {total}, groupSize: 1, "
        f"proxyUrl: '/module/web/jpage/dataproxy.jsp', barPosition: 'bottom', pageType: 'number'}});</script>"
    )
    return page(name, body, f'<meta name="ColumnName" content="{name}">\n')


def dataproxy(records: list[Row], total: int, pages: int) -> str:
    recs = jpage_records(records)
    return (f'<?xml version="1.0" encoding="utf-8"?>\n<datastore>\n<totalrecord>{total}</totalrecord>\n<totalpage>{pages}</totalpage>\n'
            f"<recordset>\n{recs}\n</recordset>\n</datastore>\n")


def jiangsu_records(records: list[Row], date_tag: str = "b") -> str:
    """Records as the real dataproxy answers write them (../shared/realpages/crawl/gxt.jiangsu_*):
    ``<li class="ft14lh30 cf"><font> · </font><a … title>…</a><span>`` or ``<b readlabel=…>``."""
    out = []
    for h, t, w in records:
        when = f'<b readlabel="{w}">{w}</b>' if date_tag == "b" else f"<span>{w}</span>"
        out.append(f'<record><![CDATA[ <li class="ft14lh30 cf"><font> · </font>\n<a href="{h}" target="_blank" '
                   f'title="{escape(t)}">{escape(t)}</a>\n{when}</li> ]]></record>')
    return "\n".join(out)
