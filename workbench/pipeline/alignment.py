"""Aligning a stored French document with its counterpart, and the reviewer's edits.

The counterpart is either inside the document (the Spanish captions of a
news page) or a separate original, ingested and linked to it. A document
aligned again keeps every bead a reviewer made theirs (`review.reviewed`):
only the stretches between them are re-aligned.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.ingest.readers_subtitles import TIMECODE
from workbench.model import (
    Alignment,
    Bead,
    BeadDraft,
    ConflictError,
    Document,
    InputError,
    Kind,
    NotFoundError,
    ReviewedSentencesGone,
    Segment,
    Status,
    StoredBead,
    command_ref,
    is_cell,
    row_of,
)
from workbench.pipeline.carried import joined, reads_as
from workbench.pipeline.left_behind import carry_sides, reviewers
from workbench.review import Edit, draft_of, reviewed
from workbench.wording import counted, plural

if TYPE_CHECKING:
    from workbench.align import Encoder, Lexicon, WordLexicon
    from workbench.store import Store

ALIGNER = "workbench"


@dataclass(frozen=True)
class Sides:
    """The two sentence lists an alignment links, in document order."""

    document: Document
    original: Document | None
    fr: tuple[Segment, ...]
    cp: tuple[Segment, ...]
    cp_lang: str


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


def _content(segments: Sequence[Segment], lang: str) -> tuple[Segment, ...]:
    return tuple(s for s in segments if s.lang == lang and s.kind is not Kind.BOILERPLATE)


def find_original(store: Store, doc: Document, lang: str) -> Document | None:
    """The newest ingested original of ``doc`` in ``lang``; else the original of its
    newest alignment with ``lang``; None when there is neither (or that alignment
    is with the captions inside the page).

    One file can be the original of two translations (a film's English subtitles
    for its French .srt and .vtt): it is linked to the first, and the second
    finds it through the alignment `align --original` made.
    """
    originals = [d for d in store.documents() if d.original_of == doc.id and d.lang == lang]
    if originals:
        return originals[-1]
    newest = next((a for a in store.alignments(doc.id) if a.cp_lang == lang), None)
    if newest is None or newest.counterpart_doc_id is None:
        return None
    return store.document(newest.counterpart_doc_id)


def sides(store: Store, doc: Document, cp_lang: str, original: Document | None) -> Sides:
    segments = store.segments(doc.id, doc.version)
    if original is not None:
        counterpart = _content(store.segments(original.id, original.version), cp_lang)
    else:
        counterpart = _content(segments, cp_lang)
    return Sides(doc, original, _content(segments, doc.lang), counterpart, cp_lang)


def resolve_sides(
    store: Store,
    ref: str | int,
    cp_lang: str,
    original_path: Path | None = None,
    actor: str = "cli",
) -> Sides:
    """The document, its (newly ingested) original, and the sentences of each side."""
    from workbench.pipeline.documents import ingest_original
    from workbench.translate.registry import require_language_code

    require_language_code(cp_lang)
    doc = store.document(ref)
    if cp_lang == doc.lang:
        raise InputError(f"{doc.name} is already in {cp_lang}: align it --to another language")
    original = None
    if original_path is not None:
        result = ingest_original(store, original_path, doc, cp_lang, actor=actor)
        if result.failed or result.document is None:
            raise InputError(result.error or f"{original_path}: could not be ingested")
        original = result.document
    else:
        original = find_original(store, doc, cp_lang)
    found = sides(store, doc, cp_lang, original)
    if not found.cp and original is not None:
        raise InputError(_all_debris(original, doc.name, cp_lang))
    if not found.cp and doc.lang != "fr" and cp_lang == "fr":
        raise InputError(not_french_note(doc))
    if not found.cp:
        raise InputError(
            f"{doc.name} holds no {cp_lang} sentences: give its original with "
            f"`workbench align {command_ref(doc, store.documents())} --to {cp_lang} "
            "--original FILE`"
        )
    if not found.fr:
        raise InputError(_all_debris(doc, doc.name, cp_lang))
    return found


def not_french_note(
    doc: Document, *, original: str | None = None, french: str | None = None
) -> str:
    """What to do with a document that reads in another language than French: it is
    most likely an original, aligned from its French translation's side. ``original``:
    how to name its file (default: its stored path); ``french``: its French
    translation's name, when known."""
    return (
        f"{doc.name} reads as {doc.lang}, not French: if it is an original, align its "
        f"French translation with it: `workbench align {french or 'FRENCH'} --to {doc.lang} "
        f"--original {original or doc.path or 'FILE'}`"
    )


