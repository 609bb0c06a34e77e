"""The warehouse API the flows call. One :class:`Warehouse` is the one writer of ``<data>/warehouse.duckdb``.

Typical nightly use::

    from warehouse.store import Warehouse

    with Warehouse.open(data_dir) as wh:            # applies migrations and the alias file
        wh.sync_sites()                             # crawlers.sites.load_sites()
        wh.start_run(run_id, parser_version=PARSER_VERSION)
        wh.write_seen_state()                       # <data>/state/seen.json for the spiders
        # ... crawl (other processes) ...
        wh.load_raw_run(run_id)                     # <data>/raw/<run_id>/*.jsonl.gz + *.report.json
        wh.write_pending(path, run_id=run_id)       # pages to parse, as a JSON Lines file
        # ... parse into <data>/parsed/<run_id>.jsonl ...
        wh.load_parsed(parsed_path)                 # notices, indicators, tasks, parse_failures
        wh.finish_run(run_id, status="completed", site_stats=...)
        wh.publish()                                # <data>/published/gxt.duckdb for readers
        numbers = wh.run_numbers(run_id); sick = wh.unhealthy_sites()

Every method that changes data commits before it returns; nothing is left half-written when a
method raises. Readers never use this class: see :mod:`warehouse.readonly`.
"""
from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import duckdb

from gxt.paths import DataPaths
from warehouse import migrate as migrations
from warehouse.aliases import ALIASES_FILE, AliasTable, load_aliases
from warehouse.connection import WarehouseBusy, open_writer
from warehouse.writer_lock import WriterLockTimeout, writer_lock
from warehouse.indicator_names import apply_aliases, ensure_aliases_current
from warehouse.notices_load import ParsedLoadResult, load_parsed_file
from warehouse.pending import carried_over, iter_pending, pending_by_run, write_pending
from warehouse.publish import PublishResult, publish
from warehouse.problems import record_problems
from warehouse.raw_load import RawLoadResult, ReportUnreadable, load_crawl_report, load_raw_file
from warehouse.report import SiteRunNumbers, UnhealthySite, run_numbers, unhealthy_sites
from warehouse.search import refresh_before_publish
from warehouse.series import rebuild_series
from warehouse.runs import close_dead_runs, finish_run, start_run, sync_sites
from warehouse.state import write_seen_state


