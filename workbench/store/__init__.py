"""The store: documents, their versions and segments, alignments, the MT cache, events.

All SQL lives in this package; what differs between SQLite and PostgreSQL
lives in `dialect`. Every public method runs in its own short transaction on
its own connection (or joins `Store.atomic`), so the Streamlit app's sessions
(threads), the CLI and other reviewers' processes can share one database: a
SQLite file in WAL mode, or a PostgreSQL server
(``WORKBENCH_DB=postgresql+psycopg://user@host/db``, the ``postgres`` extra).
Rows never leave the package: callers get the frozen dataclasses of
workbench.model.

The parts compose on one `Database` (engine and transactions) and use
nothing of each other:

- `DocumentStore`: documents, versions, segments;
- `AlignmentStore`: alignments and beads, edits under optimistic locking;
- `BulkStore`: streams of translation units stored in chunks (imports);
- `History`: undo and redo of a reviewer's edits, the audit log;
- `TranslationCache`: the machine-translation cache.
"""

from __future__ import annotations

from workbench.store import engine as _engine
from workbench.store.alignments import AlignmentStore
from workbench.store.bulk import BulkStore
from workbench.store.cache import TranslationCache
from workbench.store.documents import DocumentStore, IngestStatus, StoredFile
from workbench.store.history import History, HistoryStep
from workbench.store.rows import Event


class Store(DocumentStore, AlignmentStore, BulkStore, History, TranslationCache):
    """The workbench's database, opened from a URL or a SQLite path."""

    @classmethod
    def open(cls, db: str | None = None) -> Store:
        """Open the database named by ``db`` (URL or path), migrating it if needed."""
        url = _engine.resolve_url(db)
        engine = _engine.make_engine(url)
        if not _engine.schema_is_current(engine):
            _engine.migrate(engine, url)
        return cls(engine, url)


__all__ = ["Event", "HistoryStep", "IngestStatus", "Store", "StoredFile"]
