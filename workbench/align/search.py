"""Banded, coarse-to-fine search for the cheapest sequence of beads.

Small inputs are searched over the whole matrix. Larger ones are first aligned
as blocks of ``coarse_factor`` sentences (recursively), and the fine search
only visits a band around the projected coarse path, as Vecalign does: time
and memory grow linearly with the length of the texts.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np
from numpy.typing import NDArray

from workbench.align.config import AlignConfig, Costs, Mode
from workbench.align.costs import (
    Band,
    Evidence,
    Shape,
    bead_parts,
    cell_valid,
    full_band,
    length_ratio,
    pair_band,
    shapes_max,
    side_stats,
)
from workbench.align.features import FloatArray, IntArray, Side
from workbench.align.kernels import bead_posteriors, best_path

# Gale & Church's (1993) priors of bead shapes, as costs (-log P).
_GC_PRIOR = {
    (1, 1): 0.89,
    (1, 0): 0.0099 / 2,
    (0, 1): 0.0099 / 2,
    (2, 1): 0.089 / 2,
    (1, 2): 0.089 / 2,
    (2, 2): 0.011,
}
GC_TYPES: tuple[Shape, ...] = tuple(_GC_PRIOR)


@dataclass(frozen=True)
class Step:
    """One bead of the best path: it ends at prefix (i, j)."""

    i: int
    j: int
    shape: Shape
    posterior: float  # probability of this bead among all paths
    cost: float = 0.0  # the bead's own cost in the search
    confidence: float = 0.0  # probability that the bead is exactly right (calibrated)


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


def costs_for(ev: Evidence, cfg: AlignConfig) -> Costs:
    return cfg.with_encoder if ev.pairs.dots is not None else cfg.without_encoder


def unit_cost(ev: Evidence, i: IntArray, j: IntArray, shape: Shape, cfg: Costs) -> FloatArray:
    """Weighted mean of the available evidence for beads of one shape (0 good, 1 bad)."""
    emb, length, lexical, bridge = bead_parts(ev, i, j, shape)
    total = cfg.w_length * length + cfg.w_lexical * lexical
    weight = cfg.w_length + cfg.w_lexical
    if emb is not None:
        total += cfg.w_embedding * emb
        weight += cfg.w_embedding
    if bridge is not None:
        total += cfg.w_bridge * bridge
        weight += cfg.w_bridge
    return np.asarray(total / weight, dtype=np.float64)


def _gale_church(ev: Evidence, i: IntArray, j: IntArray, shape: Shape) -> FloatArray:
    a, b = shape
    prior = -math.log(_GC_PRIOR[shape])
    if a == 0 or b == 0:
        return np.full(len(i), prior)
    ls, lt = ev.sstats.lengths[a][i - a], ev.tstats.lengths[b][j - b]
    delta = np.abs(lt - ls * ev.length_ratio) / np.sqrt(6.8 * ls)
    tails = np.array([math.erfc(x / math.sqrt(2)) for x in delta], dtype=np.float64)
    tail = np.maximum(tails, 1e-300)
    return np.asarray(prior - np.log(tail), dtype=np.float64)


def _costs(
    ev: Evidence, band: Band, shapes: Sequence[Shape], mode: Mode, cfg: AlignConfig
) -> NDArray[np.float32]:
    rows, cols = band.cells()
    costs = costs_for(ev, cfg)
    cost = np.full((len(shapes), len(rows)), np.inf, dtype=np.float32)
    nulls: list[int] = []
    ones: FloatArray | None = None
    for t, (a, b) in enumerate(shapes):
        keep = np.flatnonzero(cell_valid(rows, cols, band, (a, b)))
        i, j = rows[keep], cols[keep]
        if mode is Mode.GALE_CHURCH:
            cost[t, keep] = _gale_church(ev, i, j, (a, b))
        elif a == 0 or b == 0:
            cost[t, keep] = 0.0 if mode is Mode.SPARSE else costs.skip_cost
            nulls.append(t)
        else:
            unit = unit_cost(ev, i, j, (a, b), costs)
            if (a, b) == (1, 1):
                ones = unit
            if mode is Mode.SPARSE:
                cost[t, keep] = unit - costs_for(ev, cfg).sparse_threshold
            else:
                cost[t, keep] = unit * (a + b) / 2 + costs.shape_penalty.get((a, b), 0.5)
    if mode is Mode.DENSE and costs.null_percentile is not None and ones is not None and len(ones):
        skip = costs.null_scale * float(np.percentile(ones, costs.null_percentile))
        for t in nulls:
            cost[t][np.isfinite(cost[t])] = skip
    return cost


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
    cost = _costs(ev, band, shapes, mode, cfg)
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
    off = band.offsets
    steps = [
        Step(i, j, shapes[t], p, float(cost[t, off[i] + j - band.lo[i]]), p)
        for (i, j, t), p in zip(path, posteriors, strict=True)
    ]
    calibration = costs_for(ev, cfg).calibration
    if confidence and mode is Mode.DENSE and calibration is not None:
        steps = calibrate(steps, calibration)
    return steps


def _logit(p: FloatArray) -> FloatArray:
    q = np.clip(p, 1e-4, 1 - 1e-4)
    return np.asarray(np.log(q / (1 - q)), dtype=np.float64)


def calibrate(steps: Sequence[Step], weights: Sequence[float]) -> list[Step]:
    """Turn bead posteriors into the probability that each bead is exactly right.

    Platt scaling (a logistic regression fitted on the Text+Berg dev beads) over
    what predicts a wrong bead: its posterior (log-odds), whether it is a null
    bead, its size in sentences, and the lower posterior of its two neighbours
    (errors come in runs, where the text is damaged or loosely translated).
    """
    if not steps:
        return []
    lp = _logit(np.array([s.posterior for s in steps]))
    null = np.array([float(0 in s.shape) for s in steps])
    size = np.array([float(sum(s.shape)) for s in steps])
    prev = np.concatenate([lp[:1], lp[:-1]])
    nxt = np.concatenate([lp[1:], lp[-1:]])
    features = np.stack([np.ones_like(lp), lp, null, size, np.minimum(prev, nxt)], axis=1)
    prob = 1.0 / (1.0 + np.exp(-(features @ np.asarray(weights, dtype=np.float64))))
    return [replace(s, confidence=float(p)) for s, p in zip(steps, prob, strict=True)]
