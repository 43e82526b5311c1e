"""Subtitle cues' timecodes as alignment evidence (pure: no I/O).

Two timed documents (a film's subtitles in two languages) say where each cue is
spoken: a cue and its translation overlap in time. Their clocks differ, though:
another cut's leader shifts one file by a constant offset, and a file timed on a
25 fps PAL master runs 25/23.976 fast against one timed on the film's 23.976 fps
master. As Tiedemann aligns the OpenSubtitles corpus (time-overlap alignment with
speed and offset corrected from anchor pairs), the target clock is mapped onto the
source's by a line ``source = speed × target + offset`` fitted on the confident
one-to-one beads of a first, untimed search (robustly: the line most anchors agree
on within `INLIER_SECONDS`, then least squares on those), and the second search
adds to each pair bead the share of its time span the two sides do not share
(1 - intersection / union of the bead's source and mapped target spans), weighted
by `TIME_WEIGHT`. A cue with no counterpart in time (untranslated lyrics, a line
the translator dropped) then stays out rather than joining its neighbour's bead.

When a side has a cue without a timecode, or no line fits the anchors, the
alignment is the untimed one: nothing changes for text without timecodes.

A timed transcript's spans are derived, not timed (`turn_times`: a turn's stamp, in whole
seconds, shared out among its sentences by length; marked `DERIVED` after the end time, as
WebVTT writes a cue's settings): on newcomer24's glacier transcript they are off the
French cues' times by 0.62 s at the start and 0.68 s at the end (median; 90th percentile
1.3 s and 3.0 s), where two subtitle files' cues differ by a few frames. So a derived
span's edges are held loosely (`DERIVED_SLACK`, `Timing.reach`): it agrees with a cue it
could reach with its edges moved out, and a cue is heard under it only within its core.
Read as strictly as a cue's, a sound cue inside a turn's span ("[CRAQUEMENT DE LA GLACE]"
under "They slow the melting…") was charged for being left out, and a right pair fell
from 0.750 to 0.449.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np
from numpy.typing import NDArray

from workbench.align.config import Shape
from workbench.align.costs import Band
from workbench.align.features import FloatArray, IntArray
from workbench.align.search import Step

Costs32 = NDArray[np.float32]
Floats32 = NDArray[np.float32]

# How much a pair bead's unshared time costs, on the scale of the dense search's bead
# costs (a bead's evidence is a mean in [0, 1], times its size, plus its shape's penalty).
TIME_WEIGHT = 0.25
ANCHOR_CONFIDENCE = 0.9  # one-to-one beads of the untimed search sure enough to fit on
INLIER_SECONDS = 1.0  # an anchor's start agrees with a clock within this
_TOLERANCE = 0.5  # seconds of a cue its counterpart may leave uncovered at no cost
_MIN_ANCHORS = 3
_SPEEDS = (0.8, 1.25)  # beyond the frame-rate ratios subtitles meet (25/23.976, 24/25…)
RIVALS = 3  # cues either side a bead's words are weighed against (`word_margin`)
# log odds of a right pair against a wrong one: a + b × `word_margin`, fitted by
# `bench/subtitles.py --fit-odds` (gold pairs against their neighbours' cues)
WORD_ODDS = (1.54, 15.80)
_MAX_ANCHORS = 200  # pairs of anchors tried: at most this many anchors, evenly spread
# A span derived from a transcript's turn times (`turn_times`) says so after its end time.
DERIVED = "derived"
# Seconds a derived span's edges may be off either way: a turn's stamp is written in whole
# seconds. Not fitted: 0.5 and 2 s do about as well (bench/results/derived_spans.md).
DERIVED_SLACK = 1.0

_STAMP = re.compile(r"(?:(\d+):)?(\d{1,2}):(\d{1,2})[,.:](\d{1,3})")


def parse_timecode(timecode: str) -> tuple[float, float] | None:
    """Start and end in seconds of ``"00:00:01,000 --> 00:00:03,500"`` (SubRip's or
    WebVTT's notation), or None when it is not one."""
    parts = timecode.split("-->")
    if len(parts) != 2:
        return None
    times = []
    for part in parts:
        found = _STAMP.fullmatch(part.strip().split(" ")[0])
        if found is None:
            return None
        h, m, s, ms = found.groups()
        times.append(int(h or 0) * 3600 + int(m) * 60 + int(s) + int(ms.ljust(3, "0")) / 1000)
    return times[0], max(times[0], times[1])


def is_derived(timecodes: Sequence[str | None]) -> bool:
    """Whether ``timecodes`` are spans derived from a transcript's turns (`DERIVED`)."""
    return bool(timecodes) and all(t is not None and t.endswith(DERIVED) for t in timecodes)


def spans_of(timecodes: Sequence[str | None]) -> FloatArray | None:
    """Each cue's (start, end) in seconds, shape (n, 2); None unless every cue is timed."""
    spans = [parse_timecode(t) if t else None for t in timecodes]
    if not spans or any(s is None for s in spans):
        return None
    return np.array(spans, dtype=np.float64)


@dataclass(frozen=True)
class Clock:
    """The target clock on the source's: ``source = speed × target + offset`` (seconds)."""

    speed: float
    offset: float
    anchors: int  # the anchors that agree with it


def fit_clock(src_times: FloatArray, tgt_times: FloatArray) -> Clock | None:
    """The line most anchor pairs agree on (start times, source against target).

    Every two anchors far enough apart propose a line (RANSAC over all pairs); the one
    with the most anchors within `INLIER_SECONDS` wins, and is fitted again by least
    squares on them. None with fewer than `_MIN_ANCHORS` agreeing, or a speed no frame
    rate gives.

    Fewer anchors than `_MIN_ANCHORS` tell no line, but they can confirm the two files'
    own clock (speed 1, offset 0: subtitles timed on one master, as most are): when every
    one of them starts within `INLIER_SECONDS` of its counterpart, that clock. A three-cue
    file has one sure pair or two; without it, its right 1–2 bead, the times of both
    sides the same to the millisecond, was scored from its words alone (0.644, newcomer37).
    """
    n = len(src_times)
    if n < _MIN_ANCHORS:
        shared = n > 0 and bool(np.all(np.abs(src_times - tgt_times) < INLIER_SECONDS))
        return Clock(1.0, 0.0, n) if shared else None
    keep = np.unique(np.linspace(0, n - 1, min(n, _MAX_ANCHORS)).round().astype(np.int64))
    s, t = src_times[keep], tgt_times[keep]
    a, b = np.triu_indices(len(s), k=1)
    far = np.abs(t[b] - t[a]) > 5.0
    a, b = a[far], b[far]
    speed = (s[b] - s[a]) / (t[b] - t[a])
    plausible = (speed >= _SPEEDS[0]) & (speed <= _SPEEDS[1])
    a, b, speed = a[plausible], b[plausible], speed[plausible]
    # a constant offset (speed 1) from each single anchor, for files too short to tell speed
    speed = np.concatenate([speed, np.ones(len(s))])
    offset = np.concatenate([s[a] - speed[: len(a)] * t[a], s - t])
    residual = np.abs(s[None, :] - (speed[:, None] * t[None, :] + offset[:, None]))
    agree = residual < INLIER_SECONDS
    best = int(np.argmax(agree.sum(axis=1)))
    inliers = agree[best]
    if inliers.sum() < max(_MIN_ANCHORS, 0.4 * len(s)):
        return None
    fitted_speed, fitted_offset = np.polyfit(t[inliers], s[inliers], 1)
    if not _SPEEDS[0] <= fitted_speed <= _SPEEDS[1]:
        return None
    return Clock(float(fitted_speed), float(fitted_offset), int(inliers.sum()))


@dataclass(frozen=True)
class Timing:
    """Both sides' cue spans on the source clock, shape (n, 2) and (m, 2), which cues
    the clock holds for (their nearest anchor agrees with it; all when None), and each
    side's slack: the seconds its spans' edges may be off beyond a cue's (`DERIVED_SLACK`
    for a transcript's derived spans, 0 for cues)."""

    src: FloatArray
    tgt: FloatArray
    weight: float = TIME_WEIGHT
    src_held: NDArray[np.bool_] | None = None
    tgt_held: NDArray[np.bool_] | None = None
    slack: tuple[float, float] = (0.0, 0.0)

    def reach(self, core: bool) -> tuple[FloatArray, FloatArray]:
        """Each side's spans as evidence about the other side's cues: a derived span's
        edges may be ``slack`` off either way, so it may agree with a cue as far as it
        could reach (``core`` False: widened) and surely covers only its core (``core``:
        narrowed, down to its middle). Cues' spans as they are."""
        return _loose(self.src, self.slack[0], core), _loose(self.tgt, self.slack[1], core)

    def missed(self, i: IntArray, j: IntArray, shape: Shape) -> FloatArray:
        """For beads ending at prefixes (i, j): over each cue of the bead, how short of
        `_need` the other side's cover of it falls (0 covered, 1 not at all). A cue that
        overlaps one of the other side's
        cues is covered by their whole span (a French cue over two English cues and the
        pause between them); one that overlaps none, only by the cues (a dropped line
        in the pause between two pairs)."""
        a, b = shape
        out = np.zeros(len(i), dtype=np.float64)
        # a cue and a derived span agree if the span's loose edges could make them
        src_reach, tgt_reach = self.reach(core=False)
        for mine, other, ends, width, ends_other, width_other in (
            (self.src, tgt_reach, i, a, j, b),
            (self.tgt, src_reach, j, b, i, a),
        ):
            lo, hi = other[ends_other - width_other, 0], other[ends_other - 1, 1]
            for k in range(1, width + 1):
                c0, c1 = mine[ends - k, 0], mine[ends - k, 1]
                by_cues = sum(
                    _shared(c0, c1, other[ends_other - q, 0], other[ends_other - q, 1])
                    for q in range(1, width_other + 1)
                )
                meets = by_cues >= np.minimum(_TOLERANCE, (c1 - c0) / 2)
                covered = np.where(meets, _shared(c0, c1, lo, hi), by_cues)
                out += np.clip(1.0 - covered / _need(c0, c1), 0.0, 1.0)
        return out

    def two_in_time(self, i: IntArray, j: IntArray, shape: Shape) -> NDArray[np.bool_]:
        """Which beads of two cues or more a side are two beads in time: cut somewhere
        on each side, neither part overlaps the other side's other part ("Une clé." /
        "A key." then "La clé de quoi ?" / "A key to what?", one bead by their words)."""
        a, b = shape
        out = np.zeros(len(i), dtype=np.bool_)
        # apart by more than a derived span's edges may be off
        margin = _TOLERANCE - sum(self.slack)
        for p in range(1, a):
            for q in range(1, b):
                s_end, s_next = self.src[i - a + p - 1, 1], self.src[i - a + p, 0]
                t_end, t_next = self.tgt[j - b + q - 1, 1], self.tgt[j - b + q, 0]
                out |= (s_end <= t_next + margin) & (t_end <= s_next + margin)
        return out

    def add_costs(self, band: Band, shapes: Sequence[Shape], cost: Costs32) -> None:
        """Add to each finite bead cost of ``cost`` (rows follow ``shapes``), weighted by
        `TIME_WEIGHT`: for a pair bead, its cues the other side does not cover
        (`missed`) and whether it is two beads in time (`two_in_time`), so a right bead
        of any shape costs about nothing more; for a null bead, how much of its cue the
        other side's cues cover (`heard`): a cue spoken with no counterpart (lyrics, a
        dropped line, a credit) is left out for nothing, one spoken under another cue
        is part of its bead."""
        rows, cols = band.cells()
        # a cue is heard under a derived span only within its sure core
        src_core, tgt_core = self.reach(core=True)
        heard = (_heard(self.src, tgt_core), _heard(self.tgt, src_core))
        for k, (a, b) in enumerate(shapes):
            cells = np.flatnonzero(np.isfinite(cost[k]) & (rows >= a) & (cols >= b))
            i, j = rows[cells], cols[cells]
            if a == 0 or b == 0:
                extra = heard[0][i - 1] if a else heard[1][j - 1]
            else:
                extra = self.missed(i, j, (a, b)) + self.two_in_time(i, j, (a, b))
            held = _all_held(self.src_held, i, a) & _all_held(self.tgt_held, j, b)
            cost[k, cells] += self.weight * np.where(held, extra, 0.0)


def _need(c0: FloatArray, c1: FloatArray) -> FloatArray:
    """The seconds of a cue that must be covered for it to count as covered: half of it,
    or all but `_TOLERANCE` (two subtitlers cut a line a few frames apart)."""
    return np.asarray(np.maximum(np.minimum((c1 - c0) / 2, c1 - c0 - _TOLERANCE), 0.05))


def _loose(spans: FloatArray, slack: float, core: bool) -> FloatArray:
    """``spans`` with ``slack`` seconds taken off each edge (``core``, down to their
    middle) or added to it."""
    if not slack:
        return spans
    if not core:
        return np.stack([spans[:, 0] - slack, spans[:, 1] + slack], 1)
    middle = spans.mean(axis=1)
    return np.stack(
        [np.minimum(spans[:, 0] + slack, middle), np.maximum(spans[:, 1] - slack, middle)], 1
    )


def _heard(mine: FloatArray, other: FloatArray) -> FloatArray:
    """How covered each cue of ``mine`` is by the cues of ``other`` (both in time order),
    in [0, 1] on `_need`'s scale."""
    if not len(mine) or not len(other):
        return np.zeros(len(mine))
    last = np.searchsorted(other[:, 0], mine[:, 1])  # the other's cues starting before
    window = np.clip(last[:, None] - np.arange(1, 9)[None, :], 0, len(other) - 1)
    near = window
    shared = np.maximum(
        0.0,
        np.minimum(mine[:, 1:2], other[near, 1]) - np.maximum(mine[:, 0:1], other[near, 0]),
    )
    # a window clipped at the first cue repeats it: count each of the other's cues once
    first = np.concatenate([np.ones((len(mine), 1), bool), near[:, 1:] != near[:, :-1]], 1)
    covered = (shared * first).sum(axis=1)
    return np.asarray(np.clip(covered / _need(mine[:, 0], mine[:, 1]), 0.0, 1.0))


def word_margin(
    src_emb: Floats32, tgt_emb: Floats32, src: Sequence[int], tgt: Sequence[int]
) -> float:
    """How much better the words of a bead's two sides match each other than either
    side matches the other side's cues around it (within `RIVALS` cues): the cosine
    of their summed embeddings less the best rival's. Below 0, the words point to
    another cue than the one the times pair them with."""
    s, t = _unit(src_emb[list(src)].sum(axis=0)), _unit(tgt_emb[list(tgt)].sum(axis=0))
    rivals = [
        float(t @ src_emb[k])
        for k in range(max(0, src[0] - RIVALS), min(len(src_emb), src[-1] + 1 + RIVALS))
        if k not in src
    ] + [
        float(s @ tgt_emb[k])
        for k in range(max(0, tgt[0] - RIVALS), min(len(tgt_emb), tgt[-1] + 1 + RIVALS))
        if k not in tgt
    ]
    return float(s @ t) - max(rivals, default=-1.0)


def doubt_words(
    steps: Sequence[Step], src_emb: Floats32, tgt_emb: Floats32, at: tuple[int, int] = (0, 0)
) -> list[Step]:
    """The timed search's beads, a pair bead's confidence (that its cues go together)
    times the probability that its words translate each other (`WORD_ODDS` on
    `word_margin`, even odds before the words are read).

    Time says which cues are spoken together, not that one translates the other: a
    subtitle file's slip (newcomer21's film repeats "Dear Anne…" where "I am sorry for
    what happened on the ferry." belongs) leaves a French line timed with an English
    cue that does not translate it, a pair the time evidence alone makes sure. ``at``:
    the rows of ``src_emb`` and ``tgt_emb`` before the steps' first cues (`retiming.Beside`).
    """
    out = []
    for s in steps:
        if 0 in s.shape:
            out.append(s)
            continue
        ids = (
            range(at[0] + s.i - s.shape[0], at[0] + s.i),
            range(at[1] + s.j - s.shape[1], at[1] + s.j),
        )
        odds = WORD_ODDS[0] + WORD_ODDS[1] * word_margin(src_emb, tgt_emb, *ids)
        translates = 1.0 / (1.0 + math.exp(-min(max(odds, -30.0), 30.0)))
        out.append(replace(s, confidence=s.confidence * translates))
    return out


def _unit(v: Floats32) -> Floats32:
    return np.asarray(v / max(float(np.linalg.norm(v)), 1e-9), dtype=np.float32)


def _shared(a0: FloatArray, a1: FloatArray, b0: FloatArray, b1: FloatArray) -> FloatArray:
    """Seconds two spans share."""
    return np.asarray(np.maximum(0.0, np.minimum(a1, b1) - np.maximum(a0, b0)), dtype=np.float64)


def _all_held(held: NDArray[np.bool_] | None, ends: IntArray, width: int) -> NDArray[np.bool_]:
    """Whether every cue of the runs of ``width`` ending at prefixes ``ends`` is held."""
    if held is None:
        return np.ones(len(ends), dtype=np.bool_)
    lost = np.concatenate([[0], np.cumsum(~held)])
    return np.asarray(lost[ends] - lost[ends - width] == 0, dtype=np.bool_)
