"""The run report built from the warehouse's numbers and the run's files, and the run's final state."""
from __future__ import annotations

import json

from flows.pipeline.outcome import final_state
from flows.pipeline.report import build_report, to_markdown

PROVINCES = {"fujian": "福建", "hebei": "河北", "hubei": "湖北"}


def _numbers(site: str, pages: int, new: int, failures: dict | None = None) -> dict:
    return {"site_id": site, "pages_fetched": pages, "notices_new": new, "notices_loaded": new,
            "meeting_notices": new, "indicators": 4 * new, "tasks": 2 * new, "failures": failures or {}}


def _report(tmp_path, numbers, process_failures=None, unhealthy=None):
    return build_report(run_id="20261122T000000Z-abc123", flow="nightly", provinces=PROVINCES, numbers=numbers,
                        unhealthy=unhealthy or {}, run_dir=tmp_path, parsed_file=None,
                        process_failures=process_failures or {})


def test_every_site_crawled_gets_a_line_even_without_numbers(tmp_path) -> None:
    report = _report(tmp_path, [_numbers("fujian", 3, 2)])
    assert [line.site for line in report.sites] == ["fujian", "hebei", "hubei"]
    assert report.sites[1].new_notices == 0


def test_a_killed_crawl_counts_as_a_failure_of_its_kind(tmp_path) -> None:
    killed = {"site": "hebei", "kind": "process_killed", "reason": "killed by SIGKILL"}
    report = _report(tmp_path, [_numbers("fujian", 3, 2)], process_failures={"hebei": killed})
    hebei = next(line for line in report.sites if line.site == "hebei")
    assert hebei.failures == {"process_killed": 1}
    assert report.failed_sites == ["hebei"]
    assert killed in report.failures


def test_failure_details_come_from_the_crawl_report_files(tmp_path) -> None:
    failure = {"site": "hubei", "column": "gzdt", "url": "http://x/", "kind": "challenge", "status": 412, "reason": "瑞数"}
    (tmp_path / "hubei.report.json").write_text(json.dumps({"site": "hubei", "failures": [failure]}))
    report = _report(tmp_path, [_numbers("hubei", 0, 0, {"challenge": 1})])
    assert report.failures == [failure]
    assert "| hubei | gzdt | challenge | 412 | http://x/ | 瑞数 |" in to_markdown(report)


def test_parse_failures_alone_do_not_make_a_site_failed(tmp_path) -> None:
    report = _report(tmp_path, [_numbers("fujian", 3, 2, {"parse:clean": 1})])
    assert report.failed_sites == []
    assert report.totals()["parse_failures"] == 1


def test_unhealthy_sites_are_flagged_in_both_artifacts(tmp_path) -> None:
    report = _report(tmp_path, [_numbers("hebei", 0, 0, {"http_error": 2})], unhealthy={"hebei": ["http_error"]})
    hebei = next(line for line in report.sites if line.site == "hebei")
    assert hebei.table_row()["health"] == "unhealthy"
    markdown = to_markdown(report)
    assert "## Unhealthy sites" in markdown and "- **hebei**: http_error" in markdown


def test_the_run_is_completed_when_no_site_failed(tmp_path) -> None:
    state = final_state(_report(tmp_path, [_numbers(s, 1, 1) for s in PROVINCES]))
    assert state.is_completed() and state.name == "Completed"


def test_the_run_is_partial_when_some_sites_failed(tmp_path) -> None:
    report = _report(tmp_path, [_numbers("fujian", 3, 2), _numbers("hebei", 0, 0, {"http_error": 1})])
    state = final_state(report)
    assert state.is_completed() and state.name == "Partial"
    assert "hebei: http_error" in state.message
    assert report.state == "Partial"


def test_the_run_fails_when_every_site_failed_and_nothing_was_fetched(tmp_path) -> None:
    numbers = [_numbers(s, 0, 0, {"dns": 1}) for s in PROVINCES]
    state = final_state(_report(tmp_path, numbers))
    assert state.is_failed()

