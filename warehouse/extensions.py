"""DuckDB extensions from PyPI packages, loaded offline.

The ``duckdb-ext-fts`` and ``duckdb-ext-excel`` packages (pinned to the duckdb version in
constraints.txt) put ``<name>.duckdb_extension`` under ``site-packages/duckdb_ext/extensions/
v<duckdb>/<platform>/``, which is DuckDB's own extension-directory layout. Pointing
``extension_directory`` there makes ``LOAD fts`` work without the network; automatic install and
load stay off, so nothing is ever downloaded. Call :func:`load_bundled` before a sandbox locks the
connection's configuration.
"""
from __future__ import annotations

import importlib.metadata
import re
from pathlib import Path

import duckdb

from warehouse.connection import path_literal


class ExtensionMissing(RuntimeError):
    """The PyPI package of an extension is not installed (or not for this duckdb version)."""


def extension_directory(name: str) -> Path:
    """The ``duckdb_ext/extensions`` folder of the installed ``duckdb-ext-<name>`` package."""
    try:
        dist = importlib.metadata.distribution(f"duckdb-ext-{name}")
    except importlib.metadata.PackageNotFoundError:
        raise ExtensionMissing(
            f"the DuckDB extension {name!r} is not installed: pip install -c constraints.txt duckdb-ext-{name}"
        ) from None
    folder = Path(str(dist.locate_file("duckdb_ext/extensions")))
    expected = folder / f"v{duckdb.__version__}"
    if not any(expected.glob(f"*/{name}.duckdb_extension")):
        raise ExtensionMissing(
            f"duckdb-ext-{name} {dist.version} has no build for duckdb {duckdb.__version__} in {folder}; "
            "install the version pinned in constraints.txt"
        )
    return folder


def load_bundled(con: duckdb.DuckDBPyConnection, names: tuple[str, ...] = ("fts",)) -> None:
    """LOAD each extension from its PyPI package, offline (never downloads anything).

    All packages share one folder layout, so one ``extension_directory`` serves them all."""
    con.execute("SET autoinstall_known_extensions = false")
    con.execute("SET autoload_known_extensions = false")
    for name in names:
        con.execute(f"SET extension_directory = {path_literal(extension_directory(name))}")
        con.execute(f"LOAD {name}")


# SQL that uses full-text search: the macro, the index's own schema, or fts functions.
_USES_FTS = re.compile(r"match_notices|fts_main_|match_bm25|\bstem\s*\(", re.IGNORECASE)


def needed_extensions(sql: str) -> tuple[str, ...]:
    """The bundled extensions ``sql`` needs: ("fts",) when it searches, else none. LOAD fts costs
    ~0.3 s, so a query that does not search does not pay it."""
    return ("fts",) if _USES_FTS.search(sql) else ()
