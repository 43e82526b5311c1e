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
    src, tgt = _unit(src_emb), _unit(tgt_emb)
    stride = max(1, -(-len(src) * len(tgt) // _CELLS))
    return float(np.median(src[::stride] @ tgt.T))


def shortfall(cosines: FloatArray, wrong: float, right: float | None = None) -> FloatArray:
    """Per bead, how far its cosine falls short of the document's typical pair bead.

    On the document's scale (0 at ``wrong``, the typical wrong pair; 1 at the
    median cosine of the pair beads), 1 less the bead's place, clipped to [0, 2];
    0 for a null bead (NaN cosine) and when the document has no pair bead or its
    pairs are no better than its wrong pairs (no scale to read). ``right``, when
    given, is the typical pair's cosine (that of another path's pair beads).
    """
    pairs = ~np.isnan(cosines)
    out = np.zeros(len(cosines))
    if not pairs.any():
        return out
    right = float(np.median(cosines[pairs])) if right is None else right
    if right - wrong <= 1e-6:
        return out
    place = (cosines[pairs] - wrong) / (right - wrong)
    out[pairs] = np.clip(1.0 - place, 0.0, 2.0)
    return out


def pair_shortfall(
    spans: Sequence[tuple[range, range]],
    src_emb: NDArray[np.floating] | None,
    tgt_emb: NDArray[np.floating] | None,
) -> FloatArray:
    """`shortfall` of each bead of a path, given as its source and target sentence ranges;
    zeros without embeddings (no encoder)."""
    if src_emb is None or tgt_emb is None or not len(src_emb) or not len(tgt_emb):
        return np.zeros(len(spans))
    return shortfall(bead_cosines(spans, src_emb, tgt_emb), typical_wrong(src_emb, tgt_emb))


def translates(
    spans: Sequence[tuple[range, range]],
    src_emb: NDArray[np.floating] | None,
    tgt_emb: NDArray[np.floating] | None,
    weights: Sequence[float],
) -> FloatArray:
    """Per bead, the probability that a pair's sentences translate each other from their
    own cosine alone: a logistic over its `pair_shortfall` (``weights``: intercept,
    slope), fitted on the development sets' right pair beads against pairs of their
    documents' unrelated sentences (`bench/align_calibrate.py`); 1 for a null bead
    and without embeddings."""
    short = pair_shortfall(spans, src_emb, tgt_emb)
    pairs = np.array([bool(len(s) and len(t)) for s, t in spans], dtype=bool)
    odds = 1.0 / (1.0 + np.exp(-(weights[0] + weights[1] * short)))
    usable = pairs & (src_emb is not None) & (tgt_emb is not None)
    return np.asarray(np.where(usable, odds, 1.0), dtype=np.float64)
