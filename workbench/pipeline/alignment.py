"""Aligning a stored French document with its counterpart, and the reviewer's edits.

The counterpart is either inside the document (the Spanish captions of a
news page) or a separate original, ingested and linked to it. A document
aligned again keeps every bead a reviewer made theirs (`review.reviewed`):
only the stretches between them are re-aligned.

The sides an alignment links are found in `counterparts`; the aligner's beads become
drafts in `bead_drafts`; what comes over from an earlier version is `carry_over`'s.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.ingest.readers_subtitles import TIMECODE
from workbench.model import (
    HUMAN,
    POST_EDIT,
    Alignment,
    Bead,
    BeadDraft,
    ConflictError,
    FileNote,
    Kind,
    LeftBehind,
    NotFoundError,
    Segment,
    Status,
    StoredBead,
    command_ref,
    is_cell,
    row_of,
)
from workbench.pipeline.align_inputs import LazyEncoder, Said, fingerprint, recorded, said_before
from workbench.pipeline.bead_drafts import (
    drafts_keeping,
    reattach_drafts,
    reattach_saying,
    to_positions,
    with_loose,
)
from workbench.pipeline.carry_over import (
    Earlier,
    came_from,
    carry_drafts,
    drafts_not_carried_note,
    earlier_alignment,
    earlier_on_today,
    from_standing,
    leave_behind,
    move_reviewed,
)

# imported `as` themselves: re-exported, their callers take them from here
from workbench.pipeline.carry_over import carried_into as carried_into
from workbench.pipeline.carry_over import carry_forward as carry_forward
from workbench.pipeline.carry_over import not_carried_note as not_carried_note
from workbench.pipeline.counterparts import (
    Sides,
    existing_alignment,
    resolve_sides,
    same_language_alignment,
)
from workbench.pipeline.counterparts import alignment_for as alignment_for
from workbench.pipeline.counterparts import find_original as find_original
from workbench.pipeline.counterparts import not_french_note as not_french_note
from workbench.pipeline.counterparts import sides as sides
from workbench.pipeline.heavy_debris import heavy_debris_line
from workbench.pipeline.moved import moved_line, moved_lines
from workbench.pipeline.reopened import align_reopening, partings, reopened_note
from workbench.pipeline.swapped import swapped_line, swapped_stretches
from workbench.review import Edit, reviewed
from workbench.wording import counted, plural

if TYPE_CHECKING:
    from workbench.align import Encoder, Lexicon, WordLexicon
    from workbench.store import Store

ALIGNER = "workbench"


# pairs below which `unrelated_note` does not judge a document as a whole
UNRELATED_MIN_PAIRS = 4


@dataclass(frozen=True)
class AlignReport:
    alignment: Alignment
    beads: int
    pairs: int
    unaligned_fr: int
    unaligned_cp: int
    kept_confirmed: int
    warnings: tuple[str, ...] = ()
    # reviewed beads of an earlier version that stay there (one of the warnings names them)
    left_behind: int = 0
    # most pairs unsure: one of the warnings asks whether the original is the right file
    unrelated: bool = False
    # what reading the original file said that `ingest` says as a note (kept as written)
    notes: tuple[str, ...] = ()
    # reading the original left something out or changed it (a page cut off): one of the
    # warnings says so, and `align` exits 3 as `ingest` does (newcomer35)
    original_warned: bool = False
    # reviewers' partings of pairs this new version reopened (`reopened`): each said in a
    # warning, the bead the aligner's, to review (newcomer36)
    reopened: int = 0
    # a run of each side's sentences alone, apart: two stretches read in swapped order?
    # (`swapped`): one of the warnings says which, and `align` exits 3 (newcomer36)
    swapped: bool = False
    # lines with no counterpart that read as the translations of the other side's lines
    # with none (`moved`): a block placed elsewhere? one of the warnings says which, and
    # `align` exits 3 (newcomer37)
    moved: bool = False


def compute_beads(
    found: Sides,
    anchors: Sequence[Bead],
    encoder: Encoder | None,
    lexicon: Lexicon | None,
) -> list[Bead]:
    from workbench.align import AlignConfig, Mode, align, realign

    src = [s.text for s in found.fr]
    tgt = [s.text for s in found.cp]
    fr, cp = found.document.lang, found.cp_lang
    # Lines of another language inside a page are its captions and quotes, never a
    # translation of the whole page: only clear one-to-one pairs are linked, however
    # few sentences the page has (from the sizes alone, 7 sentences against 2
    # captions looked like a translation, and a 4-1 bead was made).
    config = AlignConfig(mode=Mode.SPARSE if found.original is None else Mode.AUTO)
    # a caption, a heading, a paragraph and a table's cell never share one side of a bead
    kinds = ([align_kind(s) for s in found.fr], [align_kind(s) for s in found.cp])
    # subtitle cues' timecodes (a timed transcript's turns): evidence when both sides are timed
    times = (timecodes(found.fr), timecodes(found.cp))
    # a table row's cells: a pair bead that parts a row on one side only pays for it
    rows = ([table_row(s) for s in found.fr], [table_row(s) for s in found.cp])
    if anchors:
        return realign(
            src, tgt, anchors, src_lang=fr, tgt_lang=cp, encoder=encoder, lexicon=lexicon,
            config=config, kinds=kinds, timecodes=times, rows=rows,
        )  # fmt: skip
    return align(
        src, tgt, src_lang=fr, tgt_lang=cp, encoder=encoder, lexicon=lexicon, config=config,
        kinds=kinds, timecodes=times, rows=rows,
    )  # fmt: skip


def timecodes(segments: Sequence[Segment]) -> list[str | None]:
    """Each segment's timecode: a subtitle cue's, or a timed transcript's sentence's span
    from its turns' times (`turn_timecodes`) when no segment is a cue."""
    from workbench.align.turn_times import turn_timecodes

    cues = [dict(s.meta).get(TIMECODE) for s in segments]
    if any(cues):
        return cues
    return turn_timecodes([s.meta for s in segments], [s.text for s in segments])


