"""Check that align_blind22 loads the way the benchmarks read it, without aligning anything.

align_blind2's checker does the work (see its docstring for the checks) with this
folder and this set's table of documents in place of its own.

    /work/main/.venv/bin/python bench/data/align_blind22/check.py [--markdown]
"""

from __future__ import annotations

import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent

# name: (genre, language the document was written in); shapes read French-other
DOCS = {
    "bibliobus": (
        "a county's mobile library makes its last round (the round in figures)",
        "French",
    ),
    "vidange": ("a canal drained for repairs, what it gave up (a list of finds)", "English"),
    "radar": ("red-light cameras a year on (the four junctions)", "French"),
    "pharmacie": ("a village loses its last pharmacy (where to collect prescriptions)", "English"),
    "moustique": ("sterile tiger mosquitoes released (what residents can do)", "French"),
    "orgue": ("a church organ restored abroad (the opening recital)", "English"),
    "frelon": ("record number of Asian hornet nests destroyed (how to report one)", "French"),
    "stationnement": ("residents' parking permits extended (what changes)", "English"),
    "hoehle": (
        "yearbook: a caving party reopens a karst shaft, data box (Text+Berg-like)",
        "German",
    ),
    "alpabzug": ("yearbook: the cattle's descent from an alp, figures (Text+Berg-like)", "French"),
    "bergmesse": ("yearbook: a section's mass on a pass (Text+Berg-like)", "German"),
    "haengebruecke": (
        "yearbook: a suspension footbridge over a gorge, figures (Text+Berg-like)",
        "French",
    ),
    "kletterhalle": (
        "yearbook: a section's climbing hall in an old sawmill (Text+Berg-like)",
        "German",
    ),
    "esparto": ("feature (the last esparto weavers of Cieza)", "Spanish"),
    "tamancos": ("feature (a clog maker in Vila Verde)", "French"),
}

if __name__ == "__main__":
    runpy.run_path(str(HERE.parent / "align_blind2" / "check.py"))["main"](HERE, DOCS)
