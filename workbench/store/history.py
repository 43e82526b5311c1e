"""Undo and redo of a reviewer's own edits (the audit log they read: `store.audit_log`).

Each reviewer has an undo stack per alignment: `History.undo` reverts their
latest edit not undone yet, any number of times, back through successive
edits of one bead; `History.redo` re-applies the edit they undid last, as
long as they have made no new edit since. An edit whose beads are no longer
as it left them (another reviewer, or a re-alignment, changed them since) is
passed over, and the step takes the one before it (the step says which it
passed over); when every edit left is so blocked, the step is refused
(ConflictError, nothing changed), naming the latest one's bead by its
position (1-based) and who changed it.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from workbench.model import ConflictError, HeldByUnsavedText, NotFoundError, StoredBead
from workbench.store import rows as sql
from workbench.store import runs
from workbench.store.audit_log import DIFF_AT_MOST as DIFF_AT_MOST  # these three re-exported
from workbench.store.audit_log import Change as Change  # (callers import them from here)
from workbench.store.audit_log import HistoryEntry as HistoryEntry
from workbench.store.base import Database
from workbench.store.rows import Event
from workbench.store.schema import BeadRow, EventRow
from workbench.store.undo_scope import UndoElsewhere, UndoOutdated, UndoScope, touched


@dataclass(frozen=True)
class HistoryStep:
    """What an undo or a redo did.

    ``event`` is the reviewer's edit that was undone or redone; ``beads`` the
    beads now in its place, in order (empty when the step removed them all);
    ``replaced`` the beads they replaced, as they were just before.
    ``positions`` are the 0-based positions where the view should go.
    ``passed_over``: why each later edit of the stack could not be taken
    ("bead 4 was changed by ben since"), latest first.
    """

    event: Event
    beads: tuple[StoredBead, ...]
    replaced: tuple[StoredBead, ...]
    positions: tuple[int, ...]
    passed_over: tuple[str, ...] = ()

    @property
    def action(self) -> str:
        return self.event.action

    @property
    def summary(self) -> str:
        return self.event.summary

    @property
    def undone(self) -> bool:
        return self.event.undone


def _check_latest(s: Any, top: EventRow | None, latest: int) -> None:
    """UndoOutdated unless ``top`` (the latest edit not undone) is the edit ``latest``."""
    if (top.id if top is not None else 0) == latest:
        return
    if top is None:
        raise UndoOutdated(0, "", newer=False)
    where = select(BeadRow.position).where(BeadRow.alignment_id == top.alignment_id)
    ids = touched(top.payload)
    first = s.scalar(where.where(BeadRow.id.in_(ids)).order_by(BeadRow.position).limit(1))
    what = f"your {top.action}" + (f" at bead {first + 1}" if first is not None else "")
    raise UndoOutdated(top.id, what, newer=top.id > latest)


class History(Database):
    """Undo and redo of alignments' review edits."""

    def undo(
        self,
        alignment_id: int,
        actor: str,
        *,
        by: str | None = None,
        held: Collection[int] = (),
        scope: UndoScope | None = None,
        latest: int | None = None,
    ) -> HistoryStep:
        """Undo the latest review edit of an alignment (``by`` one reviewer) not undone yet.

        The alignment itself (the aligner's run) is not a review edit and is
        never undone: undoing it would empty the alignment. NotFoundError when
        there is nothing to undo; ConflictError when another reviewer changed
        those beads since; HeldByUnsavedText, nothing written, when a bead the
        undo would change is among ``held`` (bead ids: the reviewer's unsaved texts);
        UndoElsewhere, nothing written, when the edit it would undo is outside ``scope``;
        UndoOutdated, nothing written, when ``by``'s latest edit not undone is not ``latest``
        (the edit id the page showed as theirs, 0 for none; None: not checked).
        """
        return self._step(alignment_id, actor, by, held, undo=True, scope=scope, latest=latest)

    def redo(
        self, alignment_id: int, actor: str, *, by: str | None = None, held: Collection[int] = ()
    ) -> HistoryStep:
        """Redo the edit ``by`` undid last, unless they made a new edit since.

        NotFoundError when there is nothing to redo; ConflictError when another
        reviewer changed those beads since the undo; HeldByUnsavedText as for `undo`.
        """
        return self._step(alignment_id, actor, by, held, undo=False)

    def _step(
        self,
        alignment_id: int,
        actor: str,
        by: str | None,
        held: Collection[int],
        *,
        undo: bool,
        scope: UndoScope | None = None,
        latest: int | None = None,
    ) -> HistoryStep:
        """Undo (``undo``) or redo the first edit of ``by``'s stack that can be, under the lock."""
        action = "undo" if undo else "redo"
        with self.transaction() as s:
            align = sql.lock_reviewed_alignment(s, alignment_id)
            if latest is not None:
                _check_latest(s, next(self._undo_stack(s, alignment_id, by), None), latest)
            stack = self._undo_stack if undo else self._redo_stack
            blocked: list[_Blocked] = []
            for target in stack(s, alignment_id, by):
                before, after = target.payload["before"], target.payload["after"]
                try:
                    step = self._revert(
                        s, align, actor, action, target, held,
                        current=after if undo else before,  # type: ignore[arg-type]
                        wanted=before if undo else after,  # type: ignore[arg-type]
                    )  # fmt: skip
                except _Blocked as exc:  # nothing was written: try the edit before it
                    blocked.append(exc)
                    continue
                passed = tuple(b.reason for b in blocked)
                if scope is not None and not scope.allows(target.id, touched(target.payload)):
                    # raised inside the transaction: the step just written is rolled back
                    at = step.replaced[0].position if step.replaced else step.positions[0]
                    raise UndoElsewhere(target.id, target.action, at, target.at, passed)
                target.undone = undo
                return _with_event(step, target, passed)
            if blocked:
                raise ConflictError(str(blocked[0]))
            who = f" by {by}" if by is not None else ""
            raise NotFoundError(f"nothing to {action}{who} on this alignment")

    def latest_edit(self, alignment_id: int, by: str) -> int:
        """The id of ``by``'s latest edit not undone (what U would undo first), 0 for none:
        the page sends it back with U (``undo(latest=)``)."""
        with self.reading() as s:
            top = next(self._undo_stack(s, alignment_id, by), None)
            return top.id if top is not None else 0

    # --- the two stacks -------------------------------------------------------

    @staticmethod
    def _edits(s: Any, alignment_id: int, by: str | None) -> Any:
        query = (
            select(EventRow)
            .where(EventRow.alignment_id == alignment_id)
            .where(EventRow.action.not_in(sql.NOT_UNDOABLE))
        )
        return query if by is None else query.where(EventRow.actor == by)

    def _undo_stack(self, s: Any, alignment_id: int, by: str | None) -> Iterator[EventRow]:
        """The edits not undone, newest first (read a page at a time: most steps take the first)."""
        query = self._edits(s, alignment_id, by).where(EventRow.undone.is_(False))
        below: int | None = None
        while True:
            page = query if below is None else query.where(EventRow.id < below)
            rows = s.scalars(page.order_by(EventRow.id.desc()).limit(_PAGE)).all()
            yield from rows
            if len(rows) < _PAGE:
                return
            below = rows[-1].id

    def _redo_stack(self, s: Any, alignment_id: int, by: str | None) -> Iterator[EventRow]:
        """The edits undone since ``by``'s latest new edit, the one undone last first.

        Read from the undo events (each names the edit it undid in its payload's
        ``of``), not from the edits' order: an undo may pass over a later edit.
        """
        latest = s.scalars(
            self._edits(s, alignment_id, by).order_by(EventRow.id.desc()).limit(1)
        ).first()
        undos = select(EventRow).where(
            EventRow.alignment_id == alignment_id, EventRow.action == "undo"
        )
        if latest is not None:
            undos = undos.where(EventRow.id > latest.id)
        seen: set[int] = set()
        for event in s.scalars(undos.order_by(EventRow.id.desc())).all():
            of = (event.payload or {}).get("of")
            if not isinstance(of, int) or of in seen:
                continue
            seen.add(of)
            target = s.get(EventRow, of)
            if target is not None and target.undone and (by is None or target.actor == by):
                yield target

    # --- one step ---------------------------------------------------------------

    def _revert(
        self,
        s: Any,
        align: Any,
        actor: str,
        action: str,
        target: EventRow,
        held: Collection[int],
        *,
        current: Sequence[Mapping[str, Any]],
        wanted: Sequence[Mapping[str, Any]],
    ) -> HistoryStep:
        """Replace the beads ``current`` (as ``target`` logged them) by the snapshots ``wanted``;
        refused before anything is written when one of them is ``held``."""
        rows = self._still_there(s, align.id, target, current, action)
        mine = [r for r in runs.run_changes(rows, wanted) if r.id in held]
        if mine:
            raise HeldByUnsavedText(mine[0].position)
        replaced = tuple(sql.bead(r) for r in rows)
        before = [runs.snapshot(r) for r in rows]
        # An edit that only removed beads: put them back where they stood.
        at = None if rows else min((int(b["position"]) for b in wanted), default=None)
        e = sql.new_event(s, actor, action, align)
        start = rows[0].position if rows else at
        after = runs.replace_run(s, align.id, rows, wanted, e, start=at)
        sql.log(e, before, after, of=target.id)
        beads = tuple(sql.bead(r) for r in after)
        positions = tuple(b.position for b in beads) or (start or 0,)
        return HistoryStep(sql.event(target), beads, replaced, positions)

    def _still_there(
        self,
        s: Any,
        alignment_id: int,
        target: EventRow,
        current: Sequence[Mapping[str, Any]],
        action: str,
    ) -> list[BeadRow]:
        """The beads ``target`` left, refused unless they are still exactly as it left them."""
        ids = [int(b["id"]) for b in current]
        rows = {
            r.id: r
            for r in s.scalars(
                select(BeadRow).where(BeadRow.alignment_id == alignment_id, BeadRow.id.in_(ids))
            )
        }
        what = f"{action} your {target.action}"
        for snap in current:
            row = rows.get(int(snap["id"]))
            if row is None:
                who, position = sql.removed_by(s, alignment_id, int(snap["id"]), target.id)
                where = f"bead {position + 1}" if position is not None else "one of its beads"
                raise _Blocked(what, f"{where} was merged, split or moved by {who} since", "it")
            if not runs.same_content(row, snap):
                raise _Blocked(
                    what, f"bead {row.position + 1} was changed by {sql.changed_by(s, row)} since"
                )
        ordered = sorted(rows.values(), key=lambda r: r.position)
        positions = [r.position for r in ordered]
        if positions and positions != list(range(positions[0], positions[0] + len(positions))):
            raise _Blocked(
                what,
                f"a bead was inserted among beads {positions[0] + 1}–{positions[-1] + 1} since",
                "them",
            )
        return ordered


_PAGE = 20  # edits read at a time from an undo stack


class _Blocked(ConflictError):
    """An edit that cannot be undone or redone: its beads changed since (``reason``)."""

    def __init__(self, what: str, reason: str, them: str = "it") -> None:
        super().__init__(f"cannot {what}: {reason}; reload and change {them} by hand")
        self.reason = reason


def _with_event(step: HistoryStep, target: EventRow, passed_over: tuple[str, ...]) -> HistoryStep:
    """The step with its edit's event as it stands after the step (undone or not)."""
    return HistoryStep(sql.event(target), step.beads, step.replaced, step.positions, passed_over)
