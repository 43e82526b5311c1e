"""A reviewed table (TSV, CSV, XLSX the workbench exported) back into its alignment.

A translator exports a document's beads to a spreadsheet, corrects texts and
sets statuses in Excel or LibreOffice, and imports the file again. Each row
names its bead (the ``id`` column: the unit's tuid) and the bead's version at
the export (``version``: the id of the event that wrote it; a file from before
that column is matched by its ``changed`` stamp, for equality, never order).
What the row says differently from the bead becomes the reviewer's own edits,
stored as the review app stores them: a text edit per side (the bead loses its
aligner score, as any edit does), then a confirm or a reject. A bead changed in the store since the
export is not overwritten: its row is refused, in one line naming the bead and
who changed it, and so is every row that cannot be applied (a bead merged or
split since, a status the file cannot set, a document not in this store). The
other rows are stored; importing the same file again changes nothing more.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC
from pathlib import Path
from typing import TYPE_CHECKING

from workbench import review
from workbench.formats.markers import with_marker
from workbench.formats.registry import read_units
from workbench.formats.units import strip_illegal
from workbench.langtags import language
from workbench.model import (
    POST_EDIT,
    Alignment,
    ConflictError,
    InputError,
    NotFoundError,
    Status,
    StoredBead,
    TranslationUnit,
)
from workbench.pipeline.alignment import alignment_for, apply
from workbench.spaces import collapse, fold, spacing_only
from workbench.wording import counted

if TYPE_CHECKING:
    from workbench.store import Store

TABLE_SUFFIXES = frozenset({".tsv", ".csv", ".xlsx"})
# What a reviewer can set in the status column; the others are the aligner's and MT's.
_SETTABLE = {str(Status.CONFIRMED): review.confirm, str(Status.REJECTED): review.reject}


@dataclass(frozen=True)
class ReviewedReport:
    """What importing a reviewed table did: counts of beads, and one line per refused row."""

    path: Path
    rows: int
    edited: int = 0  # beads whose text changed
    confirmed: int = 0
    rejected: int = 0
    unchanged: int = 0
    refused: tuple[str, ...] = ()  # "row 5: bead 3 of canal …", one per row or span not applied
    refused_rows: int = 0  # the rows those lines name (a span "rows 2-21" is 20)
    spacing: int = 0  # unchanged rows whose texts differ from their beads' only in spacing

    @property
    def spacing_note(self) -> str | None:
        """The one line said of the rows that differ only in spacing (`spacing_only`)."""
        return spacing_note(self.path, self.spacing, "row")

    def summary(self, reviewer: str) -> str:
        done = said_done(self.edited, self.confirmed, self.rejected, self.unchanged)
        rows = max(self.refused_rows, len(self.refused))
        refused = f"; {counted(rows, 'row')} refused" if self.refused else ""
        return (
            f"{self.path.name}: {counted(self.rows, 'row')} read: {', '.join(done)}, "
            f"signed {reviewer}{refused}"
        )


def import_reviewed(
    store: Store, path: Path, *, reviewer: str, to: str | None = None
) -> ReviewedReport:
    """Apply the edits of a reviewed TSV, CSV or XLSX export to the beads it came from.

    ``reviewer`` signs every edit (the events and the beads, as in the app).
    ``to``, when given, must be the file's counterpart language. Raises
    InputError (one line) for a file that is not a workbench table, one exported
    before tables carried each bead's id, one whose header names no French side,
    or no reviewer; rows are refused one by one in the report, not raised.
    """
    reviewer = reviewer.strip()
    if not reviewer:
        raise InputError(
            f"{path}: a reviewed table's changes are signed: add --reviewer NAME (your name)"
        )
    units = read_units(Path(path))
    if not units:
        return ReviewedReport(Path(path), 0)
    if all(u.tuid == f"{u.document}-{n}" for n, u in enumerate(units, 1)):
        raise InputError(
            f"{path} was exported before tables carried each bead's id and date, so its rows "
            "cannot be matched to beads: export the document again and copy your edits over"
        )
    french_source, cp_lang = _sides(Path(path), units[0], to)
    tally = _Tally(Path(path))
    for name, rows in _by_document(units):
        try:
            alignment = alignment_for(store, name, cp_lang)
        except NotFoundError as exc:
            found = named_by_ids(store, name, cp_lang, rows)
            if found is None:
                tally.refuse(rows, f"{exc}; nothing of {name} was imported")
                continue
            alignment = found
        if _exported_elsewhere(store, alignment, name, rows, french_source):
            tally.refuse(rows, (
                f"this table was exported from another database (the beads of {name} its ids "
                f"name hold other texts here); nothing of {name} was imported: import the "
                "file into the database it came from (--db or WORKBENCH_DB)"
            ))  # fmt: skip
            continue
        _Document(store, alignment, name, reviewer, french_source, tally).apply(rows)
    return tally.report(len(units))


_EVIDENCE = 20  # rows read to tell a table from another database, at most


def _exported_elsewhere(
    store: Store, alignment: Alignment, name: str, rows: Sequence[Row], french_source: bool
) -> bool:
    """True when the rows' ids and versions show that the table was exported from another
    database, whose ids collide with this one's (newcomer18b: "bead contrat.fr-1-9 is
    no longer in contrat.fr" for a SQLite table imported on PostgreSQL).

    A row names its bead (``NAME-ALIGNMENT-BEAD``) and the bead's version (the event
    that wrote it). It is this database's when that bead is here at that version, or
    when this database's log has that event writing that bead with the row's French
    or counterpart text (a reviewer rarely rewrites both). A table none of whose first
    _EVIDENCE such rows is this database's is another's; a table with no id or version
    to go by (older files, imported units' own ids) is never called so.
    """
    pattern = re.compile(re.escape(name) + r"-(\d+)-(\d+)")
    here = {b.id: b.version for b in store.beads(alignment.id)}
    told = 0
    for _, unit in rows:
        m = pattern.fullmatch(unit.tuid)
        if m is None or unit.version is None:
            continue
        aligned, bead = int(m.group(1)), int(m.group(2))
        if aligned == alignment.id and here.get(bead) == unit.version:
            return False
        written = store.written(unit.version, aligned, bead)
        fr, cp = (unit.source, unit.target) if french_source else (unit.target, unit.source)
        if written is not None and (
            same_text(fr, str(written.get("fr_text") or ""))
            or same_text(cp, str(written.get("cp_text") or ""))
        ):
            return False
        told += 1
        if told == _EVIDENCE:
            break
    return told > 0


def named_by_ids(
    store: Store, name: str, cp_lang: str, rows: Sequence[Row], *, earlier: bool = False
) -> Alignment | None:
    """The alignment the rows' ids name (``NAME-ALIGNMENT-BEAD``, as exports write them)
    when it is the current one of a document called ``name``: the way to tell apart two
    documents of one name (``fr.docx`` and ``fr.odt``). With ``earlier``, ids naming an
    earlier version's alignment with ``cp_lang`` name that document's current one too.
    A row is (its line or unit number, its unit). None when the ids do not say."""
    pattern = re.compile(re.escape(name) + r"-(\d+)-\d+")
    ids = {m.group(1) for _, u in rows if (m := pattern.fullmatch(u.tuid))}
    if len(ids) != 1:
        return None
    try:
        named = store.alignment(int(ids.pop()))
        current = alignment_for(store, named.doc_id, cp_lang)
    except NotFoundError:
        return None
    if store.document(named.doc_id).name != name:
        return None
    if current.id != named.id and not (earlier and named.cp_lang == cp_lang):
        return None
    return current


def _sides(path: Path, first: TranslationUnit, to: str | None) -> tuple[bool, str]:
    """(whether French is the source column, the counterpart's language) from the header."""
    source, target = language(first.source_lang or ""), language(first.target_lang or "")
    if "fr" not in (source, target) or source == target:
        raise InputError(
            f"{path}: its header names {source or 'no language'} and "
            f"{target or 'no language'}, not French and its counterpart; import a table "
            "the workbench exported (headed `source (en)`, `target (fr)`)"
        )
    cp_lang = target if source == "fr" else source
    if to and language(to) != cp_lang:
        raise InputError(f"{path} pairs French with {cp_lang}, not {to}: run with --to {cp_lang}")
    return source == "fr", cp_lang


# A row: its line in the file (the header is line 1) and its unit.
Row = tuple[int, TranslationUnit]


def _by_document(units: Sequence[TranslationUnit]) -> Iterable[tuple[str, list[Row]]]:
    groups: dict[str, list[Row]] = {}
    for line, unit in enumerate(units, 2):
        groups.setdefault(unit.document, []).append((line, unit))
    return groups.items()


class _Tally:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.counts = {"edited": 0, "confirmed": 0, "rejected": 0, "unchanged": 0}
        self.refused: list[str] = []
        self.refused_rows = 0
        self.spacing = 0

    def refuse(self, rows: Sequence[Row], why: str) -> None:
        lines = [line for line, _ in rows]
        self.refused_rows += len(lines)
        span = f"row {lines[0]}" if len(lines) == 1 else f"rows {lines[0]}-{lines[-1]}"
        self.refused.append(f"{span}: {why}")

    def report(self, rows: int) -> ReviewedReport:
        return ReviewedReport(
            self.path,
            rows,
            refused=tuple(self.refused),
            refused_rows=self.refused_rows,
            spacing=self.spacing,
            **self.counts,
        )


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


def said_done(edited: int, confirmed: int, rejected: int, unchanged: int) -> list[str]:
    """What an import did to the beads, as its summary says it (a reviewed table's and
    a returned TMX's alike): "2 beads edited", "1 confirmed", "0 rejected", "5 unchanged"."""
    return [
        f"{counted(edited, 'bead')} edited",
        f"{confirmed} confirmed",
        f"{rejected} rejected",
        f"{unchanged} unchanged",
    ]


def spacing_note(path: Path, n: int, what: str) -> str | None:
    """The one line an import says of the ``n`` rows or units (``what``) of ``path`` that
    differ from their beads only in spacing (`spacing_only`); None for none."""
    if not n:
        return None
    differ = "differs" if n == 1 else "differ"
    return (
        f"{path.name}: {counted(n, what)} {differ} from {'its bead' if n == 1 else 'their beads'} "
        "only in spacing; kept as stored (change the spacing in the Review page)"
    )


def same_text(a: str, b: str) -> bool:
    """Whether two texts read alike with white space folded (`spaces.fold`): how both
    imports of a reviewer's file compare a file's text with a bead's, so that a file an
    older export wrote with plain spaces matches a bead that keeps no-break ones."""
    return fold(clean(a)) == fold(clean(b))


class _Document:
    """The rows of one document, applied to its alignment bead by bead."""

    def __init__(
        self,
        store: Store,
        alignment: Alignment,
        name: str,
        reviewer: str,
        french_source: bool,
        tally: _Tally,
    ) -> None:
        self.store, self.alignment, self.name = store, alignment, name
        self.reviewer, self.french_source, self.tally = reviewer, french_source, tally
        self.beads = store.beads(alignment.id)
        self.index = {b.id: i for i, b in enumerate(self.beads)}
        # An imported document's beads keep the ids their units had in its file.
        self.tuids = {tuid: bead for bead, tuid in store.unit_ids(alignment.id).items()}
        self.prefix = f"{name}-{alignment.id}-"

    def apply(self, rows: Sequence[Row]) -> None:
        for line, unit in rows:
            try:
                self._row(line, unit)
            except ConflictError as exc:  # changed between our read and the write
                self.tally.refuse([(line, unit)], f"{exc}; this row was not imported")

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
        if i is None:
            refuse([(line, unit)], (
                f"bead {unit.tuid or '(no id)'} is no longer in {self.name} (merged, split or "
                "aligned again since the export, or an added row): make this change in the app"
            ))  # fmt: skip
            return
        bead = self.beads[i]
        where = f"bead {i + 1} of {self.name}"
        fr, cp = (unit.source, unit.target) if self.french_source else (unit.target, unit.source)
        # the export left each line's list marker out of the unit (`markers.unit_text`)
        texts = {side: with_marker(_text(bead, side), as_typed(text))
                 for side, text in (("fr", fr), ("cp", cp))}  # fmt: skip
        sides: tuple[review.Side, ...] = ("fr", "cp")
        edits = [side for side in sides if not same_text(texts[side], _text(bead, side))]
        stored = [_text(bead, side) for side in sides]
        self.tally.spacing += spacing_only([texts[side] for side in sides], stored)
        status = unit.status.strip().lower()
        if status not in map(str, Status):
            refuse([(line, unit)], (
                f"{where}: status {unit.status!r} is not one of "
                f"{', '.join(map(str, Status))}; nothing of this row was imported"
            ))  # fmt: skip
            return
        if not edits and status == str(bead.status):
            self.tally.counts["unchanged"] += 1
            return
        # Checked before what the row asks: a row whose bead changed since may differ
        # from it only by that change (an old export's "auto" for a bead confirmed since
        # is no request to unconfirm it), so it says what happened, not what it cannot set.
        if _changed_since(bead, unit):
            who = f" by {bead.reviewer}" if bead.reviewer else ""
            refuse([(line, unit)], (
                f"{where} was changed{who} after this file was exported; your row was not "
                "imported so as not to overwrite it: compare the two in the app and edit there"
            ))  # fmt: skip
            return
        settle = _SETTABLE.get(status) if status != str(bead.status) else None
        if status != str(bead.status) and settle is None:
            refuse([(line, unit)], (
                f"{where}: status {status} cannot be set from a file (only confirmed or "
                f"rejected); it stays {bead.status}, and nothing of this row was imported"
            ))  # fmt: skip
            return
        for side in edits:
            if not texts[side]:
                refuse([(line, unit)], (
                    f"{where}: the {'French' if side == 'fr' else 'counterpart'} text is empty; "
                    "to take a pair out, set its status to rejected"
                ))  # fmt: skip
                return
        # One edit for the whole row, stored in one transaction: a row is in or out, never
        # half in (a text stored and the process killed before its confirmation would
        # make the bead "changed since the export" and refuse the row next time).
        edit = settle(self.beads, i, self.reviewer) if settle is not None else None
        if edits:
            # a row that says confirmed confirms its new text, as a CAT tool's approved
            # unit does; any other row's new text is to review again (`review.edit_text`)
            kept = Status.CONFIRMED if status == str(Status.CONFIRMED) else None
            edit = row_edit(self.beads, i, {side: texts[side] for side in edits},
                             edit.drafts[0].status if edit else kept, self.reviewer)  # fmt: skip
        assert edit is not None
        self._store(i, edit)  # ConflictError: counted as refused, not as done
        if edits:
            self.tally.counts["edited"] += 1
        if settle is not None:
            self.tally.counts[status] += 1

    def _store(self, i: int, edit: review.Edit) -> None:
        detail = {**edit.detail, "file": self.tally.path.name}
        edit = replace(edit, detail=detail)
        (stored,) = apply(self.store, self.alignment.id, edit, self.reviewer)
        self.beads[i] = stored


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
