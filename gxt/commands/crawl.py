"""Subcommands of this area (filled in by the issue that builds it)."""
from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add this area's commands to ``app``."""
