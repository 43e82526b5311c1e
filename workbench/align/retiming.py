"""The second, timed search of two subtitle files: the clock fitted on a first search's sure
pairs (and a reviewer's pairs beside a stretch, `Beside`), then the search again with the
time evidence, its pairs doubted by their words (`timing`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import numpy as np
from numpy.typing import NDArray

from workbench.align.features import FloatArray, IntArray
from workbench.align.search import Step
from workbench.align.timing import (
    ANCHOR_CONFIDENCE,
    DERIVED_SLACK,
    INLIER_SECONDS,
    Floats32,
    Timing,
    doubt_words,
    fit_clock,
    is_derived,
    parse_timecode,
    spans_of,
)


@dataclass(frozen=True)
class Beside:
    """Pairs known to be right beside the cues being aligned (a reviewer's beads around a
    stretch aligned again alone): each pair's source and target timecode, and where its
    cues stand counted from the stretch's first cue on each side (negative before it).

    The clock is the whole document's: a stretch of three cues rarely has the three sure
    one-to-one beads `fit_clock` needs, and aligned untimed, right pairs between reviewed
    beads fell from 0.996 to 0.586 (newcomer37)."""

    src: tuple[str, ...] = ()
    tgt: tuple[str, ...] = ()
    src_at: tuple[int, ...] = ()
    tgt_at: tuple[int, ...] = ()
    # the cues just before and just after the stretch on each side (up to `RIVALS` each):
    # a bead's words are weighed against them as well (`word_margin`), as in the whole
    # document; left out, a slip beside a reviewed bead was sure (0.00 -> 0.63)
    src_around: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    tgt_around: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())


def retimed(
    steps: Sequence[Step],
    timecodes: tuple[Sequence[str | None], Sequence[str | None]],
    again: Callable[[Timing], list[Step]],
    src_emb: Floats32 | None,
    tgt_emb: Floats32 | None,
    beside: Beside = Beside(),
) -> list[Step]:
    """The beads of a second search (``again``) with the time evidence of both sides'
    ``timecodes``, its pairs' confidence lowered by the odds their words give against
    them (`doubt_words`, with embeddings; ``src_emb`` and ``tgt_emb`` hold those of the
    cues around ``beside`` gives, before and after the texts'); ``steps`` (the untimed
    search's) when a side is not wholly timed or no clock fits their confident one-to-one
    beads and the pairs known ``beside`` them (sure, whatever their score)."""
    src, tgt = spans_of(timecodes[0]), spans_of(timecodes[1])
    if src is None or tgt is None:
        return list(steps)
    # sure that the cues go together (`Step.paired`), whatever the doubt on its bounds
    ones = [(s.i - 1, s.j - 1, max(s.confidence, s.paired)) for s in steps if s.shape == (1, 1)]
    timing = timing_from(ones, src, tgt, beside)
    if timing is None:
        return list(steps)
    slack = [DERIVED_SLACK if is_derived(side) else 0.0 for side in timecodes]
    timing = replace(timing, slack=(slack[0], slack[1]))
    timed = again(timing)
    if src_emb is None or tgt_emb is None:
        return timed
    at = (len(beside.src_around[0]), len(beside.tgt_around[0]))
    return doubt_words(timed, src_emb, tgt_emb, at)


def timing_from(
    anchors: Sequence[tuple[int, int, float]],
    src: FloatArray,
    tgt: FloatArray,
    beside: Beside = Beside(),
) -> Timing | None:
    """The timing of two timed sides from a first search's one-to-one beads ``(source
    cue, target cue, confidence)`` and the pairs known ``beside`` them; None when no
    clock fits them."""
    sure = [(i, j) for i, j, p in anchors if p >= ANCHOR_CONFIDENCE]
    known = [
        (i, j, a, b)
        for i, j, a, b in zip(
            beside.src_at, beside.tgt_at, _spans(beside.src), _spans(beside.tgt), strict=True
        )
        if a is not None and b is not None
    ]
    if not sure and not known:
        return None
    starts = np.array(
        [(src[i, 0], tgt[j, 0]) for i, j in sure] + [(a[0], b[0]) for _, _, a, b in known],
        dtype=np.float64,
    )
    clock = fit_clock(starts[:, 0], starts[:, 1])
    if clock is None:
        return None
    mapped = clock.speed * tgt + clock.offset
    agrees = np.abs(starts[:, 0] - (clock.speed * starts[:, 1] + clock.offset)) < INLIER_SECONDS
    si = np.array([i for i, _ in sure] + [i for i, _, _, _ in known], dtype=np.int64)
    tj = np.array([j for _, j in sure] + [j for _, j, _, _ in known], dtype=np.int64)
    return Timing(
        src,
        mapped,
        src_held=_held(len(src), si, agrees),
        tgt_held=_held(len(tgt), tj, agrees),
    )


def _spans(timecodes: Sequence[str]) -> list[tuple[float, float] | None]:
    return [parse_timecode(t) for t in timecodes]


def _held(count: int, anchors: IntArray, agrees: NDArray[np.bool_]) -> NDArray[np.bool_]:
    """Which of ``count`` cues have a nearest anchor (by position; ``anchors`` in any order,
    some maybe outside the cues: a pair `Beside` them) that agrees with the clock: where
    a file's clock changes (an ad break, a cut scene) the anchors beyond stop agreeing,
    and time is no evidence there."""
    order = np.argsort(anchors, kind="stable")
    anchors, agrees = anchors[order], agrees[order]
    cues = np.arange(count)
    after = np.clip(np.searchsorted(anchors, cues), 0, len(anchors) - 1)
    before = np.clip(after - 1, 0, len(anchors) - 1)
    nearer = np.where(
        np.abs(anchors[before] - cues) <= np.abs(anchors[after] - cues), before, after
    )
    return np.asarray(agrees[nearer], dtype=np.bool_)
