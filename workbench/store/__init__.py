"""The store: documents, their versions and segments, alignments, the MT cache, events.

All SQL lives in this package. Every public method runs in its own short
transaction on its own connection, so the Streamlit app's sessions (threads)
and the CLI can share one SQLite file in WAL mode. Rows never leave the
package: callers get the frozen dataclasses of workbench.model.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import Engine, func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from workbench.model import (
    Document,
    NotFoundError,
    Segment,
    Sentence,
    StoreError,
    Translation,
)
from workbench.store import engine as _engine
from workbench.store.alignments import AlignmentStore
from workbench.store.schema import (
    DocumentRow,
    EventRow,
    SegmentRow,
    TranslationRow,
    VersionRow,
)

IngestStatus = Literal["new", "updated", "unchanged"]


@dataclass(frozen=True)
class StoredFile:
    """What storing a file did."""

    document: Document
    status: IngestStatus
    previous_version: int | None = None


class Store(AlignmentStore):
    """The workbench's database, opened from a URL or a SQLite path."""

    def __init__(self, engine: Engine, url: str) -> None:
        self.engine = engine
        self.url = url
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, db: str | None = None) -> Store:
        """Open the database named by ``db`` (URL or path), migrating it if needed."""
        url = _engine.resolve_url(db)
        engine = _engine.make_engine(url)
        if not _engine.schema_is_current(engine):
            _engine.migrate(engine, url)
        return cls(engine, url)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed at the end, or rolled back on any error."""
        session = self._sessions()
        try:
            with session.begin():
                yield session
        except SQLAlchemyError as exc:
            raise StoreError(f"database error on {self.url}: {exc}") from exc
        finally:
            session.close()

    # --- documents ------------------------------------------------------------

    def store_file(
        self,
        *,
        name: str,
        path: str,
        lang: str,
        encoding: str,
        sha256: str,
        size: int,
        sentences: Sequence[Sentence],
        original_of: int | None = None,
        actor: str = "cli",
    ) -> StoredFile:
        """Store a file's sentences as a document, or as a new version of it.

        An unchanged file (same bytes as the current version) changes nothing.
        A changed file becomes a new version; earlier versions keep their
        segments and their alignments, so no review work is lost.
        """
        with self.transaction() as s:
            row = s.scalars(select(DocumentRow).where(DocumentRow.path == path)).one_or_none()
            if row is not None:
                current = self._version_row(s, row.id, row.current_version)
                if current.sha256 == sha256:
                    return StoredFile(self._document(s, row), "unchanged")
                previous: int | None = row.current_version
                row.current_version += 1
                if original_of is not None:
                    row.original_of = original_of
            else:
                previous = None
                row = DocumentRow(name=name, path=path, current_version=1, original_of=original_of)
                s.add(row)
                s.flush()
            version = VersionRow(
                document_id=row.id,
                version=row.current_version,
                sha256=sha256,
                encoding=encoding,
                size=size,
                lang=lang,
            )
            s.add(version)
            s.flush()
            s.add_all(
                SegmentRow(
                    version_id=version.id,
                    idx=i,
                    block=sent.block,
                    kind=str(sent.kind),
                    lang=sent.lang,
                    text=sent.text,
                )
                for i, sent in enumerate(sentences)
            )
            s.add(
                EventRow(
                    actor=actor,
                    action="ingest",
                    document_id=row.id,
                    payload={"version": version.version, "sha256": sha256, "path": path},
                )
            )
            s.flush()
            return StoredFile(
                self._document(s, row), "new" if previous is None else "updated", previous
            )

    def documents(self) -> list[Document]:
        """Every document, in the order they were first ingested."""
        with self.transaction() as s:
            rows = s.scalars(select(DocumentRow).order_by(DocumentRow.id)).all()
            return [self._document(s, row) for row in rows]

    def document(self, ref: str | int) -> Document:
        """A document by id or by file stem (``004_c5001f9aa01043f8``)."""
        with self.transaction() as s:
            return self._document(s, self._document_row(s, ref))

    def segments(self, ref: str | int, version: int | None = None) -> list[Segment]:
        """The segments of a document's version (the current one by default), in order."""
        with self.transaction() as s:
            row = self._document_row(s, ref)
            number = version if version is not None else row.current_version
            v = self._version_row(s, row.id, number)
            rows = s.scalars(
                select(SegmentRow).where(SegmentRow.version_id == v.id).order_by(SegmentRow.idx)
            ).all()
            return [_segment(r, row.id, number) for r in rows]

    def versions(self, ref: str | int) -> list[int]:
        with self.transaction() as s:
            row = self._document_row(s, ref)
            return list(
                s.scalars(
                    select(VersionRow.version)
                    .where(VersionRow.document_id == row.id)
                    .order_by(VersionRow.version)
                )
            )

    def _document_row(self, s: Session, ref: str | int) -> DocumentRow:
        if isinstance(ref, int) or str(ref).isdigit():
            row = s.get(DocumentRow, int(ref))
            if row is not None:
                return row
        rows = s.scalars(select(DocumentRow).where(DocumentRow.name == str(ref))).all()
        if len(rows) == 1:
            return rows[0]
        if len(rows) > 1:
            ids = ", ".join(str(r.id) for r in rows)
            raise NotFoundError(f"{ref!r} names several documents (ids {ids}); use the id")
        raise NotFoundError(
            f"no document {ref!r}: run `workbench docs` to list them, or "
            "`workbench ingest FILE` to add it"
        )

    @staticmethod
    def _version_row(s: Session, document_id: int, version: int) -> VersionRow:
        row = s.scalars(
            select(VersionRow).where(
                VersionRow.document_id == document_id, VersionRow.version == version
            )
        ).one_or_none()
        if row is None:
            raise NotFoundError(f"document {document_id} has no version {version}")
        return row

    def _document(self, s: Session, row: DocumentRow) -> Document:
        v = self._version_row(s, row.id, row.current_version)
        count = s.scalar(select(func.count()).where(SegmentRow.version_id == v.id)) or 0
        return Document(
            id=row.id,
            name=row.name,
            path=row.path,
            lang=v.lang,
            version=v.version,
            sha256=v.sha256,
            encoding=v.encoding,
            segment_count=count,
            created_at=row.created_at,
            original_of=row.original_of,
        )

    # --- translation cache ---------------------------------------------------------

    def lookup(
        self,
        engine: str,
        model: str,
        model_version: str,
        src_lang: str,
        tgt_lang: str,
        texts: Sequence[str],
    ) -> dict[str, str]:
        """Cached translations of ``texts`` by this exact engine, model and version."""
        keys = {_sha1(t): t for t in texts}
        found: dict[str, str] = {}
        with self.transaction() as s:
            for chunk in _chunks(list(keys), 500):
                rows = s.execute(
                    select(TranslationRow.source, TranslationRow.text).where(
                        TranslationRow.engine == engine,
                        TranslationRow.model == model,
                        TranslationRow.model_version == model_version,
                        TranslationRow.src_lang == src_lang,
                        TranslationRow.tgt_lang == tgt_lang,
                        TranslationRow.source_sha1.in_(chunk),
                    )
                ).all()
                found.update({source: text for source, text in rows})
        return found

    def save(self, translations: Sequence[Translation]) -> None:
        """Remember translations; a second save of the same key replaces the first."""
        with self.transaction() as s:
            latest = {_cache_key(t): t for t in translations}
            for key, t in latest.items():
                row = s.scalars(
                    select(TranslationRow).where(
                        TranslationRow.engine == t.engine,
                        TranslationRow.model == t.model,
                        TranslationRow.model_version == t.model_version,
                        TranslationRow.src_lang == t.src_lang,
                        TranslationRow.tgt_lang == t.tgt_lang,
                        TranslationRow.source_sha1 == key[-1],
                    )
                ).one_or_none()
                if row is not None:
                    row.text = t.text
                    continue
                s.add(
                    TranslationRow(
                        engine=t.engine,
                        model=t.model,
                        model_version=t.model_version,
                        src_lang=t.src_lang,
                        tgt_lang=t.tgt_lang,
                        source_sha1=key[-1],
                        source=t.source,
                        text=t.text,
                    )
                )


def _cache_key(t: Translation) -> tuple[str, ...]:
    return (t.engine, t.model, t.model_version, t.src_lang, t.tgt_lang, _sha1(t.source))


def _segment(row: SegmentRow, doc_id: int, version: int) -> Segment:
    from workbench.model import Kind

    return Segment(
        id=row.id,
        doc_id=doc_id,
        version=version,
        index=row.idx,
        block=row.block,
        kind=Kind(row.kind),
        lang=row.lang,
        text=row.text,
    )


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


__all__ = ["Store", "StoredFile"]
