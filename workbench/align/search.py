"""Banded, coarse-to-fine search for the cheapest sequence of beads.

Small inputs are searched over the whole matrix. Larger ones are first aligned
as blocks of ``coarse_factor`` sentences (recursively), and the fine search
only visits a band around the projected coarse path, as Vecalign does: time
and memory grow linearly with the length of the texts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray

from workbench.align.agreement import translates
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
from workbench.align.features import FloatArray, Side
from workbench.align.kernels import bead_posteriors, best_path
from workbench.align.rejoin import (
    Joined,
    joined_cost,
    length_cost,
    length_offset,
    rejoin,
    rival_margins,
)
from workbench.align.strangers import unlink_strangers

if TYPE_CHECKING:  # timing builds on `Step`
    from workbench.align.timing import Timing


@dataclass(frozen=True)
class Step:
    """One bead of the best path: it ends at prefix (i, j)."""

    i: int
    j: int
    shape: Shape
    posterior: float  # probability of this bead among all paths
    cost: float = 0.0  # the bead's own cost in the search
    confidence: float = 0.0  # probability that the bead is exactly right (calibrated)
    rival: float = 0.0  # probability of its nearest other reading (`rejoin.rival_margins`)
    paired: float = (
        0.0  # ``confidence`` without the rival reading's doubt: these sentences go together
    )


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
    joined: Joined | None = None,
    timing: Timing | None = None,
) -> list[Step]:
    """Best path over the whole matrix, or coarse-to-fine when it is too large.

    With ``confidence``, each bead gets its posterior probability (two more
    passes over the band); coarse levels skip them. With ``joined`` (dense
    mode, an encoder), one-to-one beads next to a null bead are re-scored on
    the joined text (`rejoin`). With ``timing`` (two timed subtitle files), pair beads
    also pay for the time their cues do not share (`timing.Timing.add_costs`).
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
    if timing is not None:
        timing.add_costs(band, shapes, cost)
    da = np.array([a for a, _ in shapes], dtype=np.int64)
    db = np.array([b for _, b in shapes], dtype=np.int64)
    path = best_path(band.lo, band.hi, cost, da, db)
    rejoined = None
    if joined is not None and mode is Mode.DENSE and src.emb is not None and tgt.emb is not None:
        costs = costs_for(ev, cfg)
        bead_cost = rejoined = joined_cost(ev, band, cost, shapes, costs)
        path = rejoin(
            path, shapes, bead_cost, joined, costs.null_evidence,
            length_cost(ev) if costs.null_length else None,
            costs.w_length / max(costs.w_embedding, 1e-9), costs.shift_boundaries,
            length_offset(ev), squares=costs.loose_squares,
        )  # fmt: skip
        if costs.strangers_apart:
            path = unlink_strangers(path, shapes, band, ev.pairs)
    posteriors, rival = [0.0] * len(path), []
    if confidence:
        costs = costs_for(ev, cfg)
        temp = {Mode.GALE_CHURCH: 1.0, Mode.SPARSE: costs.sparse_temperature}.get(
            mode, costs.temperature
        )
        posteriors = bead_posteriors(band.lo, band.hi, cost, da, db, path, temp)
        if rejoined is not None and joined is not None:  # how near the joined reading came
            margins = rival_margins(path, shapes, rejoined, joined)
            rival = [1.0 / (1.0 + np.exp(min(m / temp, 50.0))) for m in margins]
    off = band.offsets
    steps = [
        Step(i, j, shapes[t], p, float(cost[t, off[i] + j - band.lo[i]]), p, r)
        for (i, j, t), p, r in zip(path, posteriors, rival or [0.0] * len(path), strict=True)
    ]
    costs = costs_for(ev, cfg)
    if confidence and mode is Mode.SPARSE:
        steps = clear_links(steps, costs.sparse_clear)
    if confidence and mode is Mode.DENSE and costs.calibration is not None:
        kinds = (src.kind_breaks, tgt.kind_breaks)
        steps = calibrate(steps, costs.calibration, src.lengths, tgt.lengths, kinds)
        if costs.translates is not None:
            steps = bounded(
                steps,
                translates(
                    _spans(steps), src.emb, tgt.emb, costs.translates, costs.translates_spreads
                ),
            )
        if costs.dense_clear:
            steps = clear_links(steps, costs.dense_clear)
    return steps