def _all_debris(side: Document, doc: str, cp_lang: str) -> str:
    """The refusal for a side (``doc`` or its original) whose sentences were all classed as
    web debris: where to see them and how to give them back; they stay stored."""
    return (
        f"{side.name} holds no {side.lang} sentences outside its web debris: see them with "
        f"`workbench segments {side.name} --kind boilerplate`, give the text back with "
        f"`workbench restore {side.name} ID… --reviewer NAME`, then run "
        f"`workbench align {doc} --to {cp_lang}`"
    )


def existing_alignment(store: Store, found: Sides) -> Alignment | None:
    cp = found.original
    for a in store.alignments(found.document.id):
        if a.version != found.document.version or a.cp_lang != found.cp_lang:
            continue
        if (cp is None and a.counterpart_doc_id is None) or (
            cp is not None and (a.counterpart_doc_id, a.counterpart_version) == (cp.id, cp.version)
        ):
            return a
    return None


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
        # a kept bead is stored again as it was (`_drafts_keeping`): this score is unused
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
    # subtitle cues' timecodes: time overlap is evidence when both files are timed
    times = (
        [dict(s.meta).get(TIMECODE) for s in found.fr],
        [dict(s.meta).get(TIMECODE) for s in found.cp],
    )
    if anchors:
        return realign(
            src, tgt, anchors, src_lang=fr, tgt_lang=cp, encoder=encoder, lexicon=lexicon,
            config=config, kinds=kinds, timecodes=times,
        )  # fmt: skip
    return align(
        src, tgt, src_lang=fr, tgt_lang=cp, encoder=encoder, lexicon=lexicon, config=config,
        kinds=kinds, timecodes=times,
    )  # fmt: skip


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
    encoder: Encoder | None = None,
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
    """
    found = _own_version(store, resolve_sides(store, ref, cp_lang, original_path, actor), actor)
    lexicon, warning = load_lexicon_or_none(found.document.lang, cp_lang)
    for attempt in range(ATTEMPTS):
        try:
            return _align_once(store, found, encoder, lexicon, warning, actor)
        except ConflictError:
            if attempt == ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")


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
    doc = store.store_again(found.document.id, actor=actor, why=why)
    return sides(store, doc, found.cp_lang, original)


ATTEMPTS = 3
ATTEMPTS = 3


def _align_once(
    store: Store,
    found: Sides,
    encoder: Encoder | None,
    lexicon: Lexicon | None,
    warning: str | None,
    actor: str,
) -> AlignReport:
    standing = same_language_alignment(store, found)
    revision = store.revision(standing.id) if standing is not None else 0
    previous = existing_alignment(store, found)
    kept: list[StoredBead] = []
    stranded: list[StoredBead] = []  # reviewed beads of an earlier version left there
    carried = False  # kept holds beads of an earlier version's alignment (other ids)
    warnings = [warning] if warning else []
    warnings += debris_notes(store, found)
    warnings += stray_language_notes(store, found)
    # the newest earlier version's alignment, read once: reviewed beads, empty beads' places
    # and MT drafts all come over from it
    earlier = _earlier(store, found) if previous is None else None
    if previous is not None:
        kept = [b for b in store.beads(previous.id) if reviewed(b)]
    elif standing is not None and any(reviewed(b) for b in store.beads(standing.id)):
        # Confirmed, rejected or edited: that alignment's beads would be replaced.
        kept = _from_standing(store, found, standing)
    else:
        kept, stranded = move_reviewed(*earlier, found) if earlier is not None else ([], [])
        carried = True
    anchored = [b for b in kept if b.fr or b.cp]
    beads = compute_beads(found, to_positions(anchored, found), encoder, lexicon)
    name = _aligner_name(encoder)
    # where an empty reviewed bead stood: in this version's alignment, else in the last one's
    before = store.beads(previous.id) if previous is not None else earlier_on_today(earlier, found)
    drafts = _with_loose(_drafts_keeping(beads, found, anchored, name), kept, before)
    if standing is not None:
        drafts, dropped = reattach_drafts(drafts, store.beads(standing.id))
        if dropped:
            warnings.append(
                f"{counted(dropped, 'MT draft')} {plural(dropped, 'was', 'were')} dropped: "
                f"{plural(dropped, 'its French sentence is', 'their French sentences are')} "
                "now aligned with the counterpart's own text "
                f"({plural(dropped, 'the draft stays', 'the drafts stay')} in the "
                "alignment's history)"
            )
    elif carried:
        if stranded and earlier is not None:
            drafts, note = _left_behind(store, found, earlier[1], stranded, drafts)
            warnings.append(note)
        drafts, left = carry_drafts(earlier, drafts, before)
        if left:
            warnings.append(
                f"{counted(left, 'MT draft')} of an earlier version "
                f"{plural(left, 'was', 'were')} not carried over: "
                f"{plural(left, 'its French sentence', 'their French sentences')} changed "
                f"or {plural(left, 'is', 'are')} aligned with counterpart text now; "
                f"{plural(left, 'it stays', 'they stay')} in that version's alignment "
                "(`workbench fill` drafts the gaps again)"
            )
    counterpart = (found.original.id, found.original.version) if found.original else None
    alignment = store.save_alignment(
        doc_id=found.document.id, version=found.document.version, counterpart=counterpart,
        fr_lang=found.document.lang, cp_lang=found.cp_lang, aligner=name, beads=drafts,
        actor=actor, expected_revision=revision,
        came_from=came_from(drafts, kept) if carried else None,
    )  # fmt: skip
    return AlignReport(
        alignment=alignment,
        beads=len(drafts),
        pairs=sum(1 for b in beads if b.src and b.tgt),
        unaligned_fr=sum(len(b.src) for b in beads if not b.tgt),
        unaligned_cp=sum(len(b.tgt) for b in beads if not b.src),
        kept_confirmed=len(kept),
        warnings=tuple(warnings),
        left_behind=len(stranded),
    )


def _from_standing(store: Store, found: Sides, standing: Alignment) -> list[StoredBead]:
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


def same_language_alignment(store: Store, found: Sides) -> Alignment | None:
    """The alignment of this document version with this language, whatever its counterpart."""
    for a in store.alignments(found.document.id):
        if a.version == found.document.version and a.cp_lang == found.cp_lang:
            return a
    return None


def debris_notes(store: Store, found: Sides) -> list[str]:
    """A line for each side whose words are mostly classed as web debris."""
    from workbench.ingest.debris import heavy_debris_note

    notes = []
    for doc in (found.document, found.original):
        if doc is not None:
            segments = store.segments(doc.id, doc.version)
            pairs = [(s.text, s.kind is Kind.BOILERPLATE) for s in segments]
            note = heavy_debris_note(doc.name, pairs)
            if note is not None:
                notes.append(note)
    return notes


def stray_language_notes(store: Store, found: Sides) -> list[str]:
    """A line when the original holds a heading or body segment read as another language
    than its own: no bead takes it (`_content`), so it is never exported.

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


