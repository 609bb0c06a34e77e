"""``gxt extract FILE…``: one contract record per file, as JSON Lines."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)


def extract(
    files: Annotated[list[Path], typer.Argument(help="Notice files: .txt or .html (any other name is sniffed).")],
    pretty: Annotated[bool, typer.Option("--pretty", help="Indented JSON, one record after another, for a person.")] = False,
) -> None:
    """Clean and parse notice files; print one contract record per file (JSON Lines).

    A file that cannot be read gets a record with an ``error`` field and a message on stderr;
    the other files are still processed, and the exit status is 1 when any file failed.
    """
    from flows.extract import error_record, extract_path

    failed = 0
    for path in files:
        try:
            record = extract_path(path)
        except Exception as err:  # a parser bug must not lose the other files
            record = error_record(path.name, f"internal error: {type(err).__name__}: {err}")
        if record.get("error"):
            failed += 1
            typer.echo(f"gxt extract: {path}: {record['error']}", err=True)
        if pretty:
            sys.stdout.write(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
        else:
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    sys.stdout.flush()
    if failed:
        raise typer.Exit(code=1)
