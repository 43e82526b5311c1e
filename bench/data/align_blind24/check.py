"""Check that align_blind24 loads the way the benchmarks read it, without aligning anything.

align_blind2's checker does the work (see its docstring for the checks) with this
folder and this set's table of documents in place of its own.

    /work/main/.venv/bin/python bench/data/align_blind24/check.py [--markdown]
"""

from __future__ import annotations

import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent

# name: (genre, language the document was written in); shapes read French-other
DOCS = {
    "ramonage": ("trades shortage (chimney sweeps swamped; worth knowing)", "French"),
    "ecluses": ("waterways (last lock keepers on a canal; in figures)", "English"),
    "baignade": ("bathing water (sewage spills close a beach; spills in numbers)", "English"),
    "chauffeurs": ("school transport (bus routes cut for want of drivers; figures)", "French"),
    "flechettes": ("sport (a postman wins the amateur darts title; the final)", "English"),
    "bisse": ("yearbook: a work day cleaning an irrigation channel (Text+Berg-like)", "French"),
    "gletscherfloh": ("yearbook: counting glacier springtails, figures (Text+Berg-like)", "German"),
    "begleitung": ("yearbook: guiding a blind climber up a peak (Text+Berg-like)", "German"),
    "horreos": ("feature (the last carpenter of Galicia's raised granaries)", "Spanish"),
    "muretti": ("feature (dry-stone terrace walls of the Cinque Terre)", "French"),
}

if __name__ == "__main__":
    runpy.run_path(str(HERE.parent / "align_blind2" / "check.py"))["main"](HERE, DOCS)
