"""One document's rows of a reviewed table applied to its beads (`reviewed.import_reviewed`):
each row's changed texts and status stored as one edit of its bead, or the row refused in
one line saying why. Shared with `returned`: how a file's text is compared and stored.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC
from typing import TYPE_CHECKING

from workbench import review
from workbench.formats.cell_values import respelled
from workbench.formats.continuation import with_continuation
from workbench.formats.markers import unit_text, with_marker
from workbench.formats.tabular import error_value
from workbench.formats.units import strip_illegal
from workbench.model import (
    POST_EDIT,
    Alignment,
    ConflictError,
    Status,
    StoredBead,
    TranslationUnit,
)
from workbench.pipeline.alignment import apply
from workbench.pipeline.carried import State
from workbench.pipeline.cue_breaks import breaks_moved, cue_sides
from workbench.pipeline.reviewed_carried import Row, carried_rows, describe, texts_of
from workbench.pipeline.reviewed_status import SETTABLE_SAID, reopened, taken_back, typed_status
from workbench.spaces import adds_no_break, collapse, fold, spacing_only

if TYPE_CHECKING:
    from workbench.pipeline.reviewed import Tally
    from workbench.store import Store

# What an import counts, each row or unit once (`count_edit`, `reviewed.said_done`).
COUNTS = ("edited", "confirmed", "rejected", "unchanged", "also_confirmed", "also_rejected",
          "reopened")  # fmt: skip


# What a reviewer can set in the status column; the others are the aligner's and MT's.
_SETTABLE = {str(Status.CONFIRMED): review.confirm, str(Status.REJECTED): review.reject}


def clean(text: str) -> str:
    """A text as the export wrote it and as an edit stores it: legal XML, NFC, runs of
    ordinary white space as one space, no-break spaces kept (`spaces.collapse`)."""
    return collapse(unicodedata.normalize("NFC", strip_illegal(text)[0]))


def as_typed(text: str) -> str:
    """A text of a reviewer's file as they typed it: legal XML, NFC, its ends trimmed (an
    export trims each side, and only that); runs of spaces, tabs and line breaks inside
    kept, as the Review page saves a text. Both imports of a reviewer's file store a
    changed text so, whatever its format (newcomer: an XLIFF 1.2 target came back with
    its spaces collapsed)."""
    return unicodedata.normalize("NFC", strip_illegal(text)[0]).strip()


def under_marks(stored: str, text: str) -> str:
    """A file's ``text`` under the list marker that ``stored`` (the bead's text as exported)
    opens with (`markers.with_marker`), with the continuation dots between its cues
    (`continuation.with_continuation`): an export leaves both out of a unit's text. Both
    imports of a reviewer's file read its texts so."""
    return with_marker(stored, with_continuation(stored, text))


def same_text(a: str, b: str) -> bool:
    """Whether two texts read alike with white space folded (`spaces.fold`): how both
    imports of a reviewer's file compare a file's text with a bead's, so that a file an
    older export wrote with plain spaces matches a bead that keeps no-break ones."""
    return fold(clean(a)) == fold(clean(b))


