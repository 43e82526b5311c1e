"""Lay out subtitles_blind6's hand-typed cues as SRT/VTT files and write each film's gold.

The sources are typed in subtitles_blind4's form, so its maker does the work (see its
docstring for the form) with this folder in place of its own.

    /work/main/.venv/bin/python bench/data/subtitles_blind6/make.py
"""

from __future__ import annotations

import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    runpy.run_path(str(HERE.parent / "subtitles_blind4" / "make.py"))["main"](HERE)
