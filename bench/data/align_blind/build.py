"""Build the first blind set's sentence files and gold beads from its hand-paired sources.

The sources are in the form every later set kept, so align_blind2's builder does the
work (see its docstring for the rules) with this folder in place of its own. Until
session 28 this file was an earlier copy of that builder; the two wrote the same files
from these sources (checked byte for byte when the copy went).

    /work/main/.venv/bin/python bench/data/align_blind/build.py
"""

from __future__ import annotations

import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    runpy.run_path(str(HERE.parent / "align_blind2" / "build.py"))["main"](HERE)
