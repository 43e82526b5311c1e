"""The units of one document of a returned export, merged into its beads one by one.

`returned.import_returned` finds the alignments a file was exported from and
holds them; here each unit goes into the bead it was exported from, or the one
`align` carried that bead over to (`carried.Successors`), by the three-way rule
of `merging.choose`, the bead as exported its base. What a unit did is counted
in a `Tally`; a unit refused or in conflict is named there, never raised.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench import review
from workbench.conflict_notes import conflict_note
from workbench.langtags import language
from workbench.model import Alignment, Status, StoredBead, TranslationUnit
from workbench.pipeline.alignment import apply
from workbench.pipeline.carried import Exported, State, Successors, exported_state
from workbench.pipeline.cue_breaks import CueSides, breaks_moved, cue_sides
from workbench.pipeline.exporting import alignment_key
from workbench.pipeline.merging import (
    CONFLICT,
    OURS,
    THEIRS,
    Content,
    by_side,
    by_side_note,
    choose,
)
from workbench.pipeline.reviewed_carried import texts_of
from workbench.pipeline.reviewed_rows import (
    COUNTS,
    as_typed,
    count_edit,
    overturned,
    row_edit,
    under_marks,
)
from workbench.spaces import reads_as, spacing_only

if TYPE_CHECKING:
    from workbench.store import Store
    from workbench.store.bases import ExportedStates

_SETTLED = (str(Status.CONFIRMED), str(Status.REJECTED))

# Writes followed back from a bead to the export (`DocumentMerge._own_import`): deliveries of
# one export by one translator, and new versions of the document between them.
_OWN_WRITES = 50

# The current alignment of a document with a language, and its alignments with that
# language by their keys (`exporting.alignment_key`), the current one among them.
Alignments = tuple[Alignment, dict[str, Alignment]]


class Tally:
    """What the units of a returned file did: counts, and one line per unit refused or in
    conflict."""

    def __init__(self, path: Path, units: int) -> None:
        self.path, self.units = path, units
        self.counts = dict.fromkeys(COUNTS, 0)
        self.reconfirmed: list[str] = []  # who had confirmed each edited bead kept confirmed
        self.overturned: list[tuple[str, str]] = []  # decisions reversed: (status, whose)
        self.carried = self.again = self.spacing = 0
        self.conflicts: list[str] = []
        self.by_side: list[str] = []  # units merged side by side (`merging.by_side`)
        self.blanks = 0  # units with an empty side, read as the bead's text
        self.refused: list[str] = []


# A unit to merge: its number in the file, the unit, the alignment it was exported from
# and the id of its bead there (None: the unit names none).
_Planned = tuple[int, TranslationUnit, Exported, int | None]


class DocumentMerge:
    """The units of one document, merged into its current alignment bead by bead: into
    the bead they were exported from, or the one `align` carried it over to."""

    def __init__(
        self, store: Store, found: Alignments, name: str, reviewer: str, tally: Tally
    ) -> None:
        self.store, (self.alignment, self.keyed), self.name = store, found, name
        self.reviewer, self.tally = reviewer, tally
        # read after the lock: what the edits replace
        self.here = Exported(store, self.alignment, name)
        self.beads = self.here.beads
        self.sources = {alignment_key(self.alignment): self.here}
        self._successors: Successors | None = None
        self._cues: CueSides | None = None  # what the export wrote of each cue, when asked

    def apply(self, rows: Sequence[tuple[int, TranslationUnit]]) -> None:
        planned: list[_Planned] = []
        for n, u in rows:
            source = self._source(u.alignment_key)
            if source is None:
                self._refuse(f"unit {n} ({u.tuid or 'no id'}) was exported from another "
                             f"alignment of {self.name} (another database)")  # fmt: skip
                continue
            planned.append((n, u, source, source.bead_id(u)))
        # each bead's base (as exported, from the log where a later event replaced it) and
        # the texts it held since (a file imported before brings them again)
        asked: dict[Exported, dict[int, int]] = {}
        for _n, u, source, bead_id in planned:
            bead = source.bead(bead_id)
            if (
                bead_id is not None
                and u.version is not None
                and (bead is None or bead.version != u.version)
            ):
                asked.setdefault(source, {})[bead_id] = u.version
        states = {source.alignment.id: self.store.bead_states(source.alignment.id, versions)
                  for source, versions in asked.items()}  # fmt: skip
        self.named = {bead_id for _, _, s, bead_id in planned if s is self.here}
        self.carried = self._carried(planned, states)
        # what today's beads a unit is carried into held since `align` made them
        since = self.store.bead_states(self.alignment.id, dict.fromkeys(self.carried.values(), 0))
        for n, u, source, bead_id in planned:
            base, held = exported_state(source, bead_id, u, states.get(source.alignment.id))
            if source is self.here and bead_id in self.here.index:
                self._unit(n, u, self.here.index[bead_id], base, held)
            elif n in self.carried:
                i = self.carried[n]
                self.tally.carried += 1
                self.tally.again += source is self.here  # this version, aligned again
                self._unit(n, u, i, base, held | since.texts.get(self.beads[i].id, set()))
            else:
                self._gone(n, u, source, base)

    def _source(self, key: str | None) -> Exported | None:
        if key is not None and key not in self.sources and key in self.keyed:
            self.sources[key] = Exported(self.store, self.keyed[key], self.name)
        return self.sources.get(key) if key is not None else None

    def _carried(
        self, planned: Sequence[_Planned], states: Mapping[int, ExportedStates]
    ) -> dict[int, int]:
        """Unit number → the place of today's bead holding the sentences its bead held when
        exported, for units whose bead is no longer in the current alignment; a bead of
        today takes one unit, and none that a unit of this alignment names."""
        found: dict[int, int] = {}
        taken: set[int] = set()
        for n, u, source, bead_id in planned:
            if bead_id is None or (source is self.here and bead_id in self.here.index):
                continue
            state, _ = exported_state(source, bead_id, u, states.get(source.alignment.id))
            if state is None:
                continue
            if self._successors is None:
                self._successors = Successors(self.store, self.alignment, self.beads)
            i = self._successors.index(source.alignment, state, source.bead(bead_id))
            if i is not None and i not in taken and self.beads[i].id not in self.named:
                found[n] = i
                taken.add(i)
        return found

    def _gone(self, n: int, unit: TranslationUnit, source: Exported, state: State | None) -> None:
        """A unit whose bead is in no alignment as it was: merged, split or aligned away."""
        named = f"unit {n} ({unit.tuid or 'no id'})"
        was = None if state is None else _content(state)[0]
        theirs = self._theirs(unit) if was is None else _marked(was, self._theirs(unit))
        if was is not None and reads_as(theirs, (was.fr, was.cp)) and unit.status == was.status:
            self.tally.counts["unchanged"] += 1  # untouched in the file: nothing to carry
        elif source is self.here:
            self._refuse(f"{named}: its bead of {self.name} was merged, split or aligned "
                         "again since the export")  # fmt: skip
        else:
            self._refuse(
                f"{named}: its bead of version {source.alignment.version} of {self.name} is "
                f"not in version {self.alignment.version} as it was (its sentences changed, "
                "or align paired them otherwise)"
            )

    def _theirs(self, unit: TranslationUnit) -> tuple[str, str]:
        fr, cp = (unit.source, unit.target)[:: 1 if language(unit.source_lang) == "fr" else -1]
        return as_typed(fr), as_typed(cp)

    def _unit(
        self, n: int, unit: TranslationUnit, i: int,
        base: State | None, held: set[tuple[str, str]],
    ) -> None:  # fmt: skip
        """Unit ``n`` merged into bead ``i`` of today by the three-way rule
        (`merging.choose`), ``base`` the bead as exported."""
        bead = self.beads[i]
        theirs = self._theirs(unit)
        where = f"bead {i + 1} of {self.name}"
        if base is None:  # no state of the version the file names
            theirs = _marked(Content(bead.fr_text, bead.cp_text, ""), theirs)
            if not reads_as(theirs, (bead.fr_text, bead.cp_text)):
                self._refuse(f"unit {n}: {where} has no state of the version the file names")
            else:
                self.tally.counts["unchanged"] += 1
            return
        was, note = _content(base)
        theirs = _marked(was, theirs)  # the export left each line's list marker out
        if not all(theirs) and all((was.fr, was.cp)):
            # An empty side is one the file does not give: an export under the confidence
            # floor writes the target empty for the translator to fill (sacred35: every such
            # unit of an XLIFF imported back untouched was refused, exit 1); a pair is taken
            # out by rejecting it, not by emptying a side.
            theirs = (theirs[0] or was.fr, theirs[1] or was.cp)
            self.tally.blanks += 1
        ours = Content(bead.fr_text, bead.cp_text, str(bead.status))
        ours_texts = (ours.fr, ours.cp)
        moved = self._breaks_moved(bead, theirs)
        if moved and ours_texts == (was.fr, was.cp):  # a cue's break moved: the file's edit
            self._edit(i, unit.status.strip().lower(), theirs, moved)
            return
        self.tally.spacing += reads_as(theirs, ours_texts) and spacing_only(theirs, ours_texts)
        side = choose(
            was, ours, Content(*theirs, unit.status), ours_note_changed=bead.note != note,
            held=held,
        )  # fmt: skip
        status = unit.status.strip().lower()
        if side == OURS:  # the file left the texts, or brings ones the bead had since
            self.tally.counts["unchanged"] += 1
        elif side == THEIRS and reads_as(theirs, (bead.fr_text, bead.cp_text)):
            self._settle(i, status, was)
        elif not all(theirs):
            self._refuse(f"unit {n}: the file empties a side of {where} (to take a pair out, "
                         "reject it)")  # fmt: skip
        elif side == CONFLICT and not self._own_import(bead, was):
            merged = by_side(was, ours, Content(*theirs, unit.status))
            if merged is None:
                self._conflict(n, i, theirs, where)
            else:
                self._by_side(n, i, merged, where)
        else:
            self._edit(i, status, theirs)

    def _refuse(self, why: str) -> None:
        self.tally.refused.append(f"{why}; it was not imported: make this change in the app")

    def _settle(self, i: int, status: str, base: Content) -> None:
        """The file left the texts of a bead nobody changed since the export: only a
        confirmation or a rejection is the file's to give (a reviewer's word, as in a
        reviewed table)."""
        if status not in _SETTLED or status == base.status:
            self.tally.counts["unchanged"] += 1
            return
        settle = review.confirm if status == str(Status.CONFIRMED) else review.reject
        bead = self.beads[i]
        self._store(i, settle(self.beads, i, self.reviewer), conflict=False)
        self.tally.counts[status] += 1
        self.tally.overturned += overturned(bead, status, self.reviewer)

    def _texts(self, i: int, theirs: tuple[str, str]) -> dict[review.Side, str]:
        bead = self.beads[i]
        sides = (("fr", theirs[0], bead.fr_text), ("cp", theirs[1], bead.cp_text))
        return {side: text for side, text, now in sides if not reads_as((text,), (now,))}  # type: ignore[misc]

    def _conflict(self, n: int, i: int, theirs: tuple[str, str], where: str) -> None:
        """Both changed the bead: the file's texts, to review again, the workbench's kept
        in the note, as a re-import's conflict (`conflict_notes.conflict_note`)."""
        bead = self.beads[i]
        edit = row_edit(self.beads, i, self._texts(i, theirs), Status.AUTO, self.reviewer)
        draft = replace(edit.drafts[0], note=conflict_note(None, bead))
        self._store(i, replace(edit, drafts=(draft,)), conflict=True)
        who = f" by {bead.reviewer}" if bead.reviewer else ""
        if bead.reviewer == self.reviewer:  # a translator's own change, in their words
            who = f" by you ({bead.reviewer})"
        self.tally.conflicts.append(
            f"unit {n}: {where} was changed{who} after the export and in the file: it now "
            "has the file's text, to review again, and the workbench's in its note; keep "
            "the right one in the Review page and confirm it"
        )

    def _by_side(self, n: int, i: int, merged: tuple[str, str], where: str) -> None:
        """The file changed one side of the bead, the workbench the other since the
        export (`merging.by_side`): the file's side stored as the importer's edit, the
        workbench's kept, to review again (nobody has read the two together: the file's
        approval is not given to a text its author never saw)."""
        bead = self.beads[i]
        texts = self._texts(i, merged)
        self._store(i, row_edit(self.beads, i, texts, None, self.reviewer), conflict=False)
        self.tally.counts["edited"] += 1
        line = by_side_note(texts, where, bead.reviewer, "after the export")
        self.tally.by_side.append(f"unit {n}: {line}")

    def _own_import(self, bead: StoredBead, was: Content) -> bool:
        """Whether the only changes to ``bead`` since the export are the importer's own
        earlier imports of a file (a translator's second or third delivery of one export,
        corrected again): their newer texts replace their older ones, no conflict.
        An import that was itself a conflict holds someone else's text in its note: no.

        The writes are followed back through `align` carrying the bead into a new
        version of the document (newcomer18b: a third delivery after a new version
        was a conflict with the translator's own text).
        """
        at, bead_id, version = self.alignment.id, bead.id, bead.version
        for _ in range(_OWN_WRITES):
            w = self.store.write(at, bead_id, version)
            if w is not None and w.action == "align":
                earlier, ids = self.store.carried_over(at)
                old = next((o for o, new in ids.items() if new == bead_id), None)
                was_there = [b for b in self.store.beads(earlier) if b.id == old] if earlier else []
                if earlier is None or not was_there:
                    return False
                at, bead_id, version = earlier, was_there[0].id, was_there[0].version
                continue
            if (
                w is None or w.actor != self.reviewer or w.file is None or w.conflict
                or w.before is None
            ):  # fmt: skip
                return False
            if (w.before.get("fr_text"), w.before.get("cp_text")) == (was.fr, was.cp):
                return True
            before = w.before.get("version")  # the bead before it: an earlier delivery?
            if not isinstance(before, int):
                return False
            version = before
        return False

    def _breaks_moved(self, bead: StoredBead, theirs: tuple[str, str]) -> dict[review.Side, str]:
        """The sides of subtitle cues whose line breaks the file moved (`cue_breaks`)."""
        if self._cues is None:
            self._cues = cue_sides(self.store, self.beads)
        laid = self._cues.get(bead.id, (None, None))
        sides: tuple[review.Side, review.Side] = ("fr", "cp")
        return {
            side: text
            for side, text, cue in zip(sides, theirs, laid, strict=True)
            if cue is not None and breaks_moved(text, cue)
        }

    def _edit(
        self, i: int, status: str, theirs: tuple[str, str],
        texts: dict[review.Side, str] | None = None,
    ) -> None:  # fmt: skip
        """The file changed a bead nobody changed since the export: the importer's edit
        (``texts``: the sides to store, when not those that read otherwise than the bead)."""
        bead = self.beads[i]
        changed = status in _SETTLED and status != str(bead.status)
        # A unit the file approves (approved, final, signed off) is the CAT user's
        # confirmation of its new text, even of a bead confirmed before; any other new
        # text, a rejected pair's new translation too, is to review again (`review.edit_text`).
        confirmed = status == str(Status.CONFIRMED)
        settled = Status(status) if changed or confirmed else None
        edit = row_edit(self.beads, i, texts or self._texts(i, theirs), settled, self.reviewer)
        self._store(i, edit, conflict=False)
        count_edit(self.tally.counts, self.tally.reconfirmed, bead, status, changed)

    def _store(self, i: int, edit: review.Edit, *, conflict: bool) -> None:
        detail = {**edit.detail, "file": self.tally.path.name}
        if conflict:
            detail["conflict"] = True
        (stored,) = apply(self.store, self.alignment.id, replace(edit, detail=detail),
                          self.reviewer)  # fmt: skip
        self.beads[i] = stored


def _marked(was: Content, theirs: tuple[str, str]) -> tuple[str, str]:
    """The file's texts under the list markers the bead's texts open with as exported
    (`markers.with_marker`), with the continuation dots between its cues
    (`continuation.with_continuation`): the export leaves both out of the unit's text."""
    return under_marks(was.fr, theirs[0]), under_marks(was.cp, theirs[1])


def _content(state: StoredBead | Mapping[str, Any]) -> tuple[Content, str | None]:
    """What the merge compares of a bead as exported (a bead, or its logged snapshot), and
    its note."""
    if isinstance(state, StoredBead):
        return Content(*texts_of(state)), state.note
    note = state.get("note")
    return Content(*texts_of(state)), None if note is None else str(note)
