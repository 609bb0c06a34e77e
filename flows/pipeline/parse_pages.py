"""Raw page versions → ``<data>/parsed/<run_id>.jsonl`` with the pure clean and parse functions.

One line per page version: the contract record, or the stage and message where the page could
not be read. A page that breaks the parser never stops the others.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from flows.extract import UnreadableInput, extract_bytes
from flows.parse import PARSER_VERSION
from flows.pipeline import progress


@dataclass(frozen=True)
class RawPageVersion:
    """What the parse step needs of one stored page version."""

    url: str
    raw_sha256: str
    site: str
    column: str | None
    html: str
    province: str | None = None
    list_date: str | None = None


@dataclass
class ParseCounts:
    pages: int = 0
    notices: int = 0
    failures: int = 0


def iter_pending_file(path: Path) -> Iterator[RawPageVersion]:
    """The page versions of a pending file written by ``Warehouse.write_pending`` (one JSON object a line)."""
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            page = json.loads(line)
            yield RawPageVersion(
                url=page["url"],
                raw_sha256=page["raw_sha256"],
                site=page["site"],
                column=page.get("column"),
                html=page.get("html") or "",
                province=page.get("province"),
                list_date=str(page["list_date"]) if page.get("list_date") else None,
            )


def parse_page(page: RawPageVersion) -> dict:
    """The parsed-notices line for one page version."""
    base = {"url": page.url, "raw_sha256": page.raw_sha256, "site": page.site, "column": page.column}
    try:
        record = extract_bytes(page.html.encode("utf-8"), doc=page.url, kind="html", url=page.url, province=page.province)
    except UnreadableInput as err:
        return {**base, "parser_version": PARSER_VERSION, "stage": "clean", "error": str(err)}
    except Exception as err:  # a parser bug on one page must not lose the others
        return {**base, "parser_version": PARSER_VERSION, "stage": "parse", "error": f"{type(err).__name__}: {err}"}
    published = ((record.get("article") or {}).get("published") or page.list_date or None)
    return {
        **base,
        "province": page.province,
        "published": published,
        "parser_version": PARSER_VERSION,
        "record": record,
    }


def write_parsed(pages: Iterable[RawPageVersion], out_file: Path) -> ParseCounts:
    """Parse every page into ``out_file`` (written to a temporary name, then renamed)."""
    out_file.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_file.with_name(out_file.name + f".{os.getpid()}.tmp")
    counts = ParseCounts()
    try:
        with tmp.open("w", encoding="utf-8") as out:
            for page in pages:
                line = parse_page(page)
                counts.pages += 1
                if "record" in line:
                    counts.notices += 1
                else:
                    counts.failures += 1
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
                progress.advance()
        tmp.replace(out_file)
    except BaseException:
        tmp.unlink(missing_ok=True)  # a full disk leaves no half file (the pages stay in the backlog)
        raise
    return counts
