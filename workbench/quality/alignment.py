"""Alignment scoring: strict and lax precision, recall and F1 of beads.

Scoring follows the field (Bleualign, Vecalign, Bertalign on Text+Berg): gold
and system beads are sets; insertions and deletions are left out on both sides;
precision is over the system's beads, recall over the gold's. A bead is a
strict hit if the identical bead is in the gold, a lax hit if it shares at
least one link (a source id and a target id) with the gold.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from workbench.model import Bead


@dataclass(frozen=True)
class AlignmentScore:
    """Strict and lax precision, recall and F1 of a system alignment against a gold one."""

    strict_precision: float
    strict_recall: float
    strict_f1: float
    lax_precision: float
    lax_recall: float
    lax_f1: float
    gold_beads: int  # without insertions and deletions
    system_beads: int

    @property
    def signature(self) -> str:
        return "align|beads:sets|nulls:excluded|lax:shared-link|version:1"

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


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r > 0 else 0.0


def _links(beads: Iterable[tuple[tuple[int, ...], tuple[int, ...]]]) -> set[tuple[int, int]]:
    return {(s, t) for src, tgt in beads for s in src for t in tgt}


def score_alignment(gold: Sequence[Bead], system: Sequence[Bead]) -> AlignmentScore:
    """Strict and lax P/R/F1 as the Text+Berg benchmark computes them."""
    g = {(b.src, b.tgt) for b in gold if b.src and b.tgt}
    s = {(b.src, b.tgt) for b in system if b.src and b.tgt}
    strict_hits = len(g & s)
    gold_links, sys_links = _links(g), _links(s)
    lax_sys = sum(1 for bead in s if _links([bead]) & gold_links)
    lax_gold = sum(1 for bead in g if _links([bead]) & sys_links)
    sp = strict_hits / len(s) if s else 0.0
    sr = strict_hits / len(g) if g else 0.0
    lp = lax_sys / len(s) if s else 0.0
    lr = lax_gold / len(g) if g else 0.0
    return AlignmentScore(sp, sr, _f1(sp, sr), lp, lr, _f1(lp, lr), len(g), len(s))
