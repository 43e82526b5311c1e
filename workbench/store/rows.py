"""Row-level helpers of the alignment store: locking, checking, logging, reading beads back.

SQL only, no policy: `AlignmentStore` and `History` decide what an edit, an
undo or a redo does. Every helper that changes beads runs after
`lock_alignment` in the same transaction; those that write runs of beads are
in `runs`, the audit log's line per event in `event_summary`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Row, func, select

from workbench.model import (
    Alignment,
    ConflictError,
    NotFoundError,
    Status,
    StoredBead,
)

# `bead_span` stays importable from here for the Review page's history box (ui/review_history).
from workbench.store.event_summary import bead_span as bead_span
from workbench.store.event_summary import summary
from workbench.store.runs import snapshot
from workbench.store.schema import (
    AlignmentRow,
    BeadRow,
    DocumentRow,
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
    document_id: int | None = None
    # `summary` with every changed text whole, for a script (`workbench history -f tsv`)
    full_summary: str = ""


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


def lock_alignment(s: Session, alignment_id: int) -> AlignmentRow:
    """The alignment's row, locked until the transaction ends.

    Every writer of an alignment's beads takes this lock first (on SQLite the
    transaction already holds the database's write lock), so the beads read
    after it are the ones the writer replaces: check and write are atomic.
    """
    row = s.scalars(
        select(AlignmentRow)
        .where(AlignmentRow.id == alignment_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).one_or_none()
    if row is None:
        raise NotFoundError(f"no alignment {alignment_id}: run `workbench align DOC` first")
    return row


def lock_reviewed_alignment(s: Session, alignment_id: int) -> AlignmentRow:
    """The alignment's row locked (`lock_alignment`), for a reviewer's edit, undo or redo:
    ConflictError, nothing written, when a newer version of its French document is current.

    Once a file is read again or imported again, the Review page, exports and
    `align` follow the new version, and `align` carries reviewed beads over from
    this one. A save here afterwards would be stored where nothing shows it.
    The document's row is held (shared) until the edit ends, so a new version
    waits for an edit under way and `align` then carries it over.
    """
    row = lock_alignment(s, alignment_id)
    version = s.get(VersionRow, row.version_id)
    assert version is not None
    document = s.scalars(
        select(DocumentRow)
        .where(DocumentRow.id == version.document_id)
        .with_for_update(read=True)
        .execution_options(populate_existing=True)
    ).one()
    if document.current_version != version.version:
        replaced = version_replaced(document.name, document.current_version, version.version)
        raise ConflictError(
            f"{replaced}: nothing was saved; reload, check that your change is still needed, "
            "and make it again"
        )
    return row


def version_replaced(name: str, current: int, loaded: int) -> str:
    """Why an edit aimed at version ``loaded`` of document ``name`` is refused once
    ``current`` replaced it: the store's refusal and the Review page's say it alike."""
    return (
        f"version {current} of {name} is current since you loaded version {loaded} "
        "(the file was read or imported again)"
    )


def revision(s: Session, alignment_id: int) -> int:
    top = s.scalar(select(func.max(EventRow.id)).where(EventRow.alignment_id == alignment_id))
    return int(top or 0)


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


def changed_by(s: Session, row: BeadRow) -> str:
    """Who last wrote a bead: the actor of the event its version names."""
    e = s.get(EventRow, row.version)
    if e is not None and e.alignment_id == row.alignment_id:
        return e.actor
    return row.reviewer or "another reviewer"


def removed_by(s: Session, alignment_id: int, bead_id: int, since: int) -> tuple[str, int | None]:
    """Who removed a bead after event ``since``, and where it stood (0-based), if logged."""
    found = _remover(s, alignment_id, bead_id, since)
    return (found[0].actor, found[1]) if found is not None else ("another reviewer", None)


_HOW = {
    "align": "re-aligned", "realign": "re-aligned between the reviewed beads", "merge": "merged",
    "split": "split", "move": "moved", "undo": "changed by an undo", "redo": "changed by a redo",
    "unpair": "unpaired",
}  # fmt: skip
_KIND_HOW = {
    "body": "gave a debris line back to the text", "boilerplate": "marked a line as debris",
}  # fmt: skip


# What an event did to the bead it last wrote, in a reviewer's words (`change`).
_CHANGED = {
    "undo": "changed by an undo", "redo": "changed by a redo", "confirm": "confirmed",
    "reject": "rejected", "align": "re-aligned", "realign": "re-aligned",
}  # fmt: skip


def change(s: Session, event_id: int) -> str | None:
    """What the event ``event_id`` did to a bead it wrote, and who did it ("changed by ben",
    "changed by an undo by rui", "confirmed by ana"); None when the log has no such event.
    A bead's version is the id of the event that last wrote it."""
    e = s.get(EventRow, event_id)
    return None if e is None else f"{_CHANGED.get(e.action, 'changed')} by {e.actor}"


