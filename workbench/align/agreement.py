"""Whether a pair bead's own sentences translate each other, against its document.

The search's posterior says how sure the path is of a bead given its neighbours:
in a run of one-to-one pairs, a sentence the translator replaced by an unrelated
one is still paired at 0.98, because leaving both lines out costs more than one
bad pair. Issue 14 asks that a bead's confidence be the probability that it is
exactly right, so the pair's own evidence must bound it.

The encoder's cosines are not comparable across documents (a loose literary
translation, OCR, short lines), so a pair's cosine is placed on its document's
own scale, with no constant: 0 where the document's typical wrong pair lies (the
median cosine of any source sentence with any target sentence), 1 where its
typical bead of the path lies (the median cosine of its pair beads). The
shortfall of a pair bead is how far below 1 it falls on that scale (0 when above):
about 0 for a right pair, about 1 for two sentences that are no more alike than
any two of the document. Through `translates` it bounds each pair's confidence
(`search.bounded`: Bayes' rule, never raising it), and it is the evidence of the QA check
for pairs that do not translate each other (`quality/translates.py`).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

FloatArray = NDArray[np.float64]
# cells of the cosine matrix read for the document's typical wrong pair: rows are
# taken at a stride beyond this (the median of a quarter million cells is steady)
_CELLS = 250_000


def _unit(rows: NDArray[np.floating]) -> NDArray[np.float64]:
    v = np.asarray(rows, dtype=np.float64)
    norm = np.linalg.norm(v, axis=-1, keepdims=True)
    return np.asarray(v / np.maximum(norm, 1e-12), dtype=np.float64)


def bead_cosines(
    spans: Sequence[tuple[range, range]],
    src_emb: NDArray[np.floating],
    tgt_emb: NDArray[np.floating],
) -> FloatArray:
    """Cosine of each pair bead's summed sentence embeddings; NaN for a null bead."""
    src, tgt = _unit(src_emb), _unit(tgt_emb)
    out = np.full(len(spans), np.nan)
    for k, (s, t) in enumerate(spans):
        if len(s) and len(t):
            out[k] = float(_unit(src[list(s)].sum(0)) @ _unit(tgt[list(t)].sum(0)))
    return out


def typical_wrong(src_emb: NDArray[np.floating], tgt_emb: NDArray[np.floating]) -> float:
    """The median cosine of any source sentence with any target sentence (nearly all wrong)."""
    return wrong_pairs(src_emb, tgt_emb)[0]


