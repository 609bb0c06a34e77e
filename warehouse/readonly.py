"""Reading the published copy: the sandbox ``gxt query`` runs in, and the list of its relations
(the export itself is ``warehouse/export.py``).

``gxt query`` runs whatever SQL an analyst types, so it runs in a sandbox that DuckDB itself
enforces, whatever the statement check below lets through:

- the published copy opened read-only, automatic extension install and load off;
- external access off: no file is read or written but the database itself (no ``COPY … TO``,
  ``read_text``/``read_csv``/``read_blob``/``glob``, ``ATTACH``, ``http://`` paths, ``INSTALL``/``LOAD``);
- a memory limit, and spilling into a temporary directory of its own (outside ``published/``, removed
  afterwards) capped in size: a runaway join fails with a message instead of filling the disk;
- the configuration locked, so no statement can undo any of this;
- a time limit: DuckDB has none of its own, so a timer thread interrupts the connection.

The bundled full-text search extension (``warehouse.extensions``) is loaded before the lock, and
only when the SQL searches (LOAD costs ~0.3 s).

The statement check comes first and says clearly what is refused: every statement must be a read
(SELECT, FROM, WITH, VALUES, PIVOT/UNPIVOT, DESCRIBE, SHOW, SUMMARIZE, the ``PRAGMA`` forms of those,
and EXPLAIN of one of them); ``EXPLAIN ANALYZE`` runs its statement, so it is refused.
"""
from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb

from warehouse.connection import open_published
from warehouse.extensions import ExtensionMissing, load_bundled, needed_extensions

# Limits of one `gxt query`, each overridable by the environment variable in brackets.
MEMORY_LIMIT = "2GB"  # [GXT_QUERY_MEMORY_LIMIT]
TEMP_LIMIT = "4GB"  # [GXT_QUERY_TEMP_LIMIT] spilled to a temporary directory outside published/
TIMEOUT_SECONDS = 300.0  # [GXT_QUERY_TIMEOUT_SECONDS] for all the statements of one call

_EXPLAIN = re.compile(r"^\s*EXPLAIN\b\s*(?:\((?P<options>[^)]*)\)\s*)?(?P<analyze>ANALY[SZ]E\b)?\s*", re.IGNORECASE)


class WriteRefused(PermissionError):
    """A statement given to ``gxt query`` would change something (or run something that does)."""


class QueryTimedOut(duckdb.Error):
    """The query ran past its time limit and was interrupted."""


@dataclass(frozen=True)
class SandboxLimits:
    memory_limit: str = MEMORY_LIMIT
    temp_limit: str = TEMP_LIMIT
    timeout_seconds: float = TIMEOUT_SECONDS

    @classmethod
    def from_env(cls) -> "SandboxLimits":
        return cls(
            memory_limit=os.environ.get("GXT_QUERY_MEMORY_LIMIT") or MEMORY_LIMIT,
            temp_limit=os.environ.get("GXT_QUERY_TEMP_LIMIT") or TEMP_LIMIT,
            timeout_seconds=float(os.environ.get("GXT_QUERY_TIMEOUT_SECONDS") or TIMEOUT_SECONDS),
        )


def _refusal(con: duckdb.DuckDBPyConnection, statement: duckdb.Statement) -> str | None:
    """Why ``statement`` may not run, or None when it only reads."""
    kind = statement.type.name
    if kind == "SELECT":
        return None
    if kind == "CREATE" and not statement.query.strip():
        # A PIVOT without an IN list expands to an enum type made by DuckDB itself, then its SELECT:
        # a user's own CREATE always has text.
        return None
    if kind == "EXPLAIN":
        match = _EXPLAIN.match(statement.query)
        if match is None:
            return "an EXPLAIN this check cannot read"
        if match.group("analyze") or "ANALY" in (match.group("options") or "").upper():
            return "EXPLAIN ANALYZE, which runs the statement it explains (plain EXPLAIN shows the plan)"
        inner = con.extract_statements(statement.query[match.end():])
        for explained in inner:
            reason = _refusal(con, explained)
            if reason:
                return f"EXPLAIN of {reason}"
        return None
    return f"a {kind} statement, which would change the warehouse, the session or a file"


