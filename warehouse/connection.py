"""Opening DuckDB files (the writer's file, one process at a time, and the published read copy) and
the two things every writer does with a connection: transactions and quoting a path into SQL text."""
from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb


class WarehouseBusy(RuntimeError):
    """Another process holds the warehouse file (DuckDB allows one writer and no reader beside it)."""


class WarehouseMissing(FileNotFoundError):
    """No published warehouse yet."""


class WarehouseUnreadable(WarehouseMissing):
    """The published copy exists but is not a database DuckDB can open (damaged, truncated, not
    DuckDB). A kind of :class:`WarehouseMissing`: every reader treats it the same way."""


def _is_lock_error(err: Exception) -> bool:
    text = str(err).lower()
    return "lock" in text and ("conflicting" in text or "could not set lock" in text)


# The storage format of the files we create. DuckDB 2.0's own format cannot be read by the DuckDB CLI
# most people have (the duckdb-cli 1.4.x/1.5.x on PyPI); a file created with v1.4.0 can, and stays in
# that format whoever writes it later. The published copy is a byte copy of the writer's file, so
# both are readable by DuckDB >= 1.4.
STORAGE_VERSION = "v1.4.0"


def path_literal(path: Path) -> str:
    """``path`` as a quoted SQL string, for the statements that take no parameter there (ATTACH, COPY)."""
    return "'" + str(path).replace("'", "''") + "'"


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """Run the block in one transaction: committed when it ends, rolled back when it (or the commit) raises."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def create_database(path: Path, storage_version: str = STORAGE_VERSION) -> None:
    """Create an empty DuckDB file in the given storage format."""
    con = duckdb.connect()
    try:
        con.execute(f"ATTACH {path_literal(path)} AS _new (STORAGE_VERSION '{storage_version}')")
        con.execute("DETACH _new")
    finally:
        con.close()


# How long a busy writer's file is tried again (a DuckDB session someone left open on
# warehouse.duckdb, a backup tool): back-off from 0.5 s doubling to 10 s between tries.
BUSY_FIRST_DELAY = 0.5
BUSY_MAX_DELAY = 10.0


def _holder_of(err: Exception) -> str:
    """DuckDB's own words about who holds the file (``… is held in /usr/bin/duckdb (PID 123)``)."""
    match = re.search(r"held in (.+?\(PID \d+\))", str(err))
    return match.group(1) if match else "another process"


def _connect_writer(path: Path) -> duckdb.DuckDBPyConnection:
    try:
        return duckdb.connect(str(path))
    except duckdb.IOException as err:
        if _is_lock_error(err):
            raise WarehouseBusy(
                f"{path} is open in {_holder_of(err)}; only one process may open the writer's file. "
                "If that is a DuckDB session or notebook, close it: readers open published/gxt.duckdb. "
                "Nothing is lost: pages not yet parsed stay in the backlog and the next run parses them."
            ) from err
        raise


def open_writer(
    path: Path, *, wait_seconds: float = 0.0, on_wait: Callable[[str], None] | None = None
) -> duckdb.DuckDBPyConnection:
    """Open (creating, in :data:`STORAGE_VERSION` format) the writer's file.

    While another process has it open, try again with back-off for up to ``wait_seconds`` (calling
    ``on_wait`` once with a line naming the holder), then fail with :class:`WarehouseBusy`, which says
    who holds it, for how long we waited and what to do."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        create_database(path)
    deadline = time.monotonic() + wait_seconds
    delay = BUSY_FIRST_DELAY
    told = False
    while True:
        try:
            con = _connect_writer(path)
            break
        except WarehouseBusy as err:
            left = deadline - time.monotonic()
            if left <= 0:
                if wait_seconds > 0:
                    raise WarehouseBusy(f"{err} (gave up after trying for {wait_seconds:.0f} s)") from err.__cause__
                raise
            if not told and on_wait is not None:
                on_wait(f"{path} is open in {_holder_of(err.__cause__ or err)}; trying again for up to {left:.0f} s")
                told = True
            time.sleep(min(delay, left))
            delay = min(delay * 2, BUSY_MAX_DELAY)
    # Instants are stored as TIMESTAMPTZ; doing the session arithmetic in UTC keeps dates stable
    # whatever the machine's zone.
    con.execute("SET TimeZone = 'UTC'")
    return con


def open_published(path: Path, config: dict[str, object] | None = None) -> duckdb.DuckDBPyConnection:
    """Open the published copy read-only (``config``: DuckDB settings given at open). Fails with
    :class:`WarehouseMissing` when it does not exist, :class:`WarehouseUnreadable` when it is not a
    database DuckDB can read."""
    if not path.exists():
        raise WarehouseMissing(
            f"no published warehouse at {path}. Create one with `gxt run` (crawls the real sites) or "
            "`gxt run --mirror` (offline, from the loopback mirror), or point --data / GXT_DATA at an "
            "existing data directory."
        )
    try:
        con = duckdb.connect(str(path), read_only=True, config=config or {})
    except duckdb.Error as err:
        if _is_lock_error(err):
            raise
        raise WarehouseUnreadable(
            f"the published copy {path} cannot be read ({str(err).splitlines()[0][:200]}). The warehouse "
            "itself is not affected: make the copy again with `gxt db publish` (or wait for the next run)."
        ) from None
    con.execute("SET TimeZone = 'UTC'")
    return con
