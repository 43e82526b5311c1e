"""Alignments and their beads: stored, and edited under optimistic locking.

Every edit replaces a contiguous run of beads with new ones in one
transaction and writes an event holding the run before and after, which is
what undo, redo and the audit trail read. A bead's ``version`` is the id of
the event that last wrote it; an edit that names another version than the
stored one is refused. Check and write are atomic: the edit locks the
alignment (see `rows.lock_alignment`) before it reads the beads it replaces.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from workbench.model import (
    Alignment,
    BeadDraft,
    ConflictError,
    HeldByUnsavedText,
    LeftBehind,
    StoredBead,
)
from workbench.store import alignment_rows as aligned
from workbench.store import rows as sql
from workbench.store import runs
from workbench.store.base import Database, retry_on_clash
from workbench.store.schema import AlignmentRow, BeadRow, EventRow, VersionRow

if TYPE_CHECKING:
    from datetime import datetime

    from sqlalchemy.orm import Session


class AlignmentStore(Database):
    """Alignments: created by the aligner, read a page at a time, edited by reviewers."""

    # --- alignments ---------------------------------------------------------

    @retry_on_clash
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
        expected_revision: int | None = None,
        unit_ids: Sequence[str] | None = None,
        came_from: Mapping[int, int] | None = None,
        inputs: str | None = None,
        left_behind: LeftBehind | None = None,
    ) -> Alignment:
        """Create the alignment of a document version with a counterpart, or replace its beads.

        ``counterpart`` is (document id, version) of a separate original, or None when the
        counterpart sentences sit inside the document. There is one alignment per document
        version and counterpart language; when two processes create it at once, the second
        replaces the first's beads (`retry_on_clash`).

        ``expected_revision`` is `revision` as the caller read it before computing ``beads``
        (0: no alignment yet). When the alignment changed since (a reviewer confirmed a bead,
        another `align` finished first), nothing is written and ConflictError says to run
        again; None skips the check.

        A bead that comes out as it was keeps its id and version (`runs.realign`): a table
        exported or an edit loaded before still names it. When every bead does, with the same
        aligner and counterpart, nothing is written: a `confirm --seen` read before applies.

        ``unit_ids`` (one per bead, in order) are the ids the pairs had in a TMX or XLIFF
        they were imported from: `unit_ids` gives them back. ``came_from``: place in
        ``beads`` → id of the bead of an earlier version's alignment it was carried over
        from (`pipeline.alignment.came_from`), logged in the event for `carried_over`.
        ``left_behind``: the reviewed beads of an earlier version that could not come over
        and the warning that names them, logged in the same event for `left_behind`, so that
        what was said once is there to say again after the process is gone.
        ``inputs``: what the beads were computed from and the run said (`pipeline.align_inputs`),
        kept with the revision the alignment stands at once saved (`inputs_of`); None forgets it.
        """
        with self.transaction() as s:
            v = sql.version(s, doc_id, version)
            cpv = sql.version(s, *counterpart).id if counterpart is not None else None
            row, run = aligned.locked_alignment(s, v.id, cp_lang, expected_revision), (aligner, cpv)
            if row is not None:
                old = aligned.beads_of(s, row.id)
                fresh = unit_ids is None and not came_from and left_behind is None
                if fresh and aligned.alike(row, run, old, beads):
                    # a nightly re-align of an unchanged file: no event, the revision stays
                    row.inputs = _at_revision(s, row.id, inputs)
                    return sql.alignment(s, row)
                row.aligner, row.counterpart_version_id = run
            else:
                row, old = aligned.new_alignment(s, v.id, cpv, fr_lang, cp_lang, aligner), ()
            aligned.write_beads(s, row, old, beads, actor, unit_ids, came_from, left_behind)
            s.flush()
            row.inputs = _at_revision(s, row.id, inputs)
            return sql.alignment(s, row)

    def inputs_of(self, alignment_id: int) -> tuple[int, str] | None:
        """(revision, inputs) as the last `save_alignment` given ``inputs`` kept them; None
        when it was given none. The inputs hold while `revision` is still that revision."""
        with self.reading() as s:
            kept = s.scalar(select(AlignmentRow.inputs).where(AlignmentRow.id == alignment_id))
        if not kept:
            return None
        revision, _, inputs = kept.partition(" ")
        return int(revision), inputs

    def removal(self, alignment_id: int, bead_id: int, since: int) -> tuple[str, int | None]:
        """How a bead was removed after event ``since``, in a reviewer's words ("re-aligned
        by ben after ben gave a debris line back to the text"), and where it stood
        (0-based, None when the log does not say): `rows.removal`."""
        with self.reading() as s:
            return sql.removal(s, alignment_id, bead_id, since)

    def change(self, version: int) -> str | None:
        """What made a bead's version ``version`` and who ("changed by an undo by rui"), or
        None when the log does not say: `rows.change`."""
        with self.reading() as s:
            return sql.change(s, version)

    def written(self, event_id: int, alignment_id: int, bead_id: int) -> dict[str, Any] | None:
        """Bead ``bead_id`` as event ``event_id`` of alignment ``alignment_id`` wrote it (the
        log's snapshot: its texts, status, version…), or None when this database's log
        holds no such write. A reviewed table's row names its bead's id and version:
        the bead written there tells whether the table came from this database."""
        with self.reading() as s:
            e = s.get(EventRow, event_id)
            if e is None or e.alignment_id != alignment_id:
                return None
            after = (e.payload or {}).get("after")
            if not isinstance(after, list):  # a bulk import logs a count, not its beads
                return None
            return next(
                (dict(b) for b in after if isinstance(b, Mapping) and b.get("id") == bead_id),
                None,
            )

    def carried_over(self, alignment_id: int) -> tuple[int | None, dict[int, int]]:
        """(The earlier version's alignment the reviewed beads of this one came from, its
        bead id → this one's), as the latest `align` that carried beads over logged it;
        (None, {}) when none did (`save_alignment`'s ``came_from``)."""
        with self.reading() as s:
            payloads = s.scalars(
                select(EventRow.payload)
                .where(EventRow.alignment_id == alignment_id, EventRow.action == "align")
                .order_by(EventRow.id.desc())
            )
            for payload in payloads:
                carried = payload.get("carried") if isinstance(payload, dict) else None
                if isinstance(carried, dict) and isinstance(carried.get("from"), int):
                    ids = carried.get("ids") or {}
                    return carried["from"], {int(k): int(v) for k, v in ids.items()}
        return None, {}

    def left_behind(self, alignment_id: int) -> LeftBehind | None:
        """The reviewed beads of an earlier version the `align` or `fill` that made this
        alignment could not carry over, and the warning it gave, as its event logged them;
        None when it left none behind (or was saved before session 29, which logged nothing).

        Only the run that creates an alignment carries beads over (`pipeline.alignment`:
        a later run keeps this alignment's own), so its first event alone is read: an align
        event logs every bead, and the Review page asks this on each whole page it sends."""
        with self.reading() as s:
            return _left_behind(s, alignment_id)

    def mark_dealt_with(
        self, alignment_id: int, *, actor: str, undo: bool = False
    ) -> tuple[LeftBehind | None, bool]:
        """Record that ``actor`` dealt with the beads this alignment left behind: one
        `rows.DEALT_WITH` event, which changes no bead and moves the alignment's `revision`
        (a `confirm --seen` or an `align` read before it is refused, as after any edit).

        Returns (what was left behind, with who dealt with it; whether this call marked it):
        (None, False) when nothing was left behind, (…, False) when it was marked before.
        ``undo``: take the mark back (a `rows.NOT_DEALT_WITH` event; the beads are said
        again), (…, False) when they were not marked.
        The alignment is locked as a reviewer's edit locks it (`rows.lock_reviewed_alignment`:
        ConflictError, nothing written, when a newer version of its document is current),
        so two reviewers marking at once write one event."""
        with self.transaction() as s:
            align = sql.lock_reviewed_alignment(s, alignment_id)
            found = _left_behind(s, alignment_id)
            if found is None or bool(found.dealt_with) is not undo:
                return found, False
            e = sql.new_event(s, actor, sql.NOT_DEALT_WITH if undo else sql.DEALT_WITH, align)
            # where they stand, as the screen numbers them: the history line names them
            held = s.execute(
                select(BeadRow.alignment_id, BeadRow.position).where(BeadRow.id.in_(found.bead_ids))
            ).all()
            e.payload = {
                "dealt_with": {
                    "ids": list(found.bead_ids),
                    "in": sorted({a for a, _ in held}),
                    "positions": sorted(p + 1 for _, p in held),
                }
            }
            return replace(found, dealt_with="" if undo else _signed(actor, e.at)), True

    def unit_ids(self, alignment_id: int) -> dict[int, str]:
        """Bead id → the id its pair had in the TMX or XLIFF it was imported from.

        Read from the alignment's last `align` event (which logged every bead,
        and carries over the unit ids of the beads a re-alignment kept) and the
        `rows.UNIT_IDS` events a bulk import wrote after it, one per chunk of
        units: a bead a reviewer edited in place keeps its id, a merged or split
        one gets a new bead id and so no imported id. Empty for aligner runs.
        """
        found: dict[int, str] = {}
        for event in self.unit_id_events(alignment_id):
            found.update(self.unit_id_chunk(event))
        return found

    def unit_id_events(self, alignment_id: int) -> list[int]:
        """The ids of the events holding an alignment's imported unit ids (its last
        `align` event and the chunk events after it), in order; read one at a time
        with `unit_id_chunk`, so that an export of a million units stays flat."""
        with self.reading() as s:
            return aligned.unit_id_events(s, alignment_id)

    def unit_id_chunk(self, event_id: int) -> dict[int, str]:
        """Bead id → imported unit id, as one event of `unit_id_events` holds them."""
        with self.reading() as s:
            return aligned.unit_id_chunk(s, event_id)

    def alignments(self, doc_id: int) -> list[Alignment]:
        """The alignments of every version of a document, newest first."""
        with self.reading() as s:
            rows = s.scalars(
                select(AlignmentRow)
                .join(VersionRow, AlignmentRow.version_id == VersionRow.id)
                .where(VersionRow.document_id == doc_id)
                .order_by(AlignmentRow.id.desc())
            ).all()
            return [sql.alignment(s, r) for r in rows]

    def alignment(self, alignment_id: int) -> Alignment:
        with self.reading() as s:
            return sql.alignment(s, sql.alignment_row(s, alignment_id))

    def beads(
        self, alignment_id: int, offset: int = 0, limit: int | None = None
    ) -> list[StoredBead]:
        """Beads in document order; a page of them with offset/limit."""
        with self.reading() as s:
            sql.alignment_row(s, alignment_id)
            # plain columns, not ORM objects: a 5,000-bead document reads in half the time
            query = (
                select(*sql.BEAD_COLUMNS)
                .where(BeadRow.alignment_id == alignment_id)
                .order_by(BeadRow.position)
                .offset(offset)
            )
            if limit is not None:
                query = query.limit(limit)
            return [sql.bead(r) for r in s.execute(query)]

    def bead_counts(self, alignment_id: int) -> dict[str, int]:
        """How many beads have each status."""
        with self.reading() as s:
            rows = s.execute(
                select(BeadRow.status, func.count())
                .where(BeadRow.alignment_id == alignment_id)
                .group_by(BeadRow.status)
            ).all()
            return {status: count for status, count in rows}

    def marked_since(self, alignment_id: int, revision: int) -> bool:
        """Whether a reviewer marked the alignment's left-behind beads dealt with (or took
        the mark back) after ``revision`` (`revision`'s numbers): an indexed look at the
        events since, cheap enough for every rerun of the Review page, which then reads
        `left_behind` again for an open tab whose warning another window answered."""
        with self.reading() as s:
            found = s.scalar(
                select(EventRow.id)
                .where(
                    EventRow.alignment_id == alignment_id,
                    EventRow.id > revision,
                    EventRow.action.in_((sql.DEALT_WITH, sql.NOT_DEALT_WITH)),
                )
                .limit(1)
            )
            return found is not None

    def revision(self, alignment_id: int) -> int:
        """A number that grows with every change to the alignment: cheap to poll.

        0 when no such alignment has been written yet.
        """
        with self.reading() as s:
            return sql.revision(s, alignment_id)

    def logged_sentences(
        self, alignment_id: int, bead_id: int
    ) -> tuple[tuple[int, ...], tuple[int, ...]] | None:
        """The (French, counterpart) sentence ids bead ``bead_id`` held when the log last
        wrote or replaced it, newest event first: where a link naming a bead merged or
        split away since should go. None when no event of the alignment names it."""
        with self.reading() as s:
            query = select(EventRow.payload).where(EventRow.alignment_id == alignment_id)
            for (payload,) in s.execute(query.order_by(EventRow.id.desc())):
                for side in ("after", "before"):
                    found = payload.get(side) if isinstance(payload, Mapping) else None
                    for b in found if isinstance(found, list) else []:
                        if isinstance(b, Mapping) and b.get("id") == bead_id:
                            return tuple(b.get("fr_ids") or ()), tuple(b.get("cp_ids") or ())
        return None

    # --- edits ------------------------------------------------------------------

    def lock_for_review(self, alignment_id: int) -> None:
        """Hold the alignment as a reviewer's edit does (`rows.lock_reviewed_alignment`)
        until the `atomic` transaction this runs in ends: several edits read and
        stored as one, while other reviewers' saves wait. ConflictError when a newer
        version of its French document is current."""
        with self.transaction() as s:
            sql.lock_reviewed_alignment(s, alignment_id)

    def replace_beads(
        self,
        alignment_id: int,
        expected: Mapping[int, int],
        new: Sequence[BeadDraft],
        *,
        actor: str,
        action: str,
        detail: Mapping[str, object] | None = None,
    ) -> list[StoredBead]:
        """Replace a contiguous run of beads (id → the version the editor saw) with ``new``.

        Raises ConflictError, changing nothing, when any of those beads changed
        since the editor read it: the message names the bead by its position
        (1-based, as the reviewer sees it) and who changed it. Where the run and
        the replacement have the same length, the beads keep their ids (and
        their versions grow); otherwise new beads take the run's place and the
        beads after it shift. ``detail`` goes into the event's payload beside the
        beads before and after (what the history shows of the edit).
        """
        with self.transaction() as s:
            align = sql.lock_reviewed_alignment(s, alignment_id)
            rows = sql.locked_run(s, alignment_id, expected)
            before = [runs.snapshot(r) for r in rows]
            e = sql.new_event(s, actor, action, align)
            after = runs.replace_run(s, alignment_id, rows, new, e)
            sql.log(e, before, after, **(detail or {}))
            return [sql.bead(r) for r in after]

    def realign_beads(
        self,
        alignment_id: int,
        expected: Mapping[int, int],
        new: Sequence[BeadDraft],
        *,
        actor: str,
        detail: Mapping[str, object] | None = None,
        held: Collection[int] = (),
    ) -> list[StoredBead]:
        """Replace every bead of an alignment (id → the version the editor saw) with ``new``.

        As `save_alignment` does, a bead that comes out as it was keeps its id,
        version and score (`runs.realign`); the event (``realign``) is a
        reviewer's, undoable. When every bead comes out as it was, nothing is written,
        as `save_alignment` does for `align` (one rule: the revision stays, and a
        `confirm --seen` read before still applies). ConflictError, nothing changed,
        when any of those beads changed since the editor read them or a bead was added
        since; HeldByUnsavedText, nothing changed, when a bead it would replace is among
        ``held`` (bead ids: the reviewer's unsaved texts). Returns the beads now, in order.
        """
        with self.transaction() as s:
            align = sql.lock_reviewed_alignment(s, alignment_id)
            rows = sql.locked_run(s, alignment_id, expected)
            if len(rows) != runs.next_position(s, alignment_id):
                raise ConflictError(
                    "a bead was added to the alignment since you loaded it; reload to see it, "
                    "then re-align again"
                )
            if runs.drafted_alike(rows, new):  # newcomer18b: the app's click moved the revision
                return [sql.bead(r) for r in rows]
            mine = [r for r in runs.realign_changes(rows, new) if r.id in held]
            if mine:
                raise HeldByUnsavedText(mine[0].position)
            before = [runs.snapshot(r) for r in rows]
            e = sql.new_event(s, actor, "realign", align)
            after = runs.realign(s, alignment_id, rows, new, e)
            sql.log(e, before, after, **(detail or {}))
            return [sql.bead(r) for r in after]


def _at_revision(s: Session, alignment_id: int, inputs: str | None) -> str | None:
    """``inputs`` behind the revision the alignment stands at in this transaction."""
    return None if inputs is None else f"{sql.revision(s, alignment_id)} {inputs}"


def _left_behind(s: Session, alignment_id: int) -> LeftBehind | None:
    """`AlignmentStore.left_behind` in session ``s``."""
    payload = s.scalar(
        select(EventRow.payload)
        .where(EventRow.alignment_id == alignment_id, EventRow.action == "align")
        .order_by(EventRow.id)
        .limit(1)
    )
    left = payload.get("left_behind") if isinstance(payload, dict) else None
    if not (isinstance(left, dict) and isinstance(left.get("note"), str)):
        return None
    marked = s.execute(  # the latest word, a mark or its undoing
        select(EventRow.actor, EventRow.at, EventRow.action)
        .where(
            EventRow.alignment_id == alignment_id,
            EventRow.action.in_((sql.DEALT_WITH, sql.NOT_DEALT_WITH)),
        )
        .order_by(EventRow.id.desc())
        .limit(1)
    ).first()
    by = (
        _signed(marked.actor, marked.at)
        if marked is not None and marked.action == sql.DEALT_WITH
        else ""
    )
    return LeftBehind(tuple(int(i) for i in left.get("ids") or ()), left["note"], by)


def _signed(actor: str, at: datetime) -> str:
    """Who marked left-behind beads dealt with, and when: "ben, 2026-12-04 09:15 UTC"."""
    return f"{actor}, {at:%Y-%m-%d %H:%M} UTC"
