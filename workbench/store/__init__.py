"""The store: documents, their versions and segments, alignments, the MT cache, events.

All SQL lives in this package; what differs between SQLite and PostgreSQL
lives in `dialect`. Every public method runs in its own short transaction on
its own connection (or joins `Store.atomic`), so the Streamlit app's sessions
(threads), the CLI and other reviewers' processes can share one database: a
SQLite file in WAL mode, or a PostgreSQL server
(``WORKBENCH_DB=postgresql+psycopg://user@host/db``, the ``postgres`` extra).
Rows never leave the package: callers get the frozen dataclasses of
workbench.model.

`Store` (in `facade`) composes the parts on one `Database` (engine and
transactions); the parts use nothing of each other:

- `DocumentStore`: documents, versions, segments;
- `AlignmentStore`: alignments and beads, edits under optimistic locking;
- `BulkStore`: streams of translation units stored in chunks (imports);
- `History`: undo and redo of a reviewer's edits, the audit log;
- `TranslationCache`: the machine-translation cache;
- `UnsavedTexts`: reviewers' texts typed and not saved yet (never a bead change).

`quick` answers the command line's read-only listings from a current SQLite
file without SQLAlchemy. The names below are imported on first use, so that
``workbench.store.engine`` and ``workbench.store.quick`` load no SQLAlchemy
(start-up time of the command line, bench/cli_startup.py).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from workbench.store.documents import IngestStatus, StoredFile
    from workbench.store.facade import Store
    from workbench.store.history import HistoryStep
    from workbench.store.rows import Event

_HOMES = {
    "Event": "workbench.store.rows",
    "HistoryStep": "workbench.store.history",
    "IngestStatus": "workbench.store.documents",
    "Store": "workbench.store.facade",
    "StoredFile": "workbench.store.documents",
}


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(_HOMES[name]), name)


__all__ = ["Event", "HistoryStep", "IngestStatus", "Store", "StoredFile"]
