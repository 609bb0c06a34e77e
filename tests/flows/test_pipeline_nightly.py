"""The nightly flow over the loopback mirror, three nights running, into one temporary data directory.

Night 1: one site answers 500 everywhere, one answers a 412 challenge, one crawl process is
killed; the others load. Night 2: the mirror is healthy again and the three recover. Night 3:
nothing is new.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest


from flows.nightly import nightly  # noqa: E402
from flows.pipeline import crawl  # noqa: E402
from mirror_faults import breakable_mirror  # noqa: E402

GOOD = ["hubei", "fujian", "hebei"]
ANSWERS_500, CHALLENGED, KILLED = "shandong", "zhejiang", "shanghai"
SITES = GOOD + [ANSWERS_500, CHALLENGED, KILLED]


def _run(data: Path) -> dict:
    state = nightly(sites=SITES, mirror=True, data=str(data), crawl_retries=1, retry_delay_seconds=0, return_state=True)
    report = state.result(raise_on_failure=False)
    return {"state": state, "report": report, "lines": {line["site"]: line for line in report["sites"]}}


def _kill_one_site(site: str):
    real = crawl.build_command

    def command(name, out_dir, state_file, since, mirror):
        if name == site:
            return [sys.executable, "-c", "import os, signal; os.kill(os.getpid(), signal.SIGKILL)"]
        return real(name, out_dir, state_file, since, mirror)

    return command


@pytest.fixture(scope="module")
def nights(prefect_harness, site_hosts, tmp_path_factory) -> dict:
    data = tmp_path_factory.mktemp("data")
    with breakable_mirror(site_hosts) as mirror:
        mirror.answer(ANSWERS_500, 500, "<html><body><h1>500 Internal Server Error</h1></body></html>")
        mirror.answer(CHALLENGED, 412, "<html><head><script>$_ts=window['$_ts'];</script></head></html>")
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(crawl, "build_command", _kill_one_site(KILLED))
            first = _run(data)
        mirror.heal()
        second = _run(data)
        third = _run(data)
    return {"data": data, "first": first, "second": second, "third": third}


def _published(data: Path, sql: str) -> list[tuple]:
    from warehouse.readonly import run_query

    return run_query(data / "published" / "gxt.duckdb", sql)[1]


def test_broken_sites_are_reported_with_their_kind(nights) -> None:
    lines = nights["first"]["lines"]
    assert "http_error" in lines[ANSWERS_500]["failures"]
    assert "challenge" in lines[CHALLENGED]["failures"]
    assert lines[KILLED]["failures"] == {"process_killed": 1}


def test_every_other_site_loads_while_some_are_broken(nights) -> None:
    lines = nights["first"]["lines"]
    for site in GOOD:
        assert lines[site]["failures"] == {}, site
        assert lines[site]["new_notices"] > 0, site


def test_a_night_with_broken_sites_ends_partial_naming_them(nights) -> None:
    state = nights["first"]["state"]
    assert state.is_completed() and state.name == "Partial"
    assert f"{ANSWERS_500}: http_error" in state.message
    assert f"{KILLED}: process_killed" in state.message


def test_the_next_night_recovers_the_broken_sites(nights) -> None:
    second = nights["second"]
    assert second["state"].name == "Completed", second["state"].message
    for site in (ANSWERS_500, CHALLENGED, KILLED):
        assert second["lines"][site]["failures"] == {}, site
        assert second["lines"][site]["new_notices"] > 0, site
    for site in GOOD:
        assert second["lines"][site]["new_notices"] == 0, site


def test_the_expected_notices_indicators_and_tasks_land(nights) -> None:
    data = nights["data"]
    fetched = sum(n["lines"][s]["pages_fetched"] for n in (nights["first"], nights["second"]) for s in SITES)
    notices = _published(data, "SELECT count(*) FROM notices")[0][0]
    failures = _published(data, "SELECT count(DISTINCT url) FROM parse_failures")[0][0]
    assert notices + failures == fetched
    growth = _published(
        data,
        "SELECT i.value FROM indicators i JOIN notices n USING (notice_id) "
        "WHERE n.site_id = 'hubei' AND i.canonical_name = '规上工业增加值' AND i.measure = 'growth' "
        "AND i.period = '2025' AND NOT i.target",
    )
    assert [row[0] for row in growth] == [7.1]
    tasks = _published(data, "SELECT count(*) FROM tasks t JOIN notices n USING (notice_id) WHERE n.site_id = 'hubei'")
    assert tasks[0][0] >= 5
    meetings = _published(data, "SELECT count(*) FROM notices WHERE is_meeting")[0][0]
    assert 0 < meetings < notices


def test_a_night_with_nothing_new_loads_nothing_and_fetches_no_detail_page(nights) -> None:
    third = nights["third"]
    assert third["state"].name == "Completed"
    assert all(line["new_notices"] == 0 and line["pages_fetched"] == 0 for line in third["lines"].values())
    run_dir = nights["data"] / "raw" / third["report"]["run_id"]
    for site in SITES:
        stats = json.loads((run_dir / f"{site}.report.json").read_text())["stats"]
        assert stats["detail_pages"] == 0, site


def test_each_night_leaves_its_report_as_artifacts(nights) -> None:
    from prefect.artifacts import Artifact

    run_id = nights["third"]["report"]["run_id"]
    markdown = Artifact.get("gxt-nightly-report")
    assert run_id in markdown.data and "| site | province | health | pages | new |" in markdown.data
    table = Artifact.get("gxt-nightly-sites")
    rows = json.loads(table.data) if isinstance(table.data, str) else table.data
    assert sorted(row["site"] for row in rows) == sorted(SITES)


def test_reparse_rebuilds_every_notice_from_the_stored_pages_without_crawling(nights) -> None:
    from flows.reparse import reparse

    data = nights["data"]
    runs_before = sorted(p.name for p in (data / "raw").iterdir())
    notices = _published(data, "SELECT count(*) FROM notices")[0][0]
    state = reparse(data=str(data), return_state=True)
    assert state.name == "Completed"
    report = state.result()
    assert sum(line["notices_loaded"] for line in report["sites"]) == notices
    assert sum(line["new_notices"] for line in report["sites"]) == 0
    assert sorted(p.name for p in (data / "raw").iterdir()) == runs_before  # no site was crawled
    assert _published(data, "SELECT count(*) FROM notices")[0][0] == notices


def test_reparse_of_notices_from_older_parsers_finds_none_after_a_full_reparse(nights) -> None:
    from flows.parse import PARSER_VERSION
    from flows.reparse import reparse

    state = reparse(older_than=PARSER_VERSION, data=str(nights["data"]), return_state=True)
    assert state.name == "Completed"
    assert sum(line["notices_loaded"] for line in state.result()["sites"]) == 0


def test_backfill_walks_one_site_back_to_a_date(nights) -> None:
    from datetime import date

    from prefect.artifacts import Artifact

    from flows.backfill import backfill

    state = backfill(site="hubei", since=date(2015, 1, 1), mirror=True, data=str(nights["data"]), return_state=True)
    assert state.is_completed(), state.message
    report = state.result()
    assert [line["site"] for line in report["sites"]] == ["hubei"]
    assert report["run_id"] in Artifact.get("gxt-backfill-report").data


def test_a_lost_warehouse_is_rebuilt_from_the_raw_archive(nights) -> None:
    from flows.reparse import reparse

    data = nights["data"]
    before = _published(data, "SELECT count(*), (SELECT count(*) FROM indicators), (SELECT count(*) FROM tasks) FROM notices")
    for lost in data.glob("warehouse.duckdb*"):
        lost.unlink()
    state = reparse(reload_raw=True, data=str(data), return_state=True)
    assert state.name == "Completed", state.message
    after = _published(data, "SELECT count(*), (SELECT count(*) FROM indicators), (SELECT count(*) FROM tasks) FROM notices")
    assert after == before and before[0][0] > 0
