"""Two commits' ``workbench`` side by side, for the benches that compare this checkout
with another (`ingest_speed`, `noop_rerun`): the options that name them, their packages
exported with ``git archive`` (run with this venv's libraries), and one measured command.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUN = "import sys; from workbench.cli import main; sys.argv[0] = 'workbench'; sys.exit(main())"
AFTER = "this checkout"


def add_options(parser: argparse.ArgumentParser) -> None:
    """``--runs``, ``--before`` and ``--after``."""
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--before", help="commit to compare with (default: where HEAD left main)")
    parser.add_argument("--after", default="HEAD", help="commit measured as this checkout")


def export(ref: str, into: Path) -> Path:
    """The ``workbench`` package of commit ``ref``, unpacked under ``into``."""
    data = subprocess.run(
        ["git", "-C", str(ROOT), "archive", ref, "workbench"], check=True, capture_output=True
    ).stdout
    with tarfile.open(fileobj=BytesIO(data)) as tar:
        tar.extractall(into, filter="data")
    return into


def sides(before: str | None, after: str, work: Path) -> dict[str, Path]:
    """The two packages, exported under ``work``: first ``before`` (by default where
    ``after`` left main), then ``after`` as "this checkout"."""
    if before is None:  # main moves on: its newer rules would change the rows
        before = subprocess.run(
            ["git", "-C", str(ROOT), "merge-base", after, "main"],
            check=True, capture_output=True, text=True,
        ).stdout.strip()[:7]  # fmt: skip
    return {before: export(before, work / "before"), AFTER: export(after, work / "after")}


def measure(
    src: Path, db: Path, args: tuple[str, ...], env: dict[str, str] | None = None
) -> tuple[float, float, str]:
    """(CPU seconds, peak RSS in MB, standard output) of one `workbench ARGS` run from the
    package at ``src`` on the store ``db``, with ``env`` added to this environment."""
    env = {**os.environ, "PYTHONPATH": str(src), "WORKBENCH_DB": str(db), **(env or {})}
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(
            [sys.executable, "-c", RUN, *args], env=env, cwd=src, stdout=out, stderr=err
        )
        _, status, usage = os.wait4(proc.pid, 0)  # the process's own usage, not its siblings'
        code = os.waitstatus_to_exitcode(status)
        out.seek(0), err.seek(0)
        if code != 0:
            raise RuntimeError(f"{' '.join(args)} failed in {src}: {err.read().strip()[-500:]}")
        return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, out.read()
