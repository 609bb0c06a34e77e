"""Full-text search on real text: segmentation and index build time, and how its hits compare with
a plain substring match (LIKE), on the 30 real notices of ../shared/realtexts parsed by `gxt extract`.

    .venv/bin/python bench/bench_search.py [--copies N]

``--copies`` loads every notice N times under different URLs (a bigger warehouse for the timings).
Recall = share of documents containing the word (LIKE on the original text) that the search finds;
precision = share of the search's hits that contain it (LIKE). Both on notices and tasks.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = Path(os.environ.get("GXT_SHARED", ROOT.parent / "shared"))
WORDS = ["人工智能", "专精特新", "数字化转型", "新能源汽车", "技改", "集成电路", "工业互联网", "产业链", "绿色",
         "智能制造", "中小企业", "营商环境", "投资", "新型工业化", "数字经济"]


def parsed_lines(copies: int) -> list[str]:
    files = sorted((SHARED / "realtexts").glob("*.txt"))
    out = subprocess.run([sys.executable, "-m", "gxt.cli", "extract", *map(str, files)], capture_output=True,
                         text=True, cwd=ROOT, check=False).stdout
    records = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    lines = []
    for copy in range(copies):
        for i, record in enumerate(records):
            url = f"https://bench.example/{copy}/{i}.html"
            lines.append(json.dumps({"url": url, "raw_sha256": f"{copy}-{i}", "site": "bench", "column": "c",
                                     "province": record.get("meeting", {}).get("province") or "?",
                                     "published": "2024-01-01", "parser_version": 1, "record": record},
                                    ensure_ascii=False))
    return lines


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=1)
    args = parser.parse_args()
    from warehouse.readonly import run_script
    from warehouse.search import segment_query
    from warehouse.store import Warehouse

    lines = parsed_lines(args.copies)
    with tempfile.TemporaryDirectory() as tmp:
        parsed = Path(tmp) / "bench.jsonl"
        parsed.write_text("\n".join(lines) + "\n", encoding="utf-8")
        with Warehouse.open(Path(tmp) / "data") as wh:
            wh.load_parsed(parsed)
            chars = wh.con.execute("SELECT sum(length(body_text)) FROM notices").fetchone()[0]
            from warehouse.search import refresh_search

            started = time.perf_counter()
            refresh = refresh_search(wh.con)
            total = time.perf_counter() - started
            docs = wh.con.execute("SELECT count(*) FROM search_docs").fetchone()[0]
            print(f"{len(lines)} notices, {docs} documents, {chars:,} body characters")
            print(f"refresh: {total:.2f} s (segmenting {refresh.segment_seconds:.2f} s incl. jieba start, "
                  f"{chars / max(refresh.segment_seconds, 1e-9):,.0f} chars/s; fts index + macro {refresh.index_seconds:.2f} s)")
            again = time.perf_counter()
            refresh_search(wh.con)
            print(f"refresh with nothing new: {time.perf_counter() - again:.3f} s")
            wh.publish()
            published = wh.paths.published
        print(f"{'word':<10} {'LIKE':>5} {'hits':>5} {'recall':>7} {'precision':>9} {'ms':>6}")
        for word in WORDS:
            truth_sql = """SELECT count(*) FROM search_docs AS d JOIN notices AS n USING (notice_id)
                           LEFT JOIN tasks AS t ON d.kind = 'task' AND t.notice_id = d.notice_id AND t.seq = d.seq
                           WHERE CASE WHEN d.kind = 'task' THEN coalesce(t.body, t.headline)
                                      ELSE coalesce(n.title, '') || coalesce(n.body_text, '') END LIKE '%' || getvariable('w') || '%'"""
            hit_sql = """SELECT count(*), count(*) FILTER (WHERE CASE WHEN m.kind = 'task' THEN coalesce(t.body, t.headline)
                                      ELSE coalesce(n.title, '') || coalesce(n.body_text, '') END LIKE '%' || getvariable('w') || '%')
                         FROM match_notices(getvariable('q')) AS m JOIN notices AS n USING (notice_id)
                         LEFT JOIN tasks AS t ON m.kind = 'task' AND t.notice_id = m.notice_id AND t.seq = m.seq"""
            ((_, ((truth,),)),) = run_script(published, truth_sql, {"w": word})
            started = time.perf_counter()
            ((_, ((hits, good),)),) = run_script(published, hit_sql, {"w": word, "q": segment_query(word)})
            ms = (time.perf_counter() - started) * 1000
            recall = good / truth if truth else 1.0
            precision = good / hits if hits else 1.0
            print(f"{word:<10} {truth:>5} {hits:>5} {recall:>7.2f} {precision:>9.2f} {ms:>6.0f}")


if __name__ == "__main__":
    main()
