"""A TMX or XLIFF the workbench exported, back from a CAT tool into the beads it came from.

The translator's round trip: export → review in OmegaT, Trados or memoQ →
import the file back. Each unit of an export carries its bead's version (TMX
``<prop type="x-version">``, XLIFF metadata ``version``; OmegaT 3.6 keeps both
in the XLIFF it writes to ``target/``) beside its unit id, so the unit finds
its bead from any path, and the bead as it was exported is the base of a
three-way merge (`store.bases.MergeBases.bead_states`: the event that next
replaced the bead logged it). Per unit, texts decide, as in `merging.choose`:

- the file left the texts as exported → the bead stays as it is (its status,
  reviewer and dates untouched), unless the file confirms or rejects a bead
  nobody changed since (a reviewer's word, as in a reviewed table);
- the file changed them and nobody changed the bead since → an edit signed by
  the importer, stored as the review app stores it;
- both changed them, differently → a conflict: the bead takes the file's texts,
  status ``auto``, the workbench's texts, status and reviewer in its note (the
  Review page shows them and offers them back), and a line names it;
- a bead merged, split or aligned away since the export → named, never written.

Everything is stored in one transaction, alignments locked as a reviewer's save
locks them: a kill half-way leaves the store as it was; a reviewer's save that
commits first is merged as a change made since the export, one that comes later
waits and is refused in the app (its unsaved text stays there). Importing the
same file again changes nothing, even after reviewers changed its beads since:
texts a bead already held since the export are nothing new (`bead_states`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench import review
from workbench.conflict_notes import conflict_note
from workbench.formats.tmx_read import stream_units
from workbench.formats.xliff import NS_2, NS_12
from workbench.formats.xliff_read import NS_11, read_xliff, stream_xliff
from workbench.formats.xmlsafe import root_tag
from workbench.langtags import language
from workbench.model import (
    Alignment,
    InputError,
    NotFoundError,
    ParseError,
    Status,
    TranslationUnit,
    WorkbenchError,
)
from workbench.pipeline.alignment import alignment_for, apply
from workbench.pipeline.exchange import alignment_key
from workbench.pipeline.merging import Content
from workbench.pipeline.reviewed import _clean, _named_by_ids, _row_edit
from workbench.wording import counted

if TYPE_CHECKING:
    from workbench.store import Store

_SETTLED = (str(Status.CONFIRMED), str(Status.REJECTED))


@dataclass(frozen=True)
class ReturnedReport:
    """What importing an exported TMX or XLIFF back did: counts, and one line per unit
    not applied (``refused``) or in conflict (``conflicts``)."""

    path: Path
    units: int
    edited: int = 0
    confirmed: int = 0
    rejected: int = 0
    unchanged: int = 0
    conflicts: tuple[str, ...] = ()
    refused: tuple[str, ...] = ()

    def summary(self, reviewer: str) -> str:
        done = [
            f"{counted(self.edited, 'bead')} edited",
            f"{self.confirmed} confirmed",
            f"{self.rejected} rejected",
            f"{self.unchanged} unchanged",
            f"{counted(len(self.conflicts), 'conflict')}",
        ]
        refused = f"; {counted(len(self.refused), 'unit')} refused" if self.refused else ""
        return (
            f"{self.path.name}: {counted(self.units, 'unit')} read back into the beads they "
            f"were exported from: {', '.join(done)}, signed {reviewer}{refused}"
        )


def exported_units(path: Path) -> list[TranslationUnit] | None:
    """The units of ``path`` when it is a TMX or XLIFF the workbench exported (its first
    unit carries its bead's version), else None: a file to import as a new alignment.
    Only the first unit is read for the answer, so a large memory is not read twice."""
    path = Path(path)
    try:
        namespace, _, name = root_tag(path).lstrip("{").rpartition("}")
    except ParseError:  # not XML: the ordinary import says what it is
        return None
    if namespace in (NS_12, NS_11, NS_2):
        first = next((u for u in stream_xliff(path)[1] if u is not None), None)
        return list(read_xliff(path).units) if first and first.version is not None else None
    if name != "tmx" or namespace:
        return None
    first = next((u for u in stream_units(path)[1] if u is not None), None)
    if first is None or first.version is None:
        return None
    return [u for u in stream_units(path)[1] if u is not None]


def import_returned(
    store: Store, path: Path, *, reviewer: str | None, to: str | None = None
) -> ReturnedReport | None:
    """Merge a TMX or XLIFF the workbench exported back into the beads it came from.

    None when the file is not such an export, or names no document of this store
    (import it as a new alignment). InputError (one line) when its changes would
    be unsigned (``reviewer`` empty) or its languages are not French and ``to``.
    Units are refused or in conflict one by one, in the report, never raised.
    """
    path = Path(path)
    units = exported_units(path)
    if units is None:
        return None
    cp_lang = _cp_lang(path, units[0], to)
    groups: dict[str, list[tuple[int, TranslationUnit]]] = {}
    for n, u in enumerate(units, 1):
        groups.setdefault(u.document, []).append((n, u))
    if not any(_alignment(store, name, cp_lang, rows) for name, rows in groups.items()):
        earlier = _earlier_alignment(store, groups)
        if earlier is not None and (reviewer or "").strip():
            raise InputError(f"{path} {earlier}")
        return None  # exported from another database: a new alignment here
    who = (reviewer or "").strip()
    if not who:
        raise InputError(
            f"{path} was exported from this database: its changes go back into the beads they "
            "came from, signed: add --reviewer NAME (your name)"
        )
    tally = _Tally(path, len(units))
    with store.atomic():  # all or nothing; reviewers' saves wait on the locks below
        for name, rows in groups.items():
            alignment = _alignment(store, name, cp_lang, rows)
            if alignment is None:
                tally.refused.append(
                    f"units {rows[0][0]}-{rows[-1][0]}: {name} was not exported from this "
                    f"database's alignment with {cp_lang}; nothing of it was imported"
                )
                continue
            store.lock_for_review(alignment.id)
            _Document(store, alignment, name, who, tally).apply(rows)
    return tally.report()


def _cp_lang(path: Path, first: TranslationUnit, to: str | None) -> str:
    source, target = language(first.source_lang), language(first.target_lang)
    if "fr" not in (source, target) or source == target:
        raise InputError(
            f"{path} pairs {source or 'no language'} with {target or 'no language'}, not "
            "French with its counterpart; import it without --reviewer, as a new alignment"
        )
    cp_lang = target if source == "fr" else source
    if to and language(to) != cp_lang:
        raise InputError(f"{path} pairs French with {cp_lang}, not {to}: run with --to {cp_lang}")
    return cp_lang


def _earlier_alignment(
    store: Store, groups: Mapping[str, Sequence[tuple[int, TranslationUnit]]]
) -> str | None:
    """What to say of a file exported from an alignment of this store that is no longer
    its document's current one (the file was read again since: a new version), or None."""
    for name, rows in groups.items():
        keys = {u.alignment_key for _, u in rows}
        try:
            doc = store.document(name)
        except WorkbenchError:  # no such document, or a name several share
            continue
        for a in store.alignments(doc.id):
            if alignment_key(a) in keys:
                return (
                    f"was exported from version {a.version} of {name}, and version "
                    f"{doc.version} is current since: its units cannot go back into the "
                    "beads of another version; make its changes in the app, or import it "
                    "without --reviewer as a new alignment"
                )
    return None


def _alignment(
    store: Store, name: str, cp_lang: str, rows: Sequence[tuple[int, TranslationUnit]]
) -> Alignment | None:
    """The alignment the units of document ``name`` were exported from, when this store
    holds it (their alignment key says so: another database's alignment of a document
    of the same name is not theirs), else None."""
    try:
        found: Alignment | None = alignment_for(store, name, cp_lang)
    except NotFoundError:
        found = _named_by_ids(store, name, cp_lang, rows)
    if found is None or alignment_key(found) not in {u.alignment_key for _, u in rows}:
        return None
    return found


class _Tally:
    def __init__(self, path: Path, units: int) -> None:
        self.path, self.units = path, units
        self.counts = {"edited": 0, "confirmed": 0, "rejected": 0, "unchanged": 0}
        self.conflicts: list[str] = []
        self.refused: list[str] = []

    def report(self) -> ReturnedReport:
        return ReturnedReport(
            self.path, self.units, conflicts=tuple(self.conflicts), refused=tuple(self.refused),
            **self.counts,
        )  # fmt: skip


class _Document:
    """The units of one document, merged into its alignment bead by bead."""

    def __init__(
        self, store: Store, alignment: Alignment, name: str, reviewer: str, tally: _Tally
    ) -> None:
        self.store, self.alignment, self.name = store, alignment, name
        self.reviewer, self.tally = reviewer, tally
        self.beads = store.beads(alignment.id)  # read after the lock: what the edits replace
        self.index = {b.id: i for i, b in enumerate(self.beads)}
        self.tuids = {tuid: bead for bead, tuid in store.unit_ids(alignment.id).items()}
        self.prefix = f"{name}-{alignment.id}-"
        self.key = alignment_key(alignment)

    def apply(self, rows: Sequence[tuple[int, TranslationUnit]]) -> None:
        ids = {n: self._bead_id(u) for n, u in rows}
        changed = {  # beads changed since the export (or gone): their base is in the log
            bead_id: u.version
            for n, u in rows
            if (bead_id := ids[n]) is not None and u.version is not None
            and u.alignment_key == self.key and self._version(bead_id) != u.version
        }  # fmt: skip
        # each bead's base, and the texts it held since the export (a file imported before
        # brings them again)
        bases, self.seen = self.store.bead_states(self.alignment.id, changed)
        for n, u in rows:
            self._unit(n, u, ids[n], bases)

    def _bead_id(self, unit: TranslationUnit) -> int | None:
        bead = self.tuids.get(unit.tuid)
        if bead is None and unit.tuid.startswith(self.prefix):
            tail = unit.tuid[len(self.prefix) :]
            bead = int(tail) if tail.isdigit() else None
        return bead

    def _version(self, bead_id: int) -> int | None:
        i = self.index.get(bead_id)
        return None if i is None else self.beads[i].version

    def _unit(
        self, n: int, unit: TranslationUnit, bead_id: int | None,
        bases: Mapping[int, Mapping[str, Any]],
    ) -> None:  # fmt: skip
        named = f"unit {n} ({unit.tuid or 'no id'})"
        if unit.alignment_key != self.key:
            self._refuse(f"{named} was exported from another alignment of {self.name} (aligned "
                         "again since, or another database)")  # fmt: skip
            return
        fr, cp = (unit.source, unit.target)[:: 1 if language(unit.source_lang) == "fr" else -1]
        theirs = (_clean(fr), _clean(cp))
        i = self.index.get(bead_id) if bead_id is not None else None
        snap = bases.get(bead_id) if bead_id is not None else None
        base = None if snap is None else Content(
            str(snap.get("fr_text") or ""), str(snap.get("cp_text") or ""), str(snap.get("status"))
        )  # fmt: skip
        if i is None:  # gone: merged, split or aligned away since the export
            if base is None or (theirs, unit.status) != ((base.fr, base.cp), base.status):
                self._refuse(f"{named}: its bead of {self.name} was merged, split or aligned "
                             "again since the export")  # fmt: skip
            else:
                self.tally.counts["unchanged"] += 1  # untouched in the file: nothing to carry
            return
        bead = self.beads[i]
        if bead.version == unit.version:
            base = Content(bead.fr_text, bead.cp_text, str(bead.status))
        where = f"bead {i + 1} of {self.name}"
        if base is None and theirs != (bead.fr_text, bead.cp_text):
            self._refuse(f"unit {n}: {where} has no state of the version the file names")
            return
        had = self.seen.get(bead.id, set())
        if base is None or theirs in {(base.fr, base.cp), (bead.fr_text, bead.cp_text), *had}:
            # the file's texts are the bead's, or were since the export (this file imported
            # before, then a reviewer's later change): nothing new to take from it
            self._settle(i, unit.status.strip().lower(), base, bead.version != unit.version)
        elif not all(theirs):
            self._refuse(f"unit {n}: the file empties a side of {where} (to take a pair out, "
                         "reject it)")  # fmt: skip
        elif bead.version != unit.version:
            self._conflict(n, i, theirs, where)
        else:
            self._edit(i, unit.status.strip().lower(), theirs)

    def _refuse(self, why: str) -> None:
        self.tally.refused.append(f"{why}; it was not imported: make this change in the app")

    def _settle(self, i: int, status: str, base: Content | None, since: bool) -> None:
        """The file left the texts (or made them what the bead has): only a confirmation
        or a rejection of a bead nobody changed since the export is the file's to give."""
        if base is None or since or status not in _SETTLED or status == base.status:
            self.tally.counts["unchanged"] += 1
            return
        settle = review.confirm if status == str(Status.CONFIRMED) else review.reject
        self._store(i, settle(self.beads, i, self.reviewer), conflict=False)
        self.tally.counts[status] += 1

    def _texts(self, i: int, theirs: tuple[str, str]) -> dict[review.Side, str]:
        bead = self.beads[i]
        sides = (("fr", theirs[0], bead.fr_text), ("cp", theirs[1], bead.cp_text))
        return {side: text for side, text, now in sides if text != now}  # type: ignore[misc]

    def _conflict(self, n: int, i: int, theirs: tuple[str, str], where: str) -> None:
        """Both changed the bead: the file's texts, to review again, the workbench's kept
        in the note, as a re-import's conflict (`conflict_notes.conflict_note`)."""
        bead = self.beads[i]
        edit = _row_edit(self.beads, i, self._texts(i, theirs), Status.AUTO, self.reviewer)
        draft = replace(edit.drafts[0], note=conflict_note(None, bead))
        self._store(i, replace(edit, drafts=(draft,)), conflict=True)
        who = f" by {bead.reviewer}" if bead.reviewer else ""
        self.tally.conflicts.append(
            f"unit {n}: {where} was changed{who} after the export and in the file: it now "
            "has the file's text, to review again, and the workbench's in its note; keep "
            "the right one in the Review page and confirm it"
        )

    def _edit(self, i: int, status: str, theirs: tuple[str, str]) -> None:
        """The file changed a bead nobody changed since the export: the importer's edit."""
        bead = self.beads[i]
        settled = Status(status) if status in _SETTLED and status != str(bead.status) else None
        if settled is None and bead.status is Status.REJECTED:
            settled = Status.AUTO  # a new translation of a rejected pair: to review
        edit = _row_edit(self.beads, i, self._texts(i, theirs), settled, self.reviewer)
        self._store(i, edit, conflict=False)
        self.tally.counts["edited"] += 1
        if settled is not None and str(settled) in _SETTLED:
            self.tally.counts[str(settled)] += 1

    def _store(self, i: int, edit: review.Edit, *, conflict: bool) -> None:
        detail = {**edit.detail, "file": self.tally.path.name}
        if conflict:
            detail["conflict"] = True
        (stored,) = apply(self.store, self.alignment.id, replace(edit, detail=detail),
                          self.reviewer)  # fmt: skip
        self.beads[i] = stored
