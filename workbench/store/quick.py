"""Read-only listings from a current SQLite store with the standard sqlite3 module.

Importing SQLAlchemy and declaring the ORM schema costs several times what
the rest of ``workbench docs`` does (bench/cli_startup.py), so a listing
command reads a SQLite file whose schema is at `engine.HEAD_REVISION`
directly. Anything else (PostgreSQL, a file not yet created, a schema behind)
goes through `Store`, which creates or migrates it. Both paths give the same
values (tests/test_startup.py compares them).
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path
from typing import Any

from workbench.model import Document
from workbench.store import engine

_DOCUMENTS = """
SELECT d.id, d.name, d.path, v.lang, v.version, v.sha256, v.encoding,
       (SELECT count(*) FROM segments AS s WHERE s.version_id = v.id),
       d.created_at, d.original_of
FROM documents AS d
JOIN document_versions AS v ON v.document_id = d.id AND v.version = d.current_version
ORDER BY d.id
"""


def documents(db: str | None) -> list[Document]:
    """Every document, as `Store.documents` lists them, for --db / WORKBENCH_DB ``db``.

    Raises StoreError as `Store.open` does when the database cannot be opened.
    """
    path = engine.sqlite_file(engine.resolve_url(db))
    rows = _read_current(path, _DOCUMENTS) if path is not None else None
    if rows is not None:
        return [_document(row) for row in rows]
    from workbench.store.facade import Store  # deferred: SQLAlchemy, alembic when behind

    store = Store.open(db)
    try:
        return store.documents()
    finally:
        store.close()


# Per document linked as an original: the document its translation's newest alignment in
# its language is with (NULL: the captions inside the page; no row: never aligned).
_ALIGNED_WITH = """
SELECT d.id,
       (SELECT cv.document_id
        FROM alignments AS a
        JOIN document_versions AS tv ON tv.id = a.version_id
        LEFT JOIN document_versions AS cv ON cv.id = a.counterpart_version_id
        WHERE tv.document_id = d.original_of AND a.cp_lang = v.lang
        ORDER BY a.id DESC LIMIT 1)
FROM documents AS d
JOIN document_versions AS v ON v.document_id = d.id AND v.version = d.current_version
WHERE d.original_of IS NOT NULL
ORDER BY d.id
"""


def replaced_originals(db: str | None) -> dict[int, int]:
    """Per document linked as a translation's original (`Document.original_of`) that a later
    `align --original` replaced: the id of the document its translation's newest alignment
    in its language is with now (`counterparts.find_original` takes that one). An original
    whose translation was never aligned, or last with the captions inside the page, is
    replaced by none. Raises StoreError as `documents` does."""
    path = engine.sqlite_file(engine.resolve_url(db))
    rows = _read_current(path, _ALIGNED_WITH) if path is not None else None
    if rows is None:
        from workbench.store.facade import Store  # deferred, as in `documents`

        store = Store.open(db)
        try:
            rows = [
                (d.id, next((a.counterpart_doc_id for a in store.alignments(d.original_of)
                             if a.cp_lang == d.lang), None))
                for d in store.documents() if d.original_of is not None
            ]  # fmt: skip
        finally:
            store.close()
    return {doc: now for doc, now in rows if now is not None and now != doc}


def _read_current(path: Path, query: str) -> list[tuple[Any, ...]] | None:
    """The query's rows when ``path`` is a store at the head revision; None otherwise."""
    if not path.is_file():
        return None
    try:
        # Read-only: never creates the file, never takes the write lock.
        with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
            conn.execute("BEGIN")  # one snapshot for both statements
            if conn.execute(engine.REVISION_QUERY).fetchall() != [(engine.HEAD_REVISION,)]:
                return None
            return conn.execute(query).fetchall()
    except sqlite3.Error:
        return None  # Store.open migrates it, or says what is wrong with it


def _document(row: tuple[Any, ...]) -> Document:
    id_, name, path, lang, version, sha256, encoding, count, created_at, original_of = row
    return Document(
        id=id_,
        name=name,
        path=path,
        lang=lang,
        version=version,
        sha256=sha256,
        encoding=encoding,
        segment_count=count,
        created_at=datetime.fromisoformat(created_at),
        original_of=original_of,
    )
