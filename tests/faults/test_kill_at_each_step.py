"""kill -9 of a night at each of its steps, then an ordinary night: nothing is lost.

Before the parse backlog, a night killed after its raw pages were loaded left them unparsed for
ever (the next night parsed only its own pages, and the seen set kept the spiders from fetching
them again): 0 of 49 notices. Now the next ordinary night loads exactly what a clean night loads,
and the killed run's record does not stay ``running``.
"""
from __future__ import annotations

import pytest

from conftest import run_night_here, run_rows, start_night, warehouse_content
from night import POINTS


@pytest.mark.timeout(300)
@pytest.mark.parametrize("point", POINTS)
def test_a_night_killed_at_a_step_is_finished_by_the_next_ordinary_night(point, prefect_api, corpus, clean_night, tmp_path):
    data = tmp_path / "data"
    killed = start_night(prefect_api, data, corpus, pause_at=point)
    assert killed.wait_for(f"PAUSED {point}"), killed.output[-3000:]
    killed.kill()

    assert run_night_here(data, corpus) == "Completed"
    assert warehouse_content(data) == clean_night
    runs = run_rows(data)
    assert [status for _, status, _ in runs][-1] == "completed"
    assert "running" not in [status for _, status, _ in runs], runs
    if len(runs) == 2 and point not in ("report", "publish-read-copy"):
        assert runs[0][1] == "failed" and "ended without recording its end" in runs[0][2]


@pytest.mark.timeout(300)
def test_pages_a_killed_crawl_fetched_are_kept_even_when_the_site_has_removed_them(prefect_api, corpus, tmp_path):
    import json
    import shutil

    data = tmp_path / "data"
    killed = start_night(prefect_api, data, corpus, pause_at="crawl")
    assert killed.wait_for("PAUSED crawl"), killed.output[-3000:]
    killed.kill()
    (run_dir,) = [p for p in (data / "raw").iterdir() if p.is_dir()]
    # What the killed crawl of hubei (the first site) wrote before it died …
    import gzip
    with gzip.open(run_dir / "hubei.jsonl.gz", "rt", encoding="utf-8") as raw:
        fetched = []
        try:
            for line in raw:
                fetched.append(json.loads(line)["url"])
        except (EOFError, ValueError):
            pass
    assert fetched
    # … is gone from the site by the next night.
    gone = tmp_path / "corpus"
    shutil.copytree(corpus, gone)
    pages = [json.loads(line) for line in (gone / "hubei.jsonl").read_text(encoding="utf-8").splitlines()]
    (gone / "hubei.jsonl").write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in pages
                                              if p["url"] not in fetched), encoding="utf-8")
    assert run_night_here(data, gone) == "Completed"
    import duckdb
    con = duckdb.connect(str(data / "published" / "gxt.duckdb"), read_only=True)
    try:
        stored = {row[0] for row in con.execute("SELECT url FROM notices UNION SELECT url FROM parse_failures").fetchall()}
    finally:
        con.close()
    assert set(fetched) <= stored
