"""Which bead of a document's current alignment an exported bead of an earlier one became.

`align` makes a new alignment for a new version of a file, and carries over
the beads whose sentences did not change (`alignment.move_reviewed`: reviewed
beads as they are; the aligner pairs the others again, most of them as
before); aligning again after the counterpart file changed gives beads new
sentence ids. A unit exported before either still names the bead it was
exported from. It goes back into today's bead only where that bead reads as the
exported one read (`reads_as`: on each side its sentences, or the text a
reviewer saved on it) and no other bead of today's alignment does: a repeated
pair, a sentence changed, a bead paired otherwise now are named, never guessed at.

`reads_as` is also the rule by which `align` carries a reviewed bead over
(`alignment.move_reviewed`): one rule for both.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from workbench.model import Alignment, StoredBead, TranslationUnit
from workbench.spaces import fold

if TYPE_CHECKING:
    from workbench.store import Store
    from workbench.store.bases import ExportedStates

# A bead's sentences: the texts of its French side, then of its counterpart side.
Sentences = tuple[tuple[str, ...], tuple[str, ...]]


def joined(sentences: Sequence[str]) -> str:
    """Sentences as one text, as compared with a bead's: every white space run, no-break
    ones too, one plain space (`spaces.fold`: a bead stored before no-break spaces were
    kept reads as the same sentences stored with them)."""
    return fold(" ".join(sentences))


def reads_as(sentences: Sequence[str], saved: str) -> frozenset[str]:
    """The texts (`joined`) one side of a bead may read in a new version and still be
    that side: its sentences as they were, or the text a reviewer saved on it (the
    file's author adopted the correction). A side that held no sentence reads as
    nothing, or as the text a reviewer typed there (the author added the reviewer's
    translation of a sentence the file had left out: newcomer38 MEDIUM 4)."""
    if not sentences:
        return frozenset({"", joined([saved])})
    return frozenset({joined(sentences), joined([saved])} - {""})


class Successors:
    """Today's beads of one alignment (``beads``, as read under the import's lock) by the
    sentences they hold (`joined`), unique ones only; the sentences' texts read once per
    alignment."""

    def __init__(self, store: Store, current: Alignment, beads: Sequence[StoredBead]) -> None:
        self.store = store
        self._texts: dict[int, dict[int, str]] = {}  # alignment id → segment id → text
        found = [self.sentences(current, b.fr, b.cp) for b in beads]
        keys = [None if s is None else (joined(s[0]), joined(s[1])) for s in found]
        seen = Counter(keys)
        self._unique = {k: i for i, k in enumerate(keys) if k and seen[k] == 1 and any(k)}

    def sentences(
        self, alignment: Alignment, fr: Sequence[int], cp: Sequence[int]
    ) -> Sentences | None:
        """The texts of segments ``fr`` and ``cp`` of ``alignment`` (None when one is not
        among its document's or its counterpart's segments)."""
        texts = self._texts.get(alignment.id)
        if texts is None:
            texts = self._texts[alignment.id] = _segment_texts(self.store, alignment)
        try:
            return tuple(texts[i] for i in fr), tuple(texts[i] for i in cp)
        except KeyError:
            return None

    def index(
        self, alignment: Alignment, state: Mapping[str, Any] | StoredBead,
        now: StoredBead | None = None,
    ) -> int | None:  # fmt: skip
        """The place of today's bead that reads as ``state`` (a bead of ``alignment``, or
        its logged snapshot) read (`reads_as`), else as ``now`` reads, the same bead as it
        stands in ``alignment`` (`align` carried it by that: a null bead whose French a
        reviewer typed after the export moved onto the sentence the file's author then
        added); None when no bead, or several, do."""
        found = self._index(alignment, state)
        if found is None and now is not None and now is not state:
            return self._index(alignment, now)
        return found

    def _index(self, alignment: Alignment, state: Mapping[str, Any] | StoredBead) -> int | None:
        if isinstance(state, StoredBead):
            fr, cp, saved = state.fr, state.cp, (state.fr_text, state.cp_text)
        else:
            fr, cp = tuple(state.get("fr_ids") or ()), tuple(state.get("cp_ids") or ())
            saved = (str(state.get("fr_text") or ""), str(state.get("cp_text") or ""))
        found = self.sentences(alignment, fr, cp)
        if found is None:
            return None
        places = {
            i for f in reads_as(found[0], saved[0]) for c in reads_as(found[1], saved[1])
            if (i := self._unique.get((f, c))) is not None
        }  # fmt: skip
        return places.pop() if len(places) == 1 else None


def _segment_texts(store: Store, alignment: Alignment) -> dict[int, str]:
    """Segment id → text for the alignment's French version and every version of its
    counterpart file (aligning again after the counterpart changed keeps the alignment,
    so an exported bead may name an earlier counterpart version's sentences)."""
    texts = {s.id: s.text for s in store.segments(alignment.doc_id, alignment.version)}
    other = alignment.counterpart_doc_id
    if other is not None:
        for version in store.versions(other):
            texts.update((s.id, s.text) for s in store.segments(other, version))
    return texts


class Exported:
    """An alignment units were exported from, its beads as they are now and the unit ids
    that name them (an imported pair's own id, or ``NAME-ALIGNMENT-BEAD``)."""

    def __init__(self, store: Store, alignment: Alignment, name: str) -> None:
        self.alignment = alignment
        self.beads = store.beads(alignment.id)
        self.index = {b.id: i for i, b in enumerate(self.beads)}
        self.tuids = {tuid: bead for bead, tuid in store.unit_ids(alignment.id).items()}
        self.prefix = f"{name}-{alignment.id}-"

    def bead_id(self, unit: TranslationUnit) -> int | None:
        bead = self.tuids.get(unit.tuid)
        if bead is None and unit.tuid.startswith(self.prefix):
            tail = unit.tuid[len(self.prefix) :]
            bead = int(tail) if tail.isdigit() else None
        return bead

    def bead(self, bead_id: int | None) -> StoredBead | None:
        i = self.index.get(bead_id) if bead_id is not None else None
        return None if i is None else self.beads[i]


# A bead as it was exported: the bead itself while it is still that version, else its
# snapshot from the event that next replaced it.
State = StoredBead | Mapping[str, Any]


def exported_state(
    source: Exported, bead_id: int | None, unit: TranslationUnit, got: ExportedStates | None
) -> tuple[State | None, set[tuple[str, str]]]:
    """The unit's bead as exported (None: no state of the version the unit names) and the
    texts it held since."""
    if bead_id is None:
        return None, set()
    bead = source.bead(bead_id)
    held = got.texts.get(bead_id, set()) if got else set()
    if bead is not None and bead.version == unit.version:
        return bead, held
    return (got.bases.get(bead_id) if got else None), held
