"""Check that align_blind19 loads the way the benchmarks read it, without aligning anything.

align_blind2's checker does the work (see its docstring for the checks) with this
folder and this set's table of documents in place of its own.

    /work/main/.venv/bin/python bench/data/align_blind19/check.py [--markdown]
"""

from __future__ import annotations

import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent

# name: (genre, language the document was written in); shapes read French-other
DOCS = {
    "objets": ("lost property office (a record year of items handed in; top five items)", "French"),
    "champignons": (
        "public health warning (mushroom poisonings double; poison centre advice)",
        "French",
    ),
    "patinoire": (
        "leisure closure (an ice rink shut by energy bills; the rink in numbers)",
        "English",
    ),
    "cloches": (
        "heritage restoration (cathedral bells recast and rehung; the nine bells)",
        "French",
    ),
    "phoques": ("wildlife count (record harbour seal pups; how to watch them)", "English"),
    "jumelage": ("town twinning anniversary (fifty years of exchanges; figures)", "English"),
    "etoiles": ("restaurant guide awards (a region's new stars; list of winners)", "French"),
    "marees": ("spring tides and crowds (a tidal island; high tide times)", "French"),
    "gipfelkreuz": (
        "yearbook: replacing a summit cross, the section's vote, figures (Text+Berg-like)",
        "German",
    ),
    "huettenhund": ("yearbook: a hut dog's life, with her years (Text+Berg-like)", "French"),
    "gewitter": ("yearbook: caught by lightning on a ridge, lessons (Text+Berg-like)", "German"),
    "patrouille": (
        "yearbook: the section's teams in a ski-mountaineering race, results (Text+Berg-like)",
        "French",
    ),
    "fotoplatten": (
        "yearbook: a guide's glass plates found in an attic, figures (Text+Berg-like)",
        "German",
    ),
    "botijos": ("feature (the last potters of porous water jugs in Agost)", "Spanish"),
    "bordados": ("feature (Madeira's hand embroiderers in Funchal)", "French"),
}

if __name__ == "__main__":
    runpy.run_path(str(HERE.parent / "align_blind2" / "check.py"))["main"](HERE, DOCS)
