"""Rows inserted a column at a time (`bulk`'s chunks): a Core ``insert()`` compiled once and
run by the driver's executemany, each column's values converted and checked as a whole.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from itertools import repeat
from operator import methodcaller
from typing import Any

from sqlalchemy import Connection, DateTime, String, Table, insert

from workbench.store.dialect import FIELD_NAMES, check_text, too_long


class ColumnInsert:
    """A Core ``insert()`` of some columns, compiled once, run by the driver's executemany.

    Core's own executemany passes every value of every row through its
    column type in Python, which was a third of an import's time. Here the
    values come a column at a time: each column's converter (SQLAlchemy's
    own bind processor for this database: JSON everywhere, dates on SQLite)
    is looked up once and mapped over the column, and the checks by
    PostgreSQL's rules (as the ORM's flush makes them) run over whole
    columns, so SQLite and PostgreSQL refuse the same input.
    """

    def __init__(
        self, conn: Connection, table: Table, columns: Sequence[str], as_text: Sequence[str] = ()
    ) -> None:
        """``as_text``: JSON columns whose values come serialized (PostgreSQL casts the text)."""
        dialect = conn.dialect
        # inline: no RETURNING of the new ids, which executemany would have to fetch.
        compiled = insert(table).inline().compile(dialect=dialect, column_keys=list(columns))
        self._conn, self._sql = conn, str(compiled)
        self._positional = compiled.positional
        self._order = list(compiled.positiontup or ()) if compiled.positional else list(columns)
        self._check = checker(table)
        self._convert = {
            key: convert
            for key in columns
            if key not in as_text and (convert := converter(table.c[key].type, dialect))
        }

    def run(self, n: int, columns: dict[str, Sequence[Any]], same: dict[str, Any]) -> None:
        """Insert ``n`` rows: ``columns`` maps a column to its ``n`` values, ``same`` to one."""
        self._check(columns, same)
        values: list[Iterable[Any]] = []
        for key in self._order:
            convert = self._convert.get(key)
            if key in same:
                values.append(repeat(convert(same[key]) if convert else same[key], n))
            else:
                values.append(map(convert, columns[key]) if convert else columns[key])
        rows: list[Any] = list(zip(*values, strict=False))
        if not self._positional:
            rows = [dict(zip(self._order, row, strict=True)) for row in rows]
        self._conn.exec_driver_sql(self._sql, rows)


# SQLite keeps a date as text, "2026-11-23 12:00:00.000000": what isoformat (in C) writes
# for a naive datetime, at a quarter of the cost of SQLAlchemy's formatting in Python.
_ISO_TEXT = methodcaller("isoformat", " ", "microseconds")
_PROBES = (datetime(2026, 11, 23, 12, 0), datetime(999, 1, 2, 3, 4, 5, 6))


def converter(kind: Any, dialect: Any) -> Callable[[Any], Any] | None:
    """The function that turns a column's Python values into the driver's (None: as they are).

    SQLAlchemy's own bind processor; for dates on SQLite, ``isoformat`` when it
    writes the very same text (checked on probes, so a change of SQLAlchemy's
    storage format falls back to its processor). Bulk dates are naive UTC.
    """
    convert: Callable[[Any], Any] | None = kind.dialect_impl(dialect).bind_processor(dialect)
    if (
        convert is not None
        and isinstance(kind, DateTime)
        and not kind.timezone
        and all(convert(probe) == _ISO_TEXT(probe) for probe in _PROBES)
    ):
        return _ISO_TEXT
    return convert


def checker(table: Table) -> Callable[[dict[str, Sequence[Any]], dict[str, Any]], None]:
    """A check of columns of values by PostgreSQL's rules (as `dialect.check_row` for a row).

    Runs over whole columns in C (``max``, ``join``); only when a column holds
    NUL or a lone surrogate (rare) are its values checked one by one, for the
    message.
    """
    texts = []
    for column in table.columns:
        if isinstance(column.type, String):
            name = FIELD_NAMES.get((table.name, column.key), f"{table.name} {column.key}")
            texts.append((column.key, name, column.type.length))

    def check(columns: dict[str, Sequence[Any]], same: dict[str, Any]) -> None:
        for key, name, length in texts:
            values = columns[key] if key in columns else [same[key]]
            present = [v for v in values if v is not None]
            if length is not None and max(map(len, present), default=0) > length:
                value = next(v for v in present if len(v) > length)
                raise too_long(name, value, length)
            joined = "".join(present)
            if "\x00" in joined or not _encodable(joined):
                for value in present:
                    check_text(value, name)

    return check


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