def clear_links(steps: Sequence[Step], floor: float) -> list[Step]:
    """Sparse mode links only clear pairs: a one-to-one bead scored under ``floor`` is
    two null beads, each as sure as the pair was unsure. Captions of another language
    with no counterpart in the page were paired with the nearest paragraph's sentence at
    0.71 and 0.13 (newcomer23); the README promises that this mode invents nothing."""
    out: list[Step] = []
    for s in steps:
        if s.shape == (1, 1) and s.confidence < floor:
            unsure = replace(s, posterior=1.0 - s.posterior, confidence=1.0 - s.confidence)
            out += [replace(unsure, j=s.j - 1, shape=(1, 0)), replace(unsure, shape=(0, 1))]
        else:
            out.append(s)
    return out


def _spans(steps: Sequence[Step]) -> list[tuple[range, range]]:
    """Each bead's source and target sentences (a step ends at prefix (i, j))."""
    return [(range(s.i - s.shape[0], s.i), range(s.j - s.shape[1], s.j)) for s in steps]


def bounded(steps: Sequence[Step], translates: FloatArray) -> list[Step]:
    """Each bead's confidence lowered by its own sentences' evidence against it.

    The search's posterior reads the path around a bead, so a sentence a translator
    replaced by an unrelated one, in a run of right pairs, was paired at 0.98 (issue 14);
    the development sets hold almost no such pair, so the calibration never learnt it.
    ``translates`` (`agreement.translates`, at even odds) is the likelihood ratio of
    right to unrelated for the pair's own cosine: Bayes' rule multiplies the bead's odds
    by it where it is under 1; where the pair looks right, the calibration already said
    how right such pairs are, and the confidence is unchanged.
    """
    ratio = np.minimum(1.0, translates / np.maximum(1.0 - translates, 1e-12))
    out = []
    for s, r in zip(steps, ratio, strict=True):
        odds = s.confidence / max(1.0 - s.confidence, 1e-12) * float(r)
        pair_odds = s.paired / max(1.0 - s.paired, 1e-12) * float(r)
        out.append(replace(s, confidence=odds / (1.0 + odds), paired=pair_odds / (1.0 + pair_odds)))
    return out


def _logit(p: FloatArray) -> FloatArray:
    q = np.clip(p, 1e-4, 1 - 1e-4)
    return np.asarray(np.log(q / (1 - q)), dtype=np.float64)


def length_mismatch(
    steps: Sequence[Step], src_lengths: FloatArray, tgt_lengths: FloatArray
) -> FloatArray:
    """How far each pair bead's length ratio is from its document's, shape (len(steps),).

    |log(source characters / target characters)| of the bead, less the median
    of that log-ratio over the path's pair beads (the document's own ratio, as
    Gale and Church take the language pair's); 0 for a null bead. Lengths are
    per sentence, in characters (`Side.lengths`); a step ends at prefix (i, j).
    """
    return np.abs(_length_offsets(steps, src_lengths, tgt_lengths))


Breaks = tuple[FloatArray | None, FloatArray | None]


def crossed_lengths(
    steps: Sequence[Step],
    src_lengths: FloatArray,
    tgt_lengths: FloatArray,
    breaks: Breaks = (None, None),
) -> FloatArray:
    """How much a one-to-one bead's length mismatch is undone by a neighbour's, shape (len(steps),).

    A loose 2–2 translation whose clause crosses the sentence boundary ("J'ai
    écrit la première version en 2012 et je l'ai jetée ; la deuxième aussi." /
    "I wrote the first version in 2012 and threw it away.", then "The second
    went the same way, and the third …") reads as two one-to-one pairs, one too
    long on the source side, the next too long on the target side. For a
    one-to-one bead next to another, in one-to-one sequence: the smaller of the
    two beads' offsets from the document's length ratio (`length_mismatch`,
    signed) when they have opposite signs; 0 otherwise and for any other bead.

    ``breaks`` are each side's `features.Side.kind_breaks` (None: no kinds given): two
    beads with a break between them on either side cannot be one bead (a heading and a
    paragraph, two rows of a table: `costs.mixes_kinds`), so their lengths cross by
    chance. A table's short cells did ("Responsable d'équipe" / "Team leader" over
    "Mardi" / "Tuesday", newcomer38: both right, scored 0.494 and 0.735).
    """
    offset = _length_offsets(steps, src_lengths, tgt_lengths)
    ones = np.array([s.shape == (1, 1) for s in steps])
    # beads k and k + 1 are neighbouring one-to-one pairs whose offsets cross
    side = ones[:-1] & ones[1:] & (offset[:-1] * offset[1:] < 0) & ~_apart(steps, breaks)
    crossed = np.where(side, np.minimum(np.abs(offset[:-1]), np.abs(offset[1:])), 0.0)
    out = np.zeros(len(steps))
    out[:-1] = crossed
    out[1:] = np.maximum(out[1:], crossed)
    return out


