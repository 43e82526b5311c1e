"""Giving web debris back to the text: a segment classed as boilerplate is marked body again.

Nothing is ever thrown away at ingestion: debris segments stay in the store
with kind ``boilerplate``. When the classifier was wrong, the user marks the
segments with another kind, and every alignment that involves the document
is aligned again; beads a reviewer confirmed are kept as they are.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from workbench.model import (
    Alignment,
    Document,
    InputError,
    Kind,
    NotFoundError,
    ReviewedSentencesGone,
    Segment,
    StoredBead,
    WorkbenchError,
    command_ref,
)
from workbench.wording import counted, plural

if TYPE_CHECKING:
    from workbench.align import Encoder
    from workbench.pipeline.alignment import AlignReport
    from workbench.store import Store


@dataclass(frozen=True)
class RestoreReport:
    """What a change of kind did: the segments changed and the alignments redone."""

    document: Document
    changed: tuple[int, ...]  # segment ids whose kind changed
    realigned: tuple[AlignReport, ...]
    # alignments found holding a sentence of the text in no bead, or a bead over a sentence
    # no longer text, when no kind changed: a run killed between the two steps, aligned now
    pending: tuple[int, ...] = ()
    # one line when segments given back to the text are read as another language than the
    # document's and so in no bead (`stray_note`); None otherwise
    stray: str | None = None


def set_segment_kinds(
    store: Store,
    ref: str | int,
    segment_ids: Sequence[int],
    kind: Kind = Kind.BODY,
    *,
    encoder: Encoder | None = None,
    actor: str = "cli",
) -> RestoreReport:
    """Give segments of ``ref``'s current version the ``kind`` given, then re-align.

    Raises NotFoundError when an id is not a segment of that version, and
    InputError when a reviewed bead holds one of them and the new kind would take
    it out of the text (nothing is changed then, either). Segments that already
    have the kind are left alone. The
    change is recorded as one event signed by ``actor`` (`Store.kind_changes`).

    The kinds are committed before the alignments are made again: a run killed in between
    leaves alignments that do not cover the text. Run again with nothing to change, it
    aligns those again (``pending``), and only those.
    """
    doc = store.document(ref)
    current = {s.id: s for s in store.segments(doc.id, doc.version)}
    missing = [i for i in segment_ids if i not in current]
    if missing:
        raise NotFoundError(
            f"{plural(len(missing), 'segment')} {', '.join(map(str, missing))} "
            f"{plural(len(missing), 'is', 'are')} not in {doc.name} version "
            f"{doc.version}; list them with "
            f"`workbench segments {command_ref(doc, store.documents())} --kind boilerplate`"
        )
    changed = store.set_segment_kinds(doc.id, doc.version, segment_ids, kind, actor=actor)
    pending = () if changed else tuple(a.id for a in _current(store, doc) if _stale(store, a))
    if not changed and not pending:
        return RestoreReport(doc, (), ())
    try:
        realigned = tuple(_realign(store, doc, encoder, actor, pending or None))
    except WorkbenchError as exc:
        # All or nothing: an alignment that cannot be redone gives the segments
        # their kinds back (a second signed event), so no bead misses a sentence.
        for old_kind, ids in _by_kind(current, changed).items():
            store.set_segment_kinds(doc.id, doc.version, ids, old_kind, actor=actor)
        if isinstance(exc, ReviewedSentencesGone):
            # The aligner's own advice ("give them their kind back") fits `align`, not
            # this command: here the kinds were never changed.
            one = len(changed) == 1
            raise InputError(
                f"{doc.name}: bead {exc.position + 1}, reviewed by {exc.reviewer or 'a reviewer'}, "
                f"holds {'that segment' if one else 'one of those segments'} and a reviewed "
                f"bead keeps its sentences: {_undo_first(exc.reviewer, actor)}, then mark "
                f"{'it' if one else 'them'} {kind}. Nothing was changed"
            ) from exc
        raise
    stray = stray_note(store, doc, [current[i] for i in changed], kind, realigned)
    return RestoreReport(doc, changed, realigned, pending, stray)


def stray_note(
    store: Store,
    doc: Document,
    segments: Sequence[Segment],
    kind: Kind,
    realigned: Sequence[AlignReport],
) -> str | None:
    """One line when ``segments``, given back to the text as ``kind``, are in no bead of the
    alignments ``realigned`` because they read as another language than ``doc``'s: a side
    takes only its own language's lines (`counterparts.sides`), so they would vanish without
    a word (newcomer36: an English photo credit restored in a French page). None when every
    one is in a bead, or nothing was aligned again."""
    if kind is Kind.BOILERPLATE or not realigned:
        return None
    held = {i for r in realigned for b in store.beads(r.alignment.id) for i in (*b.fr, *b.cp)}
    stray = [s for s in segments if s.id not in held and s.lang != doc.lang]
    if not stray:
        return None
    n, first = len(stray), stray[0]
    ids = ", ".join(str(s.id) for s in stray)
    return (
        f'{doc.name}: {plural(n, "segment")} {ids} ({first.lang}: "{first.text[:50]}") '
        f"{plural(n, 'is', 'are')} read as another language than {doc.lang}, and an alignment "
        f"takes only its sides' own languages: {plural(n, 'it is', 'they are')} in no bead "
        "and will not be exported"
    )


def _undo_first(reviewer: str | None, actor: str) -> str:
    """Who can undo the review that keeps a sentence in its bead, and where: no command
    takes a review back (`unpair` and `reject` are reviews too), the review app's Undo
    does, for each reviewer their own edits (newcomer32: "undo that review first" named
    nothing a CLI user could run)."""
    where = "the review app's Undo (Review page, U: it takes back your own edits, latest first)"
    if reviewer and reviewer == actor:
        return f"undo your review with {where}"
    who = reviewer or "the reviewer who made it"
    return f"{who} can undo that review with {where.replace('your own', 'their own')}"


def _by_kind(segments: Mapping[int, Segment], ids: Sequence[int]) -> dict[Kind, list[int]]:
    """``ids`` grouped by the kind each segment has in ``segments``."""
    groups: dict[Kind, list[int]] = {}
    for i in ids:
        groups.setdefault(Kind(segments[i].kind), []).append(i)
    return groups


def _current(store: Store, doc: Document) -> list[Alignment]:
    """Every alignment of the current versions that ``doc`` takes part in, one a language."""
    french = store.document(doc.original_of) if doc.original_of is not None else doc
    found: list[Alignment] = []
    seen: set[str] = set()
    for a in store.alignments(french.id):
        if a.version != french.version or a.cp_lang in seen:
            continue
        if doc is not french and a.counterpart_doc_id != doc.id:
            continue
        seen.add(a.cp_lang)
        found.append(a)
    return found


def _stale(store: Store, alignment: Alignment) -> bool:
    """Whether ``alignment``'s beads hold other sentences than its sides' text."""
    return uncovered(store, alignment) != (0, 0)


def uncovered(
    store: Store, alignment: Alignment, beads: Sequence[StoredBead] | None = None
) -> tuple[int, int]:
    """(sentences of the text in no bead, sentences in a bead no longer text) of
    ``alignment`` (its ``beads``, read when not given): a French sentence, or a
    counterpart one unless MT drafted that side alone. (0, 0) when its beads hold its
    sides' text exactly."""
    from workbench.pipeline.counterparts import sides

    doc = store.document(alignment.doc_id)
    original = (
        store.document(alignment.counterpart_doc_id)
        if alignment.counterpart_doc_id is not None
        else None
    )
    found = sides(store, doc, alignment.cp_lang, original)
    beads = store.beads(alignment.id) if beads is None else beads
    held = {i for b in beads for i in b.fr}
    text = {s.id for s in found.fr}
    if alignment.aligner != "none":
        held |= {i for b in beads for i in b.cp}
        text |= {s.id for s in found.cp}
    return len(text - held), len(held - text)


