"""Accuracy through the real pipeline (file → clean → parse), scored by the team's scorer.

The shared gold is the acceptance bar of issue 2. The project's own notices
(tests/fixtures/notices, written independently of the parser) are a held-out check of
generality; their thresholds leave a little room below what the parser measured when this
test was written (indicators strict F1 1.000, tasks F1 1.000, meeting accuracy 1.000).
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from flows.extract import extract_path


def _score(gold_dir: Path, docs_dir: Path, scorer: Path, tmp_path: Path) -> dict:
    wanted = {json.loads(p.read_text("utf-8"))["doc"] for p in gold_dir.glob("*.json")}
    predictions = tmp_path / "predictions.jsonl"
    with predictions.open("w", encoding="utf-8") as out:
        for name in sorted(wanted):
            out.write(json.dumps(extract_path(docs_dir / name), ensure_ascii=False) + "\n")
    result = subprocess.run([sys.executable, str(scorer), str(gold_dir), str(predictions), "--json"],
                            capture_output=True, text=True, check=True, timeout=120)
    scores = json.loads(result.stdout)
    assert scores["predicted"] == scores["documents"] == len(wanted)
    return scores


@pytest.fixture(scope="module")
def shared_scores(shared: Path, tmp_path_factory) -> dict:
    return _score(shared / "gold", shared / "seeds", shared / "tools" / "score_extraction.py",
                  tmp_path_factory.mktemp("shared"))


@pytest.fixture(scope="module")
def fixture_scores(shared: Path, fixtures: Path, tmp_path_factory) -> dict:
    notices = fixtures / "notices"
    return _score(notices / "gold", notices / "docs", shared / "tools" / "score_extraction.py",
                  tmp_path_factory.mktemp("fixtures"))


def test_shared_gold_indicators(shared_scores):
    assert shared_scores["indicators_strict"]["f"] >= 0.95


def test_shared_gold_tasks(shared_scores):
    assert shared_scores["tasks"]["f"] == 1.0


def test_shared_gold_meeting(shared_scores):
    assert shared_scores["meeting_accuracy"] == 1.0


def test_shared_gold_article_checks(shared_scores):
    right, total = shared_scores["article_checks"]
    assert right == total


def test_project_notices_indicators(fixture_scores):
    assert fixture_scores["indicators_strict"]["f"] >= 0.95


def test_project_notices_tasks(fixture_scores):
    assert fixture_scores["tasks"]["f"] >= 0.95


def test_project_notices_meeting(fixture_scores):
    assert fixture_scores["meeting_accuracy"] >= 0.95


# The fresh notices (tests/fixtures/notices_fresh) were written after the parser's round of
# work on the real texts, in batches, each batch's gold written before the parser ran on it.
# First contact, indicators strict F1 / meeting: batch 1 0.994 / 1.000, batch 2 0.936 / 1.000,
# batch 3 0.944 / 1.000, batch 4 0.953 / 0.917 (tasks 1.000 throughout). The general fixes they
# led to bring every batch to 1.000; the floors hold what was reached.
@pytest.fixture(scope="module")
def fresh_scores(shared: Path, fixtures: Path, tmp_path_factory) -> dict:
    notices = fixtures / "notices_fresh"
    return _score(notices / "gold", notices / "docs", shared / "tools" / "score_extraction.py",
                  tmp_path_factory.mktemp("fresh"))


def test_fresh_notices_indicators(fresh_scores):
    assert fresh_scores["indicators_strict"]["f"] >= 0.99


def test_fresh_notices_tasks(fresh_scores):
    assert fresh_scores["tasks"]["f"] == 1.0


def test_fresh_notices_meeting(fresh_scores):
    assert fresh_scores["meeting_accuracy"] == 1.0


def test_fresh_notices_article_checks(fresh_scores):
    right, total = fresh_scores["article_checks"]
    assert right == total
