"""``fill``'s CPU against Apertium alone, for this tree and another (main) side by side in one run.

Run: .venv/bin/python bench/mt_fill_compare.py --baseline /work/main [--repeats 5]

Each repeat takes every path in turn, so both trees meet the same machine load:

- ``apertium -u fr-es`` alone on the lines (one process; the baseline of the ratios);
- for each tree, ``fill_document`` (fr→es, Apertium) with and without the quality
  estimate, in a fresh interpreter running that tree's code: the store is made there
  beforehand and untimed; the timing covers the fill alone (this interpreter and every
  process it started and waited for), the encoder's load included, as a `workbench fill`
  pays it.

Lines: the corpus's distinct cleaned sentences (``mt_apertium.corpus_sentences``), the
first 49 and all of them. Medians of the repeats; writes bench/results/mt_fill_compare.md.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from mt_apertium import apertium_alone, corpus_sentences, cost  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "mt_fill_compare.md"

# Run in the other interpreter, with the tree under test first on sys.path.
CHILD = """
import json, resource, sys
from pathlib import Path
tree, lines_file, folder, estimate = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4] == "1"
sys.path[:0] = [tree, tree + "/bench"]
import workbench
assert workbench.__file__.startswith(tree), workbench.__file__
from mt_apertium import stored_document
from workbench.pipeline.mt import fill_document
lines = json.loads(Path(lines_file).read_text(encoding="utf-8"))
store = stored_document(lines, Path(folder))

def cpu():
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime

start = cpu()
report = fill_document(store, "doc", "es", engine="apertium", models_dir=Path(folder) / "none",
                       estimate=estimate)
seconds = cpu() - start
scores = [b.score for b in store.beads(report.alignment.id)]
store.close()
print(json.dumps({"cpu": seconds, "filled": report.filled, "scores": scores}))
"""


def fill_in(tree: Path, lines_file: Path, folder: Path, estimate: bool) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(tree), str(lines_file), str(folder), str(int(estimate))],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "ARGOS_PACKAGES_DIR": "/nonexistent"},
    )
    if done.returncode != 0:
        raise SystemExit(f"fill in {tree} failed:\n{done.stderr[-2000:]}")
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline", type=Path, required=True, help="the other tree, e.g. main")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    trees = {"main": args.baseline.resolve(), "this branch": ROOT}
    sentences = corpus_sentences()
    load_start = os.getloadavg()[0]
    report = [
        "# fill with and without the estimate: this branch and main, against Apertium alone",
        "",
        f"`.venv/bin/python bench/mt_fill_compare.py --baseline {args.baseline} --repeats "
        f"{args.repeats}` (fr→es; CPU seconds of the fill alone, in a fresh interpreter per "
        f"run, encoder load included; medians of {args.repeats} repeats, every path in turn "
        f"in each; 2 cores shared with other helpers' work: load {load_start:.1f} at the "
        "start, LOAD_END at the end).",
        "",
        "| lines | path | CPU s | runs min–max | × Apertium alone |",
        "|---:|---|---:|---:|---:|",
    ]
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["WORKBENCH_CACHE_DIR"] = str(Path(tmp) / "cache")
        for lines in (sentences[:49], sentences):
            lines_file = Path(tmp) / "lines.json"
            lines_file.write_text(json.dumps(lines), encoding="utf-8")
            with tempfile.TemporaryDirectory(dir=tmp) as folder:  # untimed: the weights copy
                fill_in(ROOT, lines_file, Path(folder), True)
            times: dict[str, list[float]] = {"apertium -u fr-es alone": []}
            for _ in range(args.repeats):
                alone = cost(partial(apertium_alone, lines))[0]
                times["apertium -u fr-es alone"].append(alone)
                for name, tree in trees.items():
                    for estimate in (False, True):
                        path = (
                            f"{name}: fill {'with the estimate' if estimate else '--no-estimate'}"
                        )
                        with tempfile.TemporaryDirectory(dir=tmp) as folder:
                            got = fill_in(tree, lines_file, Path(folder), estimate)
                        times.setdefault(path, []).append(float(got["cpu"]))  # type: ignore[arg-type]
            base = statistics.median(times["apertium -u fr-es alone"])
            for name, values in times.items():
                median = statistics.median(values)
                report.append(
                    f"| {len(lines)} | {name} | {median:.2f} | {min(values):.2f}–{max(values):.2f} "
                    f"| {median / base:.2f} |"
                )
    text = "\n".join(report).replace("LOAD_END", f"{os.getloadavg()[0]:.1f}") + "\n"
    RESULTS.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
