"""The Prefect side of gxt: tasks and steps the flows (``flows.nightly``, ``flows.backfill``,
``flows.reparse``) are built from. Tunables live in ``pipeline.toml`` beside this file."""