def pending_note(
    store: Store, alignment: Alignment, beads: Sequence[StoredBead] | None = None
) -> str:
    """What to say of ``alignment`` when a change of kinds was stopped before it aligned
    again (`set_segment_kinds`: the kinds are committed first): how many sentences are
    in no bead or in a bead though no longer text, and the command that aligns them, the
    same `restore` run again; "" when its beads hold the text as it stands."""
    missing, extra = uncovered(store, alignment, beads)
    if not (missing or extra):
        return ""
    every = store.documents()
    sides_ = [alignment.doc_id, alignment.counterpart_doc_id]
    changes = [
        (c, d) for d in sides_ if d is not None for c in store.kind_changes(d)
    ]  # fmt: skip
    what = ", ".join(
        part
        for part in (
            f"{counted(missing, 'sentence')} of the text in no bead" if missing else "",
            f"{counted(extra, 'sentence')} no longer text in a bead" if extra else "",
        )
        if part
    )
    ref = command_ref(store.document(alignment.doc_id), every)
    if changes:
        change, doc_id = max(changes, key=lambda found: found[0].at)
        ids = " ".join(str(i) for i, _ in change.before)
        given = "" if change.kind is Kind.BODY else f" --as {change.kind}"
        doc_ref = command_ref(store.document(doc_id), every)
        how = (
            f"{change.actor}'s change of kinds of {change.at} was stopped before it aligned "
            f"again: run it again, `workbench restore {doc_ref} {ids} --reviewer "
            f"{change.actor}{given}`, to align the rest (reviewed beads are kept)"
        )
    else:
        how = f"align it again: `workbench align {ref} --to {alignment.cp_lang}`"
    return (
        f"alignment {alignment.id} of {ref} with {alignment.cp_lang} does not hold the text "
        f"as it stands ({what}): {how}"
    )


def _realign(
    store: Store,
    doc: Document,
    encoder: Encoder | None,
    actor: str,
    only: Sequence[int] | None = None,
) -> list[AlignReport]:
    """Align again every alignment of the current versions that ``doc`` takes part in
    (those of ``only``, alignment ids, when given)."""
    from workbench.pipeline.alignment import align_document
    from workbench.pipeline.mt_alignment import redraft_alignment

    reports = []
    for a in _current(store, doc):
        if only is not None and a.id not in only:
            continue
        if a.aligner == "none":  # drafted by MT alone: there is no counterpart text to align
            reports.append(redraft_alignment(store, a, actor))
            continue
        reports.append(align_document(store, a.doc_id, a.cp_lang, encoder=encoder, actor=actor))
    return reports
