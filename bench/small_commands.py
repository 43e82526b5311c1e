"""A subtitler's small runs, two checkouts side by side: CPU time and peak memory of each
command, and whether both stored the same rows and beads (newcomer24: a 75-cue .srt took
12–22 s to ingest and 21–25 s to align, on a loaded machine).

Run: .venv/bin/python bench/small_commands.py [--runs 5] [--before REF] [--after REF]

Each round, with each checkout in turn (exported by ``git archive``, run with this venv's
libraries, so that a busy machine slows both alike; each goes first every other round,
as the second finds the libraries' files in the page cache): into a store that exists already at
the schema's head (what every run but a translator's first meets), ``workbench ingest``
of a 65-cue .srt, then ``align`` of it against its English original (``--original``:
ingested and linked), ``qa`` and ``export`` of the pair; into another such store,
``ingest`` of an 8 KB saved page. The table gives the medians of CPU time (user + system,
which waits on a shared machine do not inflate) and of peak resident memory. After the
rounds the segments and the beads each checkout stored are compared. Writes
bench/results/small_commands.md and prints the table; exits 1 when they differ.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from checkouts import add_options, measure, sides

from tests.long_text import rows_digest, stored_rows

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
SUBTITLES = ROOT / "bench" / "data" / "subtitles"
SRT, ORIGINAL = SUBTITLES / "cafe.fr.srt", SUBTITLES / "cafe.en.srt"
PAGE = ROOT / "bench" / "data" / "pages" / "heldout9" / "cuisine-des-quatre-vents-fr-1.html"
COMMANDS: dict[str, tuple[str, ...]] = {
    "ingest .srt": ("ingest", str(SRT)),
    "align .srt --original": ("align", SRT.stem, "--to", "en", "--original", str(ORIGINAL)),
    "qa": ("qa", SRT.stem, "--to", "en"),
    "export": ("export", SRT.stem, "--to", "en", "-o", "{work}/out.tmx"),
    "ingest .html": ("ingest", str(PAGE)),
}
BEADS = ("beads", SRT.stem, "--to", "en", "-f", "json")


def empty_store(work: Path) -> Path:
    """A store at the schema's head with nothing in it (``workbench docs`` made it)."""
    db = work / "empty.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "WORKBENCH_DB": str(db)}
    run = "import sys; from workbench.cli import main; sys.argv[0] = 'workbench'; main()"
    subprocess.run([sys.executable, "-c", run, "docs"], env=env, check=True, capture_output=True)
    return db


def one_round(src: Path, work: Path, empty: Path, samples: dict[str, list[tuple[float, float]]]
              ) -> tuple[str, str]:  # fmt: skip
    """Every command once with the package at ``src``; (rows digest, beads) it left."""
    pair, page = work / "pair.db", work / "page.db"
    shutil.copy(empty, pair), shutil.copy(empty, page)
    for name, args in COMMANDS.items():
        db = page if name == "ingest .html" else pair
        args = tuple(a.format(work=work) for a in args)
        seconds, peak, _ = measure(src, db, args)
        samples.setdefault(name, []).append((seconds, peak))
    beads = measure(src, pair, BEADS)[2]
    rows = stored_rows(f"sqlite:///{pair}") + stored_rows(f"sqlite:///{page}")
    return rows_digest(rows), beads


def table(samples: dict[str, dict[str, list[tuple[float, float]]]], runs: int) -> list[str]:
    """The medians, CPU s / peak MB, one line per command."""
    before, after = samples
    lines = [
        f"CPU s / peak MB, median of {runs} runs, load {os.getloadavg()[0]:.0f} at the end",
        "",
        f"| command | {before} | {after} | CPU ratio |",
        "| --- | ---: | ---: | ---: |",
    ]
    for name in COMMANDS:
        med = {
            side: tuple(statistics.median(s[i] for s in samples[side][name]) for i in (0, 1))
            for side in (before, after)
        }
        lines.append(
            f"| {name} | {med[before][0]:.2f} / {med[before][1]:.0f} "
            f"| {med[after][0]:.2f} / {med[after][1]:.0f} "
            f"| {med[after][0] / med[before][0]:.2f}× |"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_options(parser)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        checkouts = sides(options.before, options.after, work)
        empty = empty_store(work)
        samples: dict[str, dict[str, list[tuple[float, float]]]] = {n: {} for n in checkouts}
        left: dict[str, tuple[str, str]] = {}
        for run in range(options.runs):
            order = list(checkouts.items())
            for name, src in order[:: -1 if run % 2 else 1]:  # each goes first in turn
                left[name] = one_round(src, work, empty, samples[name])
                said = ", ".join(f"{c} {s[-1][0]:.2f} s" for c, s in samples[name].items())
                print(f"run {run + 1} {name}: {said}", flush=True)
        same = len(set(left.values())) == 1
        lines = table(samples, options.runs)
        lines += ["", f"Stored segments and beads identical: {'yes' if same else 'NO'}"]
    text = "\n".join(lines)
    print(text)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "small_commands.md").write_text(text + "\n", encoding="utf-8")
    sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()