def _apart(steps: Sequence[Step], breaks: Breaks) -> NDArray[np.bool_]:
    """Per two neighbouring beads k and k + 1, whether a side's kind breaks between them."""
    apart = np.zeros(max(0, len(steps) - 1), dtype=bool)
    for side, at in (
        (breaks[0], [s.i for s in steps[:-1]]),
        (breaks[1], [s.j for s in steps[:-1]]),
    ):
        if side is not None and len(side):
            where = np.asarray(at, dtype=np.int64)
            apart |= (where < len(side)) & (side[np.minimum(where, len(side) - 1)] > 0)
    return apart


def _length_offsets(
    steps: Sequence[Step], src_lengths: FloatArray, tgt_lengths: FloatArray
) -> FloatArray:
    """Each pair bead's log length ratio less the median over the path's pairs; 0 for nulls."""
    ends = np.array([(s.i, s.j, *s.shape) for s in steps], dtype=np.int64).reshape(-1, 4)
    i, j, a, b = ends.T
    pairs = (a > 0) & (b > 0)
    if not pairs.any():
        return np.zeros(len(steps))
    # characters of each bead's side, from prefix sums
    cs = np.concatenate([[0.0], np.cumsum(src_lengths, dtype=np.float64)])
    ct = np.concatenate([[0.0], np.cumsum(tgt_lengths, dtype=np.float64)])
    chars_s = np.maximum(cs[i] - cs[i - a], 1.0)
    chars_t = np.maximum(ct[j] - ct[j - b], 1.0)
    ratio = np.log(chars_s / chars_t)
    return np.asarray(np.where(pairs, ratio - np.median(ratio[pairs]), 0.0), dtype=np.float64)


def calibration_features(
    steps: Sequence[Step],
    src_lengths: FloatArray,
    tgt_lengths: FloatArray,
    breaks: Breaks = (None, None),
) -> FloatArray:
    """What predicts a wrong bead, one row per bead, shape (len(steps), 8).

    Columns: 1 (intercept), the posterior's log-odds, whether the bead is a
    null bead, its size in sentences, the lower log-odds of its two
    neighbours (errors come in runs, where the text is damaged or loosely
    translated), the bead's `length_mismatch` with its document (a pair
    whose lengths disagree more than the document's usually do is a loose or
    wrong pair, however sure the search is of it), and its `crossed_lengths`
    with a one-to-one neighbour (two such pairs may be one loose 2–2 bead), and,
    for a one-to-one bead, the probability of joining it with a neighbouring null
    line (`Step.rival`): such a pair is right 89% of the time, an isolated one 98.7%.
    ``src_lengths`` and ``tgt_lengths`` are the sentences' lengths in
    characters (`Side.lengths`); ``breaks`` each side's kind breaks (`crossed_lengths`).
    """
    lp = _logit(np.array([s.posterior for s in steps], dtype=np.float64))
    null = np.array([float(0 in s.shape) for s in steps])
    size = np.array([float(sum(s.shape)) for s in steps])
    prev = np.concatenate([lp[:1], lp[:-1]])
    nxt = np.concatenate([lp[1:], lp[-1:]])
    mismatch = length_mismatch(steps, src_lengths, tgt_lengths)
    crossed = crossed_lengths(steps, src_lengths, tgt_lengths, breaks)
    rival = np.array([s.rival if s.shape == (1, 1) else 0.0 for s in steps], dtype=np.float64)
    columns = [np.ones_like(lp), lp, null, size, np.minimum(prev, nxt), mismatch, crossed]
    return np.stack([*columns, rival], axis=1)


def calibrate(
    steps: Sequence[Step],
    weights: Sequence[float],
    src_lengths: FloatArray,
    tgt_lengths: FloatArray,
    breaks: Breaks = (None, None),
) -> list[Step]:
    """Turn bead posteriors into the probability that each bead is exactly right.

    Platt scaling: a logistic regression over `calibration_features`, fitted on
    the beads of every development set pooled (`bench/align_calibrate.py`).
    """
    if not steps:
        return []
    features = calibration_features(steps, src_lengths, tgt_lengths, breaks)[:, : len(weights)]
    prob = 1.0 / (1.0 + np.exp(-(features @ np.asarray(weights, dtype=np.float64))))
    # the rival column doubts a pair's bounds, not that its sentences go together: a
    # timed search's clock is fitted on pairs sure of the latter (`retiming.retimed`)
    alone = features.copy()
    alone[:, 7:] = 0.0
    paired = 1.0 / (1.0 + np.exp(-(alone @ np.asarray(weights, dtype=np.float64))))
    return [
        replace(s, confidence=float(p), paired=float(q))
        for s, p, q in zip(steps, prob, paired, strict=True)
    ]
