"""Row-level helpers of the alignment store: loading, locking, inserting, snapshots.

SQL only, no policy: `AlignmentStore` decides what an edit or an undo does.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select, update

from workbench.model import (
    Alignment,
    BeadDraft,
    ConflictError,
    NotFoundError,
    Status,
    StoredBead,
)
from workbench.store.schema import AlignmentRow, BeadRow, EventRow, VersionRow, utcnow

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


def version(s: Session, doc_id: int, version: int) -> VersionRow:
    row = s.scalars(
        select(VersionRow).where(VersionRow.document_id == doc_id, VersionRow.version == version)
    ).one_or_none()
    if row is None:
        raise NotFoundError(f"document {doc_id} has no version {version}")
    return row


def alignment_row(s: Session, alignment_id: int) -> AlignmentRow:
    row = s.get(AlignmentRow, alignment_id)
    if row is None:
        raise NotFoundError(f"no alignment {alignment_id}: run `workbench align DOC` first")
    return row


def alignment(s: Session, row: AlignmentRow) -> Alignment:
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


def locked_run(s: Session, alignment_id: int, expected: Mapping[int, int]) -> list[BeadRow]:
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


def next_position(s: Session, alignment_id: int) -> int:
    top = s.scalar(select(func.max(BeadRow.position)).where(BeadRow.alignment_id == alignment_id))
    return 0 if top is None else top + 1


def shift_after(s: Session, alignment_id: int, position: int, shift: int) -> None:
    s.execute(
        update(BeadRow)
        .where(BeadRow.alignment_id == alignment_id, BeadRow.position > position)
        .values(position=BeadRow.position + shift)
    )


def insert(s: Session, alignment_id: int, start: int, beads: Sequence[BeadDraft]) -> list[BeadRow]:
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


def overwrite(row: BeadRow, d: BeadDraft) -> BeadRow:
    row.fr_ids, row.cp_ids = list(d.fr), list(d.cp)
    row.fr_text, row.cp_text = d.fr_text, d.cp_text
    row.score, row.status, row.origin = d.score, str(d.status), d.origin
    row.reviewer, row.note = d.reviewer, d.note
    row.version += 1
    row.updated_at = utcnow()
    return row


def restore(
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
NOT_UNDOABLE = ("undo", "align")

FIELDS = ("id", "position", "fr_ids", "cp_ids", "fr_text", "cp_text", "score", "status",
           "origin", "reviewer", "note", "version")  # fmt: skip


def snapshot(row: BeadRow) -> dict[str, Any]:
    return {f: getattr(row, f) for f in FIELDS}


def log(
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
            payload={"before": list(before), "after": [snapshot(r) for r in after]},
        )
    )


def bead(row: BeadRow) -> StoredBead:
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


def event(e: EventRow) -> Event:
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
