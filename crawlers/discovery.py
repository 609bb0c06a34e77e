"""News columns found at run time, for a row of ``sites.toml`` without an evidenced news column.

From the home page (and, within the page budget, the site map or 政务公开 index it links to) the
links whose text names a news column (``discovery.toml``: 工作动态, 工信动态, 经信动态 …) become
candidates, best name first. A candidate is confirmed by what its page looks like to the row's
own list reader: enough rows, most of them links to article pages of the site's platform, most
of them dated. The first confirmed candidate is crawled (source ``discovered``); the report lists
every candidate with its score, why, and which one was chosen.

Pure: no network, no Scrapy engine. The spider (``spiders/base.py``) feeds pages in and sends the
requests this module asks for; ``Discovery`` keeps the budget, so a discovery never fetches more
than ``[budget] pages`` pages, all on the row's own domain.
"""
from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from parsel import Selector
from scrapy.http import HtmlResponse
from scrapy.linkextractors import LinkExtractor

from crawlers.families import ListPage, PageRequest, first_request, parse_list
from crawlers.sites import Api, Column
from crawlers.urls import canonical_url, host_of

if TYPE_CHECKING:
    from crawlers.sites import Site

TERMS_FILE = Path(__file__).with_name("discovery.toml")
HTML_FAMILIES = frozenset({"trs", "timestamp_dir", "hanweb_jpage", "hanweb_jpaas"})
# 江西 provincial platform: channel pages are shells filled by POST /queryList from these params.
_JX_PARAMS = re.compile(r"var\s+params\s*=\s*\{(.*?)\};?\s*loadPageData", re.S)
_JX_VALUE = re.compile(r"(\w+)\s*:\s*(\[[^\]]*\]|'[^']*'|\"[^\"]*\"|[\w.]+)")
# 江西 platform pages also carry their channel tree as JSON: "name":"…" with "urls":"{\"pc\":\"…\"}".
_JX_CHANNEL = re.compile(r'"urls":"\{\\"pc\\":\\"([^"\\]+)\\"\}"(?:,"crumbs":\[.*?\])?,"name":"([^"]+)"')


@dataclass(frozen=True)
class Terms:
    names: dict[str, int]
    avoid: dict[str, int]
    index_names: tuple[str, ...]
    index_most: int
    budget: int
    min_items: int
    min_article_share: float
    min_dated_share: float
    article_urls: tuple[tuple[str, re.Pattern[str]], ...]


@cache
def load_terms(path: Path = TERMS_FILE) -> Terms:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return Terms(
        names=dict(data["names"]),
        avoid=dict(data["avoid"]),
        index_names=tuple(data["index"]["names"]),
        index_most=int(data["index"]["most"]),
        budget=int(data["budget"]["pages"]),
        min_items=int(data["list"]["min_items"]),
        min_article_share=float(data["list"]["min_article_share"]),
        min_dated_share=float(data["list"]["min_dated_share"]),
        article_urls=tuple((a["platform"], re.compile(a["pattern"])) for a in data["article_urls"]),
    )


@dataclass
class Found:
    """One candidate column: where it was found, how it scored, what was decided."""

    name: str
    url: str
    name_score: int
    why: list[str] = field(default_factory=list)
    score: float = 0.0
    checked: bool = False
    confirmed: bool = False
    chosen: bool = False
    column: Column | None = None

    def to_report(self) -> dict[str, object]:
        entry: dict[str, object] = {
            "name": self.name, "url": self.url, "score": round(self.score or self.name_score, 1),
            "why": "; ".join(self.why), "chosen": self.chosen,
        }
        if self.chosen and self.column is not None:
            entry["column"] = self.column.id
            entry["promote"] = promote_toml(self.column, self.why)
        return entry


# -- links ---------------------------------------------------------------------------------


def page_links(html: str, url: str, domain: str) -> list[tuple[str, str]]:
    """(text, absolute URL) of the page's links on ``domain`` (Scrapy's LinkExtractor: same site,
    no files, no duplicates), 更多 links named by their block's heading, and the 江西 platform's
    channel tree when the page carries one."""
    response = HtmlResponse(url=url, body=html.encode("utf-8"), encoding="utf-8")
    extractor = LinkExtractor(allow_domains=[domain], unique=True, canonicalize=False, tags=("a",))
    links = [(" ".join(link.text.split()), canonical_url(link.url)) for link in extractor.extract_links(response)]
    links += _more_links(html, url, domain)
    for href, name in _JX_CHANNEL.findall(html):
        target = canonical_url(href, url)
        if host_of(target) == domain:
            links.append((re.sub(r"<[^>]+>", "", name).strip(), target))
    return links


_MORE = re.compile(r"^\s*(更多|查看更多|more|MORE|More)?\s*[>»＞+]*\s*$")


