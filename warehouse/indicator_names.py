"""The alias file in the warehouse: the ``indicator_aliases`` table and ``indicators.canonical_name``."""
from __future__ import annotations

import duckdb
import pyarrow as pa

from warehouse.aliases import AliasTable
from warehouse.connection import transaction

_META_KEY = "aliases_sha256"


def name_mapping(names: list[str], aliases: AliasTable) -> pa.Table:
    """An Arrow table (name, canonical_name, compared_with, stock_kind) for the given distinct names, for joins
    in bulk; compared_with and stock_kind are what the name itself says (规上工业增加值增速高于全国 → 全国,
    新增智能工厂 → new), or NULL."""
    resolved = [aliases.resolve(n) for n in names]
    return pa.table(
        {
            "name": pa.array(names, pa.string()),
            "canonical_name": pa.array([r[0] for r in resolved], pa.string()),
            "compared_with": pa.array([r[1] for r in resolved], pa.string()),
            "stock_kind": pa.array([aliases.stock_kind(n) for n in names], pa.string()),
        }
    )


def store_themes(con: duckdb.DuckDBPyConnection, canonical_names: list[str], aliases: AliasTable) -> None:
    """Write the theme of each canonical name that has one (listed, or by a word) to indicator_themes."""
    rows = {name: aliases.theme(name) for name in canonical_names}
    rows = {name: theme for name, theme in rows.items() if theme}
    if not rows:
        return
    con.register("_themes", pa.table({"canonical_name": list(rows), "theme": list(rows.values())}))
    con.execute(
        "INSERT INTO indicator_themes SELECT canonical_name, theme FROM _themes "
        "ON CONFLICT (canonical_name) DO UPDATE SET theme = excluded.theme"
    )
    con.unregister("_themes")


def applied_sha256(con: duckdb.DuckDBPyConnection) -> str | None:
    row = con.execute("SELECT value FROM warehouse_meta WHERE key = ?", [_META_KEY]).fetchone()
    return row[0] if row else None


def apply_aliases(con: duckdb.DuckDBPyConnection, aliases: AliasTable) -> int:
    """Store the alias table and the themes, and recompute every stored canonical name, in one transaction.

    Returns the number of indicator rows whose canonical name changed.
    """
    entries = pa.table(
        {
            "alias_key": list(aliases.entries),
            "alias": [alias for alias, _ in aliases.entries.values()],
            "canonical_name": [canonical for _, canonical in aliases.entries.values()],
        }
    )
    with transaction(con):
        con.execute("DELETE FROM indicator_aliases")
        con.register("_alias_entries", entries)
        con.execute("INSERT INTO indicator_aliases SELECT alias_key, alias, canonical_name FROM _alias_entries")
        con.unregister("_alias_entries")
        names = [row[0] for row in con.execute("SELECT DISTINCT name FROM indicators").fetchall()]
        con.register("_name_map", name_mapping(names, aliases))
        changed = con.execute(
            """
            UPDATE indicators SET canonical_name = m.canonical_name,
                                  compared_with = coalesce(indicators.compared_with, m.compared_with),
                                  stock_kind = coalesce(indicators.stock_kind, m.stock_kind)
            FROM _name_map AS m
            WHERE indicators.name = m.name
              AND (indicators.canonical_name IS DISTINCT FROM m.canonical_name
                   OR (indicators.compared_with IS NULL AND m.compared_with IS NOT NULL)
                   OR (indicators.stock_kind IS NULL AND m.stock_kind IS NOT NULL))
            """
        ).fetchone()[0]
        con.unregister("_name_map")
        con.execute("DELETE FROM indicator_themes")
        stored = [row[0] for row in con.execute("SELECT DISTINCT canonical_name FROM indicators").fetchall()]
        store_themes(con, [*aliases.themes, *stored], aliases)
        con.execute(
            "INSERT INTO warehouse_meta VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [_META_KEY, aliases.sha256],
        )
    return int(changed)


def ensure_aliases_current(con: duckdb.DuckDBPyConnection, aliases: AliasTable) -> int | None:
    """Re-apply the alias file when it changed since it was last applied; None when it had not."""
    if applied_sha256(con) == aliases.sha256:
        return None
    return apply_aliases(con, aliases)
