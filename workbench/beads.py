"""The bead text form (``[6, 7]:[9]:0.873``) and alignment scoring.

Scoring follows the field (Bleualign, Vecalign, Bertalign on Text+Berg): gold
and system beads are sets; insertions and deletions are left out on both sides;
precision is over the system's beads, recall over the gold's. A bead is a
strict hit if the identical bead is in the gold, a lax hit if it shares at
least one link (a source id and a target id) with the gold.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from workbench.model import Bead, InputError, ParseError

_BEAD = re.compile(r"^\[([\d,\s]*)\]:\[([\d,\s]*)\](?::\s*(-?[\d.eE+-]+))?$")


def _ids(text: str, line_no: int) -> tuple[int, ...]:
    text = text.strip()
    if not text:
        return ()
    try:
        return tuple(int(part) for part in text.split(","))
    except ValueError as exc:
        raise ParseError(f"line {line_no}: bad sentence id list [{text}]", exc) from exc


def parse_bead(line: str, line_no: int = 1) -> Bead:
    """Parse one bead, ``[src ids]:[tgt ids]`` with an optional ``:score``."""
    match = _BEAD.match(line.strip())
    if match is None:
        raise ParseError(
            f"line {line_no}: {line.strip()[:60]!r} is not a bead; expected e.g. [6, 7]:[9]:0.873"
        )
    try:
        score = float(match.group(3)) if match.group(3) else 0.0
    except ValueError as exc:
        raise ParseError(f"line {line_no}: bad score {match.group(3)!r}", exc) from exc
    return Bead(_ids(match.group(1), line_no), _ids(match.group(2), line_no), score)


def parse_beads(text: str) -> list[Bead]:
    """Parse a beads file: one bead a line; blank lines are ignored."""
    return [parse_bead(line, k) for k, line in enumerate(text.splitlines(), 1) if line.strip()]


def format_beads(beads: Iterable[Bead], *, scores: bool = True) -> str:
    """One bead a line, the text form that Vecalign and the gold files use."""
    lines = [str(b) if scores else str(b).rsplit(":", 1)[0] for b in beads]
    return "".join(line + "\n" for line in lines)


def validate(beads: Sequence[Bead], n_src: int | None = None, n_tgt: int | None = None) -> None:
    """Check that beads are in order and cover each sentence exactly once.

    With ``n_src``/``n_tgt`` given, also check that nothing is missing at the end.
    """
    expected = [0, 0]
    for k, bead in enumerate(beads, 1):
        if not bead.src and not bead.tgt:
            raise InputError(f"bead {k} ({bead}) is empty: every bead needs a sentence")
        for side, ids in enumerate((bead.src, bead.tgt)):
            for sid in ids:
                if sid != expected[side]:
                    name = ("source", "target")[side]
                    raise InputError(
                        f"bead {k} ({bead}): {name} sentence {sid} where {expected[side]} "
                        "was expected; beads must be in order and cover each sentence once"
                    )
                expected[side] += 1
    for side, size in enumerate((n_src, n_tgt)):
        if size is not None and expected[side] != size:
            name = ("source", "target")[side]
            raise InputError(
                f"the beads cover {expected[side]} {name} sentences but the text has {size}"
            )


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
