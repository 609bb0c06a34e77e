"""Helpers of the warehouse tests: the fixture files, and raw crawl files written the way the spiders write them."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "warehouse"


def fixture_sites() -> list[dict]:
    return json.loads((FIXTURES / "sites.json").read_text(encoding="utf-8"))


def raw_page(url: str, html: str, *, site: str = "fujian", column: str = "gzdt", list_date: str | None = "2023-02-01",
             fetched_at: str = "2026-11-20T18:30:00Z", status: int = 200) -> dict:
    """One raw page in the crawler's output format."""
    return {
        "url": url, "final_url": url, "site": site, "column": column, "list_url": f"https://{site}.example/list.htm",
        "list_title": "全省工业和信息化工作会议召开", "list_date": list_date, "status": status, "encoding": "utf-8",
        "html": html, "fetched_at": fetched_at, "headers": {"content-type": "text/html; charset=utf-8"},
        "meeting_title": True,
    }


def write_raw_run(data: Path, run_id: str, pages_by_site: dict[str, list[dict]], reports: dict[str, dict] | None = None) -> Path:
    """Write <data>/raw/<run_id>/<site>.jsonl.gz (and <site>.report.json) like a crawl does."""
    run_dir = data / "raw" / run_id
    run_dir.mkdir(parents=True, exist_ok=True)
    for site, pages in pages_by_site.items():
        with gzip.open(run_dir / f"{site}.jsonl.gz", "wt", encoding="utf-8") as handle:
            for page in pages:
                handle.write(json.dumps(page, ensure_ascii=False) + "\n")
    for site, report in (reports or {}).items():
        (run_dir / f"{site}.report.json").write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")
    return run_dir


def crawl_report(site: str, *, items: int = 5, raw_pages: int = 1, failures: list[dict] | None = None,
                 finished: bool = True, started_at: str = "2026-11-20T18:30:00Z") -> dict:
    """A crawl report in the crawler's format."""
    return {
        "site": site, "started_at": started_at, "finished_at": started_at, "finished": finished,
        "stats": {"requests": items + 1, "list_pages": 1, "detail_pages": raw_pages, "items_listed": items,
                  "items_new": raw_pages, "items_skipped_seen": items - raw_pages, "raw_pages": raw_pages},
        "columns": {"gzdt": {"list_pages": 1, "items": items, "new": raw_pages}},
        "failures": failures or [],
    }


def load_fixture_runs(warehouse) -> None:
    """The fixture sites and both fixture runs loaded, then the read copy published."""
    warehouse.sync_sites(fixture_sites())
    for run in ("run-2023", "run-2024"):
        warehouse.start_run(run, parser_version=3)
        warehouse.load_parsed(FIXTURES / "parsed" / f"{run}.jsonl")
        warehouse.finish_run(run, status="completed")
    warehouse.publish()
