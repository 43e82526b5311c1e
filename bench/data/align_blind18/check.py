"""Check that align_blind18 loads the way the benchmarks read it, without aligning anything.

align_blind2's checker does the work (see its docstring for the checks) with this
folder and this set's table of documents in place of its own.

    /work/main/.venv/bin/python bench/data/align_blind18/check.py [--markdown]
"""

from __future__ import annotations

import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent

# name: (genre, language the document was written in); shapes read French-other
DOCS = {
    "eau": ("utility story (a water-bill rise to renew pipes; old and new tariffs)", "French"),
    "amendes": ("library story (late fines scrapped; how to get a card back)", "English"),
    "drones": ("health logistics (blood samples flown by drone; trial in numbers)", "French"),
    "girafe": ("zoo birth (a rare giraffe calf; a name vote; the mother's card)", "English"),
    "dictee": ("contest report (an international French dictation final; results)", "French"),
    "consigne": ("environment policy (a bottle deposit scheme one year on; deposits)", "English"),
    "timbre": ("stamp issue (a lighthouse keeper on a stamp; technical details)", "French"),
    "horaires": ("transport service change (a winter rail timetable; main changes)", "French"),
    "seilbahn": ("yearbook: a hut's goods ropeway, 1962-2003, figures (Text+Berg-like)", "German"),
    "murmeltiere": ("yearbook: counting marmots, table of counts (Text+Berg-like)", "French"),
    "klettergarten": ("yearbook: fifty years of a climbing crag (Text+Berg-like)", "German"),
    "seil": ("yearbook: from hemp rope to dynamic rope, test table (Text+Berg-like)", "French"),
    "quellen": ("yearbook: huts running out of spring water (Text+Berg-like)", "German"),
    "pimenton": ("feature (the smoked-paprika driers of the Vera valley)", "Spanish"),
    "conservas": ("feature (the last hand-packing sardine cannery of Matosinhos)", "French"),
}

if __name__ == "__main__":
    runpy.run_path(str(HERE.parent / "align_blind2" / "check.py"))["main"](HERE, DOCS)
