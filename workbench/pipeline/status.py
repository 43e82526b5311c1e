"""What a reviewer must be told of an alignment whenever they look, not only by the run
that made it: the reviewed beads of earlier versions it could not carry over, and a
re-alignment a stopped change of kinds left to do.

`align` and `fill` say the first once, as a warning; a process killed after saving never
says it, so the alignment's event logs it (`Store.left_behind`) and this reads it back, until
a reviewer marks those beads dealt with (`mark_dealt_with`, `workbench dealt-with`, the Review
page's button).
`restore` commits the kinds before it aligns again; killed in between, the beads miss a
sentence until the same `restore` runs again (`debris.pending_note` says so). `workbench
status` prints both; the Review page opens with them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from workbench.conflict_notes import unsettled
from workbench.model import (
    Alignment,
    Document,
    InputError,
    LeftBehind,
    StoredBead,
    command_ref,
)
from workbench.pipeline.debris import pending_note
from workbench.review import reviewed
from workbench.wording import plural

if TYPE_CHECKING:
    from collections.abc import Sequence

    from workbench.store import Store


@dataclass(frozen=True)
class Standing:
    """An alignment as a reviewer must know it: its counts, the reviewed beads its versions
    left behind (as the run that made it logged them), what is pending, and whether a newer version
    of the document waits to be aligned."""

    document: Document
    alignment: Alignment
    beads: int
    reviewed: int
    left_behind: tuple[LeftBehind, ...]
    pending: str  # `debris.pending_note`; "" when the beads hold the text as it stands
    not_aligned_yet: str  # the document's newer version this language waits on; "" if none
    # the beads (numbers from 1) holding an import conflict no reviewer settled, and the
    # line that names them (`conflicts_note`)
    conflicts: tuple[int, ...] = ()
    conflict_note: str = ""

    @property
    def notes(self) -> tuple[str, ...]:
        """Every line a reviewer must read, one a thing to do."""
        lines = [left.note for left in self.left_behind if not left.dealt_with]
        said = (*lines, self.pending, self.not_aligned_yet, self.conflict_note)
        # each said once: two steps may name the same beads of one earlier alignment
        return tuple(dict.fromkeys(x for x in said if x))


def conflicts_note(doc: Document, ref: str, cp_lang: str, conflicts: Sequence[int]) -> str:
    """The line naming the beads (numbers from 1) of ``doc``'s alignment with ``cp_lang``
    that hold an import conflict no reviewer settled; "" when there is none (newcomer38
    LOW 22: `status` said nothing was pending, exit 0, and a TMX carried the file's text
    as an ordinary unit)."""
    if not conflicts:
        return ""
    n = len(conflicts)
    return (
        f"{doc.name}: {plural(n, 'bead', 'beads')} {', '.join(map(str, conflicts))} "
        f"{plural(n, 'holds', 'hold')} an import conflict (the file's text, the workbench's "
        f"in the note) and {plural(n, 'is', 'are')} left out of memories until settled: keep "
        "the right text on the Review page, or confirm the file's (`workbench confirm "
        f"{ref} {' '.join(map(str, conflicts))} --to {cp_lang} --reviewer NAME`)"
    )


def standing(
    store: Store, alignment: Alignment, beads: Sequence[StoredBead] | None = None
) -> Standing:
    """``alignment`` as `Standing` tells it; reads its beads (unless given: ``beads``, all
    of them, as the Review page holds them) and both sides' segments."""
    doc = store.document(alignment.doc_id)
    # what the run that made this version's alignment left behind; an earlier version's
    # were said while that version was the one shown (said on every version after, they
    # would never go, whatever the reviewers did since)
    found = store.left_behind(alignment.id)
    left = (found,) if found is not None else ()
    beads = store.beads(alignment.id) if beads is None else beads
    newer = ""
    if alignment.version < doc.version:
        ref = command_ref(doc, store.documents())
        newer = (
            f"{doc.name} is not aligned yet in version {doc.version} (its "
            f"{alignment.cp_lang} alignment is of version {alignment.version}): run "
            f"`workbench align {ref} --to {alignment.cp_lang}` to carry its reviewed beads over"
        )
    if not newer and alignment.counterpart_doc_id is not None:
        original = store.document(alignment.counterpart_doc_id)
        if alignment.counterpart_version != original.version:  # read again since: not pending
            ref = command_ref(doc, store.documents())
            newer = (
                f"{doc.name}'s original {original.name} is read in version {original.version} "
                f"now, its {alignment.cp_lang} alignment is with version "
                f"{alignment.counterpart_version}: run `workbench align {ref} --to "
                f"{alignment.cp_lang}` to align them, reviewed beads kept"
            )
    conflicts = tuple(n for n, b in enumerate(beads, 1) if unsettled(b.note, str(b.status)))
    return Standing(
        document=doc,
        alignment=alignment,
        beads=len(beads),
        reviewed=sum(1 for b in beads if reviewed(b)),
        left_behind=left,
        # an earlier version's beads are not re-aligned: it is the newer one's to hold the text
        pending=pending_note(store, alignment, beads) if not newer else "",
        not_aligned_yet=newer,
        conflicts=conflicts,
        conflict_note=conflicts_note(
            doc, command_ref(doc, store.documents()), alignment.cp_lang, conflicts
        ) if conflicts else "",
    )  # fmt: skip


def current_alignments(store: Store, doc: Document) -> list[Alignment]:
    """The newest alignment of ``doc`` with each counterpart language, by language."""
    newest: dict[str, Alignment] = {}
    for a in store.alignments(doc.id):
        kept = newest.get(a.cp_lang)
        if kept is None or a.version > kept.version:
            newest[a.cp_lang] = a
    return [newest[lang] for lang in sorted(newest)]


def project_status(store: Store, ref: str | int | None = None) -> list[Standing]:
    """`standing` of the newest alignment of each language of ``ref`` (every document's
    when None), in the order documents were ingested."""
    docs = [store.document(ref)] if ref is not None else store.documents()
    return [standing(store, a) for d in docs for a in current_alignments(store, d)]


def mark_dealt_with(
    store: Store, ref: str | int, cp_lang: str | None, *, actor: str, undo: bool = False
) -> tuple[Alignment, LeftBehind | None, bool]:
    """Mark the reviewed beads that the current version's alignment with ``cp_lang`` left
    behind as dealt with, signed ``actor`` (`Store.mark_dealt_with`): `status` and the Review
    page stop saying them; a later version that leaves beads behind is said again.

    Returns (the alignment, what it left behind or None, whether this call marked it);
    ``undo`` takes a mark back, signed too.
    NotFoundError as `alignment_for`; InputError, nothing written, without a name."""
    from workbench.pipeline.counterparts import alignment_for

    if not actor.strip():
        raise InputError("marking left-behind beads dealt with is signed: give your name")
    alignment = alignment_for(store, ref, cp_lang)
    found, marked = store.mark_dealt_with(alignment.id, actor=actor.strip(), undo=undo)
    return alignment, found, marked
