"""Reviewed beads a new file version leaves behind: who wrote them, and the sides that come over.

`align` carries a reviewed bead of the earlier version over when each of its sides reads
as it read (`carried.reads_as`); a bead one of whose sides changed stays in the earlier
version's alignment. Its other side may hold a reviewer's correction of sentences that
did not change (newcomer17b: hal corrected bead 10's French, fay its counterpart; the
French changed, and fay's text was in no bead of the new version, and not named). By the
same rule, per side: that side's saved text comes over onto the bead of the new alignment
that holds exactly those sentences (one bead only, made by the aligner), unconfirmed and
signed by the reviewer who wrote it; and every reviewer whose saved text stays behind is
named.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Literal

from workbench.conflict_notes import conflict_in
from workbench.model import ALIGNED, BeadDraft, Segment, Status, StoredBead
from workbench.pipeline.carried import joined
from workbench.review import HUMAN

Side = Literal["fr", "cp"]
SIDES: tuple[Side, Side] = ("fr", "cp")
SIDE_WORD = {"fr": "French", "cp": "counterpart"}


def saved_sides(bead: StoredBead, old_text: Mapping[int, str]) -> list[Side]:
    """The sides of ``bead`` holding sentences and a text a reviewer wrote over them (not
    their sentences as the file has them: ``old_text`` gives those by segment id)."""
    found: list[Side] = []
    for side in SIDES:
        ids = bead.fr if side == "fr" else bead.cp
        text = bead.fr_text if side == "fr" else bead.cp_text
        if ids and joined([text]) != joined([old_text.get(i, "") for i in ids]):
            found.append(side)
    return found


def reviewers(
    bead: StoredBead, old_text: Mapping[int, str], authors: Mapping[str, str]
) -> list[str]:
    """Everyone whose review ``bead`` holds: its signer, who wrote each saved side
    (``authors``: side → reviewer, `Store.side_authors`), and whose text an import's
    conflict keeps in its note (`conflict_notes.conflict_in`)."""
    names = [bead.reviewer] + [authors.get(side) for side in saved_sides(bead, old_text)]
    kept = conflict_in(bead.note)  # a colleague's text an import's conflict kept in the note
    names.append(kept.reviewer if kept is not None else None)
    return list(dict.fromkeys(n for n in names if n))


def carry_sides(
    left: Sequence[StoredBead],
    old_text: Mapping[int, str],
    drafts: Sequence[BeadDraft],
    segments: Sequence[Segment],
    authors: Mapping[int, Mapping[str, str]],
) -> tuple[list[BeadDraft], list[str]]:
    """``drafts`` (the new alignment, ``segments`` its sentences) with the saved sides of
    the beads ``left`` behind carried over, and one phrase per side carried
    ("fay's counterpart text of bead 2", the bead as the earlier version numbers it).

    A side comes over onto the one draft the aligner made (status auto) whose same side
    holds sentences reading exactly as that side's sentences read; never onto a reviewed
    bead, nor when two drafts read so. An emptied side (a reviewer erased it) is named, not
    carried. A side of a bead in an import's conflict brings the note holding the
    colleague's text with it (newcomer35: the conflict's flag, and the only copy of a
    colleague's confirmed text in the current version, were dropped). Where no side of such
    a bead comes over (the conflict was over a side whose sentences changed), its note
    alone comes onto the one draft holding its other sentences, as a reviewer's bead that
    `align` keeps, signed by nobody (its texts are the aligner's), to review (sacred35: the
    colleague's confirmed text lived only in the earlier version's note).
    """
    text = {s.id: s.text for s in segments}
    out = list(drafts)
    places: dict[tuple[Side, str], list[int]] = {}
    for k, d in enumerate(out):
        if d.status is Status.AUTO and d.origin.startswith(ALIGNED):
            for side in SIDES:
                ids = d.fr if side == "fr" else d.cp
                if ids:
                    places.setdefault((side, joined([text[i] for i in ids])), []).append(k)
    came: list[str] = []
    taken: set[int] = set()
    for bead in left:
        before = len(taken)
        for side in saved_sides(bead, old_text):
            saved = bead.fr_text if side == "fr" else bead.cp_text
            ids = bead.fr if side == "fr" else bead.cp
            at = places.get((side, joined([old_text.get(i, "") for i in ids])), [])
            if not saved or len(at) != 1 or at[0] in taken:
                continue
            who = authors.get(bead.id, {}).get(side) or bead.reviewer
            d = replace(out[at[0]], origin=HUMAN, reviewer=who, score=None)
            if conflict_in(bead.note) is not None:  # the conflict comes over with its text
                d = replace(d, note=bead.note)
            out[at[0]] = replace(d, fr_text=saved) if side == "fr" else replace(d, cp_text=saved)
            taken.add(at[0])
            where = f"bead {bead.position + 1}"
            came.append(f"{who or 'a reviewer'}'s {SIDE_WORD[side]} text of {where}")
        kept = conflict_in(bead.note)
        if kept is not None and len(taken) == before:  # no side came over to bring it
            held = _holding(bead, old_text, places, taken)
            if held is not None:
                out[held] = replace(out[held], origin=HUMAN, reviewer=None, score=None,
                                    note=bead.note)  # fmt: skip
                taken.add(held)
                came.append(f"the import conflict of bead {bead.position + 1} "
                            f"({kept.reviewer or 'a reviewer'}'s text, in its note)")  # fmt: skip
    return out, came


def _holding(
    bead: StoredBead,
    old_text: Mapping[int, str],
    places: Mapping[tuple[Side, str], Sequence[int]],
    taken: set[int],
) -> int | None:
    """The one draft the aligner made (``places``, as `carry_sides` finds them) whose side
    holds sentences reading exactly as a side of ``bead`` read, not ``taken``; None when
    none does, or several."""
    found = {
        k
        for side in SIDES
        if (ids := bead.fr if side == "fr" else bead.cp)
        for k in places.get((side, joined([old_text.get(i, "") for i in ids])), [])
    }
    return found.pop() if len(found) == 1 and not found & taken else None
