"""`Store`: the store's parts composed on one database, opened from a URL or a path."""

from __future__ import annotations

from workbench.store import engine as _engine
from workbench.store.alignments import AlignmentStore
from workbench.store.audit_log import AuditLog
from workbench.store.bases import MergeBases
from workbench.store.bulk import BulkStore
from workbench.store.cache import TranslationCache
from workbench.store.documents import DocumentStore
from workbench.store.history import History
from workbench.store.unsaved import UnsavedTexts


class Store(
    DocumentStore,
    AlignmentStore,
    BulkStore,
    History,
    AuditLog,
    MergeBases,
    TranslationCache,
    UnsavedTexts,
):
    """The workbench's database, opened from a URL or a SQLite path."""

    @classmethod
    def open(cls, db: str | None = None) -> Store:
        """Open the database named by ``db`` (URL or path; default `engine.DEFAULT_DB`).

        Migrates it when its schema is behind (alembic is imported only then).
        Raises StoreError when it cannot be opened or migrated.
        """
        url = _engine.resolve_url(db)
        engine = _engine.make_engine(url)
        if not _engine.schema_is_current(engine):
            _engine.migrate(engine, url)
        return cls(engine, url)
