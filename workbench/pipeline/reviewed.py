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
split since, a status the file cannot set, a text that came back as a spreadsheet's
error value such as ``Err:509``, a figure, a time or a date a spreadsheet wrote its
own way when it cannot be told whether its value changed, a document not in this
store). A row exported before `align` made a new alignment of its document goes into
the bead it carried theirs over to (`reviewed_carried`). A figure written again with
the exported value (``50.00%`` for ``50 %``) is no edit (`formats.cell_values`). The
other rows are stored; importing the same file again changes nothing more.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from workbench.formats.registry import read_units
from workbench.formats.tabular import UNREAD_COLUMNS
from workbench.langtags import language
from workbench.model import (
    Alignment,
    InputError,
    NotFoundError,
    StoreError,
    TranslationUnit,
)
from workbench.pipeline.alignment import alignment_for
from workbench.pipeline.reviewed_carried import Row
from workbench.pipeline.reviewed_rows import COUNTS, DocumentRows, same_text
from workbench.wording import counted, plural

if TYPE_CHECKING:
    from workbench.store import Store

TABLE_SUFFIXES = frozenset({".tsv", ".csv", ".xlsx"})
# A row with no id, date or version (`tabular._added`): one typed into the sheet, which
# names no bead to go into.
ADDED_ROW = (
    "has no id: a row added by hand is not imported, as it names no bead; type its text in "
    "the Review page, on the bead of its sentence (the rest of the file was imported)"
)


