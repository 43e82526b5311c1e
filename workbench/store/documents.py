"""Documents, their versions and their segments."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench.model import Document, InputError, Kind, NotFoundError, Segment, Sentence
from workbench.store.base import Database, retry_on_clash
from workbench.store.schema import AlignmentRow, DocumentRow, EventRow, SegmentRow, VersionRow
from workbench.wording import plural

# "reread": the same bytes, cut otherwise by this workbench's readers (a new version)
IngestStatus = Literal["new", "updated", "reread", "unchanged"]


@dataclass(frozen=True)
class StoredFile:
    """What storing a file did."""

    document: Document
    status: IngestStatus
    previous_version: int | None = None


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

        An unchanged file (same bytes as the current version, at the same path
        or under the same name from another place, such as an upload) changes nothing,
        but for ``original_of`` when the document was not yet anyone's original.
        ``reading`` is a digest of how ``sentences`` cut the file
        (`pipeline.readings.reading_of`), None for units that are no reading of a
        file (an import): the same bytes cut otherwise than the current version's
        segments were (a newer reader or segmenter), or with ``reread``, become
        a new version with status "reread". ``reader`` names the code that read the
        file (`pipeline.readings.reader_key`); a new version's ingest event keeps it
        (`reader_of`). A changed file becomes a new version;
        earlier versions keep their
        segments and their alignments, so no review work is lost. Two
        processes storing the same new file at once: the second finds the
        first's document (`retry_on_clash`), so both succeed.
        """
        with self.transaction() as s:
            row = s.scalars(select(DocumentRow).where(DocumentRow.path == path)).one_or_none()
            if version_of is not None:
                row = _moved_here(s, self._document_row(s, version_of), row, path, lang)
            elif row is None:  # the same file stored from another place (an upload, a copy)?
                row = next(
                    (
                        r
                        for r in s.scalars(select(DocumentRow).where(DocumentRow.name == name))
                        if self._version_row(s, r.id, r.current_version).sha256 == sha256
                    ),
                    None,
                )
            if row is not None:
                current = self._version_row(s, row.id, row.current_version)
                same_bytes = current.sha256 == sha256
                if same_bytes and not reread and _same_reading(s, current, reading, sentences):
                    _note_reader(s, row.id, row.current_version, reader)
                    if original_of is not None and row.original_of is None:
                        row.original_of = original_of  # ingested first, named the original now
                        s.flush()
                    return StoredFile(self._document(s, row), "unchanged")
                status: IngestStatus = "reread" if same_bytes else "updated"
                previous: int | None = row.current_version
                row.current_version += 1
                if original_of is not None:
                    row.original_of = original_of
            else:
                status, previous = "new", None
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
                reading=reading,
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
                    meta=dict(sent.meta) if sent.meta else None,
                )
                for i, sent in enumerate(sentences)
            )
            s.add(
                EventRow(
                    actor=actor,
                    action="ingest",
                    document_id=row.id,
                    payload={"version": version.version, "sha256": sha256, "path": path}
                    | ({"reader": reader} if reader is not None else {}),
                )
            )
            s.flush()
            return StoredFile(self._document(s, row), status, previous)

    @retry_on_clash
    def store_again(self, doc_id: int, *, actor: str, why: str) -> Document:
        """Make the document's current version its next one too: the same bytes, the same
        segments (kinds and languages as they stand), a new version; ``why`` goes in the
        ingest event (it ends `summary`'s line). NotFoundError for an unknown id.

        Each alignment belongs to one version of a document: a translation aligned
        afresh with its corrected original gets a version of its own, so that its
        alignment with the earlier original stays whole (`pipeline.alignment`).
        """
        with self.transaction() as s:
            row = self._document_row(s, doc_id)
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
            s.add(
                EventRow(
                    actor=actor, action="ingest", document_id=row.id, payload=payload | {"why": why}
                )
            )
            s.flush()
            return self._document(s, row)

    def reader_of(self, doc_id: int, version: int) -> str | None:
        """The `reader` key a document's version was stored with (`store_file`), or None
        when it was stored without one (an import, a paste, a workbench before speed17)
        or its reading is not known (a held original, a store before migration 0006)."""
        with self.reading() as s:
            if self._version_row(s, doc_id, version).reading is None:
                return None
            found = _ingest_payload(s, doc_id, version)
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
        from 004.tmx) is never silently read as document 4.
        """
        if isinstance(ref, int):
            row = s.get(DocumentRow, ref)
            if row is not None:
                return row
        else:
            rows = s.scalars(select(DocumentRow).where(DocumentRow.name == ref)).all()
            if len(rows) == 1:
                return rows[0]
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


def _same_reading(
    s: Session, current: VersionRow, reading: str | None, sentences: Sequence[Sentence]
) -> bool:
    """Whether ``sentences`` (digest ``reading``) cut the file as ``current``'s segments did.

    A version stored before readings were recorded (0006) is compared on its
    segments' block, language, text and metadata, what the digest covers; when
    they agree, the digest is recorded.
    """
    if reading is None or current.reading == reading:
        return True
    if current.reading is not None:
        return False
    stored = s.execute(
        select(SegmentRow.block, SegmentRow.lang, SegmentRow.text, SegmentRow.meta)
        .where(SegmentRow.version_id == current.id)
        .order_by(SegmentRow.idx)
    ).all()
    fresh = [(x.block, x.lang, x.text, dict(x.meta) or None) for x in sentences]
    if [(b, lang, t, m or None) for b, lang, t, m in stored] != fresh:
        return False
    current.reading = reading
    s.flush()
    return True


def _moved_here(
    s: Session, target: DocumentRow, here: DocumentRow | None, path: str, lang: str
) -> DocumentRow:
    """``target``, to take the file at ``path`` as its new version (`store_file`'s
    ``version_of``), with ``here`` (the document stored from ``path``, if another)
    deleted when nothing was done to it since its ingest."""
    current = DocumentStore._version_row(s, target.id, target.current_version)
    if current.lang != lang:
        raise InputError(
            f"{path} is in {lang}, document {target.id} ({target.name}) in {current.lang}: "
            "a new version is in the same language; leave --version-of out"
        )
    if here is not None and here.id != target.id:
        if not _untouched(s, here):
            raise InputError(
                f"{path} is document {here.id} ({here.name}), which has work on it; ingest "
                f"the new version of {target.name} from a copy of the file elsewhere"
            )
        s.delete(here)  # its version, segments and ingest event go with it (ON DELETE CASCADE)
        s.flush()
    target.path = path
    return target


def _note_reader(s: Session, doc_id: int, version: int, reader: str | None) -> None:
    """Record ``reader`` on the ingest event of a version read again under it and found cut
    the same: the next ingest of the same bytes under that key is unchanged without reading
    them (`reader_of`). Until newcomer21 the key of the first reading stayed, and a file
    whose key had changed (other pages stored since, an original linked by `align`) was
    read again on every run, each time found the same."""
    if reader is None:
        return
    found = _ingest_payload(s, doc_id, version)
    if found is not None and found[1].get("reader") != reader:
        event, payload = found
        event.payload = payload | {"reader": reader}  # a new dict: the JSON column sees it


def _ingest_payload(
    s: Session, doc_id: int, version: int
) -> tuple[EventRow, dict[str, object]] | None:
    """The newest ingest event of a document's ``version``, with its payload (a dict even
    when the column holds something else), or None when no ingest event names it."""
    events = s.scalars(
        select(EventRow)
        .where(EventRow.document_id == doc_id, EventRow.action == "ingest")
        .order_by(EventRow.id.desc())
    )
    for e in events:
        payload = e.payload if isinstance(e.payload, dict) else {}
        if payload.get("version") == version:
            return e, payload
    return None


def _untouched(s: Session, row: DocumentRow) -> bool:
    """Whether ``row`` has one version, is in no alignment, is nobody's original and
    has no event but its ingest: nothing a reviewer did is lost with it."""
    versions = s.scalars(select(VersionRow.id).where(VersionRow.document_id == row.id)).all()
    aligned = s.scalar(
        select(func.count()).where(
            AlignmentRow.version_id.in_(versions)
            | AlignmentRow.counterpart_version_id.in_(versions)
        )
    )
    originals = s.scalar(select(func.count()).where(DocumentRow.original_of == row.id))
    other = s.scalar(
        select(func.count()).where(EventRow.document_id == row.id, EventRow.action != "ingest")
    )
    return len(versions) == 1 and row.original_of is None and not (aligned or originals or other)


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
