"""A whole store copied into another, empty one: every table, every event, ids kept.

Moving a project between SQLite and PostgreSQL through an export and an import
keeps the beads but not their history: the log then reads `cli ingest`, `cli
align`. This copies the rows themselves, table by table in the order the
schema's foreign keys give (`Base.metadata.sorted_tables`), with SQLAlchemy's
executemany inserts, so a new table needs nothing here.

The source is read in one snapshot (SQLite: one read transaction; PostgreSQL:
REPEATABLE READ), so reviewers may go on working while it is copied: the copy
holds the store as it was when the copy began. The target is written in one
transaction: a copy killed or refused half-way leaves the target without a
row (its schema, made first, stays: an empty store, which a second copy
accepts). Ids are kept and so is each id counter's high-water mark (SQLite's
``sqlite_sequence``, PostgreSQL's sequences): a bead or event id is never
given twice, in the target as in the source (undo brings beads back by id).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, Table, bindparam, func, select
from sqlalchemy.exc import SQLAlchemyError

from workbench.model import StoreError
from workbench.store import dialect
from workbench.store import engine as _engine
from workbench.store.schema import Base

CHUNK = 2000  # rows per executemany: memory stays flat on a store of millions of rows

# (table name, rows copied so far, rows in the table): called before a table and per chunk
Progress = Callable[[str, int, int], None]


def tables() -> list[Table]:
    """The store's tables, each after those its foreign keys point to."""
    return list(Base.metadata.sorted_tables)


def check_copy(source: str, target: str) -> tuple[str, str]:
    """The two URLs of a copy from ``source`` to ``target`` (as `copy_store` takes them).
    Raises StoreError when they name the same database, or when ``source`` is a SQLite
    file that does not exist (opening it would make an empty store)."""
    source_url, target_url = _engine.resolve_url(source), _engine.resolve_url(target)
    if source_url == target_url:
        raise StoreError(f"{target}: the target is the source; copy into another database")
    path = _engine.sqlite_file(source_url)
    if path is not None and not path.is_file():
        raise StoreError(
            f"{path}: no such database to copy; the argument is the store to copy into: "
            "`workbench copy-store TARGET --db SOURCE`"
        )
    return source_url, target_url


def copy_store(source: str, target: str, progress: Progress | None = None) -> dict[str, int]:
    """Copy every row of the store at ``source`` into the empty store at ``target``
    (URLs or SQLite paths, as --db takes them); the rows copied per table.

    Raises StoreError, nothing written, when the target holds any row, when both
    name the same database, or when either cannot be opened.
    """
    source_url, target_url = check_copy(source, target)
    reader, writer = _opened(source_url), _opened(target_url)
    try:
        with _snapshot(reader) as read, dialect.writer(writer).begin() as write:
            _refuse_rows(write, target)
            counts = {t.name: _count(read, t) for t in tables()}
            for table in tables():
                _copy_table(read, write, table, counts[table.name], progress)
            for table in tables():
                if _counter_column(table):
                    mark = dialect.id_high_water(read, table.name)
                    dialect.set_id_high_water(write, table, mark)
        return counts
    except SQLAlchemyError as exc:
        raise StoreError(
            f"copying {source} into {target} failed, nothing was written: {dialect.one_line(exc)}"
        ) from exc
    finally:
        reader.dispose()
        writer.dispose()


def _opened(url: str) -> Engine:
    """An engine on ``url`` whose schema is the newest (the target's made if new)."""
    engine = _engine.make_engine(url)
    if not _engine.schema_is_current(engine):
        _engine.migrate(engine, url)
    return engine


@contextmanager
def _snapshot(engine: Engine) -> Iterator[Connection]:
    """A connection whose reads all see the store as it was at the first one."""
    options: dict[str, Any] = (
        {} if dialect.is_sqlite(engine) else {"isolation_level": "REPEATABLE READ"}
    )
    with engine.connect().execution_options(**options) as conn, conn.begin():
        yield conn


def _count(conn: Connection, table: Table) -> int:
    return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def _refuse_rows(conn: Connection, target: str) -> None:
    held = {t.name: n for t in tables() if (n := _count(conn, t))}
    if held:
        what = ", ".join(f"{n} {name}" for name, n in held.items())
        raise StoreError(
            f"{target} is not empty ({what}): copy into a new SQLite file or a new, "
            "empty PostgreSQL database; nothing was written"
        )


def _counter_column(table: Table) -> bool:
    """True when the table's key is one integer ``id`` that the database counts up."""
    keys = list(table.primary_key.columns)
    return len(keys) == 1 and keys[0].name == "id"


def _self_references(table: Table) -> list[str]:
    """Columns that point into their own table (a document's original): written after
    every row is in, since a row may name one inserted later."""
    return [c.name for c in table.columns if any(fk.column.table is table for fk in c.foreign_keys)]


def _copy_table(
    read: Connection, write: Connection, table: Table, total: int, progress: Progress | None
) -> None:
    later = _self_references(table)
    statement = select(table).order_by(*table.primary_key.columns)
    rows = read.execute(statement.execution_options(yield_per=CHUNK))
    pointing: dict[str, list[dict[str, Any]]] = {name: [] for name in later}
    done = 0
    if progress is not None:
        progress(table.name, done, total)
    for chunk in rows.partitions():
        values = [dict(row._mapping) for row in chunk]
        write.execute(table.insert(), [{**v, **dict.fromkeys(later)} for v in values])
        for name in later:
            pointing[name] += [{"row_id": v["id"], "value": v[name]} for v in values if v[name]]
        done += len(values)
        if progress is not None:
            progress(table.name, done, total)
    for name, pairs in pointing.items():
        if pairs:
            by_id = table.update().where(table.c.id == bindparam("row_id"))
            write.execute(by_id.values({name: bindparam("value")}), pairs)
