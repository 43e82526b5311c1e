"""The reviewer's actions on an alignment, as pure functions.

Each action reads the beads the reviewer sees and returns an `Edit`: the
contiguous run of beads it replaces (with the versions the reviewer saw) and
the beads that take their place. The store applies an Edit in one
transaction, refusing it when any of those beads changed meanwhile; undo
reverts it from the event log. Nothing here touches the database.

A bead whose text or sentences a reviewer changes (edit, merge, split, move,
insert) gets no score (None): the aligner's confidence was about other
texts. Confirm and reject keep the pair as it is, and its score.

What an action reads of a bead, and the `Edit` it returns, are `review_base`'s; the actions
that reshape beads are `reshape`'s (merge, move, insert) and `reshape_split`'s (split,
unpair). Callers take them all from here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from workbench.conflict_notes import without_conflict

# imported `as` themselves: re-exported, the review's callers name them here
from workbench.model import HUMAN as HUMAN
from workbench.model import (
    POST_EDIT,
    BeadDraft,
    InputError,
    Status,
    StoredBead,
)
from workbench.model import is_mt_origin as is_mt_origin
from workbench.reshape import insert_empty as insert_empty
from workbench.reshape import merge as merge
from workbench.reshape import move as move
from workbench.reshape_split import split as split
from workbench.reshape_split import split_at_caret as split_at_caret
from workbench.reshape_split import unpair as unpair
from workbench.review_base import Edit as Edit
from workbench.review_base import Side as Side
from workbench.review_base import bead_at, side_name
from workbench.review_base import draft_of as draft_of
from workbench.review_base import holds_mt as holds_mt
from workbench.review_base import post_edit_origin as post_edit_origin
from workbench.review_base import reviewed as reviewed
from workbench.review_base import shape as shape


def _confirmed(bead: StoredBead, reviewer: str) -> BeadDraft:
    """``bead`` confirmed as ``reviewer``'s. Machine words confirmed are a post-edit
    (`post_edit_origin`), with no score: the draft's estimate was the engine's."""
    if not holds_mt(bead):
        return draft_of(bead, status=Status.CONFIRMED, reviewer=reviewer)
    return draft_of(bead, status=Status.CONFIRMED, reviewer=reviewer,
                    origin=post_edit_origin(bead.origin), score=None)  # fmt: skip


def confirm(beads: Sequence[StoredBead], i: int, reviewer: str) -> Edit:
    """Bead ``i`` confirmed as ``reviewer``'s. A bead in an import conflict is settled for
    the text it has (the file's): the conflict leaves its note, the event keeps it. An MT
    draft confirmed is the reviewer's post-edit (`_confirmed`)."""
    b = bead_at(beads, i)
    return Edit(
        "confirm",
        {b.id: b.version},
        (replace(_confirmed(b, reviewer), note=without_conflict(b.note)),),
        f"confirmed bead {i + 1}",
    )


def confirm_through(beads: Sequence[StoredBead], i: int, reviewer: str) -> Edit:
    """Confirm every bead from the first unconfirmed one down to bead ``i``.

    The InterText workflow: read down the page, fix what is wrong, then confirm
    everything above in one go. Rejected beads stay rejected; MT drafts become
    post-edits, as `confirm` makes them.
    """
    bead_at(beads, i)
    start = next(
        (k for k in range(i + 1) if beads[k].status not in (Status.CONFIRMED, Status.REJECTED)),
        None,
    )
    if start is None:
        raise InputError(f"every bead up to {i + 1} is already confirmed or rejected")
    run = beads[start : i + 1]
    drafts = tuple(
        draft_of(b) if b.status is Status.REJECTED else
        _confirmed(b, reviewer)
        for b in run
    )  # fmt: skip
    return Edit(
        "confirm_through",
        {b.id: b.version for b in run},
        drafts,
        f"confirmed beads {start + 1}–{i + 1}",
    )


def reject(beads: Sequence[StoredBead], i: int, reviewer: str) -> Edit:
    b = bead_at(beads, i)
    return Edit(
        "reject",
        {b.id: b.version},
        (draft_of(b, status=Status.REJECTED, reviewer=reviewer),),
        f"rejected bead {i + 1}",
    )


def edit_text(beads: Sequence[StoredBead], i: int, side: Side, text: str, reviewer: str) -> Edit:
    """Replace the text of one side of bead ``i`` (a correction or a post-edit).

    The counterpart of an MT draft edited is a post-edit: origin ``postedit:``
    and the engine's, status ``auto`` (no longer a draft waiting for its
    post-edit, not yet confirmed). Any other edit makes the bead the reviewer's
    (origin ``human``); a draft whose French was corrected still waits for its
    post-edit. An edited confirmed or rejected bead is unconfirmed (``auto``),
    as a CAT tool makes an edited confirmed segment a draft again: the
    confirmation was of the text before, and the history keeps who gave it.
    ``text`` is stored as given: a reviewer's edit is kept as typed, its spaces (a
    trailing one, a no-break one) too; exports trim each side (`formats.units`).
    """
    b = bead_at(beads, i)
    change = {"fr_text": text} if side == "fr" else {"cp_text": text}
    origin, status = HUMAN, b.status
    if side == "cp" and b.origin.startswith(POST_EDIT):
        origin = b.origin
    elif side == "cp" and is_mt_origin(b.origin):
        origin = POST_EDIT + b.origin
    if side == "cp" and status is Status.DRAFT:  # the draft is theirs now
        status = Status.AUTO
    if status in (Status.CONFIRMED, Status.REJECTED):  # to be confirmed again
        status = Status.AUTO
    draft = draft_of(b, **change, origin=origin, status=status, reviewer=reviewer, score=None)
    return Edit(
        "edit", {b.id: b.version}, (draft,), f"edited the {side_name(side)} of bead {i + 1}"
    )


def is_gap(bead: StoredBead) -> bool:
    """A French sentence with no counterpart and no draft yet, which MT may fill.

    Not one a reviewer confirmed as it is (a sentence the original lacks) or
    rejected, nor one whose draft they erased (a post-edit to nothing): each is
    their word.
    """
    empty = not bead.cp and not bead.cp_text
    settled = bead.status in (Status.CONFIRMED, Status.REJECTED)
    mine = settled or bead.origin.startswith(POST_EDIT)
    return bool(bead.fr_text) and empty and not mine


def is_raw_draft(bead: StoredBead) -> bool:
    """An MT draft as its engine wrote it, which `workbench fill --redraft` may draft again.

    French with no counterpart sentence, a counterpart whose origin names an engine
    (``mt:…``, `is_mt_origin`), status ``draft`` and no reviewer's name: nobody has
    touched it. Not a draft a reviewer post-edited (origin ``postedit:…``), confirmed
    (status ``confirmed``) or rejected; nor one still waiting for its post-edit with a
    reviewer's words beside the machine's (`holds_mt`'s origin ``human`` or
    ``postedit:mt:…``: a corrected French, a merge); nor one with a reviewer's name on
    it, which they asked for in the review app (`fill_with`) or carried through a merge
    or split of theirs: a human choice, left as it is.
    """
    return (
        bool(bead.fr_text)
        and not bead.cp
        and bool(bead.cp_text)
        and bead.status is Status.DRAFT
        and is_mt_origin(bead.origin)
        and bead.reviewer is None
    )


def fill_with(
    beads: Sequence[StoredBead],
    i: int,
    text: str,
    origin: str,
    reviewer: str,
    estimate: tuple[float, str] | None = None,
) -> Edit:
    """Give bead ``i``, a French sentence with no counterpart, a machine translation draft.

    ``estimate``: (the draft's quality estimate in [0, 1], how it was made, e.g.
    ``qe:usem3|…``) becomes the draft's score and is recorded with the edit;
    without one the draft has no score (the gap's null-alignment confidence says
    nothing of a machine translation). InputError when the bead has a counterpart,
    no French, or was confirmed, rejected or erased by a reviewer (their word, kept
    as `workbench fill` keeps it: `is_gap`).
    """
    b = bead_at(beads, i)
    if b.cp or b.cp_text:
        raise InputError(f"bead {i + 1} already has a counterpart; MT only fills gaps")
    if b.status in (Status.REJECTED, Status.CONFIRMED):  # a reviewer's word, kept by fill
        done = "rejected" if b.status is Status.REJECTED else "confirmed"
        what = "rejection" if b.status is Status.REJECTED else "confirmation"
        raise InputError(
            f"bead {i + 1} was {done} by {b.reviewer or 'a reviewer'}: undo the {what} "
            "first to fill it with MT"
        )
    if b.origin.startswith(POST_EDIT):  # they erased the draft: that is their word too
        raise InputError(
            f"bead {i + 1}'s draft was erased by {b.reviewer or 'a reviewer'}: type a "
            "translation, or undo the erasing to get the draft back"
        )
    if not b.fr_text:
        raise InputError(f"bead {i + 1} has no French text to translate")
    score = estimate[0] if estimate is not None else None
    draft = draft_of(
        b, cp_text=text, origin=origin, status=Status.DRAFT, reviewer=reviewer, score=score
    )
    detail = {"estimate": estimate[1]} if estimate is not None else {}
    return Edit("fill", {b.id: b.version}, (draft,), f"filled bead {i + 1} with {origin}", detail)


# (French text, draft text) → (quality estimate, how it was made): ``Store.draft_estimates``
Estimates = Mapping[tuple[str, str], tuple[float, str]]


def estimate_of(bead: StoredBead, estimates: Estimates) -> str | None:
    """How ``bead``'s score was estimated (``qe:usem3|…``), or None when it is no estimate.

    A bead's score is a quality estimate while the bead holds the very texts a
    fill estimated, as an MT draft, with that score: after an undo and redo or
    a re-alignment that put the draft back it still is; post-edited, it is
    another text and the estimate no longer says anything about it.
    """
    if not is_mt_origin(bead.origin) and bead.status is not Status.DRAFT:
        return None
    found = estimates.get((bead.fr_text, bead.cp_text))
    if found is None or bead.score is None or abs(found[0] - bead.score) > 1e-9:
        return None
    return found[1]
