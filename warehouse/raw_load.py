"""Appending a run's raw pages and crawl reports (``<data>/raw/<run_id>/``) to the warehouse.

A page version is keyed by URL + SHA-256 of its html: a changed page becomes a new row, the same
version loaded twice adds nothing. Each site's file is read as a stream (a crawl killed mid-write
leaves a truncated gzip: the complete lines before the cut are kept and the cut is recorded in
``load_problems``) and inserted in Arrow batches, one transaction per site file.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from warehouse.connection import transaction
from warehouse.discoveries import load_report_columns
from warehouse.problems import record_problems

BATCH_PAGES = 2000

_RAW_SCHEMA = pa.schema(
    [
        ("line_no", pa.int64()),
        ("url", pa.string()),
        ("sha256", pa.string()),
        ("site", pa.string()),
        ("column", pa.string()),
        ("final_url", pa.string()),
        ("list_url", pa.string()),
        ("list_title", pa.string()),
        ("list_date", pa.string()),
        ("status", pa.int64()),
        ("encoding", pa.string()),
        ("headers", pa.string()),
        ("meeting_title", pa.bool_()),
        ("fetched_at", pa.string()),
        ("html", pa.string()),
    ]
)


def content_sha256(html: str) -> str:
    """The version key of a page: SHA-256 of its decoded text, UTF-8 encoded (surrogates kept as-is)."""
    return hashlib.sha256(html.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass
class RawLoadResult:
    """What one run's raw files added."""

    pages_read: int = 0
    pages_new: int = 0
    pages_known: int = 0
    bad_lines: int = 0
    reports: int = 0
    failures: int = 0
    new_by_site: dict[str, int] = field(default_factory=dict)
    unreadable_reports: list[str] = field(default_factory=list)  # "file: why", also in load_problems


def _lines(path: Path, problems: list[tuple[int, str]]) -> Iterator[tuple[int, str]]:
    line_no = 0
    try:
        with gzip.open(path, "rt", encoding="utf-8", errors="replace", newline="\n") as handle:
            for line_no, line in enumerate(handle, 1):
                yield line_no, line
    except (EOFError, zlib.error, gzip.BadGzipFile, OSError) as err:
        problems.append((line_no + 1, f"file unreadable after line {line_no}: {type(err).__name__}: {err}"))


def _storable(text: str) -> str:
    """The text as stored: lone surrogates (from a \\udXXX escape) cannot be UTF-8, so they become U+FFFD."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


def _as_int(value: Any) -> int | None:
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def _read_pages(path: Path, site: str, problems: list[tuple[int, str]]) -> Iterator[dict[str, Any]]:
    for line_no, line in _lines(path, problems):
        if not line.strip():
            continue
        if not line.endswith("\n"):
            # The last line of a file cut short: JSON may still parse (a number cut in half) but the
            # record cannot be trusted.
            try:
                json.loads(line)
            except ValueError:
                problems.append((line_no, "last line cut short (not JSON)"))
                continue
        try:
            page = json.loads(line)
        except ValueError as err:
            problems.append((line_no, f"not JSON: {err}"))
            continue
        if not isinstance(page, dict) or not isinstance(page.get("url"), str) or not page["url"]:
            problems.append((line_no, "no url"))
            continue
        if not isinstance(page.get("html"), str):
            problems.append((line_no, "no html text"))
            continue
        headers = page.get("headers")
        yield {
            "line_no": line_no,
            "url": page["url"],
            "sha256": content_sha256(page["html"]),
            "site": page.get("site") or site,
            "column": page.get("column"),
            "final_url": page.get("final_url"),
            "list_url": page.get("list_url"),
            "list_title": page.get("list_title"),
            "list_date": page.get("list_date"),
            "status": _as_int(page.get("status")),
            "encoding": page.get("encoding"),
            "headers": json.dumps(headers, ensure_ascii=False) if headers is not None else None,
            "meeting_title": bool(page["meeting_title"]) if page.get("meeting_title") is not None else None,
            "fetched_at": page.get("fetched_at"),
            "html": _storable(page["html"]),
        }


_INSERT_NEW = """
INSERT INTO raw_pages
SELECT url, sha256, site, "column", ?, final_url, list_url, list_title, try_cast(list_date AS DATE),
       status, encoding, headers::JSON, meeting_title, try_cast(fetched_at AS TIMESTAMPTZ), html, now()
