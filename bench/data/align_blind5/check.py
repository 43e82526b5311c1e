"""Check that align_blind5 loads the way the benchmarks read it, without aligning anything.

align_blind2's checker does the work (see its docstring for the checks) with this
folder and this set's table of documents in place of its own.

    /work/main/.venv/bin/python bench/data/align_blind5/check.py [--markdown]
"""

from __future__ import annotations

import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent

# name: (genre, language the document was written in); shapes read French-other
DOCS = {
    "quarry": ("wire story (quarry face collapses)", "French"),
    "blackout": ("live blog (power cut; time lines, newest first)", "French"),
    "ferryman": ("interview, questions and answers (river ferryman)", "French"),
    "lavender": ("feature (lavender distillers)", "English"),
    "bikes": ("business (bicycle maker opens a French plant)", "English"),
    "eels": ("science story (tagged eels tracked to the Azores)", "French"),
    "rowing": ("sports report (regatta; results list)", "French"),
    "choir": ("culture news (male voice choir's anniversary)", "English"),
    "tolls": ("court report (motorway toll fraud)", "English"),
    "couloir": ("alpine club yearbook: a north-face couloir (Text+Berg-like)", "German"),
    "hutbook": ("alpine club yearbook: a hut's old guest books (Text+Berg-like)", "French"),
    "crossing": ("alpine club yearbook: an 1887 glacier crossing (Text+Berg-like)", "German"),
    "foehn": ("alpine club yearbook: three days of foehn in a hut (Text+Berg-like)", "German"),
    "chamois": ("alpine club yearbook: forty years of chamois counts (Text+Berg-like)", "French"),
    "fishmarket": ("business feature (fish auction goes online)", "Spanish"),
    "bookfair": ("town notice with a programme list", "French"),
    "ferrata": ("feature (via ferrata reopens)", "Italian"),
    "cork": ("feature (cork harvest)", "Portuguese"),
}

if __name__ == "__main__":
    runpy.run_path(str(HERE.parent / "align_blind2" / "check.py"))["main"](HERE, DOCS)
