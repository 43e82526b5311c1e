"""The cost of every candidate bead inside a search band, assembled here from its parts.

A band gives, for each source prefix length ``i`` (0..n), the target prefix
lengths ``lo[i]..hi[i]`` the search may visit. A cell ``(i, j)`` with bead shape
``(a, b)`` is the bead of source sentences ``i-a..i-1`` and target sentences
``j-b..j-1``. Sentence-pair evidence (embedding dot products, shared word keys,
an MT bridge's chrF) is computed once per pair in a slightly wider band; runs of
sentences sum it up, so a bead of three sentences costs no more to score than
three pairs.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy as np
from numpy.typing import NDArray

from workbench.align.config import AlignConfig, Costs, Mode, Shape
from workbench.align.features import Bridged, FloatArray, IntArray, Side
from workbench.align.kernels import intersect_counts, pair_sums
from workbench.align.rows import charge_row_partings

_BRIDGE_CANDIDATES = 4
# A pair's similarity is judged against each sentence's nearest rivals in the
# band (the margin criterion of bitext mining), not against random text: a
# caption that resembles every other caption must beat them, not the average.
_NEIGHBOURS = 4

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
class Band:
    """Target prefix range ``lo[i]..hi[i]`` (inclusive) for each source prefix ``i``."""

    lo: IntArray
    hi: IntArray

    @property
    def offsets(self) -> IntArray:
        off = np.zeros(len(self.lo) + 1, dtype=np.int64)
        off[1:] = np.cumsum(self.hi - self.lo + 1)
        return off

    def cells(self) -> tuple[IntArray, IntArray]:
        """Row and column of every cell, row by row."""
        widths = self.hi - self.lo + 1
        rows = np.repeat(np.arange(len(self.lo), dtype=np.int64), widths)
        starts = np.repeat(self.offsets[:-1], widths)
        cols = np.arange(len(rows), dtype=np.int64) - starts + self.lo[rows]
        return rows, cols


def full_band(n: int, m: int) -> Band:
    return Band(np.zeros(n + 1, dtype=np.int64), np.full(n + 1, m, dtype=np.int64))


@dataclass(frozen=True)
class PairBand:
    """Evidence for sentence pairs ``(r, c)`` with ``plo[r] <= c <= phi[r]``."""

    plo: IntArray
    off: IntArray
    dots: NDArray[np.float32] | None  # embedding dot products
    shared: FloatArray  # word keys of target c found among source r's keys+translations
    bridge: FloatArray | None  # chrF of the MT bridge of r against c, in [0, 1]
    # mean of the best _NEIGHBOURS dot products of each source / target sentence
    near_src: FloatArray | None = None
    near_tgt: FloatArray | None = None

    @cached_property
    def stacked(self) -> FloatArray:
        """The pair values as rows: shared, then dots and bridge when present."""
        rows = [self.shared]
        if self.dots is not None:
            rows.append(self.dots.astype(np.float64))
        if self.bridge is not None:
            rows.append(self.bridge)
        return np.stack(rows)


def pair_band(band: Band, src: Side, tgt: Side, amax: int, bmax: int) -> PairBand:
    n, m = src.n, tgt.n
    rows = np.arange(n, dtype=np.int64)
    plo = np.clip(band.lo[:n] - bmax, 0, max(m - 1, 0))
    phi = np.clip(band.hi[np.minimum(rows + amax, n)] - 1, plo, max(m - 1, 0))
    widths = phi - plo + 1 if m else np.zeros(n, dtype=np.int64)
    off = np.zeros(n + 1, dtype=np.int64)
    off[1:] = np.cumsum(widths)
    pr = np.repeat(rows, widths)
    pc = np.arange(off[-1], dtype=np.int64) - np.repeat(off[:-1], widths) + plo[pr]
    shared = intersect_counts(src.ptr, src.keys, tgt.ptr, tgt.keys, pr, pc)
    dots = near_src = near_tgt = None
    if src.emb is not None and tgt.emb is not None:
        dots = _pair_dots(src.emb, tgt.emb, off, pr, pc)
        near_src = _best_mean(pr, dots, n)
        near_tgt = _best_mean(pc, dots, m)
    bridge = None
    if src.bridged is not None and tgt.texts is not None:
        bridge = _bridge_chrf(src.bridged, tgt, pr, pc)
    return PairBand(plo, off, dots, shared, bridge, near_src, near_tgt)


def _best_mean(owner: IntArray, values: NDArray[np.float32], size: int) -> FloatArray:
    """Per owner, the mean of its ``_NEIGHBOURS`` largest values."""
    order = np.lexsort((-values, owner))
    sorted_owner = owner[order]
    rank = np.arange(len(order)) - np.searchsorted(sorted_owner, sorted_owner)
    best = order[rank < _NEIGHBOURS]
    total = np.bincount(owner[best], weights=values[best].astype(np.float64), minlength=size)
    count = np.bincount(owner[best], minlength=size)
    return np.asarray(total / np.maximum(count, 1), dtype=np.float64)


def _bridge_chrf(bridged: Bridged, tgt: Side, pr: IntArray, pc: IntArray) -> FloatArray:
    """chrF of the MT output of source r against target c, for the few likeliest c per r.

    chrF is slow, so only the ``_BRIDGE_CANDIDATES`` targets sharing the most words
    with the translation are scored; the others count as no match.
    """
    from sacrebleu.metrics.chrf import CHRF

    assert tgt.texts is not None
    overlap = intersect_counts(bridged.ptr, bridged.keys, tgt.ptr, tgt.keys, pr, pc)
    order = np.lexsort((-overlap, pr))
    rank = np.arange(len(pr)) - np.searchsorted(pr[order], pr[order])
    chosen = order[(rank < _BRIDGE_CANDIDATES) & (overlap[order] > 0)]
    chrf = CHRF()
    out = np.zeros(len(pr), dtype=np.float64)
    for k in chosen:
        hyp, ref = bridged.texts[pr[k]], tgt.texts[pc[k]]
        out[k] = chrf.sentence_score(hyp, [ref]).score / 100.0
    return out


def _pair_dots(
    s: NDArray[np.float32], t: NDArray[np.float32], off: IntArray, pr: IntArray, pc: IntArray
) -> NDArray[np.float32]:
    """Dot products of the band's pairs, by matrix products over blocks of rows (BLAS)."""
    out = np.empty(len(pr), dtype=np.float32)
    rows = 256
    for r0 in range(0, len(off) - 1, rows):
        k0, k1 = off[r0], off[min(r0 + rows, len(off) - 1)]
        if k0 == k1:
            continue
        c0, c1 = int(pc[k0:k1].min()), int(pc[k0:k1].max()) + 1
        block = s[r0 : r0 + rows] @ t[c0:c1].T
        out[k0:k1] = block[pr[k0:k1] - r0, pc[k0:k1] - c0]
    return out


