"""Progress of a flow run for whoever runs it in this process (``gxt run`` shows a live display).

The flows call :func:`stage`, :func:`advance` and :func:`site`; without a listener these do
nothing, so a scheduled run pays nothing for them. Prefect's own logs and UI remain the record
of a run.
"""
from __future__ import annotations

from typing import Protocol


class Listener(Protocol):
    def stage(self, name: str, total: int | None) -> None: ...

    def advance(self, step: int = 1) -> None: ...

    def site(self, name: str, verdict: str, pages: int) -> None: ...


_listener: Listener | None = None


def set_listener(listener: Listener | None) -> None:
    global _listener
    _listener = listener


def stage(name: str, total: int | None = None) -> None:
    if _listener is not None:
        _listener.stage(name, total)


def advance(step: int = 1) -> None:
    if _listener is not None:
        _listener.advance(step)


def site(name: str, verdict: str, pages: int = 0) -> None:
    """One site's crawl is over: ``verdict`` is ok, broken or not_configured (site_health)."""
    if _listener is not None:
        _listener.site(name, verdict, pages)
