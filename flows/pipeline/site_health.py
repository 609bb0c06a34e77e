"""What one site's night amounts to, in the words an operator uses (pure: files in, verdicts out).

Three verdicts, kept apart on purpose:

- ``ok``: the crawl went well (parse failures alone do not make a site fail).
- ``broken``: a configured column (or the crawl process itself) failed; someone must look.
- ``not_configured``: the row names no column yet (a discover-only row); what the discover step
  found is a list of candidate columns to promote, and a failure there is not a breakage of
  anything gxt relies on (it is shown beside the candidates).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

OK, BROKEN, NOT_CONFIGURED = "ok", "broken", "not_configured"

# Failures of the crawl process rather than of the site: these are worth a retry (see crawl.py).
PROCESS_KINDS = frozenset({"process_killed", "process_error", "process_timeout"})


@dataclass
class SiteNight:
    site: str
    verdict: str
    kind: str | None = None  # the first failure's kind, url and HTTP status
    url: str | None = None
    status: int | None = None
    reason: str | None = None
    failures: int = 0
    kinds: list[str] = field(default_factory=list)
    discovered: list[dict] = field(default_factory=list)  # candidate columns the discover step found

    @property
    def headline(self) -> str:
        """``challenge 412 https://… (+2 more)``: what a task run's state message says."""
        if self.kind is None:
            return ""
        where = [self.url] if self.url else ([self.reason[:160]] if self.reason else [])
        parts = [self.kind] + ([str(self.status)] if self.status else []) + where
        more = f" (+{self.failures - 1} more)" if self.failures > 1 else ""
        return " ".join(parts) + more


def configured_sites() -> set[str]:
    """Site ids whose row in ``crawlers/sites.toml`` names at least one column (the others are
    discover-only rows: the crawl looks for candidate columns on the home page)."""
    from crawlers.sites import load_sites

    return {site.id for site in load_sites() if site.columns}


def _crawl_failures(report: dict) -> list[dict]:
    return [f for f in report.get("failures") or [] if isinstance(f, dict) and not str(f.get("kind", "")).startswith("parse:")]


def judge(site: str, report: dict, configured: bool) -> SiteNight:
    """The verdict on one site's crawl report (``<site>.report.json`` as a dict).

    A failed crawl process is ``broken`` whatever the row says: the spider, not the site, failed.
    Failures on columns the crawl found at run time (``source: discovered``) do not make a
    configured site broken: those columns are candidates, not commitments.
    """
    columns = report.get("columns") or {}
    discovered_columns = {name for name, col in columns.items() if isinstance(col, dict) and col.get("source") == "discovered"}
    failures = _crawl_failures(report)
    process = [f for f in failures if f.get("kind") in PROCESS_KINDS]
    if configured:
        counted = [f for f in failures if f.get("column") not in discovered_columns or f in process]
    else:
        counted = process
    candidates = [c for c in report.get("discovered") or [] if isinstance(c, dict)]
    if counted:
        first = counted[0]
        return SiteNight(
            site, BROKEN, kind=first.get("kind"), url=first.get("url"), status=first.get("status"),
            reason=first.get("reason"), failures=len(counted), kinds=sorted({str(f.get("kind")) for f in counted}), discovered=candidates,
        )
    if not configured:
        first = failures[0] if failures else {}
        return SiteNight(
            site, NOT_CONFIGURED, kind=first.get("kind"), url=first.get("url"), status=first.get("status"),
            reason=first.get("reason"), failures=len(failures), kinds=sorted({str(f.get("kind")) for f in failures}), discovered=candidates,
        )
    return SiteNight(site, OK, discovered=candidates)


def read_report(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def broken_streak(site: str, raw_dir: Path, run_id: str, configured: bool) -> tuple[str, int]:
    """``(first run, runs)`` of the streak of broken runs that ``run_id`` (broken) ends: the
    earlier runs are judged from their report files; a run that did not crawl the site neither
    extends nor ends the streak. Run ids sort by time."""
    runs = sorted((p.name for p in raw_dir.iterdir() if p.is_dir() and p.name < run_id), reverse=True) if raw_dir.exists() else []
    since, count = run_id, 1
    for run in runs:
        report_file = raw_dir / run / f"{site}.report.json"
        if not report_file.exists():
            continue
        if judge(site, read_report(report_file), configured).verdict != BROKEN:
            break
        since, count = run, count + 1
    return since, count


def run_time(run_id: str) -> str:
    """``20261206T183000Z-1a2b3c`` → ``2026-12-06 18:30 UTC`` (what "since" shows)."""
    stamp = run_id.split("-")[0]
    if len(stamp) >= 14 and stamp[:8].isdigit():
        return f"{stamp[:4]}-{stamp[4:6]}-{stamp[6:8]} {stamp[9:11]}:{stamp[11:13]} UTC"
    return run_id