def wrong_pairs(
    src_emb: NDArray[np.floating],
    tgt_emb: NDArray[np.floating],
    paired: Sequence[tuple[range, range]] = (),
) -> tuple[float, float]:
    """The median and the spread of the cosines of any source sentence with any target
    sentence (nearly all wrong pairs): the spread is the median absolute deviation
    scaled to a normal's standard deviation (x 1.4826), which the document's few right
    pairs, in the tail, barely move.

    The cells of ``paired`` (beads as source and target sentence ranges) are left out, as
    the QA check leaves each pair's own cell out (`quality.translates`): in a long
    document they are a few cells among many, but in a three-line notice a third of the
    cells; read as wrong pairs they widened the spread until right pairs fell under the
    least width and a perfect pair scored 0.52 (newcomer38). With every cell paired (one
    sentence against one), all of them are read.
    """
    src, tgt = _unit(src_emb), _unit(tgt_emb)
    stride = max(1, -(-len(src) * len(tgt) // _CELLS))
    cells = src[::stride] @ tgt.T
    keep = np.ones(cells.shape, dtype=bool)
    for s, t in paired:
        rows = [r // stride for r in s if r % stride == 0]
        if rows and len(t):
            keep[np.ix_(rows, list(t))] = False
    return median_and_spread(cells[keep] if keep.any() else cells)


def median_and_spread(cells: NDArray[np.floating]) -> tuple[float, float]:
    """The median of ``cells`` (cosines, any shape) and their spread: the median absolute
    deviation x 1.4826, a normal's standard deviation."""
    median = float(np.median(cells))
    return median, 1.4826 * float(np.median(np.abs(cells - median)))


def least_width(spread: float, spreads: float) -> float:
    """The least width of a document's scale (`shortfall`): ``spreads`` times the
    spread of its wrong pairs' cosines (`wrong_pairs`).

    The scale's right end is the median of the path's pairs, which the search chose:
    when the two texts do not translate each other at all, every pair of the path is
    only the best of chance, a little above the wrong pairs, and on that scale a pair
    no better than chance read as typical (newcomer33: unrelated German and English
    paired at 0.998). Right pairs of a language the encoder reads stand 3 to 9 spreads
    above the wrong pairs, the best of chance 1 to 3 (bench/results/align_unrelated.md);
    0 leaves the scale as the path reads it.
    """
    return spreads * spread


def shortfall(
    cosines: FloatArray, wrong: float, right: float | None = None, least: float = 0.0
) -> FloatArray:
    """Per bead, how far its cosine falls short of the document's typical pair bead.

    On the document's scale (0 at ``wrong``, the typical wrong pair; 1 at the
    median cosine of the pair beads), 1 less the bead's place, clipped to [0, 2];
    0 for a null bead (NaN cosine) and when the document has no pair bead or, with no
    ``least`` width, its pairs are no better than its wrong pairs (no scale to read).
    ``right``, when given, is the typical pair's cosine (that of another path's pair
    beads).
    ``least`` is the scale's least width, in cosine: when the pairs stand nearer
    the wrong pairs than that, the scale is that wide, and the pairs fall short of it
    (see `least_width`).
    """
    pairs = ~np.isnan(cosines)
    out = np.zeros(len(cosines))
    if not pairs.any():
        return out
    right = float(np.median(cosines[pairs])) if right is None else right
    width = max(right - wrong, least)
    if width <= 1e-6:
        return out
    place = (cosines[pairs] - wrong) / width
    out[pairs] = np.clip(1.0 - place, 0.0, 2.0)
    return out


def pair_shortfall(
    spans: Sequence[tuple[range, range]],
    src_emb: NDArray[np.floating] | None,
    tgt_emb: NDArray[np.floating] | None,
    spreads: float = 0.0,
) -> FloatArray:
    """`shortfall` of each bead of a path, given as its source and target sentence ranges,
    on a scale at least ``spreads`` wide (`least_width`); zeros without embeddings (no
    encoder)."""
    if src_emb is None or tgt_emb is None or not len(src_emb) or not len(tgt_emb):
        return np.zeros(len(spans))
    wrong, spread = wrong_pairs(src_emb, tgt_emb, spans)
    cosines = bead_cosines(spans, src_emb, tgt_emb)
    return shortfall(cosines, wrong, least=least_width(spread, spreads))


def translates(
    spans: Sequence[tuple[range, range]],
    src_emb: NDArray[np.floating] | None,
    tgt_emb: NDArray[np.floating] | None,
    weights: Sequence[float],
    spreads: float = 0.0,
) -> FloatArray:
    """Per bead, the probability that a pair's sentences translate each other from their
    own cosine alone: a logistic over its `pair_shortfall` (``weights``: intercept,
    slope; ``spreads``: `least_width`), fitted on the development sets' right pair
    beads against pairs of their documents' unrelated sentences
    (`bench/align_calibrate.py`); 1 for a null bead and without embeddings."""
    short = pair_shortfall(spans, src_emb, tgt_emb, spreads)
    pairs = np.array([bool(len(s) and len(t)) for s, t in spans], dtype=bool)
    odds = 1.0 / (1.0 + np.exp(-(weights[0] + weights[1] * short)))
    usable = pairs & (src_emb is not None) & (tgt_emb is not None)
    return np.asarray(np.where(usable, odds, 1.0), dtype=np.float64)
