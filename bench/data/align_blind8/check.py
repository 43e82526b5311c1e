"""Check that align_blind8 loads the way the benchmarks read it, without aligning anything.

align_blind2's checker does the work (see its docstring for the checks) with this
folder and this set's table of documents in place of its own.

    /work/main/.venv/bin/python bench/data/align_blind8/check.py [--markdown]
"""

from __future__ import annotations

import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent

# name: (genre, language the document was written in); shapes read French-other
DOCS = {
    "flood": ("wire story (the Saône floods north of Lyon)", "French"),
    "strike": ("live blog (rail strike; time lines, newest first)", "French"),
    "cider": ("food and business feature (cider maker learns in Normandy)", "English"),
    "storks": ("science story (GPS-tracked storks winter in Spain)", "French"),
    "biathlon": ("sports report (biathlon pursuit; results list)", "English"),
    "novelist": ("culture interview, questions and answers (novelist)", "English"),
    "traverse": ("alpine club yearbook: the Bietschhorn north ridge (Text+Berg-like)", "German"),
    "annual": ("alpine club yearbook: section report, tour list (Text+Berg-like)", "German"),
    "snowgauge": ("alpine club yearbook: snow measurements, table (Text+Berg-like)", "French"),
    "inmemoriam": ("alpine club yearbook: obituary of a president (Text+Berg-like)", "French"),
    "oldpass": ("alpine club yearbook: a pass in 1868, old style (Text+Berg-like)", "German"),
    "chronik": ("alpine club yearbook: chronicle with an agenda (Text+Berg-like)", "German"),
    "saffron": ("business feature (saffron cooperative in La Mancha; price list)", "Spanish"),
    "marble": ("feature (hand-carving marble workshop in Carrara)", "Italian"),
    "frescoes": ("feature (fresco restorers at Voroneț)", "Romanian"),
    "boatyard": ("feature (wooden boatyard on Möja)", "Swedish"),
}

if __name__ == "__main__":
    runpy.run_path(str(HERE.parent / "align_blind2" / "check.py"))["main"](HERE, DOCS)
