"""Publishing the read copy: the warehouse file copied to a temporary file, then renamed over
``<data>/published/gxt.duckdb``.

DuckDB lets no process open a file while a writer holds it, and an open reader blocks the writer, so
every reader (gxt query, notebooks, the DuckDB CLI) opens this copy instead. The rename is atomic: a
reader that has the old copy open keeps reading it (the old file lives on until it closes), the next
reader opens the new one, and nobody ever sees half a copy.

The writer's file is created in storage format ``STORAGE_VERSION`` (v1.4.0, see
:mod:`warehouse.connection`), so after a CHECKPOINT (everything in the main file, nothing in the WAL)
a plain byte copy is a complete database that DuckDB 1.4 and later can read. A writer's file in a
newer format (made by something else) is published through ``COPY FROM DATABASE`` into a file of the
right format instead, which is slower but gives the same result.
"""
from __future__ import annotations

import os
import struct
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb

from warehouse.connection import STORAGE_VERSION, path_literal

# The storage format number DuckDB writes in the file header for STORAGE_VERSION. DuckDB 1.4 reads
# 64..67, 1.5 reads 64..68; DuckDB 2.0's own format writes 999.
PUBLISHED_STORAGE_NUMBER = 67


@dataclass(frozen=True)
class PublishResult:
    path: Path
    seconds: float
    bytes: int
    method: str


def storage_number(path: Path) -> int:
    """The storage format number in a DuckDB file's main header (after an 8-byte checksum and 'DUCK')."""
    with path.open("rb") as handle:
        head = handle.read(20)
    if len(head) < 20 or head[8:12] != b"DUCK":
        raise ValueError(f"{path} is not a DuckDB database file")
    return struct.unpack("<Q", head[12:20])[0]


class PublishFailed(OSError):
    """The read copy could not be made (a full disk, a read-only directory …); the message says which
    file and what to do. The warehouse is intact and readers keep the previous copy."""


_COPY = """
import shutil, sys
try:
    shutil.copyfile(sys.argv[1], sys.argv[2])
except OSError as err:
    sys.stderr.write(f"{err.strerror or err}\\n")
    sys.exit(1)
"""


def _copy_in_child(source: Path, target: Path) -> None:
    """Copy ``source`` in a child process. Not in this one: DuckDB's lock on the writer's file is a
    POSIX record lock, and POSIX drops all of a process's locks on a file when that process closes
    *any* descriptor of it, so opening and closing the file here would silently let a second writer
    in. A child's open and close leave our lock alone."""
    done = subprocess.run(
        [sys.executable, "-c", _COPY, str(source), str(target)], capture_output=True, text=True, timeout=3600,
    )
    if done.returncode != 0:
        why = (done.stderr.strip().splitlines() or [f"exit status {done.returncode}"])[-1]
        raise PublishFailed(
            f"could not copy {source} to {target}: {why}. Free space (or fix permissions) on {target.parent} "
            "and run `gxt db publish`; the warehouse is intact and readers keep the previous copy."
        )


def _fsync(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


def publish(con: duckdb.DuckDBPyConnection, source: Path, target: Path) -> PublishResult:
    """Publish the database ``con`` has open (the file ``source``) to ``target`` atomically."""
    started = time.perf_counter()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    # Left by a publish that was killed: there is one writer at a time, and it is us.
    for leftover in target.parent.glob(f".{target.name}.*.tmp*"):
        leftover.unlink(missing_ok=True)
    con.execute("CHECKPOINT")
    try:
        _copy_in_child(source, tmp)
        method = "file copy"
        if storage_number(tmp) > PUBLISHED_STORAGE_NUMBER:
            tmp.unlink()
            name = con.execute("SELECT current_database()").fetchone()[0]
            con.execute(f"ATTACH {path_literal(tmp)} AS _publish (STORAGE_VERSION '{STORAGE_VERSION}')")
            try:
                con.execute(f'COPY FROM DATABASE "{name}" TO _publish')
            finally:
                con.execute("DETACH _publish")
            method = "copy from database"
        _fsync(tmp)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)  # never leave half a copy behind
        raise
    return PublishResult(target, time.perf_counter() - started, target.stat().st_size, method)
