"""``gxt sites`` / ``gxt crawl`` and the crawl command line the flows run."""
from __future__ import annotations

import json
import sys

from typer.testing import CliRunner

from crawlers.runner import crawl_command, crawl_env
from gxt.cli import app
from gxt.commands.crawl import health, newest_report


def test_crawl_command_is_one_scrapy_process_per_site(tmp_path):
    argv = crawl_command("fujian", tmp_path / "raw", tmp_path / "seen.json", since="2026-01-01", mirror="http://127.0.0.1:8765")
    assert argv[:5] == [sys.executable, "-m", "scrapy", "crawl", "fujian"]
    assert argv[5:] == ["-a", f"out={tmp_path / 'raw'}", "-a", f"state={tmp_path / 'seen.json'}",
                        "-a", "since=2026-01-01", "-s", "GXT_MIRROR=http://127.0.0.1:8765"]


def test_crawl_env_names_the_settings_module():
    assert crawl_env({})["SCRAPY_SETTINGS_MODULE"] == "crawlers.settings"


def _report(tmp_path, run, site, **fields):
    path = tmp_path / "raw" / run / f"{site}.report.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    base = {"site": site, "finished": True, "stats": {"raw_pages": 3}, "failures": [], "discovered": []}
    path.write_text(json.dumps({**base, **fields}), encoding="utf-8")
    return path


def test_newest_report_is_from_the_latest_run(tmp_path):
    _report(tmp_path, "20260101T000000Z", "gansu")
    newest = _report(tmp_path, "20260102T000000Z", "gansu")
    assert newest_report(tmp_path / "raw", "gansu") == newest


def test_health_lines():
    assert health({"finished": True, "stats": {"raw_pages": 3}, "failures": []}) == "ok · 3 new pages"
    assert health({"finished": False}) == "unfinished (crashed or still running)"
    failed = {"finished": True, "stats": {"raw_pages": 0}, "failures": [{"kind": "challenge", "status": 412}]}
    assert health(failed) == "1 failure(s): challenge 412 · 0 new pages"


def test_gxt_sites_lists_31_rows_with_last_health(tmp_path):
    _report(tmp_path, "20260102T000000Z", "gansu", failures=[{"kind": "challenge", "status": 412}], stats={"raw_pages": 0})
    result = CliRunner().invoke(app, ["sites", "--json", "--data", str(tmp_path)])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.exit_code == 0 and len(rows) == 31
    gansu = next(r for r in rows if r["id"] == "gansu")
    assert (gansu["status"], gansu["health"]) == ("partial", "1 failure(s): challenge 412 · 0 new pages")


def test_gxt_crawl_refuses_an_unknown_site(tmp_path):
    result = CliRunner().invoke(app, ["crawl", "atlantis", "--data", str(tmp_path)])
    assert result.exit_code != 0 and "unknown site" in result.output


def test_gxt_crawl_writes_the_run_and_gxt_sites_reads_it(mirror, tmp_path):
    runner = CliRunner()
    crawled = runner.invoke(app, ["crawl", "ningxia", "shaanxi", "--mirror", mirror.url, "--data", str(tmp_path), "--run-id", "r1"])
    assert crawled.exit_code == 0, crawled.output
    assert "ningxia       exit 0  ok · 11 new pages" in crawled.output
    assert "news column found at run time: 工作动态 https://gxt.shaanxi.gov.cn/xwzx/gzdt/" in crawled.output
    assert (tmp_path / "raw" / "r1" / "ningxia.jsonl.gz").exists()
    listed = runner.invoke(app, ["sites", "--json", "--data", str(tmp_path)])
    ningxia = next(json.loads(line) for line in listed.stdout.splitlines() if '"ningxia"' in line)
    assert (ningxia["last_run"], ningxia["health"]) == ("r1", "ok · 11 new pages")
    assert (ningxia["news_column"]["source"], ningxia["news_column"]["id"]) == ("configured", "gzdt")
    shaanxi = next(json.loads(line) for line in listed.stdout.splitlines() if '"shaanxi"' in line)
    assert shaanxi["news_column"] | {"why": ""} == {"source": "discovered", "id": "gzdt", "name": "工作动态",
                                                    "url": "https://gxt.shaanxi.gov.cn/xwzx/gzdt/", "why": ""}
    table = runner.invoke(app, ["sites", "--data", str(tmp_path)], env={"COLUMNS": "250"})
    assert "工作动态 (discovered)" in table.stdout and "工作动态 (configured)" in table.stdout
