"""The crawlers' loopback mirror with site-wide faults a test can switch on and off."""
from __future__ import annotations

import contextlib
from collections.abc import Iterator

import pytest


class BreakableMirror:
    """The crawlers' loopback mirror, with site-wide faults a test can switch on and off."""

    def __init__(self, server, hosts: dict[str, set[str]]) -> None:
        self.server = server
        self.hosts = hosts
        self._shipped_rules = list(server.rules)

    @property
    def url(self) -> str:
        return self.server.url

    def answer(self, site: str, status: int, body: str) -> None:
        """Make every URL of ``site`` answer ``status`` with ``body``."""
        from crawlers.mirror.server import Rule

        for host in self.hosts[site]:
            self.server.rules.insert(0, Rule(host=host, path_prefix="/", status=status, body=body))

    def heal(self) -> None:
        self.server.rules[:] = self._shipped_rules


@contextlib.contextmanager
def breakable_mirror(hosts: dict[str, set[str]]) -> Iterator[BreakableMirror]:
    """A running mirror that the flows crawl when called with ``mirror=True``."""
    from crawlers.mirror import MirrorServer

    from flows.pipeline import collect

    with MirrorServer() as server, pytest.MonkeyPatch.context() as patch:

        @contextlib.contextmanager
        def this_mirror(enabled: bool) -> Iterator[str | None]:
            yield server.url if enabled else None

        patch.setattr(collect, "mirror_url", this_mirror)
        yield BreakableMirror(server, hosts)