def align_kind(segment: Segment) -> str:
    """The kind the aligner keeps apart on one side of a bead: the segment's kind, a
    table's cell (`is_cell`) apart from the text around it, and a row's cells apart
    from the next row's (`row_of`). A French table scraped as debris left the English
    original's header cells with no counterpart, and the search glued them onto the
    sentence before ("… since 2016. Site Kilometres Share (%)", confidence 0.77,
    exported as a translation unit); a PDF's rows read as lines glued the header's
    last cell to the first of the row below ("Part Arabe vers français", 0.99). The
    cells of one row may still share a side: a PDF row read as one line is their
    counterpart."""
    if not is_cell(segment.meta):
        return str(segment.kind)
    row = row_of(segment.meta)
    return f"{segment.kind} cell" if row is None else f"{segment.kind} cell {row}"


def _written(draft: BeadDraft, text: str) -> bool:
    """Whether a bead's side with no sentence holds a reviewer's ``text``: a translation
    typed in (or an MT draft post-edited), no longer a sentence without counterpart in
    `align`'s count (newcomer38: an English sentence whose French a reviewer typed was
    counted so). An MT draft alone, or a side a reviewer rejected, is none."""
    by_reviewer = draft.origin == HUMAN or draft.origin.startswith(POST_EDIT)
    return bool(text.strip()) and by_reviewer and draft.status is not Status.REJECTED


def table_row(segment: Segment) -> str | None:
    """The table row a segment is a cell of (`row_of`), None for a segment in no table
    or a cell whose reader names no row."""
    return row_of(segment.meta) if is_cell(segment.meta) else None


def load_lexicon_or_none(src: str, tgt: str) -> tuple[WordLexicon | None, str | None]:
    """The FreeDict lexicon of a pair, or None with the reason to show the user."""
    from workbench.align.lexicon import load_lexicon

    try:
        return load_lexicon(src, tgt), None
    except NotFoundError as exc:
        return None, f"aligning without a dictionary: {exc}"


