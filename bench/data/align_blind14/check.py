"""Check that align_blind14 loads the way the benchmarks read it, without aligning anything.

align_blind2's checker does the work (see its docstring for the checks) with this
folder and this set's table of documents in place of its own.

    /work/main/.venv/bin/python bench/data/align_blind14/check.py [--markdown]
"""

from __future__ import annotations

import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent

# name: (genre, language the document was written in); shapes read French-other
DOCS = {
    "vendanges": ("wine harvest report (Burgundy; yields by appellation)", "French"),
    "sondage": ("opinion poll (pensions; results table, method note)", "French"),
    "echecs": ("chess tournament report (final standings)", "English"),
    "sauvetage": ("sea rescue (fishermen off the Hebrides)", "English"),
    "encheres": ("auction sale (a sea atlas; list of lots)", "English"),
    "hommage": ("news obituary of a scientist (a lichen botanist)", "English"),
    "aeroport": ("regional air route (Brest-Dublin; timetable)", "French"),
    "rentree": ("education story (teacher shortage; figures)", "French"),
    "nordwand": ("alpine club yearbook: a winter north face (Text+Berg-like)", "German"),
    "variations": ("alpine club yearbook: glacier changes, a table (Text+Berg-like)", "French"),
    "huette": ("alpine club yearbook: a hut's centenary history (Text+Berg-like)", "German"),
    "guide": ("alpine club yearbook: a guide's obituary (Text+Berg-like)", "French"),
    "recension": ("alpine club yearbook: book reviews (Text+Berg-like)", "German"),
    "almadraba": ("feature (a tuna trap off Barbate)", "Spanish"),
    "levadas": ("feature (walking the levadas of Madeira)", "French"),
}

if __name__ == "__main__":
    runpy.run_path(str(HERE.parent / "align_blind2" / "check.py"))["main"](HERE, DOCS)
