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
    assert hebei.table_row()["health"] == "BROKEN ⚠ unhealthy"
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



def _write_report(run_dir, site: str, failures: list[dict], **extra) -> None:
    run_dir.mkdir(parents=True, exist_ok=True)
    (run_dir / f"{site}.report.json").write_text(json.dumps({"site": site, "failures": failures, **extra}))


CHALLENGE = {"site": "hebei", "column": "snxw", "url": "https://gxt.hebei.gov.cn/snxw/", "kind": "challenge",
             "status": 412, "reason": "瑞数"}


def test_the_report_starts_with_the_broken_sites_their_url_and_since_when(tmp_path) -> None:
    raw = tmp_path / "raw"
    for run in ("20261120T183000Z-aaaaaa", "20261121T183000Z-bbbbbb", "20261122T000000Z-abc123"):
        _write_report(raw / run, "hebei", [CHALLENGE])
    _write_report(raw / "20261119T183000Z-zzzzzz", "hebei", [])  # the last good night
    report = build_report(run_id="20261122T000000Z-abc123", flow="nightly", provinces=PROVINCES,
                          numbers=[_numbers("fujian", 3, 2), _numbers("hebei", 0, 0, {"challenge": 1})],
                          unhealthy={}, run_dir=raw / "20261122T000000Z-abc123", parsed_file=None,
                          process_failures={}, configured=set(PROVINCES))
    markdown = to_markdown(report)
    head = markdown.split("## Totals")[0]
    assert "## 1 broken site" in head
    assert "| **hebei** | 河北 | challenge | 412 | 2026-11-20 18:30 UTC | 3 | https://gxt.hebei.gov.cn/snxw/ |" in head
    assert markdown.index("## Totals") < markdown.index("## Sites")
    assert report.sites[1].table_row()["health"] == "BROKEN 3 runs"


def test_a_discover_only_row_is_not_configured_not_broken_and_shows_its_candidates(tmp_path) -> None:
    candidate = {"name": "工作动态", "url": "https://gxt.hubei.gov.cn/gzdt/", "score": 3, "why": "link text", "chosen": True}
    _write_report(tmp_path, "hubei", [{"site": "hubei", "column": None, "url": "https://gxt.hubei.gov.cn/", "kind": "dns",
                                       "status": None, "reason": "no such host"}], discovered=[candidate])
    report = build_report(run_id="20261122T000000Z-abc123", flow="nightly", provinces=PROVINCES,
                          numbers=[_numbers("fujian", 3, 2), _numbers("hubei", 0, 0, {"dns": 1})], unhealthy={},
                          run_dir=tmp_path, parsed_file=None, process_failures={}, configured={"fujian", "hebei"})
    assert report.failed_sites == []
    assert final_state(report).name == "Completed"
    markdown = to_markdown(report)
    assert "No broken site." in markdown
    assert "## Not configured: 1 discover-only rows awaiting promotion" in markdown
    assert "| hubei | 湖北 | 工作动态 (https://gxt.hubei.gov.cn/gzdt/, score 3, crawled tonight) | dns https://gxt.hubei.gov.cn/ |" in markdown
    hubei = next(line for line in report.sites if line.site == "hubei")
    assert hubei.table_row()["health"] == "not configured"


def test_a_failure_on_a_column_found_at_run_time_does_not_break_a_configured_site(tmp_path) -> None:
    found = {"site": "fujian", "column": "found-1", "url": "https://x/", "kind": "http_error", "status": 500, "reason": "500"}
    _write_report(tmp_path, "fujian", [found], columns={"found-1": {"source": "discovered"}, "gzdt": {"source": "configured"}})
    report = _report(tmp_path, [_numbers("fujian", 3, 2, {"http_error": 1})])
    assert report.failed_sites == []


def test_the_table_artifact_puts_health_and_failure_beside_the_site(tmp_path) -> None:
    _write_report(tmp_path, "hebei", [CHALLENGE])
    report = _report(tmp_path, [_numbers("hebei", 0, 0, {"challenge": 1})])
    row = next(line for line in report.sites if line.site == "hebei").table_row()
    assert list(row)[:4] == ["site", "health", "failure", "since"]
    assert row["failure"] == "challenge 412"
    assert list(row)[-1] == "url" and row["url"] == "https://gxt.hebei.gov.cn/snxw/"  # long: last
    assert all(len(key) <= 10 for key in row)  # short headers: every column fits the UI's table
