"""Row-level helpers of the alignment store: locking, checking, replacing runs, snapshots.

SQL only, no policy: `AlignmentStore` and `History` decide what an edit, an
undo or a redo does. Every helper that changes beads runs after
`lock_alignment` in the same transaction.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Row, delete, func, select, update

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
    DocumentRow,
    EventRow,
    VersionRow,
    utcnow,
)
from workbench.wording import counted

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


def next_position(s: Session, alignment_id: int) -> int:
    top = s.scalar(select(func.max(BeadRow.position)).where(BeadRow.alignment_id == alignment_id))
    return 0 if top is None else top + 1


def shift_after(s: Session, alignment_id: int, position: int, shift: int) -> None:
    """Move every bead after ``position`` by ``shift`` places, positions staying unique.

    Two statements, through negative positions, because a unique index is
    checked row by row and ``position + shift`` would collide half-way.
    """
    if not shift:
        return
    later = (BeadRow.alignment_id == alignment_id, BeadRow.position > position)
    s.execute(
        update(BeadRow).where(*later).values(position=-(BeadRow.position + shift) - 1),
        execution_options={"synchronize_session": False},
    )
    s.execute(
        update(BeadRow)
        .where(BeadRow.alignment_id == alignment_id, BeadRow.position < 0)
        .values(position=-BeadRow.position - 1),
        execution_options={"synchronize_session": False},
    )


def new_event(s: Session, actor: str, action: str, align: AlignmentRow) -> EventRow:
    """The event of a write, flushed so that its id can version the beads it writes."""
    doc_id = s.scalar(select(VersionRow.document_id).where(VersionRow.id == align.version_id))
    e = EventRow(actor=actor, action=action, document_id=doc_id, alignment_id=align.id, payload={})
    s.add(e)
    s.flush()
    align.updated_at = utcnow()
    return e


def replace_run(
    s: Session,
    alignment_id: int,
    rows: Sequence[BeadRow],
    new: Sequence[BeadDraft | Mapping[str, Any]],
    e: EventRow,
    *,
    start: int | None = None,
) -> list[BeadRow]:
    """Put ``new`` (drafts, or snapshots that keep their ids) where the run ``rows`` stands.

    Rows that stay (same count of drafts, or a snapshot of the same id in the
    same place) are written in place; otherwise the run is deleted, the beads
    after it shift, and the new ones are inserted. Every bead written gets a
    version above any it had before. With no run, ``new`` goes in at ``start``
    (the end by default).
    """
    if rows:
        start = rows[0].position
    elif start is None:
        start = next_position(s, alignment_id)
    if _in_place(rows, new):
        return [
            r if _unchanged(r, d) else _write(r, d, max(e.id, r.version + 1))
            for r, d in zip(rows, new, strict=True)
        ]
    head, tail = _kept_ends(rows, new)
    if head or tail:
        middle = replace_run(
            s, alignment_id, rows[head : len(rows) - tail], new[head : len(new) - tail], e,
            start=start + head,
        )  # fmt: skip
        after = rows[len(rows) - tail :]
        for r in after:  # moved by the middle's shift, which bypassed the session
            s.refresh(r)
        return [*rows[:head], *middle, *after]
    old_versions = {r.id: r.version for r in rows}
    if rows:
        s.execute(
            delete(BeadRow).where(BeadRow.id.in_([r.id for r in rows])),
            execution_options={"synchronize_session": False},
        )
        for r in rows:
            s.expunge(r)
    shift_after(s, alignment_id, start + len(rows) - 1, len(new) - len(rows))
    added = []
    for i, d in enumerate(new):
        row = BeadRow(alignment_id=alignment_id, position=start + i)
        if not isinstance(d, BeadDraft):
            row.id = int(d["id"])
            top = max(old_versions.get(row.id, 0), int(d["version"]))
        else:
            top = 0
        added.append(_write(row, d, max(e.id, top + 1)))
    s.add_all(added)
    s.flush()
    return added


def _in_place(rows: Sequence[BeadRow], new: Sequence[BeadDraft | Mapping[str, Any]]) -> bool:
    """Whether ``new`` stays where ``rows`` stand: as many drafts, or snapshots of the same ids
    in the same places."""
    return len(rows) == len(new) and all(
        isinstance(d, BeadDraft) or int(d["id"]) == r.id for r, d in zip(rows, new, strict=True)
    )


def _kept_ends(
    rows: Sequence[BeadRow], new: Sequence[BeadDraft | Mapping[str, Any]]
) -> tuple[int, int]:
    """How many beads at the head and at the tail of the run ``new`` leaves as they were.

    Such a bead (the bead an insert follows) stays where it is, with its id and version:
    nobody changed it."""
    head = 0
    while head < min(len(rows), len(new)) and _unchanged(rows[head], new[head]):
        head += 1
    tail = 0
    while tail < min(len(rows), len(new)) - head and _unchanged(rows[-1 - tail], new[-1 - tail]):
        tail += 1
    return head, tail


def run_changes(
    rows: Sequence[BeadRow], new: Sequence[BeadDraft | Mapping[str, Any]]
) -> list[BeadRow]:
    """The beads of the run ``rows`` that `replace_run` with ``new`` would write or delete,
    in order (those it leaves as they are aside); nothing is written."""
    if _in_place(rows, new):
        return [r for r, d in zip(rows, new, strict=True) if not _unchanged(r, d)]
    head, tail = _kept_ends(rows, new)
    if head or tail:
        return run_changes(rows[head : len(rows) - tail], new[head : len(new) - tail])
    return list(rows)


def _unchanged(row: BeadRow, d: BeadDraft | Mapping[str, Any]) -> bool:
    """Whether writing ``d`` over ``row`` would leave it as it is (a snapshot: the same bead)."""
    if isinstance(d, BeadDraft):
        if d.created is not None or d.changed is not None:
            return False
        d = {
            "fr_ids": d.fr, "cp_ids": d.cp, "fr_text": d.fr_text, "cp_text": d.cp_text,
            "score": d.score, "status": str(d.status), "origin": d.origin,
            "reviewer": d.reviewer, "note": d.note,
        }  # fmt: skip
    elif int(d["id"]) != row.id:
        return False
    return same_content(row, d)


def _write(row: BeadRow, d: BeadDraft | Mapping[str, Any], version: int) -> BeadRow:
    row.updated_at = utcnow()
    if row.created_at is None:  # a new bead: made when first written, not at the flush after
        row.created_at = row.updated_at
    if isinstance(d, BeadDraft):
        row.fr_ids, row.cp_ids = list(d.fr), list(d.cp)
        row.fr_text, row.cp_text = d.fr_text, d.cp_text
        row.score, row.status, row.origin = d.score, str(d.status), d.origin
        row.reviewer, row.note = d.reviewer, d.note
        if d.created is not None:  # an imported pair keeps its dates
            row.created_at = naive_utc(d.created)
        if d.changed is not None:
            row.updated_at = naive_utc(d.changed)
    else:
        row.fr_ids, row.cp_ids = list(d["fr_ids"]), list(d["cp_ids"])
        row.fr_text, row.cp_text = d["fr_text"], d["cp_text"]
        score = d["score"]
        row.score = None if score is None else float(score)
        row.status, row.origin = d["status"], d["origin"]
        row.reviewer, row.note = d["reviewer"], d["note"]
    row.version = version
    return row


def naive_utc(moment: datetime) -> datetime:
    """The store's form of a date: UTC without a time zone (as ``utcnow``)."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def realign(
    s: Session,
    alignment_id: int,
    old: Sequence[BeadRow],
    new: Sequence[BeadDraft],
    e: EventRow,
) -> list[BeadRow]:
    """The beads ``old`` (all of an alignment's, in order) replaced by ``new``, in order.

    A draft that would leave an old bead as it is (the same sentences on each
    side, texts, status, origin, reviewer and note) keeps that bead's row, id,
    version and score, moved to the draft's place; the other old beads are
    deleted and the other drafts inserted, versioned by ``e``. The score is
    left out of the match: the aligner scores the same pair a little otherwise
    when reviewed beads cut the document into stretches, and a pair nobody
    changed is the bead a reviewer saw and a table exported.
    """
    placed = _placed(old, new)
    kept = {r.id for r in placed if r is not None}
    gone = [r.id for r in old if r.id not in kept]
    for chunk in range(0, len(gone), _IDS_AT_ONCE):
        s.execute(
            delete(BeadRow).where(BeadRow.id.in_(gone[chunk : chunk + _IDS_AT_ONCE])),
            execution_options={"synchronize_session": False},
        )
    for r in old:
        if r.id not in kept:
            s.expunge(r)
    # Through negative places, as `shift_after`: positions are unique at every row's update.
    moving = [(p, r) for p, r in enumerate(placed) if r is not None and r.position != p]
    for p, r in moving:
        r.position = -p - 1
    s.flush()
    for p, r in moving:
        r.position = p
    out = [
        r if r is not None else _write(BeadRow(alignment_id=alignment_id, position=p), d, e.id)
        for p, (r, d) in enumerate(zip(placed, new, strict=True))
    ]
    s.add_all([r for r in out if r.id not in kept])
    s.flush()
    return out


