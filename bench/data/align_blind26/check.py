"""Check that align_blind26 loads the way the benchmarks read it, without aligning anything.

align_blind2's checker does the work (see its docstring for the checks) with this
folder and this set's table of documents in place of its own.

    /work/main/.venv/bin/python bench/data/align_blind26/check.py [--markdown]
"""

from __future__ import annotations

import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent

# name: (genre, language the document was written in); shapes read French-other
DOCS = {
    "semences": ("seed bank (a village seed library in an old chapel; figures)", "English"),
    "gel": ("vineyard frost (candles lit in Chablis overnight; the damage)", "French"),
    "horloge": ("town clock (the last winder retires; the clock in figures)", "French"),
    "vinyle": ("industry (a record pressing plant reopens in the Potteries)", "English"),
    "petanque": ("sport (an English boules club at the Marseille tournament)", "English"),
    "sapins": ("Christmas trees (drought kills saplings in the Morvan; figures)", "French"),
    "gletschermuehle": ("yearbook: descending a glacier mill (Text+Berg-like)", "German"),
    "bohrhaken": ("yearbook: the first bolts of the Gastlosen (Text+Berg-like)", "French"),
    "winterraum": ("yearbook: a hut's winter room and its book (Text+Berg-like)", "German"),
    "silbo": ("feature (the whistled language of La Gomera taught at school)", "Spanish"),
    "presepi": ("feature (the nativity figure makers of a Naples street)", "French"),
}

if __name__ == "__main__":
    runpy.run_path(str(HERE.parent / "align_blind2" / "check.py"))["main"](HERE, DOCS)