@dataclass(frozen=True)
class ReviewedReport:
    """What importing a reviewed table did: counts of beads, and one line per refused row."""

    path: Path
    rows: int
    # each row counted once: edited (its status set too, or not), else confirmed or
    # rejected, else unchanged; refused rows are `refused_rows`
    edited: int = 0  # beads whose text changed
    confirmed: int = 0  # beads only confirmed
    rejected: int = 0  # beads only rejected
    unchanged: int = 0
    also_confirmed: int = 0  # of the edited, beads the row confirmed too
    also_rejected: int = 0  # of the edited, beads the row rejected too
    reopened: int = 0  # of the edited, rejected beads the edit leaves to review again
    reconfirmed: tuple[str, ...] = ()  # of the edited, confirmed beads kept so: who had
    overturned: tuple[
        tuple[str, str], ...
    ] = ()  # whose decisions the file reversed (("confirmed", "ana"))
    refused: tuple[str, ...] = ()  # "row 5: bead 3 of canal …", one per row or span not applied
    refused_rows: int = 0  # the rows those lines name (a span "rows 2-21" is 20)
    spacing: int = 0  # unchanged rows whose texts differ from their beads' only in spacing
    # or in a prose sentence's line breaks (a cue's moved break is an edit: `cue_breaks`)
    carried: int = 0  # rows that went into the bead `align` carried theirs over to
    again: int = 0  # of them, rows of this very alignment, aligned again since the export
    unread: str = ""  # the columns a reviewer added, not read ("commentaire")

    @property
    def unread_note(self) -> str | None:
        """The one line said of the columns a reviewer added to the table."""
        if not self.unread:
            return None
        n = self.unread.count(", ") + 1
        return (
            f"{self.path.name}: the {plural(n, 'column')} {self.unread} you added "
            f"{plural(n, 'is', 'are')} not read (a bead's note is typed in the app's Review "
            "page); the rest of each row was"
        )

    @property
    def spacing_note(self) -> str | None:
        """The one line said of the rows that differ only in spacing (`spacing_only`)."""
        return spacing_note(self.path, self.spacing, "row", "spacing or line breaks")

    def summary(self, reviewer: str) -> str:
        done = said_done(self, reviewer)
        rows = max(self.refused_rows, len(self.refused))
        refused = f"; {counted(rows, 'row')} refused" if self.refused else ""
        carried = carried_said(self.carried, self.again)
        return (
            f"{self.path.name}: {counted(self.rows, 'row')} read{carried}: {', '.join(done)}, "
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
    if all(u.tuid in ("", f"{u.document}-{n}") for n, u in enumerate(units, 1)):
        raise InputError(
            f"{path} has no id, changed and version columns (taken out, or a table from "
            "before tables carried them), so its rows cannot be matched to beads: export the "
            "document again and copy your edits over"
        )
    french_source, cp_lang = _sides(Path(path), units[0], to)
    misread = next((m for n, u in enumerate(units, 1) if (m := _misread(n, u)) is not None), None)
    if misread is not None:
        raise InputError(f"{path}: {misread}")
    tally = Tally(Path(path))
    try:
        _apply_rows(store, units, reviewer, french_source, cp_lang, tally)
    except StoreError as exc:  # a full disk: the rows stored so far stay, each whole
        raise StoreError(f"{exc} ({_stored_before(tally, exc.connection_lost)})") from exc
    unread = next((p.value for p in units[0].props if p.type == UNREAD_COLUMNS), "")
    return tally.report(len(units), unread)


# The code pages a spreadsheet opens a UTF-8 table in when it is not told (Excel on
# Windows: Windows-1252; LibreOffice's import dialog left on a Western locale: Latin-1).
_MISREAD_AS = ("cp1252", "latin-1")


def _misread(row: int, unit: TranslationUnit) -> str | None:
    """What to do, when ``unit``'s text is UTF-8 read in a Western code page and saved so
    ("Ã©" for "é", "Â«" for "«"): every accented letter of such a table, on both sides,
    came back as the reviewer's edit, and a colleague's confirmation was signed again by
    the importer (newcomer38: "11 beads edited", exit 0). None for text read right: a
    French or Spanish text's own "é" is no UTF-8 read as anything."""
    for text in (unit.source, unit.target):
        if text.isascii():
            continue
        for code_page in _MISREAD_AS:
            try:
                meant = text.encode(code_page).decode("utf-8")
            except UnicodeError:
                continue
            if meant != text:
                return (
                    f'row {row} reads as UTF-8 opened as {code_page} ("{_shown(text)}" for '
                    f'"{_shown(meant)}"): the table was opened in the wrong character set, '
                    "so every accented letter would be an edit; nothing was imported. Export "
                    "the document again and open the export choosing Unicode (UTF-8) (in "
                    "Excel: Data, From Text/CSV, File origin 65001: Unicode (UTF-8); in "
                    "LibreOffice: Character set Unicode (UTF-8)), or export it with --bom, "
                    "which Excel reads as UTF-8; your edits are in this file, to copy over"
                )
    return None


def _shown(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _stored_before(tally: Tally, connection_lost: bool) -> str:
    """What a failed import stored: its rows so far, each whole, and, when the server was lost
    while a row was being stored, perhaps that row too: the client cannot know whether its
    commit went in before the connection did (a durable server keeps it when it did)."""
    n = tally.stored
    perhaps = ", and perhaps the row it was storing" if tally.storing and connection_lost else ""
    return (
        f"{counted(n, 'row')} of {tally.path.name} {'was' if n == 1 else 'were'} stored before "
        f"it, each whole{perhaps}: running it again finds them unchanged"
    )


def _apply_rows(
    store: Store,
    units: Sequence[TranslationUnit],
    reviewer: str,
    french_source: bool,
    cp_lang: str,
    tally: Tally,
) -> None:
    """Each document's rows applied to its alignment, one row a transaction (`DocumentRows`);
    a row added by hand refused in one line, the others imported (newcomer33: it refused
    the whole file)."""
    for row in ((line, u) for line, u in enumerate(units, 2) if not u.tuid):
        tally.refuse([row], ADDED_ROW)
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
        DocumentRows(store, alignment, name, reviewer, french_source, tally).apply(rows)


_EVIDENCE = 20  # rows read to tell a table from another database, at most


def _exported_elsewhere(
    store: Store, alignment: Alignment, name: str, rows: Sequence[Row], french_source: bool
) -> bool:
    """True when the rows' ids and versions show that the table was exported from another
    database, whose ids collide with this one's (newcomer18b: "bead contrat.fr-1-9 is
    no longer in contrat.fr" for a SQLite table imported on PostgreSQL).

    A row names its bead (``NAME-ALIGNMENT-BEAD``) and the bead's version (the event
    that wrote it). It is this database's when that bead is here at that version, or
    when this database's log has that event writing that bead, with the row's French
    or counterpart text either way (a reviewer rarely rewrites both): ids and versions
    alone collide between two fresh databases that ran the same first commands
    (newcomer34: untouched rows overwrote another text's beads). An empty side is no
    evidence: a null bead's empty cell matches any database's null bead at that id (the
    tables carry null beads since session 37). A table none of whose
    first _EVIDENCE such rows is this database's is another's; a table with no id or
    version to go by (older files, imported units' own ids) is never called so.
    """
    pattern = re.compile(re.escape(name) + r"-(\d+)-(\d+)")
    here = {b.id: b for b in store.beads(alignment.id)}
    told = 0
    for _, unit in rows:
        m = pattern.fullmatch(unit.tuid)
        if m is None or unit.version is None:
            continue
        aligned, bead = int(m.group(1)), int(m.group(2))
        fr, cp = (unit.source, unit.target) if french_source else (unit.target, unit.source)
        now = here.get(bead) if aligned == alignment.id else None
        held: tuple[str, str] | None = None
        if now is not None and now.version == unit.version:
            held = (now.fr_text, now.cp_text)
        elif (written := store.written(unit.version, aligned, bead)) is not None:
            held = (str(written.get("fr_text") or ""), str(written.get("cp_text") or ""))
        if held is not None and any(
            same_text(cell, text) for cell, text in zip((fr, cp), held, strict=True) if text
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


def _by_document(units: Sequence[TranslationUnit]) -> Iterable[tuple[str, list[Row]]]:
    """The rows of each document the table names, rows added by hand (no id) left out."""
    groups: dict[str, list[Row]] = {}
    for line, unit in enumerate(units, 2):
        if unit.tuid:
            groups.setdefault(unit.document, []).append((line, unit))
    return groups.items()


class Tally:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.counts = dict.fromkeys(COUNTS, 0)
        self.reconfirmed: list[str] = []  # who had confirmed each edited bead kept confirmed
        self.overturned: list[tuple[str, str]] = []  # decisions reversed: (status, whose)
        self.refused: list[str] = []
        self.refused_rows = 0
        self.spacing = 0
        self.stored = 0  # rows stored, each in its own transaction
        self.storing = False  # a row's transaction under way (its commit may have gone in)
        self.carried = 0  # rows that went into the bead `align` carried theirs over to
        self.again = 0  # of them, rows of this very alignment, aligned again since

    def refuse(self, rows: Sequence[Row], why: str) -> None:
        lines = [line for line, _ in rows]
        self.refused_rows += len(lines)
        span = f"row {lines[0]}" if len(lines) == 1 else f"rows {lines[0]}-{lines[-1]}"
        self.refused.append(f"{span}: {why}")

    def report(self, rows: int, unread: str = "") -> ReviewedReport:
        return ReviewedReport(
            self.path,
            rows,
            unread=unread,
            refused=tuple(self.refused),
            refused_rows=self.refused_rows,
            spacing=self.spacing,
            carried=self.carried,
            again=self.again,
            reconfirmed=tuple(self.reconfirmed),
            overturned=tuple(self.overturned),
            **self.counts,
        )


def carried_said(carried: int, again: int) -> str:
    """What an import's summary says of the rows or units that went into beads `align`
    made since the export (a reviewed table's and a returned TMX's alike): those of a new
    version's alignment carried over, those of the same alignment made again; "" for none."""
    ways = (
        (carried - again, "through beads align carried over unchanged"),
        (again, "into beads align made again with the same sentences"),
    )
    said = ", ".join(f"{n} of them {how}" for n, how in ways if n)
    return f" ({said})" if said else ""


class Done(Protocol):
    """What an import did to the beads (a reviewed table's report, a returned file's)."""

    @property
    def edited(self) -> int: ...
    @property
    def confirmed(self) -> int: ...
    @property
    def rejected(self) -> int: ...
    @property
    def unchanged(self) -> int: ...
    @property
    def also_confirmed(self) -> int: ...
    @property
    def also_rejected(self) -> int: ...
    @property
    def reopened(self) -> int: ...
    @property
    def reconfirmed(self) -> tuple[str, ...]: ...
    @property
    def overturned(self) -> tuple[tuple[str, str], ...]: ...


def said_done(done: Done, reviewer: str) -> list[str]:
    """What an import did to the beads, as its summary says it (a reviewed table's and
    a returned TMX's alike), each row or unit counted once (`reviewed_rows.count_edit`):
    "2 beads edited (1 of them also confirmed)", "1 confirmed", "0 rejected", "5
    unchanged". A confirmed bead edited is said to be confirmed by ``reviewer`` now, and
    whose confirmation it was ("1 of them confirmed before: now confirmed by eve, no
    longer by ana"); a rejected one edited, that it is to review again ("1 of them rejected
    before: now to review again")."""
    also = [
        f"{n} of them also {what}"
        for n, what in ((done.also_confirmed, "confirmed"), (done.also_rejected, "rejected"))
        if n
    ]
    if done.reconfirmed:
        others = sorted({who for who in done.reconfirmed if who and who != reviewer})
        instead = f", no longer by {' or '.join(others)}" if others else ""
        also.append(
            f"{len(done.reconfirmed)} of them confirmed before: now confirmed by "
            f"{reviewer}{instead}"
        )
    if done.reopened:  # the Review page's edit of a rejected pair leaves it so too
        also.append(f"{done.reopened} of them rejected before: now to review again")
    edited = f"{counted(done.edited, 'bead')} edited" + (f" ({'; '.join(also)})" if also else "")
    return [
        edited,
        f"{done.confirmed} confirmed" + _reversing(done.overturned, "rejected"),
        f"{done.rejected} rejected" + _reversing(done.overturned, "confirmed"),
        f"{done.unchanged} unchanged",
    ]


def _reversing(overturned: Sequence[tuple[str, str]], was: str) -> str:
    """ " (1 of them confirmed before by ana)": how many of a status's count reversed another
    reviewer's ``was`` decision, and whose."""
    whose = [who for status, who in overturned if status == was]
    if not whose:
        return ""
    return f" ({len(whose)} of them {was} before by {' and '.join(sorted(set(whose)))})"


def spacing_note(path: Path, n: int, what: str, how: str = "spacing") -> str | None:
    """The one line an import says of the ``n`` rows or units (``what``) of ``path`` that
    differ from their beads only in ``how`` (`spacing_only`: a table's row counts a line
    break typed into a prose sentence too); None for none."""
    if not n:
        return None
    differ = "differs" if n == 1 else "differ"
    return (
        f"{path.name}: {counted(n, what)} {differ} from {'its bead' if n == 1 else 'their beads'} "
        f"only in {how}; kept as stored (change the spacing in the Review page)"
    )
