"""A TMX or XLIFF the workbench exported, back from a CAT tool into the beads it came from.

The translator's round trip: export → review in OmegaT, Trados or memoQ →
import the file back. Each unit of an export carries its bead's version (TMX
``<prop type="x-version">``, XLIFF metadata ``version``; OmegaT 3.6 keeps both
in the XLIFF it writes to ``target/``) beside its unit id, so the unit finds
its bead from any path, and the bead as it was exported is the base of a
three-way merge (`store.bases.MergeBases.bead_states`: the event that next
replaced the bead logged it). Per unit (`returned_beads`), texts decide, as in `merging.choose`:

- the file left the texts as exported → the bead stays as it is (its status,
  reviewer and dates untouched), unless the file confirms or rejects a bead
  nobody changed since (a reviewer's word, as in a reviewed table);
- the file changed them and nobody changed the bead since → an edit signed by
  the importer, stored as the review app stores it;
- both changed them, differently → a conflict: the bead takes the file's texts,
  status ``auto``, the workbench's texts, status and reviewer in its note (the
  Review page shows them and offers them back), and a line names it;
- a bead merged, split or aligned away since the export → named, never written.

A unit exported from an earlier alignment of its document (a new version of the
file, aligned since; or the counterpart file read again by `align`, which gives
every bead new sentence ids) goes into today's bead that holds the very
sentences its bead held, by the same rule, the bead as exported its base
(`carried`); where no bead, or several, hold them, the unit is named, never
written. OmegaT's own memory of the project is refused, naming the file to
import instead (`cat_files.omegat_memory`).

Everything is stored in one transaction, alignments locked as a reviewer's save
locks them: a kill half-way leaves the store as it was; a reviewer's save that
commits first is merged as a change made since the export, one that comes later
waits and is refused in the app (its unsaved text stays there). Importing the
same file again changes nothing, even after reviewers changed its beads since:
texts a bead already held since the export are nothing new (`bead_states`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.langtags import language
from workbench.model import (
    Alignment,
    InputError,
    NotFoundError,
    TranslationUnit,
    WorkbenchError,
    command_ref,
)
from workbench.pipeline.alignment import alignment_for
from workbench.pipeline.cat_files import exported_units, omegat_memory
from workbench.pipeline.exporting import alignment_key
from workbench.pipeline.returned_beads import Alignments, DocumentMerge, Tally
from workbench.pipeline.reviewed import carried_said, named_by_ids, said_done, spacing_note
from workbench.wording import counted

if TYPE_CHECKING:
    from workbench.store import Store


@dataclass(frozen=True)
class ReturnedReport:
    """What importing an exported TMX or XLIFF back did: counts, and one line per unit
    not applied (``refused``) or in conflict (``conflicts``)."""

    path: Path
    units: int
    # each unit counted once (`reviewed.count_edit`): edited, else confirmed or rejected,
    # else unchanged; or in conflict, or refused
    edited: int = 0
    confirmed: int = 0
    rejected: int = 0
    unchanged: int = 0
    also_confirmed: int = 0
    also_rejected: int = 0
    reopened: int = 0  # of the edited, rejected beads the edit leaves to review again
    reconfirmed: tuple[str, ...] = ()
    overturned: tuple[
        tuple[str, str], ...
    ] = ()  # whose decisions the file reversed (("confirmed", "ana"))
    conflicts: tuple[str, ...] = ()
    by_side: tuple[str, ...] = ()  # units merged side by side (`merging.by_side`): notes
    refused: tuple[str, ...] = ()
    carried: int = 0  # units that went into the bead `align` carried theirs over to
    again: int = 0  # of them, units of this very alignment, aligned again since the export
    spacing: int = 0  # units whose texts differ from their beads' only in spacing
    blanks: int = 0  # units with an empty side, which the file did not give

    @property
    def spacing_note(self) -> str | None:
        """The one line said of the units that differ only in spacing (`spacing_only`)."""
        return spacing_note(self.path, self.spacing, "unit")

    @property
    def blanks_note(self) -> str | None:
        """The one line said of the units that came back with an empty side."""
        if not self.blanks:
            return None
        return (
            f"{self.path.name}: {counted(self.blanks, 'unit')} came back with an empty side (an "
            "export leaves the target of an unsure pair empty, or the tool emptied it): that "
            "side kept as stored; to take a pair out, reject it"
        )

    def summary(self, reviewer: str) -> str:
        done = [
            *said_done(self, reviewer),
            f"{counted(len(self.conflicts), 'conflict')}",
        ]
        refused = f"; {counted(len(self.refused), 'unit')} refused" if self.refused else ""
        carried = carried_said(self.carried, self.again)
        return (
            f"{self.path.name}: {counted(self.units, 'unit')} read back into the beads they "
            f"were exported from{carried}: {', '.join(done)}, signed {reviewer}{refused}"
        )


def import_returned(
    store: Store, path: Path, *, reviewer: str | None, to: str | None = None
) -> ReturnedReport | None:
    """Merge a TMX or XLIFF the workbench exported back into the beads it came from.

    None when the file is not such an export, or names no document of this store
    (import it as a new alignment). InputError (one line) when its changes would
    be unsigned (``reviewer`` empty), its languages are not French and ``to``, or
    it is the memory of an OmegaT project holding such an export (`omegat_memory`:
    the line names the file to import instead).
    Units are refused or in conflict one by one, in the report, never raised.
    """
    path = Path(path)
    units = exported_units(path)
    if units is None:
        memory = omegat_memory(path)
        if memory is not None:
            raise InputError(memory)
        return None
    cp_lang = _cp_lang(path, units[0], to)
    groups: dict[str, list[tuple[int, TranslationUnit]]] = {}
    for n, u in enumerate(units, 1):
        groups.setdefault(u.document, []).append((n, u))
    if not any(_alignments(store, name, cp_lang, rows) for name, rows in groups.items()):
        earlier = _earlier_alignment(store, groups, cp_lang)
        if earlier is not None and (reviewer or "").strip():
            raise InputError(f"{path} {earlier}")
        return None  # exported from another database: a new alignment here
    who = (reviewer or "").strip()
    if not who:
        raise InputError(
            f"{path} was exported from this database: its changes go back into the beads they "
            "came from, signed: add --reviewer NAME (your name)"
        )
    tally = Tally(path, len(units))
    with store.atomic():  # all or nothing; reviewers' saves and `align` wait on the locks
        for name, rows in groups.items():
            found = _alignments(store, name, cp_lang, rows)
            if found is None:
                tally.refused.append(
                    f"units {rows[0][0]}-{rows[-1][0]}: {name} was not exported from this "
                    f"database's alignment with {cp_lang}; nothing of it was imported"
                )
                continue
            store.lock_for_review(found[0].id)
            DocumentMerge(store, found, name, who, tally).apply(rows)
    return _report(tally)


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
    store: Store, groups: Mapping[str, Sequence[tuple[int, TranslationUnit]]], cp_lang: str
) -> str | None:
    """What to say of a file exported from an alignment of this store whose document has
    no alignment of its current version with ``cp_lang`` yet (the file was read again
    since, and not aligned), or None."""
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
                    f"{doc.version} is current since and not aligned with {cp_lang} yet: run "
                    f"`workbench align {command_ref(doc, store.documents())} --to {cp_lang}`, "
                    "then import the file again (its units go into the beads align carries "
                    "over unchanged)"
                )
    return None


def _alignments(
    store: Store, name: str, cp_lang: str, rows: Sequence[tuple[int, TranslationUnit]]
) -> Alignments | None:
    """The current alignment of document ``name`` with ``cp_lang`` and the alignments
    of this store the units were exported from (their alignment key says so: another
    database's alignment of a document of the same name is not theirs): it, or an
    earlier version's whose beads `align` may have carried over; else None."""
    try:
        found: Alignment | None = alignment_for(store, name, cp_lang)
    except NotFoundError:
        found = named_by_ids(store, name, cp_lang, rows, earlier=True)
    if found is None:
        return None
    keyed = {
        alignment_key(a): a for a in store.alignments(found.doc_id)
        if a.cp_lang == cp_lang and a.version <= found.version
    }  # fmt: skip
    if not keyed.keys() & {u.alignment_key for _, u in rows}:
        return None
    return found, keyed


def _report(tally: Tally) -> ReturnedReport:
    return ReturnedReport(
        tally.path, tally.units, carried=tally.carried, again=tally.again, spacing=tally.spacing,
        blanks=tally.blanks,
        conflicts=tuple(tally.conflicts), by_side=tuple(tally.by_side),
        refused=tuple(tally.refused), reconfirmed=tuple(tally.reconfirmed),
        overturned=tuple(tally.overturned),
        **tally.counts,
    )  # fmt: skip
