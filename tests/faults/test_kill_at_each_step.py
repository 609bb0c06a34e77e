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