def align_document(
    store: Store,
    ref: str | int,
    cp_lang: str,
    *,
    original_path: Path | None = None,
    encoder: Encoder | LazyEncoder | None = None,
    actor: str = "cli",
) -> AlignReport:
    """Align a document with its counterpart and store the beads (status ``auto``).

    Beads a reviewer confirmed in an earlier alignment of the same document
    version are kept as they are; only what lies between them is re-aligned.
    Aligning a new version of a document carries over the confirmed beads of
    the previous version's alignment whose sentences are unchanged.

    Aligning takes a while and reviewers may edit meanwhile: the beads are
    saved only if the alignment did not change since its confirmed beads were
    read; otherwise the work is done again from the new state (twice at most,
    then ConflictError says to run again). A confirmation is never lost.

    Nothing changed since the last `align` (`align_inputs`: the same inputs, and the
    alignment at the revision that run left it at), its report is given again without
    loading a `LazyEncoder` or aligning.
    """
    found = _own_version(store, resolve_sides(store, ref, cp_lang, original_path, actor), actor)
    name = encoder.name if encoder is not None else None
    digest, previous = fingerprint(store, found, name), existing_alignment(store, found)
    said = said_before(store, previous, digest) if previous is not None else None
    if previous is not None and said is not None:  # nothing changed since the last `align`
        return _with_original_notes(AlignReport(previous, **asdict(said)), found)
    if isinstance(encoder, LazyEncoder):
        encoder = encoder.load()
    lexicon, warning = load_lexicon_or_none(found.document.lang, cp_lang)
    for attempt in range(ATTEMPTS):
        try:
            report = _align_once(store, found, encoder, lexicon, warning, actor, digest)
            return _with_original_notes(report, found)
        except ConflictError:
            if attempt == ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")


def _with_original_notes(report: AlignReport, found: Sides) -> AlignReport:
    """``report`` with what reading the original said first (a cue left out, a page cut
    off, a reviewer's kind change not carried to its new version), as `ingest` says it:
    until session 28 `align --original` kept those lines to itself. Said on every run that
    reads the file, as `ingest` repeats an unchanged file's, and not recorded with the
    alignment (`said_before`): a warning as `ingest` says it (exit 3), a note as a note."""
    if not found.original_notes:
        return report
    warned = tuple(n for n in found.original_notes if not isinstance(n, FileNote))
    notes = tuple(n for n in found.original_notes if isinstance(n, FileNote))
    return replace(
        report, warnings=(*warned, *report.warnings), notes=(*notes, *report.notes),
        original_warned=bool(warned),
    )  # fmt: skip


def _own_version(store: Store, found: Sides, actor: str) -> Sides:
    """``found``, or, when its original is a newer version of the original that this
    version of the document is aligned with and reviewed on (a corrected original,
    `ingest --version-of`), the same sides on a new version of the document
    (`Store.store_again`).

    One alignment holds one version of each side: aligned in place, the reviewed beads
    of the earlier original would be replaced (newcomer18b: `align` refused instead,
    "already aligned with another en original", naming the same document). On a
    version of its own, `align` carries them over as for a translation's new version,
    and those whose original sentences changed stay in the earlier alignment.
    """
    standing, original = same_language_alignment(store, found), found.original
    if (
        standing is None
        or original is None
        or standing.counterpart_doc_id != original.id
        or standing.counterpart_version == original.version
        or not any(reviewed(b) for b in store.beads(standing.id))
    ):
        return found
    why = f"aligned with version {original.version} of its original {original.name}"
    # of_version: a second `align` racing this one takes the version the first made
    doc = store.store_again(
        found.document.id, actor=actor, why=why, of_version=found.document.version
    )
    return replace(sides(store, doc, found.cp_lang, original), original_notes=found.original_notes)


ATTEMPTS = 3