class DocumentRows:
    """The rows of one document, applied to its alignment bead by bead."""

    def __init__(
        self,
        store: Store,
        alignment: Alignment,
        name: str,
        reviewer: str,
        french_source: bool,
        tally: Tally,
    ) -> None:
        self.store, self.alignment, self.name = store, alignment, name
        self.reviewer, self.french_source, self.tally = reviewer, french_source, tally
        self.beads = store.beads(alignment.id)
        self.index = {b.id: i for i, b in enumerate(self.beads)}
        # An imported document's beads keep the ids their units had in its file.
        self.tuids = {tuid: bead for bead, tuid in store.unit_ids(alignment.id).items()}
        self.prefix = f"{name}-{alignment.id}-"

    def apply(self, rows: Sequence[Row]) -> None:
        # rows exported before `align` made a new alignment go into the beads it carried
        # theirs over to (`reviewed_carried`)
        self.carried, self.gone = carried_rows(
            self.store, self.alignment, self.beads, self.name, rows
        )
        self.bases = self._bases(rows)
        self.cues = cue_sides(self.store, self.beads)  # what the export wrote of each cue
        for line, unit in rows:
            try:
                self._row(line, unit)
            except ConflictError as exc:  # changed between our read and the write
                # the app's advice ("reload … redo your edit") is not a file's: the file
                # holds the edit, and importing it again refuses a bead changed since
                said = str(exc).split("; reload", 1)[0]
                self.tally.refuse([(line, unit)], (
                    f"{said}; this row was not imported: import the file again (a bead "
                    "changed since is refused then, never overwritten)"
                ))  # fmt: skip

    def _where(self, unit: TranslationUnit) -> int | None:
        """The bead's index for the row's id, or None when the alignment no longer has it."""
        bead = self.tuids.get(unit.tuid)
        if bead is None and unit.tuid.startswith(self.prefix):
            tail = unit.tuid[len(self.prefix) :]
            bead = int(tail) if tail.isdigit() else None
        return self.index.get(bead) if bead is not None else None

    def _row(self, line: int, unit: TranslationUnit) -> None:
        refuse = self.tally.refuse
        i = self._where(unit)
        base: State | None = None
        if i is not None:
            changed_since = _changed_since(self.beads[i], unit)
            base = self.bases.get(self.beads[i].id)
        elif (carried := self.carried.get(line)) is not None:
            i, changed_since, base = carried.place, carried.changed, carried.base
            self.tally.carried += 1
            self.tally.again += carried.again
        else:
            self._gone(line, unit)
            return
        if changed_since and base is not None and self._as_exported(unit, base):
            # the reviewer left the row as exported: it asks nothing of a bead changed since
            # (newcomer33: untouched rows were refused as "your row was not imported")
            self.tally.counts["unchanged"] += 1
            return
        bead = self.beads[i]
        where = f"bead {i + 1} of {self.name}"
        fr, cp = (unit.source, unit.target) if self.french_source else (unit.target, unit.source)
        sides: tuple[review.Side, ...] = ("fr", "cp")
        cells: dict[review.Side, str] = {"fr": fr, "cp": cp}
        # the export left each line's list marker out of the unit (`markers.unit_text`),
        # and the continuation dots between its cues (`formats.continuation`)
        texts = {side: under_marks(_text(bead, side), as_typed(text))
                 for side, text in cells.items()}  # fmt: skip
        # a row whose bead changed since is refused below for that, whatever its cells
        reread = None if changed_since else _reread(where, bead, cells, texts)
        # a cue's line breaks moved are a subtitler's edit, stored as typed (`cue_breaks`)
        laid = dict(zip(sides, self.cues.get(bead.id, (None, None)), strict=True))
        typed = {side: as_typed(cells[side]) for side in sides}
        moved = {side for side in sides if breaks_moved(typed[side], laid[side] or "")}
        texts |= {side: typed[side] for side in moved}
        # a no-break space the reviewer typed where French wants one is an edit
        # (newcomer34: qa asked for it, and the import kept the bead's plain space)
        edits = [
            side
            for side in sides
            if side in moved
            or not same_text(texts[side], _text(bead, side))
            or adds_no_break(texts[side], _text(bead, side))
        ]
        if why := reread or _error_values(where, cells, edits):
            refuse([(line, unit)], why)
            return
        stored = [_text(bead, side) for side in sides]
        if not edits:
            self.tally.spacing += spacing_only(
                [typed[side] if laid[side] is not None else texts[side] for side in sides],
                stored, [laid[side] for side in sides],
            )  # fmt: skip
        status = typed_status(unit.status)
        if edits and reopened(bead, unit.status):
            status = str(bead.status)  # the edit reopens it (`review.edit_text`), as the app's
        if status is None:
            refuse([(line, unit)], (
                f"{where}: status {unit.status.strip()!r} is not one a file may set: type "
                f"{SETTABLE_SAID}, or leave it as exported; nothing of this row was imported"
                + taken_back(bead)
            ))  # fmt: skip
            return
        if not edits and status == str(bead.status):
            self.tally.counts["unchanged"] += 1
            return
        changed = {side: texts[side] for side in edits}
        why = _not_importable(where, bead, changed_since, status, changed)
        if why is not None:
            refuse([(line, unit)], why)
            return
        self._import(i, status, changed)

    def _bases(self, rows: Sequence[Row]) -> dict[int, State]:
        """Bead id → the bead as the rows' file exported it, for the beads of this alignment
        the rows name whose version changed since (`bases.MergeBases.bead_states`)."""
        asked = {}
        for _, unit in rows:
            i = self._where(unit)
            if i is not None and unit.version is not None:
                bead = self.beads[i]
                if bead.version != unit.version:
                    asked[bead.id] = unit.version
        return dict(self.store.bead_states(self.alignment.id, asked).bases) if asked else {}

    def _gone(self, line: int, unit: TranslationUnit) -> None:
        """A row whose bead is in no alignment as it was: nothing to carry when the
        reviewer left it as exported, refused in one line otherwise."""
        gone = self.gone.get(line)
        if gone is not None and self._as_exported(unit, gone.base):
            self.tally.counts["unchanged"] += 1
            return
        why = (
            "is no longer in "
            f"{self.name} (merged, split or aligned again since the export, or an added row)"
            if gone is None
            else describe(gone, self.name, self.alignment)
        )
        self.tally.refuse(
            [(line, unit)], f"bead {unit.tuid or '(no id)'} {why}: make this change in the app"
        )

    def _as_exported(self, unit: TranslationUnit, base: State) -> bool:
        """Whether the row reads as its bead did when exported: texts and status."""
        fr, cp, status = texts_of(base)
        cells = (unit.source, unit.target) if self.french_source else (unit.target, unit.source)
        return (
            typed_status(unit.status) == status
            and same_text(under_marks(fr, as_typed(cells[0])), fr)
            and same_text(under_marks(cp, as_typed(cells[1])), cp)
        )

    def _import(self, i: int, status: str, texts: dict[review.Side, str]) -> None:
        """The row's changed ``texts`` and its ``status`` stored as one edit of bead ``i``."""
        bead = self.beads[i]
        settle = _SETTABLE.get(status) if status != str(bead.status) else None
        # One edit for the whole row, stored in one transaction: a row is in or out, never
        # half in (a text stored and the process killed before its confirmation would
        # make the bead "changed since the export" and refuse the row next time).
        edit = settle(self.beads, i, self.reviewer) if settle is not None else None
        if texts:
            # a row that says confirmed confirms its new text, as a CAT tool's approved
            # unit does; any other row's new text is to review again (`review.edit_text`)
            kept = Status.CONFIRMED if status == str(Status.CONFIRMED) else None
            edit = row_edit(self.beads, i, texts,
                            edit.drafts[0].status if edit else kept, self.reviewer)  # fmt: skip
        assert edit is not None
        self._store(i, edit)  # ConflictError: counted as refused, not as done
        if texts:
            count_edit(self.tally.counts, self.tally.reconfirmed, bead, status, settle is not None)
        else:
            self.tally.counts[status] += 1
            self.tally.overturned += overturned(bead, status, self.reviewer)

    def _store(self, i: int, edit: review.Edit) -> None:
        detail = {**edit.detail, "file": self.tally.path.name}
        edit = replace(edit, detail=detail)
        # a server lost while committing leaves this row's fate unknown: it may be in
        self.tally.storing = True
        (stored,) = apply(self.store, self.alignment.id, edit, self.reviewer)
        self.tally.storing = False
        self.beads[i] = stored
        self.tally.stored += 1


