"""What the lexicon's Snowball stems cost: load time per pair, and the word evidence of a document.

Run: .venv/bin/python bench/lexicon_load.py [--runs 5]

For each FreeDict pair installed, the median CPU time (user + system, which waits
on a shared machine do not inflate) of reading the dictionary (`read_dictd`, as
`load_lexicon` does before anything else) and of indexing its headwords by stem
(`lexicon.stem_forms`), each in a fresh process so that nothing is cached; then
of `features.build_sides` without an encoder (word keys and translations only)
on the Text+Berg development document (de→fr) with the plain and with the stemmed
lexicon. `load_lexicon` keeps the stemmed index with the lexicon, once per pair
and process. Writes bench/results/lexicon_load.md and prints the table.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
PAIRS = [("fr", "en"), ("en", "fr"), ("fr", "de"), ("de", "fr"), ("fr", "es"), ("es", "en")]
DEV = ROOT.parent / "shared" / "gold" / "textberg-dev"

_ONE_PAIR = """
import json, sys, time
from workbench.align import lexicon as lx
src, tgt = sys.argv[1], sys.argv[2]
t0 = time.process_time()
files = lx._files(lx._iso3(src), lx._iso3(tgt), lx.DICTD_DIR)
reverse = files is None
entries = lx.read_dictd(*(files or lx._files(lx._iso3(tgt), lx._iso3(src), lx.DICTD_DIR)))
t1 = time.process_time()
full = lx.load_lexicon(src, tgt)
t2 = time.process_time()
stem = lx.stemmer(src)
assert stem is not None
forms = lx.stem_forms(full.entries, stem)
t3 = time.process_time()
print(json.dumps([t1 - t0, t3 - t2, len(full.entries), len(forms), reverse, t2 - t1]))
"""

_DOCUMENT = """
import json, sys, time
from workbench.align.config import WordLexicon
from workbench.align.features import build_sides
from workbench.align.lexicon import load_lexicon
src = open(sys.argv[1], encoding="utf-8").read().splitlines()
tgt = open(sys.argv[2], encoding="utf-8").read().splitlines()
stemmed = load_lexicon("de", "fr")
plain = WordLexicon("de", "fr", stemmed.entries)
out = []
for lexicon in (plain, stemmed):
    t0 = time.process_time()
    build_sides(src, tgt, encoder=None, lexicon=lexicon)
    out.append(time.process_time() - t0)
print(json.dumps(out))
"""


def _run(code: str, *args: str) -> list[float]:
    env = {"PYTHONPATH": str(ROOT), "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
    out = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, check=True, capture_output=True, text=True
    )
    result: list[float] = json.loads(out.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    md = "| pair | headwords | stems | read the dictionary (s) | index by stem (s) | "
    md += "`load_lexicon`, stems included (s) |\n"
    md += "|---|---:|---:|---:|---:|---:|\n"
    for src, tgt in PAIRS:
        runs = [_run(_ONE_PAIR, src, tgt) for _ in range(args.runs)]
        read = statistics.median(r[0] for r in runs)
        index = statistics.median(r[1] for r in runs)
        note = " (inverted)" if runs[0][4] else ""
        md += f"| {src}→{tgt}{note} | {runs[0][2]:,.0f} | {runs[0][3]:,.0f} | {read:.2f} | "
        md += f"{index:.2f} | {statistics.median(r[5] for r in runs):.2f} |\n"
    if (DEV / "dev.de").exists():
        docs = [_run(_DOCUMENT, str(DEV / "dev.de"), str(DEV / "dev.fr")) for _ in range(args.runs)]
        plain, stemmed = (statistics.median(d[k] for d in docs) for k in (0, 1))
        md += (
            f"\nWord evidence of the Text+Berg development document (`build_sides`, no "
            f"encoder): {plain:.2f} s with the plain lexicon, {stemmed:.2f} s stemmed "
            f"(median CPU time of {args.runs} runs).\n"
        )
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "lexicon_load.md").write_text(
        "# Lexicon load time with Snowball stems\n\n"
        "`.venv/bin/python bench/lexicon_load.py`: median CPU time of "
        f"{args.runs} fresh processes.\n\n" + md,
        encoding="utf-8",
    )
    print(md)


if __name__ == "__main__":
    main()
