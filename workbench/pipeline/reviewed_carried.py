"""Rows of a reviewed table whose beads `align` has since carried into a new alignment.

A table names each row's bead (``NAME-ALIGNMENT-BEAD``) and the bead's version at the
export. After a new version of the document is aligned (or the counterpart file read
again, which gives every bead new sentence ids), the bead a row names is no longer in
the document's current alignment; the bead holding the very sentences it held is
(`carried.Successors`, the rule a returned XLIFF or TMX goes back by). A row goes into
that bead when the bead still reads as exported, texts and status; a bead changed
since (before `align` carried it, or after) is the reviewed table's usual "changed
since the export" refusal. A row whose bead no bead of today holds is nothing to carry
when the reviewer left it as exported (newcomer32: a corrected spreadsheet was refused
row by row, the untouched rows too, while the XLIFF of the same moment came back).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from workbench.model import Alignment, StoredBead, TranslationUnit
from workbench.pipeline.carried import Exported, State, Successors, exported_state
from workbench.spaces import fold

if TYPE_CHECKING:
    from workbench.store import Store

# A row: its line in the file (the header is line 1) and its unit.
Row = tuple[int, TranslationUnit]


@dataclass(frozen=True)
class Carried:
    """Where a row of an earlier alignment goes: today's bead ``place`` (its index in the
    current alignment), whether that bead changed since the export (``changed``),
    whether `align` made it again in the very alignment the row names (``again``: the
    same version aligned again, or its counterpart file read again), and its bead as
    exported (``base``)."""

    place: int
    changed: bool
    again: bool
    base: State  # the bead as exported


@dataclass(frozen=True)
class Gone:
    """A row whose bead no bead of today holds as it was: ``base`` its bead as exported,
    ``earlier`` the alignment the row was exported from when it is not the current one."""

    base: State
    earlier: Alignment | None


def texts_of(state: State) -> tuple[str, str, str]:
    """A bead as exported (the bead, or its logged snapshot): French, counterpart, status."""
    if isinstance(state, StoredBead):
        return state.fr_text, state.cp_text, str(state.status)
    return (
        str(state.get("fr_text") or ""),
        str(state.get("cp_text") or ""),
        str(state.get("status")),
    )


def carried_rows(
    store: Store,
    current: Alignment,
    beads: Sequence[StoredBead],
    name: str,
    rows: Sequence[Row],
) -> tuple[dict[int, Carried], dict[int, Gone]]:
    """Rows (their lines) whose bead is not in ``current`` (its ``beads`` as read for the
    import): those that go into the bead `align` carried theirs over to, and those whose
    bead is gone. A bead of today takes one row, and none that a row names directly.

    Only rows whose id names an alignment of this document with ``current``'s language
    (``NAME-ALIGNMENT-BEAD``) and whose version the file carries are looked for; others
    are in neither mapping, nor those whose bead never had the version they name (the
    table's plain "no longer in" refusal: an added row, an id typed by hand).
    """
    pattern = re.compile(re.escape(name) + r"-(\d+)-(\d+)")
    here = {b.id for b in beads}
    ours = {
        a.id: a
        for a in store.alignments(current.doc_id)
        if a.cp_lang == current.cp_lang and a.version <= current.version
    }
    asked: list[tuple[int, TranslationUnit, Alignment, int]] = []
    named: set[int] = set()
    for line, unit in rows:
        m = pattern.fullmatch(unit.tuid)
        if m is None:
            continue
        aligned, bead_id = int(m.group(1)), int(m.group(2))
        if aligned == current.id and bead_id in here:
            named.add(bead_id)
        elif aligned in ours and unit.version is not None:
            asked.append((line, unit, ours[aligned], bead_id))
    if not asked:
        return {}, {}
    sources = {a.id: Exported(store, a, name) for a in {a for _, _, a, _ in asked}}
    versions: dict[int, dict[int, int]] = {}
    for _, unit, alignment, bead_id in asked:
        bead = sources[alignment.id].bead(bead_id)
        if bead is None or bead.version != unit.version:
            assert unit.version is not None
            versions.setdefault(alignment.id, {})[bead_id] = unit.version
    states = {aid: store.bead_states(aid, asked_) for aid, asked_ in versions.items()}
    successors = Successors(store, current, beads)
    carried: dict[int, Carried] = {}
    gone: dict[int, Gone] = {}
    taken: set[int] = set()
    for line, unit, alignment, bead_id in asked:
        base, _ = exported_state(sources[alignment.id], bead_id, unit, states.get(alignment.id))
        if base is None:  # no bead of that id had that version: an added row, a typo
            continue
        place = successors.index(alignment, base, sources[alignment.id].bead(bead_id))
        if place is None or place in taken or beads[place].id in named:
            gone[line] = Gone(base, None if alignment.id == current.id else alignment)
            continue
        taken.add(place)
        again = alignment.id == current.id
        carried[line] = Carried(place, not _reads_as(beads[place], base), again, base)
    return carried, gone


def _reads_as(bead: StoredBead, base: State) -> bool:
    """Whether today's ``bead`` holds what the exported one held: texts (white space
    folded) and status."""
    fr, cp, status = texts_of(base)
    return (fold(bead.fr_text), fold(bead.cp_text), str(bead.status)) == (
        fold(fr),
        fold(cp),
        status,
    )


def describe(gone: Gone, name: str, current: Alignment) -> str:
    """Why a gone row's bead cannot take it, in the table's words."""
    if gone.earlier is None:
        return f"is no longer in {name} (merged, split or aligned again since the export)"
    return (
        f"of version {gone.earlier.version} of {name} is not in version {current.version} as "
        "it was (its sentences changed, or align paired them otherwise)"
    )
