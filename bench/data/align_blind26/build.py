"""Build align_blind26's sentence files and gold beads from its hand-paired sources.

The sources follow align_blind2's form exactly, so align_blind2's builder does
the work (see its docstring for the rules) with this folder in place of its own.

    /work/main/.venv/bin/python bench/data/align_blind26/build.py
"""

from __future__ import annotations

import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    runpy.run_path(str(HERE.parent / "align_blind2" / "build.py"))["main"](HERE)