def run_sums(values: FloatArray, width: int) -> FloatArray:
    """``out[s]`` = sum of ``values[s : s + width]`` for every full run."""
    csum = np.concatenate([[0.0], np.cumsum(values)])
    return csum[width:] - csum[:-width] if width <= len(values) else np.zeros(0)


@dataclass(frozen=True)
class SideStats:
    """Per-run statistics of one side, for run widths 1..k (index = width)."""

    lengths: list[FloatArray]
    nkeys: list[FloatArray]
    norms: list[FloatArray]  # |sum of embeddings| of the run
    near: list[FloatArray]  # mean similarity of the run's sentences to their nearest rivals


def side_stats(side: Side, kmax: int, near: FloatArray | None) -> SideStats:
    """Run statistics; ``near`` is each sentence's mean similarity to its nearest rivals."""
    lengths: list[FloatArray] = [np.zeros(0)]
    nkeys: list[FloatArray] = [np.zeros(0)]
    norms: list[FloatArray] = [np.zeros(0)]
    runs_near: list[FloatArray] = [np.zeros(0)]
    emb = side.emb if near is not None else None
    if emb is not None:
        # A run's embedding is the sum of its sentences': its norm follows from
        # dot products of nearby sentences, with no (n, d) temporaries per width.
        lag = [np.zeros(0)] + [
            np.einsum("ij,ij->i", emb[:-k], emb[k:]).astype(np.float64) for k in range(1, kmax)
        ]
    for k in range(1, kmax + 1):
        lengths.append(run_sums(side.lengths, k))
        nkeys.append(run_sums(side.nkeys, k))
        if emb is None or near is None or k > side.n:
            norms.append(np.zeros(0))
            runs_near.append(np.zeros(0))
            continue
        square = np.full(side.n - k + 1, float(k))
        for d in range(1, k):
            square += 2 * run_sums(lag[d], k - d)
        norm = np.sqrt(np.maximum(square, 1e-18))
        norms.append(norm)
        runs_near.append(run_sums(near, k) / k)
    return SideStats(lengths, nkeys, norms, runs_near)


