"""How a run's report becomes the flow run's final state, the colour an operator sees in the UI."""
from __future__ import annotations

from prefect.states import Completed, Failed, State

from flows.pipeline.report import RunReport
from flows.pipeline.site_health import NOT_CONFIGURED


def final_state(report: RunReport) -> State:
    """Completed when every site went well, ``Partial`` (a Completed state under its own name) when
    some sites are broken, Failed when every configured site is broken and nothing was fetched.

    Partial stays a Completed state on purpose: the night's pages were loaded and published, and
    Prefect treats a Failed flow run as something to retry or page on. Each broken site is its own
    Failed task run, so the run's task graph and counts show red without making the run red;
    Automations (flows/pipeline/alerts.py) notify on Partial and Failed alike."""
    failed = report.failed_sites
    dead = [line.site for line in report.sites if line.crawl_failed and line.pages_fetched == 0]
    configured = [line for line in report.sites if line.verdict != NOT_CONFIGURED]
    if configured and len(dead) == len(configured):
        report.state = "Failed"
        return Failed(message=f"every site failed: {', '.join(dead)}", data=report.to_json())
    if failed:
        report.state = "Partial"
        detail = "; ".join(
            f"{line.site}: {', '.join(k for k in sorted(line.failures) if not k.startswith('parse:'))}"
            for line in report.sites if line.crawl_failed
        )
        failed_note = f"{len(failed)} of {len(configured)} configured sites broken"
        return Completed(
            name="Partial",
            message=f"{failed_note} ({detail}). {report.summary()}",
            data=report.to_json(),
        )
    report.state = "Completed"
    return Completed(message=report.summary(), data=report.to_json())
