"""One-to-one beads whose sentences are strangers: each has a better match elsewhere.

A sentence the French adds and one the translator dropped often sit at the
same place (the end of an article, a local aside in place of an English one).
Leaving both out costs two null beads, which the search may price above a
weak pair; the embeddings say otherwise: each sentence matches another
sentence of the other side better than it matches its partner. Competitive
linking (Melamed 2000) and the margin criteria of bitext mining (LASER) rest
on the same evidence. Pure: the dot products come from the search's band.

Off by default (`Costs.strangers_apart`): on longer texts a loose but real pair
is often neither sentence's best match either (measured in config.py's note).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from workbench.align.config import Shape
from workbench.align.costs import Band, PairBand

Path = list[tuple[int, int, int]]


def best_in_band(pairs: PairBand, n: int, m: int) -> tuple[np.ndarray, np.ndarray]:
    """The best dot product of each source and each target sentence over the band."""
    assert pairs.dots is not None
    widths = np.diff(pairs.off)
    rows = np.repeat(np.arange(n, dtype=np.int64), widths)
    cols = np.arange(pairs.off[-1], dtype=np.int64) - np.repeat(pairs.off[:-1], widths)
    cols += pairs.plo[rows]
    dots = pairs.dots.astype(np.float64)
    row_best = np.full(n, -np.inf)
    col_best = np.full(m, -np.inf)
    np.maximum.at(row_best, rows, dots)
    np.maximum.at(col_best, cols, dots)
    return row_best, col_best


def unlink_strangers(path: Path, shapes: Sequence[Shape], band: Band, pairs: PairBand) -> Path:
    """``path`` with each one-to-one bead whose sentences are strangers cut into two nulls.

    ``path`` holds (i, j, shape index) per bead, as `kernels.best_path` returns
    it over ``band``; ``pairs`` is that band's pair evidence (with dot products).
    A pair is strangers when its source sentence has a better partner than
    this target sentence somewhere in the band, and the target sentence a
    better partner than this source sentence: neither is the other's best
    match. A loose but real pair (a headline, a free rendering) is still the
    best match of at least one of its sentences. Paths without both null
    shapes, or without dot products, come back unchanged.
    """
    index = {shape: t for t, shape in enumerate(shapes)}
    if pairs.dots is None or (1, 0) not in index or (0, 1) not in index or (1, 1) not in index:
        return path
    n, m = len(pairs.plo), int(band.hi.max())
    row_best, col_best = best_in_band(pairs, n, m)
    out: Path = []
    for i, j, t in path:
        # the source null ends at (i, j - 1): a cell of the band, for the posteriors
        if t == index[1, 1] and band.lo[i] <= j - 1 <= band.hi[i]:
            r, c = i - 1, j - 1
            dot = float(pairs.dots[pairs.off[r] + c - pairs.plo[r]])
            if dot < row_best[r] and dot < col_best[c]:
                out += [(i, j - 1, index[1, 0]), (i, j, index[0, 1])]
                continue
        out.append((i, j, t))
    return out