@dataclass(frozen=True)
class Evidence:
    """Everything the bead costs are computed from."""

    src: Side
    tgt: Side
    sstats: SideStats
    tstats: SideStats
    pairs: PairBand
    length_ratio: float


def length_delta(ls: FloatArray, lt: FloatArray, ratio: float) -> FloatArray:
    """Gale & Church's signed delta of beads of ``ls`` source and ``lt`` target characters:
    the target length against the source length times ``ratio`` (the document's), over
    a deviation growing with length; below 0 when the target is short for the source."""
    return np.asarray((lt - ls * ratio) / np.sqrt(6.8 * (ls + lt / ratio) / 2), dtype=np.float64)


def length_mismatch(ls: FloatArray, lt: FloatArray, ratio: float) -> FloatArray:
    """Length cost (about 0 good, 1 bad) of beads of ``ls`` source and ``lt`` target characters:
    1 - exp(-delta² / 4) of `length_delta`."""
    delta = length_delta(ls, lt, ratio)
    return np.asarray(1.0 - np.exp(-(delta**2) / 4.0), dtype=np.float64)


def bead_parts(
    ev: Evidence, i: IntArray, j: IntArray, shape: Shape, joined: bool = True
) -> tuple[FloatArray | None, FloatArray, FloatArray, FloatArray | None]:
    """Embedding, length, lexical and bridge costs (about 0 good, 1 bad) of beads.

    ``i``, ``j`` are cell coordinates with ``i >= a`` and ``j >= b``. With
    ``joined``, a many-sentence bead is read on its runs' joined embeddings when
    they were encoded (`run_rows`), otherwise on its sentences' summed ones.
    """
    a, b = shape
    s0, t0 = i - a, j - b
    length = length_mismatch(ev.sstats.lengths[a][s0], ev.tstats.lengths[b][t0], ev.length_ratio)
    sums = pair_sums(i, j, shape, ev.pairs.off, ev.pairs.plo, ev.pairs.stacked)
    shared = sums[0]
    keys = ev.sstats.nkeys[a][s0] + ev.tstats.nkeys[b][t0]
    dice = np.where(keys > 0, 2.0 * shared / np.maximum(keys, 1.0), 0.0)
    lexical = (1.0 - dice) ** 2
    emb = None
    if ev.pairs.dots is not None:
        srun, trun = run_rows(ev.src, a), run_rows(ev.tgt, b)
        if joined and srun is not None and trun is not None and (a > 1 or b > 1):
            cos = _row_dots(srun, trun, s0, t0)
        else:
            cos = sums[1] / (ev.sstats.norms[a][s0] * ev.tstats.norms[b][t0])
        # As Vecalign normalises by the similarity to random sentences, but with
        # the nearest rivals: a pair is as good as it beats them.
        base = 2.0 - ev.sstats.near[a][s0] - ev.tstats.near[b][t0]
        emb = (1.0 - cos) / np.maximum(base, 1e-3)
    bridge = None
    if ev.pairs.bridge is not None:
        bridge = 1.0 - sums[-1] / (a * b)
    return emb, length, lexical, bridge


