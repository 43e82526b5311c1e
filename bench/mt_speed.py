"""Sentences per second of the offline MT paths on the sample corpus.

Run: .venv/bin/python bench/mt_speed.py [--base-sentences N] [--repeats 2]

- Argos, batched: the workbench's ``ArgosTranslator`` on all sentences in one call, at its
  defaults (threads chosen for the call's size: ``thread_plan``), at one single-threaded
  batch per core, on one core, and with two threads on each batch; and the same class fed
  one sentence per call.
- Argos, per sentence: argostranslate 1.11's ``translate()`` called once per sentence, and
  ``translate()`` on the translation object fetched once, on the same installed package,
  in the same run (a subprocess, because argostranslate reads its settings once, at
  import), at ARGOS_INTRA_THREADS=1, 2 and its default 0, each on all sentences.
  Both sides translate the same few sentences untimed first; every row is the median of
  ``--repeats`` timed runs, with their spread. Each package is measured on the whole
  set ("document") and on its first 20 sentences ("paragraph").
- Apertium: fr→es and fr→en through Spanish (one open pipeline per hop), and fr→es with one
  call per sentence.

No Argos model can be downloaded here, so the Argos rows run packages built by
``tests/argos_tiny.py``: the test package (2+2 layers, 4 heads, width 512, int8), and
one of transformer-base shape as Argos's OpenNMT-py packages (6+6 layers, 8 heads, width
512, FFN 2048, 32,000-entry vocabulary, int8), whose extra weights are real work for
CTranslate2 but add nothing to the output. argostranslate needs a
sentence splitter from the package: the bench adds a blank spaCy French pipeline as
``spacy/`` and sets ``ARGOS_CHUNK_TYPE=SPACY`` (argostranslate then adds spaCy's
rule-based ``sentencizer``), and pre-creates the folder argostranslate checks before
downloading spaCy's ``xx_sent_ud_sm`` at import, so nothing is fetched.
Writes bench/results/mt_speed.md (and mt_speed.png: sentences per second on the
base-size package) and prints the table.

This script times argostranslate one sentence per call on sentence sets; for one whole
document translated as a user would (one ``translate()`` call on the text), run side by
side round by round so that a loaded machine still gives a fair ratio, see
``bench/mt_speed_document.py``.
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
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.argos_tiny import (  # noqa: E402
    BASE,
    FR_EN,
    POSITIONS,
    Shape,
    add_spacy_sentencizer,
    build_package,
    train_sentencepiece,
)
from workbench.ingest.segment import split_sentences  # noqa: E402
from workbench.translate.apertium import ApertiumTranslator, list_modes  # noqa: E402
from workbench.translate.argos import (  # noqa: E402
    ArgosTranslator,
    InstallLimits,
    install_from_file,
)
from workbench.translate.base import PivotTranslator  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "mt_speed.md"
CHART = RESULTS.with_suffix(".png")
WARMUP = 8  # sentences each side translates untimed first
PARAGRAPH = 20  # sentences in the "paragraph" rows (issue 16: say what a paragraph gets)
Row = dict[str, object]
T = TypeVar("T")


def corpus_sentences() -> list[str]:
    sentences = []
    for path in sorted((ROOT / "corpora").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                sentences.extend(split_sentences(line, "fr"))
    return sentences


def row(
    path: str, settings: str, n: int, times: float | list[float], outputs: list[str | None]
) -> Row:
    """A result row; ``seconds`` is the median of the timed runs, ``times`` all of them."""
    times = [times] if isinstance(times, float) else times
    return {
        "path": path, "settings": settings, "sentences": n,
        "seconds": statistics.median(times), "times": times, "out": outputs,
    }  # fmt: skip


WORKBENCH = [  # (label, settings, ArgosTranslator keywords); the first is the default
    ("threads chosen per call", "defaults: thread_plan (one batch per core from 2×16 "
     "sentences, else all cores on each batch), batches ≤16, longest first", {}),
    ("one batch per core", "intra_threads=1, inter_threads=2, batches ≤16",
     {"intra_threads": 1, "inter_threads": 2}),
    ("one batch, one core", "intra_threads=1, inter_threads=1, batches ≤16", {"inter_threads": 1}),
    ("all cores on each batch", "intra_threads=2, inter_threads=1, batches ≤32",
     {"intra_threads": 2, "inter_threads": 1, "max_batch_size": 32}),
]  # fmt: skip


def best_of(repeats: int, work: Callable[[], list[T]]) -> tuple[list[float], list[T]]:
    """The wall-clock seconds of ``repeats`` timed runs of ``work``, and its outputs."""
    times, out = [], list[T]()
    for _ in range(repeats):
        start = time.perf_counter()
        out = work()
        times.append(time.perf_counter() - start)
    return times, out


def texts(translator: ArgosTranslator, sentences: list[str]) -> list[str]:
    return [r.text for r in translator.translate_batch(sentences)]


def workbench_rows(package_dir: Path, sentences: list[str], model: str, repeats: int) -> list[Row]:
    from workbench.translate.argos import read_package

    package = read_package(package_dir)
    warmup = sentences[:WARMUP]
    rows = []
    for label, settings, options in WORKBENCH:
        translator = ArgosTranslator(package, **options)  # type: ignore[arg-type]
        translator.translate_batch(warmup)  # loads the model; same texts as argostranslate's
        seconds, out = best_of(repeats, partial(texts, translator, sentences))
        rows.append(row(f"{model}: workbench, {label}", f"{settings}, beam 4",
                        len(sentences), seconds, list(out)))  # fmt: skip
    translator = ArgosTranslator(package)
    for sentence in warmup:
        translator.translate_batch([sentence])
    seconds, out = best_of(
        repeats, lambda: [translator.translate_batch([s])[0].text for s in sentences]
    )
    rows.append(
        row(f"{model}: workbench, one call per sentence", "defaults, beam 4",
            len(sentences), seconds, list(out))
    )  # fmt: skip
    return rows


def argostranslate_rows(
    base: Path, sets: dict[str, list[str]], model: str, threads: int | None, repeats: int
) -> list[Row]:
    """argostranslate per sentence, in a subprocess with its own settings.

    Two ways: ``translate.translate()`` (which re-reads the installed packages at each
    call) and ``translate()`` on the translation object fetched once.
    ``threads=None`` keeps argostranslate's default (ARGOS_INTRA_THREADS=0: all cores).
    """
    env = {
        **os.environ,
        "ARGOS_PACKAGES_DIR": str(base / "models"),
        "ARGOS_CHUNK_TYPE": "SPACY",
        **{f"XDG_{n.upper()}_HOME": str(base / n) for n in ("data", "config", "cache")},
    }
    env.pop("ARGOS_INTRA_THREADS", None)
    if threads is not None:
        env["ARGOS_INTRA_THREADS"] = str(threads)
    setting = f"ARGOS_INTRA_THREADS={threads}" if threads is not None else "default threads (0)"
    # argostranslate's check before it downloads spaCy's multilingual model at import.
    spacy_cache = base / "cache" / "argos-translate" / "spacy" / "senter" / "model"
    spacy_cache.mkdir(parents=True, exist_ok=True)
    (base / "sentences.json").write_text(json.dumps(sets), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, __file__, "--argostranslate", str(base / "sentences.json"),
         "--repeats", str(repeats)],
        env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    result = json.loads(done.stdout.strip().splitlines()[-1])
    settings = f"{setting}, beam 4, spaCy sentencizer"
    return [
        row(f"{model}, {name}: argostranslate {way} per sentence", settings, len(sentences),
            result[name][way]["seconds"], result[name][way]["outputs"])
        for name, sentences in sets.items()
        for way in ARGOS_WAYS
    ]  # fmt: skip


ARGOS_WAYS = ("translate()", "translation.translate()")


def _or_none(call: Callable[[str], str], sentence: str) -> str | None:
    try:
        return call(sentence)
    except RuntimeError:  # no chunking in argostranslate: past the position table it raises
        return None


def run_argostranslate(sentences_file: Path, repeats: int) -> None:
    from argostranslate import translate  # imports stanza and torch too

    sets = json.loads(sentences_file.read_text(encoding="utf-8"))
    translation = translate.get_translation_from_codes("fr", "en")
    ways = {
        "translate()": lambda s: translate.translate(s, "fr", "en"),
        "translation.translate()": translation.translate,
    }
    for sentence in next(iter(sets.values()))[:WARMUP]:  # loads the model; the workbench's too
        translate.translate(sentence, "fr", "en")
    report: dict[str, dict[str, object]] = {}
    for name, sentences in sets.items():
        report[name] = {}
        for way, call in ways.items():

            def work(call: Callable[[str], str] = call) -> list[str | None]:
                return [_or_none(call, s) for s in sentences]  # noqa: B023

            seconds, outputs = best_of(repeats, work)
            report[name][way] = {"seconds": seconds, "outputs": outputs}
    print(json.dumps(report))


def fitting(sentences: list[str], sp_model: bytes, limit: int) -> list[str]:
    """The sentences of at most ``limit`` pieces: argostranslate fails on longer ones here."""
    import sentencepiece

    pieces = sentencepiece.SentencePieceProcessor(model_proto=sp_model)
    return [s for s in sentences if len(pieces.encode(s)) <= limit]


def argos_section(
    sentences: list[str],
    shape: Shape,
    model: str,
    few: int,
    repeats: int,
    paragraph_only: bool = False,
) -> list[Row]:
    """Both Argos paths on one package; argostranslate at other thread counts on ``few``."""
    sp_model = train_sentencepiece([FR_EN])
    sentences = fitting(sentences, sp_model, POSITIONS - 2)
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        file = build_package(base / "built", "fr", "en", FR_EN, sp_model, shape=shape)
        # The bench's packages are mostly zero weights, so they compress far more than a
        # trained package (the base-size one about 130 to 1): allow it explicitly.
        package = install_from_file(file, base / "models", InstallLimits(max_ratio=1000))
        add_spacy_sentencizer(package.path, "fr")
        sets = {"document": sentences[: few or None], "paragraph": sentences[:PARAGRAPH]}
        if paragraph_only:
            del sets["document"]
        rows = [
            r
            for name, chosen in sets.items()
            for r in workbench_rows(package.path, chosen, f"{model}, {name}", repeats)
        ]
        for threads in (1, 2, None):
            rows += argostranslate_rows(base, sets, model, threads, repeats)
    return rows


def apertium_rows(sentences: list[str]) -> list[Row]:
    modes = {m.name: m for m in list_modes()}
    if "fr-es" not in modes:
        return []
    fr_es = ApertiumTranslator(modes["fr-es"])
    start = time.perf_counter()
    fr_es.translate_batch(sentences)
    rows = [row("Apertium fr→es, one batch", "apertium -u", len(sentences),
                time.perf_counter() - start, [])]  # fmt: skip
    if "spa-eng" in modes:
        pivot = PivotTranslator(fr_es, ApertiumTranslator(modes["spa-eng"]))
        start = time.perf_counter()
        pivot.translate_batch(sentences)
        rows.append(row("Apertium fr→en via es, one batch", "apertium -u",
                        len(sentences), time.perf_counter() - start, []))  # fmt: skip
    few = sentences[:40]
    start = time.perf_counter()
    for sentence in few:
        fr_es.translate_batch([sentence])
    rows.append(row("Apertium fr→es, one call per sentence", "apertium -u", len(few),
                    time.perf_counter() - start, []))  # fmt: skip
    return rows


def rate(r: Row) -> float:
    return float(r["sentences"]) / float(r["seconds"])  # type: ignore[arg-type]


def agreement(rows: list[Row]) -> list[str]:
    """How every workbench row's outputs compare with argostranslate's, per model."""
    notes = []
    for reference in (r for r in rows if "argostranslate" in str(r["path"])):
        model = str(reference["path"]).split(":")[0]
        theirs: list[str | None] = reference["out"]  # type: ignore[assignment]
        failed = sum(b is None for b in theirs)
        counts, differ = [], []
        for ours in (r for r in rows if str(r["path"]).startswith(f"{model}: workbench")):
            pairs = list(zip(ours["out"], theirs, strict=False))  # type: ignore[call-overload]
            counts.append(sum(a == b for a, b in pairs))
            differ += [f"`{a}` / `{b}`" for a, b in pairs if a != b and b is not None]
        notes.append(
            f"- {reference['path']}, {reference['settings']}: outputs identical to each of the "
            f"{len(counts)} workbench rows' on {'/'.join(map(str, counts))} of {len(theirs)} "
            f"sentences; argostranslate failed on {failed}."
            + (
                f" Differences (workbench / argostranslate): {'; '.join(differ[:2])}"
                if differ
                else ""
            )
        )
    return notes


def ratios(r: Row, rows: list[Row]) -> tuple[str, str]:
    """``r``'s speed against argostranslate's fastest ``translate()`` row and fastest row of all."""
    model = str(r["path"]).split(":")[0]
    theirs = [x for x in rows if str(x["path"]).startswith(f"{model}: argostranslate")]
    if not theirs:
        return "", ""
    calls = [x for x in theirs if "argostranslate translate()" in str(x["path"])]
    return (
        f"{rate(r) / max(map(rate, calls)):.1f}×",
        f"{rate(r) / max(map(rate, theirs)):.1f}×",
    )


def ceilings(rows: list[Row]) -> list[str]:
    """What two cores can give at most: twice one core's batched speed, against argostranslate."""
    notes = []
    for one in (r for r in rows if "workbench, one batch, one core" in str(r["path"])):
        model = str(one["path"]).split(":")[0]
        calls = [
            r for r in rows if str(r["path"]).startswith(f"{model}: argostranslate translate()")
        ]
        if calls:
            gain = rate(one) / max(map(rate, calls))
            notes.append(
                f"- {model}: batching alone, on one core, is {gain:.1f}× argostranslate's "
                f"fastest translate(); two cores can at most double that: {2 * gain:.1f}×."
            )
    return notes