def count_edit(
    counts: dict[str, int], reconfirmed: list[str], bead: StoredBead, status: str, settled: bool
) -> None:
    """Count a row or unit that changed ``bead``'s text (as it was before), ``status`` the
    status it asked for and ``settled`` whether it set that status: once, as edited, and
    among the edited, what its status did (newcomer33: a bead edited and confirmed was
    counted twice, "12 rows read: 2 beads edited, 3 confirmed, 1 rejected, 7 unchanged").
    A confirmed bead whose text it changed and left confirmed is confirmed again, by the
    importer (as a CAT tool re-approves an edited approved unit): who had confirmed it
    is kept for the summary to say. A rejected bead whose text it changed and did not
    confirm is to review again (`review.edit_text`), counted ``reopened`` for the summary
    to say that its rejection is gone."""
    counts["edited"] += 1
    if settled:
        counts[f"also_{status}"] += 1
    elif status == str(Status.CONFIRMED) and bead.status is Status.CONFIRMED:
        reconfirmed.append(bead.reviewer or "")
    elif bead.status is Status.REJECTED:
        counts["reopened"] += 1


def overturned(bead: StoredBead, status: str, reviewer: str) -> list[tuple[str, str]]:
    """Whose decision a file's ``status`` reverses on ``bead``: ``[("confirmed", "ana")]`` when
    another reviewer had confirmed or rejected it the other way, else none. A row at its
    version is the reviewer's word on the bead as they saw it (what `--seen` is to
    `reject`); the summary says whose decision it took back (newcomer34: "1 rejected",
    not a word of ana)."""
    decided = bead.status in (Status.CONFIRMED, Status.REJECTED)
    others = bool(bead.reviewer) and bead.reviewer != reviewer
    if decided and others and bead.reviewer and str(bead.status) != status:
        return [(str(bead.status), bead.reviewer)]
    return []


