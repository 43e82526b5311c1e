"""Check that align_blind10 loads the way the benchmarks read it, without aligning anything.

align_blind2's checker does the work (see its docstring for the checks) with this
folder and this set's table of documents in place of its own.

    /work/main/.venv/bin/python bench/data/align_blind10/check.py [--markdown]
"""

from __future__ import annotations

import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent

# name: (genre, language the document was written in); shapes read French-other
DOCS = {
    "eboulement": ("wire story (rockfall cuts an Alpine railway)", "French"),
    "direct": ("live blog (storm in Brittany; time lines, newest first)", "French"),
    "slate": ("feature (a Welsh slate town)", "English"),
    "cantine": ("interview, questions and answers (a school cook)", "French"),
    "beurre": ("analysis (the price of butter)", "French"),
    "osmie": ("science news (bees nesting in snail shells)", "English"),
    "grat": ("alpine club yearbook: ascent by a north ridge (Text+Berg-like)", "German"),
    "cabane": ("alpine club yearbook: section and hut report (Text+Berg-like)", "French"),
    "linard": ("alpine club yearbook: botanical note with a table (Text+Berg-like)", "German"),
    "nekrolog": ("alpine club yearbook: a photographer's obituary (Text+Berg-like)", "German"),
    "chronique": ("alpine club yearbook: dated chronicle of ascents (Text+Berg-like)", "French"),
    "salinas": ("feature (salt-makers in the Añana valley)", "Spanish"),
    "castagne": ("feature (a chestnut mill in the Garfagnana)", "Italian"),
    "cortica": ("feature (cork harvesters in the Alentejo)", "Portuguese"),
}

if __name__ == "__main__":
    runpy.run_path(str(HERE.parent / "align_blind2" / "check.py"))["main"](HERE, DOCS)
