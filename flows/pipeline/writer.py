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


@contextlib.contextmanager
def writer_slot() -> Iterator[None]:
    with concurrency(WRITER_LIMIT, occupy=1, strict=False):
        yield
