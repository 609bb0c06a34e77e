"""The run report: per-site numbers, failures by kind, unhealthy sites (pure: no Prefect, no SQL).

Numbers come from the warehouse (``Warehouse.run_numbers``: what actually landed), failure
details from the run's files (``raw/<run>/<site>.report.json`` and the parsed-notices file).
The flow shows the result as two Prefect artifacts: :func:`to_markdown` and
:meth:`SiteLine.table_row`.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path


@dataclass
class SiteLine:
    site: str
    province: str
    pages_fetched: int = 0
    new_notices: int = 0
    notices_loaded: int = 0  # new plus re-parsed (a reparse loads, but finds nothing new)
    meeting_notices: int = 0
    indicators: int = 0
    tasks: int = 0
    failures: dict[str, int] = field(default_factory=dict)  # kind -> count (parse failures as parse:<stage>)
    unhealthy: bool = False

    def table_row(self) -> dict:
        return {
            "site": self.site,
            "province": self.province,
            "pages fetched": self.pages_fetched,
            "new notices": self.new_notices,
            "notices loaded": self.notices_loaded,
            "meeting notices": self.meeting_notices,
            "indicators": self.indicators,
            "tasks": self.tasks,
            "failures": format_kinds(self.failures),
            "health": "unhealthy" if self.unhealthy else ("failed tonight" if self.crawl_failed else "ok"),
        }

    @property
    def crawl_failed(self) -> bool:
        return any(not kind.startswith("parse:") for kind in self.failures)


@dataclass
class RunReport:
    run_id: str
    flow: str  # nightly, backfill, reparse
    sites: list[SiteLine]
    failures: list[dict]  # failure entries: crawl kinds, process kinds, parse stages
    unhealthy: dict[str, list[str]] = field(default_factory=dict)  # site -> kinds seen over those runs
    unhealthy_after_runs: int = 3
    state: str = "Completed"
    # The parse backlog: {"parsed_from_earlier_runs": n, "by_run": {run: n}, "left": n}
    backlog: dict = field(default_factory=dict)

    @property
    def failed_sites(self) -> list[str]:
        """Sites whose crawl had failures (parse failures alone do not make a site failed)."""
        return [line.site for line in self.sites if line.crawl_failed]

    def totals(self) -> dict[str, int]:
        keys = ("pages_fetched", "new_notices", "notices_loaded", "meeting_notices", "indicators", "tasks")
        totals = {key: sum(getattr(line, key) for line in self.sites) for key in keys}
        totals["parse_failures"] = sum(
            count for line in self.sites for kind, count in line.failures.items() if kind.startswith("parse:")
        )
        return totals

    def summary(self) -> str:
        t = self.totals()
        return (
            f"{len(self.sites)} sites, {len(self.failed_sites)} with crawl failures; pages fetched "
            f"{t['pages_fetched']}, new notices {t['new_notices']} (meeting notices {t['meeting_notices']}), "
            f"notices loaded {t['notices_loaded']}, indicators {t['indicators']}, tasks {t['tasks']}, "
            f"parse failures {t['parse_failures']}"
        )

    def to_json(self) -> dict:
        return asdict(self)


def format_kinds(kinds: dict[str, int]) -> str:
    return ", ".join(f"{kind} ×{count}" if count > 1 else kind for kind, count in sorted(kinds.items()))


def failure_details(run_dir: Path, parsed_file: Path | None, process_failures: dict[str, dict]) -> list[dict]:
    """Every failure entry of the run: from the crawl reports, the crawl processes and the parse step."""
    entries: list[dict] = []
    for path in sorted(run_dir.glob("*.report.json")):
        try:
            report = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        entries.extend(f for f in report.get("failures") or [] if isinstance(f, dict))
    known = {(e.get("site"), e.get("kind"), e.get("reason")) for e in entries}
    for failure in process_failures.values():  # already in the report file, unless writing it failed
        if (failure.get("site"), failure.get("kind"), failure.get("reason")) not in known:
            entries.append(failure)
    if parsed_file is not None and parsed_file.exists():
        with parsed_file.open(encoding="utf-8") as lines:
            for line in lines:
                if '"error"' not in line:
                    continue
                entry = json.loads(line)
                if "error" in entry:
                    entries.append({"site": entry.get("site"), "column": entry.get("column"), "url": entry.get("url"),
                                    "kind": f"parse:{entry.get('stage')}", "status": None, "reason": entry["error"]})
    return entries


def build_report(
    *,
    run_id: str,
    flow: str,
    provinces: dict[str, str],
    numbers: list[dict],
    unhealthy: dict[str, list[str]],
    run_dir: Path,
    parsed_file: Path | None,
    process_failures: dict[str, dict],
    unhealthy_after_runs: int = 3,
) -> RunReport:
    """One line per site the run was about (the sites crawled, or for a reparse the sites parsed).

    ``numbers`` are ``Warehouse.run_numbers`` rows as dicts (``site_id``, ``pages_fetched``,
    ``notices_new``, ``notices_loaded``, ``meeting_notices``, ``indicators``, ``tasks``, ``failures``).
    """
    by_site = {n["site_id"]: n for n in numbers}
    site_ids = list(provinces) if flow != "reparse" else []
    site_ids += [s for s in by_site if s not in site_ids]
    lines = []
    for site in site_ids:
        n = by_site.get(site, {})
        failures = dict(n.get("failures") or {})
        if site in process_failures and process_failures[site]["kind"] not in failures:
            failures[process_failures[site]["kind"]] = 1
        lines.append(
            SiteLine(
                site=site,
                province=provinces.get(site, ""),
                pages_fetched=int(n.get("pages_fetched") or 0),
                new_notices=int(n.get("notices_new") or 0),
                notices_loaded=int(n.get("notices_loaded") or 0),
                meeting_notices=int(n.get("meeting_notices") or 0),
                indicators=int(n.get("indicators") or 0),
                tasks=int(n.get("tasks") or 0),
                failures=failures,
                unhealthy=site in unhealthy,
            )
        )
    return RunReport(
        run_id=run_id,
        flow=flow,
        sites=lines,
        failures=failure_details(run_dir, parsed_file, process_failures),
        unhealthy={site: kinds for site, kinds in unhealthy.items()},
        unhealthy_after_runs=unhealthy_after_runs,
    )


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def to_markdown(report: RunReport, max_failures: int = 40) -> str:
    out = [f"# gxt {report.flow} run {report.run_id}: {report.state}", "", report.summary() + ".", ""]
    if report.backlog:
        out += [f"Parse backlog: {report.backlog.get('parsed_from_earlier_runs', 0)} page versions fetched by earlier "
                f"runs parsed in this run; {report.backlog.get('left', 0)} left.", ""]
    out += [
        "| site | province | pages fetched | new notices | meeting notices | indicators | tasks | failures |",
        "|---|---|---:|---:|---:|---:|---:|---|",
    ]
    for line in sorted(report.sites, key=lambda l: (not l.failures, l.site)):
        flag = " ⚠" if line.unhealthy else ""
        out.append(
            f"| {line.site}{flag} | {line.province} | {line.pages_fetched} | {line.new_notices} | "
            f"{line.meeting_notices} | {line.indicators} | {line.tasks} | {_cell(format_kinds(line.failures)) or '—'} |"
        )
    if report.unhealthy:
        out += ["", f"## Unhealthy sites: no items or errors in each of the last {report.unhealthy_after_runs} runs", ""]
        out += [f"- **{site}**: {', '.join(kinds)}" for site, kinds in sorted(report.unhealthy.items())]
    if report.failures:
        out += ["", "## Failures", "", "| site | column | kind | status | url | reason |", "|---|---|---|---|---|---|"]
        for failure in report.failures[:max_failures]:
            cells = [failure.get(key) for key in ("site", "column", "kind", "status", "url", "reason")]
            out.append("| " + " | ".join(_cell("" if c is None else c) for c in cells) + " |")
        if len(report.failures) > max_failures:
            out.append(f"\n… and {len(report.failures) - max_failures} more: see raw/{report.run_id}/*.report.json.")
    return "\n".join(out) + "\n"
