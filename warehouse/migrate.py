"""Ordered SQL migrations: ``warehouse/migrations/NNN_name.sql``, applied once each, recorded in ``schema_version``.

A migration is plain SQL without BEGIN/COMMIT; each runs in its own transaction together with the
row that records it, so a failed migration leaves the schema as it was. Never edit a migration that
has shipped: add the next number.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import duckdb

from warehouse.connection import transaction

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_NAME = re.compile(r"^(\d{3})_([a-z0-9_]+)\.sql$")

_SCHEMA_VERSION_DDL = """
CREATE TABLE IF NOT EXISTS schema_version (
    version     INTEGER PRIMARY KEY,
    name        VARCHAR NOT NULL,
    applied_at  TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE schema_version IS 'One row per migration applied (warehouse/migrations/NNN_name.sql).';
COMMENT ON COLUMN schema_version.version IS 'The migration number NNN.';
COMMENT ON COLUMN schema_version.name IS 'The migration file name.';
COMMENT ON COLUMN schema_version.applied_at IS 'When it was applied.';
"""


@dataclass(frozen=True)
class Migration:
    version: int
    path: Path

    @property
    def name(self) -> str:
        return self.path.name


def available_migrations(directory: Path = MIGRATIONS_DIR) -> list[Migration]:
    """The migration files in order; a misnamed or duplicate-numbered file is an error, not skipped."""
    found: dict[int, Migration] = {}
    for path in sorted(directory.glob("*.sql")):
        match = _NAME.match(path.name)
        if not match:
            raise ValueError(f"migration file {path.name} is not named NNN_lowercase_name.sql")
        version = int(match.group(1))
        if version in found:
            raise ValueError(f"two migrations numbered {version:03d}: {found[version].name}, {path.name}")
        found[version] = Migration(version, path)
    return [found[v] for v in sorted(found)]


def applied_versions(con: duckdb.DuckDBPyConnection) -> list[int]:
    exists = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'schema_version' AND schema_name = 'main'"
    ).fetchone()[0]
    if not exists:
        return []
    return [row[0] for row in con.execute("SELECT version FROM schema_version ORDER BY version").fetchall()]


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    versions = applied_versions(con)
    return versions[-1] if versions else 0


def migrate(con: duckdb.DuckDBPyConnection, directory: Path = MIGRATIONS_DIR) -> list[str]:
    """Apply every migration not yet recorded; return the names applied (empty when up to date)."""
    con.execute(_SCHEMA_VERSION_DDL)
    done = set(applied_versions(con))
    available = available_migrations(directory)
    latest_known = max((m.version for m in available), default=0)
    if done and max(done) > latest_known:
        raise RuntimeError(
            f"the warehouse is at schema version {max(done)}, newer than this code knows ({latest_known}): "
            "update gxt before loading into it"
        )
    applied: list[str] = []
    for migration in available:
        if migration.version in done:
            continue
        with transaction(con):
            con.execute(migration.path.read_text(encoding="utf-8"))
            con.execute(
                "INSERT INTO schema_version VALUES (?, ?, now())", [migration.version, migration.name]
            )
        applied.append(migration.name)
    return applied