def check_read_only(con: duckdb.DuckDBPyConnection, sql: str) -> list[duckdb.Statement]:
    """Parse ``sql`` and return its statements, or raise :class:`WriteRefused` naming the first
    statement that is not a read. A syntax error is raised as DuckDB reports it."""
    statements = con.extract_statements(sql)
    if not statements:
        raise ValueError("no SQL statement given")
    for statement in statements:
        reason = _refusal(con, statement)
        if reason:
            raise WriteRefused(
                f"gxt query only reads: this is {reason}. The published copy is read-only and the query "
                "runs without file or network access; data gets in through the flows (gxt run)."
            )
    return statements


@contextlib.contextmanager
def sandbox(
    published: Path, limits: SandboxLimits | None = None, extensions: tuple[str, ...] = ()
) -> Iterator[duckdb.DuckDBPyConnection]:
    """The published copy opened for untrusted SQL (see the module's docstring), with the bundled
    ``extensions`` (fts for ``match_notices``) loaded before the configuration is locked."""
    limits = limits or SandboxLimits.from_env()
    temp = tempfile.mkdtemp(prefix="gxt-query-")
    try:
        con = open_published(published, config={
            "autoinstall_known_extensions": False,
            "autoload_known_extensions": False,
            "memory_limit": limits.memory_limit,
            "temp_directory": temp,
            "max_temp_directory_size": limits.temp_limit,
        })
        try:
            with contextlib.suppress(ExtensionMissing):  # not installed: the query says what is missing
                load_bundled(con, extensions)
            con.execute("SET enable_external_access = false")
            con.execute("SET lock_configuration = true")
            yield con
        finally:
            con.close()
    finally:
        shutil.rmtree(temp, ignore_errors=True)


@contextlib.contextmanager
def time_limit(con: duckdb.DuckDBPyConnection, seconds: float) -> Iterator[None]:
    """Interrupt ``con`` after ``seconds``; a query it stops raises :class:`QueryTimedOut`."""
    fired = threading.Event()

    def stop() -> None:
        fired.set()
        con.interrupt()

    timer = threading.Timer(seconds, stop)
    timer.daemon = True
    timer.start()
    try:
        yield
    except duckdb.InterruptException as err:
        if fired.is_set():
            raise QueryTimedOut(
                f"the query ran past its time limit of {seconds:g} s and was stopped "
                "(GXT_QUERY_TIMEOUT_SECONDS sets the limit)"
            ) from err
        raise
    finally:
        timer.cancel()


def run_script(
    published: Path,
    sql: str,
    variables: dict[str, object] | None = None,
    *,
    limits: SandboxLimits | None = None,
) -> list[tuple[list[str], list[tuple]]]:
    """Run read-only SQL in the sandbox; return every statement's column names and rows, in order.
    ``variables`` are set first (``SET VARIABLE``), for the SQL to read with ``getvariable``."""
    limits = limits or SandboxLimits.from_env()
    with sandbox(published, limits, needed_extensions(sql)) as con:  # fts only when the SQL searches
        statements = check_read_only(con, sql)
        for name, value in (variables or {}).items():
            con.execute(f'SET VARIABLE "{name}" = ?', [value])
        results = []
        with time_limit(con, limits.timeout_seconds):
            for statement in statements:
                cursor = con.execute(statement)
                columns = [d[0] for d in cursor.description] if cursor.description else []
                results.append((columns, cursor.fetchall()))
        return results


def run_query(published: Path, sql: str, *, limits: SandboxLimits | None = None) -> tuple[list[str], list[tuple]]:
    """Run read-only SQL in the sandbox; return the last statement's column names and rows."""
    return run_script(published, sql, limits=limits)[-1]


def relations(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
    """(name, 'table'|'view') of every user table and view of the main schema."""
    return con.execute(
        """
        SELECT table_name, 'table' FROM duckdb_tables() WHERE schema_name = 'main' AND NOT temporary
        UNION ALL
        SELECT view_name, 'view' FROM duckdb_views() WHERE schema_name = 'main' AND NOT internal AND NOT temporary
        ORDER BY 2, 1
        """
    ).fetchall()
