"""The site table (``crawlers/sites.toml``) as typed objects, validated when it is loaded.

A mistake in the table fails at load time with the row and the field named, e.g.
``sites.toml: site 'fujian' column 'jxyw': list_url: not on domain gxt.fujian.gov.cn``.
``GXT_SITES`` points the loader (and so the spiders) at another table, e.g. a trial row.
"""
from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

SITES_FILE = Path(__file__).with_name("sites.toml")

FAMILIES = frozenset(
    {"trs", "timestamp_dir", "hanweb_jpage", "hanweb_jpaas", "fjdzapp", "jiangxi_querylist", "hubei_json"}
)
API_FAMILIES = frozenset({"fjdzapp", "jiangxi_querylist", "hubei_json"})
STATUSES = ("confirmed", "partial", "guessed")
KINDS = frozenset({"news", "notices"})
SELECTOR_KEYS = frozenset(
    {"container", "item", "link", "title", "date", "title_attr", "detail_title", "detail_date", "detail_body"}
)
_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_SITE_KEYS = frozenset(
    {
        "id", "province", "department", "domain", "base_url", "family", "status", "evidence", "checked",
        "robots", "robots_reason", "tls_verify", "tls_reason", "http_fallback", "encoding", "needs_browser", "discover",
        "meeting_keywords", "selectors", "columns", "candidates", "notes",
    }
)
_COLUMN_KEYS = frozenset(
    {"id", "name", "kind", "list_url", "evidence", "may_be_empty", "family", "selectors", "api", "pagination"}
)


class SiteTableError(ValueError):
    """The site table is malformed; the message names the row and the field."""


@dataclass(frozen=True)
class Api:
    """A structured list endpoint (JSON, or XML for Hanweb)."""

    url: str
    page_param: str = ""
    form: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Column:
    id: str
    name: str
    kind: str
    list_url: str
    evidence: str
    family: str
    selectors: dict[str, str]
    may_be_empty: bool = False
    api: Api | None = None
    page_query_param: str = ""
    # "configured" (a row of sites.toml) or "discovered" (found at run time, crawlers/discovery.py)
    source: str = "configured"


@dataclass(frozen=True)
class Candidate:
    """A column with evidence that is reported, not crawled, until reviewed."""

    name: str
    url: str
    evidence: str


@dataclass(frozen=True)
class Site:
    id: str
    province: str
    department: str
    domain: str
    base_url: str
    family: str
    status: str
    evidence: str
    checked: date
    columns: tuple[Column, ...]
    candidates: tuple[Candidate, ...] = ()
    robots_obey: bool = True
    robots_reason: str = ""
    tls_verify: bool = True
    tls_reason: str = ""
    http_fallback: bool = False
    encoding: str = ""
    needs_browser: bool = False
    discover: bool = False
    meeting_keywords: tuple[str, ...] = ()
    selectors: dict[str, str] = field(default_factory=dict)

    def column(self, column_id: str) -> Column:
        for column in self.columns:
            if column.id == column_id:
                return column
        raise KeyError(f"site {self.id!r} has no column {column_id!r}")


