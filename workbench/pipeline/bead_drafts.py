"""The store's beads and the aligner's: reviewed beads as the aligner's anchors (positions on
each side), its beads as drafts to store, the reviewed ones exactly as the reviewer left
them, an empty reviewed bead put back where it stood, an MT draft back on the gap it filled.
"""

from __future__ import annotations

from collections.abc import Sequence

from workbench.model import (
    ALIGNED,
    Bead,
    BeadDraft,
    ReviewedSentencesGone,
    Status,
    StoredBead,
)
from workbench.pipeline.counterparts import Sides
from workbench.review_base import kept_draft
from workbench.wording import counted, plural


def to_positions(beads: Sequence[StoredBead], found: Sides) -> list[Bead]:
    """Stored beads (segment ids) as aligner beads (positions on each side).

    InputError naming the first bead (by position, and who reviewed it) that
    holds a sentence no longer on its side (marked as debris since, say).
    """
    fr = {s.id: i for i, s in enumerate(found.fr)}
    cp = {s.id: i for i, s in enumerate(found.cp)}
    out = []
    for b in beads:
        if any(i not in fr for i in b.fr) or any(i not in cp for i in b.cp):
            raise ReviewedSentencesGone(
                f"bead {b.position + 1}, reviewed by {b.reviewer or 'a reviewer'}, holds "
                "sentences that are no longer text on its side; give them their kind back, "
                "or undo that review, then align again",
                b.position,
                b.reviewer,
            )
        # a kept bead is stored again as it was (`drafts_keeping`): this score is unused
        out.append(Bead(tuple(fr[i] for i in b.fr), tuple(cp[i] for i in b.cp), b.score or 0.0))
    return out


def to_drafts(beads: Sequence[Bead], found: Sides, origin: str) -> list[BeadDraft]:
    return [
        BeadDraft(
            fr=tuple(found.fr[i].id for i in b.src),
            cp=tuple(found.cp[j].id for j in b.tgt),
            fr_text=" ".join(found.fr[i].text for i in b.src),
            cp_text=" ".join(found.cp[j].text for j in b.tgt),
            score=b.score,
            status=Status.AUTO,
            origin=origin,
        )
        for b in beads
    ]


def drafts_keeping(
    beads: Sequence[Bead], found: Sides, kept: Sequence[StoredBead], name: str
) -> list[BeadDraft]:
    """Drafts of the aligner's beads, the confirmed ones exactly as the reviewer left them."""
    confirmed = {b.fr + b.cp: b for b in kept}
    drafts = to_drafts(beads, found, f"{ALIGNED}{name}")
    return [kept_draft(confirmed[d.fr + d.cp]) if d.fr + d.cp in confirmed else d for d in drafts]


def with_loose(
    drafts: Sequence[BeadDraft], kept: Sequence[StoredBead], before: Sequence[StoredBead] = ()
) -> list[BeadDraft]:
    """``drafts`` with the reviewed beads that hold no sentence put back where they stood.

    An empty bead a reviewer inserted and then confirmed, rejected or typed a
    text into is theirs, but anchors nothing: the aligner refused it as a bead
    that "overlaps or crosses an earlier confirmed bead", and `align` stopped.
    It goes back right after the bead holding the last sentence before it in
    ``before`` (the alignment it comes from, or an earlier version's on today's
    sentences: `earlier_on_today`); otherwise after the reviewed bead it
    followed in ``kept``; first if none.
    """
    loose = {b.id for b in kept if not (b.fr or b.cp)}
    if not loose:
        return list(drafts)
    after: dict[int | tuple[int, ...] | None, list[StoredBead]] = {}
    placed = {i for d in drafts for i in (*d.fr, *d.cp)}
    key: int | tuple[int, ...] | None = None
    for b in before or kept:
        if b.id in loose if before else not (b.fr or b.cp):
            after.setdefault(key, []).append(b)
        elif before and (b.fr or b.cp) and (b.fr + b.cp)[-1] in placed:
            key = (b.fr + b.cp)[-1]
        elif not before:
            key = b.fr + b.cp
    mine = {b.id: b for b in kept}  # as kept (carried over: on today's sentences)
    out = [kept_draft(mine.get(b.id, b)) for b in after.pop(None, [])]
    for d in drafts:
        out.append(d)
        keys: list[int | tuple[int, ...]] = [*d.fr, *d.cp, d.fr + d.cp]
        out += [kept_draft(mine.get(b.id, b)) for k in keys for b in after.pop(k, [])]
    return [*out, *(kept_draft(mine.get(b.id, b)) for rest in after.values() for b in rest)]


def reattach_drafts(
    drafts: Sequence[BeadDraft], before: Sequence[StoredBead]
) -> tuple[list[BeadDraft], int]:
    """``drafts`` with the MT drafts of ``before`` put back on the French gaps they filled.

    A draft (status ``draft``, post-edited or not) goes back onto the new bead that
    holds exactly its French sentences and no counterpart; the others are dropped,
    their sentences being aligned with counterpart text now. Returns the drafts and
    how many were dropped.
    """
    out, dropped = _reattach(drafts, before)
    return out, len(dropped)


def reattach_saying(
    drafts: Sequence[BeadDraft], before: Sequence[StoredBead]
) -> tuple[list[BeadDraft], list[str]]:
    """`reattach_drafts`, with the warning for the drafts it dropped, if any: a draft
    whose sentences no bead holds, none paired, was dropped because its line is debris
    now (`restore … --as boilerplate`), not because it is aligned with counterpart text."""
    out, dropped = _reattach(drafts, before)
    if not dropped:
        return out, []
    text = {i for d in out for i in d.fr}
    paired = {i for d in out if d.cp for i in d.fr}
    debris = sum(1 for b in dropped if not set(b.fr) <= text and not set(b.fr) & paired)
    return out, [dropped_drafts_note(len(dropped) - debris, debris)]


def _reattach(
    drafts: Sequence[BeadDraft], before: Sequence[StoredBead]
) -> tuple[list[BeadDraft], list[StoredBead]]:
    """`reattach_drafts`, with the MT drafts it dropped."""
    old = {b.fr: b for b in before if b.status is Status.DRAFT and b.fr and not b.cp}
    out = [
        kept_draft(old.pop(d.fr)) if d.fr in old and not d.cp and d.status is Status.AUTO else d
        for d in drafts
    ]
    return out, list(old.values())


def dropped_drafts_note(aligned: int, debris: int) -> str:
    """The warning for the MT drafts `reattach_drafts` could not put back: ``aligned``
    whose French is aligned with counterpart text now, ``debris`` whose French is debris."""
    dropped = aligned + debris
    sentences = plural(dropped, "its French sentence is", "their French sentences are")
    if not debris:
        why = f"{sentences} now aligned with the counterpart's own text"
    elif not aligned:
        why = f"{sentences} debris now"
    else:
        why = (
            f"the French of {aligned} is now aligned with the counterpart's own text, "
            f"that of {debris} is debris now"
        )
    return (
        f"{counted(dropped, 'MT draft')} {plural(dropped, 'was', 'were')} dropped: {why} "
        f"({plural(dropped, 'the draft stays', 'the drafts stay')} in the "
        "alignment's history)"
    )