def realign_changes(old: Sequence[BeadRow], new: Sequence[BeadDraft]) -> list[BeadRow]:
    """The beads of ``old`` that `realign` with ``new`` would delete (a bead kept as it was
    may move, keeping its id and version), in order; nothing is written."""
    kept = {r.id for r in _placed(old, new) if r is not None}
    return [r for r in old if r.id not in kept]


def _placed(old: Sequence[BeadRow], new: Sequence[BeadDraft]) -> list[BeadRow | None]:
    """For each draft of ``new``, the bead of ``old`` it leaves as it was, or None."""
    free: dict[tuple[tuple[int, ...], tuple[int, ...]], list[BeadRow]] = {}
    for r in old:
        free.setdefault((tuple(r.fr_ids), tuple(r.cp_ids)), []).append(r)
    placed: list[BeadRow | None] = []
    for d in new:
        rows = free.get((tuple(d.fr), tuple(d.cp)), [])
        same = next((k for k, r in enumerate(rows) if _kept_as_it_was(r, d)), None)
        placed.append(rows.pop(same) if same is not None else None)
    return placed


def drafted_alike(old: Sequence[BeadRow], new: Sequence[BeadDraft]) -> bool:
    """Whether ``new`` is ``old`` (all of an alignment's beads, in order) drafted again,
    bead for bead in the same places (`_kept_as_it_was`): `realign` would change nothing."""
    return len(old) == len(new) and all(
        (tuple(r.fr_ids), tuple(r.cp_ids)) == (tuple(d.fr), tuple(d.cp)) and _kept_as_it_was(r, d)
        for r, d in zip(old, new, strict=True)
    )


