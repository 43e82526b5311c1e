"""What a new version's alignment takes over from the earlier version's.

A reviewed bead (`review.reviewed`) of the newest earlier version's alignment moves onto
today's sentences when each of its sides reads as it read (`move_reviewed`); one that
cannot stays in that alignment, named (`not_carried_note`), and its sides that can come
over do (`left_behind`). Raw MT drafts follow their French sentences (`carry_drafts`). The
beads carried over are recorded, so that the Review page moves a reviewer's unsaved text
with them (`came_from`, `carried_into`). The reviewed beads of the captions inside a page
move onto its original likewise (`from_standing`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from workbench.model import (
    Alignment,
    BeadDraft,
    InputError,
    Status,
    StoredBead,
    command_ref,
)
from workbench.pipeline.bead_drafts import reattach_drafts
from workbench.pipeline.carried import joined, reads_as
from workbench.pipeline.counterparts import Sides
from workbench.pipeline.left_behind import carry_sides, reviewers
from workbench.review import reviewed
from workbench.review_base import kept_draft
from workbench.wording import counted, plural

if TYPE_CHECKING:
    from workbench.store import Store


# The beads of an earlier version's alignment and their sentences' texts by segment id.
Earlier = tuple[list[StoredBead], dict[int, str]]


def earlier_alignment(store: Store, found: Sides) -> Earlier | None:
    """The beads of the newest alignment of an earlier version, and the texts of their
    sentences by segment id; None when no earlier version is aligned with this language."""
    earlier = [
        a for a in store.alignments(found.document.id)
        if a.cp_lang == found.cp_lang and a.version < found.document.version
    ]  # fmt: skip
    if not earlier:
        return None
    old = earlier[0]
    old_text = {s.id: s.text for s in store.segments(old.doc_id, old.version)}
    if old.counterpart_doc_id is not None and old.counterpart_version is not None:
        for s in store.segments(old.counterpart_doc_id, old.counterpart_version):
            old_text[s.id] = s.text
    return store.beads(old.id), old_text


def earlier_on_today(earlier: Earlier | None, found: Sides) -> list[StoredBead]:
    """The beads of the newest earlier version's alignment (``earlier``, as `earlier_alignment`
    reads it), on today's sentences ``found``.

    Each side's sentences are matched in order by their texts (the longest
    runs that read the same, `difflib`); a sentence of the earlier version
    that is not in today's is left out of its bead. `with_loose` reads this to
    put a reviewed bead that holds no sentence back after the sentence it
    followed. Empty when no earlier version is aligned with this language (None).
    """
    import difflib

    if earlier is None:
        return []
    beads, old_text = earlier
    today: dict[int, int] = {}
    for side, new in (("fr", found.fr), ("cp", found.cp)):
        old = [i for b in beads for i in getattr(b, side)]
        match = difflib.SequenceMatcher(
            None, [old_text.get(i, "") for i in old], [s.text for s in new], autojunk=False
        )
        for a, b, size in match.get_matching_blocks():
            today.update((old[a + k], new[b + k].id) for k in range(size))
    on = today.get
    return [
        replace(
            b, fr=tuple(t for i in b.fr if (t := on(i))), cp=tuple(t for i in b.cp if (t := on(i)))
        )
        for b in beads
    ]


def carry_forward(store: Store, found: Sides) -> tuple[list[StoredBead], int]:
    """Reviewed beads (`reviewed`: confirmed, rejected or edited) of the newest earlier
    alignment, moved onto today's segments.

    A bead moves when the same sentences, in the same order, appear on each
    side after the previous moved bead; returns the moved beads and how many
    could not move.
    """
    earlier = earlier_alignment(store, found)
    if earlier is None:
        return [], 0
    moved, left = move_reviewed(*earlier, found)
    return moved, len(left)


def move_reviewed(
    beads: Sequence[StoredBead], old_text: dict[int, str], found: Sides
) -> tuple[list[StoredBead], list[StoredBead]]:
    """The reviewed beads of ``beads`` moved, in order, onto the sentences of ``found``
    that read as each side read (`carried.reads_as`: its sentences, ``old_text`` giving
    their texts by segment id, or the text the reviewer saved on it); and those that
    could not move, as they stand.

    Each side is placed where the earlier version's sentences are today, by an
    order-keeping match of the two versions' sentences (`_Places`): a side whose
    sentences all came over unchanged stands where they did; one that changed is looked
    for only between the sentences that came over around it. A sentence that recurs
    (a stock line, a repeated caption) is never taken for its namesake elsewhere:
    newcomer29's confirmed "Les voyageurs sont invités…", reworded in version 2, moved
    onto its unreviewed twin seven beads down, and broke every pair between.

    A bead moved onto the very text its reviewer wrote keeps its status and reviewer:
    the file's author adopted the correction."""
    confirmed = [b for b in beads if reviewed(b)]
    places = {
        side: _Places(beads, side, old_text, [s.text for s in new])
        for side, new in (("fr", found.fr), ("cp", found.cp))
    }
    moved: list[StoredBead] = []
    left: list[StoredBead] = []
    cursor = {"fr": 0, "cp": 0}
    for bead in confirmed:
        at = {side: places[side].of(bead, cursor[side]) for side in ("fr", "cp")}
        fr_at, cp_at = at["fr"], at["cp"]
        if fr_at is None or cp_at is None:
            left.append(bead)
            continue
        fr_ids = tuple(s.id for s in found.fr[fr_at[0] : fr_at[1]])
        cp_ids = tuple(s.id for s in found.cp[cp_at[0] : cp_at[1]])
        moved.append(replace(bead, fr=fr_ids, cp=cp_ids))
        cursor = {"fr": fr_at[1], "cp": cp_at[1]}
    return moved, left


