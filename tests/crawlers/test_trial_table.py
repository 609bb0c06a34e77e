"""A trial site table (``GXT_SITES``) against a mirror of its own: how a newcomer tries a new row.

Also the zero-items rule: an empty column is a failure unless the row declares ``may_be_empty``.
"""
from __future__ import annotations

import json
import subprocess

from crawlers.mirror import MirrorServer
from crawlers.runner import crawl_command, crawl_cwd, crawl_env

TABLE = """
[[site]]
id = "trial"
province = "试点"
department = "试点工业和信息化厅"
domain = "gxt.trial.gov.cn"
base_url = "https://gxt.trial.gov.cn/"
family = "trs"
status = "confirmed"
evidence = "test row"
checked = "2026-06-01"
[[site.columns]]
id = "gzdt"
name = "工作动态"
kind = "news"
list_url = "https://gxt.trial.gov.cn/gzdt/"
evidence = "test page"
[[site.columns]]
id = "zxft"
name = "在线访谈"
kind = "news"
list_url = "https://gxt.trial.gov.cn/zxft/"
evidence = "test page"
may_be_empty = true
"""
EMPTY_LIST = '<html><head><meta charset="utf-8"></head><body><ul class="list"></ul></body></html>'


def test_empty_column_fails_unless_declared_may_be_empty(tmp_path):
    pages = tmp_path / "pages" / "gxt.trial.gov.cn"
    for column in ("gzdt", "zxft"):
        (pages / column).mkdir(parents=True)
        (pages / column / "index.html").write_text(EMPTY_LIST, encoding="utf-8")
    (tmp_path / "sites.toml").write_text(TABLE, encoding="utf-8")
    env = crawl_env()
    env["GXT_SITES"] = str(tmp_path / "sites.toml")
    with MirrorServer(pages=tmp_path / "pages", routes=tmp_path / "no-routes.toml") as mirror:
        argv = crawl_command("trial", tmp_path / "raw", tmp_path / "seen.json", mirror=mirror.url)
        subprocess.run(argv, cwd=crawl_cwd(), env=env, check=True, capture_output=True, timeout=120)
    report = json.loads((tmp_path / "raw" / "trial.report.json").read_text(encoding="utf-8"))
    assert [(f["column"], f["kind"]) for f in report["failures"]] == [("gzdt", "structure_changed")]
    assert report["failures"][0]["reason"].startswith("zero items listed")


LOOP_TABLE = TABLE.split("[[site.columns]]")[0] + """[[site.columns]]
id = "gzdt"
name = "工作动态"
kind = "news"
list_url = "https://gxt.trial.gov.cn/gzdt/"
evidence = "test page"
"""


def _list(item: str, next_href: str) -> str:
    return (f'<html><head><meta charset="utf-8"></head><body><ul class="list"><li><a href="./{item}.html" title="t">t</a>'
            f'<span>2026-06-0{item[-1]}</span></li></ul><a href="{next_href}">下一页</a></body></html>')


def test_a_pager_that_loops_back_is_read_once_per_page(tmp_path):
    pages = tmp_path / "pages" / "gxt.trial.gov.cn" / "gzdt"
    pages.mkdir(parents=True)
    (pages / "index.html").write_text(_list("a1", "index_1.html"), encoding="utf-8")
    (pages / "index_1.html").write_text(_list("a2", "index.html"), encoding="utf-8")
    (tmp_path / "sites.toml").write_text(LOOP_TABLE, encoding="utf-8")
    env = crawl_env()
    env["GXT_SITES"] = str(tmp_path / "sites.toml")
    with MirrorServer(pages=tmp_path / "pages", routes=tmp_path / "no-routes.toml") as mirror:
        argv = crawl_command("trial", tmp_path / "raw", tmp_path / "seen.json", since="2020-01-01", mirror=mirror.url)
        subprocess.run(argv, cwd=crawl_cwd(), env=env, check=True, capture_output=True, timeout=120)
    report = json.loads((tmp_path / "raw" / "trial.report.json").read_text(encoding="utf-8"))
    # /gzdt/, index_1.html, then index.html (a second spelling of page 1); its 下一页 is already read
    assert report["finished"] and report["columns"]["gzdt"]["list_pages"] == 3