def _align_once(
    store: Store,
    found: Sides,
    encoder: Encoder | None,
    lexicon: Lexicon | None,
    warning: str | None,
    actor: str,
    digest: str,
) -> AlignReport:
    standing = same_language_alignment(store, found)
    revision = store.revision(standing.id) if standing is not None else 0
    previous = existing_alignment(store, found)
    warnings = [warning] if warning else []
    warnings += debris_notes(store, found)
    warnings += stray_language_notes(store, found)
    standing_notes = tuple(warnings)  # of the sides as they are; the rest tell of this run
    # the newest earlier version's alignment, read once: reviewed beads, empty beads' places
    # and MT drafts all come over from it
    earlier = earlier_alignment(store, found) if previous is None else None
    kept, stranded, carried = _reviewed_to_keep(store, found, previous, standing, earlier)
    # where an empty reviewed bead stood: in this version's alignment, else in the last one's
    before = store.beads(previous.id) if previous is not None else earlier_on_today(earlier, found)
    # a reviewer's parting of a pair is no anchor beside a sentence this version adds
    old_ids = {i for b in before for i in (*b.fr, *b.cp)}
    candidates = partings(store, earlier[0], kept, found, old_ids) if carried and earlier else []
    beads, anchored, reopened = align_reopening(
        candidates, kept, found, old_ids,
        lambda anchors: compute_beads(found, to_positions(anchors, found), encoder, lexicon),
    )  # fmt: skip
    kept = [b for b in kept if b.id not in {r.parting.bead.id for r in reopened}]
    unrelated = unrelated_note(found, beads, to_positions(anchored, found))
    if unrelated is not None:  # of the sides, as the notes before it: said on every run
        warnings.append(unrelated)
        standing_notes += (unrelated,)
    name = _aligner_name(encoder)
    drafts = with_loose(drafts_keeping(beads, found, anchored, name), kept, before)
    behind = None  # logged with the beads: said again whenever the alignment is opened
    if standing is not None:
        drafts, dropped_notes = reattach_saying(drafts, store.beads(standing.id))
        warnings += dropped_notes
    elif carried:
        if stranded and earlier is not None:
            drafts, note = leave_behind(store, found, earlier[1], stranded, drafts)
            warnings.append(note)
            behind = LeftBehind(tuple(b.id for b in stranded), note)
        drafts, left = carry_drafts(earlier, drafts, before)
        warnings += [drafts_not_carried_note(left)] if left else []
        ref = command_ref(found.document, store.documents())
        warnings += [reopened_note(r, drafts, found, ref) for r in reopened]
    # against an original only: a page's lines of another language are its captions
    drafts, moved = moved_lines(drafts, encoder if found.original is not None else None)
    swapped = swapped_note(store, found, drafts)
    if swapped is not None:  # of the sides and the beads they give: said on every run
        warnings.append(swapped)
        standing_notes += (swapped,)
    placed = None
    if moved.fr and swapped is None:  # two stretches swapped: their lines match, unsaid
        ref = command_ref(found.document, store.documents())
        placed = moved_line(moved, ref, found.document.lang, found.cp_lang)
    if placed is not None:  # of the sides and the beads they give: said on every run
        warnings.append(placed)
        standing_notes += (placed,)
    counterpart = (found.original.id, found.original.version) if found.original else None
    said = Said(
        beads=len(drafts),
        pairs=sum(1 for b in beads if b.src and b.tgt),
        unaligned_fr=sum(len(d.fr) for d in drafts if not d.cp and not _written(d, d.cp_text)),
        unaligned_cp=sum(len(d.cp) for d in drafts if not d.fr and not _written(d, d.fr_text)),
        kept_confirmed=len(kept),
        warnings=tuple(warnings),
        left_behind=len(stranded),
        unrelated=unrelated is not None,
        reopened=len(reopened),
        swapped=swapped is not None,
        moved=placed is not None,
    )
    alignment = store.save_alignment(
        doc_id=found.document.id, version=found.document.version, counterpart=counterpart,
        fr_lang=found.document.lang, cp_lang=found.cp_lang, aligner=name, beads=drafts,
        actor=actor, expected_revision=revision,
        came_from=came_from(drafts, kept) if carried else None,
        # what a run with nothing changed says: nothing dropped, nothing left behind again
        inputs=recorded(
            digest, replace(said, warnings=standing_notes, left_behind=0, reopened=0)
        ),
        left_behind=behind,
    )  # fmt: skip
    return AlignReport(alignment, **asdict(said))


