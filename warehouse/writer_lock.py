"""One writer per data directory: an OS file lock on ``<data>/writer.lock``.

The lock is ``flock(2)`` on a file of its own (never on ``warehouse.duckdb``, whose POSIX record lock
belongs to DuckDB). The kernel drops it when the holding process dies, however it dies, so a run
killed with ``kill -9`` never leaves the warehouse locked. A run takes it before its first warehouse
step and keeps it to the end (publish included); ``Warehouse.open`` takes it too, so ``gxt db publish``
and friends wait for a run instead of failing half-way through it.

Inside one process the lock is re-entrant: the run holds it, and each step's ``Warehouse.open`` in
the same process counts up and down on the same descriptor (``flock`` locks belong to an open file,
so a second ``open()`` of the lock file in the holding process would wait for itself).

The file holds one JSON object describing the holder (pid, host, run id, since, and the Prefect slot
lease it took), so whoever waits can say for whom, and the next holder can release a slot lease that
a dead holder left behind.
"""
from __future__ import annotations

import contextlib
import fcntl
import json
import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

LOCK_NAME = "writer.lock"


class WriterLockTimeout(TimeoutError):
    """Another process kept the data directory's writer lock for longer than we would wait."""


@dataclass
class _Held:
    fd: int
    path: Path
    count: int = 0
    info: dict[str, Any] = field(default_factory=dict)


_held: dict[Path, _Held] = {}
_registry = threading.Lock()


def lock_path(data_root: Path) -> Path:
    return Path(data_root) / LOCK_NAME


def read_holder(data_root: Path) -> dict[str, Any]:
    """What the lock file says about its (current or last) holder; {} when unreadable."""
    try:
        text = lock_path(data_root).read_text(encoding="utf-8")
        info = json.loads(text) if text.strip() else {}
        return info if isinstance(info, dict) else {}
    except (OSError, ValueError):
        return {}


def describe_holder(info: dict[str, Any]) -> str:
    """``run 2026…-abc (pid 123 on host, since 02:30:01 UTC)`` or ``an unknown process``."""
    if not info:
        return "an unknown process"
    who = f"run {info['run_id']}" if info.get("run_id") else (info.get("what") or "a process")
    where = f"pid {info.get('pid')}" + (f" on {info['host']}" if info.get("host") else "")
    since = f", since {info['since']}" if info.get("since") else ""
    return f"{who} ({where}{since})"


def _write_info(held: _Held) -> None:
    payload = json.dumps(held.info, ensure_ascii=False).encode("utf-8")
    os.ftruncate(held.fd, 0)
    os.pwrite(held.fd, payload, 0)


def update_holder(data_root: Path, **info: Any) -> None:
    """Add facts to the holder record (the run id once known, the Prefect slot lease …)."""
    with _registry:
        held = _held.get(Path(data_root).resolve())
        if held is None:
            raise RuntimeError(f"the writer lock of {data_root} is not held by this process")
        held.info.update(info)
        _write_info(held)


@contextlib.contextmanager
def writer_lock(
    data_root: Path,
    *,
    wait_seconds: float = 0.0,
    what: str = "a writer",
    run_id: str | None = None,
    on_wait: Callable[[str], None] | None = None,
    poll_seconds: float = 0.5,
) -> Iterator[dict[str, Any]]:
    """Hold the writer lock of ``data_root`` for the block; yield the previous holder's record
    (what the file said before we took it: a dead run's slot lease, for instance).

    Waits up to ``wait_seconds`` for another process to let go, calling ``on_wait`` once with a line
    saying for whom; raises :class:`WriterLockTimeout` (naming the holder) when it does not."""
    root = Path(data_root).resolve()
    with _registry:
        held = _held.get(root)
        if held is not None:
            held.count += 1
    if held is not None:
        try:
            yield {}
        finally:
            _release(root)
        return
    root.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock_path(root), os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    try:
        _acquire(fd, root, wait_seconds, what, run_id, on_wait, poll_seconds)
    except BaseException:
        os.close(fd)
        raise
    previous = read_holder(root)
    held = _Held(fd=fd, path=lock_path(root), count=1, info={
        "pid": os.getpid(), "host": socket.gethostname(), "what": what, "run_id": run_id,
        "since": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC"),
        # A slot lease a dead run left is carried forward until a run releases it (a `gxt db publish`
        # in between must not make it forgotten).
        "slot_lease": previous.get("slot_lease"),
    })
    _write_info(held)
    with _registry:
        _held[root] = held
    try:
        yield previous
    finally:
        _release(root)


def _acquire(
    fd: int, root: Path, wait_seconds: float, what: str, run_id: str | None,
    on_wait: Callable[[str], None] | None, poll_seconds: float,
) -> None:
    deadline = time.monotonic() + wait_seconds
    told = False
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            pass
        holder = describe_holder(read_holder(root))
        if time.monotonic() >= deadline:
            raise WriterLockTimeout(
                f"the warehouse in {root} is being written by {holder}; gave up after {wait_seconds:.0f} s. "
                f"Wait for it to finish (or stop it), then try again. The lock is {lock_path(root)}; it is "
                "released when that process ends, so a stale lock is never the cause."
            )
        if not told and on_wait is not None:
            mine = f"run {run_id}" if run_id else what
            on_wait(f"{mine} waits (up to {wait_seconds:.0f} s) for the warehouse writer lock in {root}, held by {holder}")
            told = True
        time.sleep(min(poll_seconds, max(0.0, deadline - time.monotonic())) or 0.01)


def _release(root: Path) -> None:
    with _registry:
        held = _held[root]
        held.count -= 1
        if held.count > 0:
            return
        del _held[root]
    # The record stays in the file (the next holder reads the slot lease we may have left behind);
    # it is marked as released so nobody mistakes it for a live holder.
    with contextlib.suppress(OSError):
        held.info["released"] = True
        _write_info(held)
    with contextlib.suppress(OSError):
        fcntl.flock(held.fd, fcntl.LOCK_UN)
    os.close(held.fd)
