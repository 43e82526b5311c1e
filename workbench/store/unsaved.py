"""Reviewers' unsaved texts: what was typed in a bead's editor and not saved yet.

The Review page sends them shortly after typing pauses, so that a crashed
browser, or another machine, finds them again (`model.UnsavedText`). They are
never a change to a bead: no event, no version; a row leaves when its reviewer
saves, reverts or dismisses the text in the browser tab it was typed in (each tab
keeps its own: a save in one tab leaves another tab's text alone). A tab holding
texts says it is open now and then (`UnsavedTexts.heard_from`): a page opened anew, in
this browser or another, takes over only the texts of a tab not heard from for a while.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime

from sqlalchemy import ColumnElement, Update, delete, select, tuple_, update
from sqlalchemy.orm import Session

from workbench.model import UnsavedText
from workbench.store.base import Database, retry_on_clash
from workbench.store.schema import UnsavedTextRow, utcnow

Key = tuple[int, int, str, str]  # (alignment id, bead id, reviewer, browser tab)


class UnsavedTexts(Database):
    """One unsaved text per reviewer, browser tab, alignment and bead."""

    @retry_on_clash
    def keep_unsaved(self, texts: Sequence[UnsavedText]) -> None:
        """Store ``texts``, each in place of the one its reviewer's tab had for that bead
        (the one typed later wins: an older copy sent late never replaces a newer one)."""
        if not texts:
            return
        with self.transaction() as s:
            _keep(s, texts)

    def drop_unsaved(self, keys: Collection[Key]) -> None:
        """Forget the unsaved texts of these (alignment id, bead id, reviewer, browser tab)
        (none: no-op); another tab's text of the same bead stays."""
        if not keys:
            return
        with self.transaction() as s:
            s.execute(delete(UnsavedTextRow).where(_among(keys)))

    @retry_on_clash
    def heard_from(self, reviewer: str, client: str) -> None:
        """Note that ``reviewer``'s browser tab ``client`` is open now: the rows of its
        unsaved texts (``updated_at``, the server's clock) say when it was last heard from."""
        with self.transaction() as s:
            s.execute(_heard(reviewer, client))

    @retry_on_clash
    def note_unsaved(
        self, reviewer: str, client: str, keep: Sequence[UnsavedText], drop: Collection[Key]
    ) -> None:
        """What one tab's ``unsaved`` event says, in one transaction: forget ``drop``
        (:meth:`drop_unsaved`), store ``keep`` (:meth:`keep_unsaved`), and note ``reviewer``'s
        tab ``client`` heard from now (:meth:`heard_from`). One commit per event: the three
        as transactions of their own made a text typed cost up to 5× as much on SQLite
        (bench/app_liveness.py)."""
        with self.transaction() as s:
            if drop:
                s.execute(delete(UnsavedTextRow).where(_among(drop)))
            if keep:
                _keep(s, keep)
            s.execute(_heard(reviewer, client))

    def tabs_heard_since(self, reviewer: str, since: datetime) -> set[str]:
        """The browser tabs holding unsaved texts of ``reviewer`` heard from at ``since``
        (naive UTC) or later, by :meth:`heard_from` or by a text they sent."""
        with self.reading() as s:
            return set(
                s.scalars(
                    select(UnsavedTextRow.client)
                    .where(UnsavedTextRow.reviewer == reviewer, UnsavedTextRow.updated_at >= since)
                    .distinct()
                )
            )

    def unsaved(self, reviewer: str | None, alignment_ids: Collection[int]) -> list[UnsavedText]:
        """``reviewer``'s unsaved texts on these alignments (None: every reviewer's), every
        tab's, by alignment, bead id, reviewer and tab."""
        if reviewer == "" or not alignment_ids:
            return []
        on = UnsavedTextRow.alignment_id.in_(list(alignment_ids))
        mine = on if reviewer is None else on & (UnsavedTextRow.reviewer == reviewer)
        with self.reading() as s:
            rows = s.scalars(
                select(UnsavedTextRow)
                .where(mine)
                .order_by(
                    UnsavedTextRow.alignment_id,
                    UnsavedTextRow.bead_id,
                    UnsavedTextRow.reviewer,
                    UnsavedTextRow.client,
                )
            )
            return [
                UnsavedText(r.alignment_id, r.bead_id, r.reviewer, r.version, r.base_fr,
                            r.base_cp, r.fr, r.cp, r.typed_at, r.client)
                for r in rows
            ]  # fmt: skip


def _keep(s: Session, texts: Sequence[UnsavedText]) -> None:
    """Store ``texts`` in ``s``, each in place of its tab's text of that bead unless older."""
    latest = {_key(t): t for t in sorted(texts, key=lambda t: t.typed_at)}
    for row in s.scalars(select(UnsavedTextRow).where(_among(latest))):
        t = latest.pop((row.alignment_id, row.bead_id, row.reviewer, row.client))
        if t.typed_at >= row.typed_at:
            _fill(row, t)
    for t in latest.values():
        s.add(_fill(UnsavedTextRow(), t))


def _heard(reviewer: str, client: str) -> Update:
    """Every row of ``reviewer``'s tab ``client`` marked heard from now."""
    # no ORM bookkeeping of the rows a session holds (its keep's): the session ends with
    # this transaction, and nothing reads their updated_at before (a third of its CPU)
    return (
        update(UnsavedTextRow)
        .where(UnsavedTextRow.reviewer == reviewer, UnsavedTextRow.client == client)
        .values(updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )


def _key(t: UnsavedText) -> Key:
    return (t.alignment_id, t.bead_id, t.reviewer, t.client)


def _among(keys: Collection[Key]) -> ColumnElement[bool]:
    columns = (
        UnsavedTextRow.alignment_id, UnsavedTextRow.bead_id, UnsavedTextRow.reviewer,
        UnsavedTextRow.client,
    )  # fmt: skip
    return tuple_(*columns).in_(list(keys))


def _fill(row: UnsavedTextRow, t: UnsavedText) -> UnsavedTextRow:
    row.alignment_id, row.bead_id, row.reviewer = t.alignment_id, t.bead_id, t.reviewer
    row.client = t.client
    row.version, row.base_fr, row.base_cp = t.version, t.base_fr, t.base_cp
    row.fr, row.cp, row.typed_at, row.updated_at = t.fr, t.cp, t.typed_at, utcnow()
    return row
