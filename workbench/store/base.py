"""The database every part of the store works on: engine, transactions, row checks.

Each public store method runs in its own short transaction, or joins the one
`Database.atomic` opened on this thread, so that several calls (an import's
documents and alignment) commit together or not at all.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Concatenate, ParamSpec, TypeVar

from sqlalchemy import Engine, event
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from workbench.store import dialect
from workbench.store.dialect import Clash
from workbench.store.engine import sqlite_file
from workbench.store.schema import EventRow

P = ParamSpec("P")
R = TypeVar("R")
D = TypeVar("D", bound="Database")


def _check_flush(session: Session, _context: Any, _instances: Any) -> None:
    # Events last: their payload repeats the beads' text, and the message should
    # name the field the user typed into, not the log.
    for obj in sorted((*session.new, *session.dirty), key=lambda o: isinstance(o, EventRow)):
        dialect.check_row(obj)


class Database:
    """An engine and the two kinds of transaction the store parts use."""

    def __init__(self, engine: Engine, url: str) -> None:
        self.engine = engine
        self.url = url
        self._writes = sessionmaker(dialect.writer(engine), expire_on_commit=False)
        self._reads = sessionmaker(engine, expire_on_commit=False)
        event.listen(self._writes, "before_flush", _check_flush)
        self._local = threading.local()

    def close(self) -> None:
        self.engine.dispose()

    @property
    def location(self) -> str:
        """Where the data lives, for messages: a SQLite file's path, or the URL (no password)."""
        path = sqlite_file(self.url)
        return str(path) if path else self.engine.url.render_as_string(hide_password=True)

    @property
    def is_sqlite(self) -> bool:
        return dialect.is_sqlite(self.engine)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A write transaction, committed at the end or rolled back on any error.

        On SQLite it holds the database's write lock from its first statement;
        inside `atomic` it is that transaction.
        """
        with self._session(self._writes) as s:
            yield s

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only transaction: one consistent snapshot on SQLite, no lock taken."""
        with self._session(self._reads) as s:
            yield s

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """Run several store calls of this thread as one transaction: all of them or none."""
        with self.transaction():
            yield

    def atomic_retrying(self, work: Callable[[], R]) -> R:
        """``work()`` (several store calls) as one `atomic` transaction, run once more when
        it lost a race for a new row (`Clash`, see `retry_on_clash`): the second run finds
        the other process's rows and builds on them."""

        def attempt() -> R:
            with self.atomic():
                return work()

        return once_more_on_clash(attempt)

    @contextmanager
    def _session(self, maker: sessionmaker[Session]) -> Iterator[Session]:
        joined: Session | None = getattr(self._local, "session", None)
        if joined is not None:
            yield joined
            return
        session = maker()
        self._local.session = session
        try:
            with session.begin():
                yield session
        except SQLAlchemyError as exc:
            raise dialect.translate(exc, self.url) from exc
        finally:
            self._local.session = None
            session.close()


def retry_on_clash(method: Callable[Concatenate[D, P], R]) -> Callable[Concatenate[D, P], R]:
    """Run a store method (one transaction) once more when it lost a race for a new row.

    Two processes inserting the same new row (a document, an alignment, a
    cached translation) at once: the database refuses the second (`Clash`),
    whose run then finds the first's row and builds on it. Inside
    `Database.atomic` the clash surfaces only when the outer transaction
    ends, so the caller of `atomic` decides whether to run it again
    (`Database.atomic_retrying`).
    """

    @functools.wraps(method)
    def run(self: D, /, *args: P.args, **kwargs: P.kwargs) -> R:
        return once_more_on_clash(lambda: method(self, *args, **kwargs))

    return run


def once_more_on_clash(work: Callable[[], R]) -> R:
    """``work()``, and once more if it raised `Clash` (a race for a new row lost once)."""
    try:
        return work()
    except Clash:
        return work()
