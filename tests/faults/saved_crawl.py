"""A stand-in for one site's crawl process that serves saved raw pages instead of a site.

    python saved_crawl.py SITE OUT_DIR STATE_FILE CORPUS_DIR [PAUSE_FILE]

Like the spiders it honours the seen set (``state/seen.json``): a URL already seen is skipped,
which is what made a killed night lose its pages before the parse backlog. It writes
``<site>.jsonl.gz`` and ``<site>.report.json`` in the crawlers' formats. With PAUSE_FILE it writes
half of its pages, flushes them, writes its pid to PAUSE_FILE and sleeps (30 s at most): the test
kills the flow meanwhile.
"""
from __future__ import annotations

import gzip
import json
import os
import sys
import time
from pathlib import Path


def main(site: str, out_dir: str, state_file: str, corpus: str, pause_file: str | None = None) -> int:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    try:
        seen = set(json.loads(Path(state_file).read_text(encoding="utf-8")).get("seen_urls", []))
    except (OSError, ValueError):
        seen = set()
    pages = [json.loads(line) for line in (Path(corpus) / f"{site}.jsonl").read_text(encoding="utf-8").splitlines()]
    new = [p for p in pages if p["url"] not in seen]
    started = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime())
    with gzip.open(out / f"{site}.jsonl.gz", "wt", encoding="utf-8") as raw:
        for number, page in enumerate(new):
            raw.write(json.dumps(page, ensure_ascii=False) + "\n")
            if pause_file and number == len(new) // 2:
                raw.flush()
                Path(pause_file).write_text(str(os.getpid()))
                time.sleep(30)
    report = {
        "site": site, "started_at": started, "finished_at": time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime()),
        "finished": True,
        "stats": {"requests": len(new) + 1, "list_pages": 1, "detail_pages": len(new), "items_listed": len(pages),
                  "items_new": len(new), "items_skipped_seen": len(pages) - len(new), "raw_pages": len(new)},
        "columns": {"news": {"list_pages": 1, "items": len(pages), "new": len(new)}},
        "failures": [], "discovered": [],
    }
    (out / f"{site}.report.json").write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
