"""The example query ``gxt run`` answers at the end prints a notice's words as stored."""
from io import StringIO

from rich.console import Console

from flows.pipeline import example_query


def test_the_example_answer_prints_cells_as_stored_not_as_markup_or_emoji(monkeypatch, tmp_path):
    stored = ":x: 1:100:2 [bold]加粗[/bold]"
    monkeypatch.setattr("warehouse.readonly.run_query", lambda published, sql: (["text"], [(stored,)]))
    _, table = example_query.example_answer(str(tmp_path))
    out = StringIO()
    Console(file=out, width=80).print(table)
    assert stored in out.getvalue()
