"""Start-up time of the command line, side by side with a bare interpreter.

Run: .venv/bin/python bench/cli_startup.py [--runs 30]

Each round runs every command once, in turn, so that a busy machine slows
them all alike; the table gives each command's median wall time and its ratio
to the median of ``python -c pass`` in the same rounds. ``workbench docs``
reads an empty database that exists already (schema at the head revision),
which is what every command but the first meets. Targets (issue 10): docs
within 8x a bare interpreter, --help within 6x.
Writes bench/results/cli_startup.md and prints the table.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
TARGETS = {"workbench --help": 6.0, "workbench docs": 8.0}


def commands(db: Path) -> dict[str, list[str]]:
    python = sys.executable
    script = str(Path(python).parent / "workbench")
    return {
        "python -c pass": [python, "-c", "pass"],
        "workbench --help": [script, "--help"],
        "workbench docs": [script, "docs", "--db", str(db)],
        "workbench docs -f json": [script, "docs", "--db", str(db), "-f", "json"],
    }


def timed(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "empty.db"
        runs = commands(db)
        timed(runs["workbench docs"])  # creates and migrates the database once
        times: dict[str, list[float]] = {name: [] for name in runs}
        for _ in range(args.runs):
            for name, argv in runs.items():
                times[name].append(timed(argv))
    base = statistics.median(times["python -c pass"])
    lines = [
        "| command | runs | median (ms) | × `python -c pass` | target |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, samples in times.items():
        median = statistics.median(samples)
        target = f"≤ {TARGETS[name]:g}×" if name in TARGETS else ""
        lines.append(
            f"| `{name}` | {len(samples)} | {median * 1000:.0f} | {median / base:.1f} | {target} |"
        )
    table = "\n".join(lines)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "cli_startup.md").write_text(table + "\n", encoding="utf-8")
    print(table)


if __name__ == "__main__":
    main()
