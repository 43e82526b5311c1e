"""What every reviewer action reads of a bead, and the `Edit` it returns.

Whose a bead is (`reviewed`: a reviewer's, which nothing but their own action changes),
what it holds (machine translation nobody post-edited, `holds_mt`; a text a reviewer
typed over its sentences, `typed_text`), its shape as listings show it, and how a bead
that an action reshapes is marked (`mark_after`). The actions are in `review` (confirm,
reject, edit, fill) and `reshape` (merge, split, move, insert).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from workbench.model import (
    HUMAN,
    POST_EDIT,
    BeadDraft,
    InputError,
    Status,
    StoredBead,
    holds_machine_translation,
    is_mt_origin,
)

Side = Literal["fr", "cp"]


def holds_mt(bead: StoredBead | BeadDraft) -> bool:
    """Whether the bead's counterpart holds machine translation nobody post-edited.

    A raw MT draft (origin ``mt:…``), or a bead still waiting for its post-edit
    (status ``draft``) with a reviewer's words in it too: a merge that kept a
    draft beside them (origin ``postedit:mt:…``), an MT draft whose French they
    corrected (origin ``human``). Exports never write it as a human unit.
    """
    return bool(bead.cp_text) and holds_machine_translation(bead.origin, bead.status)


def shape(bead: StoredBead) -> str:
    """A bead's shape as every listing shows it (the Review page's rows, ``workbench
    beads``, the Scores page): its French and counterpart sentences, ``1:1``, ``2:1``,
    ``1:0``. A side whose text is a reviewer's but no sentence of the document (an MT
    draft they confirmed or post-edited, a text typed into an inserted bead) counts as
    one: the bead is a pair. An MT draft nobody post-edited stays ``1:0`` (`holds_mt`).
    """
    fr = len(bead.fr) or int(bool(bead.fr_text))
    cp = len(bead.cp) or int(bool(bead.cp_text) and not holds_mt(bead))
    return f"{fr}:{cp}"


def post_edit_origin(origin: str) -> str:
    """The origin of a reviewer's translation made from a bead with origin ``origin``
    holding MT (``mt:apertium:fr-es`` → ``postedit:mt:apertium:fr-es``); ``postedit:mt``
    when the engine is no longer named (a draft whose French was corrected)."""
    if origin.startswith(POST_EDIT):
        return origin
    return POST_EDIT + (origin if is_mt_origin(origin) else "mt")


def reviewed(bead: StoredBead) -> bool:
    """A bead a reviewer made theirs, which nothing but their own action may change.

    Confirmed or rejected; made by a reviewer's merge, split, move or text
    correction (origin ``human``), even before they confirm it; or an MT draft
    whose text they edited (origin ``postedit:…``). An empty bead a reviewer
    inserted is theirs once they typed a text into it (it anchors nothing, and
    goes back where it stood); left empty, it holds nothing to keep. A raw MT
    draft is the engine's.
    """
    if bead.status in (Status.CONFIRMED, Status.REJECTED):
        return True
    if bead.origin.startswith(POST_EDIT):
        return True
    return bead.origin == HUMAN and bool(bead.fr or bead.cp or bead.fr_text or bead.cp_text)


@dataclass(frozen=True)
class Edit:
    """Replace the beads ``expected`` (id → version seen) with ``drafts``."""

    action: str
    expected: Mapping[int, int]
    drafts: tuple[BeadDraft, ...]
    summary: str = field(default="")
    # Written into the event's payload beside the beads before and after (e.g. where a
    # split cut a sentence), for the history to show.
    detail: Mapping[str, object] = field(default_factory=dict)


def draft_of(b: StoredBead, **changes: object) -> BeadDraft:
    """The bead as a draft to store again, with ``changes`` applied."""
    values: dict[str, object] = {
        "fr": b.fr, "cp": b.cp, "fr_text": b.fr_text, "cp_text": b.cp_text, "score": b.score,
        "status": b.status, "origin": b.origin, "reviewer": b.reviewer, "note": b.note,
    }  # fmt: skip
    values.update(changes)
    return BeadDraft(**values)  # type: ignore[arg-type]


def kept_draft(b: StoredBead) -> BeadDraft:
    """The bead to store again as it stands, dates kept: a review carried into a new version,
    or kept by a re-alignment, still says when it was made and last changed (a TMX unit's
    ``creationdate`` and ``changedate``; newcomer29: a carried confirmation read as made at the
    time of the `align` that carried it)."""
    return draft_of(b, created=b.created_at, changed=b.updated_at)


def bead_at(beads: Sequence[StoredBead], i: int) -> StoredBead:
    if not 0 <= i < len(beads):
        raise InputError(f"there is no bead {i + 1}: the alignment has {len(beads)}")
    return beads[i]


def join_texts(*texts: str) -> str:
    return " ".join(t for t in texts if t)


def as_ingested(ids: Sequence[int], texts: Mapping[int, str]) -> str:
    """What a side with sentences ``ids`` says when nobody typed over it."""
    return join_texts(*(texts.get(s, "") for s in ids))


def _text(bead: StoredBead, side: Side) -> str:
    return bead.fr_text if side == "fr" else bead.cp_text


def side_ids(bead: StoredBead, side: Side) -> tuple[int, ...]:
    return bead.fr if side == "fr" else bead.cp


def typed_text(bead: StoredBead, side: Side, texts: Mapping[int, str]) -> str | None:
    """The text a reviewer typed on ``side`` of ``bead``, or None when that side says what
    its sentences say (or is a raw MT draft, the engine's text).

    A typed text (a correction, a post-edit, an empty bead typed into) is not
    made of its sentences any more: an action that reshapes the bead keeps it
    whole, and never rebuilds it from the ingested sentences.
    """
    text = _text(bead, side)
    if text == as_ingested(side_ids(bead, side), texts):
        return None
    if side == "cp" and is_mt_origin(bead.origin):
        return None
    return text


def typed_refusal(i: int, side: Side, action: str) -> InputError:
    return InputError(
        f"bead {i + 1}'s {side_name(side)} text was typed by a reviewer, so where its "
        f"sentences stand in it is unknown: {action} would lose that text; nothing was "
        "changed (split it at the caret, or undo the edit first)"
    )


def side_name(side: Side) -> str:
    return "French" if side == "fr" else "counterpart"


def _origin_after(bead: StoredBead, kept_cp: bool) -> str:
    """A reshaped bead is the reviewer's; one that keeps a post-edited counterpart says so."""
    return bead.origin if kept_cp and bead.origin.startswith(POST_EDIT) else HUMAN


def mark_after(bead: StoredBead, kept_cp: bool, cp_text: str) -> tuple[str, Status]:
    """(origin, status) of a bead that reshaping ``bead`` leaves with counterpart ``cp_text``.

    ``kept_cp``: that text is (part of) ``bead``'s own, not rebuilt from its
    sentences. Machine words kept stay machine words, waiting for their
    post-edit (`holds_mt`); anything else is the reviewer's (`_origin_after`).
    """
    if kept_cp and cp_text and holds_mt(bead):
        return bead.origin, Status.DRAFT
    return _origin_after(bead, kept_cp), Status.AUTO


def unreviewed(beads: Sequence[StoredBead], what: str) -> str:
    """What a merge or split takes back from the reviewers who had confirmed or rejected
    a bead it replaces (``what`` it makes is `auto` again), said in its summary: newcomer16
    saw a colleague's confirmation go without a word. '' when there was none."""
    said = [
        f"bead {b.position + 1} was {b.status} by {b.reviewer}"
        for b in beads
        if b.status in (Status.CONFIRMED, Status.REJECTED) and b.reviewer
    ]
    return f" ({' and '.join(said)}: review {what} again)" if said else ""