def run_rows(side: Side, k: int) -> NDArray[np.float32] | None:
    """Embeddings of the side's runs of ``k`` sentences joined, one row per first sentence.

    The sentences' own for ``k`` = 1; None when runs of ``k`` were not encoded (the
    search then sums its sentences' embeddings).
    """
    if k == 1:
        return side.emb
    return side.runs.get(k) if side.runs is not None else None


def _row_dots(
    s: NDArray[np.float32], t: NDArray[np.float32], rs: IntArray, rt: IntArray
) -> FloatArray:
    out = np.empty(len(rs), dtype=np.float64)
    step = 1 << 15
    for k in range(0, len(rs), step):
        out[k : k + step] = np.einsum("ij,ij->i", s[rs[k : k + step]], t[rt[k : k + step]])
    return out


def length_ratio(src: Side, tgt: Side) -> float:
    total = float(src.lengths.sum())
    return float(tgt.lengths.sum()) / total if total > 0 else 1.0


def cell_valid(i: IntArray, j: IntArray, band: Band, shape: Shape) -> NDArray[np.bool_]:
    """Cells whose bead starts inside the band (the search can reach its start)."""
    a, b = shape
    ok = (i >= a) & (j >= b)
    pi = np.where(ok, i - a, 0)
    pj = j - b
    return ok & (pj >= band.lo[pi]) & (pj <= band.hi[pi])


def shapes_max(shapes: Sequence[Shape]) -> tuple[int, int]:
    return max(a for a, _ in shapes), max(b for _, b in shapes)


def costs_for(ev: Evidence, cfg: AlignConfig) -> Costs:
    """The weights of a search: with or without an encoder's evidence."""
    return cfg.with_encoder if ev.pairs.dots is not None else cfg.without_encoder


def unit_cost(
    ev: Evidence,
    i: IntArray,
    j: IntArray,
    shape: Shape,
    cfg: Costs,
    typical: float | None = None,
) -> FloatArray:
    """Weighted mean of the available evidence for beads of one shape (0 good, 1 bad).

    Given ``typical`` (the median embedding cost of the band's one-to-one beads),
    this shape's embedding costs are scaled so that their median is ``typical``:
    as Vecalign normalises each bead size by random beads of that size, a
    candidate of any shape is judged against the candidates of its own shape.
    """
    emb, length, lexical, bridge = bead_parts(ev, i, j, shape, cfg.reads_joined(shape))
    total = cfg.w_length * length + cfg.w_lexical * lexical
    weight = cfg.w_length + cfg.w_lexical
    if emb is not None:
        if typical is not None and len(emb):
            emb = emb * (typical / max(float(np.median(emb)), 1e-9))
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


def _mixes_folio(ev: Evidence, i: IntArray, j: IntArray, shape: Shape) -> NDArray[np.bool_]:
    """Which beads put a page number (`features.is_folio`) together with a line of text."""
    a, b = shape
    if ev.src.folios is None or ev.tgt.folios is None:
        return np.zeros(len(i), dtype=np.bool_)
    folios = run_sums(ev.src.folios, a)[i - a] + run_sums(ev.tgt.folios, b)[j - b]
    return np.asarray((folios > 0) & (folios < a + b), dtype=np.bool_)


def mixes_kinds(ev: Evidence, i: IntArray, j: IntArray, shape: Shape) -> NDArray[np.bool_]:
    """Which beads hold sentences of two kinds on one side (`features.kind_breaks`).

    A caption, a heading and a paragraph are separate blocks of a page: one side
    of a bead never joins two of them, whatever the other side. Over the 33
    page pairs of bench/data/pairs, none of the 63 gold sides of two sentences or
    more mixes kinds; an English caption with no French counterpart joined the
    first French sentence's bead in four of them.
    """
    a, b = shape
    mixed = np.zeros(len(i), dtype=np.bool_)
    for breaks, width, ends in ((ev.src.kind_breaks, a, i), (ev.tgt.kind_breaks, b, j)):
        if breaks is not None and width >= 2:
            # breaks strictly inside the run: at its sentences 2..width
            mixed |= run_sums(breaks, width - 1)[ends - width + 1] > 0
    return mixed


# A sentence has at most one right pair among its candidates, so the upper median of two
# or more of them is a wrong pair's cost (`_null_per_sentence`).
_MOSTLY_WRONG = 2


