"""One whole document translated by the workbench and by argostranslate, fairly under load.

Run: .venv/bin/python bench/mt_speed_document.py [--document 000] [--rounds 3] [--argos-threads 1,0]
         [--paragraph 20]

The comparison is with ``argostranslate.translate.translate()`` as a user calls it on a
document: the whole text in one call. argostranslate then splits it into paragraphs
(lines), each paragraph into sentences (its sentencizer: here spaCy's rule-based
``sentencizer``, see ``bench/mt_speed.py``), and runs one CTranslate2 ``translate_batch``
per paragraph (batches of at most 32 *tokens*, so about one sentence a batch; beam 4).
Its translation object remembers the paragraphs of its previous call, so that cache is
emptied before every timed run: a new document starts with nothing cached. The
workbench side does what ``workbench translate`` does with the same text: its own
sentence splitter on each line, then one ``ArgosTranslator.translate_batch`` call on all
the sentences (threads chosen for the call's size, ``thread_plan``), joined back per line.

Fair under load: the sides run round by round (workbench, argostranslate at each thread
setting, then the next round in the opposite order), each in a process of its own that
stays loaded between rounds, and each run's wall-clock *and* CPU seconds (all threads of
its process, ``time.process_time``) are recorded with the load average. The report gives
the ratio of the medians and the spread of the per-round ratios; a shared machine slows
both sides within a round alike, while CPU seconds depend less on the load (they still
grow with cache misses and, for spinning threads, with oversubscription).

Also reported: where argostranslate spends its time in a call (sentence splitting,
tokenizing, the rest: CTranslate2 and decoding), from timers around its sentencizer and
tokenizer in the timed runs; and on both sides the CPU seconds of CTranslate2's own
calls (argostranslate's synchronous ``translate_batch`` wrapped; the workbench's
batches from submission to the last result), hence the bound on the CPU ratio if
everything but CTranslate2 cost nothing.

The package is the transformer-base-shaped glosser of ``tests/argos_tiny.py`` (``BASE``).
Only lines whose every sentence, by either splitter, fits the package's 128-position
table are kept (argostranslate fails past it; the workbench would chunk). Writes
bench/results/mt_speed_document.md and prints it.

With ``--paragraph N`` only the document's first lines are kept, as many as make N
sentences by the workbench's splitter (the issue's paragraph is 20), and the report goes
to bench/results/mt_speed_paragraph.md instead: the same sides, the same fairness.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.argos_tiny import (  # noqa: E402
    BASE,
    FR_EN,
    POSITIONS,
    add_spacy_sentencizer,
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

RESULTS = ROOT / "bench" / "results" / "mt_speed_document.md"
PARAGRAPH_RESULTS = ROOT / "bench" / "results" / "mt_speed_paragraph.md"
Run = dict[str, Any]


def document_lines(prefix: str, sp_model: bytes, spacy_dir: Path) -> tuple[str, list[str], int]:
    """The corpus document's name, its non-empty lines that both sides can translate, and
    how many lines were left out."""
    import sentencepiece
    import spacy

    [path] = sorted((ROOT / "corpora").glob(f"{prefix}*.txt"))
    pieces = sentencepiece.SentencePieceProcessor(model_proto=sp_model)
    nlp = spacy.load(spacy_dir, exclude=["parser"])
    nlp.add_pipe("sentencizer")
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line]

    def fits(line: str) -> bool:
        sentences = [*split_sentences(line, "fr"), *(s.text for s in nlp(line).sents)]
        return all(len(pieces.encode(s)) <= POSITIONS - 2 for s in sentences)

    kept = [line for line in lines if fits(line)]
    return path.name, kept, len(lines) - len(kept)


def first_sentences(lines: list[str], wanted: int) -> list[str]:
    """The first of ``lines`` that together make at least ``wanted`` sentences."""
    kept: list[str] = []
    while len(kept) < len(lines) and sum(len(split_sentences(x, "fr")) for x in kept) < wanted:
        kept.append(lines[len(kept)])
    return kept


def workbench_translate(
    translator: ArgosTranslator, lines: list[str], spent: dict[str, float] | None = None
) -> list[str]:
    """What ``workbench translate`` does with a document: split, one call, joined per line.
    ``spent``: "split" gets the CPU seconds of sentence splitting added."""
    start = time.process_time()
    split = [split_sentences(line, "fr") for line in lines]
    if spent is not None:
        spent["split"] += time.process_time() - start
    flat = [s for sentences in split for s in sentences]
    results = iter(translator.translate_batch(flat))
    return [" ".join(next(results).text for _ in sentences) for sentences in split]


def timed(work: Any) -> tuple[Run, Any]:
    load = os.getloadavg()[0]
    wall, cpu = time.perf_counter(), time.process_time()
    out = work()
    return {
        "wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu, "load": load
    }, out  # fmt: skip


# --- argostranslate, in a worker process of its own ---------------------------------


def argos_worker() -> None:
    """Reads "run" lines on stdin, translates the document, answers one JSON line each."""
    from argostranslate import translate  # imports stanza and torch too

    text = "\n".join(json.loads(sys.stdin.readline()))
    translation = translate.get_translation_from_codes("fr", "en")
    package_translation = translation.underlying
    spent = {"split": 0.0, "tokenize": 0.0, "ct2_cpu": 0.0}

    def timing(name: str, call: Any) -> Any:
        def wrapped(*args: Any) -> Any:
            start = time.perf_counter()
            try:
                return call(*args)
            finally:
                spent[name] += time.perf_counter() - start

        return wrapped

    translate.translate(text.split("\n")[0], "fr", "en")  # loads the model and the splitter
    sentencizer = package_translation.sentencizer
    sentencizer.split_sentences = timing("split", sentencizer.split_sentences)
    tokenizer = package_translation.pkg.tokenizer
    tokenizer.encode = timing("tokenize", tokenizer.encode)
    package_translation.translator = CpuTimed(package_translation.translator, spent)
    print(json.dumps({"ready": True}), flush=True)
    for command in sys.stdin:
        if command.strip() != "run":
            break
        translation.cache = {}  # a new document: nothing cached
        spent.update(split=0.0, tokenize=0.0, ct2_cpu=0.0)
        run, out = timed(lambda: translate.translate(text, "fr", "en"))
        print(json.dumps({**run, **spent, "out": out.split("\n")}), flush=True)


class CpuTimed:
    """A CTranslate2 translator whose (synchronous) ``translate_batch`` calls add their CPU
    seconds, all threads of the process, to ``spent["ct2_cpu"]``: nothing else runs then."""

    def __init__(self, translator: Any, spent: dict[str, float]) -> None:
        self.translator = translator
        self.spent = spent

    def translate_batch(self, *args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return self.translator.translate_batch(*args, **kwargs)
        finally:
            self.spent["ct2_cpu"] += time.process_time() - start


class ArgosSide:
    """argostranslate at one ARGOS_INTRA_THREADS setting, loaded once, run on demand."""

    def __init__(self, base: Path, threads: int, lines: list[str]) -> None:
        env = {
            **os.environ,
            "ARGOS_PACKAGES_DIR": str(base / "models"),
            "ARGOS_CHUNK_TYPE": "SPACY",
            "ARGOS_INTRA_THREADS": str(threads),
            **{f"XDG_{n.upper()}_HOME": str(base / n) for n in ("data", "config", "cache")},
        }
        # argostranslate's check before it downloads spaCy's multilingual model at import.
        (base / "cache" / "argos-translate" / "spacy" / "senter" / "model").mkdir(
            parents=True, exist_ok=True
        )
        self.name = f"argostranslate translate(), ARGOS_INTRA_THREADS={threads}" + (
            " (its default: all cores)" if threads == 0 else ""
        )
        self.process = subprocess.Popen(
            [sys.executable, __file__, "--argos-worker"],
            env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps(lines) + "\n")
        self.process.stdin.flush()
        while not self.process.stdout.readline().startswith('{"ready"'):
            pass

    def run(self) -> Run:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write("run\n")
        self.process.stdin.flush()
        return dict(json.loads(self.process.stdout.readline()))

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=60)


class WorkbenchSide:
    def __init__(self, package_dir: Path, lines: list[str]) -> None:
        self.translator = ArgosTranslator(read_package(package_dir))
        self.lines = lines
        sentences = sum(len(split_sentences(line, "fr")) for line in lines)
        self.threads = self.translator.threads_for(sentences)
        self.translator.load(sentences)  # the translator this call size uses, untimed
        self.name = (
            f"workbench ArgosTranslator, intra_threads={self.threads[0]}, "
            f"inter_threads={self.threads[1]} (chosen for {sentences} sentences)"
        )

    def run(self) -> Run:
        spent = {"split": 0.0, "ct2_cpu": 0.0}
        decode = self.translator._decode

        def timed_decode(chunks: list[list[str]]) -> list[list[str]]:
            # CTranslate2's batches, waited for: the main thread only waits meanwhile
            start = time.process_time()
            try:
                return decode(chunks)
            finally:
                spent["ct2_cpu"] += time.process_time() - start

        self.translator._decode = timed_decode  # type: ignore[method-assign]
        try:
            run, out = timed(lambda: workbench_translate(self.translator, self.lines, spent))
        finally:
            del self.translator._decode
        return {**run, **spent, "out": out}

    def close(self) -> None:
        pass


# --- the report ---------------------------------------------------------------------


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):.2f} ({min(values):.2f}–{max(values):.2f})"


def render(
    name: str, lines: list[str], left_out: int, sentences: int, runs: dict[str, list[Run]]
) -> str:
    ours_name = next(n for n in runs if n.startswith("workbench"))
    ours = runs[ours_name]
    theirs = {n: r for n, r in runs.items() if n != ours_name}
    loads = [r["load"] for rs in runs.values() for r in rs]
    out = [
        "# MT speed on "
        + ("one whole document" if RESULTS.name.endswith("document.md") else "one paragraph")
        + ", side by side under load",
        "",
        f"Command: `.venv/bin/python bench/mt_speed_document.py {' '.join(sys.argv[1:])}`",
        f"Document: corpora/{name}, {len(lines)} lines, {sentences} sentences by the "
        f"workbench's splitter ({left_out} lines left out: a sentence past the package's "
        "128 positions). Package: transformer-base shape (6+6 layers, 8 heads, width 512, "
        "FFN 2048, 32,000 pieces, int8). 2 cores shared with other jobs: load average "
        f"{min(loads):.1f}–{max(loads):.1f} during the runs; {len(ours)} rounds.",
        "Each cell is the median of the rounds (min–max). The ratios are argostranslate's "
        "median over the workbench's median; 'per round' is the spread of that ratio "
        "round by round.",
        "",
        "| side | wall s | CPU s | wall ratio | per round | CPU ratio | per round |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
        f"| {ours_name} | {spread([r['wall'] for r in ours])} | "
        f"{spread([r['cpu'] for r in ours])} | 1 | | 1 | |",
    ]
    for side, rs in theirs.items():
        cells = []
        for key in ("wall", "cpu"):
            median = statistics.median(r[key] for r in rs) / statistics.median(r[key] for r in ours)
            per_round = [a[key] / b[key] for a, b in zip(rs, ours, strict=True)]
            cells += [f"**{median:.1f}×**", f"{min(per_round):.1f}–{max(per_round):.1f}×"]
        out.append(
            f"| {side} | {spread([r['wall'] for r in rs])} | {spread([r['cpu'] for r in rs])} "
            f"| {' | '.join(cells)} |"
        )
    best_wall = min(theirs, key=lambda n: statistics.median(r["wall"] for r in theirs[n]))
    best_cpu = min(theirs, key=lambda n: statistics.median(r["cpu"] for r in theirs[n]))
    out += ["", f"- argostranslate's best setting by wall time: {best_wall}; by CPU: {best_cpu}."]
    ours_cpu = statistics.median(r["cpu"] for r in ours)
    ours_ct2 = statistics.median(r["ct2_cpu"] for r in ours)
    out.append(
        f"- {ours_name}: CTranslate2's calls (its batches, all threads) {ours_ct2:.2f} CPU s of "
        f"its {ours_cpu:.2f} ({ours_ct2 / ours_cpu:.1%}); sentence splitting "
        f"{statistics.median(r['split'] for r in ours):.3f} CPU s."
    )
    for side, rs in theirs.items():
        cpu = statistics.median(r["cpu"] for r in rs)
        ct2 = statistics.median(r["ct2_cpu"] for r in rs)
        out.append(
            f"- {side}: CTranslate2's calls (one per line) {ct2:.2f} CPU s of its {cpu:.2f} "
            f"({ct2 / cpu:.1%}). **Bound on the CPU ratio** if the workbench spent nothing "
            f"but CTranslate2's batched beam search: {cpu:.2f} / {ours_ct2:.2f} = "
            f"**{cpu / ours_ct2:.2f}×** (measured {cpu / ours_cpu:.2f}×); the two sides' "
            f"CTranslate2 alone: {ct2 / ours_ct2:.2f}×."
        )
    for side, rs in theirs.items():
        wall = statistics.median(r["wall"] for r in rs)
        split = statistics.median(r["split"] for r in rs)
        tokenize = statistics.median(r["tokenize"] for r in rs)
        same = sum(a == b for a, b in zip(rs[-1]["out"], ours[-1]["out"], strict=False))
        out.append(
            f"- {side}: of its {wall:.2f} s (median wall), sentence splitting {split:.3f} s "
            f"({split / wall:.1%}), tokenizing {tokenize:.3f} s ({tokenize / wall:.1%}), the "
            f"rest (CTranslate2, one `translate_batch` per line, and decoding) "
            f"{wall - split - tokenize:.2f} s. Output lines identical to the workbench's: "
            f"{same} of {len(lines)}."
        )
    return "\n".join(out) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--document", default="000", help="corpus file prefix (default 000)")
    parser.add_argument("--rounds", type=int, default=3, help="timed runs of each side")
    parser.add_argument(
        "--argos-threads", default="1,0",
        help="ARGOS_INTRA_THREADS settings to run, comma-separated (0: argostranslate's default)",
    )  # fmt: skip
    parser.add_argument(
        "--paragraph", type=int, default=0,
        help="keep only the first lines that make this many sentences (0: the whole document)",
    )  # fmt: skip
    parser.add_argument("--argos-worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.argos_worker:
        argos_worker()
        return
    global RESULTS
    if args.paragraph:
        RESULTS = PARAGRAPH_RESULTS
    sp_model = train_sentencepiece([FR_EN])
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        file = build_package(base / "built", "fr", "en", FR_EN, sp_model, shape=BASE)
        # Mostly zero weights: far more compressible than a trained package.
        package = install_from_file(file, base / "models", InstallLimits(max_ratio=1000))
        add_spacy_sentencizer(package.path, "fr")
        name, lines, left_out = document_lines(args.document, sp_model, package.path / "spacy")
        if args.paragraph:
            lines, left_out = first_sentences(lines, args.paragraph), 0
        sentences = sum(len(split_sentences(line, "fr")) for line in lines)
        sides: list[WorkbenchSide | ArgosSide] = [WorkbenchSide(package.path, lines)]
        sides += [ArgosSide(base, int(t), lines) for t in args.argos_threads.split(",")]
        runs: dict[str, list[Run]] = {side.name: [] for side in sides}
        try:
            for round_ in range(args.rounds):
                for side in sides if round_ % 2 == 0 else sides[::-1]:
                    runs[side.name].append(side.run())
                    last = runs[side.name][-1]
                    print(
                        f"round {round_ + 1}: {side.name}: wall {last['wall']:.2f} s, "
                        f"CPU {last['cpu']:.2f} s, load {last['load']:.1f}",
                        file=sys.stderr, flush=True,
                    )  # fmt: skip
                # After every round, so a run stopped early still leaves its figures.
                report = render(name, lines, left_out, sentences, runs)
                RESULTS.parent.mkdir(parents=True, exist_ok=True)
                RESULTS.write_text(report, encoding="utf-8")
        finally:
            for side in sides:
                side.close()
    print(report)


if __name__ == "__main__":
    main()
