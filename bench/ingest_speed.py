"""`workbench ingest` of a long plain-text file: CPU time and peak memory, this checkout
beside another commit (where it left main, by default); do both store the same rows?

Run: .venv/bin/python bench/ingest_speed.py [--copies 30 | --file F | --small] [--runs 3]
[--before REF]

The file is the sample corpus repeated ``--copies`` times with numbered lines
(`tests.long_text.long_text`; 30 copies: 1.07 MB, 13,950 segments), or ``--file``
(newcomer17's 5.2 MB ``enorme.fr.txt``). Both commits' ``workbench`` packages
(``--after`` is HEAD by default: commit before measuring) are exported with
``git archive`` and run from there with this venv's libraries. Each round
ingests the file into an empty store, then again (unchanged), with each
checkout in turn, so that a busy machine slows both alike; the table gives
the medians of CPU time (user + system of the process, which waiting on a
loaded machine does not inflate) and of peak resident memory. After the
rounds the stored segments (document, version, index, block, kind, language,
text, metadata) of the two checkouts are compared.
``--small`` measures small files instead, where start-up and the language guesser's models
are most of the cost (newcomer23: 8–11 s and 450–500 MB for a 5 KB page): a 3 KB saved
page of the pairs, a Word document written from its text, and the 8 KB PDF of the tests;
each is ingested once into an empty store per round (`small_files`).
Writes bench/results/ingest_speed.md (with ``--file``: ingest_speed-STEM.md; with
``--small``: ingest_speed-small.md) and prints the table; exits 1 when the stored segments
differ.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from checkouts import add_options, measure, sides  # noqa: E402

from tests.long_text import long_text, rows_digest, stored_rows  # noqa: E402


def ingest(src: Path, db: Path, path: Path) -> tuple[float, float, str]:
    """(CPU seconds, peak RSS in MB, last stdout line) of one `workbench ingest path`."""
    cpu, rss, out = measure(src, db, ("ingest", str(path)))
    return cpu, rss, out.strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=30)
    parser.add_argument("--file", type=Path)
    parser.add_argument("--small", action="store_true", help="a page, a .docx and a PDF")
    add_options(parser)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="ingest-speed-"))
    if args.small:
        from ingest_small import small_files

        sys.exit(small_files(sides(args.before, args.after, work), work, args.runs))
    path = args.file.resolve() if args.file else work / "long.fr.txt"
    if not args.file:
        path.write_text(long_text(args.copies), encoding="utf-8")
    checkouts = sides(args.before, args.after, work)
    before, after = checkouts
    times: dict[tuple[str, str], list[float]] = {}
    said: dict[tuple[str, str], str] = {}
    dbs: dict[str, Path] = {}
    for run in range(args.runs):
        for side, (name, src) in enumerate(checkouts.items()):
            db = work / f"{side}-{run}.db"
            dbs[name] = db
            for step in ("first", "again"):
                cpu, rss, line = ingest(src, db, path)
                times.setdefault((name, f"{step} cpu"), []).append(cpu)
                times.setdefault((name, f"{step} rss"), []).append(rss)
                said[(name, step)] = line
                print(f"run {run + 1} {name} {step}: {cpu:.1f} s CPU, {rss:.0f} MB", flush=True)
    rows = {name: stored_rows(f"sqlite:///{db}") for name, db in dbs.items()}
    same = rows_digest(rows[before]) == rows_digest(rows[after])
    med = {k: statistics.median(v) for k, v in times.items()}
    lines = [
        f"`workbench ingest` of {path.name} ({path.stat().st_size / 1e6:.2f} MB, "
        f"{len(rows[after]):,} segments), median of {args.runs} runs, "
        f"{os.getloadavg()[0]:.0f} load at the end",
        "",
        "| | first ingest: CPU s | peak MB | unchanged, again: CPU s | peak MB |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for name in (before, after):
        lines.append(
            f"| {name} | {med[(name, 'first cpu')]:.1f} | {med[(name, 'first rss')]:.0f} "
            f"| {med[(name, 'again cpu')]:.1f} | {med[(name, 'again rss')]:.0f} |"
        )
    ratio_first = med[(after, "first cpu")] / med[(before, "first cpu")]
    ratio_again = med[(after, "again cpu")] / med[(before, "again cpu")]
    lines += [
        f"| ratio | {ratio_first:.2f}× | | {ratio_again:.2f}× | |",
        "",
        f"Stored segments identical: {'yes' if same else 'NO'}; "
        f"the second ingest said: {said[(after, 'again')]!r} ({before}: "
        f"{said[(before, 'again')]!r})",
    ]
    table = "\n".join(lines)
    print(table)
    RESULTS.mkdir(exist_ok=True)
    out = "ingest_speed.md" if not args.file else f"ingest_speed-{path.stem}.md"
    (RESULTS / out).write_text(table + "\n", encoding="utf-8")
    if not same:
        sys.exit(1)


if __name__ == "__main__":
    main()
