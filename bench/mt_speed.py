"""Sentences per second of the offline MT paths on the sample corpus.

Run: .venv/bin/python bench/mt_speed.py [--base-sentences 96]

- Argos, batched: the workbench's ``ArgosTranslator`` (CTranslate2 ``translate_batch`` on
  all sentences at once), at two thread settings; and the same class fed one sentence
  per call, to separate batching from the rest.
- Argos, per sentence: argostranslate 1.11's own ``translate()`` called once per
  sentence, on the same installed package, in the same run (a subprocess, because
  argostranslate reads its settings once, at import).
- Apertium: fr→es and fr→en through Spanish (one process per batch), and fr→es with one
  process per sentence.

No Argos model can be downloaded here, so the Argos rows run packages built by
``tests/argos_tiny.py``: the tiny test package, and one of transformer-base shape
(6+6 layers, width 512, FFN 2048, 32,000-entry vocabulary, int8), whose extra weights
are real work for CTranslate2 but add nothing to the output. argostranslate needs a
sentence splitter from the package: the bench adds a blank spaCy French pipeline as
``spacy/`` and sets ``ARGOS_CHUNK_TYPE=SPACY`` (argostranslate then adds spaCy's
rule-based ``sentencizer``), and pre-creates the folder argostranslate checks before
downloading spaCy's ``xx_sent_ud_sm`` at import, so nothing is fetched.
Writes bench/results/mt_speed.md and prints it.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

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
from workbench.segment import split_sentences  # noqa: E402
from workbench.translate.apertium import ApertiumTranslator, list_modes  # noqa: E402
from workbench.translate.argos import ArgosTranslator, install_from_file  # noqa: E402
from workbench.translate.base import PivotTranslator  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "mt_speed.md"
Row = dict[str, object]


def corpus_sentences() -> list[str]:
    sentences = []
    for path in sorted((ROOT / "corpora").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                sentences.extend(split_sentences(line, "fr"))
    return sentences


def row(path: str, settings: str, n: int, seconds: float, outputs: list[str | None]) -> Row:
    return {"path": path, "settings": settings, "sentences": n, "seconds": seconds, "out": outputs}


def workbench_rows(package_dir: Path, sentences: list[str], model: str) -> list[Row]:
    from workbench.translate.argos import read_package

    package = read_package(package_dir)
    rows = []
    for intra in (1, 2):
        translator = ArgosTranslator(package, intra_threads=intra)
        translator.translate_batch(["le chat"])  # load the model outside the timing
        start = time.perf_counter()
        out = [r.text for r in translator.translate_batch(sentences)]
        rows.append(
            row(f"{model}: workbench, one batch", f"intra_threads={intra}, beam 4",
                len(sentences), time.perf_counter() - start, list(out))
        )  # fmt: skip
    translator = ArgosTranslator(package, intra_threads=1)
    translator.translate_batch(["le chat"])
    start = time.perf_counter()
    out = [translator.translate_batch([s])[0].text for s in sentences]
    rows.append(
        row(f"{model}: workbench, one call per sentence", "intra_threads=1, beam 4",
            len(sentences), time.perf_counter() - start, list(out))
    )  # fmt: skip
    return rows


def argostranslate_row(base: Path, sentences: list[str], model: str, threads: int | None) -> Row:
    """argostranslate's translate() per sentence, in a subprocess with its own settings.

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
    (base / "sentences.json").write_text(json.dumps(sentences), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, __file__, "--argostranslate", str(base / "sentences.json")],
        env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return row(f"{model}: argostranslate translate() per sentence",
               f"{setting}, beam 4, spaCy sentencizer",
               len(sentences), result["seconds"], result["outputs"])  # fmt: skip


def run_argostranslate(sentences_file: Path) -> None:
    from argostranslate import translate  # imports stanza and torch too

    sentences = json.loads(sentences_file.read_text(encoding="utf-8"))
    translate.translate("le chat", "fr", "en")  # load outside the timing
    outputs: list[str | None] = []
    start = time.perf_counter()
    for sentence in sentences:
        try:
            outputs.append(translate.translate(sentence, "fr", "en"))
        except RuntimeError:  # no chunking: a sentence past the position table fails
            outputs.append(None)
    print(json.dumps({"seconds": time.perf_counter() - start, "outputs": outputs}))


def fitting(sentences: list[str], sp_model: bytes, limit: int) -> list[str]:
    """The sentences of at most ``limit`` pieces: argostranslate fails on longer ones here."""
    import sentencepiece

    pieces = sentencepiece.SentencePieceProcessor(model_proto=sp_model)
    return [s for s in sentences if len(pieces.encode(s)) <= limit]


