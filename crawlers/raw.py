"""Raw pages as gzip JSON Lines: one object per fetched detail page (format in the README).

Each record is flushed as it is written, so a crawl killed half-way leaves every page it
finished readable; ``read_raw_pages`` stops quietly at a torn tail.
"""
from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO


class RawWriter:
    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._file: BinaryIO = open(path, "wb")  # noqa: SIM115 - closed in close()
        self._gzip = gzip.GzipFile(fileobj=self._file, mode="wb")
        self.count = 0

    def write(self, record: dict[str, Any]) -> None:
        self._gzip.write((json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8"))
        self._gzip.flush(zlib.Z_SYNC_FLUSH)
        self._file.flush()
        self.count += 1

    def close(self) -> None:
        self._gzip.close()
        self._file.close()


def read_raw_pages(path: str | Path) -> Iterator[dict[str, Any]]:
    """Every complete record of a raw file, including one a killed crawl left unfinished."""
    with gzip.open(path, "rb") as handle:
        try:
            for line in handle:
                if line.endswith(b"\n"):
                    yield json.loads(line)
        except (EOFError, gzip.BadGzipFile, zlib.error):
            return
