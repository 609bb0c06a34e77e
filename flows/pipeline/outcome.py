"""How a run's report becomes the flow run's final state, the colour an operator sees in the UI."""
from __future__ import annotations

from prefect.states import Completed, Failed, State

from flows.pipeline.report import RunReport


def final_state(report: RunReport) -> State:
    """Completed when every site went well, ``Partial`` (a Completed state under its own name) when
    some sites failed, Failed when every site failed and nothing was fetched."""
    failed = report.failed_sites
    dead = [line.site for line in report.sites if line.crawl_failed and line.pages_fetched == 0]
    if report.sites and len(dead) == len(report.sites):
        report.state = "Failed"
        return Failed(message=f"every site failed: {', '.join(dead)}", data=report.to_json())
    if failed:
        report.state = "Partial"
        detail = "; ".join(
            f"{line.site}: {', '.join(k for k in sorted(line.failures) if not k.startswith('parse:'))}"
            for line in report.sites if line.crawl_failed
        )
        return Completed(
            name="Partial",
            message=f"{len(failed)} of {len(report.sites)} sites failed ({detail}). {report.summary()}",
            data=report.to_json(),
        )
    report.state = "Completed"
    return Completed(message=report.summary(), data=report.to_json())
