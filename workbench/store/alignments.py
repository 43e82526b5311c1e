"""Alignments and their beads: stored, edited under optimistic locking, undone.

Every edit replaces a contiguous run of beads with new ones in one
transaction and writes an event holding the run before and after, which is
what undo and the audit trail read. A bead's ``version`` grows with each edit;
an edit that names an older version than the stored one is refused.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, select

from workbench.model import (
    Alignment,
    BeadDraft,
    ConflictError,
    NotFoundError,
    StoredBead,
)
from workbench.store import rows as sql
from workbench.store.rows import Event
from workbench.store.schema import (
    AlignmentRow,
    BeadRow,
    EventRow,
    VersionRow,
    utcnow,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


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
            v = sql.version(s, doc_id, version)
            cpv = sql.version(s, *counterpart).id if counterpart is not None else None
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
                before = [sql.snapshot(b) for b in old]
                s.execute(delete(BeadRow).where(BeadRow.alignment_id == row.id))
                row.aligner = aligner
                row.updated_at = utcnow()
            added = sql.insert(s, row.id, 0, beads)
            sql.log(s, actor, "align", doc_id, row.id, before, added)
            return sql.alignment(s, row)

    def alignments(self, doc_id: int) -> list[Alignment]:
        """The alignments of every version of a document, newest first."""
        with self.transaction() as s:
            rows = s.scalars(
                select(AlignmentRow)
                .join(VersionRow, AlignmentRow.version_id == VersionRow.id)
                .where(VersionRow.document_id == doc_id)
                .order_by(AlignmentRow.id.desc())
            ).all()
            return [sql.alignment(s, r) for r in rows]

    def alignment(self, alignment_id: int) -> Alignment:
        with self.transaction() as s:
            return sql.alignment(s, sql.alignment_row(s, alignment_id))

    def beads(
        self, alignment_id: int, offset: int = 0, limit: int | None = None
    ) -> list[StoredBead]:
        """Beads in document order; a page of them with offset/limit."""
        with self.transaction() as s:
            sql.alignment_row(s, alignment_id)
            query = (
                select(BeadRow)
                .where(BeadRow.alignment_id == alignment_id)
                .order_by(BeadRow.position)
                .offset(offset)
            )
            if limit is not None:
                query = query.limit(limit)
            return [sql.bead(r) for r in s.scalars(query)]

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
            align = sql.alignment_row(s, alignment_id)
            rows = sql.locked_run(s, alignment_id, expected)
            before = [sql.snapshot(r) for r in rows]
            start = rows[0].position if rows else sql.next_position(s, alignment_id)
            if len(rows) == len(new):
                after = [sql.overwrite(r, d) for r, d in zip(rows, new, strict=True)]
            else:
                s.execute(delete(BeadRow).where(BeadRow.id.in_([r.id for r in rows])))
                shift = len(new) - len(rows)
                if shift:
                    sql.shift_after(s, alignment_id, start + len(rows) - 1, shift)
                after = sql.insert(s, alignment_id, start, new)
            s.flush()
            align.updated_at = utcnow()
            doc_id = s.scalar(
                select(VersionRow.document_id).where(VersionRow.id == align.version_id)
            )
            sql.log(s, actor, action, doc_id, alignment_id, before, after)
            return [sql.bead(r) for r in after]

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
                .where(EventRow.action.not_in(sql.NOT_UNDOABLE))
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
                sql.shift_after(s, alignment_id, start + len(after_ids) - 1, shift)
            restored = [
                sql.restore(s, alignment_id, start + i, b, top) for i, b in enumerate(before)
            ]
            event.undone = True
            sql.log(
                s, actor, "undo", event.document_id, alignment_id,
                [{"undo_of": event.id}], restored,
            )  # fmt: skip
            return sql.event(event)

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
            return [sql.event(e) for e in s.scalars(query)]
