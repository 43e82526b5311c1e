"""A subtitler's line breaks in a reviewer's file (newcomer37 MEDIUM 6).

A cue's text is stored with its lines joined by spaces (`readers_subtitles`), and every
export writes the cue's lines again (`readers_subtitles.laid_out`, `subtitles.lay_out`).
Where a cue's lines break is a subtitler's work: a row that moves or adds a break on a
side of subtitle cues is an edit, stored as typed, line breaks in, and the SRT and VTT
exports write those lines (`subtitling`). A break in a prose sentence is layout: the row
is no edit, and the import says it differs only in spacing or line breaks.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from workbench.spaces import fold

if TYPE_CHECKING:
    from workbench.model import StoredBead
    from workbench.store import Store

# Per bead id, its (French, counterpart) sides as a unit holds them; None: no cue's side
CueSides = dict[int, tuple[str | None, str | None]]


def lines_of(text: str) -> list[str]:
    """``text``'s lines, each with its white space folded (`spaces.fold`), blank ones out."""
    return [fold(line) for line in text.split("\n") if line.strip()]


def breaks_moved(typed: str, exported: str) -> bool:
    """Whether ``typed`` (a reviewer's text of a side of cues) reads as ``exported`` (what
    the export wrote for it) with white space folded, but breaks its lines elsewhere. A
    text typed on one line moves none: every export lays it out on the cue's lines."""
    return "\n" in typed and fold(typed) == fold(exported) and lines_of(typed) != lines_of(exported)


def cue_sides(store: Store, beads: Sequence[StoredBead]) -> CueSides:
    """Bead id → its sides as a table's unit holds them, for the sides of subtitle cues
    (`exporting.cue_sides`); None for every other side."""
    from workbench.pipeline.exporting import cue_sides as exported  # a cycle at import

    return exported(store, beads)