class Warehouse:
    """The writer's handle on the warehouse of one data directory."""

    def __init__(self, paths: DataPaths, con: duckdb.DuckDBPyConnection, aliases: AliasTable) -> None:
        self.paths = paths
        self.con = con
        self.aliases = aliases
        self.migrations_applied: list[str] = []
        self.aliases_reapplied: int | None = None
        self._stack = contextlib.ExitStack()

    @classmethod
    def open(
        cls,
        data_dir: str | os.PathLike[str] | DataPaths | None = None,
        *,
        aliases_file: Path = ALIASES_FILE,
        wait_seconds: float = 0.0,
        on_wait: Callable[[str], None] | None = None,
        what: str = "a writer",
    ) -> "Warehouse":
        """Open (creating) the warehouse under ``data_dir`` (``--data``/``GXT_DATA``/``./data``), apply
        pending migrations and, if the alias file changed since it was last applied, re-apply it.

        Takes the data directory's writer lock (re-entrant: a run that holds it opens freely), then the
        file. Either may be busy: both are tried again for up to ``wait_seconds`` (``on_wait`` hears
        one line saying what we wait for), then :class:`warehouse.connection.WarehouseBusy` names the
        holder and what to do.
        """
        paths = data_dir if isinstance(data_dir, DataPaths) else DataPaths.at(data_dir)
        aliases = load_aliases(aliases_file)
        stack = contextlib.ExitStack()
        try:
            try:
                stack.enter_context(writer_lock(paths.root, wait_seconds=wait_seconds, what=what, on_wait=on_wait))
            except WriterLockTimeout as err:
                raise WarehouseBusy(f"only one writer at a time: {err}") from None
            con = open_writer(paths.warehouse, wait_seconds=wait_seconds, on_wait=on_wait)
            stack.callback(con.close)
            wh = cls(paths, con, aliases)
            wh._stack = stack
            wh.migrations_applied = migrations.migrate(con)
            wh.aliases_reapplied = ensure_aliases_current(con, aliases)
            if wh.aliases_reapplied is not None:  # themes may change when no name does
                rebuild_series(con)
        except BaseException:
            stack.close()
            raise
        return wh

    def close(self) -> None:
        self._stack.close()

    def __enter__(self) -> "Warehouse":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema and configuration ------------------------------------------------------------
    @property
    def schema_version(self) -> int:
        return migrations.current_version(self.con)

    def reapply_aliases(self, aliases_file: Path | None = None) -> int:
        """Re-read the alias file and recompute every canonical name; return the rows changed."""
        self.aliases = load_aliases(aliases_file or ALIASES_FILE)
        changed = apply_aliases(self.con, self.aliases)
        rebuild_series(self.con)
        return changed

    def sync_sites(self, sites: Iterable[Any] | None = None) -> int:
        """Copy the site table in (default: ``crawlers.sites.load_sites()``); return the number of sites."""
        if sites is None:
            from crawlers.sites import load_sites

            sites = load_sites()
        return sync_sites(self.con, sites)

    # -- runs --------------------------------------------------------------------------------
    def start_run(self, run_id: str, *, flow: str = "nightly", parser_version: int | None = None) -> None:
        start_run(self.con, run_id, flow=flow, parser_version=parser_version)

    def close_dead_runs(self, alive: str | None = None) -> list[str]:
        """Mark ``running`` rows of runs that died as failed (we hold the writer lock, so they are
        not alive); return their ids."""
        return close_dead_runs(self.con, alive=alive)

    def finish_run(
        self, run_id: str, *, status: str, site_stats: dict[str, Any] | None = None, note: str | None = None
    ) -> None:
        """``status``: completed, partial (some sites failed) or failed. ``site_stats``: any JSON-able
        per-site dict; by default the run's :meth:`run_numbers`."""
        if site_stats is None:
            site_stats = {n.site_id: vars(n) for n in self.run_numbers(run_id)}
        finish_run(self.con, run_id, status=status, site_stats=site_stats, note=note)

    # -- loading -----------------------------------------------------------------------------
    def load_raw_run(self, run_id: str, raw_dir: Path | None = None) -> RawLoadResult:
        """Append ``<data>/raw/<run_id>/*.jsonl.gz`` (new page versions only) and load its
        ``*.report.json`` files (crawl_reports, crawl_failures). One transaction per file;
        loading a run twice adds nothing."""
        directory = raw_dir or self.paths.run_raw_dir(run_id)
        result = RawLoadResult()
        for path in sorted(directory.glob("*.jsonl.gz")):
            read, new, bad = load_raw_file(self.con, path, run_id, problem_name=self._relative(path))
            result.pages_read += read
            result.pages_new += new
            result.pages_known += read - new
            result.bad_lines += bad
            result.new_by_site[path.name.split(".")[0]] = new
        for path in sorted(directory.glob("*.report.json")):
            try:
                result.failures += load_crawl_report(self.con, path, run_id)
            except ReportUnreadable as err:
                # The pages are loaded all the same; the report's numbers are lost, and said so.
                record_problems(self.con, self._relative(path), run_id, [(0, str(err))])
                result.unreadable_reports.append(str(err))
                continue
            result.reports += 1
        return result

    def load_parsed(self, path: Path, *, run_id: str | None = None, force: bool = False) -> ParsedLoadResult:
        """Load a parsed-notices file (``<data>/parsed/<run_id>.jsonl``; the run id defaults to the file
        name's stem). Each notice's previous rows are replaced in one transaction and stamped with the
        parser version; failure lines go to parse_failures; records the warehouse refuses (a body over
        the size limit ...) are recorded there with stage ``load``. ``force`` reloads notices whose
        parser version and page version are unchanged."""
        result = load_parsed_file(
            self.con,
            path,
            run_id=run_id or path.name.split(".")[0],
            aliases=self.aliases,
            force=force,
            problem_name=self._relative(path),
        )
        if result.notices_loaded:
            rebuild_series(self.con)
        return result

    # -- handing work and state to the other parts ------------------------------------------
    def write_pending(
        self,
        out_path: Path,
        *,
        run_id: str | None = None,
        since: date | str | None = None,
        parser_older_than: int | None = None,
        everything: bool = False,
        backlog: int | None = None,
    ) -> int:
        """Write the newest version of each page that needs parsing to ``out_path`` (JSON Lines with
        url, raw_sha256, site, column, province, list_title, list_date, fetched_at, status, encoding,
        meeting_title, final_url, html); return the count. See :mod:`warehouse.pending` for the modes."""
        return write_pending(
            self.con, out_path, run_id=run_id, since=since, parser_older_than=parser_older_than, everything=everything,
            backlog=backlog,
        )

    def carried_over(self, run_id: str) -> dict[str, int]:
        """Page versions parsed in ``run_id`` that earlier runs fetched, by run."""
        return carried_over(self.con, run_id)

    def pending_by_run(self, parser_version: int) -> dict[str, int]:
        """The parse backlog at ``parser_version`` by the run that fetched each page version."""
        return pending_by_run(self.con, parser_version)

    def iter_pending(self, **modes: Any) -> Iterator[dict[str, Any]]:
        """The same pages as :meth:`write_pending`, streamed as dicts."""
        return iter_pending(self.con, **modes)

    def write_seen_state(self, path: Path | None = None) -> Path:
        """Write ``<data>/state/seen.json`` for the spiders."""
        return write_seen_state(self.con, path or self.paths.state / "seen.json")

    def publish(self) -> PublishResult:
        """Replace ``<data>/published/gxt.duckdb`` with a copy of the warehouse (atomic rename)."""
        refresh_before_publish(self.con)  # the copy carries an up-to-date full-text index (warehouse/search.py)
        return publish(self.con, self.paths.warehouse, self.paths.published)

    # -- numbers for the report ---------------------------------------------------------------
    def run_numbers(self, run_id: str) -> list[SiteRunNumbers]:
        return run_numbers(self.con, run_id)

    def unhealthy_sites(self, nights: int = 3) -> list[UnhealthySite]:
        return unhealthy_sites(self.con, nights)

    def _relative(self, path: Path) -> str:
        try:
            return str(path.resolve().relative_to(self.paths.root))
        except ValueError:
            return str(path)