def _more_links(html: str, url: str, domain: str) -> list[tuple[str, str]]:
    """A home-page block names its column in a heading and links it as 更多/more: the link gets
    the heading's text (``<div class="title"><span>工作动态</span><a href="gzdt/">更多>></a></div>``)."""
    out = []
    for anchor in Selector(text=html).css("a[href]"):
        text = "".join(anchor.css("::text").getall())
        if not text.strip() or not _MORE.match(text):
            continue
        for box in (anchor.xpath(".."), anchor.xpath("../..")):
            heading = " ".join(t.strip() for t in box.xpath("./*[not(self::a)]//text() | ./text()").getall() if t.strip())
            if heading:
                target = canonical_url(anchor.attrib["href"], url)
                if host_of(target) == domain:
                    out.append((heading[:20], target))
                break
    return out


def name_score(text: str, terms: Terms) -> tuple[int, list[str]]:
    """The weight of the best news word in ``text`` plus the avoid words', and why."""
    best = max(((w, n) for n, w in terms.names.items() if n in text), default=(0, ""))
    if not best[0]:
        return 0, []
    why = [f"link text {text!r} names a news column ({best[1]} {best[0]:+d})"]
    score = best[0]
    for word, weight in terms.avoid.items():
        if word in text:
            score += weight
            why.append(f"{word} {weight:+d}")
    return score, why


def candidates_in(html: str, url: str, domain: str, terms: Terms, known: set[str]) -> list[Found]:
    """The page's links named like a news column, best first (ties: shorter names, page order)."""
    found: dict[str, Found] = {}
    for text, target in page_links(html, url, domain):
        if target in known or not text:
            continue
        score, why = name_score(text, terms)
        if score <= 0:
            continue
        if target not in found or found[target].name_score < score:
            found[target] = Found(text, target, score, why)
    return sorted(found.values(), key=lambda f: (-f.name_score, len(f.name)))


def index_links(html: str, url: str, domain: str, terms: Terms) -> list[str]:
    """Links to a site map or 政务公开 index, where more columns are listed."""
    out = []
    for text, target in page_links(html, url, domain):
        if any(name in text for name in terms.index_names) and target not in out and target != canonical_url(url):
            out.append(target)
    return out[: terms.index_most]


# -- list pages ----------------------------------------------------------------------------


def column_id(url: str, taken: set[str]) -> str:
    """A column id from the list URL (``/xwzx/gzdt/`` → ``gzdt``, ``/col/col6282/index.html`` → ``col6282``)."""
    parts = [p for p in url.split("?", 1)[0].split("/")[3:] if p and not p.startswith(("index", "list", "common_list"))]
    last = parts[-1] if parts else "news"
    if re.fullmatch(r"[0-9a-f]{32}", last):  # 甘肃 /common/search/<uuid>: the parent and a short uuid
        last = f"{parts[-2] if len(parts) > 1 else 'c'}_{last[:8]}"
    ids = re.findall(r"[?&]\w*id=(\d+)", url, re.I)  # 西藏 /xzweb/list?channelId=8&categoryId=160 → xzweb_160
    if ids:
        last = f"{last}_{ids[-1]}"
    base = re.sub(r"[^a-z0-9_]+", "_", last.lower()).strip("_") or "news"
    base = base if base[0].isalpha() else f"c{base}"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}_{n}", n + 1
    return candidate


def trial_column(site: "Site", found: Found, taken: set[str]) -> Column:
    """The column a candidate would be crawled as: the row's family and selectors."""
    # An API row (江西 queryList …) reads its channel pages as HTML first; a shell is filled later.
    family = site.family if site.family in HTML_FAMILIES else "trs"
    return Column(
        id=column_id(found.url, taken), name=found.name, kind="news", list_url=found.url,
        evidence=f"discovered at run time: {found.name} linked from the site", family=family,
        selectors=dict(site.selectors), source="discovered",
    )


def shell_follow_up(column: Column, html: str, url: str) -> tuple[Column, PageRequest] | None:
    """A list page that is a shell (江西 platform, JPaaS): the column and request that fill it."""
    match = _JX_PARAMS.search(html)
    if match:
        values = {k: v.strip("'\"") for k, v in _JX_VALUE.findall(match.group(1))}
        site_code = _first_of(values.get("webSiteCode", ""))
        channel = _first_of(values.get("channelCode", ""))
        if site_code and channel:
            form = {"pageSize": values.get("perPage", "15") or "15", "webSiteCode[]": site_code,
                    "channelCode[]": channel, "sort": "sortNum", "order": "desc"}
            api = Api(url=canonical_url("/queryList", url), page_param="current", form=form)
            filled = replace(column, family="jiangxi_querylist", api=api)
            return filled, first_request(filled)
    return None


def _first_of(value: str) -> str:
    return value.strip("[]").split(",")[0].strip().strip("'\"")


@dataclass(frozen=True)
class ListLook:
    """What a candidate's list page looks like to the row's list reader."""

    items: int
    article_like: int
    dated: int
    shape: str
    pager: bool

    def confirmed(self, terms: Terms) -> bool:
        return (self.items >= terms.min_items
                and self.article_like >= terms.min_article_share * self.items
                and self.dated >= terms.min_dated_share * self.items)

    def score(self) -> float:
        return min(self.article_like, 20) / 2 + (3 if self.pager else 0) + (3 * self.dated / self.items if self.items else 0)

    def why(self) -> str:
        pager = "a pager" if self.pager else "no pager"
        return (f"list page: {self.items} rows, {self.article_like} link to {self.shape or 'no known article URL shape'}, "
                f"{self.dated} dated, {pager}")


