"""Check that align_blind11 loads the way the benchmarks read it, without aligning anything.

align_blind2's checker does the work (see its docstring for the checks) with this
folder and this set's table of documents in place of its own.

    /work/main/.venv/bin/python bench/data/align_blind11/check.py [--markdown]
"""

from __future__ import annotations

import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent

# name: (genre, language the document was written in); shapes read French-other
DOCS = {
    "tanker": ("wire story (tanker adrift off Ouessant)", "French"),
    "metro": ("live page (Lyon transport strike; time lines, newest first)", "French"),
    "oysters": ("long-form feature (oyster farmers of the Arcachon lagoon)", "English"),
    "entretien": ("interview, questions and answers (a bridge engineer)", "French"),
    "proces": ("court report (warehouse fire trial)", "French"),
    "bonds": ("economy analysis (French borrowing costs)", "English"),
    "photographe": ("obituary (a glacier photographer)", "French"),
    "derby": ("sports report (football derby; score line)", "French"),
    "lawine": ("alpine club yearbook: avalanche notes, a table (Text+Berg-like)", "German"),
    "muveran": ("alpine club yearbook: ski traverse narrative (Text+Berg-like)", "French"),
    "buecher": ("alpine club yearbook: book reviews (Text+Berg-like)", "German"),
    "groenland": ("alpine club yearbook: expedition report (Text+Berg-like)", "French"),
    "wildheu": ("alpine club yearbook: history of the wild-hay mowers (Text+Berg-like)", "German"),
    "espardenya": ("feature (a rope-sandal workshop in Olot)", "Catalan"),
    "risaia": ("feature (rice growers near Vercelli and the drought)", "Italian"),
}

if __name__ == "__main__":
    runpy.run_path(str(HERE.parent / "align_blind2" / "check.py"))["main"](HERE, DOCS)
