"""A reviewer's parting of a pair, reopened by a new version that adds a sentence beside it.

`unpair` (or the Review page's split at the counterpart's start) parts a pair whose sides
do not translate each other into the French alone and its counterpart alone, both the
reviewer's (`review.reviewed`), and a new version's `align` carries them over as anchors.
newcomer36 HIGH 2: the translator had dropped "It had to be wound every four hours."; once
the publisher's corrected page added "Il fallait le remonter…", the English alone, an
anchor, could not pair with it: the new French sentence was "no counterpart" at 0.978 and
`fill` drafted MT beside the original's own sentence.

The reviewer judged "this English is not that French", never "this English has no French":
in a new version's alignment, a one-sided bead whose last write was that parting (the
log's `AuditLog.parting`, followed back through the versions it was carried over
unchanged) is no anchor when its side's stretch between the pairs kept around it gains
sentences on the other side, and its counterpart in the parting came over too (that
sentence is held apart by its own bead: the two are never paired again). The aligner may
pair it with sentences the version adds, and only with those, sure of it (scored 0.5 or
more); the bead is the aligner's, to review, and `align` says so in one line naming the
reviewer. Otherwise it stays the anchor it was: the alignment is computed again with it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from workbench.model import Bead, BeadDraft, StoredBead
from workbench.pipeline.counterparts import Sides
from workbench.wording import plural

if TYPE_CHECKING:
    from workbench.store import Store

# below this the aligner is unsure of the pair (`alignment.unrelated_note`'s line too)
SURE = 0.5


@dataclass(frozen=True)
class Parting:
    """A kept one-sided bead a reviewer's parting made, which the new version may reopen."""

    bead: StoredBead  # as carried onto today's sentences (`move_reviewed`)
    who: str  # who parted it from its pair


@dataclass(frozen=True)
class Reopened:
    """A parting the new alignment reopened: the bead, and the new sentences it pairs with."""

    parting: Parting
    own: tuple[int, ...]  # its sentences' positions on its side
    other: tuple[int, ...]  # the new sentences' positions on the other side


def partings(
    store: Store, earlier: Sequence[StoredBead], kept: Sequence[StoredBead], found: Sides,
    old_ids: set[int],
) -> list[Parting]:  # fmt: skip
    """The beads of ``kept`` (an earlier version's reviewed beads on today's sentences) that
    the new version may reopen: one-sided with no text on the other side (a post-edited MT
    draft has its reviewer's), beside sentences of the other side the version adds
    (``old_ids``: today's segment ids that were in the earlier version), last written by a
    parting whose other bead came over too."""
    by_id = {b.id: b for b in earlier}
    kept_ids = {b.id for b in kept}
    log = _Log(store)
    out = []
    for k, bead in enumerate(kept):
        french = bool(bead.fr) and not (bead.cp or bead.cp_text)
        counterpart = bool(bead.cp) and not (bead.fr or bead.fr_text)
        if not (french or counterpart) or bead.id not in by_id:
            continue
        if not _gains(kept, k, found, old_ids):
            continue
        parted = log.parting(by_id[bead.id])
        if parted is not None and parted[0] in kept_ids:
            out.append(Parting(bead, parted[1]))
    return out


