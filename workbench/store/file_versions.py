"""A file stored as a document's version (`DocumentStore.store_file`): which stored document
it is a version of, whether it changed, and the new version's rows with its ingest event.
SQL only, no policy, as `rows`: every helper runs in `store_file`'s transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from sqlalchemy import func, select

from workbench.model import InputError, NotFoundError, Sentence
from workbench.store.schema import AlignmentRow, DocumentRow, EventRow, SegmentRow, VersionRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# "reread": the same bytes, cut otherwise by this workbench's readers (a new version)
IngestStatus = Literal["new", "updated", "reread", "unchanged"]


@dataclass(frozen=True)
class File:
    """What `store_file` is told of a file (its arguments, but the sentences)."""

    name: str
    path: str
    lang: str
    encoding: str
    sha256: str
    size: int
    reading: str | None
    reader: str | None


def holds(s: Session, row: DocumentRow, sha256: str) -> bool:
    """Whether the document's current version has the bytes of digest ``sha256``."""
    return version_row(s, row.id, row.current_version).sha256 == sha256


def status(
    s: Session,
    row: DocumentRow | None,
    file: File,
    sentences: Sequence[Sentence],
    reread: bool,
) -> IngestStatus:
    """What storing ``file`` over the document ``row`` (None: no document yet) does: nothing
    ("unchanged": the same bytes cut the same way), or a new version."""
    if row is None:
        return "new"
    current = version_row(s, row.id, row.current_version)
    same_bytes = current.sha256 == file.sha256
    if same_bytes and not reread and _same_reading(s, current, file.reading, sentences):
        return "unchanged"
    return "reread" if same_bytes else "updated"


def found_unchanged(
    s: Session, row: DocumentRow, reader: str | None, original_of: int | None
) -> None:
    """An unchanged file's document, with its ``reader`` noted and named the original of
    ``original_of`` when it was not yet anyone's (ingested first, named the original now)."""
    _note_reader(s, row.id, row.current_version, reader)
    if original_of is not None and row.original_of is None:
        row.original_of = original_of
        s.flush()


def next_version(
    s: Session, row: DocumentRow | None, file: File, original_of: int | None
) -> tuple[DocumentRow, int | None]:
    """The document (``row``, or a new one) at its next version number, and the version it
    had (None for a new document)."""
    if row is None:
        row = DocumentRow(
            name=file.name, path=file.path, current_version=1, original_of=original_of
        )
        s.add(row)
        s.flush()
        return row, None
    previous = row.current_version
    row.current_version += 1
    if original_of is not None:
        row.original_of = original_of
    return row, previous


def add_version(
    s: Session, row: DocumentRow, file: File, sentences: Sequence[Sentence], actor: str
) -> None:
    """The document's current version's row, its segments and its ingest event."""
    version = VersionRow(
        document_id=row.id,
        version=row.current_version,
        sha256=file.sha256,
        encoding=file.encoding,
        size=file.size,
        lang=file.lang,
        reading=file.reading,
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
            payload={"version": version.version, "sha256": file.sha256, "path": file.path}
            | ({"reader": file.reader} if file.reader is not None else {}),
        )
    )
    s.flush()


def version_row(s: Session, document_id: int, version: int) -> VersionRow:
    """A document's version's row; NotFoundError when it has no such version."""
    row = s.scalars(
        select(VersionRow).where(
            VersionRow.document_id == document_id, VersionRow.version == version
        )
    ).one_or_none()
    if row is None:
        raise NotFoundError(f"document {document_id} has no version {version}")
    return row


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


def moved_here(
    s: Session, target: DocumentRow, here: DocumentRow | None, path: str, lang: str
) -> DocumentRow:
    """``target``, to take the file at ``path`` as its new version (`store_file`'s
    ``version_of``), with ``here`` (the document stored from ``path``, if another)
    deleted when nothing was done to it since its ingest."""
    current = version_row(s, target.id, target.current_version)
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
    found = ingest_payload(s, doc_id, version)
    if found is not None and found[1].get("reader") != reader:
        event, payload = found
        event.payload = payload | {"reader": reader}  # a new dict: the JSON column sees it


def ingest_payload(
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
