"""One ordinary nightly run in its own process, on saved raw pages, that can pause at a step.

    python night.py DATA CORPUS_DIR SITES [--pause-at POINT] [--pause-seconds N]

Runs ``flows.nightly.nightly`` exactly as ``gxt run`` does (Prefect API from PREFECT_API_URL), with
each site's crawl replaced by ``saved_crawl.py`` (saved pages, the seen set honoured). With
``--pause-at`` it prints ``PAUSED <point>`` at that point of the run and sleeps (then goes on), so
a test can ``kill -9`` it there. The points are the steps of a night, taken in their middle where a
step has one: see POINTS. Prints ``STATE <name>`` at the end.
"""
from __future__ import annotations

import argparse
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

POINTS = (
    "prepare-warehouse",   # the run's row written as running
    "export-seen-set",     # before the seen set is written
    "crawl",               # a crawl process half-way through its raw file
    "load-raw-pages",      # the first site's raw file committed, the others not
    "parse",               # the parsed file half written (under its temporary name)
    "load-notices",        # inside a block's transaction: old rows deleted, new ones half inserted
    "gather-report",       # everything loaded, the report not yet counted
    "report",              # the run's row finished, the artifacts not yet written
    "publish-read-copy",   # the copy made under its temporary name, not yet renamed
)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data")
    parser.add_argument("corpus")
    parser.add_argument("sites")
    parser.add_argument("--pause-at", choices=POINTS)
    parser.add_argument("--pause-seconds", type=float, default=60.0)
    args = parser.parse_args()

    def pause(point: str) -> None:
        if args.pause_at == point:
            print(f"PAUSED {point}", flush=True)
            time.sleep(args.pause_seconds)

    from flows.pipeline import crawl

    pause_file = Path(args.data).with_name(Path(args.data).name + ".crawl-paused")
    sites = args.sites.split(",")

    def saved_crawl(site, out_dir, state_file, since, mirror):
        argv = [sys.executable, str(HERE / "saved_crawl.py"), site, str(out_dir), str(state_file), args.corpus]
        if args.pause_at == "crawl" and site == sites[0]:
            argv.append(str(pause_file))
        return argv

    crawl.build_command = saved_crawl
    if args.pause_at == "crawl":
        def watch() -> None:
            while not (pause_file.exists() and pause_file.read_text().strip()):
                time.sleep(0.05)
            print(f"CRAWL_PID {pause_file.read_text().strip()}", flush=True)
            print("PAUSED crawl", flush=True)

        threading.Thread(target=watch, daemon=True).start()
    _install_pauses(pause)

    from flows.nightly import nightly

    state = nightly(sites=sites, data=args.data, crawl_retries=0, retry_delay_seconds=0, return_state=True)
    print(f"STATE {state.name}", flush=True)
    return 0 if state.is_completed() else 1


def _install_pauses(pause) -> None:
    import flows.pipeline.parse_pages as parse_pages
    import warehouse.notices_load as notices_load
    import warehouse.publish as publish
    import warehouse.store as store

    def after(module, name, point, when=lambda calls: True):
        original = getattr(module, name)
        calls = [0]

        def wrapped(*a, **k):
            result = original(*a, **k)
            calls[0] += 1
            if when(calls[0]):
                pause(point)
            return result

        setattr(module, name, wrapped)

    def before(module, name, point, when=lambda calls: True):
        original = getattr(module, name)
        calls = [0]

        def wrapped(*a, **k):
            calls[0] += 1
            if when(calls[0]):
                pause(point)
            return original(*a, **k)

        setattr(module, name, wrapped)

    after(store, "start_run", "prepare-warehouse")
    before(store, "write_seen_state", "export-seen-set")
    before(store, "load_raw_file", "load-raw-pages", when=lambda n: n == 2)
    after(parse_pages, "parse_page", "parse", when=lambda n: n == 5)
    original_count = notices_load._count

    def counting(con, sql, params=None):
        result = original_count(con, sql, params)
        if sql is notices_load._INSERT_INDICATORS:
            pause("load-notices")
        return result

    notices_load._count = counting
    before(store, "run_numbers", "gather-report")
    after(store, "finish_run", "report")
    after(publish, "_copy_in_child", "publish-read-copy")


if __name__ == "__main__":
    sys.exit(main())
