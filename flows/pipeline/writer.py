"""The warehouse has one writer, held for the whole run: two locks, taken in this order.

1. The data directory's OS file lock (``warehouse.writer_lock``, ``<data>/writer.lock``): taken
   before the first warehouse step and kept to the end (publish included). It dies with the
   process, so a run killed with ``kill -9`` never blocks the next one.
2. One slot of the Prefect global concurrency limit ``gxt-warehouse`` (where it exists: ``gxt serve``
   creates it), so runs on several workers or machines take turns. Taken with a timeout; its lease
   id is written into the lock file, and a run that finds a lease left by a dead holder (the lock
   was free, so the holder is gone) releases it before asking for its own slot: Prefect's temporary
   server does not expire leases, and without this every run after a kill would wait for ever.

Once both are held, ``running`` rows of dead runs are closed (see ``steps.prepare_warehouse``).
Each wait says what it waits for and for which run, once, in the run's log.
"""
from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from uuid import UUID

from prefect import get_run_logger

from warehouse.writer_lock import WriterLockTimeout, update_holder, writer_lock

WRITER_LIMIT = "gxt-warehouse"
# How long a run waits for another run's lock, or for the Prefect slot ([GXT_WRITER_WAIT_MINUTES]):
# a second run started during the first waits for it rather than failing at an arbitrary step.
WAIT_MINUTES = 120.0
# How long each warehouse step tries again when the writer's file itself is busy (someone opened
# warehouse.duckdb with DuckDB) before it gives up with a message naming the holder.
BUSY_WAIT_SECONDS = 120.0
SLOT_LEASE_SECONDS = 300.0


class WriterUnavailable(RuntimeError):
    """The run could not become the warehouse's writer in time (the message says who holds it)."""


def wait_seconds() -> float:
    return float(os.environ.get("GXT_WRITER_WAIT_MINUTES") or WAIT_MINUTES) * 60


def busy_wait_seconds() -> float:
    return float(os.environ.get("GXT_WRITER_BUSY_SECONDS") or BUSY_WAIT_SECONDS)


def _logger():
    try:
        return get_run_logger()
    except Exception:  # outside a flow run (a test calling the context directly)
        import logging

        return logging.getLogger("gxt.writer")


def writer_limit_exists() -> bool:
    from prefect import get_client
    from prefect.exceptions import ObjectNotFound

    with get_client(sync_client=True) as client:
        try:
            return client.read_global_concurrency_limit_by_name(WRITER_LIMIT).active
        except ObjectNotFound:
            return False


def release_stale_lease(lease_id: str) -> bool:
    """Release a slot lease left by a dead holder; True when there was one to release."""
    from prefect import get_client

    with get_client(sync_client=True) as client:
        try:
            client.release_concurrency_slots_with_lease(UUID(lease_id))
            return True
        except Exception:  # already expired or released: nothing to do
            return False


def _slot_in_use() -> tuple[int, int]:
    from prefect import get_client

    with get_client(sync_client=True) as client:
        limit = client.read_global_concurrency_limit_by_name(WRITER_LIMIT)
        return int(limit.active_slots), int(limit.limit)


@contextlib.contextmanager
def _prefect_slot(run_id: str, data_root: str, timeout: float) -> Iterator[None]:
    """Hold one slot of ``gxt-warehouse`` (where it exists), its lease recorded in the lock file."""
    from prefect.concurrency._leases import maintain_concurrency_lease
    from prefect.concurrency._sync import acquire_concurrency_slots_with_lease, release_concurrency_slots_with_lease
    from prefect.context import FlowRunContext

    if not writer_limit_exists():
        yield
        return
    logger = _logger()
    used, size = _slot_in_use()
    if used >= size:
        logger.warning(
            "run %s waits (up to %.0f s) for the Prefect concurrency slot %s (%s of %s taken: another run on "
            "another worker or machine is writing the warehouse)", run_id, timeout, WRITER_LIMIT, used, size,
        )
    holder = None
    ctx = FlowRunContext.get()
    if ctx and ctx.flow_run:
        from prefect.client.schemas.objects import ConcurrencyLeaseHolder

        holder = ConcurrencyLeaseHolder(type="flow_run", id=ctx.flow_run.id)
    try:
        response = acquire_concurrency_slots_with_lease(
            [WRITER_LIMIT], 1, timeout_seconds=timeout, lease_duration=SLOT_LEASE_SECONDS, holder=holder,
            suppress_warnings=True,
        )
    except TimeoutError as err:
        raise WriterUnavailable(
            f"run {run_id}: the Prefect concurrency slot {WRITER_LIMIT} stayed taken for {timeout:.0f} s. If no "
            f"run is alive, free it with `prefect global-concurrency-limit update {WRITER_LIMIT} --slots 0` "
            "and try again."
        ) from err
    update_holder(data_root, slot_lease=str(response.lease_id))
    try:
        with maintain_concurrency_lease(response.lease_id, SLOT_LEASE_SECONDS, raise_on_lease_renewal_failure=False):
            yield
    finally:
        with contextlib.suppress(Exception):
            release_concurrency_slots_with_lease(response.lease_id)
        update_holder(data_root, slot_lease=None)


@contextlib.contextmanager
def run_writer(data_root: str, run_id: str) -> Iterator[None]:
    """Be the warehouse's only writer for the block: the data directory's lock, then the Prefect slot.

    A dead holder's slot lease is released on the way in. Raises :class:`WriterUnavailable` when
    either is still held by a live run after :func:`wait_seconds`."""
    logger = _logger()
    timeout = wait_seconds()
    with contextlib.ExitStack() as stack:
        try:
            previous = stack.enter_context(
                writer_lock(data_root, wait_seconds=timeout, what="a gxt run", run_id=run_id, on_wait=logger.warning)
            )
        except WriterLockTimeout as err:
            raise WriterUnavailable(f"run {run_id}: {err}") from None
        lease = previous.get("slot_lease")
        if lease:
            if release_stale_lease(lease):
                logger.warning(
                    "released the Prefect slot %s left behind by run %s, which died holding it",
                    WRITER_LIMIT, previous.get("run_id") or "?",
                )
            update_holder(data_root, slot_lease=None)
        stack.enter_context(_prefect_slot(run_id, data_root, timeout))
        yield
