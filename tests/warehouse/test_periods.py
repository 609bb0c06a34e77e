"""The contract's period grammar as first and last days."""
from datetime import date

import pytest

from warehouse.periods import period_bounds


@pytest.mark.parametrize(
    ("period", "start", "end"),
    [
        ("2022", date(2022, 1, 1), date(2022, 12, 31)),
        ("2018-2022", date(2018, 1, 1), date(2022, 12, 31)),
        ("2016-2020", date(2016, 1, 1), date(2020, 12, 31)),
        ("2023Q1", date(2023, 1, 1), date(2023, 3, 31)),
        ("2023Q4", date(2023, 10, 1), date(2023, 12, 31)),
        ("2023M10", date(2023, 1, 1), date(2023, 10, 31)),
        ("2024M2", date(2024, 1, 1), date(2024, 2, 29)),
        ("2023H1", date(2023, 1, 1), date(2023, 6, 30)),
        ("2023H2", date(2023, 7, 1), date(2023, 12, 31)),
    ],
)
def test_period_becomes_first_and_last_day(period, start, end):
    assert period_bounds(period) == (start, end)


@pytest.mark.parametrize("period", ["", "十四五", "2023M13", "2023Q5", "2022-2018", "2023-05-01", None])
def test_text_outside_the_grammar_has_no_bounds(period):
    assert period_bounds(period) is None
