"""Importing a TMX: `workbench import-tmx` against translate-toolkit merely parsing the file.

Run: .venv/bin/python bench/tmx_import.py [--sizes 10000,100000] [--runs 3]
     [--before /path/to/an/older/checkout] [--baseline-max 100000] [--bar]

One file per size is written first (es→fr units with the props, dates and
reviewer a CAT tool writes). Then every (reader, size) runs ``--runs``
times, interleaved, each in its own process so that its peak memory
(``ru_maxrss``) and CPU time (user + system) are its own:

- ``workbench``: `pipeline.exchange.import_tmx` into a fresh SQLite file
  (parse, checks, inserts, one commit), the CLI's progress callback attached;
- ``translate-toolkit``: ``translate.storage.tmx.tmxfile.parsefile`` and a
  walk over its units (their source and target read), storing nothing;
- ``before`` (with ``--before``): the import of another checkout of the
  workbench, e.g. the commit before this change.

translate-toolkit holds the whole file (about 690 MB more per 100,000
units), so it only parses sizes up to ``--baseline-max``; larger sizes are
ours alone. With ``--bar`` the CLI's `workbench import` also runs once on the
largest file in a pseudo-terminal, to show that its progress bar draws.

Each process measures from after its imports and the database's creation
(the "RSS before" column, see ``measure.py``). Medians of the runs are reported. Writes
bench/results/tmx_import.md and prints it.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from measure import in_child, measure

if TYPE_CHECKING:
    from workbench.model import TranslationUnit

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
TARGET = 2.0  # the goal: at most twice translate-toolkit's parse, in CPU time
FLAT_MB = 10  # peak growth from the smallest size to the largest that still counts as flat


def units(n: int) -> Iterator[TranslationUnit]:
    """es→fr units as a CAT tool writes them: ids, dates, reviewer, origin, status, score."""
    from workbench.model import TranslationUnit

    when = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
    for i in range(n):
        yield TranslationUnit(
            tuid=f"memory:{i}",
            source=f"El presidente ruso aterrizó en Corea del Norte el {i} de junio, «dijo».",
            target=f"Le président russe a atterri en Corée du Nord le {i} juin, « a-t-il dit ».",
            source_lang="es",
            target_lang="fr",
            origin="human",
            status="confirmed",
            score=(i % 997) / 997,
            document="memory",
            reviewer="ana",
            created=when,
            changed=when + timedelta(seconds=i),
        )


def write_file(n: int, path: Path) -> None:
    from workbench.formats.tmx import write_tmx

    assert write_tmx(units(n), path).written == n


def import_ours(path: Path, db: Path) -> int:
    from workbench.pipeline.exchange import import_tmx
    from workbench.store import Store

    store = Store.open(str(db))
    seen = [0]

    def progress(done: int, size: int) -> None:  # what the CLI's bar is given
        seen[0] = done

    try:
        report = import_tmx(store, path, progress=progress)
    except TypeError:  # an older checkout (--before) takes no progress callback
        report = import_tmx(store, path)
    store.close()
    return report.units


def parse_translate_toolkit(path: Path) -> int:
    from translate.storage.tmx import tmxfile

    # translate-toolkit ships no annotations for parsefile
    store = tmxfile.parsefile(str(path))  # type: ignore[no-untyped-call]
    count = 0
    for unit in store.units:
        if unit.source and unit.target:
            count += 1
    return count


def child(reader: str, path: Path) -> None:
    """Measure one run in this process and print it as JSON."""
    import lxml.etree  # noqa: F401  (both parse with lxml; imported before the baseline)

    if reader == "translate-toolkit":
        import translate.storage.tmx  # noqa: F401
    else:
        import workbench.pipeline.exchange
        from workbench.store import Store

        if reader == "workbench":
            import workbench.store.bulk  # noqa: F401

    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "workbench.db"
        if reader != "translate-toolkit":
            Store.open(str(db)).close()  # created and migrated before the baseline
        count, figures = measure(
            lambda: (
                parse_translate_toolkit(path)
                if reader == "translate-toolkit"
                else import_ours(path, db)
            )
        )
    print(json.dumps({"reader": reader, "units": count, **figures}))


def run(reader: str, path: Path, before: Path | None) -> dict[str, float | str]:
    env = dict(os.environ)
    if reader == "before" and before is not None:
        env["PYTHONPATH"] = str(before)  # ahead of this checkout's editable install
    row: dict[str, float | str] = in_child(__file__, [reader, str(path)], env)
    print(
        f"  {reader:18} {int(row['units']):>9,} units: {float(row['cpu_seconds']):.1f} s CPU, "
        f"peak {float(row['peak_mb']):.0f} MB",
        flush=True,
    )
    return row


def medians(runs: list[dict[str, float | str]], size: int, mb: float) -> dict[str, float | str]:
    first = runs[0]
    row: dict[str, float | str] = {"reader": first["reader"], "units": size, "file_mb": mb}
    for key in ("seconds", "cpu_seconds", "baseline_mb", "peak_mb"):
        row[key] = statistics.median(float(r[key]) for r in runs)
    row["runs"] = len(runs)
    return row


def table(rows: list[dict[str, float | str]]) -> str:
    lines = [
        "| reader | units | file (MB) | CPU (s) | wall (s) | CPU ÷ translate-toolkit "
        "| peak RSS (MB) | RSS before (MB) |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    theirs = {
        int(r["units"]): float(r["cpu_seconds"]) for r in rows if r["reader"] == "translate-toolkit"
    }
    for r in rows:
        n = int(r["units"])
        lines.append(
            f"| {r['reader']} | {n:,} | {float(r['file_mb']):.0f} | "
            f"{float(r['cpu_seconds']):.1f} | {float(r['seconds']):.1f} | "
            f"{ratio(float(r['cpu_seconds']), theirs.get(n))} | {float(r['peak_mb']):.0f} | "
            f"{float(r['baseline_mb']):.0f} |"
        )
    return "\n".join(lines)


def ratio(ours: float, theirs: float | None) -> str:
    return "—" if theirs is None else f"{ours / theirs:.2f}"


def summary(rows: list[dict[str, float | str]]) -> str:
    by = {(r["reader"], int(r["units"])): r for r in rows}
    sizes = sorted({int(r["units"]) for r in rows})
    smallest, largest = sizes[0], sizes[-1]
    both = max(n for n in sizes if ("translate-toolkit", n) in by)
    ours, theirs = by[("workbench", both)], by[("translate-toolkit", both)]
    times = float(ours["cpu_seconds"]) / float(theirs["cpu_seconds"])
    growth = float(by[("workbench", largest)]["peak_mb"]) - float(
        by[("workbench", smallest)]["peak_mb"]
    )
    their_growth = float(theirs["peak_mb"]) - float(by[("translate-toolkit", smallest)]["peak_mb"])
    text = (
        f"At {both:,} units the import (parse, checks, inserts, commit) takes "
        f"**{times:.2f}x the CPU** of translate-toolkit merely parsing the file; the goal "
        f"(at most {TARGET:.0f}x) is {'met' if times <= TARGET else 'not met'} on this run. "
        f"From {smallest:,} to {largest:,} units its peak memory grows by {growth:+.0f} MB "
        f"(translate-toolkit's by {their_growth:+,.0f} MB from {smallest:,} to {both:,}); "
        f"the flat-memory goal (under {FLAT_MB} MB of growth) is "
        f"{'met' if growth < FLAT_MB else 'not met'}."
    )
    for n in sizes:
        if ("before", n) in by:
            old, now = (
                float(by[("before", n)]["cpu_seconds"]),
                float(by[("workbench", n)]["cpu_seconds"]),
            )
            text += (
                f" At {n:,} units the import before this change took {old:.1f} s of CPU, "
                f"{old / now:.1f}x the import now."
            )
    return text


def on_a_terminal(path: Path, db: Path) -> str:
    """`workbench import` of ``path`` on a pseudo-terminal (util-linux ``script``), as a
    user runs it: what its progress bar showed, and its wall time."""
    cli = Path(sys.executable).parent / "workbench"
    command = f"{shlex.quote(str(cli))} import {shlex.quote(str(path))} "
    command += f"--db {shlex.quote(str(db))}"
    start = time.perf_counter()
    result = subprocess.run(
        ["script", "-qec", command, "/dev/null"], capture_output=True, text=True, check=True
    )
    seconds = time.perf_counter() - start
    shown = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", result.stdout)  # colours, cursor moves
    label = f"Importing {path.name} (MB)"
    counts = re.findall(r"(\d+)/(\d+)", shown)
    frames = shown.count(label)
    last = shown.strip().splitlines()[-1].strip()
    shown = f"{counts[-1][0]}/{counts[-1][1]} MB" if counts else "nothing"
    return (
        f"On a terminal, `workbench import {path.name}` took {seconds:.0f} s (wall); its "
        f'progress bar "{label}" was drawn {frames} times, last at {shown}, and it ended: '
        f'"{last}".'
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--before", type=Path, help="an older checkout to time as well")
    parser.add_argument(
        "--before-max", type=int, default=10_000, help="time --before up to this many units"
    )
    parser.add_argument(
        "--baseline-max",
        type=int,
        default=100_000,
        help="parse with translate-toolkit up to this many units (it holds the whole file: "
        "about 690 MB more per 100,000 units)",
    )
    parser.add_argument(
        "--bar", action="store_true", help="also run `workbench import` on a terminal, largest size"
    )
    parser.add_argument("--child", nargs=2, metavar=("READER", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]))
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    readers = ["workbench", "translate-toolkit"] + (["before"] if args.before else [])
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for n in sizes:
            path = Path(folder) / f"memory-{n}.tmx"
            write_file(n, path)
            mb = path.stat().st_size / 1e6
            print(f"{n:,} units ({mb:.0f} MB):", flush=True)
            here = [
                r
                for r in readers
                if (r != "before" or n <= args.before_max)
                and (r != "translate-toolkit" or n <= args.baseline_max)
            ]
            runs: dict[str, list[dict[str, float | str]]] = {r: [] for r in here}
            for _ in range(args.runs):  # interleaved: the machine's load falls on all alike
                for reader in here:
                    runs[reader].append(run(reader, path, args.before))
            for reader in here:
                assert all(int(r["units"]) == n for r in runs[reader]), runs[reader]
                rows.append(medians(runs[reader], n, mb))
            if args.bar and n == max(sizes):
                bar = on_a_terminal(path, Path(folder) / "bar.db")
    before = f" --before {args.before} --before-max {args.before_max}" if args.before else ""
    if max(sizes) > args.baseline_max:
        before += f" --baseline-max {args.baseline_max}"
    if args.bar:
        before += " --bar"
    text = (
        "# TMX import\n\n"
        f"Command: `.venv/bin/python bench/tmx_import.py --sizes {args.sizes} "
        f"--runs {args.runs}{before}`\n"
        f"(medians of {args.runs} runs, each in its own process; "
        f"{datetime.now(UTC):%Y-%m-%d}, 2 cores shared with other jobs).\n\n"
        f"{table(rows)}\n\n{summary(rows)}\n" + (f"\n{bar}\n" if args.bar else "")
    )
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "tmx_import.md").write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
