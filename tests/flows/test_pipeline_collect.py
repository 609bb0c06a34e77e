"""The order crawls start in."""
from __future__ import annotations

import json

from flows.pipeline.collect import slowest_first


def test_crawls_start_slowest_first_by_the_last_run(tmp_path) -> None:
    last = tmp_path / "20261121T000000Z-aaaaaa"
    last.mkdir()
    for site, seconds in (("fujian", 2), ("xizang", 40), ("hubei", 5)):
        (last / f"{site}.report.json").write_text(json.dumps(
            {"started_at": "2026-11-21T00:00:00+00:00", "finished_at": f"2026-11-21T00:00:{seconds:02d}+00:00"}))
    order = slowest_first(["fujian", "hubei", "xizang", "hebei"], tmp_path, before_run="20261122T000000Z-bbbbbb")
    assert order == ["hebei", "xizang", "hubei", "fujian"]  # never timed first, then the slowest
