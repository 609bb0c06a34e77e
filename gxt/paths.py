"""Where gxt keeps its state: one data directory (``./data`` unless ``GXT_DATA`` or ``--data`` says otherwise).

Layout under the data directory::

    warehouse.duckdb           the writer's file (only the flows' load step opens it)
    published/gxt.duckdb       the read copy every query opens (replaced atomically after each load)
    raw/<run_id>/<site>.jsonl.gz, raw/<run_id>/<site>.report.json
                               what each crawl fetched, and what went wrong
    parsed/<run_id>.jsonl      parsed notices waiting to be loaded
    state/seen.json            the seen set and watermarks handed to the spiders
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DATA_DIR = "data"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data directory: ``override`` (``--data``), else ``$GXT_DATA``, else ``./data``."""
    chosen = override or os.environ.get("GXT_DATA") or DEFAULT_DATA_DIR
    return Path(chosen).expanduser().resolve()


@dataclass(frozen=True)
class DataPaths:
    root: Path

    @classmethod
    def at(cls, override: str | os.PathLike[str] | None = None) -> "DataPaths":
        return cls(data_dir(override))

    @property
    def warehouse(self) -> Path:
        return self.root / "warehouse.duckdb"

    @property
    def published(self) -> Path:
        return self.root / "published" / "gxt.duckdb"

    @property
    def raw(self) -> Path:
        return self.root / "raw"

    @property
    def parsed(self) -> Path:
        return self.root / "parsed"

    @property
    def state(self) -> Path:
        return self.root / "state"

    def run_raw_dir(self, run_id: str) -> Path:
        return self.raw / run_id
