"""The ``gxt`` command. Each area registers its own subcommands from ``gxt/commands/``.

Heavy libraries (Prefect, Scrapy, DuckDB) are imported inside the commands that need them,
so ``gxt extract`` and ``gxt --help`` start fast.
"""
from __future__ import annotations

import typer

from gxt.commands import chart, crawl, extract, pipeline, warehouse

app = typer.Typer(
    name="gxt",
    help="Collect, parse and query the meeting notices of China's provincial 工信 departments.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def main() -> None:
    """Collect, parse and query the meeting notices of China's provincial 工信 departments."""


for module in (extract, warehouse, crawl, pipeline, chart):
    module.register(app)


if __name__ == "__main__":  # pragma: no cover
    app()
