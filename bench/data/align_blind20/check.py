"""Check that align_blind20 loads the way the benchmarks read it, without aligning anything.

align_blind2's checker does the work (see its docstring for the checks) with this
folder and this set's table of documents in place of its own.

    /work/main/.venv/bin/python bench/data/align_blind20/check.py [--markdown]
"""

from __future__ import annotations

import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent

# name: (genre, language the document was written in); shapes read French-other
DOCS = {
    "amnistie": ("library fines scrapped (a town's libraries; fines in numbers)", "English"),
    "trottinettes": ("local referendum (rental e-scooters banned; the vote in numbers)", "French"),
    "planetarium": ("reopening after a refit (a planetarium; practical information)", "French"),
    "pigeons": ("urban wildlife control (contraceptive corn for pigeons; at a glance)", "English"),
    "braderie": ("mass event figures (a city flea market; the market in numbers)", "French"),
    "sang": ("health appeal (blood stocks low; how to give)", "English"),
    "sel": ("winter roads (road salt running short; road update)", "French"),
    "cirque": ("travelling show in winter quarters (a circus on a farm)", "English"),
    "wegbau": ("yearbook: volunteers rebuilding a hut path, figures (Text+Berg-like)", "German"),
    "versorgung": ("yearbook: a hut's helicopter supply day, figures (Text+Berg-like)", "French"),
    "hoehenmedizin": (
        "yearbook: a doctor's altitude sickness study at a high hut, advice (Text+Berg-like)",
        "German",
    ),
    "funkrelais": ("yearbook: a section's radio relay for rescue calls (Text+Berg-like)", "German"),
    "senioren": ("yearbook: the section's seniors' week, figures (Text+Berg-like)", "French"),
    "abanicos": ("feature (hand-painted fans in Aldaia)", "Spanish"),
    "moliceiros": ("feature (the painters of Aveiro's moliceiro boats)", "French"),
}

if __name__ == "__main__":
    runpy.run_path(str(HERE.parent / "align_blind2" / "check.py"))["main"](HERE, DOCS)
