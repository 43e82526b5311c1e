"""Check that align_blind17 loads the way the benchmarks read it, without aligning anything.

align_blind2's checker does the work (see its docstring for the checks) with this
folder and this set's table of documents in place of its own.

    /work/main/.venv/bin/python bench/data/align_blind17/check.py [--markdown]
"""

from __future__ import annotations

import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent

# name: (genre, language the document was written in); shapes read French-other
DOCS = {
    "faillite": ("business story (a furniture maker in receivership; the three bids)", "French"),
    "fouilles": ("archaeology find (Roman baths under a school car park; key finds)", "English"),
    "penurie": ("health supply story (a children's antibiotic; a 3-point plan)", "French"),
    "loterie": ("lottery story (an unclaimed ticket; how to check)", "English"),
    "presidence": ("appointment (a university's new president; career line)", "French"),
    "judo": ("sport results (European judo championships; finals and medal table)", "French"),
    "permis": ("explainer in questions (driving-test booking rules; key dates)", "English"),
    "sommeil": ("research study (school start times and sleep; figures)", "French"),
    "strahler": ("yearbook: crystal hunters in the Val Giuv (Text+Berg-like)", "German"),
    "vermessung": ("yearbook: an 1850s survey, heights table (Text+Berg-like)", "French"),
    "notfaelle": ("yearbook: mountain emergency statistics (Text+Berg-like)", "German"),
    "camp": ("yearbook: a youth camp report, programme (Text+Berg-like)", "French"),
    "flurnamen": ("yearbook: Lötschental field names, glossary (Text+Berg-like)", "German"),
    "chufa": ("feature (the tiger-nut growers of Alboraya)", "Spanish"),
    "burel": ("feature (the burel wool mill of Manteigas)", "French"),
}

if __name__ == "__main__":
    runpy.run_path(str(HERE.parent / "align_blind2" / "check.py"))["main"](HERE, DOCS)
