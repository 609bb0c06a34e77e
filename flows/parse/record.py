"""The contract record for one article: meeting, indicators, tasks, in that order of work."""
from __future__ import annotations

from flows.clean.article import Article
from flows.parse.indicators import extract_indicators
from flows.parse.meeting import is_meeting, meeting_city, meeting_date, meeting_kind, province_of
from flows.parse.context import head_date, notice_context
from flows.parse.tasks import extract_tasks


def build_record(article: Article, *, doc: str | None = None, province: str | None = None) -> dict:
    body = article.body or ""
    kind = meeting_kind(article.title, body)
    # Without a header the page's own date line, if the text prints one near the top.
    published = article.published or head_date(body)
    date, year, month = meeting_date(body, published, article.title)
    context = notice_context(article.title, body, published, kind, year, month)
    years = context.years
    lists = extract_tasks(body, years)
    plan_spans = [(item.start, item.end) for lst in lists if lst.kind == "task" for item in lst.items]
    review_spans = [(item.start, item.end, lst.year) for lst in lists if lst.kind == "review" for item in lst.items]
    blocked = [lst.declared_span for lst in lists if lst.declared_span]
    indicators = extract_indicators(body, years, plan_spans=plan_spans, review_spans=review_spans,
                                    blocked=blocked, reported=context.reported,
                                    published=context.published,
                                    carry_across=kind != "work_conference")
    return {
        "doc": doc,
        "meeting": {
            "province": (where := province_of(article.source, article.title, hint=province, body=body)),
            "date": date,
            "city": meeting_city(body, article.title, where),
            "kind": kind,
        },
        "is_meeting": is_meeting(article.title, body),
        # Article.contract() without dataclasses.asdict's deep copy (a third of the parse time).
        "article": {"title": article.title, "published": article.published,
                    "source": article.source, "body": article.body},
        "indicators": indicators,
        "tasks": [record for lst in lists for record in lst.records],
    }