def bead_costs(
    ev: Evidence, band: Band, shapes: Sequence[Shape], mode: Mode, cfg: AlignConfig
) -> NDArray[np.float32]:
    """The cost of every cell of ``band`` for each shape: rows follow ``shapes``.

    Gale & Church's probabilistic cost in that mode; otherwise the weighted
    evidence of :func:`unit_cost`, scaled by the bead's size plus the shape's
    penalty (dense), or less the threshold a link must beat (sparse, where
    leaving a sentence out costs nothing).
    """
    rows, cols = band.cells()
    costs = costs_for(ev, cfg)
    cost = np.full((len(shapes), len(rows)), np.inf, dtype=np.float32)
    nulls: list[int] = []
    ones: FloatArray | None = None
    one_cells: tuple[IntArray, IntArray] | None = None  # each one-to-one cell's (i, j)
    typical: float | None = None  # the band's median one-to-one embedding cost
    for t, (a, b) in enumerate(shapes):
        keep = np.flatnonzero(cell_valid(rows, cols, band, (a, b)))
        i, j = rows[keep], cols[keep]
        if mode is Mode.GALE_CHURCH:
            cost[t, keep] = _gale_church(ev, i, j, (a, b))
        elif a == 0 or b == 0:
            cost[t, keep] = 0.0 if mode is Mode.SPARSE else costs.skip_cost
            nulls.append(t)
        else:
            many = a > 1 or b > 1
            unit = unit_cost(ev, i, j, (a, b), costs, typical if many else None)
            if (a, b) == (1, 1):
                ones, one_cells = unit, (i, j)
                emb = bead_parts(ev, i, j, (1, 1))[0] if costs.shape_normaliser else None
                if emb is not None and len(emb):
                    typical = float(np.median(emb))
            if mode is Mode.SPARSE:
                cost[t, keep] = unit - costs_for(ev, cfg).sparse_threshold
            else:
                size = ((a + b) / 2) ** costs.size_exponent
                cost[t, keep] = unit * size + costs.shape_penalty.get((a, b), 0.5)
            if costs.page_numbers_alone:
                cost[t, keep[_mixes_folio(ev, i, j, (a, b))]] = np.inf
            cost[t, keep[mixes_kinds(ev, i, j, (a, b))]] = np.inf
    # Vecalign's per-document null cost: leaving a sentence out costs what a
    # typical one-to-one pair of this band costs, which is a wrong pair when wrong
    # candidates outnumber the right ones: at most min(n, m) one-to-one cells are
    # right, so the median is a wrong pair once there are more than twice as many.
    # Until session 42 four times as many were asked, and a text of two or three
    # sentences a side kept the constant: over the spent sets' three-bead windows
    # (bench/align_short.py) its dropped sentence was glued to a neighbour in 36% of
    # them (20% since). One sentence against one, or two against two, keep it. Without an
    # encoder the old requirement stays (four times as many): length and shared words
    # price a three-line text's right pairs too dearly, and a cheaper null split them
    # (test_export_stale_figures; not measured on short texts without an encoder).
    n_src, n_tgt = len(band.lo) - 1, int(band.hi.max())
    null = costs.skip_cost
    if (
        mode is Mode.DENSE
        and costs.null_percentile is not None
        and ones is not None
        and _mostly_wrong(len(ones), min(n_src, n_tgt), ev.pairs.dots is not None)
    ):
        skip = null = costs.null_scale * float(np.percentile(ones, costs.null_percentile))
        for t in nulls:
            cost[t][np.isfinite(cost[t])] = skip
            if costs.null_per_sentence and one_cells is not None:
                _null_per_sentence(band, cost[t], shapes[t], ones, one_cells, costs, skip)
            if costs.null_by_match:
                _null_by_match(ev, band, cost[t], shapes[t], costs.null_by_match)
    if mode is Mode.DENSE:
        joins = (ev.src.row_joins, ev.tgt.row_joins)
        charge_row_partings(cost, band, shapes, joins, costs.row_parting * null)
    return cost