_PAGER = re.compile(r"下一页|下页|createPageHTML|countPage|totalpage|class=\"pagination\"|共\s*\d+\s*页|\"pages\"\s*:|\"total\"\s*:")


def look_at(page: ListPage, text: str, domain: str, terms: Terms) -> ListLook:
    shapes: dict[str, int] = {}
    for item in page.items:
        if host_of(item.url) != domain:
            continue
        for platform, pattern in terms.article_urls:
            if pattern.search(item.url):
                shapes[platform] = shapes.get(platform, 0) + 1
                break
    shape, article_like = max(shapes.items(), key=lambda kv: kv[1], default=("", 0))
    dated = sum(1 for i in page.items if i.date)
    pager = bool(page.next) or bool(page.total_pages and page.total_pages > 1) or bool(_PAGER.search(text))
    return ListLook(len(page.items), article_like, dated, shape, pager)


def promote_toml(column: Column, why: list[str]) -> str:
    """The ``[[site.columns]]`` block that makes a discovered column a configured one."""
    lines = ["[[site.columns]]", f'id = "{column.id}"', f'name = "{column.name}"', 'kind = "news"',
             f'list_url = "{column.list_url}"', f'evidence = "discovered {json.dumps("; ".join(why), ensure_ascii=False)[1:-1]}; checked by <name> on <date>"']
    if column.family != "trs":
        lines.insert(4, f'family = "{column.family}"')
    if column.api is not None:
        lines += ["[site.columns.api]", f'url = "{column.api.url}"', f'page_param = "{column.api.page_param}"',
                  "form = { " + ", ".join(f'"{k}" = "{v}"' for k, v in column.api.form.items()) + " }"]
    return "\n".join(lines)


# -- one discovery -------------------------------------------------------------------------


class Discovery:
    """The state of one site's discovery: candidates, what was checked, the page budget."""

    def __init__(self, site: "Site", terms: Terms | None = None, budget: int | None = None):
        self.site = site
        self.terms = terms or load_terms()
        self.left = self.terms.budget if budget is None else budget
        self.found: list[Found] = []
        self.chosen: Found | None = None
        self.known = {canonical_url(c.list_url) for c in site.columns}

    def spend(self) -> bool:
        """Take one page from the budget; False when it is spent."""
        if self.left <= 0:
            return False
        self.left -= 1
        return True

    def read_page(self, html: str, url: str, *, home: bool) -> list[str]:
        """Add the page's candidates; from the home page, the index pages worth a look (budget taken)."""
        have = {f.url for f in self.found}
        for found in candidates_in(html, url, self.site.domain, self.terms, self.known):
            if found.url not in have:
                found.why.append("from the home page" if home else f"from {url}")
                self.found.append(found)
        self.found.sort(key=lambda f: (-f.name_score, len(f.name)))
        if not home:
            return []
        return [u for u in index_links(html, url, self.site.domain, self.terms)
                if u not in {f.url for f in self.found} and self.spend()]

    def next_candidate(self) -> Found | None:
        """The best candidate not yet checked, if the budget allows a look at it."""
        for found in self.found:
            if not found.checked:
                if not self.spend():
                    found.why.append("not checked: page budget spent")
                    return None
                found.checked = True
                return found
        return None

    def judge(self, found: Found, html: str, url: str, column: Column | None = None) -> Column | PageRequest | None:
        """Confirm ``found`` from its list page: the column to crawl, a request that fills a shell
        page (then call again with its answer and ``column``), or None (rejected, why recorded)."""
        taken = {c.id for c in self.site.columns}
        column = column or trial_column(self.site, found, taken)
        page = parse_list(column, url, html, 1)
        if page.shell and page.next and self.spend():
            found.column = column
            return page.next
        if not page.items and column.source == "discovered" and column.api is None:
            follow = shell_follow_up(column, html, url)
            if follow and self.spend():
                found.column = follow[0]
                found.why.append("its page is a shell filled by POST /queryList (江西 platform)")
                return follow[1]
        look = look_at(page, html, self.site.domain, self.terms)
        found.why.append(look.why())
        found.score = found.name_score + look.score()
        if not page.container_found:
            found.why.append(f"rejected: the {column.family} list reader finds no list here")
            return None
        if not look.confirmed(self.terms):
            found.why.append("rejected: does not look like a news list")
            return None
        found.confirmed = found.chosen = True
        found.column = column
        found.why.append("chosen: the best-named candidate that looks like a list")
        self.chosen = found
        return column

    def reject(self, found: Found, reason: str) -> None:
        found.why.append(f"rejected: {reason}")

    def report(self) -> list[dict[str, object]]:
        return [f.to_report() for f in self.found]
