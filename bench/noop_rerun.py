"""Re-running `ingest` and `align` with nothing to change: CPU time and peak memory, this
checkout beside another commit (where it left main, by default); same outputs?

Run: .venv/bin/python bench/noop_rerun.py [--runs 3] [--before REF] [--after REF]
[--corrected-only] (the second store alone)

newcomer21 re-ran a week's job: re-ingesting one unchanged 1.6 KB file (an original that
`align --original` had linked) took 4.6 s of CPU and 550 MB, re-running `align` 3-4 s.
Each round, for each checkout (exported with ``git archive``, run with this venv's
libraries) and an empty store: ingest bench/data/noop/tram.fr.txt (cp1252, CRLF) and its
English original tram.en.txt, another page (a corpus text: the site's lines change, as in
a folder of pages), `align tram.fr --to en --original tram.en.txt`, `fill tram.fr --to en
--no-estimate` (a nightly script's steps, newcomer26); then, measured, ingest tram.en.txt
twice, `align` the same again twice (the first after `fill` drafted: the alignment
changed since the last `align`, which computes again), `fill` again, and ingest
tram.fr.txt twice (its first time since the other page came, it is read again: that
page's lines may class it otherwise). Then, in a second store, a corrected original
(verify26: the client sent one once): tram.fr aligned with a copy of tram.en.txt, bead 1
confirmed, the copy corrected and aligned again (the original's version 2); measured,
`align --original` twice and `ingest` of each file, nothing changed. The table gives the
medians of CPU time (user + system of the process) and peak resident memory, and whether
every measured command printed the same on both sides and the beads are the same.
Writes bench/results/noop_rerun.md (noop_rerun_corrected.md with --corrected-only) and
prints it; exits 1 when an output differs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
DATA = ROOT / "bench" / "data" / "noop"
PAGE = ROOT / "corpora" / "003_f7e50d4cada97fff.txt"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from checkouts import add_options, measure, sides  # noqa: E402

ORIGINAL = ("--to", "en", "--original", str(DATA / "tram.en.txt"))
FILL = ("fill", "tram.fr", "--to", "en", "--no-estimate")
SETUP = [
    ("ingest", str(DATA / "tram.fr.txt")),
    ("ingest", str(DATA / "tram.en.txt")),
    ("ingest", str(PAGE)),
    ("align", "tram.fr", *ORIGINAL),
    FILL,
]
MEASURED = {
    "ingest the original again": ("ingest", str(DATA / "tram.en.txt")),
    "… and once more": ("ingest", str(DATA / "tram.en.txt")),
    "align --original again, nothing changed": ("align", "tram.fr", *ORIGINAL),
    "… and once more  ": ("align", "tram.fr", *ORIGINAL),
    "fill again, nothing changed": FILL,
    "ingest the translation again": ("ingest", str(DATA / "tram.fr.txt")),
    "… and once more ": ("ingest", str(DATA / "tram.fr.txt")),
}
BEADS = ("beads", "tram.fr", "--to", "en", "-f", "json")
# the client's corrected original, in its folder's copy of tram.en.txt
CORRECTION = ("will cost an estimated", "is expected to cost")


def corrected_original(src: Path, db: Path, folder: Path) -> dict[str, tuple[str, ...]]:
    """Set up the second store ``db`` (the corrected original's, module docstring) with
    the files copied into ``folder``; the commands to measure on it, by label."""
    folder.mkdir()
    fr, en = folder / "tram.fr.txt", folder / "tram.en.txt"
    for path in (fr, en):
        path.write_bytes((DATA / path.name).read_bytes())
    align = ("align", "tram.fr", "--to", "en", "--original", str(en))
    for step in [("ingest", str(fr)), align, ("confirm", "tram.fr", "1", "--reviewer", "ana")]:
        run(src, db, step)
    en.write_text(en.read_text(encoding="utf-8").replace(*CORRECTION), encoding="utf-8")
    run(src, db, align)
    return {
        "align --original, its original in 2 versions": align,
        "… and once more    ": align,
        "ingest that original again": ("ingest", str(en)),
        "ingest its translation again": ("ingest", str(fr)),
    }


def run(src: Path, db: Path, args: tuple[str, ...]) -> tuple[float, float, str]:
    """(CPU seconds, peak RSS in MB, standard output) of one `workbench ARGS`."""
    return measure(src, db, args, {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"})


def said_keys(said: dict[tuple[str, str], str]) -> set[str]:
    """The labels of everything printed (commands and beads)."""
    return {label for _, label in said}


@dataclass
class Taken:
    """CPU seconds and peak MB of each run of each command, and what it printed, by
    (checkout, label)."""

    cpu: dict[tuple[str, str], list[float]] = field(default_factory=dict)
    rss: dict[tuple[str, str], list[float]] = field(default_factory=dict)
    said: dict[tuple[str, str], str] = field(default_factory=dict)

    def measure(
        self, n: int, name: str, src: Path, db: Path, steps: dict[str, tuple[str, ...]]
    ) -> None:
        """Run each of ``steps`` once on ``db`` with checkout ``name`` (run ``n``)."""
        for label, step in steps.items():
            seconds, peak, out = run(src, db, step)
            self.cpu.setdefault((name, label), []).append(seconds)
            self.rss.setdefault((name, label), []).append(peak)
            self.said[(name, label)] = out
            print(f"run {n + 1} {name} {label}: {seconds:.2f} s CPU, {peak:.0f} MB", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_options(parser)
    parser.add_argument("--corrected-only", action="store_true", help="the second store alone")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="noop-rerun-"))
    checkouts = sides(args.before, args.after, work)
    before, after = checkouts
    taken = Taken()
    for n in range(args.runs):
        for side, (name, src) in enumerate(checkouts.items()):
            db = work / f"{side}-{n}.db"
            if not args.corrected_only:
                for step in SETUP:
                    run(src, db, step)
                taken.measure(n, name, src, db, MEASURED)
                taken.said[(name, "beads")] = run(src, db, BEADS)[2]
            db = work / f"{side}-{n}-corrected.db"
            taken.measure(n, name, src, db, corrected_original(src, db, work / f"{side}-{n}"))
            taken.said[(name, "corrected beads")] = run(src, db, BEADS)[2]
    cpu, rss, said = taken.cpu, taken.rss, taken.said
    labels = list(dict.fromkeys(label for _, label in cpu))
    same = all(said[(before, k)] == said[(after, k)] for k in {*labels, *said_keys(said)})
    lines = [
        f"Re-runs with nothing to change (bench/noop_rerun.py), median of {args.runs} runs, "
        f"load {os.getloadavg()[0]:.0f} at the end",
        "",
        f"| command | {before}: CPU s | peak MB | this checkout: CPU s | peak MB |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for label in labels:
        a = (after, label)
        lines.append(
            f"| {label} | {statistics.median(cpu[(before, label)]):.2f} "
            f"| {statistics.median(rss[(before, label)]):.0f} | {statistics.median(cpu[a]):.2f} "
            f"| {statistics.median(rss[a]):.0f} |"
        )
    lines += ["", f"Outputs and beads identical: {'yes' if same else 'NO'}"]
    table = "\n".join(lines)
    print(table)
    RESULTS.mkdir(exist_ok=True)
    name = "noop_rerun_corrected.md" if args.corrected_only else "noop_rerun.md"
    (RESULTS / name).write_text(table + "\n", encoding="utf-8")
    if not same:
        sys.exit(1)


if __name__ == "__main__":
    main()
