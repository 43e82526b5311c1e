"""Documents, their versions and their segments."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench.model import Document, Kind, NotFoundError, Segment, Sentence
from workbench.naming import name_holder
from workbench.store import file_versions
from workbench.store.base import Database, retry_on_clash
from workbench.store.file_versions import IngestStatus as IngestStatus
from workbench.store.schema import DocumentRow, EventRow, SegmentRow, VersionRow
from workbench.wording import plural


@dataclass(frozen=True)
class StoredFile:
    """What storing a file did."""

    document: Document
    status: IngestStatus
    previous_version: int | None = None
    # the document stored from the same file and never worked on, that ``version_of``
    # folded into this one (`file_versions.moved_here`): (id, name)
    folded: tuple[int, str] | None = None
    # why the store made ``previous_version`` itself (`store_again`'s ``why``: "aligned with
    # version 2 of its original report.en"), None for a version read from a file
    previous_why: str | None = None


@dataclass(frozen=True)
class KindChange:
    """A reviewer's change of segment kinds (debris back to text, or text to debris)."""

    at: str  # ISO 8601, seconds
    actor: str
    version: int
    kind: Kind  # the kind given
    before: tuple[tuple[int, Kind], ...]  # (segment id, kind it had)


class DocumentStore(Database):
    """Documents: stored from files, versioned, read back as segments."""

    @retry_on_clash
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
        reading: str | None = None,
        reread: bool = False,
        reader: str | None = None,
        version_of: int | None = None,
    ) -> StoredFile:
        """Store a file's sentences as a document, or as a new version of it.

        ``version_of``: the id of the document this file is a new version of, wherever
        that document's file was (a client's new version delivered in another folder);
        the document then lives at ``path``. A document already stored from ``path``
        with nothing done to it since (one version, no alignment, no kind change) is
        folded into it; one with work on it raises InputError, as does a file in
        another language than the document's. NotFoundError for an unknown id.

        An unchanged file (same bytes as the current version, at the same path or under the
        same name from another place, such as an upload) changes nothing, but for
        ``original_of`` when the document was not yet anyone's original. ``reading`` is a
        digest of how ``sentences`` cut the file (`pipeline.readings.reading_of`), None for
        units that are no reading of a file (an import): the same bytes cut otherwise than
        the current version's segments were (a newer reader or segmenter), or with
        ``reread``, become a new version with status "reread". ``reader`` names the code that
        read the file (`pipeline.readings.reader_key`); a new version's ingest event keeps it
        (`reader_of`). A changed file becomes a new version; earlier versions keep their
        segments and their alignments, so no review work is lost. Two processes storing the
        same new file at once: the second finds the first's document (`retry_on_clash`), so
        both succeed.
        """
        file = file_versions.File(name, path, lang, encoding, sha256, size, reading, reader)
        with self.transaction() as s:
            row, folded = self._stored_row(s, file, version_of)
            status = file_versions.status(s, row, file, sentences, reread)
            if row is not None and status == "unchanged":
                file_versions.found_unchanged(s, row, reader, original_of)
                return StoredFile(self._document(s, row), status, folded=folded)
            row, previous = file_versions.next_version(s, row, file, original_of)
            made = file_versions.ingest_payload(s, row.id, previous) if previous else None
            why = made[1].get("why") if made is not None else None
            file_versions.add_version(s, row, file, sentences, actor)
            return StoredFile(
                self._document(s, row), status, previous, folded,
                previous_why=why if isinstance(why, str) else None,
            )  # fmt: skip

    def _stored_row(
        self, s: Session, file: file_versions.File, version_of: int | None
    ) -> tuple[DocumentRow | None, tuple[int, str] | None]:
        """The document ``file`` is a version of (`store_file`): ``version_of``, the one
        stored from its path, or one of its name whose current version has its bytes; and
        the document stored from its path that ``version_of`` folded in, (id, name)."""
        row = s.scalars(select(DocumentRow).where(DocumentRow.path == file.path)).one_or_none()
        if version_of is not None:
            target = self._document_row(s, version_of)
            folded = (row.id, row.name) if row is not None and row.id != target.id else None
            return file_versions.moved_here(s, target, row, file.path, file.lang), folded
        if row is None:  # the same file stored from another place (an upload, a copy)?
            named = s.scalars(select(DocumentRow).where(DocumentRow.name == file.name))
            return next((r for r in named if file_versions.holds(s, r, file.sha256)), None), None
        return row, None

    @retry_on_clash
    def store_again(
        self, doc_id: int, *, actor: str, why: str, of_version: int | None = None
    ) -> Document:
        """Make the document's current version its next one too: the same bytes, the same
        segments (kinds and languages as they stand), a new version; ``why`` goes in the
        ingest event (it ends `summary`'s line), with the reader key the version was read
        under (`reader_of`: the next `ingest` of the same bytes need not read them).
        NotFoundError for an unknown id.

        Each alignment belongs to one version of a document: a translation aligned
        afresh with its corrected original gets a version of its own, so that its
        alignment with the earlier original stays whole (`pipeline.alignment`).

        ``of_version``: the version the caller read as current. When another process made
        a newer one meanwhile (two `align --original` at once), that one is returned and
        none is made: one correction of the original, one new version.
        """
        with self.transaction() as s:
            row = self._document_row(s, doc_id)
            # PostgreSQL: the row locked, so that two callers read its version in turn
            s.refresh(row, with_for_update=True)
            if of_version is not None and row.current_version != of_version:
                return self._document(s, row)
            was = self._version_row(s, row.id, row.current_version)
            row.current_version += 1
            version = VersionRow(
                document_id=row.id, version=row.current_version, sha256=was.sha256,
                encoding=was.encoding, size=was.size, lang=was.lang, reading=was.reading,
            )  # fmt: skip
            s.add(version)
            s.flush()
            old = s.scalars(select(SegmentRow).where(SegmentRow.version_id == was.id))
            s.add_all(
                SegmentRow(
                    version_id=version.id,
                    idx=r.idx,
                    block=r.block,
                    kind=r.kind,
                    lang=r.lang,
                    text=r.text,
                    meta=r.meta,
                )
                for r in old.all()
            )
            payload = {"version": version.version, "sha256": was.sha256, "path": row.path}
            read = file_versions.ingest_payload(s, row.id, was.version)
            if read is not None and isinstance(read[1].get("reader"), str):
                payload["reader"] = read[1]["reader"]
            s.add(
                EventRow(
                    actor=actor, action="ingest", document_id=row.id, payload=payload | {"why": why}
                )
            )
            s.flush()
            return self._document(s, row)

    def stored_reading(self, doc_id: int, version: int) -> str | None:
        """The digest of the reading a document's version was stored with (`store_file`'s
        ``reading``), None when not known. NotFoundError for an unknown version."""
        with self.reading() as s:
            return self._version_row(s, doc_id, version).reading

    def reader_of(self, doc_id: int, version: int) -> str | None:
        """The `reader` key a document's version was stored with (`store_file`), or None
        when it was stored without one (an import, a paste, a workbench before speed17)
        or its reading is not known (a held original, a store before migration 0006)."""
        with self.reading() as s:
            if self._version_row(s, doc_id, version).reading is None:
                return None
            found = file_versions.ingest_payload(s, doc_id, version)
            reader = found[1].get("reader") if found else None
            return reader if isinstance(reader, str) else None

    def set_segment_kinds(
        self, doc_id: int, version: int, segment_ids: Sequence[int], kind: Kind, *, actor: str
    ) -> tuple[int, ...]:
        """Give segments of one document version ``kind``; return the ids that changed.

        The change is one event (action "kind", with the segments' kinds before
        in its payload), so the audit log says who changed what. Segments that
        already have ``kind`` are left alone; when none changes nothing is
        recorded. NotFoundError, with nothing changed, when an id is not a
        segment of that version.
        """
        with self.transaction() as s:
            v = self._version_row(s, doc_id, version)
            rows = {
                r.id: r
                for r in s.scalars(
                    select(SegmentRow).where(
                        SegmentRow.version_id == v.id, SegmentRow.id.in_(segment_ids)
                    )
                )
            }
            missing = [i for i in segment_ids if i not in rows]
            if missing:
                raise NotFoundError(
                    f"{plural(len(missing), 'segment')} {', '.join(map(str, missing))} "
                    f"{plural(len(missing), 'is', 'are')} not in document {doc_id} "
                    f"version {version}"
                )
            changed = [i for i in dict.fromkeys(segment_ids) if rows[i].kind != str(kind)]
            if not changed:
                return ()
            before = [[i, rows[i].kind] for i in changed]
            for i in changed:
                rows[i].kind = str(kind)
            s.add(
                EventRow(
                    actor=actor,
                    action="kind",
                    document_id=doc_id,
                    payload={"version": version, "kind": str(kind), "before": before},
                )
            )
            return tuple(changed)

    def kinds_stamp(self, doc_ids: Sequence[int]) -> int:
        """A number that grows with every change of segment kinds (`set_segment_kinds`) of
        these documents: the newest such event's id, 0 when there is none."""
        with self.reading() as s:
            top = s.scalar(
                select(func.max(EventRow.id)).where(
                    EventRow.document_id.in_(doc_ids), EventRow.action == "kind"
                )
            )
            return int(top or 0)

    def kind_changes(self, doc_id: int) -> list[KindChange]:
        """The changes of segment kinds made to a document, newest first."""
        with self.reading() as s:
            rows = s.scalars(
                select(EventRow)
                .where(EventRow.document_id == doc_id, EventRow.action == "kind")
                .order_by(EventRow.id.desc())
            ).all()
            return [_kind_change(e) for e in rows]

    def documents(self) -> list[Document]:
        """Every document, in the order they were first ingested."""
        with self.reading() as s:
            rows = s.scalars(select(DocumentRow).order_by(DocumentRow.id)).all()
            return [self._document(s, row) for row in rows]

    def document(self, ref: str | int) -> Document:
        """A document by id or by file stem (``004_c5001f9aa01043f8``)."""
        with self.reading() as s:
            return self._document(s, self._document_row(s, ref))

    def rename_document(self, doc_id: int, name: str, *, actor: str = "cli") -> Document:
        """Give a document another name (at most 255 characters), logged as a ``rename`` event.

        Raises NotFoundError for an unknown id.
        """
        with self.transaction() as s:
            row = self._document_row(s, doc_id)
            s.add(EventRow(
                actor=actor, action="rename", document_id=row.id, alignment_id=None,
                payload={"from": row.name, "to": name[:255]},
            ))  # fmt: skip
            row.name = name[:255]
            return self._document(s, row)

    def segments(self, ref: str | int, version: int | None = None) -> list[Segment]:
        """The segments of a document's version (the current one by default), in order."""
        with self.reading() as s:
            row = self._document_row(s, ref)
            number = version if version is not None else row.current_version
            v = self._version_row(s, row.id, number)
            # plain columns, not ORM objects: several times faster for a long document
            rows = s.execute(
                select(*_SEGMENT_COLUMNS)
                .where(SegmentRow.version_id == v.id)
                .order_by(SegmentRow.idx)
            ).all()
            return [_segment(r, row.id, number) for r in rows]

    def content_languages(self, ref: str | int, version: int | None = None) -> set[str]:
        """The languages of a document version's segments, boilerplate (web debris) aside:
        one query that reads no text (`alignment_for`'s hint asks it on an app page)."""
        with self.reading() as s:
            row = self._document_row(s, ref)
            number = version if version is not None else row.current_version
            v = self._version_row(s, row.id, number)
            langs = s.execute(
                select(SegmentRow.lang)
                .where(SegmentRow.version_id == v.id, SegmentRow.kind != Kind.BOILERPLATE.value)
                .distinct()
            ).scalars()
            return set(langs)

    def segment_meta(self, ids: Sequence[int]) -> dict[int, dict[str, str]]:
        """Segment id → its metadata, for the given ids that have some (a subtitle's timecode)."""
        found: dict[int, dict[str, str]] = {}
        with self.reading() as s:
            for start in range(0, len(ids), 500):  # bound the IN list
                chunk = list(ids[start : start + 500])
                rows = s.execute(
                    select(SegmentRow.id, SegmentRow.meta).where(
                        SegmentRow.id.in_(chunk), SegmentRow.meta.is_not(None)
                    )
                ).all()
                found.update((seg_id, dict(meta)) for seg_id, meta in rows if meta)
        return found

    def segment_texts(self, ids: Sequence[int]) -> dict[int, str]:
        """Segment id → its text as stored, for the given ids (a bead's cues one by one)."""
        found: dict[int, str] = {}
        with self.reading() as s:
            for start in range(0, len(ids), 500):  # bound the IN list
                chunk = list(ids[start : start + 500])
                rows = s.execute(
                    select(SegmentRow.id, SegmentRow.text).where(SegmentRow.id.in_(chunk))
                )
                found.update((seg_id, text) for seg_id, text in rows)
        return found

    def versions(self, ref: str | int) -> list[int]:
        with self.reading() as s:
            row = self._document_row(s, ref)
            return list(
                s.scalars(
                    select(VersionRow.version)
                    .where(VersionRow.document_id == row.id)
                    .order_by(VersionRow.version)
                )
            )

    def _document_row(self, s: Session, ref: str | int) -> DocumentRow:
        """An int is an id; text is a name first (what `docs` shows), then an id.

        A name wins over an id so that a document named "004" (a TMX imported
        from 004.tmx) is never silently read as document 4. A name a translation
        shares with its own original (``align climat --original orig/climat.html``)
        names the translation: the original is reached through it, or by its id.
        """
        if isinstance(ref, int):
            row = s.get(DocumentRow, ref)
            if row is not None:
                return row
        else:
            rows = s.scalars(select(DocumentRow).where(DocumentRow.name == ref)).all()
            holder = name_holder(rows)
            if holder is not None:
                return holder
            if len(rows) > 1:
                ids = ", ".join(str(r.id) for r in rows)
                raise NotFoundError(f"{ref!r} names several documents (ids {ids}); use the id")
            if ref.isdigit():
                row = s.get(DocumentRow, int(ref))
                if row is not None:
                    return row
        raise NotFoundError(
            f"no document {ref!r} in {self.location}: run `workbench docs` to list them, or "
            "`workbench ingest FILE` to add it"
        )

    _version_row = staticmethod(file_versions.version_row)

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


_SEGMENT_COLUMNS = (
    SegmentRow.id, SegmentRow.idx, SegmentRow.block, SegmentRow.kind, SegmentRow.lang,
    SegmentRow.text, SegmentRow.meta,
)  # fmt: skip


def _segment(row: Any, doc_id: int, version: int) -> Segment:
    """A segment from its row (an ORM row or the plain columns of ``_SEGMENT_COLUMNS``)."""
    return Segment(
        id=row.id,
        doc_id=doc_id,
        version=version,
        index=row.idx,
        block=row.block,
        kind=Kind(row.kind),
        lang=row.lang,
        text=row.text,
        meta=tuple(sorted(row.meta.items())) if row.meta else (),
    )


def _kind_change(e: EventRow) -> KindChange:
    payload = e.payload
    before = payload["before"]
    assert isinstance(before, list)
    return KindChange(
        at=e.at.isoformat(timespec="seconds"),
        actor=e.actor,
        version=int(str(payload["version"])),
        kind=Kind(str(payload["kind"])),
        before=tuple((int(i), Kind(k)) for i, k in before),
    )
