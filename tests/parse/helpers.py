"""Small helpers the parser tests share: an article from a body, figures as tuples."""
from __future__ import annotations

from flows.clean.article import Article
from flows.parse import parse_notice


def parse(body: str, *, title: str | None = None, published: str | None = None,
          source: str | None = None, province: str | None = None) -> dict:
    return parse_notice(Article(title=title, published=published, source=source, body=body),
                        doc="t.txt", province=province)


def figures(record: dict) -> list[tuple]:
    """(name, measure, value, unit, period, target) for each indicator."""
    return [(i["name"], i["measure"], i["value"], i["unit"], i["period"], i["target"])
            for i in record["indicators"]]


def values(record: dict) -> list[tuple]:
    """(measure, value, unit, period) for each indicator: for tests not about names."""
    return [(i["measure"], i["value"], i["unit"], i["period"]) for i in record["indicators"]]