def removal(s: Session, alignment_id: int, bead_id: int, since: int) -> tuple[str, int | None]:
    """How a bead was removed after event ``since``, in a reviewer's words ("re-aligned by
    ben after ben gave a debris line back to the text"), and where it stood (0-based);
    ("merged, split or moved by another reviewer", None) when the log does not say."""
    found = _remover(s, alignment_id, bead_id, since)
    if found is None:
        return "merged, split or moved by another reviewer", None
    e, position = found
    how = f"{_HOW.get(e.action, e.action)} by {e.actor}"
    if e.action == "align":  # the Debris page (or `debris`) aligns again after a kind change
        a = alignment(s, alignment_row(s, alignment_id))
        docs = [d for d in (a.doc_id, a.counterpart_doc_id) if d is not None]
        kind = s.scalars(
            select(EventRow)
            .where(EventRow.action == "kind", EventRow.document_id.in_(docs))
            .where(EventRow.id > since, EventRow.id < e.id)
            .order_by(EventRow.id.desc())
            .limit(1)
        ).first()
        if kind is not None and isinstance(kind.payload, dict):
            done = _KIND_HOW.get(str(kind.payload.get("kind")), "changed which lines are debris")
            how += f" after {kind.actor} {done}"
    return how, position


def _remover(
    s: Session, alignment_id: int, bead_id: int, since: int
) -> tuple[EventRow, int] | None:
    """The event that removed a bead after event ``since``, and where it stood (0-based)."""
    events = s.scalars(
        select(EventRow)
        .where(EventRow.alignment_id == alignment_id, EventRow.id > since)
        .order_by(EventRow.id.desc())
        .limit(200)
    )
    for e in events:
        for b in e.payload.get("before", []):  # type: ignore[attr-defined]
            if isinstance(b, dict) and b.get("id") == bead_id:
                return e, int(b["position"])
    return None


def locked_run(s: Session, alignment_id: int, expected: Mapping[int, int]) -> list[BeadRow]:
    """The beads ``expected`` names (id → version seen), refused if any changed or moved apart.

    Call after `lock_alignment`. The ConflictError names the bead by the
    position the reviewer sees (1-based) and who changed it.
    """
    rows = list(
        s.scalars(
            select(BeadRow)
            .where(BeadRow.alignment_id == alignment_id, BeadRow.id.in_(list(expected)))
            .order_by(BeadRow.position)
        )
    )
    found = {r.id for r in rows}
    for bead_id in sorted(set(expected) - found):
        how, position = removal(s, alignment_id, bead_id, min(expected.values(), default=0))
        where = f"bead {position + 1}" if position is not None else "a bead of your edit"
        raise ConflictError(
            f"{where} was {how} since you loaded it; reload to see the change, then redo your edit"
        )
    for r in rows:
        if r.version != expected[r.id]:
            raise ConflictError(
                f"bead {r.position + 1} was changed by {changed_by(s, r)} since you loaded it; "
                "reload to see the change, then redo your edit"
            )
    positions = [r.position for r in rows]
    if positions and positions != list(range(positions[0], positions[0] + len(positions))):
        raise ConflictError(
            f"beads {positions[0] + 1}–{positions[-1] + 1} are no longer next to each other "
            "(a bead was inserted between them); reload and redo your edit"
        )
    return rows


def new_event(s: Session, actor: str, action: str, align: AlignmentRow) -> EventRow:
    """The event of a write, flushed so that its id can version the beads it writes."""
    doc_id = s.scalar(select(VersionRow.document_id).where(VersionRow.id == align.version_id))
    e = EventRow(actor=actor, action=action, document_id=doc_id, alignment_id=align.id, payload={})
    s.add(e)
    s.flush()
    align.updated_at = utcnow()
    return e


# The ids a chunk of imported units had in their file (`bulk.BulkStore.fill_pairs`):
# a part of the align event before them, neither an edit nor a line of the history.
UNIT_IDS = "unit ids"
# A reviewer's word that an alignment's left-behind beads are dealt with
# (`AlignmentStore.mark_dealt_with`): a line of the history that changes no bead.
DEALT_WITH = "dealt with"
# That word taken back (`workbench dealt-with --undo`): the beads are said again.
NOT_DEALT_WITH = "not dealt with"
# Runs of the aligner replace the whole alignment; they are not review edits.
NOT_UNDOABLE = ("undo", "redo", "align", UNIT_IDS, DEALT_WITH, NOT_DEALT_WITH)


def carried(s: Session, came_from: Mapping[int, int], at: Mapping[int, int]) -> dict[str, object]:
    """What an `align` event logs of the beads carried over from an earlier version's
    alignment: {"from": that alignment's id, "ids": {its bead id: the new bead's id}}.

    ``came_from``: place of a new bead → the bead it came from; ``at``: place → new bead id.
    """
    first = next(iter(came_from.values()))
    earlier = s.scalar(select(BeadRow.alignment_id).where(BeadRow.id == first))
    ids = {str(old): at[k] for k, old in came_from.items() if k in at}
    return {"from": earlier, "ids": ids}


def log(
    e: EventRow,
    before: Sequence[Mapping[str, Any]],
    after: Sequence[BeadRow],
    **extra: object,
) -> None:
    e.payload = {"before": list(before), "after": [snapshot(r) for r in after], **extra}


# Every column of a bead, to select as plain rows (``bead`` reads them by name).
BEAD_COLUMNS = tuple(getattr(BeadRow, c.key) for c in BeadRow.__table__.columns)


def bead(row: BeadRow | Row[Any]) -> StoredBead:
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
    return Event(
        id=e.id,
        at=e.at.isoformat(timespec="seconds"),
        actor=e.actor,
        action=e.action,
        alignment_id=e.alignment_id,
        undone=e.undone,
        summary=summary(e.action, e.payload),
        document_id=e.document_id,
        full_summary=summary(e.action, e.payload, whole=True),
    )