class _Places:
    """Where one side's sentences of an earlier version's beads stand among today's
    ``texts``: the sentences that came over unchanged, matched in order (`difflib`, the
    longest runs that read the same), and the gaps between them, where a changed side
    may be looked for."""

    def __init__(
        self, beads: Sequence[StoredBead], side: str, old_text: Mapping[int, str],
        texts: Sequence[str],
    ) -> None:  # fmt: skip
        import difflib

        self.side, self.texts = side, texts
        self.old = [i for b in beads for i in getattr(b, side)]
        self.offset: dict[int, int] = {}  # bead id -> where its side starts in self.old
        at = 0
        for bead in beads:
            self.offset[bead.id] = at
            at += len(getattr(bead, side))
        self.order = {i: k for k, i in enumerate(self.old)}
        match = difflib.SequenceMatcher(
            None, [old_text.get(i, "") for i in self.old], list(texts), autojunk=False
        )
        self.today: dict[int, int] = {}  # position in self.old -> position in texts
        for a, b, size in match.get_matching_blocks():
            self.today.update((a + k, b + k) for k in range(size))
        self.old_text = old_text
        # for each position in self.old: where today the sentence that came over last at or
        # before it ends, and where the first one at or after it starts
        n = len(self.old)
        self.ends_before, self.starts_after = [0] * n, [len(texts)] * n
        seen = 0
        for k in range(n):
            seen = self.today[k] + 1 if k in self.today else seen
            self.ends_before[k] = seen
        seen = len(texts)
        for k in reversed(range(n)):
            seen = self.today.get(k, seen)
            self.starts_after[k] = seen

    def of(self, bead: StoredBead, start: int) -> tuple[int, int] | None:
        """(start, end) of ``bead``'s side among today's texts, at or after ``start``."""
        ids: tuple[int, ...] = getattr(bead, self.side)
        saved = bead.fr_text if self.side == "fr" else bead.cp_text
        if not ids:  # a null bead's empty side stands where the bead stands
            return self._adopted(bead, saved, start) or (start, start)
        first, last = self.order[ids[0]], self.order[ids[-1]]
        now = [self.today.get(self.order[i]) for i in ids]
        if all(n is not None for n in now):
            spots = [n for n in now if n is not None]
            if spots == list(range(spots[0], spots[0] + len(spots))) and spots[0] >= start:
                return spots[0], spots[-1] + 1
            return None  # came over, but apart or before a bead moved already
        before = self.ends_before[first - 1] if first else 0
        after = self.starts_after[last + 1] if last + 1 < len(self.old) else len(self.texts)
        return self._between(ids, saved, max(start, before), after)

    def _adopted(self, bead: StoredBead, saved: str, start: int) -> tuple[int, int] | None:
        """Where today's new sentences read as the text a reviewer typed on ``bead``'s empty
        side, among those added where the bead stands (after the sentences that came over
        before it, before those that came over after it); None when none do or no text
        was typed.

        The file's author adopted the reviewer's translation of a sentence it had
        dropped (newcomer38 MEDIUM 4): without this the new sentence stood alone at
        1.000 "no counterpart" beside the bead holding its words, and `fill` drafted it."""
        if not saved.strip():
            return None
        k = self.offset[bead.id]
        before = self.ends_before[k - 1] if k else 0
        after = self.starts_after[k] if k < len(self.old) else len(self.texts)
        return self._between((), saved, max(start, before), after)

    def _between(
        self, ids: Sequence[int], saved: str, start: int, end: int
    ) -> tuple[int, int] | None:
        """The first run of today's texts within [start, end) reading as the side read."""
        run = [self.old_text.get(i, "") for i in ids]
        wanted = reads_as(run, saved)
        longest = max(map(len, wanted), default=-1)
        for i in range(start, min(end, len(self.texts))):
            for j in range(i + 1, min(end, len(self.texts)) + 1):
                text = joined(self.texts[i:j])
                if text in wanted:
                    return i, j
                if len(text) > longest:
                    break
        return None