def _reviewed_to_keep(
    store: Store,
    found: Sides,
    previous: Alignment | None,
    standing: Alignment | None,
    earlier: Earlier | None,
) -> tuple[list[StoredBead], list[StoredBead], bool]:
    """The reviewed beads the new beads keep as they are; the reviewed beads of an earlier
    version that stay there; and whether the kept beads are an earlier version's (other
    ids, which `came_from` records).

    ``previous``: this alignment (same version and counterpart); ``standing``: this
    version's alignment with another counterpart; ``earlier``: the newest earlier
    version's alignment (`earlier_alignment`), read when there is no ``previous``.
    """
    if previous is not None:
        return [b for b in store.beads(previous.id) if reviewed(b)], [], False
    if standing is not None and any(reviewed(b) for b in store.beads(standing.id)):
        # Confirmed, rejected or edited: that alignment's beads would be replaced.
        return from_standing(store, found, standing), [], False
    kept, stranded = move_reviewed(*earlier, found) if earlier is not None else ([], [])
    return kept, stranded, True


def unrelated_note(found: Sides, beads: Sequence[Bead], anchors: Sequence[Bead] = ()) -> str | None:
    """A line when most of the pairs the aligner made are unsure (scored under 0.5), which
    the aligner does when the two texts are not each other's translation at all.

    ``anchors``: the reviewed beads kept (positions, `to_positions`). They are the
    reviewer's pairs, not the aligner's guesses: an edited bead has no score, and a
    reviewed document aligned with its corrected original was asked whether the original
    was the right one (newcomer42 8: the 7 edited beads of 11 counted as unsure).

    A pair's confidence is bounded by its own sentences' evidence (`agreement.translates`);
    aligned with another article's original, 90% of the pairs score under 0.5 and no
    translation with its own original has more than half of them so (the 372 spent
    documents against another's original, bench/results/align_unrelated.md). Fewer than
    `UNRELATED_MIN_PAIRS` pairs are too few to judge by; none at all is the CLI's own
    warning.
    """
    reviewed = {(b.src, b.tgt) for b in anchors}
    pairs = [b.score for b in beads if b.src and b.tgt and (b.src, b.tgt) not in reviewed]
    if not mostly_unsure(pairs):
        return None
    unsure = sum(1 for score in pairs if score < 0.5)
    doc = found.document.name
    other = found.original.name if found.original is not None else f"its {found.cp_lang} lines"
    return (
        f"{unsure} of the {len(pairs)} pairs of {doc} are unsure (scored under 0.5): check "
        f"that {other} is its original (`workbench beads {doc} --to {found.cp_lang}` shows "
        "each pair)"
    )


def swapped_note(store: Store, found: Sides, drafts: Sequence[BeadDraft]) -> str | None:
    """A line when the beads about to be stored leave a long run of each side's sentences
    alone (`swapped.swapped_stretches`), against an original only: lines of another
    language inside a page (captions, quotes) leave the page's own sentences alone by
    design."""
    if found.original is None:
        return None
    stretches = swapped_stretches([Bead(d.fr, d.cp) for d in drafts])
    if stretches is None:
        return None
    documents = store.documents()
    doc, original = (command_ref(d, documents) for d in (found.document, found.original))
    return swapped_line(stretches, doc, original, found.document.lang, found.cp_lang)


def mostly_unsure(scores: Sequence[float]) -> bool:
    """Whether more than half of a document's pair scores are under 0.5, of
    `UNRELATED_MIN_PAIRS` pairs at least (`unrelated_note`'s test)."""
    unsure = sum(1 for score in scores if score < 0.5)
    return len(scores) >= UNRELATED_MIN_PAIRS and 2 * unsure > len(scores)


