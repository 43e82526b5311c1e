"""Apertium drafts with people's names passed through (`apertium_names`) against without.

Run: .venv/bin/python bench/mt_names.py

The French of every 1:1 gold pair in bench/data/pairs (``mt_estimate.gold_pairs``)
translated fr→en as the workbench does (``fr-es`` then ``spa-eng``) and fr→es
(``fr-es``), once with ``keep_names`` off and once on. Reported: corpus chrF and BLEU
of the English drafts against the human English (sacrebleu's defaults; there is no
Spanish reference), and for both directions how many of the people's names found in
the French (`protected_spans`, with fr-es's analyser, first names included) the drafts
write differently, out of how many. Writes bench/results/mt_names.md and prints it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("OMP_NUM_THREADS", "1")

import sacrebleu  # noqa: E402
from mt_estimate import gold_pairs  # noqa: E402

from workbench.translate import apertium_names  # noqa: E402
from workbench.translate.apertium import ApertiumTranslator, list_modes  # noqa: E402
from workbench.translate.base import PivotTranslator, Translator  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "mt_names.md"


def drafts(translator: Translator, lines: list[str]) -> list[str]:
    try:
        return [t.text for t in translator.translate_batch(lines)]
    finally:
        for engine in (getattr(translator, "first", None), getattr(translator, "second", None)):
            if isinstance(engine, ApertiumTranslator):
                engine.close()
        if isinstance(translator, ApertiumTranslator):
            translator.close()


def changed(names: list[list[str]], outputs: list[str]) -> int:
    return sum(name not in out for found, out in zip(names, outputs, strict=True) for name in found)


def main() -> None:
    pairs = gold_pairs()
    french = [fr for fr, _ in pairs]
    english = [en for _, en in pairs]
    modes = {mode.name: mode for mode in list_modes()}
    probe = ApertiumTranslator(modes["fr-es"])
    known = probe.name_readings(french)
    # whole names: every word read as one Apertium could change, so all go in the span
    ours = (apertium_names.NAME, apertium_names.AMBIGUOUS)
    whole = {
        word: apertium_names.AMBIGUOUS if said in ours else apertium_names.COMMON
        for word, said in known.items()
    }
    names = [
        [text[a:b] for a, b in apertium_names.protected_spans(text, lambda w: whole.get(w, ""))]
        for text in french
    ]
    total = sum(map(len, names))
    rows = []
    for keep in (False, True):
        fr_es = drafts(ApertiumTranslator(modes["fr-es"], keep_names=keep), french)
        pivot = PivotTranslator(
            ApertiumTranslator(modes["fr-es"], keep_names=keep),
            ApertiumTranslator(modes["spa-eng"], keep_names=keep),
        )
        fr_en = drafts(pivot, french)
        chrf = sacrebleu.corpus_chrf(fr_en, [english]).score
        bleu = sacrebleu.corpus_bleu(fr_en, [english]).score
        rows.append(
            f"| {'on' if keep else 'off'} | {chrf:.2f} | {bleu:.2f} | "
            f"{changed(names, fr_en)} / {total} | {changed(names, fr_es)} / {total} |"
        )
    report = "\n".join([
        f"# Apertium drafts keeping people's names ({len(pairs)} gold pairs, "
        f"{sum(1 for n in names if n)} with a name)",
        "",
        "Command: `.venv/bin/python bench/mt_names.py`",
        "",
        "| keep_names | chrF fr→en | BLEU fr→en | names changed fr→en | names changed fr→es |",
        "|---|---|---|---|---|",
        *rows,
    ])  # fmt: skip
    RESULTS.write_text(report + "\n", encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main()