def row_edit(
    beads: Sequence[StoredBead],
    i: int,
    texts: dict[review.Side, str],
    status: Status | None,
    reviewer: str,
) -> review.Edit:
    """Bead ``i``'s texts replaced, then its status set (None: as the edits leave it), as
    one edit: what the Review page stores for those edits made one after the other
    (`review.edit_text`). Shared by the two imports of a reviewer's file
    (`import_reviewed`, `returned.import_returned`).

    An MT draft whose counterpart the file changed is the reviewer's text, status
    ``auto``, whichever side went first; one whose French alone changed still waits
    for its post-edit (``draft``); confirmed with its MT words, it is a post-edit.
    """
    sides = list(texts)
    edit = review.edit_text(beads, i, sides[0], texts[sides[0]], reviewer)
    draft = edit.drafts[0]
    if "cp" in texts and sides[0] == "fr":  # the French went first: the counterpart too
        # the French edit made the bead the reviewer's (origin human), as in the app
        draft = replace(draft, cp_text=texts["cp"])
        if draft.status is Status.DRAFT:
            draft = replace(draft, status=Status.AUTO)  # the draft is theirs now
    if status is Status.CONFIRMED and review.holds_mt(draft):  # as `review.confirm` records it
        # the engine's name from the bead when the French edit made the draft "human"
        made = draft.origin if draft.origin.startswith(POST_EDIT) else beads[i].origin
        draft = replace(draft, origin=review.post_edit_origin(made), score=None)
    if status is not None:
        draft = replace(draft, status=status)
    return replace(edit, drafts=(draft,))


def _not_importable(
    where: str,
    bead: StoredBead,
    changed_since: bool,
    status: str,
    changed: dict[review.Side, str],
) -> str | None:
    """Why a row that changes its bead cannot be imported (its ``changed`` texts, its
    ``status``; ``changed_since``: the bead changed after the export), in one line
    naming the bead (``where``); None when it can."""
    # Checked before what the row asks: a row whose bead changed since may differ
    # from it only by that change (an old export's "auto" for a bead confirmed since
    # is no request to unconfirm it), so it says what happened, not what it cannot set.
    if changed_since:
        who = f" by {bead.reviewer}" if bead.reviewer else ""
        return (
            f"{where} was changed{who} after this file was exported; your row was not "
            "imported so as not to overwrite it: compare the two in the app and edit there"
        )
    if status != str(bead.status) and status not in _SETTABLE:
        return (
            f"{where}: status {status} cannot be set from a file (only {SETTABLE_SAID}); "
            f"it stays {bead.status}, and nothing of this row was imported{taken_back(bead)}"
        )
    for side, text in changed.items():
        if not text:
            return (
                f"{where}: the {'French' if side == 'fr' else 'counterpart'} text is empty; "
                "to take a pair out, set its status to rejected"
            )
    return None


def _error_values(
    where: str, cells: dict[review.Side, str], edits: Sequence[review.Side]
) -> str | None:
    """Why a row whose changed text is a spreadsheet's error value (`tabular.error_value`)
    cannot be imported, in one line naming the bead (``where``); None when none is."""
    for side in edits:
        if error_value(cells[side]):
            return (
                f"{where}: the {'French' if side == 'fr' else 'counterpart'} text came back "
                f"as {cells[side].strip()!r}, a spreadsheet's error value, not text (the "
                "spreadsheet ran the exported text as a formula); nothing of this row was "
                "imported: make its changes in the app, or export again as xlsx, which "
                "keeps every text as text"
            )
    return None


def _reread(
    where: str, bead: StoredBead, cells: dict[review.Side, str], texts: dict[review.Side, str]
) -> str | None:
    """Each text whose cell a spreadsheet may have read as a figure, a time or a date and
    written its own way (`cell_values.respelled`) put right in ``texts``: the bead's own
    text when the value is the exported one, the new value written as the export wrote
    it; why the row cannot be imported, naming the bead (``where``), when it cannot be
    told whether the reviewer or the spreadsheet wrote the cell; None when it can."""
    for side, cell in cells.items():
        stored = _text(bead, side)
        exported = unit_text(stored)
        if same_text(as_typed(cell), exported):
            continue
        found = respelled(exported, as_typed(cell))
        if found is None:
            continue
        if found.text is None and not found.same:
            return (
                f"{where}: the {'French' if side == 'fr' else 'counterpart'} text "
                f"{exported!r} came back as {cell.strip()!r}: a spreadsheet reads such a "
                "text as a figure, a time or a date and writes it its own way, and it cannot "
                "be told whether the value was changed; nothing of this row was imported: "
                "make its changes in the app, or export again as xlsx, which keeps every "
                "text as text"
            )
        texts[side] = stored if found.same else with_marker(stored, found.text or "")
    return None


def _changed_since(bead: StoredBead, unit: TranslationUnit) -> bool:
    """Whether the bead is no longer the very write the row was exported from.

    By the bead's version (the id of the event that wrote it: unique, only
    growing, the number the app's own saves are checked against), which the
    ``version`` column carries as a plain integer that no spreadsheet turns
    into a date or a local time. A file from before that column (session 12)
    is matched by its ``changed`` stamp, to the microsecond, for equality: a
    later write may carry an earlier time (two app servers, a clock set back).
    """
    if unit.version is not None:
        return bead.version != unit.version
    return bead.updated_at != unit.changed.astimezone(UTC).replace(tzinfo=None)


def _text(bead: StoredBead, side: str) -> str:
    return bead.fr_text if side == "fr" else bead.cp_text
