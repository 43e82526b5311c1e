"""Check that align_blind9 loads the way the benchmarks read it, without aligning anything.

align_blind2's checker does the work (see its docstring for the checks) with this
folder and this set's table of documents in place of its own.

    /work/main/.venv/bin/python bench/data/align_blind9/check.py [--markdown]
"""

from __future__ import annotations

import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent

# name: (genre, language the document was written in); shapes read French-other
DOCS = {
    "quay": ("wire story (dockers' strike at Le Havre)", "French"),
    "runoff": ("live blog (municipal run-off night; time lines, newest first)", "French"),
    "lavender": ("feature (lavender growers and the drought)", "English"),
    "potter": ("interview, questions and answers (a potter)", "English"),
    "rowing": ("sports report (rowing regatta; results list)", "French"),
    "couloir": ("alpine club yearbook: ascent by a couloir (Text+Berg-like)", "German"),
    "sektion": ("alpine club yearbook: section and hut report (Text+Berg-like)", "German"),
    "moraine": ("alpine club yearbook: glacier measurements, figures (Text+Berg-like)", "French"),
    "nachruf": ("alpine club yearbook: guide's obituary, old style (Text+Berg-like)", "German"),
    "annales": ("alpine club yearbook: chronicle with dates (Text+Berg-like)", "French"),
    "honey": ("feature (beekeepers in the Alpujarra)", "Spanish"),
    "glass": ("feature (glass-blowers in Altare)", "Italian"),
}

if __name__ == "__main__":
    runpy.run_path(str(HERE.parent / "align_blind2" / "check.py"))["main"](HERE, DOCS)
