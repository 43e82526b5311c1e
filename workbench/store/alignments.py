"""Alignments and their beads: stored, edited under optimistic locking, undone.

Every edit replaces a contiguous run of beads with new ones in one
transaction and writes an event holding the run before and after, which is
what undo and the audit trail read. A bead's ``version`` grows with each edit;
an edit that names an older version than the stored one is refused.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, select, update

from workbench.model import (
    Alignment,
    BeadDraft,
    ConflictError,
    NotFoundError,
    Status,
    StoredBead,
)
from workbench.store.schema import (
    AlignmentRow,
    BeadRow,
    EventRow,
    VersionRow,
    utcnow,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class Event:
    """An entry of the audit log."""

    id: int
    at: str
    actor: str
    action: str
    alignment_id: int | None
    undone: bool
    summary: str


class AlignmentStore:
    """The alignment half of Store (mixed in; uses its ``transaction``)."""

    def transaction(self) -> AbstractContextManager[Session]:  # provided by Store
        raise NotImplementedError

    # --- alignments ---------------------------------------------------------

    def save_alignment(
        self,
        *,
        doc_id: int,
        version: int,
        counterpart: tuple[int, int] | None,
        fr_lang: str,
        cp_lang: str,
        aligner: str,
        beads: Sequence[BeadDraft],
        actor: str = "cli",
    ) -> Alignment:
        """Create the alignment of a document version with a counterpart, or replace its beads.

        ``counterpart`` is (document id, version) of a separate original, or
        None when the counterpart sentences sit inside the document.
        """
        with self.transaction() as s:
            v = _version(s, doc_id, version)
            cpv = _version(s, *counterpart).id if counterpart is not None else None
            row = s.scalars(
                select(AlignmentRow).where(
                    AlignmentRow.version_id == v.id,
                    AlignmentRow.cp_lang == cp_lang,
                    AlignmentRow.counterpart_version_id.is_(None)
                    if cpv is None
                    else AlignmentRow.counterpart_version_id == cpv,
                )
            ).one_or_none()
            before: list[dict[str, Any]] = []
            if row is None:
                row = AlignmentRow(
                    version_id=v.id,
                    counterpart_version_id=cpv,
                    fr_lang=fr_lang,
                    cp_lang=cp_lang,
                    aligner=aligner,
                )
                s.add(row)
                s.flush()
            else:
                old = s.scalars(select(BeadRow).where(BeadRow.alignment_id == row.id)).all()
                before = [_snapshot(b) for b in old]
                s.execute(delete(BeadRow).where(BeadRow.alignment_id == row.id))
                row.aligner = aligner
                row.updated_at = utcnow()
            added = _insert(s, row.id, 0, beads)
            _log(s, actor, "align", doc_id, row.id, before, added)
            return _alignment(s, row)

    def alignments(self, doc_id: int) -> list[Alignment]:
        """The alignments of every version of a document, newest first."""
        with self.transaction() as s:
            rows = s.scalars(
                select(AlignmentRow)
                .join(VersionRow, AlignmentRow.version_id == VersionRow.id)
                .where(VersionRow.document_id == doc_id)
                .order_by(AlignmentRow.id.desc())
            ).all()
            return [_alignment(s, r) for r in rows]

    def alignment(self, alignment_id: int) -> Alignment:
        with self.transaction() as s:
            return _alignment(s, _alignment_row(s, alignment_id))

    def beads(
        self, alignment_id: int, offset: int = 0, limit: int | None = None
    ) -> list[StoredBead]:
        """Beads in document order; a page of them with offset/limit."""
        with self.transaction() as s:
            _alignment_row(s, alignment_id)
            query = (
                select(BeadRow)
                .where(BeadRow.alignment_id == alignment_id)
                .order_by(BeadRow.position)
                .offset(offset)
            )
            if limit is not None:
                query = query.limit(limit)
            return [_bead(r) for r in s.scalars(query)]

    def bead_counts(self, alignment_id: int) -> dict[str, int]:
        """How many beads have each status."""
        with self.transaction() as s:
            rows = s.execute(
                select(BeadRow.status, func.count())
                .where(BeadRow.alignment_id == alignment_id)
                .group_by(BeadRow.status)
            ).all()
            return {status: count for status, count in rows}

    # --- edits ------------------------------------------------------------------

    def replace_beads(
        self,
        alignment_id: int,
        expected: Mapping[int, int],
        new: Sequence[BeadDraft],
        *,
        actor: str,
        action: str,
    ) -> list[StoredBead]:
        """Replace a contiguous run of beads (id → the version the editor saw) with ``new``.

        Raises ConflictError when any bead changed since the editor read it.
        Where the run and the replacement have the same length, the beads keep
        their ids (and their versions grow); otherwise new beads take the run's place.
        """
        with self.transaction() as s:
            align = _alignment_row(s, alignment_id)
            rows = _locked_run(s, alignment_id, expected)
            before = [_snapshot(r) for r in rows]
            start = rows[0].position if rows else _next_position(s, alignment_id)
            if len(rows) == len(new):
                after = [_overwrite(r, d) for r, d in zip(rows, new, strict=True)]
            else:
                s.execute(delete(BeadRow).where(BeadRow.id.in_([r.id for r in rows])))
                shift = len(new) - len(rows)
                if shift:
                    _shift_after(s, alignment_id, start + len(rows) - 1, shift)
                after = _insert(s, alignment_id, start, new)
            s.flush()
            align.updated_at = utcnow()
            doc_id = s.scalar(
                select(VersionRow.document_id).where(VersionRow.id == align.version_id)
            )
            _log(s, actor, action, doc_id, alignment_id, before, after)
            return [_bead(r) for r in after]

    def undo(self, alignment_id: int, actor: str, *, by: str | None = None) -> Event:
        """Undo the latest review edit of an alignment (``by`` one reviewer) not undone yet.

        The alignment itself (the aligner's run) is not a review edit and is
        never undone: undoing it would empty the alignment. An edit whose beads
        changed since is refused with ConflictError.
        """
        with self.transaction() as s:
            query = (
                select(EventRow)
                .where(EventRow.alignment_id == alignment_id, EventRow.undone.is_(False))
                .where(EventRow.action.not_in(_NOT_UNDOABLE))
                .order_by(EventRow.id.desc())
                .limit(1)
            )
            if by is not None:
                query = query.where(EventRow.actor == by)
            event = s.scalars(query).one_or_none()
            if event is None:
                who = f" by {by}" if by is not None else ""
                raise NotFoundError(f"nothing to undo{who} on this alignment")
            payload = event.payload
            after_ids = [int(b["id"]) for b in payload["after"]]  # type: ignore[attr-defined]
            before = list(payload["before"])  # type: ignore[call-overload]
            current = s.scalars(select(BeadRow).where(BeadRow.id.in_(after_ids))).all()
            expected = {int(b["id"]): int(b["version"]) for b in payload["after"]}  # type: ignore[attr-defined]
            if len(current) != len(after_ids) or any(r.version != expected[r.id] for r in current):
                raise ConflictError(
                    "cannot undo: the beads of that edit were changed since; reload and undo "
                    "the later edits first"
                )
            top = max((r.version for r in current), default=0) + 1
            positions = sorted(r.position for r in current)
            start = positions[0] if positions else min(int(b["position"]) for b in before)
            s.execute(delete(BeadRow).where(BeadRow.id.in_(after_ids)))
            shift = len(before) - len(after_ids)
            if shift:
                _shift_after(s, alignment_id, start + len(after_ids) - 1, shift)
            restored = [_restore(s, alignment_id, start + i, b, top) for i, b in enumerate(before)]
            event.undone = True
            _log(
                s, actor, "undo", event.document_id, alignment_id,
                [{"undo_of": event.id}], restored,
            )  # fmt: skip
            return _event(event)

    def revision(self, alignment_id: int) -> int:
        """A number that grows with every change to the alignment: cheap to poll."""
        with self.transaction() as s:
            top = s.scalar(
                select(func.max(EventRow.id)).where(EventRow.alignment_id == alignment_id)
            )
            return int(top or 0)

    def events(self, alignment_id: int | None = None, limit: int = 100) -> list[Event]:
        """The audit log, newest first."""
        with self.transaction() as s:
            query = select(EventRow).order_by(EventRow.id.desc()).limit(limit)
            if alignment_id is not None:
                query = query.where(EventRow.alignment_id == alignment_id)
            return [_event(e) for e in s.scalars(query)]


# --- helpers (SQL only) ----------------------------------------------------------


def _version(s: Session, doc_id: int, version: int) -> VersionRow:
    row = s.scalars(
        select(VersionRow).where(VersionRow.document_id == doc_id, VersionRow.version == version)
    ).one_or_none()
    if row is None:
        raise NotFoundError(f"document {doc_id} has no version {version}")
    return row


def _alignment_row(s: Session, alignment_id: int) -> AlignmentRow:
    row = s.get(AlignmentRow, alignment_id)
    if row is None:
        raise NotFoundError(f"no alignment {alignment_id}: run `workbench align DOC` first")
    return row


def _alignment(s: Session, row: AlignmentRow) -> Alignment:
    v = s.get(VersionRow, row.version_id)
    cp = s.get(VersionRow, row.counterpart_version_id) if row.counterpart_version_id else None
    assert v is not None
    return Alignment(
        id=row.id,
        doc_id=v.document_id,
        version=v.version,
        counterpart_doc_id=cp.document_id if cp else None,
        counterpart_version=cp.version if cp else None,
        fr_lang=row.fr_lang,
        cp_lang=row.cp_lang,
        aligner=row.aligner,
        created_at=row.created_at,
    )


def _locked_run(s: Session, alignment_id: int, expected: Mapping[int, int]) -> list[BeadRow]:
    rows = list(
        s.scalars(
            select(BeadRow)
            .where(BeadRow.alignment_id == alignment_id, BeadRow.id.in_(list(expected)))
            .order_by(BeadRow.position)
        )
    )
    if len(rows) != len(expected):
        raise ConflictError(
            "some of these beads no longer exist: another reviewer changed this stretch; "
            "reload the page"
        )
    for r in rows:
        if r.version != expected[r.id]:
            who = f" by {r.reviewer}" if r.reviewer else ""
            raise ConflictError(
                f"bead {r.id} was changed{who} since you loaded it; reload to see the "
                "change, then redo your edit"
            )
    positions = [r.position for r in rows]
    if positions and positions != list(range(positions[0], positions[0] + len(positions))):
        raise ConflictError("the beads of one edit must be next to each other")
    return rows


def _next_position(s: Session, alignment_id: int) -> int:
    top = s.scalar(select(func.max(BeadRow.position)).where(BeadRow.alignment_id == alignment_id))
    return 0 if top is None else top + 1


def _shift_after(s: Session, alignment_id: int, position: int, shift: int) -> None:
    s.execute(
        update(BeadRow)
        .where(BeadRow.alignment_id == alignment_id, BeadRow.position > position)
        .values(position=BeadRow.position + shift)
    )


def _insert(s: Session, alignment_id: int, start: int, beads: Sequence[BeadDraft]) -> list[BeadRow]:
    rows = [
        BeadRow(
            alignment_id=alignment_id,
            position=start + i,
            fr_ids=list(d.fr),
            cp_ids=list(d.cp),
            fr_text=d.fr_text,
            cp_text=d.cp_text,
            score=d.score,
            status=str(d.status),
            origin=d.origin,
            reviewer=d.reviewer,
            note=d.note,
            version=1,
        )
        for i, d in enumerate(beads)
    ]
    s.add_all(rows)
    s.flush()
    return rows


def _overwrite(row: BeadRow, d: BeadDraft) -> BeadRow:
    row.fr_ids, row.cp_ids = list(d.fr), list(d.cp)
    row.fr_text, row.cp_text = d.fr_text, d.cp_text
    row.score, row.status, row.origin = d.score, str(d.status), d.origin
    row.reviewer, row.note = d.reviewer, d.note
    row.version += 1
    row.updated_at = utcnow()
    return row


def _restore(
    s: Session, alignment_id: int, position: int, b: Mapping[str, Any], version: int
) -> BeadRow:
    row = BeadRow(
        id=int(b["id"]),
        alignment_id=alignment_id,
        position=position,
        fr_ids=list(b["fr_ids"]),
        cp_ids=list(b["cp_ids"]),
        fr_text=b["fr_text"],
        cp_text=b["cp_text"],
        score=float(b["score"]),
        status=b["status"],
        origin=b["origin"],
        reviewer=b["reviewer"],
        note=b["note"],
        version=version,
    )
    s.add(row)
    s.flush()
    return row


# Runs of the aligner replace the whole alignment; they are not review edits.
_NOT_UNDOABLE = ("undo", "align")

_FIELDS = ("id", "position", "fr_ids", "cp_ids", "fr_text", "cp_text", "score", "status",
           "origin", "reviewer", "note", "version")  # fmt: skip


def _snapshot(row: BeadRow) -> dict[str, Any]:
    return {f: getattr(row, f) for f in _FIELDS}


def _log(
    s: Session,
    actor: str,
    action: str,
    doc_id: int | None,
    alignment_id: int,
    before: Sequence[Mapping[str, Any]],
    after: Sequence[BeadRow],
) -> None:
    s.add(
        EventRow(
            actor=actor,
            action=action,
            document_id=doc_id,
            alignment_id=alignment_id,
            payload={"before": list(before), "after": [_snapshot(r) for r in after]},
        )
    )


def _bead(row: BeadRow) -> StoredBead:
    return StoredBead(
        id=row.id,
        alignment_id=row.alignment_id,
        position=row.position,
        fr=tuple(row.fr_ids),
        cp=tuple(row.cp_ids),
        fr_text=row.fr_text,
        cp_text=row.cp_text,
        score=row.score,
        status=Status(row.status),
        origin=row.origin,
        reviewer=row.reviewer,
        version=row.version,
        created_at=row.created_at,
        updated_at=row.updated_at,
        note=row.note,
    )


def _event(e: EventRow) -> Event:
    payload = e.payload
    before = len(payload.get("before", []))  # type: ignore[arg-type]
    after = len(payload.get("after", []))  # type: ignore[arg-type]
    return Event(
        id=e.id,
        at=e.at.isoformat(timespec="seconds"),
        actor=e.actor,
        action=e.action,
        alignment_id=e.alignment_id,
        undone=e.undone,
        summary=f"{before} bead(s) → {after}",
    )