def chart(rows: list[Row], model: str, path: Path) -> None:
    """Sentences per second of every path on ``model``'s rows that ran the whole set."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    mine = [r for r in rows if str(r["path"]).startswith(f"{model}: ")]
    most = max(int(r["sentences"]) for r in mine)  # type: ignore[call-overload]
    shown = [r for r in mine if r["sentences"] == most][::-1]
    labels = [
        str(r["path"]).removeprefix(f"{model}: ") + f"\n{r['settings']}".split(", beam")[0]
        for r in shown
    ]
    colours = ["tab:blue" if ": workbench" in str(r["path"]) else "tab:gray" for r in shown]
    fig, axis = plt.subplots(figsize=(10, 0.75 * len(shown) + 1.2))
    bars = axis.barh(range(len(shown)), [rate(r) for r in shown], color=colours)
    axis.bar_label(bars, [f"{rate(r):.1f}/s  {ratios(r, rows)[0]}" for r in shown], padding=3)
    axis.set_yticks(range(len(shown)), labels, fontsize=8)
    axis.set_xlabel(f"sentences per second ({most} sentences of the sample corpus, 2 cores)")
    calls = [rate(r) for r in mine if "argostranslate translate()" in str(r["path"])]
    if calls:
        axis.axvline(5 * max(calls), color="tab:red", linestyle="--", label="goal: 5× translate()")
        axis.legend(loc="lower right")
    axis.set_title(f"{model}: workbench (blue), argostranslate per sentence (grey)", fontsize=10)
    axis.margins(x=0.2)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def render(rows: list[Row]) -> str:
    lines = [
        "# MT speed on the sample corpus",
        "",
        "Command: `.venv/bin/python bench/mt_speed.py` (2 cores, shared with other jobs).",
        "Argos rows use only sentences of at most 126 pieces: the test packages have a",
        "128-position table and argostranslate, which does not chunk, fails past it.",
        "Every row is the median of its repeated timed runs (their spread beside it); each side",
        f"first translates the same {WARMUP} sentences untimed. The ratios are against",
        "argostranslate's fastest",
        "`translate()` row (its best thread setting) and its fastest row of any form.",
        "",
        "| path | settings | sentences | seconds (median) | runs min–max | sentences/s "
        "| vs translate() | vs fastest |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in rows:
        versus, fastest = ratios(r, rows)
        seconds = float(r["seconds"])  # type: ignore[arg-type]
        times: list[float] = r["times"]  # type: ignore[assignment]
        lines.append(
            f"| {r['path']} | {r['settings']} | {r['sentences']} | {seconds:.2f} | "
            f"{min(times):.2f}–{max(times):.2f} | {rate(r):.1f} | {versus} | {fastest} |"
        )
    chart_line = ["", f"![sentences per second]({CHART.name})"]
    return "\n".join([*lines, "", *ceilings(rows), *agreement(rows), *chart_line]) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--base-sentences", type=int, default=0,
        help="sentences for the base-size package (default 0: the whole corpus)",
    )  # fmt: skip
    parser.add_argument(
        "--default-threads-sentences", type=int, default=0,
        help="sentences for argostranslate at 2 and default threads (default 0: all, issue 16)",
    )  # fmt: skip
    parser.add_argument("--repeats", type=int, default=2, help="timed runs per row; best kept")
    parser.add_argument(
        "--paragraph-only", action="store_true",
        help=f"only the first {PARAGRAPH} sentences (no document rows): for a loaded machine",
    )  # fmt: skip
    parser.add_argument(
        "--skip-test-package", action="store_true",
        help="run only the base-size package (and Apertium): for a loaded machine",
    )  # fmt: skip
    parser.add_argument("--argostranslate", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.argostranslate:
        run_argostranslate(args.argostranslate, args.repeats)
        return
    sentences = corpus_sentences()
    few, reps = args.default_threads_sentences, args.repeats
    base = sentences[: args.base_sentences or None]
    rows = argos_section(base, BASE, "Argos base-size package", few, reps, args.paragraph_only)
    if not args.skip_test_package:
        rows += argos_section(
            sentences, Shape(), "Argos test package", few * 4, reps, args.paragraph_only
        )
    rows += apertium_rows(sentences)
    report = render(rows)
    chart(rows, f"Argos base-size package, {'paragraph' if args.paragraph_only else 'document'}",
          CHART)  # fmt: skip
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(report, encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main()