def _mostly_wrong(cells: int, pairs: int, encoder: bool) -> bool:
    """Whether a band of ``cells`` one-to-one cells, at most ``pairs`` of them right, has a
    wrong pair for its median cost: more than twice as many with an encoder, four times as
    many without one (`bead_costs`)."""
    return cells > 2 * pairs if encoder else cells >= 4 * max(1, pairs)


def _null_per_sentence(
    band: Band,
    cost: NDArray[np.float32],
    shape: Shape,
    ones: FloatArray,
    one_cells: tuple[IntArray, IntArray],
    costs: Costs,
    skip: float,
) -> None:
    """Lower, in place, the null cost of a sentence whose own candidate pairs are cheap.

    Pair costs are normalised by each sentence's nearest rivals (`bead_parts`),
    which makes a line far from everything cheap to pair with anything: two
    lines with no counterpart side by side (a "Lire aussi" and a "Related"
    naming different stories, a caption and a sentence the other translator
    added) were paired, or such a line glued to its neighbour's bead, against a
    null priced from the whole band. Vecalign prices a deletion from the costs
    of random pairs; here each sentence's from its own: the ``null_percentile``
    of the one-to-one beads it could join in the band, for sentences with at
    least ``_MOSTLY_WRONG`` of them (so that it is a wrong pair's cost). These
    are rescaled so that their median over the side is ``skip``, the band's
    null cost (the document's level of nulls stays Vecalign's), and never
    exceed it: a line that resembles everything (a row of dots) is not made
    dearer to leave out. Sentences with fewer candidates keep ``skip``.
    """
    i, j = one_cells
    # a one-to-one cell (i, j) pairs source sentence i - 1 with target sentence j - 1
    owner = i - 1 if shape[0] else j - 1
    size = len(band.lo) - 1 if shape[0] else int(band.hi.max())
    order = np.lexsort((ones, owner))
    sorted_owner = owner[order]
    first = np.searchsorted(sorted_owner, np.arange(size), side="left")
    count = np.searchsorted(sorted_owner, np.arange(size), side="right") - first
    enough = count >= _MOSTLY_WRONG
    if not enough.any():
        return
    pct = (costs.null_percentile if costs.null_percentile is not None else 50.0) / 100.0
    rank = first + np.floor(pct * np.maximum(count - 1, 0) + 0.5).astype(np.int64)
    own = ones[order][np.minimum(rank, len(order) - 1)]
    own = np.where(enough, own * (skip / max(float(np.median(own[enough])), 1e-9)), skip)
    rows, cols = band.cells()
    ok = np.flatnonzero(np.isfinite(cost))
    sentence = rows[ok] - 1 if shape[0] else cols[ok] - 1
    cost[ok] = np.minimum(own[sentence], skip)


def _null_by_match(
    ev: Evidence, band: Band, cost: NDArray[np.float32], shape: Shape, power: float
) -> None:
    """Make leaving a sentence out cheaper, in place, when its best match is weak.

    A null bead's cost is scaled by (the sentence's best cosine in the band /
    the side's median best cosine) ** ``power``, at most 1: a line the other
    side has no near counterpart for is cheaper to leave out.
    """
    pairs = ev.pairs
    if pairs.dots is None or not len(pairs.dots):
        return
    # the band's pairs (r, c), as `pair_band` lays them out, and each sentence's best
    widths = np.diff(pairs.off)
    pr = np.repeat(np.arange(len(widths), dtype=np.int64), widths)
    owner = pr if shape[0] else np.arange(len(pr)) - pairs.off[pr] + pairs.plo[pr]
    best = np.full(ev.src.n if shape[0] else ev.tgt.n, -1.0)
    np.maximum.at(best, owner, pairs.dots.astype(np.float64))
    rows, cols = band.cells()
    ok = np.flatnonzero(np.isfinite(cost))
    sentence = rows[ok] - 1 if shape[0] else cols[ok] - 1
    ratio = np.clip(best / max(float(np.median(best)), 1e-6), 1e-3, 1.0)
    cost[ok] = cost[ok] * ratio[sentence] ** power