def _kept_as_it_was(row: BeadRow, d: BeadDraft) -> bool:
    """Whether ``d`` is ``row`` drafted again: `_unchanged` but for the aligner's score."""
    return _unchanged(row, replace(d, score=row.score))


_IDS_AT_ONCE = 500  # bead ids in one statement's IN list (SQLite caps its parameters)


# The ids a chunk of imported units had in their file (`bulk.BulkStore.fill_pairs`):
# a part of the align event before them, neither an edit nor a line of the history.
UNIT_IDS = "unit ids"
# Runs of the aligner replace the whole alignment; they are not review edits.
NOT_UNDOABLE = ("undo", "redo", "align", UNIT_IDS)

FIELDS = ("id", "position", "fr_ids", "cp_ids", "fr_text", "cp_text", "score", "status",
           "origin", "reviewer", "note", "version")  # fmt: skip
# What a reviewer sees of a bead: equal content means nobody changed it meanwhile.
CONTENT = ("fr_ids", "cp_ids", "fr_text", "cp_text", "score", "status", "origin", "reviewer",
           "note")  # fmt: skip


def snapshot(row: BeadRow) -> dict[str, Any]:
    return {f: getattr(row, f) for f in FIELDS}


def same_content(row: BeadRow, snap: Mapping[str, Any]) -> bool:
    return all(_plain(getattr(row, f)) == _plain(snap[f]) for f in CONTENT)


def _plain(value: object) -> object:
    return list(value) if isinstance(value, list | tuple) else value


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


def summary(action: str, payload: Mapping[str, Any], *, whole: bool = False) -> str:
    """One line saying what an event changed, in the audit log's words.

    Bead edits: ``3 beads → 2``. The events of documents say what they name
    instead: ``kind``: ``segments 4–6, 9 of version 2: boilerplate → body``;
    ``ingest``: ``version 2 of corpus/a.html``; ``rename``: ``a → b``. ``whole``:
    changed texts in full, not cut short (`bead_summary`).
    """
    if action == "kind":
        return kind_summary(payload)
    if action == "ingest":
        path, why = payload.get("path"), payload.get("why")
        return (
            f"version {payload.get('version')}"
            + (f" of {path}" if path else "")
            + (f" ({why})" if why else "")
        )
    if action == "rename":
        return f"{payload.get('from')} → {payload.get('to')}"
    return bead_summary(payload, whole=whole)


SUMMED_UP_BEYOND = 20  # beads: an aligner's run, an import, a re-alignment is counted
CONTEXT = 12  # characters of unchanged text shown either side of a change
CHANGE_SHOWN = 40  # characters of a changed stretch shown, before and after