def argos_section(sentences: list[str], shape: Shape, model: str, few: int) -> list[Row]:
    """Both Argos paths on one package; argostranslate at its default threads on ``few``."""
    sp_model = train_sentencepiece([FR_EN])
    sentences = fitting(sentences, sp_model, POSITIONS - 2)
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        file = build_package(base / "built", "fr", "en", FR_EN, sp_model, shape=shape)
        package = install_from_file(file, base / "models")
        add_spacy_sentencizer(package.path, "fr")
        rows = workbench_rows(package.path, sentences, model)
        rows.append(argostranslate_row(base, sentences, model, threads=1))
        rows.append(argostranslate_row(base, sentences[:few], model, threads=None))
    return rows


def apertium_rows(sentences: list[str]) -> list[Row]:
    modes = {m.name: m for m in list_modes()}
    if "fr-es" not in modes:
        return []
    fr_es = ApertiumTranslator(modes["fr-es"])
    start = time.perf_counter()
    fr_es.translate_batch(sentences)
    rows = [row("Apertium fr→es, one process per batch", "apertium -u", len(sentences),
                time.perf_counter() - start, [])]  # fmt: skip
    if "spa-eng" in modes:
        pivot = PivotTranslator(fr_es, ApertiumTranslator(modes["spa-eng"]))
        start = time.perf_counter()
        pivot.translate_batch(sentences)
        rows.append(row("Apertium fr→en via es, one process per hop", "apertium -u",
                        len(sentences), time.perf_counter() - start, []))  # fmt: skip
    few = sentences[:40]
    start = time.perf_counter()
    for sentence in few:
        fr_es.translate_batch([sentence])
    rows.append(row("Apertium fr→es, one process per sentence", "apertium -u", len(few),
                    time.perf_counter() - start, []))  # fmt: skip
    return rows


def agreement(rows: list[Row]) -> list[str]:
    """How the workbench's outputs compare with argostranslate's, per model."""
    notes = []
    for reference in (r for r in rows if "argostranslate" in str(r["path"])):
        model = str(reference["path"]).split(":")[0]
        ours = next(r for r in rows if str(r["path"]) == f"{model}: workbench, one batch")
        theirs: list[str | None] = reference["out"]  # type: ignore[assignment]
        pairs = list(zip(ours["out"], theirs, strict=False))  # type: ignore[call-overload]
        same = sum(a == b for a, b in pairs)
        failed = sum(b is None for b in theirs)
        differ = [f"`{a}` / `{b}`" for a, b in pairs if a != b and b is not None][:3]
        notes.append(
            f"- {model}, {reference['settings']}: outputs identical to the workbench's on "
            f"{same} of {len(pairs)} sentences; argostranslate failed on {failed}."
            + (f" Differences (workbench / argostranslate): {'; '.join(differ)}" if differ else "")
        )
    return notes


def render(rows: list[Row]) -> str:
    lines = [
        "# MT speed on the sample corpus",
        "",
        "Command: `.venv/bin/python bench/mt_speed.py` (2 cores, shared with other jobs).",
        "Argos rows use only sentences of at most 126 pieces: the test packages have a",
        "128-position table and argostranslate, which does not chunk, fails past it.",
        "",
        "| path | settings | sentences | seconds | sentences/s | vs argostranslate |",
        "| --- | --- | ---: | ---: | ---: | ---: |",
    ]
    for r in rows:
        rate = float(r["sentences"]) / float(r["seconds"])  # type: ignore[arg-type]
        ratio = ""
        model = str(r["path"]).split(":")[0]
        ref = [x for x in rows if str(x["path"]).startswith(f"{model}: argostranslate")]
        if ref and ":" in str(r["path"]):
            ref_rate = float(ref[0]["sentences"]) / float(ref[0]["seconds"])  # type: ignore[arg-type]
            ratio = f"{rate / ref_rate:.1f}×"
        seconds = float(r["seconds"])  # type: ignore[arg-type]
        lines.append(
            f"| {r['path']} | {r['settings']} | {r['sentences']} | {seconds:.2f} | "
            f"{rate:.1f} | {ratio} |"
        )
    return "\n".join([*lines, "", *agreement(rows)]) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--base-sentences", type=int, default=64)
    parser.add_argument("--default-threads-sentences", type=int, default=12)
    parser.add_argument("--argostranslate", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.argostranslate:
        run_argostranslate(args.argostranslate)
        return
    sentences = corpus_sentences()
    few = args.default_threads_sentences
    rows = argos_section(sentences[: args.base_sentences], BASE, "Argos base-size package", few)
    rows += argos_section(sentences, Shape(), "Argos tiny test package", few * 4)
    rows += apertium_rows(sentences)
    report = render(rows)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(report, encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main()
