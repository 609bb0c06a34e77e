"""flows.parse.targets: where a sentence starts stating goals, and what only looks like a goal."""
from flows.parse.figures import vocab
from flows.parse.periods import Years
from flows.parse.targets import first_goal, plan_marks


def _goal_at(sentence: str) -> int | None:
    at = first_goal(sentence, vocab().target)
    return at if at <= len(sentence) else None


def test_a_goal_word_opens_goals():
    assert _goal_at("力争规上工业增加值增长6%。") == 0


def test_an_outcome_against_a_goal_opens_none():
    assert _goal_at("增长7%，超出年度预期目标1个百分点。") is None


def test_a_plan_named_as_a_thing_opens_none():
    assert _goal_at("实施制造业数字化转型三年行动计划，技改投资增长10%。") is None


def test_plan_year_mentions_stop_at_an_earlier_year():
    years = Years(meeting=2024, reviewed=2023, plan=2024)
    assert plan_marks("今年目标明确，2023年全省工业增长7%。", years) == [(0, True), (7, False)]


def test_a_later_target_year_does_not_take_over_the_goal_before_it():
    from tests.parse.helpers import figures, parse

    body = "会议明确，2025年全省工业投资增长8%左右；到2028年，力争集成电路产业规模达到3000亿元。"
    record = parse(body, published="2025-01-20", title="2025年全省工业和信息化工作会议召开")
    assert [(f[1], f[4], f[5]) for f in figures(record)] == [("growth", "2025", True), ("value", "2028", True)]
