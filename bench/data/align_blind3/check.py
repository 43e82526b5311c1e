"""Check that align_blind3 loads the way the benchmarks read it, without aligning anything.

align_blind2's checker does the work (see its docstring for the checks) with this
folder and this set's table of documents in place of its own.

    /work/main/.venv/bin/python bench/data/align_blind3/check.py [--markdown]
"""

from __future__ import annotations

import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent

# name: (genre, language the document was written in); shapes read French-other
DOCS = {
    "storm": ("live blog (storm; time lines, newest first)", "French"),
    "brewery": ("business (French group buys Scottish brewer)", "English"),
    "asteroid": ("science story (amateur finds an asteroid)", "French"),
    "regatta": ("sports report (solo sailing race; results list)", "French"),
    "baker": ("interview, questions and answers", "French"),
    "gallery": ("culture news (photography retrospective)", "English"),
    "lowemission": ("explainer (low-emission zone; question headings)", "French"),
    "strike": ("wire story (air traffic control strike)", "English"),
    "hail": ("agriculture news (hail in Burgundy vineyards)", "English"),
    "trial": ("court report (favouritism conviction)", "French"),
    "hut": ("alpine club yearbook: hut centenary (Text+Berg-like)", "German"),
    "glacier": ("alpine club yearbook: glacier measurements (Text+Berg-like)", "German"),
    "rescue": ("alpine club yearbook: mountain rescue (Text+Berg-like)", "French"),
    "shipyard": ("business news (ferry order for a Cádiz shipyard)", "Spanish"),
    "transhumance": ("local news with a programme list", "French"),
    "fontina": ("feature (cheese cooperative recruits herders)", "Italian"),
}

if __name__ == "__main__":
    runpy.run_path(str(HERE.parent / "align_blind2" / "check.py"))["main"](HERE, DOCS)