def load_sites(path: str | os.PathLike[str] | None = None) -> list[Site]:
    """Read and validate the site table (``GXT_SITES`` or ``crawlers/sites.toml``)."""
    chosen = Path(path or os.environ.get("GXT_SITES") or SITES_FILE)
    try:
        raw = tomllib.loads(chosen.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as err:
        raise SiteTableError(f"{chosen.name}: not valid TOML: {err}") from err
    rows = raw.get("site")
    if not isinstance(rows, list) or not rows:
        raise SiteTableError(f"{chosen.name}: no [[site]] rows")
    sites = [_site(row, index, chosen.name) for index, row in enumerate(rows, start=1)]
    seen: set[str] = set()
    for site in sites:
        if site.id in seen:
            raise SiteTableError(f"{chosen.name}: site {site.id!r} appears twice")
        seen.add(site.id)
    return sites


def site_by_id(site_id: str, path: str | os.PathLike[str] | None = None) -> Site:
    for site in load_sites(path):
        if site.id == site_id:
            return site
    raise KeyError(f"no site {site_id!r} in the site table")


class _Row:
    """Typed access to one TOML table with errors that say where."""

    def __init__(self, data: Any, where: str, allowed: frozenset[str]):
        if not isinstance(data, dict):
            raise SiteTableError(f"{where}: expected a table")
        unknown = sorted(set(data) - allowed)
        if unknown:
            raise SiteTableError(f"{where}: unknown field(s) {', '.join(unknown)} (typo?)")
        self.data = data
        self.where = where

    def fail(self, key: str, message: str) -> SiteTableError:
        return SiteTableError(f"{self.where}: {key}: {message}")

    def text(self, key: str, default: str | None = None) -> str:
        value = self.data.get(key, default)
        if value is None:
            raise self.fail(key, "missing")
        if not isinstance(value, str):
            raise self.fail(key, f"expected text, got {type(value).__name__}")
        return value.strip()

    def flag(self, key: str, default: bool) -> bool:
        value = self.data.get(key, default)
        if not isinstance(value, bool):
            raise self.fail(key, "expected true or false")
        return value

    def choice(self, key: str, choices: frozenset[str] | tuple[str, ...], default: str | None = None) -> str:
        value = self.text(key, default)
        if value not in choices:
            raise self.fail(key, f"{value!r} is not one of {', '.join(sorted(choices))}")
        return value

    def url(self, key: str, domain: str | None = None) -> str:
        value = self.text(key)
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise self.fail(key, f"{value!r} is not an http(s) URL")
        if domain and parts.hostname != domain:
            raise self.fail(key, f"{value!r} is not on domain {domain}")
        return value

    def selectors(self, key: str = "selectors") -> dict[str, str]:
        value = self.data.get(key, {})
        if not isinstance(value, dict):
            raise self.fail(key, "expected a table")
        unknown = sorted(set(value) - SELECTOR_KEYS)
        if unknown:
            raise self.fail(key, f"unknown selector(s) {', '.join(unknown)}; known: {', '.join(sorted(SELECTOR_KEYS))}")
        for name, selector in value.items():
            if not isinstance(selector, str) or not selector.strip():
                raise self.fail(f"{key}.{name}", "expected a non-empty CSS selector")
        return dict(value)


def _site(data: Any, index: int, file_name: str) -> Site:
    row = _Row(data, f"{file_name}: row {index}", _SITE_KEYS)
    site_id = row.text("id")
    if not _ID.match(site_id):
        raise row.fail("id", f"{site_id!r} must be lowercase pinyin (a-z, 0-9, _)")
    row.where = f"{file_name}: site {site_id!r}"
    domain = row.text("domain")
    if not domain or "/" in domain or domain != domain.lower():
        raise row.fail("domain", f"{domain!r} must be a lowercase host name")
    family = row.choice("family", FAMILIES)
    status = row.choice("status", STATUSES)
    evidence = row.text("evidence")
    if not evidence:
        raise row.fail("evidence", "every row says where its facts come from")
    try:
        checked = date.fromisoformat(row.text("checked"))
    except ValueError as err:
        raise row.fail("checked", "expected YYYY-MM-DD") from err
    robots = row.choice("robots", ("obey", "ignore"), "obey")
    robots_reason = row.text("robots_reason", "")
    if robots == "ignore" and not robots_reason:
        raise row.fail("robots_reason", "ignoring robots.txt needs a reason")
    tls_verify = row.flag("tls_verify", True)
    tls_reason = row.text("tls_reason", "")
    if not tls_verify and not tls_reason:
        raise row.fail("tls_reason", "turning certificate checks off needs a reason")
    http_fallback = row.flag("http_fallback", False)
    if http_fallback and not tls_reason:
        raise row.fail("tls_reason", "falling back to plain http needs a reason")
    keywords = data.get("meeting_keywords", [])
    if not isinstance(keywords, list) or not all(isinstance(k, str) and k for k in keywords):
        raise row.fail("meeting_keywords", "expected a list of words")
    site_selectors = row.selectors()
    columns_data = data.get("columns", [])
    if not isinstance(columns_data, list):
        raise row.fail("columns", "expected [[site.columns]] tables")
    columns = tuple(_column(c, row.where, domain, family, site_selectors) for c in columns_data)
    ids = [c.id for c in columns]
    if len(ids) != len(set(ids)):
        raise row.fail("columns", f"column ids repeat: {ids}")
    if status == "confirmed" and not any(c.kind == "news" for c in columns):
        raise row.fail("status", "a confirmed row needs a news column with evidence")
    candidates = tuple(_candidate(c, row.where, domain) for c in data.get("candidates", []))
    # A row without a news column finds one at run time (crawlers/discovery.py).
    discover = row.flag("discover", not any(c.kind == "news" for c in columns))
    return Site(
        id=site_id,
        province=row.text("province"),
        department=row.text("department"),
        domain=domain,
        base_url=row.url("base_url", domain),
        family=family,
        status=status,
        evidence=evidence,
        checked=checked,
        columns=columns,
        candidates=candidates,
        robots_obey=robots == "obey",
        robots_reason=robots_reason,
        tls_verify=tls_verify,
        tls_reason=tls_reason,
        http_fallback=http_fallback,
        encoding=row.text("encoding", ""),
        needs_browser=row.flag("needs_browser", False),
        discover=discover,
        meeting_keywords=tuple(keywords),
        selectors=site_selectors,
    )


def _column(data: Any, where: str, domain: str, site_family: str, site_selectors: dict[str, str]) -> Column:
    column_id = data.get("id") if isinstance(data, dict) else None
    row = _Row(data, f"{where} column {column_id!r}", _COLUMN_KEYS)
    if not isinstance(column_id, str) or not _ID.match(column_id):
        raise row.fail("id", "expected a lowercase id")
    evidence = row.text("evidence", "")
    if not evidence:
        raise row.fail("evidence", "a column URL without evidence is an invented URL")
    family = row.choice("family", FAMILIES, site_family)
    api = None
    if "api" in data:
        api_row = _Row(data["api"], f"{row.where} api", frozenset({"url", "page_param", "form"}))
        form = data["api"].get("form", {})
        if not isinstance(form, dict) or not all(isinstance(v, str) for v in form.values()):
            raise api_row.fail("form", "expected a table of text values")
        api = Api(url=api_row.url("url", domain), page_param=api_row.text("page_param", ""), form=dict(form))
    if family in API_FAMILIES and api is None:
        raise row.fail("api", f"family {family} needs an [api] table with the endpoint")
    pagination = data.get("pagination", {})
    if not isinstance(pagination, dict) or set(pagination) - {"query_param"}:
        raise row.fail("pagination", "only query_param is known")
    return Column(
        id=column_id,
        name=row.text("name"),
        kind=row.choice("kind", KINDS),
        list_url=row.url("list_url", domain),
        evidence=evidence,
        family=family,
        selectors={**site_selectors, **row.selectors()},
        may_be_empty=row.flag("may_be_empty", False),
        api=api,
        page_query_param=str(pagination.get("query_param", "")),
    )


def _candidate(data: Any, where: str, domain: str) -> Candidate:
    row = _Row(data, f"{where} candidate", frozenset({"name", "url", "evidence"}))
    return Candidate(name=row.text("name"), url=row.url("url", domain), evidence=row.text("evidence"))