class _Log:
    """The log's partings, read back through the alignments of earlier versions a bead was
    carried over from unchanged; each alignment's beads and carry-over read once."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.carried: dict[int, tuple[int | None, dict[int, int]]] = {}
        self.beads: dict[int, dict[int, StoredBead]] = {}

    def parting(self, bead: StoredBead, depth: int = 50) -> tuple[int, str] | None:
        """(The bead ``bead`` was parted from, who parted them), or None."""
        found = self.store.parting(bead)
        if found is not None or depth == 0:
            return found
        aid = bead.alignment_id
        if aid not in self.carried:
            self.carried[aid] = self.store.carried_over(aid)
        came, ids = self.carried[aid]
        back = {new: old for old, new in ids.items()}
        if came is None or bead.id not in back:
            return None
        if came not in self.beads:
            self.beads[came] = {b.id: b for b in self.store.beads(came)}
        was = self.beads[came].get(back[bead.id])
        if was is None or not _unchanged(was, bead):
            return None
        earlier = self.parting(was, depth - 1)
        if earlier is None or earlier[0] not in ids:
            return None
        return ids[earlier[0]], earlier[1]


def _unchanged(was: StoredBead, now: StoredBead) -> bool:
    """Whether ``now`` is ``was`` carried over with no review since (its mark and texts)."""
    fields = ("fr_text", "cp_text", "status", "origin", "reviewer", "note")
    return all(getattr(was, f) == getattr(now, f) for f in fields)


def _gains(kept: Sequence[StoredBead], k: int, found: Sides, old_ids: set[int]) -> bool:
    """Whether, between the pairs of ``kept`` around its bead ``k``, the other side holds a
    sentence the new version adds."""
    bead = kept[k]
    other = "cp" if bead.fr else "fr"
    segments = found.cp if other == "cp" else found.fr
    where = {s.id: i for i, s in enumerate(segments)}
    before = [b for b in kept[:k] if b.fr and b.cp]
    after = [b for b in kept[k + 1 :] if b.fr and b.cp]
    start = where.get(getattr(before[-1], other)[-1], -1) + 1 if before else 0
    end = where.get(getattr(after[0], other)[0], len(segments)) if after else len(segments)
    return any(s.id not in old_ids for s in segments[start:end])


def align_reopening(
    candidates: Sequence[Parting],
    kept: Sequence[StoredBead],
    found: Sides,
    old_ids: set[int],
    compute: Callable[[Sequence[StoredBead]], list[Bead]],
) -> tuple[list[Bead], list[StoredBead], list[Reopened]]:
    """The aligner's beads with ``candidates`` no anchors; the anchors kept; the partings
    reopened. ``compute`` aligns with the anchors it is given (`to_positions`, then
    `compute_beads`). A candidate the aligner does not pair, sure of it, with new
    sentences only is an anchor again, and the texts are aligned again with it."""
    fr = {s.id: i for i, s in enumerate(found.fr)}
    cp = {s.id: i for i, s in enumerate(found.cp)}
    new = (
        {i for s, i in fr.items() if s not in old_ids},
        {i for s, i in cp.items() if s not in old_ids},
    )
    open_ = list(candidates)
    while True:
        ids = {c.bead.id for c in open_}
        anchored = [b for b in kept if (b.fr or b.cp) and b.id not in ids]
        beads = compute(anchored)
        reopened = [_reopened(beads, c, fr, cp, new) for c in open_]
        if all(r is not None for r in reopened):
            return beads, anchored, [r for r in reopened if r is not None]
        open_ = [c for c, r in zip(open_, reopened, strict=True) if r is not None]


def _reopened(
    beads: Sequence[Bead], c: Parting, fr: dict[int, int], cp: dict[int, int],
    new: tuple[set[int], set[int]],
) -> Reopened | None:  # fmt: skip
    """``c`` reopened when the aligner paired its sentences, and only them, with new
    sentences only, scored `SURE` or more; else None."""
    french = bool(c.bead.fr)
    own = tuple(fr[i] for i in c.bead.fr) if french else tuple(cp[i] for i in c.bead.cp)
    holding = [b for b in beads if set(b.src if french else b.tgt) & set(own)]
    if len(holding) != 1:
        return None
    [b] = holding
    mine, other = (b.src, b.tgt) if french else (b.tgt, b.src)
    fresh = new[1] if french else new[0]
    if tuple(mine) != own or not other or not set(other) <= fresh or b.score < SURE:
        return None
    return Reopened(c, own, tuple(other))


def reopened_note(r: Reopened, drafts: Sequence[BeadDraft], found: Sides, ref: str) -> str:
    """The line `align` says of a reopened parting: the bead as numbered now, its sentence,
    the new ones it pairs with, who had parted it, and the commands to review it."""
    bead = r.parting.bead
    french = bool(bead.fr)
    n = 1 + next(k for k, d in enumerate(drafts) if (d.fr, d.cp)[not french] == bead.fr + bead.cp)
    own_side, other_side = (found.fr, found.cp) if french else (found.cp, found.fr)
    mine = " ".join(own_side[i].text for i in r.own)
    added = " ".join(other_side[i].text for i in r.other)
    lang, doc = found.cp_lang, found.document.lang
    other = lang if french else ("French" if doc == "fr" else doc)
    return (
        f'bead {n} pairs "{_clip(mine)}" with the new {other} '
        f'{plural(len(r.other), "sentence")} "{_clip(added)}": {r.parting.who} had parted it '
        f"from another {other} sentence in an earlier version; unconfirmed, to review "
        f"(`workbench beads {ref} --to {lang}` shows it; `workbench unpair {ref} {n} --to "
        f"{lang} --reviewer NAME` parts it)"
    )


def _clip(text: str, at: int = 60) -> str:
    return text if len(text) <= at else text[: at - 1].rstrip() + "…"
