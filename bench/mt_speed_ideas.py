"""What else could make whole-document Argos translation faster with argostranslate's exact output.

Run: .venv/bin/python bench/mt_speed_ideas.py [--document 000] [--rounds 3]

Every row is one way of calling CTranslate2 on the same sentences of one corpus
document (the workbench's splitter, the lines ``bench/mt_speed_document.py`` keeps),
with the same package (the transformer-base-shaped glosser of ``tests/argos_tiny.py``)
and argostranslate 1.11's decoding options: beam 4, one hypothesis, length penalty
0.2, unknowns replaced, at most 256 output pieces. Only the batching, the threads and
what is sent change, so each row's outputs are checked against the first row's.

The first row replays argostranslate's own call (``apply_packaged_translation``):
one ``translate_batch`` per line, ``max_batch_size=32, batch_type="tokens"``,
``return_scores=True``, on one thread (``ARGOS_INTRA_THREADS=1``, its cheapest).
It is not argostranslate itself (no splitter, no Python around it: that is
``bench/mt_speed_document.py``), so it isolates what the calls cost.

Rows alternate round by round in one process (each translator loaded once, before
timing); each cell is the median of the rounds. Writes bench/results/mt_speed_ideas.md.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.argos_tiny import (  # noqa: E402
    BASE,
    FR_EN,
    POSITIONS,
    build_package,
    train_sentencepiece,
)
from workbench.ingest.segment import split_sentences  # noqa: E402
from workbench.translate.argos import (  # noqa: E402
    ArgosTranslator,
    InstallLimits,
    install_from_file,
    read_package,
)

RESULTS = ROOT / "bench" / "results" / "mt_speed_ideas.md"
OPTIONS: dict[str, Any] = {
    "beam_size": 4, "num_hypotheses": 1, "length_penalty": 0.2, "replace_unknowns": True,
    "max_decoding_length": 256,
}  # fmt: skip
Tokens = list[list[str]]


def _sorted_batches(tokens: Tokens, size: int) -> list[list[int]]:
    order = sorted(range(len(tokens)), key=lambda i: -len(tokens[i]))
    return [order[k : k + size] for k in range(0, len(order), size)]


def run_batches(translator: Any, tokens: Tokens, batches: list[list[int]]) -> Tokens:
    """Every batch submitted at once (``asynchronous``): the translator's workers share them."""
    pending = [
        translator.translate_batch([tokens[i] for i in b], asynchronous=True, **OPTIONS)
        for b in batches
    ]
    out: Tokens = [[] for _ in tokens]
    for batch, results in zip(batches, pending, strict=True):
        for i, result in zip(batch, results, strict=True):
            out[i] = list(result.result().hypotheses[0])
    return out


def ideas(
    model: str, tokens: Tokens, per_line: list[int], wb: ArgosTranslator, texts: list[str]
) -> dict[str, Callable[[], Any]]:
    """Name → a call that translates the document one way (translators loaded here)."""
    import ctranslate2

    def load(intra: int, inter: int) -> Any:
        return ctranslate2.Translator(model, intra_threads=intra, inter_threads=inter)

    one, two = load(1, 1), load(1, 2)

    def argos_replay() -> Tokens:
        out: Tokens = []
        start = 0
        for count in per_line:
            results = one.translate_batch(
                tokens[start : start + count], max_batch_size=32, batch_type="tokens",
                return_scores=True, **OPTIONS,
            )  # fmt: skip
            out += [list(r.hypotheses[0]) for r in results]
            start += count
        return out

    n = len(tokens)
    half = -(-n // 2)
    return {
        "argostranslate's call replayed (1 thread, per line, 32-token batches)": argos_replay,
        "workbench ArgosTranslator as shipped (thread_plan, batches of ≤16)": lambda: (
            wb.translate_batch(texts)
        ),
        "1 thread, one batch of every sentence": lambda: run_batches(
            one, tokens, _sorted_batches(tokens, n)
        ),
        "1 thread, batches of 16": lambda: run_batches(one, tokens, _sorted_batches(tokens, 16)),
        "1 intra × 2 inter, 2 batches (one per core)": lambda: run_batches(
            two, tokens, _sorted_batches(tokens, half)
        ),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--document", default="000")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    sp_model = train_sentencepiece([FR_EN])
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        file = build_package(base / "built", "fr", "en", FR_EN, sp_model, shape=BASE)
        package = install_from_file(file, base / "models", InstallLimits(max_ratio=1000))
        [path] = sorted((ROOT / "corpora").glob(f"{args.document}*.txt"))
        name = path.name
        wb = ArgosTranslator(read_package(package.path))
        pieces = wb._load_tokenizer()
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
        split = [split_sentences(line, "fr") for line in lines if line]
        # argostranslate fails past the package's 128 positions: keep the lines that fit.
        split = [s for s in split if all(len(pieces.encode(x)) <= POSITIONS - 2 for x in s)]
        lines = [" ".join(s) for s in split]
        texts = [s for sentences in split for s in sentences]
        wb.load(len(texts))
        tokens = [pieces.encode(t) for t in texts]
        calls = ideas(str(package.path / "model"), tokens, [len(s) for s in split], wb, texts)
        runs: dict[str, list[tuple[float, float, Any]]] = {k: [] for k in calls}
        for round_ in range(args.rounds):
            for label in list(calls) if round_ % 2 == 0 else list(calls)[::-1]:
                load = os.getloadavg()[0]
                wall, cpu = time.perf_counter(), time.process_time()
                out = calls[label]()
                runs[label].append((time.perf_counter() - wall, time.process_time() - cpu, out))
                print(f"round {round_ + 1} {label}: {runs[label][-1][:2]} load {load:.1f}",
                      file=sys.stderr, flush=True)  # fmt: skip
        reference = runs[next(iter(runs))][-1][2]
        reference_texts = [pieces.decode(t) for t in reference]
        base_cpu = statistics.median(r[1] for r in runs[next(iter(runs))])
        base_wall = statistics.median(r[0] for r in runs[next(iter(runs))])
        report = [
            "# Ways to call CTranslate2 on one whole document, outputs held to argostranslate's",
            "",
            f"Command: `.venv/bin/python bench/mt_speed_ideas.py {' '.join(sys.argv[1:])}`; "
            f"corpora/{name}: {len(lines)} lines, {len(texts)} sentences "
            f"({len(set(map(tuple, tokens)))} distinct), transformer-base-shaped int8 package, "
            f"2 cores shared with other jobs (load {os.getloadavg()[0]:.1f} at the end), "
            f"{args.rounds} rounds, medians.",
            "",
            "| call | wall s | CPU s | replay ÷ this, wall | CPU | outputs = replay's |",
            "| --- | ---: | ---: | ---: | ---: | --- |",
        ]
        for label, rs in runs.items():
            wall = statistics.median(r[0] for r in rs)
            cpu = statistics.median(r[1] for r in rs)
            out = rs[-1][2]
            if out and not isinstance(out[0], list):
                same = [t.text for t in out] == reference_texts  # the shipped path: texts
                same_text = "yes (texts)" if same else "NO"
            else:
                same_text = "yes" if out == reference else "NO"
            report.append(
                f"| {label} | {wall:.2f} | {cpu:.2f} | {base_wall / wall:.1f}× | "
                f"{base_cpu / cpu:.1f}× | {same_text} |"
            )
        RESULTS.write_text("\n".join(report) + "\n", encoding="utf-8")
        print("\n".join(report))


if __name__ == "__main__":
    main()
