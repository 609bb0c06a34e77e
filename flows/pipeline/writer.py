"""The warehouse has one writer: steps that open it for writing hold one slot of a Prefect global
concurrency limit, so runs on several workers or machines take turns.

``gxt serve`` creates the limit (size 1). Where it does not exist (``gxt run`` on a temporary
server) the steps go ahead unguarded: DuckDB's own file lock still refuses a second writer.
"""
from __future__ import annotations

import contextlib
from collections.abc import Iterator

from prefect.concurrency.sync import concurrency

WRITER_LIMIT = "gxt-warehouse"


def writer_limit_exists() -> bool:
    from prefect import get_client
    from prefect.exceptions import ObjectNotFound

    with get_client(sync_client=True) as client:
        try:
            return client.read_global_concurrency_limit_by_name(WRITER_LIMIT).active
        except ObjectNotFound:
            return False


@contextlib.contextmanager
def writer_slot() -> Iterator[None]:
    """Hold the writer slot where the limit exists (asking first keeps Prefect from warning
    about a missing limit at every ``gxt run``)."""
    if not writer_limit_exists():
        yield
        return
    with concurrency(WRITER_LIMIT, occupy=1, strict=False):
        yield