def debris_notes(store: Store, found: Sides) -> list[str]:
    """A line for each side whose words are mostly classed as debris (`heavy_debris`)."""
    notes = []
    for doc in (found.document, found.original):
        if doc is not None:
            note = heavy_debris_line(doc.name, store.segments(doc.id, doc.version))
            if note is not None:
                notes.append(note)
    return notes


def stray_language_notes(store: Store, found: Sides) -> list[str]:
    """A line when the original holds a heading or body segment read as another language
    than its own: no bead takes it (`counterparts.sides` keeps a side's own language), so it
    is never exported.

    A heading a reviewer gave back from the debris (`workbench restore`) keeps the language
    it was read in, and a few words' guess may be wrong ("Articles of association" read as
    French in an English statute); it must not vanish without a word. Captions are left
    out of alignment by design and not named.
    """
    original = found.original
    if original is None:
        return []
    stray = [
        s
        for s in store.segments(original.id, original.version)
        if s.kind in (Kind.HEADING, Kind.BODY) and s.lang != found.cp_lang
    ]
    if not stray:
        return []
    n, first = len(stray), stray[0]
    ref = command_ref(original, store.documents())
    return [
        f"{original.name}: {counted(n, 'segment')} read as another language than "
        f'{found.cp_lang} ({first.lang}: "{first.text[:50]}") {plural(n, "is", "are")} in no '
        f"bead and will not be exported; see {plural(n, 'it', 'them')} with "
        f"`workbench segments {ref}` (language column)"
    ]


def _aligner_name(encoder: Encoder | None) -> str:
    return f"{ALIGNER}+{encoder.name}" if encoder is not None else ALIGNER


def apply(store: Store, alignment_id: int, edit: Edit, actor: str) -> list[StoredBead]:
    """Store a reviewer's edit (refused if someone changed those beads meanwhile)."""
    return store.replace_beads(
        alignment_id, edit.expected, edit.drafts, actor=actor, action=edit.action,
        detail=edit.detail,
    )  # fmt: skip


def realign_unconfirmed(
    store: Store,
    alignment_id: int,
    seen: Sequence[StoredBead],
    *,
    encoder: Encoder | None = None,
    actor: str,
    held: Collection[int] = (),
) -> list[StoredBead]:
    """Re-align every stretch between reviewed beads (`reviewed`); those stay exactly.

    A rejection, correction, merge, split or post-edit, by any reviewer, is
    saved work as much as a confirmation: it anchors the re-alignment and is
    stored again as it was. MT drafts go back onto the gaps they filled, as
    `align` puts them; every bead that comes out as it was keeps its id and
    version (`AlignmentStore.realign_beads`). ``seen`` must be every bead of
    the alignment. ConflictError if any of them changed meanwhile, or a bead
    was added; HeldByUnsavedText, nothing changed, if a bead it would replace is among
    ``held`` (bead ids holding the reviewer's unsaved text).
    """
    alignment = store.alignment(alignment_id)
    doc = replace(store.document(alignment.doc_id), version=alignment.version)
    original = None
    if alignment.counterpart_doc_id is not None and alignment.counterpart_version is not None:
        original = replace(
            store.document(alignment.counterpart_doc_id), version=alignment.counterpart_version
        )
    found = sides(store, doc, alignment.cp_lang, original)
    kept = [b for b in seen if reviewed(b)]
    anchored = [b for b in kept if b.fr or b.cp]
    lexicon, _ = load_lexicon_or_none(doc.lang, alignment.cp_lang)
    beads = compute_beads(found, to_positions(anchored, found), encoder, lexicon)
    keeping = drafts_keeping(beads, found, anchored, _aligner_name(encoder))
    drafts, _ = reattach_drafts(with_loose(keeping, kept, seen), seen)
    # every bead that comes out as it was keeps its id: a table exported before still names it
    expected = {b.id: b.version for b in seen}
    return store.realign_beads(alignment_id, expected, drafts, actor=actor, held=held)
