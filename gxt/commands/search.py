"""``gxt search WORDS``: ranked full-text hits in notices and task headlines of the published copy.

The words are segmented like the index (jieba, :func:`warehouse.search.segment_query`) and handed to
the ``match_notices`` macro through the read-only query path, so ``gxt search`` and
``gxt query "SELECT * FROM match_notices('…')"`` give the same ranking.
"""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

_SQL = """
SELECT row_number() OVER () AS rank, province, published_date, kind, title, round(score, 3) AS score, snippet, url
FROM match_notices(getvariable('words'), any_word := getvariable('any_word'),
                   must_contain := CASE WHEN NOT getvariable('any_word') THEN getvariable('typed') END)
WHERE (getvariable('province') IS NULL OR province = getvariable('province'))
  AND (getvariable('kind') IS NULL OR kind = getvariable('kind'))
LIMIT getvariable('limit')
"""


def search(
    words: Annotated[list[str], typer.Argument(help="Words to look for (any language the notices use), e.g. 人工智能 专精特新.")],
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=1000, help="At most this many hits.")] = 10,
    province: Annotated[Optional[str], typer.Option("--province", help="Only this province (short name: 福建, 内蒙古).")] = None,
    kind: Annotated[Optional[str], typer.Option("--kind", help="notice or task (default: both).")] = None,
    any_word: Annotated[bool, typer.Option("--any", help="Hits with any of the words (default: all of them).")] = False,
    format: Annotated[str, typer.Option("--format", help="text (default), csv or json.")] = "text",
    data: Annotated[Optional[Path], typer.Option("--data", help="Data directory (default: $GXT_DATA, else ./data).")] = None,
) -> None:
    """Full-text search over notice titles and bodies and task headlines, best hits first (BM25)."""
    import duckdb

    from gxt.commands.result_print import Result, print_results
    from gxt.paths import DataPaths
    from warehouse.connection import WarehouseMissing
    from warehouse.readonly import run_script
    from warehouse.search import segment_query

    def fail(message: str, code: int = 1) -> None:
        typer.echo(f"gxt: {message}", err=True)
        raise typer.Exit(code=code)

    if format not in ("text", "csv", "json"):
        fail(f"--format {format}: use text, csv or json", 2)
    if kind not in (None, "notice", "task"):
        fail(f"--kind {kind}: use notice or task", 2)
    from flows.clean.t2s_table import t2s

    typed = t2s(" ".join(words))  # the notices are stored in Simplified script: 數字經濟 finds 数字经济
    query = segment_query(typed)
    if not query:
        fail("give at least one word to look for (punctuation alone matches nothing)", 2)
    variables = {"words": query, "province": province, "kind": kind, "limit": limit, "any_word": any_word,
                 "typed": typed.split()}
    try:
        ((columns, rows),) = run_script(DataPaths.at(data).published, _SQL, variables)
    except WarehouseMissing as err:
        fail(str(err))
    except duckdb.CatalogException:
        fail("the published copy has no search index yet: it is built when the warehouse is published "
             "(gxt db publish, or the next gxt run)")
    except duckdb.Error as err:
        fail(f"the search failed: {str(err).splitlines()[0]}")
    if format != "text":
        print_results([Result(columns, rows)], format)
        return
    _print_hits(rows, query.split())


def _print_hits(rows: list[tuple], words: list[str]) -> None:
    from rich.console import Console
    from rich.text import Text

    console = Console(markup=False, emoji=False, highlight=False, soft_wrap=False)
    if not rows:
        console.print("no hits")
        return
    for rank, province, published, kind, title, score, snippet, url in rows:
        head = Text(f"{rank:>2}. {province or '?'} {published or '????-??-??'} {kind:<6} ")
        head.append(title or "(no title)", style="bold")
        head.append(f"  ({score})", style="dim")
        body = Text("    " + (snippet or "").strip())
        body.highlight_words([w for w in words if len(w) > 1], style="bold", case_sensitive=False)
        console.print(head)
        console.print(body)
        console.print(Text(f"    {url}", style="dim"))
    console.print(Text(f"{len(rows)} hit{'s' if len(rows) != 1 else ''}", style="dim"))