def carry_forward(store: Store, found: Sides) -> tuple[list[StoredBead], int]:
    """Reviewed beads (`reviewed`: confirmed, rejected or edited) of the newest earlier
    alignment, moved onto today's segments.

    A bead moves when the same sentences, in the same order, appear on each
    side after the previous moved bead; returns the moved beads and how many
    could not move.
    """
    earlier = _earlier(store, found)
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

    A bead moved onto the very text its reviewer wrote keeps its status and reviewer:
    the file's author adopted the correction."""
    confirmed = [b for b in beads if reviewed(b)]
    fr_new = [s.text for s in found.fr]
    cp_new = [s.text for s in found.cp]
    moved: list[StoredBead] = []
    left: list[StoredBead] = []
    cursor = (0, 0)
    for bead in confirmed:
        fr_at = _find_side(fr_new, [old_text.get(i, "") for i in bead.fr], bead.fr_text, cursor[0])
        cp_at = _find_side(cp_new, [old_text.get(i, "") for i in bead.cp], bead.cp_text, cursor[1])
        if fr_at is None or cp_at is None:
            left.append(bead)
            continue
        fr_ids = tuple(s.id for s in found.fr[fr_at[0] : fr_at[1]])
        cp_ids = tuple(s.id for s in found.cp[cp_at[0] : cp_at[1]])
        moved.append(replace(bead, fr=fr_ids, cp=cp_ids))
        cursor = (fr_at[1], cp_at[1])
    return moved, left


