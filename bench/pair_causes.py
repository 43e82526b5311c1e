"""Why a pair of scraped pages loses F1: each wrong system bead and each missed gold bead, by cause.

Used by `bench/real_pages.py --why`. A cause is decided from the stored
segments (kind, language) and the gold, in this order, one cause a bead:

- ``debris alone``: a system bead of sentences the gold does not hold (the
  recogniser kept them; a precision loss only);
- ``debris glued``: a bead joining such a sentence to a gold one, or a gold
  bead whose sentences went into such a bead;
- ``content dropped``: a gold sentence ingestion classed as boilerplate;
- ``language``: a gold sentence stored in another language than its page's,
  so it never reached the aligner;
- ``split``: a gold sentence that is no stored sentence (the splitter cut it
  elsewhere), or a system sentence that is part of a gold one;
- ``aligner: many-to-one split``: a gold 1–2/2–1 (or larger) bead found in
  pieces (a 1–1 plus a null, say);
- ``aligner: null absorbed``: a gold null bead's sentence joined to a pair;
- ``aligner: nulls paired``: sentences the gold leaves alone on both sides
  (a French addition, an English sentence the translator dropped) paired;
- ``aligner: pairing``: anything else the aligner drew wrong.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

TextBead = tuple[tuple[str, ...], tuple[str, ...]]

CAUSES = (
    "debris alone",
    "debris glued",
    "content dropped",
    "language",
    "split",
    "aligner: many-to-one split",
    "aligner: null absorbed",
    "aligner: nulls paired",
    "aligner: pairing",
)


@dataclass(frozen=True)
class Stored:
    """How ingestion stored one sentence text: its kind and language, and its page's language."""

    kind: str
    lang: str
    page_lang: str


@dataclass(frozen=True)
class Causes:
    """Per cause, the wrong system beads (precision) and the missed gold pair beads (recall)."""

    wrong: Counter[str]
    missed: Counter[str]


def _sentences(bead: TextBead) -> tuple[str, ...]:
    return (*bead[0], *bead[1])


def _part_of_gold(text: str, gold_sentences: set[str]) -> bool:
    return any(text in g or g in text for g in gold_sentences if g != text)


def wrong_cause(bead: TextBead, gold: Sequence[TextBead]) -> str:
    """The cause of a system bead that is not a gold bead."""
    real = {s for b in gold for s in _sentences(b)}
    texts = _sentences(bead)
    unknown = [s for s in texts if s not in real]
    if unknown and any(_part_of_gold(s, real) for s in unknown):
        return "split"
    if unknown:
        return "debris alone" if len(unknown) == len(texts) else "debris glued"
    owners = {g for g in gold if set(_sentences(g)) & set(texts)}
    if all(not (g[0] and g[1]) for g in owners):
        return "aligner: nulls paired"
    if len(owners) == 1 and len(_sentences(next(iter(owners)))) > 2:
        return "aligner: many-to-one split"
    if any(not (g[0] and g[1]) for g in owners) and any(g[0] and g[1] for g in owners):
        return "aligner: null absorbed"
    return "aligner: pairing"


def missed_cause(
    bead: TextBead,
    system: Sequence[TextBead],
    gold: Sequence[TextBead],
    stored: Mapping[str, Stored],
) -> str:
    """The cause of a gold bead with both sides that no system bead matches."""
    texts = _sentences(bead)
    for s in texts:
        where = stored.get(s)
        if where is None:
            return "split"
        if where.kind == "boilerplate":
            return "content dropped"
        if where.lang != where.page_lang:
            return "language"
    holders = [b for b in system if set(_sentences(b)) & set(texts)]
    causes = [wrong_cause(b, gold) for b in holders]
    for cause in ("debris glued", "split"):
        if cause in causes:
            return cause
    if len(texts) > 2 and all(set(_sentences(b)) <= set(texts) for b in holders):
        return "aligner: many-to-one split"
    if "aligner: null absorbed" in causes:
        return "aligner: null absorbed"
    return "aligner: pairing"


def causes_of(
    system: Sequence[TextBead], gold: Sequence[TextBead], stored: Mapping[str, Stored]
) -> Causes:
    """Every wrong system bead and every missed gold pair bead of one pair, by cause."""
    gold_set, system_set = set(gold), set(system)
    wrong = Counter(wrong_cause(b, gold) for b in system if b not in gold_set)
    missed = Counter(
        missed_cause(b, system, gold, stored) for b in gold if b[0] and b[1] and b not in system_set
    )
    return Causes(wrong, missed)


def causes_table(named: Sequence[tuple[str, Causes]]) -> str:
    """A markdown table: a row per pair with losses, then the totals; cells ``wrong/missed``."""
    short = [c.removeprefix("aligner: ") for c in CAUSES]
    lines = [
        "| pair | " + " | ".join(short) + " |",
        "|---|" + "---:|" * len(CAUSES),
    ]
    total_wrong: Counter[str] = Counter()
    total_missed: Counter[str] = Counter()
    for name, c in named:
        total_wrong.update(c.wrong)
        total_missed.update(c.missed)
        if c.wrong or c.missed:
            cells = [_cell(c.wrong[k], c.missed[k]) for k in CAUSES]
            lines.append(f"| {name} | " + " | ".join(cells) + " |")
    cells = [f"**{_cell(total_wrong[k], total_missed[k]) or '0'}**" for k in CAUSES]
    lines.append(f"| **all {len(named)}** | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def debris_lines(
    system: Sequence[TextBead], gold: Sequence[TextBead], stored: Mapping[str, Stored]
) -> list[str]:
    """Each sentence outside the gold that reached a bead, as ``side kind: text``."""
    real = {s for b in gold for s in _sentences(b)}
    out = []
    for fr, en in system:
        for side, texts in (("fr", fr), ("en", en)):
            for s in texts:
                if s not in real:
                    kind = stored[s].kind if s in stored else "?"
                    alone = "alone" if not any(t in real for t in (*fr, *en)) else "GLUED"
                    out.append(f"{side} {kind} ({alone}): {s}")
    return out


def _cell(wrong: int, missed: int) -> str:
    return f"{wrong}/{missed}" if wrong or missed else ""
