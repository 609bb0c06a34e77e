"""Subcommands of ``gxt``, one module per area: extract (parser), warehouse, crawl, pipeline (flows)."""