def from_standing(store: Store, found: Sides, standing: Alignment) -> list[StoredBead]:
    """The reviewed beads of ``standing``, the alignment of this version with another
    counterpart, moved onto ``found``; InputError, nothing changed, when one cannot move.

    Reviewed beads of the captions inside the page move onto the original where
    the original has the same sentences (a caption is in both). Another original's
    beads never move: their counterpart is another text.
    """
    doc, whose = found.document, store.beads(standing.id)
    ref = command_ref(doc, store.documents())
    if standing.counterpart_doc_id is None and found.original is not None:
        texts = {s.id: s.text for s in store.segments(doc.id, doc.version)}
        kept, left = move_reviewed(whose, texts, found)
        if not left:
            return kept
        first, lost = left[0], len(left)
        raise InputError(
            f"{doc.name}: {counted(lost, 'reviewed bead')} of its alignment with the "
            f"{found.cp_lang} captions inside the page (bead {first.position + 1}, by "
            f"{first.reviewer or 'a reviewer'}) {plural(lost, 'has', 'have')} no sentences "
            f"that read the same in {found.original.name}, and aligning with it would "
            f"replace them; nothing was changed: export them (`workbench export {ref} --to "
            f"{found.cp_lang}`), undo those reviews on the app's Review page, then align again"
        )
    raise InputError(
        f"{doc.name} is already aligned with another {found.cp_lang} original "
        "and has reviewed beads there; export them, or align the original they belong to"
    )


def leave_behind(
    store: Store,
    found: Sides,
    old_text: dict[int, str],
    stranded: Sequence[StoredBead],
    drafts: list[BeadDraft],
) -> tuple[list[BeadDraft], str]:
    """``drafts`` with the saved sides of the ``stranded`` beads that can come over
    (`left_behind.carry_sides`), and the warning naming every reviewer left behind."""
    authors = store.side_authors(stranded)
    drafts, came = carry_sides(stranded, old_text, drafts, (*found.fr, *found.cp), authors)
    names = {b.id: reviewers(b, old_text, authors.get(b.id, {})) for b in stranded}
    ref = command_ref(found.document, store.documents())
    return drafts, not_carried_note(stranded, ref, names, came)


def not_carried_note(
    left: Sequence[StoredBead],
    ref: str,
    names: Mapping[int, Sequence[str]] | None = None,
    came: Sequence[str] = (),
) -> str:
    """The warning for reviewed beads of an earlier version that stay where they are,
    naming the first three (place in that alignment and every reviewer whose text it holds:
    ``names``, bead id → reviewers, else its signer) and the command that shows them
    (``ref``: the document as commands name it); then the sides that came over (``came``:
    "fay's counterpart text of bead 2", `left_behind.carry_sides`)."""
    n = len(left)

    def who(b: StoredBead) -> str:
        found = list((names or {}).get(b.id) or [b.reviewer or "a reviewer"])
        return " and ".join([", ".join(found[:-1]), found[-1]] if found[1:] else found)

    named = ", ".join(f"bead {b.position + 1} by {who(b)}" for b in left[:3]) + (
        f" and {counted(n - 3, 'other')}" if n > 3 else ""
    )
    over = ""
    if came:
        over = (
            f"; {', '.join(came)} came over onto the new bead holding "
            f"{plural(len(came), 'its sentences', 'their sentences')}, unconfirmed"
        )
    return (
        f"{counted(n, 'reviewed bead')} of an earlier version could not be carried over "
        f"({named}): {plural(n, 'its', 'their')} sentences changed; "
        f"{plural(n, 'it stays', 'they stay')} in that version's alignment: "
        f"`workbench beads {ref} --alignment {left[0].alignment_id}`{over}"
    )


