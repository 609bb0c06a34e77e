"""gxt/commands/result_print.py: query results printed as stored, at any terminal width."""
import io

import pytest
from rich.cells import cell_len
from rich.console import Console

from gxt.commands.result_print import Result, cell_text, print_results, print_table

COLUMNS = ["province", "canonical_name", "published_date", "source_url", "evidence"]
ROW = ("福建", "规上工业增加值", "2024-01-25", "https://gxt.fujian.gov.cn/zwgk/gzdt/202401/t20240125_6300001.htm",
       "全省规上工业增加值增长5.5%，" * 5)


@pytest.mark.parametrize("width", range(20, 161, 7))
def test_headers_stay_whole_and_lines_fit_at_any_width(width):
    buf = io.StringIO()
    print_table(Result(COLUMNS, [ROW]), Console(file=buf, width=width, markup=False, emoji=False, highlight=False))
    out = buf.getvalue()
    for header in COLUMNS:
        assert header in out, (width, header)
    assert all(cell_len(line) <= width for line in out.splitlines())


def test_nested_and_missing_values_read_plainly():
    assert cell_text(None) == "NULL"
    assert cell_text([1, "a"]) == '[1, "a"]'
    assert cell_text({"k": "v"}) == '{"k": "v"}'


def test_markup_in_data_survives_every_format():
    result = Result(["a"], [("[bold]x[/bold] :x: 1:100:2",)])
    for fmt in ("table", "csv", "json"):
        buf = io.StringIO()
        print_results([result], fmt, buf)
        assert "[bold]x[/bold] :x: 1:100:2" in buf.getvalue(), fmt
