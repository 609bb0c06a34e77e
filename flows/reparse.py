"""The ``reparse`` flow: rebuild notices, indicators and tasks from the stored raw pages.

Touches no site. Chooses the page versions to parse again: every stored page (the newest version
of each URL), those listed or fetched since a date, or those whose notice came from a parser older
than a version. Each notice's rows are replaced in one transaction, stamped with the current
parser version.
"""
from __future__ import annotations

from datetime import date

from prefect import flow, get_run_logger
from prefect.states import Completed, State

from flows.parse import PARSER_VERSION
from flows.pipeline import progress, steps
from flows.pipeline.collect import new_run_id
from flows.pipeline.settings import pipeline_settings
from flows.pipeline.writer import run_writer
from gxt.paths import DataPaths


def selection(since: date | None, older_than: int | None) -> dict:
    """The warehouse's pending mode for these options (at most one of them)."""
    if since is not None and older_than is not None:
        raise ValueError("choose --since or --older-than, not both")
    if since is not None:
        return {"since": since.isoformat()}
    if older_than is not None:
        return {"parser_older_than": older_than}
    return {"everything": True}


@flow(name="reparse", description="Re-parse stored raw pages with the current parser; no crawling.")
def reparse(
    since: date | None = None,
    older_than: int | None = None,
    data: str | None = None,
    force: bool = True,
    reload_raw: bool = False,
) -> State:
    """since: pages listed or fetched on or after this date; older_than: notices from a parser
    version below this one; neither: every stored page. force: reload notices even where page
    version and parser version are unchanged (off: only what changed is replaced). reload_raw:
    first load every run's raw files under raw/ again (a warehouse restored from an old backup,
    or lost, is rebuilt from the archive)."""
    from crawlers.sites import load_sites

    logger = get_run_logger()
    settings = pipeline_settings()
    data_dir = str(DataPaths.at(data).root)
    run_id = new_run_id()
    chosen = selection(since, older_than)
    logger.info("reparse %s with parser version %s: %s", run_id, PARSER_VERSION, chosen)

    provinces = {site.id: site.province for site in load_sites()}
    with run_writer(data_dir, run_id):
        steps.prepare_warehouse(data_dir, run_id, "reparse")
        try:
            if reload_raw:
                progress.stage("reloading the raw archive")
                steps.reload_raw_archive(data_dir)
            parsed_file = steps.parse(data_dir, run_id, chosen)
            progress.stage("loading notices")
            steps.load_parsed(data_dir, run_id, parsed_file, force=force)
            report = steps.gather_report(data_dir, run_id, "reparse", provinces, {}, settings.unhealthy_after_runs)
            report.state = "Completed"
            steps.publish_report(data_dir, report, settings.max_failures_listed)
            progress.stage("publishing the read copy")
            steps.publish(data_dir)
        except BaseException as err:
            steps.record_failure(data_dir, run_id, f"{type(err).__name__}: {err}")
            raise
    return Completed(message=f"re-parsed with parser {PARSER_VERSION}: {report.summary()}", data=report.to_json())
