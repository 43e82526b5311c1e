"""Writing runs of beads: a run replaced in place or shifted, an alignment re-aligned.

SQL only, no policy, as `rows`: every helper here runs after `rows.lock_alignment`
in the same transaction. A bead keeps its row, id and version where nothing of it
changes; whatever is written gets a version above any it had before.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, select, update

from workbench.model import BeadDraft
from workbench.store.schema import BeadRow, EventRow, utcnow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


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
        return _replace_middle(s, alignment_id, rows, new, e, start, (head, tail))
    return _delete_and_insert(s, alignment_id, rows, new, e, start)


def _replace_middle(
    s: Session,
    alignment_id: int,
    rows: Sequence[BeadRow],
    new: Sequence[BeadDraft | Mapping[str, Any]],
    e: EventRow,
    start: int,
    kept: tuple[int, int],
) -> list[BeadRow]:
    """The run with its ``kept`` (head, tail) rows, those ``new`` leaves as they are, where
    they stand: only the middle between them is replaced."""
    head, tail = kept
    middle = replace_run(
        s, alignment_id, rows[head : len(rows) - tail], new[head : len(new) - tail], e,
        start=start + head,
    )  # fmt: skip
    after = rows[len(rows) - tail :]
    for r in after:  # moved by the middle's shift, which bypassed the session
        s.refresh(r)
    return [*rows[:head], *middle, *after]


def _delete_and_insert(
    s: Session,
    alignment_id: int,
    rows: Sequence[BeadRow],
    new: Sequence[BeadDraft | Mapping[str, Any]],
    e: EventRow,
    start: int,
) -> list[BeadRow]:
    """Delete the run, shift the beads after it, and insert ``new`` at ``start``; a snapshot
    keeps its id with a version above the one its deleted row had."""
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
        # dates given (an imported pair's, a kept bead's own): the same bead only if the same
        if (d.created is not None and naive_utc(d.created) != row.created_at) or (
            d.changed is not None and naive_utc(d.changed) != row.updated_at
        ):
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
