"""Check that align_blind16 loads the way the benchmarks read it, without aligning anything.

align_blind2's checker does the work (see its docstring for the checks) with this
folder and this set's table of documents in place of its own.

    /work/main/.venv/bin/python bench/data/align_blind16/check.py [--markdown]
"""

from __future__ import annotations

import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent

# name: (genre, language the document was written in); shapes read French-other
DOCS = {
    "secheresse": ("drought explainer (the Drôme; restriction levels by basin)", "French"),
    "jouets": ("business earnings story (a toymaker; key figures)", "English"),
    "urgences": ("health story with figures (emergency waiting times)", "French"),
    "theatre": ("culture review (a new play in Edinburgh)", "English"),
    "panne": ("live page (a rail signal failure in Lyon; time stamps)", "French"),
    "abysses": ("science discovery (a deep-sea octopus; a reference line)", "English"),
    "piscine": ("local council story (an open-air pool; list of measures)", "English"),
    "handball": ("sports transfer story (a goalkeeper; career list)", "French"),
    "grat": ("alpine club yearbook: a winter ridge traverse, timetable (Text+Berg-like)", "German"),
    "firn": ("alpine club yearbook: firn line measurements, a table (Text+Berg-like)", "French"),
    "biwak": ("alpine club yearbook: a bivouac shelter's history (Text+Berg-like)", "German"),
    "adieu": ("alpine club yearbook: a climber and teacher's obituary (Text+Berg-like)", "French"),
    "lectures": ("alpine club yearbook: two book reviews (Text+Berg-like)", "German"),
    "redeiras": ("feature (the net menders of A Guarda)", "Spanish"),
    "bacalhau": ("feature (drying salt cod at Ílhavo)", "French"),
}

if __name__ == "__main__":
    runpy.run_path(str(HERE.parent / "align_blind2" / "check.py"))["main"](HERE, DOCS)
