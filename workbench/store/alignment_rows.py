"""How `AlignmentStore.save_alignment` writes an alignment: found and locked at the revision
its aligner read, or new; its beads re-aligned (`runs.realign`) in one `align` event that logs
the ids imported units had and the beads carried over. SQL only, no policy, as `rows`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from sqlalchemy import func, or_, select

from workbench.model import BeadDraft, ConflictError, LeftBehind
from workbench.store import rows as sql
from workbench.store import runs
from workbench.store.schema import AlignmentRow, BeadRow, EventRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def unit_id_events(s: Session, alignment_id: int) -> list[int]:
    """The events holding an alignment's imported unit ids: its last `align` event and the
    `rows.UNIT_IDS` chunks after it, in order (`AlignmentStore.unit_id_events`)."""
    last = s.scalar(
        select(func.max(EventRow.id)).where(
            EventRow.alignment_id == alignment_id, EventRow.action == "align"
        )
    )
    if last is None:
        return []
    return list(
        s.scalars(
            select(EventRow.id)
            .where(
                EventRow.alignment_id == alignment_id,
                or_(
                    EventRow.id == last,
                    (EventRow.id > last) & (EventRow.action == sql.UNIT_IDS),
                ),
            )
            .order_by(EventRow.id)
        ).all()
    )


def unit_id_chunk(s: Session, event_id: int) -> dict[int, str]:
    """Bead id → imported unit id, as one event of `unit_id_events` holds them."""
    payload = s.scalar(select(EventRow.payload).where(EventRow.id == event_id))
    tuids = payload.get("tuids") if isinstance(payload, dict) else None
    if not isinstance(tuids, dict):
        return {}
    return {int(bead): str(tuid) for bead, tuid in tuids.items()}


def locked_alignment(
    s: Session, version_id: int, cp_lang: str, expected_revision: int | None
) -> AlignmentRow | None:
    """The alignment of a document version with ``cp_lang``, locked for the edit, or None;
    ConflictError when it is not at ``expected_revision`` (None: any)."""
    found = s.scalars(
        select(AlignmentRow.id).where(
            AlignmentRow.version_id == version_id, AlignmentRow.cp_lang == cp_lang
        )
    ).one_or_none()
    row = sql.lock_alignment(s, found) if found is not None else None
    now = sql.revision(s, row.id) if row is not None else 0
    if expected_revision is not None and now != expected_revision:
        raise ConflictError(
            "the alignment changed while aligning (a reviewer edited it, or another "
            "`workbench align` finished first): run it again to keep that work"
        )
    return row


def new_alignment(
    s: Session, version_id: int, cpv: int | None, fr_lang: str, cp_lang: str, aligner: str
) -> AlignmentRow:
    """A new alignment of a document version (with the counterpart version ``cpv``, None when
    the counterpart sentences sit inside the document), with no beads yet."""
    row = AlignmentRow(
        version_id=version_id,
        counterpart_version_id=cpv,
        fr_lang=fr_lang,
        cp_lang=cp_lang,
        aligner=aligner,
    )
    s.add(row)
    s.flush()
    return row


def beads_of(s: Session, alignment_id: int) -> Sequence[BeadRow]:
    """The alignment's beads, in order."""
    return s.scalars(
        select(BeadRow).where(BeadRow.alignment_id == alignment_id).order_by(BeadRow.position)
    ).all()


def alike(
    row: AlignmentRow,
    run: tuple[str, int | None],
    old: Sequence[BeadRow],
    beads: Sequence[BeadDraft],
) -> bool:
    """Whether aligning again writes nothing: the same ``run`` (aligner, counterpart version)
    and every bead as it was (`runs.drafted_alike`), so a reviewer's `confirm --seen` stays good
    (a nightly re-align of an unchanged file)."""
    same_run = (row.aligner, row.counterpart_version_id) == run
    return same_run and runs.drafted_alike(old, beads)


def write_beads(
    s: Session,
    row: AlignmentRow,
    old: Sequence[BeadRow],
    beads: Sequence[BeadDraft],
    actor: str,
    unit_ids: Sequence[str] | None,
    came_from: Mapping[int, int] | None,
    left_behind: LeftBehind | None = None,
) -> None:
    """``old`` replaced by ``beads`` (`runs.realign`) in one `align` event that logs both,
    with the unit ids the beads carry, the beads they were carried over from, and the
    reviewed beads of an earlier version left behind with the warning naming them."""
    before = [runs.snapshot(b) for b in old]
    # the ids imported pairs had in their file, read before this event becomes the last
    imported: dict[int, str] = {}
    if old and unit_ids is None:
        for event in unit_id_events(s, row.id):
            imported.update(unit_id_chunk(s, event))
    e = sql.new_event(s, actor, "align", row)
    # A bead that comes out as it was keeps its row, id and version: a table
    # exported before still names it, and an edit loaded before still applies.
    added = runs.realign(s, row.id, old, beads, e)
    if unit_ids is not None:
        tuids = {str(r.id): t for r, t in zip(added, unit_ids, strict=True)}
    else:  # a kept bead keeps the id its unit had too (a table exported names it so)
        tuids = {str(r.id): imported[r.id] for r in added if r.id in imported}
    extra: dict[str, object] = {"tuids": tuids} if tuids else {}
    if came_from:
        at = {k: r.id for k, r in enumerate(added)}
        extra["carried"] = sql.carried(s, came_from, at)
    if left_behind is not None:
        extra["left_behind"] = {"ids": list(left_behind.bead_ids), "note": left_behind.note}
    sql.log(e, before, added, **extra)
