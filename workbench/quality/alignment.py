"""Alignment scoring: strict and lax precision, recall and F1 of beads, as vecalign's `score.py`.

The field (Bleualign, Vecalign, Bertalign on Text+Berg) scores with vecalign's
``score.py`` (after Sennrich & Volk's strict/lax measures), and so do we, count
for count:

- gold and system beads are sets (a repeated bead counts once);
- **precision** is over *every* system bead, insertions and deletions
  included: a system null bead is a hit only if the gold has the same null
  bead, so a sentence wrongly left out costs precision;
- **recall** is over the gold beads with both sides non-empty, matched against
  the system beads with both sides non-empty;
- a bead is a **strict** hit if the identical bead is on the other side, a
  **lax** hit if it shares at least one link (a source id and a target id the
  other side aligns together); a null bead has no link, so it is a lax hit only
  when it is a strict one;
- over several documents the hit counts are summed before dividing
  (micro-average), and a ratio with nothing to count is 0.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from workbench.model import Bead, InputError

Pair = tuple[tuple[int, ...], tuple[int, ...]]


@dataclass(frozen=True)
class AlignmentScore:
    """Strict and lax precision, recall and F1 of a system alignment against a gold one."""

    strict_precision: float
    strict_recall: float
    strict_f1: float
    lax_precision: float
    lax_recall: float
    lax_f1: float
    gold_beads: int  # recall's denominator: distinct gold beads with both sides non-empty
    system_beads: int  # precision's denominator: distinct system beads, nulls included

    @property
    def signature(self) -> str:
        """How the score was computed, in the spirit of sacrebleu's signatures."""
        return (
            "align|beads:sets|p:system-beads-incl-nulls|r:gold-beads-excl-nulls"
            "|lax:shared-link|docs:micro|as:vecalign-score.py|version:2"
        )

    def as_dict(self) -> dict[str, float | int | str]:
        return {
            "strict_precision": self.strict_precision,
            "strict_recall": self.strict_recall,
            "strict_f1": self.strict_f1,
            "lax_precision": self.lax_precision,
            "lax_recall": self.lax_recall,
            "lax_f1": self.lax_f1,
            "gold_beads": self.gold_beads,
            "system_beads": self.system_beads,
            "signature": self.signature,
        }


@dataclass(frozen=True)
class _Counts:
    """Strict and lax hits among ``total`` beads (vecalign's tp/fp counters)."""

    strict: int = 0
    lax: int = 0
    total: int = 0

    def __add__(self, other: _Counts) -> _Counts:
        return _Counts(self.strict + other.strict, self.lax + other.lax, self.total + other.total)


def _ratio(hits: int, total: int) -> float:
    return hits / total if total else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r > 0 else 0.0


def _hits(reference: set[Pair], candidates: set[Pair]) -> _Counts:
    """How many ``candidates`` are in ``reference`` (strict) or share a link with it (lax)."""
    links = {(s, t) for src, tgt in reference for s in src for t in tgt}
    strict = lax = 0
    for src, tgt in candidates:
        if (src, tgt) in reference:
            strict += 1
            lax += 1
        elif any((s, t) in links for s in src for t in tgt):
            lax += 1
    return _Counts(strict, lax, len(candidates))


def _counts(gold: Iterable[Bead], system: Iterable[Bead]) -> tuple[_Counts, _Counts]:
    g = {(b.src, b.tgt) for b in gold if b.src or b.tgt}
    s = {(b.src, b.tgt) for b in system if b.src or b.tgt}
    precision = _hits(g, s)
    recall = _hits({p for p in s if p[0] and p[1]}, {p for p in g if p[0] and p[1]})
    return precision, recall


def score_alignments(documents: Iterable[tuple[Sequence[Bead], Sequence[Bead]]]) -> AlignmentScore:
    """Strict and lax P/R/F1 over several ``(gold, system)`` documents, micro-averaged.

    Raises `InputError` when no document is given.
    """
    precision, recall, seen = _Counts(), _Counts(), 0
    for gold, system in documents:
        p, r = _counts(gold, system)
        precision, recall, seen = precision + p, recall + r, seen + 1
    if not seen:
        raise InputError("no documents to score: give at least one (gold, system) pair")
    sp, sr = _ratio(precision.strict, precision.total), _ratio(recall.strict, recall.total)
    lp, lr = _ratio(precision.lax, precision.total), _ratio(recall.lax, recall.total)
    return AlignmentScore(
        sp, sr, _f1(sp, sr), lp, lr, _f1(lp, lr), gold_beads=recall.total,
        system_beads=precision.total,
    )  # fmt: skip


def score_alignment(gold: Sequence[Bead], system: Sequence[Bead]) -> AlignmentScore:
    """Strict and lax P/R/F1 of one document, exactly as vecalign's ``score.py`` computes them."""
    return score_alignments([(gold, system)])
