"""The site table: 31 valid rows, and clear errors for a newcomer's typo."""
from __future__ import annotations

from pathlib import Path

import pytest

from crawlers.sites import SITES_FILE, SiteTableError, load_sites

SITE_IDS = {
    "beijing", "tianjin", "hebei", "shanxi", "neimenggu", "liaoning", "jilin", "heilongjiang", "shanghai", "jiangsu",
    "zhejiang", "anhui", "fujian", "jiangxi", "shandong", "henan", "hubei", "hunan", "guangdong", "guangxi", "hainan",
    "chongqing", "sichuan", "guizhou", "yunnan", "xizang", "shaanxi", "gansu", "qinghai", "ningxia", "xinjiang",
}
sites = load_sites()


def test_all_31_departments_with_the_agreed_ids():
    assert {s.id for s in sites} == SITE_IDS and len(sites) == 31


def test_every_column_url_has_evidence_and_sits_on_the_site_domain():
    for site in sites:
        for column in site.columns:
            assert column.evidence and column.list_url.split("/")[2] == site.domain


def test_confirmed_rows_have_a_news_column():
    assert all(any(c.kind == "news" for c in s.columns) for s in sites if s.status == "confirmed")


def test_rows_without_a_news_column_discover_instead():
    assert all(s.discover for s in sites if not any(c.kind == "news" for c in s.columns))


def test_status_counts():
    counts = {status: sum(s.status == status for s in sites) for status in ("confirmed", "partial", "guessed")}
    assert counts == {"confirmed": 16, "partial": 13, "guessed": 2}


def test_quirks_carry_reasons():
    assert all(s.tls_reason for s in sites if not s.tls_verify)
    assert all(s.robots_reason for s in sites if not s.robots_obey)


def _table(tmp_path: Path, old: str, new: str) -> Path:
    text = SITES_FILE.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "sites.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize("old, new, message", [
    ('family = "trs"', 'family = "tsr"', "site 'beijing': family: 'tsr' is not one of"),
    ('list_url = "https://jxj.beijing.gov.cn/jxdt/gzdt/"', 'list_url = "https://jxj.beijng.gov.cn/jxdt/gzdt/"',
     "site 'beijing' column 'gzdt': list_url: 'https://jxj.beijng.gov.cn/jxdt/gzdt/' is not on domain jxj.beijing.gov.cn"),
    ('evidence = "article URL /jxdt/gzdt/202503/t20250321_4040518.html"', 'evidence = ""',
     "column 'gzdt': evidence: a column URL without evidence is an invented URL"),
    ('checked = "2026-09-30"', 'checked = "30.9.2026"', "site 'beijing': checked: expected YYYY-MM-DD"),
    ('kind = "news"', 'knd = "news"', "column 'gzdt': unknown field(s) knd (typo?)"),
    ('id = "tianjin"', 'id = "beijing"', "site 'beijing' appears twice"),
])
def test_typos_name_the_row_and_the_field(tmp_path, old, new, message):
    with pytest.raises(SiteTableError) as err:
        load_sites(_table(tmp_path, old, new))
    assert message in str(err.value)


def test_robots_ignore_without_reason_is_refused(tmp_path):
    path = _table(tmp_path, 'family = "trs"\nstatus = "confirmed"', 'family = "trs"\nrobots = "ignore"\nstatus = "confirmed"')
    with pytest.raises(SiteTableError, match="robots_reason: ignoring robots.txt needs a reason"):
        load_sites(path)
