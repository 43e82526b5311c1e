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
    "ferry": ("wire story (ferry stranded off Saint-Malo)", "French"),
    "liveblog": ("live blog (storm in Brittany; time lines, newest first)", "French"),
    "cheese": ("food and business feature (cheesemaker learns comté)", "English"),
    "satellite": ("science story (satellite measures Greenland melt)", "French"),
    "cycling": ("sports report (women's stage race; results list)", "French"),
    "gallery": ("culture interview, questions and answers (painter)", "English"),
    "bivouac": ("alpine club yearbook: a bivouac on the Weisshorn (Text+Berg-like)", "German"),
    "hutreport": ("alpine club yearbook: a hut report with a list (Text+Berg-like)", "French"),
    "glacier": ("alpine club yearbook: glacier measurements, 1908 (Text+Berg-like)", "German"),
    "obituary": ("alpine club yearbook: obituary of a member (Text+Berg-like)", "German"),
    "oldregister": ("alpine club yearbook: ascent in 1899, old style (Text+Berg-like)", "French"),
    "botany": ("alpine club yearbook: botany notes with a list (Text+Berg-like)", "French"),
    "assembly": ("alpine club yearbook: delegates' assembly, agenda (Text+Berg-like)", "German"),
    "olives": ("business feature (olive oil cooperative; price list)", "Spanish"),
    "violins": ("feature (violin repair workshop in Cremona)", "Italian"),
    "amber": ("feature (amber workshop in Gdańsk; price list)", "Polish"),
}

if __name__ == "__main__":
    runpy.run_path(str(HERE.parent / "align_blind2" / "check.py"))["main"](HERE, DOCS)