def bead_summary(payload: Mapping[str, Any], *, whole: bool = False) -> str:
    """Where a bead edit acted, as the screen numbers beads, and what it changed, in short.

    ``bead 14: counterpart “…el alcalde inauguró…” → “…el alcalde abrió…”``;
    ``beads 3–4 → 3: French “…ville. ¦ Elle…” → “…ville. Elle…”`` (``¦``: where
    one bead ended and the next began); ``bead 7: auto → confirmed``. Runs of
    more than SUMMED_UP_BEYOND beads, a first alignment and bulk imports (which
    log a count) are counted: ``0 beads → 10``. ``whole``: each changed side's text
    before and after in full (``bead 14: counterpart “…” → “…”``), for a script.
    """
    before = [b for b in payload.get("before", []) if isinstance(b, Mapping)]
    after = [b for b in payload.get("after", []) if isinstance(b, Mapping)]
    # A bulk import logs the count of its beads, not each one (see `bulk.BulkStore`).
    count = payload.get("beads")
    placed = all("position" in b for b in (*before, *after))
    # nothing replaced (an aligner's first run, an import): a count, not a diff from nothing
    if (
        count is not None
        or not placed
        or not before
        or max(len(before), len(after)) > SUMMED_UP_BEYOND
    ):
        return f"{counted(len(payload.get('before', [])), 'bead')} → {count or len(after)}"
    where = bead_span([int(b["position"]) + 1 for b in before],
                      [int(b["position"]) + 1 for b in after])  # fmt: skip
    said = []
    for side, name in (("fr", "French"), ("cp", "counterpart")):
        old, new = _joined(before, side), _joined(after, side)
        if old != new:
            said.append(f"{name} {f'“{old}” → “{new}”' if whole else short_change(old, new)}")
    if len(before) == len(after):
        said += dict.fromkeys(
            f"{a.get('status')} → {b.get('status')}"
            for a, b in zip(before, after, strict=True)
            if a.get("status") != b.get("status")
        )
    return f"{where}: {'; '.join(said)}" if said else where


def _joined(beads: Sequence[Mapping[str, Any]], side: str) -> str:
    return " ¦ ".join(str(b.get(f"{side}_text") or "") for b in beads)


def bead_span(before: Sequence[int], after: Sequence[int]) -> str:
    """``bead 3``, ``beads 3–4 → 3``, ``beads 5, 9`` (1-based positions, before and after)."""
    if sorted(before) == sorted(after) or not before or not after:
        shown = before or after
        return ("bead " if len(set(shown)) == 1 else "beads ") + _span(shown)
    word = "bead " if len(set(before)) == 1 else "beads "
    return f"{word}{_span(before)} → {_span(after)}"


def _span(positions: Sequence[int]) -> str:
    shown = sorted(set(positions))
    if not shown:
        return "none"
    if len(shown) > 1 and shown[-1] - shown[0] == len(shown) - 1:
        return f"{shown[0]}–{shown[-1]}"
    return ", ".join(map(str, shown))


def short_change(old: str, new: str) -> str:
    """``“…unchanged changed unchanged…” → “…unchanged other unchanged…”``, each cut short.

    The common start and end are kept to CONTEXT characters either side of
    the change, and the changed stretch of each to CHANGE_SHOWN, so that a
    long sentence still says what changed in a line.
    """
    start = 0
    while start < min(len(old), len(new)) and old[start] == new[start]:
        start += 1
    end = 0
    while end < min(len(old), len(new)) - start and old[-1 - end] == new[-1 - end]:
        end += 1
    # whole words: the change starts after a space and the unchanged end at one
    start = old.rfind(" ", 0, start) + 1 if start < len(old) else start
    if end and old[len(old) - end - 1] != " " and old[len(old) - end] != " ":
        space = old.find(" ", len(old) - end)
        end = len(old) - space if space >= 0 else 0
    lead = old[:start]
    if len(lead) > CONTEXT:
        lead = "…" + lead[-CONTEXT:].split(" ", 1)[-1]
    tail = old[len(old) - end :]
    if len(tail) > CONTEXT:
        tail = tail[:CONTEXT].rsplit(" ", 1)[0] + "…"

    def middle(text: str) -> str:
        cut = text[start : len(text) - end]
        return f"{cut[:CHANGE_SHOWN]}…" if len(cut) > CHANGE_SHOWN else cut

    return f"“{lead}{middle(old)}{tail}” → “{lead}{middle(new)}{tail}”"


def kind_summary(payload: Mapping[str, Any]) -> str:
    """``segments 4–6, 9 of version 2: boilerplate → body`` (one clause per kind before)."""
    now = payload.get("kind")
    by_kind: dict[str, list[int]] = {}
    for segment_id, kind in payload.get("before", []):
        by_kind.setdefault(str(kind), []).append(int(segment_id))
    clauses = [
        f"{'segment' if len(ids) == 1 else 'segments'} {id_ranges(ids)}"
        f" of version {payload.get('version')}: {kind} → {now}"
        for kind, ids in by_kind.items()
    ]
    return "; ".join(clauses) or f"no segment changed kind (→ {now})"


def id_ranges(ids: Sequence[int]) -> str:
    """``[4, 5, 6, 9]`` → ``4–6, 9``: runs of consecutive ids written as ranges."""
    runs: list[list[int]] = []
    for i in sorted(set(ids)):
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return ", ".join(f"{r[0]}–{r[-1]}" if len(r) > 2 else ", ".join(map(str, r)) for r in runs)
