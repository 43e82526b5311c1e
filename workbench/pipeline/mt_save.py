"""Storing a fill's drafts beside reviewers at work: a bead a reviewer changed while the
engine translated keeps their change, and the fill stores the rest."""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from workbench.model import BeadDraft, ConflictError, StoredBead
from workbench.pipeline.alignment import apply
from workbench.review import Edit

if TYPE_CHECKING:
    from workbench.store import Store

Draft = tuple[StoredBead, BeadDraft]  # a bead as the fill read it, and its new draft


def next_beads(beads: Sequence[StoredBead]) -> dict[int, int]:
    """Bead id → the id of the bead after it, as ``beads`` stand."""
    return {b.id: after.id for b, after in itertools.pairwise(beads)}


def save_drafts(
    store: Store,
    alignment_id: int,
    drafts: Sequence[Draft],
    next_to: Mapping[int, int],
    actor: str,
    summary: str,
    payload: Mapping[str, object],
) -> list[StoredBead]:
    """Store ``drafts``, one edit (one undo) per run of adjacent beads; the beads left out
    because someone changed them since the fill read them (in the order of ``drafts``).

    Each edit carries the versions the fill read (`Edit.expected`), so the store refuses
    a run holding a bead a reviewer post-edited, confirmed, typed into or reshaped
    meanwhile: their word wins. The run's other beads are then stored as they now stand
    (`_save_run`), so one reviewer's edit costs the fill that bead only.
    """
    left: list[StoredBead] = []
    for run in runs(drafts, next_to):
        left += _save_run(store, alignment_id, run, actor, summary, payload)
    return left


def _save_run(
    store: Store,
    alignment_id: int,
    run: list[Draft],
    actor: str,
    summary: str,
    payload: Mapping[str, object],
) -> list[StoredBead]:
    """One run stored as one edit; on a conflict, the beads of it nobody changed, in runs
    of the beads as they stand now, and those somebody changed returned.

    A refusal that no changed bead and no bead put between explains (the alignment's
    document read again: `lock_reviewed_alignment`) goes to the caller, as before.
    """
    edit = Edit(
        "fill", {b.id: b.version for b, _ in run}, tuple(d for _, d in run),
        summary, payload,
    )  # fmt: skip
    try:
        apply(store, alignment_id, edit, actor)
        return []
    except ConflictError:
        now = store.beads(alignment_id)
        versions = {b.id: b.version for b in now}
        changed = [b for b, _ in run if versions.get(b.id) != b.version]
        kept = [item for item in run if versions.get(item[0].id) == item[0].version]
        parts = runs(kept, next_beads(now))
        if not changed and len(parts) == 1:
            raise
    return changed + save_drafts(store, alignment_id, kept, next_beads(now), actor, summary,
                                 payload)  # fmt: skip


def runs(drafts: Sequence[Draft], next_to: Mapping[int, int]) -> list[list[Draft]]:
    """``drafts`` cut into runs of adjacent beads: each run is one edit, one transaction."""
    found: list[list[Draft]] = []
    for item in drafts:
        if found and next_to.get(found[-1][-1][0].id) == item[0].id:
            found[-1].append(item)
        else:
            found.append([item])
    return found
