"""The cleaned article of every notice that has an expected ``article`` block passes the shared
scorer's article checks: the shared seed 003 and the project's own notices."""
import json
import sys
from pathlib import Path

import pytest

from flows.clean import clean_html, clean_text

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "notices"


def scorer(shared):
    sys.path.insert(0, str(shared / "tools"))
    import score_extraction

    return score_extraction


def clean(path: Path):
    data = path.read_bytes()
    return clean_html(data) if path.suffix in {".html", ".htm", ".shtml"} else clean_text(data)


def failed_checks(score_extraction, path: Path, gold: dict) -> list:
    checks = score_extraction.article_checks(clean(path).contract(), gold["article"])
    assert checks, "the gold article block has no checks"
    return [(name, detail) for name, ok, detail in checks if not ok]


def test_fujian_seed_passes_the_article_checks(shared):
    gold = json.loads((shared / "gold" / "003_9e83bb68de802584.json").read_text("utf-8"))
    assert failed_checks(scorer(shared), shared / "seeds" / gold["doc"], gold) == []


def _notices_with_articles():
    for gold_file in sorted((FIXTURES / "gold").glob("*.json")):
        gold = json.loads(gold_file.read_text("utf-8"))
        if gold.get("article") and (FIXTURES / "docs" / gold["doc"]).exists():
            yield pytest.param(gold, id=gold["doc"])


@pytest.mark.parametrize("gold", list(_notices_with_articles()))
def test_project_notice_passes_the_article_checks(shared, gold):
    assert failed_checks(scorer(shared), FIXTURES / "docs" / gold["doc"], gold) == []


def test_html_notices_are_present():
    """The HTML notices exist (so the parametrized test above cannot pass by being empty)."""
    assert len(list((FIXTURES / "docs").glob("1[1-8]_*.html"))) >= 5
