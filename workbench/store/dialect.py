"""What differs between SQLite and PostgreSQL, in one place.

- Write transactions. SQLite: pysqlite's own implicit BEGIN is switched off
  and every transaction begins with an explicit ``BEGIN`` we emit: ``BEGIN
  IMMEDIATE`` for writes, which takes the database's write lock at once (a
  second writer waits up to the busy timeout), so what a writer reads is
  what it overwrites. PostgreSQL runs READ COMMITTED and writers lock the
  rows they build on with ``SELECT … FOR UPDATE``; each statement after the
  lock sees every commit made before it.
- First-time migration: SQLite serialises it with ``BEGIN IMMEDIATE``,
  PostgreSQL with a transaction-scoped advisory lock.
- Input: PostgreSQL refuses text holding NUL and strings longer than their
  column; SQLite would store both. `check_row` applies PostgreSQL's rules on
  both, before anything is written, with one message in the user's words.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Engine, String, Table, event, inspect, text
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError

from workbench.model import InputError, StoreError

WRITE = "workbench_write"
BUSY_SECONDS = 10
# Any fixed number: the advisory lock every migrating process of one server takes.
MIGRATION_LOCK = 0x77_6F_72_6B  # "work"

# Column names as a user knows them, for messages.
FIELD_NAMES = {
    ("beads", "reviewer"): "reviewer name",
    ("events", "actor"): "reviewer name",
    ("beads", "origin"): "origin (x-origin-detail)",
    ("beads", "status"): "bead status",
    ("beads", "fr_text"): "French text",
    ("beads", "cp_text"): "counterpart text",
    ("beads", "note"): "note",
    ("segments", "text"): "sentence",
    ("documents", "name"): "document name",
    ("alignments", "aligner"): "aligner name",
    ("translations", "model"): "model name",
    ("unsaved_texts", "reviewer"): "reviewer name",
    ("unsaved_texts", "client"): "browser tab id",
    ("unsaved_texts", "fr"): "French text",
    ("unsaved_texts", "cp"): "counterpart text",
}


def is_sqlite(url_or_engine: str | Engine | Connection) -> bool:
    if isinstance(url_or_engine, str):
        return url_or_engine.startswith("sqlite")
    return url_or_engine.dialect.name == "sqlite"


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # We emit BEGIN ourselves (see `_sqlite_begin`), so pysqlite must not.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    # WAL lets the review app read while the CLI writes; the busy timeout makes
    # a writer wait for another instead of failing at once.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_SECONDS * 1000}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    mode = "IMMEDIATE" if conn.get_execution_options().get(WRITE) else "DEFERRED"
    conn.exec_driver_sql(f"BEGIN {mode}")


def configure(engine: Engine) -> None:
    """Install the per-connection settings and the explicit BEGIN on a SQLite engine."""
    if is_sqlite(engine):
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)


def writer(engine: Engine) -> Engine:
    """The same engine, whose transactions take the write lock at BEGIN on SQLite."""
    return engine.execution_options(**{WRITE: True})


def lock_migrations(conn: Connection) -> None:
    """Make concurrent first-time migrations wait for each other (call inside the transaction)."""
    if not is_sqlite(conn):
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})


def id_high_water(conn: Connection, table: str) -> int:
    """The highest ``id`` the table ever gave: its counter (SQLite's ``sqlite_sequence``
    for an AUTOINCREMENT table, a PostgreSQL sequence), or its largest id if more."""
    largest = conn.execute(text(f'SELECT max(id) FROM "{table}"')).scalar() or 0
    if is_sqlite(conn):
        counted = conn.execute(
            text("SELECT seq FROM sqlite_sequence WHERE name = :t"), {"t": table}
        ).scalar()
    else:
        counted = conn.execute(
            text("SELECT pg_sequence_last_value(pg_get_serial_sequence(:t, 'id')::regclass)"),
            {"t": table},
        ).scalar()
    return max(int(largest), int(counted or 0))


def set_id_high_water(conn: Connection, table: Table, mark: int) -> None:
    """Make the table's next new id ``mark + 1``, as in the store it was copied from.

    On SQLite only an AUTOINCREMENT table keeps a counter (the others take their
    largest id + 1, which the copied rows give them already)."""
    if mark < 1:
        return
    if not is_sqlite(conn):
        conn.execute(
            text("SELECT setval(pg_get_serial_sequence(:t, 'id'), :mark)"),
            {"t": table.name, "mark": mark},
        )
    elif table.kwargs.get("sqlite_autoincrement"):
        conn.execute(text("DELETE FROM sqlite_sequence WHERE name = :t"), {"t": table.name})
        conn.execute(
            text("INSERT INTO sqlite_sequence (name, seq) VALUES (:t, :mark)"),
            {"t": table.name, "mark": mark},
        )


def one_line(exc: SQLAlchemyError) -> str:
    """The driver's own message, first line only, without SQLAlchemy's SQL and parameters."""
    orig = getattr(exc, "orig", None)
    message = str(orig if orig is not None else exc).strip()
    return message.splitlines()[0] if message else type(exc).__name__


def translate(exc: SQLAlchemyError, url: str) -> StoreError:
    """A database error as one line for the user."""
    if isinstance(exc, OperationalError) and "locked" in str(exc):
        return StoreError(
            f"the database {url} stayed busy for {BUSY_SECONDS} s (another workbench is "
            "writing to it): try again"
        )
    if isinstance(exc, IntegrityError):
        return Clash(f"database refused a duplicate on {url}: {one_line(exc)}")
    if out_of_space(exc):
        return StoreError(
            f"the database {url} could not be written ({one_line(exc)}): its disk is full, "
            "the file reached a size limit, or the disk failed; the change under way was "
            "rolled back, nothing of it stored: free some space, then run it again"
        )
    error = StoreError(f"database error on {url}: {one_line(exc)}")
    error.connection_lost = bool(getattr(exc, "connection_invalidated", False))
    return error


# What each driver says when a write finds no room. SQLite: SQLITE_FULL ("database or disk
# is full"), or SQLITE_IOERR ("disk I/O error") for a file past its size limit (EFBIG);
# PostgreSQL: SQLSTATE 53100 (disk_full), "could not extend file … No space left on device".
_NO_ROOM = ("database or disk is full", "disk I/O error", "No space left on device")


def out_of_space(exc: SQLAlchemyError) -> bool:
    """Whether ``exc`` is a write that found no room (`_NO_ROOM`)."""
    orig = getattr(exc, "orig", None)
    if getattr(orig, "sqlstate", None) == "53100":
        return True
    return isinstance(exc, OperationalError) and any(m in str(orig) for m in _NO_ROOM)


class Clash(StoreError):
    """A unique constraint refused a row another transaction wrote first."""


def check_row(obj: Any) -> None:
    """Refuse a row PostgreSQL would refuse: NUL or lone surrogates in text, overlong strings."""
    mapper = inspect(obj).mapper
    table = mapper.local_table.name
    for column in mapper.columns:
        value = getattr(obj, column.key, None)
        if value is None:
            continue
        name = FIELD_NAMES.get((table, column.key), f"{table} {column.key}")
        for s in _strings(value):
            check_text(s, name)
        limit = column.type.length if isinstance(column.type, String) else None
        if isinstance(value, str) and limit is not None and len(value) > limit:
            raise too_long(name, value, limit)


def too_long(name: str, value: str, length: int) -> InputError:
    """The refusal of a ``value`` longer than its column's ``length`` (characters)."""
    return InputError(
        f"{name} is {len(value)} characters long, more than the {length} the "
        f"workbench stores: shorten it ({value[:40]!r}…)"
    )


def check_text(s: str, name: str) -> None:
    if "\x00" in s:
        raise InputError(
            f"{name} holds a NUL character (\\x00), which the database cannot store: "
            f"remove it ({s[:40]!r})"
        )
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        raise InputError(
            f"{name} holds an unpaired surrogate, which is not text: fix the input's "
            f"encoding ({s[:40]!r})"
        ) from None


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (*_strings(k), *_strings(v))]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _strings(v)]
    return []
