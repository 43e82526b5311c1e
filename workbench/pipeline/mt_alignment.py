"""The alignment MT fills where a document has no counterpart text to align with: one bead
per French sentence, waiting for its draft (aligner ``none``), made again when the French
side changes without losing a draft or a reviewer's work.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.model import (
    NOT_ALIGNED,
    Alignment,
    BeadDraft,
    ConflictError,
    LeftBehind,
    NotFoundError,
    ReviewedSentencesGone,
    Segment,
    Status,
    StoredBead,
    command_ref,
)
from workbench.pipeline.alignment import alignment_for
from workbench.pipeline.carry_over import (
    Earlier,
    came_from,
    carry_drafts,
    earlier_alignment,
    earlier_on_today,
    leave_behind,
    move_reviewed,
)
from workbench.pipeline.counterparts import Sides
from workbench.review import reviewed
from workbench.review_base import kept_draft

if TYPE_CHECKING:
    from collections.abc import Sequence

    from workbench.pipeline.alignment import AlignReport
    from workbench.store import Store


def ensure_alignment(store: Store, ref: str | int, cp_lang: str, actor: str) -> Alignment:
    """The document's alignment with ``cp_lang``; one bead per French sentence if none yet
    (`made_alignment` without its warning)."""
    return made_alignment(store, ref, cp_lang, actor)[0]


def made_alignment(store: Store, ref: str | int, cp_lang: str, actor: str) -> tuple[Alignment, str]:
    """The document's alignment with ``cp_lang``; one bead per French sentence if none yet,
    and the warning naming the earlier version's reviewed beads it left behind ("" when
    none, or when the alignment was there already).

    A document with no counterpart at all (no captions, no original) can still
    be drafted: each French sentence becomes a bead waiting for its translation.
    One with an original in ``cp_lang`` is refused with NotFoundError until `align`
    has linked their sentences: drafting it whole would hand over a machine
    translation where the original's own text exists (or where align refused the
    original, all of it classed as debris). Text in ``cp_lang`` inside the document
    (a few captions) does not stop it: aligning later keeps the drafts of the gaps.

    A new version's alignment takes over the earlier version's reviewed beads whose French
    reads as it read; one whose French changed stays in the earlier version's alignment,
    as `align` leaves it, named in the warning with the command that shows it.
    """
    from workbench.pipeline.alignment import find_original, sides

    try:
        return alignment_for(store, ref, cp_lang), ""
    except NotFoundError as missing:
        doc = store.document(ref)
        original = find_original(store, doc, cp_lang)
        if original is not None:
            raise NotFoundError(
                f"{doc.name} is not aligned with its original {original.name} yet: run "
                f"`workbench align {command_ref(doc, store.documents())} --to {cp_lang}` "
                "first; fill drafts the sentences it leaves without counterpart"
            ) from None
        found = sides(store, doc, cp_lang, None)
        earlier = earlier_alignment(store, found)
        if earlier is not None and found.cp:
            # `align` carries the earlier version's reviews over; an alignment made here
            # first would make it find this version aligned and carry nothing.
            raise missing from None
        drafts, moved, behind = _carried(found, earlier, store)
        try:
            # expected_revision=0: only if no alignment exists, so a concurrent
            # `align` or `fill` that got there first is never replaced.
            saved = store.save_alignment(
                doc_id=doc.id, version=doc.version, counterpart=None, fr_lang=doc.lang,
                cp_lang=cp_lang, aligner="none", beads=drafts, actor=actor, expected_revision=0,
                # as `align` logs them: the Review page moves unsaved text with its bead, the
                # history and `status` name what stayed behind
                came_from=came_from(drafts, moved) or None, left_behind=behind,
            )  # fmt: skip
        except ConflictError:
            return alignment_for(store, ref, cp_lang), ""
        return saved, behind.note if behind is not None else ""


def _carried(
    found: Sides, earlier: Earlier | None, store: Store
) -> tuple[list[BeadDraft], list[StoredBead], LeftBehind | None]:
    """One bead per French sentence of a new MT-only alignment, but the earlier version's
    reviewed beads (post-edits, confirmations) where their sentences read as they did, and
    its raw drafts on the gaps that hold the same sentences; the reviewed beads moved; and
    those that could not come over with the warning naming them (they stay, unchanged, in
    the earlier version's alignment: refusing instead left `fill` no way forward on a new
    version), or None."""
    if earlier is None:
        return [_waiting(s) for s in found.fr], [], None
    moved, left = move_reviewed(*earlier, found)
    drafts, _ = _redrafted(list(found.fr), {b.fr: b for b in moved})
    drafts, _ = carry_drafts(earlier, drafts, earlier_on_today(earlier, found))
    if not left:
        return drafts, moved, None
    drafts, note = leave_behind(store, found, earlier[1], left, drafts)
    return drafts, moved, LeftBehind(tuple(b.id for b in left), note)


def _waiting(sentence: Segment) -> BeadDraft:
    """A French sentence alone in its bead, waiting for an MT draft (aligner ``none``)."""
    return BeadDraft((sentence.id,), (), sentence.text, "", 0.0, Status.AUTO, NOT_ALIGNED)


def redraft_alignment(store: Store, alignment: Alignment, actor: str) -> AlignReport:
    """An MT-only alignment (aligner ``none``) made again after its French side changed.

    Such an alignment has no counterpart text to align with, so it is rebuilt
    as `ensure_alignment` builds it: one bead per French sentence of the
    document's current version. A bead with an MT draft or a reviewer's work
    stays as it is while all its sentences are still text, in order; a new
    sentence gets an empty bead waiting for ``fill``. Refused with
    ConflictError if a reviewer changed the alignment meanwhile, and with
    InputError (nothing saved) if a reviewed bead's sentences are no longer
    all text: a reviewer's work is never dropped without a word.
    """
    from workbench.pipeline.alignment import AlignReport, sides

    doc = store.document(alignment.doc_id)
    revision = store.revision(alignment.id)
    french = sides(store, doc, alignment.cp_lang, None).fr
    kept = {
        b.fr: b
        for b in store.beads(alignment.id)
        if b.fr and (reviewed(b) or b.status is Status.DRAFT)
    }
    drafts, reused = _redrafted(french, kept)
    lost = sorted(
        (b for fr, b in kept.items() if fr not in reused and reviewed(b)), key=lambda b: b.position
    )
    if lost:
        first = lost[0]
        raise ReviewedSentencesGone(
            f"bead {first.position + 1} of {doc.name} (to {alignment.cp_lang}) was reviewed by "
            f"{first.reviewer or 'a reviewer'} and its sentences are no longer all text; "
            "undo that review or leave its sentences as text",
            first.position,
            first.reviewer,
        )
    saved = store.save_alignment(
        doc_id=doc.id, version=doc.version, counterpart=None, fr_lang=alignment.fr_lang,
        cp_lang=alignment.cp_lang, aligner="none", beads=drafts, actor=actor,
        expected_revision=revision,
    )  # fmt: skip
    return AlignReport(
        alignment=saved, beads=len(drafts), pairs=0,
        unaligned_fr=sum(len(d.fr) for d in drafts if not d.cp_text),
        unaligned_cp=0, kept_confirmed=sum(d.status is Status.CONFIRMED for d in drafts),
    )  # fmt: skip


def _redrafted(
    french: Sequence[Segment], kept: dict[tuple[int, ...], StoredBead]
) -> tuple[list[BeadDraft], set[tuple[int, ...]]]:
    """One bead per French sentence, but where a ``kept`` bead's sentences still stand in
    order: that bead as it was. The beads, and the French sides of the kept ones reused."""
    ids = [s.id for s in french]
    drafts: list[BeadDraft] = []
    reused: set[tuple[int, ...]] = set()
    i = 0
    while i < len(french):
        bead = next(
            (b for fr, b in kept.items() if fr[0] == ids[i] and tuple(ids[i : i + len(fr)]) == fr),
            None,
        )
        if bead is not None:
            drafts.append(kept_draft(bead))
            reused.add(bead.fr)
            i += len(bead.fr)
        else:
            drafts.append(_waiting(french[i]))
            i += 1
    return drafts, reused
