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
    "cinema": ("village cinema (volunteers reopen a Breton cinema; figures)", "French"),
    "vapeur": ("heritage railway (a restored steam engine's first train)", "English"),
    "nageuse": ("endurance swim (a grandmother of 71 swims the Channel)", "English"),
    "portables": ("school (pupils' phones locked away all day; a trial)", "French"),
    "epicerie": ("village shop (residents buy it as a co-operative)", "English"),
    "eoliennes": ("planning inquiry (a wind farm on the Lévézou plateau)", "French"),
    "schutzwald": ("yearbook: planting a protection forest in the Goms (Text+Berg-like)", "German"),
    "skizzenbuch": ("yearbook: a painter's sketchbooks of Arolla (Text+Berg-like)", "French"),
    "vollmond": ("yearbook: a full-moon ascent of the Piz Palü (Text+Berg-like)", "German"),
    "navajas": ("feature (the last hand knife makers of Albacete)", "French"),
    "calcada": ("feature (the pavement layers of Lisbon)", "Portuguese"),
}

if __name__ == "__main__":
    runpy.run_path(str(HERE.parent / "align_blind2" / "check.py"))["main"](HERE, DOCS)
