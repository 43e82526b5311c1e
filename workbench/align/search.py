"""Banded, coarse-to-fine search for the cheapest sequence of beads.

Small inputs are searched over the whole matrix. Larger ones are first aligned
as blocks of ``coarse_factor`` sentences (recursively), and the fine search
only visits a band around the projected coarse path, as Vecalign does: time
and memory grow linearly with the length of the texts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from workbench.align.config import AlignConfig, Mode, Shape
from workbench.align.costs import (
    Band,
    Evidence,
    bead_costs,
    costs_for,
    full_band,
    length_ratio,
    pair_band,
    shapes_max,
    side_stats,
)
from workbench.align.features import Side
from workbench.align.kernels import bead_posteriors, best_path


@dataclass(frozen=True)
class Step:
    """One bead of the best path: it ends at prefix (i, j)."""

    i: int
    j: int
    shape: Shape
    posterior: float  # probability of this bead among all paths (its confidence)


def _evidence(src: Side, tgt: Side, band: Band, shapes: Sequence[Shape]) -> Evidence:
    amax, bmax = shapes_max(shapes)
    pairs = pair_band(band, src, tgt, amax, bmax)
    return Evidence(
        src=src,
        tgt=tgt,
        sstats=side_stats(src, amax, pairs.near_src),
        tstats=side_stats(tgt, bmax, pairs.near_tgt),
        pairs=pairs,
        length_ratio=length_ratio(src, tgt),
    )


def _band_around(steps: Sequence[Step], factor: int, n: int, m: int, margin: int) -> Band:
    """Fine band around a coarse path whose prefixes count blocks of ``factor`` sentences."""
    xs = np.array([0] + [min(s.i * factor, n) for s in steps], dtype=np.int64)
    ys = np.array([0] + [min(s.j * factor, m) for s in steps], dtype=np.int64)
    xs[-1], ys[-1] = n, m
    rows = np.arange(n + 1, dtype=np.int64)
    first = np.searchsorted(xs[1:], rows, side="left")
    last = np.searchsorted(xs[:-1], rows, side="right")
    lo_raw = ys[np.minimum(first, len(ys) - 1)]
    hi_raw = ys[np.minimum(last, len(ys) - 1)]
    # a block boundary may sit anywhere inside the block: widen by one block of
    # rows, then by ``margin`` sentences of columns
    lo = lo_raw[np.maximum(rows - factor, 0)] - margin
    hi = hi_raw[np.minimum(rows + factor, n)] + margin
    lo = np.clip(lo, 0, m)
    hi = np.clip(hi, 0, m)
    lo[0], hi[-1] = 0, m
    hi = np.maximum.accumulate(np.maximum(hi, lo))
    # consecutive rows must overlap so that one-sided beads connect them
    lo[1:] = np.minimum(lo[1:], hi[:-1])
    return Band(lo, hi)


def search(
    src: Side,
    tgt: Side,
    shapes: Sequence[Shape],
    mode: Mode,
    cfg: AlignConfig,
    *,
    confidence: bool = True,
) -> list[Step]:
    """Best path over the whole matrix, or coarse-to-fine when it is too large.

    With ``confidence``, each bead gets its posterior probability (two more
    passes over the band); coarse levels skip them.
    """
    n, m = src.n, tgt.n
    if (n + 1) * (m + 1) <= cfg.full_search_cells or mode is Mode.SPARSE:
        band = full_band(n, m)
    else:
        f = cfg.coarse_factor
        coarse = search(src.downsample(f), tgt.downsample(f), shapes, mode, cfg, confidence=False)
        band = _band_around(coarse, f, n, m, cfg.band_margin)
    ev = _evidence(src, tgt, band, shapes)
    cost = bead_costs(ev, band, shapes, mode, cfg)
    da = np.array([a for a, _ in shapes], dtype=np.int64)
    db = np.array([b for _, b in shapes], dtype=np.int64)
    path = best_path(band.lo, band.hi, cost, da, db)
    posteriors = [0.0] * len(path)
    if confidence:
        costs = costs_for(ev, cfg)
        temp = {Mode.GALE_CHURCH: 1.0, Mode.SPARSE: costs.sparse_temperature}.get(
            mode, costs.temperature
        )
        posteriors = bead_posteriors(band.lo, band.hi, cost, da, db, path, temp)
    return [Step(i, j, shapes[t], p) for (i, j, t), p in zip(path, posteriors, strict=True)]
