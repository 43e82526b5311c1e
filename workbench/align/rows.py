"""A table row's cells kept together: what parting them costs a pair bead.

A table's row is one unit of meaning split into cells ("Range" | "50 km"), and its
translation may be one line ("Portée : 50 km"), one cell a cell, or a row read as a
line. The search prices each bead alone, so a label the encoder cannot tie to
anything ("Range") was cheaper left out than joined to the line that translates its
row, and the row was cut in two: its label a null bead at 0.955, the figure paired
at 0.255 (newcomer36). Here a pair bead that starts or ends inside a row on one side
and not on the other pays for parting it. Cells paired cell by cell part both sides'
rows at the same place and pay nothing; a row none of whose cells pairs (a row the
translation omits) is null beads only, and pays nothing either.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray

if TYPE_CHECKING:  # `features` builds each side's row joins from here, `costs` charges them
    from workbench.align.config import Shape
    from workbench.align.costs import Band
    from workbench.align.features import FloatArray, IntArray


def row_joins(rows: Sequence[str | None]) -> FloatArray | None:
    """1.0 at each sentence in the same table row as the sentence before it, else 0.0,
    shape (len(rows),); None for no rows. ``rows`` names each sentence's row (a table
    cell's row, as the caller tells rows apart), None for a sentence in no table."""
    if not rows:
        return None
    same = (float(a is not None and a == b) for a, b in pairwise(rows))
    return np.array([0.0, *same], dtype=np.float64)


def _inside(joins: FloatArray) -> FloatArray:
    """For each prefix length 0..n, 1.0 where a bead boundary there falls inside a row."""
    return np.append(joins, 0.0)  # joins[0] is 0: no boundary before the first sentence


def row_partings(
    src_joins: FloatArray,
    tgt_joins: FloatArray,
    i: IntArray,
    j: IntArray,
    shape: Shape,
) -> FloatArray:
    """How many of each pair bead's two ends part a row on one side only, shape (len(i),).

    ``i``, ``j`` are the beads' ends as prefix lengths (a bead of ``shape`` (a, b)
    holds source sentences i-a..i-1 and target sentences j-b..j-1); ``src_joins``
    and ``tgt_joins`` are `row_joins` of each side (zeros where a side names no rows).
    A bead's end parts a row when the boundary falls between two cells of one row on
    one side and not on the other: 0, 1 or 2 for each bead.
    """
    a, b = shape
    s_in, t_in = _inside(src_joins), _inside(tgt_joins)
    ends = s_in[i] != t_in[j]
    starts = s_in[i - a] != t_in[j - b]
    return np.asarray(ends.astype(np.float64) + starts, dtype=np.float64)


def charge_row_partings(
    cost: NDArray[np.float32],
    band: Band,
    shapes: Sequence[Shape],
    joins: tuple[FloatArray | None, FloatArray | None],
    price: float,
) -> None:
    """Add, in place, ``price`` for each end of a pair bead that parts a row on one side
    only (`row_partings`) to the search's ``cost`` (rows follow ``shapes``, columns the
    cells of ``band``, as `costs.bead_costs` lays them out). ``joins`` are each side's
    `row_joins`. Null beads pay nothing: a row left out whole is null beads only."""
    if price <= 0 or not any(side is not None and side.any() for side in joins):
        return  # no row of two cells or more: nothing to part (most texts)
    rows, cols = band.cells()
    n, m = len(band.lo) - 1, int(band.hi.max())
    src, tgt = (
        joins[0] if joins[0] is not None else np.zeros(n),
        joins[1] if joins[1] is not None else np.zeros(m),
    )
    for t, (a, b) in enumerate(shapes):
        if a == 0 or b == 0:
            continue
        keep = np.flatnonzero((rows >= a) & (cols >= b))
        parted = row_partings(src, tgt, rows[keep], cols[keep], (a, b))
        cost[t, keep] += np.float32(price) * parted.astype(np.float32)
