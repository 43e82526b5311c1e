"""Check that align_blind4 loads the way the benchmarks read it, without aligning anything.

align_blind2's checker does the work (see its docstring for the checks) with this
folder and this set's table of documents in place of its own.

    /work/main/.venv/bin/python bench/data/align_blind4/check.py [--markdown]
"""

from __future__ import annotations

import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent

# name: (genre, language the document was written in); shapes read French-other
DOCS = {
    "dam": ("wire story (reservoir release floods a valley road)", "French"),
    "market": ("local news (covered market reopens)", "French"),
    "coral": ("science story (cold-water corals off Ireland)", "English"),
    "battery": ("business (battery start-up raises funds)", "French"),
    "marathon": ("sports report (city marathon; results list)", "French"),
    "opera": ("culture news (opera house premiere)", "English"),
    "keeper": ("interview, questions and answers (lighthouse keeper)", "French"),
    "wolves": ("wire story (wolf attacks on flocks)", "English"),
    "traverse": ("alpine club yearbook: ridge traverse (Text+Berg-like)", "German"),
    "permafrost": ("alpine club yearbook: permafrost and rockfall (Text+Berg-like)", "French"),
    "bivouac": ("alpine club yearbook: winter bivouac memoir (Text+Berg-like)", "German"),
    "guides": ("alpine club yearbook: a valley's mountain guides (Text+Berg-like)", "French"),
    "moraine": ("alpine club yearbook: a moraine lake (Text+Berg-like)", "German"),
    "saffron": ("business feature (saffron growers)", "Spanish"),
    "festival": ("local notice with a programme list", "French"),
    "chestnuts": ("feature (chestnut mill reopens)", "Italian"),
}

if __name__ == "__main__":
    runpy.run_path(str(HERE.parent / "align_blind2" / "check.py"))["main"](HERE, DOCS)