def _find_side(
    texts: Sequence[str], run: Sequence[str], saved: str, start: int
) -> tuple[int, int] | None:
    """Where (start, end) one side of a reviewed bead, its sentences ``run`` and its text
    ``saved``, stands in ``texts`` at or after ``start``: its very sentences first, else
    the first run of sentences reading as it (`carried.reads_as`)."""
    at = _find_run(texts, run, start)
    if at is not None:
        return at, at + len(run)
    wanted = reads_as(run, saved)
    longest = max(map(len, wanted), default=-1)
    for i in range(start, len(texts)):
        for j in range(i + 1, len(texts) + 1):
            text = joined(texts[i:j])
            if text in wanted:
                return i, j
            if len(text) > longest:
                break
    return None


def _left_behind(
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
        waiting.setdefault(draft_of(b), []).append(b.id)
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


# The beads of an earlier version's alignment and their sentences' texts by segment id.
Earlier = tuple[list[StoredBead], dict[int, str]]


def _earlier(store: Store, found: Sides) -> Earlier | None:
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
    """The beads of the newest earlier version's alignment (``earlier``, as `_earlier`
    reads it), on today's sentences ``found``.

    Each side's sentences are matched in order by their texts (the longest
    runs that read the same, `difflib`); a sentence of the earlier version
    that is not in today's is left out of its bead. `_with_loose` reads this to
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


def _find_run(texts: Sequence[str], run: Sequence[str], start: int) -> int | None:
    """Where ``run`` appears in ``texts`` at or after ``start`` (``start`` for an empty run)."""
    if not run:
        return start
    for i in range(start, len(texts) - len(run) + 1):
        if list(texts[i : i + len(run)]) == list(run):
            return i
    return None


def _aligner_name(encoder: Encoder | None) -> str:
    return f"{ALIGNER}+{encoder.name}" if encoder is not None else ALIGNER


def _drafts_keeping(
    beads: Sequence[Bead], found: Sides, kept: Sequence[StoredBead], name: str
) -> list[BeadDraft]:
    """Drafts of the aligner's beads, the confirmed ones exactly as the reviewer left them."""
    confirmed = {b.fr + b.cp: b for b in kept}
    drafts = to_drafts(beads, found, f"auto:{name}")
    return [draft_of(confirmed[d.fr + d.cp]) if d.fr + d.cp in confirmed else d for d in drafts]


def _with_loose(
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
    out = [draft_of(mine.get(b.id, b)) for b in after.pop(None, [])]
    for d in drafts:
        out.append(d)
        keys: list[int | tuple[int, ...]] = [*d.fr, *d.cp, d.fr + d.cp]
        out += [draft_of(mine.get(b.id, b)) for k in keys for b in after.pop(k, [])]
    return [*out, *(draft_of(mine.get(b.id, b)) for rest in after.values() for b in rest)]


def reattach_drafts(
    drafts: Sequence[BeadDraft], before: Sequence[StoredBead]
) -> tuple[list[BeadDraft], int]:
    """``drafts`` with the MT drafts of ``before`` put back on the French gaps they filled.

    A draft (status ``draft``, post-edited or not) goes back onto the new bead that
    holds exactly its French sentences and no counterpart; the others are dropped,
    their sentences being aligned with counterpart text now. Returns the drafts and
    how many were dropped.
    """
    old = {b.fr: b for b in before if b.status is Status.DRAFT and b.fr and not b.cp}
    out = [
        draft_of(old.pop(d.fr)) if d.fr in old and not d.cp and d.status is Status.AUTO else d
        for d in drafts
    ]
    return out, len(old)


def carry_drafts(
    earlier: Earlier | None, drafts: Sequence[BeadDraft], today: Sequence[StoredBead]
) -> tuple[list[BeadDraft], int]:
    """``drafts`` of a new version with the raw MT drafts of the earlier version's
    alignment (``earlier``, as `_earlier` reads it) put back on the gaps that hold the
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


def alignment_for(store: Store, ref: str | int, cp_lang: str | None = None) -> Alignment:
    """The alignment of a document's current version with ``cp_lang``.

    ``cp_lang`` may be left out when the document is aligned with one language
    only. NotFoundError, saying which languages there are, otherwise.
    """
    doc = store.document(ref)
    current = [a for a in store.alignments(doc.id) if a.version == doc.version]
    langs = sorted({a.cp_lang for a in current})
    name = command_ref(doc, store.documents())
    if cp_lang is None and len(langs) > 1:  # never a silent pick among languages
        raise NotFoundError(f"{doc.name} is aligned with {', '.join(langs)}: pass --to one of them")
    for a in current:
        if cp_lang is None or a.cp_lang == cp_lang:
            return a
    earlier = next((a for a in store.alignments(doc.id) if a.cp_lang == cp_lang), None)
    if earlier is not None:  # newcomer18b: "aligned with es, not en", with en in version 1
        now = (
            f"is aligned with {', '.join(langs)} in version {doc.version}, and with {cp_lang} "
            f"only in version {earlier.version}"
            if current
            else f"is not aligned yet in version {doc.version} (its {cp_lang} alignment is of "
            f"version {earlier.version})"
        )
        raise NotFoundError(
            f"{doc.name} {now}: run `workbench align {name} --to {cp_lang}` to carry its "
            f"reviewed beads over, or read that one with `workbench beads {name} --alignment "
            f"{earlier.id}`"
        )
    if current:  # aligned, but with other languages than the one asked (a default --to, say)
        raise NotFoundError(
            f"{doc.name} is aligned with {', '.join(langs)}, not {cp_lang}: pass --to "
            f"{langs[0]}, or run "
            f"`workbench align {name} --to {cp_lang}`"
        )
    if cp_lang:
        raise NotFoundError(
            f"{doc.name} is not aligned yet: run `workbench align {name} --to {cp_lang}`"
        )
    raise NotFoundError(f"{doc.name} is not aligned yet: {_how_to_align(store, doc, name)}")


def _how_to_align(store: Store, doc: Document, name: str) -> str:
    """The `align` command(s) to run for an unaligned ``doc``, with its counterparts' real
    languages: those of the originals linked to it and of its own other-language text."""
    originals = {d.lang for d in store.documents() if d.original_of == doc.id}
    inside = {s.lang for s in store.segments(doc.id, doc.version) if s.kind is not Kind.BOILERPLATE}
    langs = sorted((originals | inside) - {doc.lang})
    if not langs:
        return (
            f"give its original with `workbench align {name} --to LANG --original FILE` "
            "(LANG: the original's language code, e.g. en)"
        )
    commands = " or ".join(f"`workbench align {name} --to {lang}`" for lang in langs)
    return f"run {commands}"


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
    keeping = _drafts_keeping(beads, found, anchored, _aligner_name(encoder))
    drafts, _ = reattach_drafts(_with_loose(keeping, kept, seen), seen)
    # every bead that comes out as it was keeps its id: a table exported before still names it
    expected = {b.id: b.version for b in seen}
    return store.realign_beads(alignment_id, expected, drafts, actor=actor, held=held)