def came_from(drafts: Sequence[BeadDraft], kept: Sequence[StoredBead]) -> dict[int, int]:
    """Place in ``drafts`` → id of the bead of ``kept`` it is (carried over unchanged).

    Recorded by `save_alignment`, so that the Review page can move a reviewer's
    unsaved text from a bead of the earlier version onto the bead it became.
    """
    waiting: dict[BeadDraft, list[int]] = {}
    for b in kept:
        waiting.setdefault(kept_draft(b), []).append(b.id)
    return {k: waiting[d].pop(0) for k, d in enumerate(drafts) if waiting.get(d)}


def carried_into(store: Store, alignment: Alignment) -> dict[int, dict[int, int]]:
    """Each earlier version's alignment of the document with the same language → its bead
    id → the bead of ``alignment`` that bead was carried over to (`came_from`), followed
    through every version between; an empty map for an alignment none came from.

    A bead the aligner made again with the very sentences an earlier bead held (the
    same texts in the same order on each side, no other bead holding them:
    `carried.Successors`) counts as that bead carried over too.

    The Review page moves the unsaved texts typed on an earlier version with it.
    """
    from workbench.pipeline.carried import Successors

    earlier = {
        a.id: a for a in store.alignments(alignment.doc_id)
        if a.cp_lang == alignment.cp_lang and a.version < alignment.version
    }  # fmt: skip
    found: dict[int, dict[int, int]] = {aid: {} for aid in earlier}
    now = store.beads(alignment.id)
    into = {b.id: b.id for b in now}
    at: int | None = alignment.id
    while at is not None and into:
        at, carried = store.carried_over(at)
        if at is None or at not in found or found[at]:
            break
        into = {old: into[new] for old, new in carried.items() if new in into}
        found[at] = into
    if earlier:
        successors = Successors(store, alignment, now)
        for aid, ids in found.items():
            for b in store.beads(aid):
                if b.id not in ids and (k := successors.index(earlier[aid], b)) is not None:
                    ids[b.id] = now[k].id
    return found


def carry_drafts(
    earlier: Earlier | None, drafts: Sequence[BeadDraft], today: Sequence[StoredBead]
) -> tuple[list[BeadDraft], int]:
    """``drafts`` of a new version with the raw MT drafts of the earlier version's
    alignment (``earlier``, as `earlier_alignment` reads it) put back on the gaps that hold the
    same French sentences.

    ``today`` is that alignment on today's sentences (`earlier_on_today`), a
    sentence no longer there left out of its bead. Only a draft whose every
    sentence is still there moves: a translation of two sentences must not
    follow one of them. Returns the drafts and how many MT drafts did not move.
    """
    if earlier is None:
        return list(drafts), 0
    size = {
        b.id: len(b.fr)
        for b in earlier[0]
        if b.status is Status.DRAFT and b.fr and not b.cp and not reviewed(b)
    }  # a post-edit is reviewed work: carried over with it, never counted here
    gaps = [b for b in today if b.id in size and not reviewed(b)]
    whole = [b for b in gaps if len(b.fr) == size[b.id]]
    out, dropped = reattach_drafts(drafts, whole)
    return out, dropped + len(gaps) - len(whole)


def drafts_not_carried_note(left: int) -> str:
    """The warning for ``left`` MT drafts of an earlier version that `carry_drafts` left
    in that version's alignment."""
    return (
        f"{counted(left, 'MT draft')} of an earlier version "
        f"{plural(left, 'was', 'were')} not carried over: "
        f"{plural(left, 'its French sentence', 'their French sentences')} changed "
        f"or {plural(left, 'is', 'are')} aligned with counterpart text now; "
        f"{plural(left, 'it stays', 'they stay')} in that version's alignment "
        "(`workbench fill` drafts the gaps again)"
    )
