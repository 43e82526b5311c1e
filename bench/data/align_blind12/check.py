"""Check that align_blind12 loads the way the benchmarks read it, without aligning anything.

align_blind2's checker does the work (see its docstring for the checks) with this
folder and this set's table of documents in place of its own.

    /work/main/.venv/bin/python bench/data/align_blind12/check.py [--markdown]
"""

from __future__ import annotations

import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent

# name: (genre, language the document was written in); shapes read French-other
DOCS = {
    "canicule": ("weather explainer (heat dome over southern France; key figures)", "English"),
    "resultats": ("business earnings story (a rail equipment maker's half-year profit)", "English"),
    "rougeole": ("health story with figures (a measles outbreak; advice list)", "French"),
    "opera": ("culture review (an opera premiere in Lyon; credits, rating)", "French"),
    "tunnel": ("live page (trains stuck in the Channel Tunnel; time lines)", "French"),
    "fossile": ("science discovery (a new pterosaur; journal reference)", "English"),
    "conseil": ("local council story (a pedestrian street vote in Besançon)", "French"),
    "transfert": ("sports transfer story (a striker sold to England; career list)", "English"),
    "gletscher": ("alpine club yearbook: glacier measurements, a table (Text+Berg-like)", "German"),
    "nachruf": ("alpine club yearbook: obituary of a guide (Text+Berg-like)", "French"),
    "cabane": ("alpine club yearbook: fifty years of a hut (Text+Berg-like)", "French"),
    "erstbegehung": ("alpine club yearbook: a new climbing route (Text+Berg-like)", "German"),
    "rezension": ("alpine club yearbook: reviews, two books, a map (Text+Berg-like)", "French"),
    "faro": ("feature (the last lighthouse keeper of the Costa da Morte)", "Spanish"),
    "azulejos": ("feature (azulejo restorers in Lisbon)", "French"),
}

if __name__ == "__main__":
    runpy.run_path(str(HERE.parent / "align_blind2" / "check.py"))["main"](HERE, DOCS)
