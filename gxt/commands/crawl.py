"""``gxt crawl``, ``gxt sites`` and ``gxt mirror``: the crawlers from the command line.

``gxt crawl`` runs one ``scrapy crawl`` process per site (the same command the flows run) and
writes ``<data>/raw/<run_id>/<site>.jsonl.gz`` and ``<site>.report.json``. ``gxt sites`` reads
the site table and the newest report of each site; neither opens the warehouse.
"""
from __future__ import annotations

import json
import sys
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Annotated, Any

import typer

DataOption = Annotated[str | None, typer.Option("--data", help="Data directory (default: $GXT_DATA or ./data).")]


def register(app: typer.Typer) -> None:
    app.command("crawl")(crawl)
    app.command("sites")(sites)
    app.command("mirror")(mirror)


def crawl(
    site: Annotated[list[str], typer.Argument(help="Site ids (see `gxt sites`), or `all`.")],
    since: Annotated[str | None, typer.Option("--since", help="Backfill: walk list pages back to YYYY-MM-DD.")] = None,
    mirror: Annotated[str | None, typer.Option("--mirror", help="Fetch every site from this loopback mirror URL.")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Sites crawled at the same time.")] = 2,
    run_id: Annotated[str | None, typer.Option("--run-id", help="Run directory name (default: UTC timestamp).")] = None,
    data: DataOption = None,
) -> None:
    """Crawl sites into <data>/raw/<run_id>/ (one Scrapy process per site)."""
    from crawlers.runner import run_crawl
    from crawlers.sites import load_sites
    from gxt.paths import DataPaths

    from gxt.commands.site_names import check_site_ids

    known = [s.id for s in load_sites()]
    chosen = known if check_site_ids(site, allow_all=True) == ["all"] else site
    if since:
        try:
            date.fromisoformat(since)
        except ValueError as err:
            raise typer.BadParameter("--since expects YYYY-MM-DD") from err
    paths = DataPaths.at(data)
    out_dir = paths.run_raw_dir(run_id or datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ"))
    out_dir.mkdir(parents=True, exist_ok=True)
    state_file = paths.state / "seen.json"

    def run(site_id: str) -> int:
        return run_crawl(site_id, out_dir, state_file, since=since, mirror=mirror)

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        codes = dict(zip(chosen, pool.map(run, chosen)))
    for site_id in chosen:
        typer.echo(_health_line(site_id, _read_report(out_dir / f"{site_id}.report.json"), codes[site_id]))
    typer.echo(f"raw pages and reports in {out_dir}")
    if any(codes.values()):
        raise typer.Exit(code=1)


def sites(
    data: DataOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per site.")] = False,
) -> None:
    """List the site table with each row's status and its last crawl's health."""
    from crawlers.sites import load_sites
    from gxt.paths import DataPaths

    raw_dir = DataPaths.at(data).raw
    rows = []
    for site in load_sites():
        report_file = newest_report(raw_dir, site.id)
        report = _read_report(report_file) if report_file else None
        rows.append({
            "id": site.id, "province": site.province, "status": site.status, "family": site.family,
            "columns": [c.id for c in site.columns], "discover": site.discover,
            "news_column": news_column(site, report),
            "last_run": report_file.parent.name if report_file else None,
            "health": health(report) if report else "never crawled",
        })
    if as_json:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    from rich.console import Console
    from rich.table import Table

    table = Table("id", "省", "status", "family", "columns", "news column (from)", "last run", "health")
    for row in rows:
        columns = ", ".join(row["columns"]) + (" +discover" if row["discover"] else "")
        table.add_row(row["id"], row["province"], row["status"], row["family"], columns or "-", news_column_text(row["news_column"]),
                      row["last_run"] or "-", row["health"])
    Console().print(table)
    counts = {s: sum(1 for r in rows if r["status"] == s) for s in ("confirmed", "partial", "guessed")}
    typer.echo(" · ".join(f"{n} {s}" for s, n in counts.items()))


def mirror(port: Annotated[int, typer.Option("--port", help="Port on 127.0.0.1, 0-65535 (0: any free port).")] = 8765) -> None:
    """Serve the loopback mirror of the sites until Ctrl-C (crawl it with --mirror URL)."""
    from crawlers.mirror.__main__ import main

    if not 0 <= port <= 65535:
        typer.echo(f"gxt mirror: --port {port} is not a port number (0-65535; 0 picks a free one)", err=True)
        raise typer.Exit(code=2)
    try:
        main(["--port", str(port)])
    except OSError as err:  # port taken, or not ours to bind: one line, not a traceback
        typer.echo(f"gxt mirror: cannot serve on 127.0.0.1:{port}: {err.strerror or err}", err=True)
        raise typer.Exit(code=1) from None


def news_column(site: Any, report: dict[str, Any] | None) -> dict[str, Any]:
    """Where the row's news column comes from: the table (with its evidence) or the last run's discovery."""
    configured = [c for c in site.columns if c.kind == "news"]
    if configured:
        return {"source": "configured", "id": configured[0].id, "name": configured[0].name,
                "url": configured[0].list_url, "why": configured[0].evidence}
    chosen = next((d for d in (report or {}).get("discovered", []) if d.get("chosen")), None)
    if chosen:
        return {"source": "discovered", "id": chosen.get("column"), "name": chosen.get("name"), "url": chosen.get("url"),
                "why": chosen.get("why")}
    return {"source": None, "id": None, "name": None, "url": None,
            "why": "not found at the last run" if report else "found at run time (never crawled)"}


def news_column_text(column: dict[str, Any]) -> str:
    if column["source"] is None:
        return column["why"]
    return f"{column['name']} ({column['source']})"


def newest_report(raw_dir: Path, site_id: str) -> Path | None:
    """The report of ``site_id`` in the newest run directory that has one (run ids sort by time)."""
    found = sorted(raw_dir.glob(f"*/{site_id}.report.json"), key=lambda p: p.parent.name)
    return found[-1] if found else None


def health(report: dict[str, Any]) -> str:
    """One line: ok with counts, or the failure kinds, or unfinished."""
    if not report.get("finished"):
        return "unfinished (crashed or still running)"
    stats = report.get("stats", {})
    failures = report.get("failures", [])
    summary = f"{stats.get('raw_pages', 0)} new pages"
    if not failures:
        return f"ok · {summary}"
    kinds = sorted({f"{f['kind']}{' ' + str(f['status']) if f.get('status') else ''}" for f in failures})
    return f"{len(failures)} failure(s): {', '.join(kinds)} · {summary}"


def _read_report(path: Path) -> dict[str, Any] | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _health_line(site_id: str, report: dict[str, Any] | None, code: int) -> str:
    text = health(report) if report else "no report written"
    chosen = next((d for d in (report or {}).get("discovered", []) if d.get("chosen")), None)
    line = f"{site_id:13} exit {code}  {text}"
    if chosen:
        line += (f"\n{'':13} news column found at run time: {chosen['name']} {chosen['url']} "
                 f"(to confirm it, paste the report's \"promote\" block into sites.toml)")
    return line
