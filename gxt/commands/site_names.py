"""Checking site ids given on the command line before anything starts (no server, no run recorded).

``gxt run --sites hubie`` stops at once with ``unknown site 'hubie' (did you mean hubei?)`` and
exit status 2, instead of starting Prefect and recording a failed run.
"""
from __future__ import annotations

import difflib
from collections.abc import Iterable

import typer


def suggestion(name: str, known: Iterable[str]) -> str | None:
    """The closest known id to ``name`` (difflib), or None when nothing is close."""
    close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.6)
    return close[0] if close else None


def unknown_sites_message(names: Iterable[str], known: Iterable[str]) -> str | None:
    """One line naming every unknown id with its did-you-mean, or None when all are known."""
    known = list(known)
    parts = []
    for name in names:
        if name in known:
            continue
        guess = suggestion(name, known)
        parts.append(f"'{name}'" + (f" (did you mean {guess}?)" if guess else ""))
    if not parts:
        return None
    noun = "site" if len(parts) == 1 else "sites"
    return f"unknown {noun} {', '.join(parts)}; `gxt sites` lists the {len(known)} site ids"


def known_site_ids() -> list[str]:
    from crawlers.sites import load_sites

    return [site.id for site in load_sites()]


def check_site_ids(names: list[str] | None, *, allow_all: bool = False) -> list[str] | None:
    """Return ``names`` unchanged when every id is known (``all`` too, when allowed); otherwise print
    one line on stderr and exit with status 2. ``None`` (no choice: every site) passes."""
    if not names or (allow_all and names == ["all"]):
        return names
    message = unknown_sites_message(names, known_site_ids())
    if message:
        typer.echo(f"gxt: {message}", err=True)
        raise typer.Exit(code=2)
    return names