FROM (
    SELECT * FROM _raw_batch
    QUALIFY row_number() OVER (PARTITION BY url, sha256 ORDER BY line_no) = 1
) AS b
WHERE NOT EXISTS (SELECT 1 FROM raw_pages AS r WHERE r.url = b.url AND r.sha256 = b.sha256)
"""


def _insert_batch(con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]], run_id: str) -> int:
    batch = pa.Table.from_pylist(rows, schema=_RAW_SCHEMA)
    con.register("_raw_batch", batch)
    try:
        return int(con.execute(_INSERT_NEW, [run_id]).fetchone()[0])
    finally:
        con.unregister("_raw_batch")


def load_raw_file(
    con: duckdb.DuckDBPyConnection, path: Path, run_id: str, *, problem_name: str | None = None
) -> tuple[int, int, int]:
    """Append one site's raw file in one transaction; return (pages read, pages new, bad lines)."""
    site = path.name.split(".")[0]
    problems: list[tuple[int, str]] = []
    read = new = 0
    with transaction(con):
        rows: list[dict[str, Any]] = []
        for page in _read_pages(path, site, problems):
            rows.append(page)
            if len(rows) >= BATCH_PAGES:
                read += len(rows)
                new += _insert_batch(con, rows, run_id)
                rows = []
        if rows:
            read += len(rows)
            new += _insert_batch(con, rows, run_id)
        record_problems(con, problem_name or str(path), run_id, problems)
    return read, new, len(problems)


class ReportUnreadable(ValueError):
    """A crawl report file that is not a JSON object (cut short by a full disk, edited by hand …)."""


def read_crawl_report(path: Path) -> dict[str, Any]:
    """The report file's object, or :class:`ReportUnreadable` naming the file and what is wrong."""
    try:
        report = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as err:
        raise ReportUnreadable(f"{path}: crawl report unreadable ({type(err).__name__}: {err})") from None
    if not isinstance(report, dict):
        raise ReportUnreadable(f"{path}: crawl report is not a JSON object")
    return report


def load_crawl_report(con: duckdb.DuckDBPyConnection, path: Path, run_id: str) -> int:
    """Replace the run's row for this site from its report file; return the number of failures.
    Raises :class:`ReportUnreadable` (naming the file) when it is not a JSON object."""
    site = path.name.split(".")[0]
    report = read_crawl_report(path)
    site = report.get("site") or site
    stats = report.get("stats") or {}
    failures = [f for f in report.get("failures") or [] if isinstance(f, dict)]
    with transaction(con):
        con.execute("DELETE FROM crawl_failures WHERE run_id = ? AND site_id = ?", [run_id, site])
        con.execute("DELETE FROM crawl_reports WHERE run_id = ? AND site_id = ?", [run_id, site])
        con.execute(
            """
            INSERT INTO crawl_reports VALUES (?, ?, try_cast(? AS TIMESTAMPTZ), try_cast(? AS TIMESTAMPTZ), ?,
                                              ?, ?, ?, ?, ?, ?, ?, ?::JSON, ?)
            """,
            [
                run_id,
                site,
                report.get("started_at"),
                report.get("finished_at"),
                bool(report.get("finished")),
                *(_as_int(stats.get(k)) for k in (
                    "requests", "list_pages", "detail_pages", "items_listed", "items_new",
                    "items_skipped_seen", "raw_pages",
                )),
                json.dumps(report.get("columns") or {}, ensure_ascii=False),
                len(failures),
            ],
        )
        if failures:
            table = pa.table(
                {
                    "seq": list(range(len(failures))),
                    "column_id": [f.get("column") for f in failures],
                    "url": [f.get("url") for f in failures],
                    "kind": [str(f.get("kind") or "unknown") for f in failures],
                    "http_status": [_as_int(f.get("status")) for f in failures],
                    "reason": [None if f.get("reason") is None else str(f.get("reason")) for f in failures],
                }
            )
            con.register("_failures", table)
            con.execute(
                "INSERT INTO crawl_failures SELECT ?, ?, seq, column_id, url, kind, http_status, reason FROM _failures",
                [run_id, site],
            )
            con.unregister("_failures")
        load_report_columns(con, run_id, site, report)  # the columns read and the discovery's candidates
    return len(failures)
