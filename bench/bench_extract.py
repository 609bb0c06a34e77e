"""Clean+parse throughput on one core, notices per second, by kind of input.

Rows: Simplified text, Traditional text (OpenCC t2s on the way), HTML whose body sits in a
known container (TRS_Editor, #zoom …), HTML that falls back to trafilatura, and
``trafilatura.extract`` alone on each of the two HTML sets, so the cost of our own HTML path
can be read against the library we fall back to.

    .venv/bin/python bench/bench_extract.py [--seconds 3]

Inputs: the shared seeds (../shared/seeds), the project's notices (tests/fixtures/notices/docs)
and the crawl mirror's detail pages (crawlers/mirror/pages; index and list pages are not
notices and are skipped), sorted into the rows by what the cleaner did with them (Traditional
or not, body from a container or from the extractor). Each row runs for ``--seconds`` after a
warm-up pass, on one core; the machine's load average is printed with the table, since other
processes on the same core slow every row.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from flows.extract import UnreadableInput, clean_bytes, extract_bytes  # noqa: E402

Doc = tuple[str, bytes]


def pin_to_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        core = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {core})
        return f"pinned to core {core}"
    return "not pinned (no sched_setaffinity here)"


def load_average() -> str:
    try:
        one, five, fifteen = os.getloadavg()
    except OSError:
        return "load average unknown"
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} CPUs"


def candidate_files(shared: Path) -> list[Path]:
    files = sorted((shared / "seeds").glob("*.txt")) + sorted((ROOT / "tests/fixtures/notices/docs").glob("*"))
    mirror = ROOT / "crawlers/mirror/pages"
    files += sorted(p for p in mirror.rglob("*.htm*") if p.is_file() and not p.name.startswith("index"))
    return files


def sort_inputs(files: list[Path]) -> dict[str, list[Doc]]:
    """The inputs by row, as the cleaner reads them; files it cannot read are left out."""
    rows: dict[str, list[Doc]] = {"text_simplified": [], "text_traditional": [], "html_container": [],
                                  "html_fallback": []}
    for path in files:
        data = path.read_bytes()
        try:
            article = clean_bytes(data, name=path.name)
        except UnreadableInput:
            continue
        if path.suffix in {".html", ".htm", ".shtml"}:
            row = "html_fallback" if article.body_path.startswith("extractor") else "html_container"
        else:
            row = "text_traditional" if article.traditional else "text_simplified"
        rows[row].append((path.name, data))
    return rows


def rate(func, docs: list[Doc], seconds: float) -> tuple[float, float]:
    """Documents per second of wall time and per second of this process's CPU time, over at
    least ``seconds`` of repeated passes (after one warm-up pass). On a busy machine the CPU
    figure is the one to compare: wall time also counts the other processes' turns on the core."""
    for name, data in docs:
        func(name, data)
    done = 0
    start, cpu_start = time.perf_counter(), time.process_time()
    while True:
        for name, data in docs:
            func(name, data)
        done += len(docs)
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            return done / elapsed, done / max(time.process_time() - cpu_start, 1e-9)


def gxt_extract(name: str, data: bytes) -> None:
    extract_bytes(data, doc=name)


def _decoded(data: bytes) -> str:
    head = data[:2048].lower()
    encoding = "gb18030" if b"gb2312" in head or b"gbk" in head else "utf-8"
    return data.decode(encoding, "replace")


def trafilatura_alone(name: str, data: bytes) -> None:
    import trafilatura

    trafilatura.extract(_decoded(data))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="time per row")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    pinned = pin_to_one_core()
    inputs = sort_inputs(candidate_files(args.shared))
    rows = [
        ("text, Simplified: clean+parse", gxt_extract, inputs["text_simplified"]),
        ("text, Traditional: clean+parse", gxt_extract, inputs["text_traditional"]),
        ("HTML, known container: clean+parse", gxt_extract, inputs["html_container"]),
        ("HTML, trafilatura fallback: clean+parse", gxt_extract, inputs["html_fallback"]),
        ("HTML, known container: trafilatura alone", trafilatura_alone, inputs["html_container"]),
        ("HTML, fallback set: trafilatura alone", trafilatura_alone, inputs["html_fallback"]),
    ]
    print(f"clean+parse throughput ({pinned}; {load_average()} at start)")
    print(f"{'input':<42} {'docs':>4} {'avg KB':>6} {'notices/s':>9} {'ms/notice':>9} "
          f"{'ms/3 KB':>7} {'CPU notices/s':>13} {'CPU ms/3 KB':>11}")
    for label, func, docs in rows:
        if not docs:
            print(f"{label:<42} {0:>4}  (no inputs)")
            continue
        wall, cpu = rate(func, docs, args.seconds)
        avg_kb = sum(len(d) for _, d in docs) / len(docs) / 1024
        print(f"{label:<42} {len(docs):>4} {avg_kb:>6.1f} {wall:>9.0f} {1000 / wall:>9.2f} "
              f"{1000 / wall / avg_kb * 3:>7.2f} {cpu:>13.0f} {1000 / cpu / avg_kb * 3:>11.2f}")
    print(f"({load_average()} at end)")


if __name__ == "__main__":
    main()
