"""False flags of "left untranslated" on human translations, and catches on MT drafts, by rule.

Run: .venv/bin/python bench/mt_untranslated_human.py

Human pairs (French, counterpart), every bead of the gold alignments that has both
sides: bench/data/align_blind … align_blind5 and align_dev2 (written for the project,
spent blind sets, now development data), bench/data/pairs' gold pairs (fr–en), and the
photo captions of corpora/004 (fr–es). Only counterparts in a language with an
installed vocabulary (Apertium analysers or FreeDict headwords) can be checked.
The human texts leave nothing in French on purpose, so every flag on them is counted
as a false flag (the words are listed, to check that by eye).

Rules (`workbench.quality.untranslated.find_untranslated`):
- before: a word copied from the French, lowercase, 3+ letters, that the counterpart's
  language does not know (the rule for MT drafts by engines other than Apertium);
- session 12, for human translations: the same, and French knows it (or knows it
  without a final s/x): a word neither language knows is a name or loanword both sides
  keep;
- now (session 13), for human translations: the same, and the counterpart's language
  does not use it once per million words (wordfreq's small list, where wordfreq has
  the language): "queue", "rue", "lucrative" are English too; since session 22, nor
  a tenth as often as French uses it (wordfreq's Zipf, one unit below): "dockers",
  "tramway" are both languages' own.

Catches: Apertium fr→en drafts (through Spanish) of bench/data/pairs' French, checked
as Apertium drafts (any word English's analyser does not know; unchanged) and as
another engine's drafts (copied words; unchanged), and — to show what the human rule
would cost on MT — as if they were human translations.
Writes bench/results/mt_untranslated_human.md and prints it.
"""

from __future__ import annotations

import ast
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from mt_estimate import caption_pairs, gold_pairs  # noqa: E402
from mt_untranslated import apertium_drafts  # noqa: E402

from workbench.quality.untranslated import find_untranslated  # noqa: E402
from workbench.translate.vocabulary import (  # noqa: E402
    frequent_words,
    vocabulary_for,
)

RESULTS = ROOT / "bench" / "results" / "mt_untranslated_human.md"
SETS = ("align_blind", "align_blind2", "align_blind3", "align_blind4", "align_blind5", "align_dev2")


def aligned_pairs() -> dict[str, list[tuple[str, str]]]:
    """(French, counterpart) of every gold bead with both sides, by counterpart language."""
    found: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for name in SETS:
        for gold in sorted((ROOT / "bench" / "data" / name).glob("*.gold")):
            [other] = [
                p for p in gold.parent.glob(f"{gold.stem}.*") if p.suffix[1:] not in ("gold", "fr")
            ]
            fr = (gold.parent / f"{gold.stem}.fr").read_text(encoding="utf-8").splitlines()
            cp = other.read_text(encoding="utf-8").splitlines()
            for line in gold.read_text(encoding="utf-8").splitlines():
                left, right = (ast.literal_eval(side) for side in line.split(":"))
                if left and right:
                    pair = (" ".join(fr[i] for i in left), " ".join(cp[j] for j in right))
                    found[other.suffix[1:]].append(pair)
    found["en"] += [(fr.replace(" ¦ ", " "), en.replace(" ¦ ", " ")) for fr, en in gold_pairs()]
    found["es"] += caption_pairs()
    return found


def main() -> None:
    french = vocabulary_for("fr")
    assert french is not None, "needs the Debian package apertium-fr-es"
    lines = [
        '# "Left untranslated" on human translations and on MT drafts',
        "",
        "`.venv/bin/python bench/mt_untranslated_human.py` (no timing).",
        "",
        "| counterpart | pairs | vocabulary | flagged before | session 12 | now | words flagged "
        "before (most often) | flagged in session 12 | still flagged now |",
        "|---|---:|---|---:|---:|---:|---|---|---|",
    ]
    try:
        for lang, pairs in sorted(aligned_pairs().items()):
            vocabulary = vocabulary_for(lang)
            if vocabulary is None:
                lines.append(f"| {lang} | {len(pairs)} | none installed | — | — | — | | | |")
                continue
            try:
                before = find_untranslated(pairs, vocabulary)
                human = range(len(pairs))
                previous = find_untranslated(pairs, vocabulary, human=human,
                                             source_vocabulary=french)  # fmt: skip
                shared = frequent_words(lang, shared_with="fr")
                now = find_untranslated(pairs, vocabulary, human=human, source_vocabulary=french,
                                        frequent=shared)  # fmt: skip
            finally:
                vocabulary.close()
            common = Counter(w for ws in before for w in ws).most_common(12)
            lines.append(
                f"| {lang} | {len(pairs)} | {vocabulary.name} | {sum(map(bool, before))} "
                f"| {sum(map(bool, previous))} | {sum(map(bool, now))} "
                f"| {', '.join(f'{w} ×{n}' for w, n in common)} "
                f"| {', '.join(sorted({w for ws in previous for w in ws}))} "
                f"| {', '.join(sorted({w for ws in now for w in ws}))} |"
            )
        _, sources, drafts = apertium_drafts()
        english = vocabulary_for("en")
        assert english is not None, "needs the Debian package apertium-eng-spa"
        draft_pairs = list(zip(sources, drafts, strict=True))
        every = range(len(draft_pairs))
        try:
            as_apertium = find_untranslated(draft_pairs, english, every_word=every)
            as_other = find_untranslated(draft_pairs, english)
            as_human = find_untranslated(
                draft_pairs, english, human=every, source_vocabulary=french
            )
            as_human_now = find_untranslated(
                draft_pairs, english, human=every, source_vocabulary=french,
                frequent=frequent_words("en", shared_with="fr"),
            )  # fmt: skip
        finally:
            english.close()
    finally:
        french.close()

    def count(found: list[list[str]]) -> str:
        words = sorted({w for ws in found for w in ws})
        return f"{sum(map(bool, found))} drafts ({', '.join(words)})"

    lines += [
        "",
        f"Catches on {len(drafts)} Apertium fr→en drafts (bench/data/pairs' French):",
        "",
        f"- as Apertium drafts (any word English's analyser lacks): {count(as_apertium)}",
        f"- as another engine's drafts (copied words; unchanged): {count(as_other)}",
        f"- as if human translations, session 12's rule (copied, French knows them): "
        f"{count(as_human)}",
        f"- as if human translations, now (and English does not use them once per million "
        f"words, nor a tenth as often as French): {count(as_human_now)}",
    ]
    text = "\n".join(lines) + "\n"
    RESULTS.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
