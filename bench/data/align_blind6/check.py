"""Check that align_blind6 loads the way the benchmarks read it, without aligning anything.

align_blind2's checker does the work (see its docstring for the checks) with this
folder and this set's table of documents in place of its own.

    /work/main/.venv/bin/python bench/data/align_blind6/check.py [--markdown]
"""

from __future__ import annotations

import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent

# name: (genre, language the document was written in); shapes read French-other
DOCS = {
    "flood": ("wire story (river floods a Breton town)", "French"),
    "wildfire": ("live blog (forest fire; time lines, newest first)", "French"),
    "baker": ("interview, questions and answers (village baker)", "French"),
    "oysters": ("food feature (oyster beds come back)", "English"),
    "tannery": ("business (tannery buys a French rival)", "English"),
    "bats": ("science story (bats avoid lit valleys)", "French"),
    "trail": ("sports report (trail race; results list)", "French"),
    "museum": ("culture news (museum reopens)", "English"),
    "court": ("court report (fake fine wine)", "English"),
    "lenzspitze": ("alpine club yearbook: a north-east face (Text+Berg-like)", "German"),
    "section": ("alpine club yearbook: a section's annual report (Text+Berg-like)", "French"),
    "skitour": ("alpine club yearbook: three days of ski touring (Text+Berg-like)", "German"),
    "crevasse": ("alpine club yearbook: a crevasse fall in 1911 (Text+Berg-like)", "French"),
    "saltpans": ("business feature (salt pans brought back)", "Spanish"),
    "marathon": ("town notice with a programme list", "French"),
    "glassworks": ("feature (glass furnace on Murano)", "Italian"),
    "tiles": ("feature (azulejo restoration)", "Portuguese"),
    "bulbs": ("feature (bulb grower goes organic)", "Dutch"),
}

if __name__ == "__main__":
    runpy.run_path(str(HERE.parent / "align_blind2" / "check.py"))["main"](HERE, DOCS)
