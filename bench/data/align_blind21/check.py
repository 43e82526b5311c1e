"""Check that align_blind21 loads the way the benchmarks read it, without aligning anything.

align_blind2's checker does the work (see its docstring for the checks) with this
folder and this set's table of documents in place of its own.

    /work/main/.venv/bin/python bench/data/align_blind21/check.py [--markdown]
"""

from __future__ import annotations

import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent

# name: (genre, language the document was written in); shapes read French-other
DOCS = {
    "eclairage": (
        "street lights switched off at night (a town's energy bill; the switch-off in figures)",
        "French",
    ),
    "cuivre": (
        "copper cable theft halting trains (a main line; the next day's service)",
        "English",
    ),
    "cimetiere": (
        "a cemetery running out of plots (abandoned graves reclaimed; charges)",
        "French",
    ),
    "gratuite": ("fare-free buses a year on (a city's network in numbers)", "English"),
    "adn": ("dog mess traced by DNA (a town's register; how to register)", "French"),
    "centenaire": ("a 105th birthday (a retired teacher; a twinning link)", "English"),
    "maternite": (
        "a rural maternity unit closing at night (campaigners; the health agency's plan)",
        "French",
    ),
    "fusion": ("merged villages choosing a name (the shortlist)", "English"),
    "solaranlage": (
        "yearbook: a hut's diesel generator replaced by solar power, figures (Text+Berg-like)",
        "German",
    ),
    "eisklettern": ("yearbook: a youth group's ice-climbing week (Text+Berg-like)", "French"),
    "wetterwarte": (
        "yearbook: portrait of a snow observer at a measuring field, figures (Text+Berg-like)",
        "German",
    ),
    "trockentoilette": ("yearbook: dry toilets at a hut, figures (Text+Berg-like)", "French"),
    "schneeschuh": (
        "yearbook: a section's snowshoe tour in avalanche weather, tour box (Text+Berg-like)",
        "German",
    ),
    "alpargatas": ("feature (hand-sewn espadrilles in Cervera del Río Alhama)", "Spanish"),
    "guitarras": ("feature (a Coimbra guitar maker)", "French"),
}

if __name__ == "__main__":
    runpy.run_path(str(HERE.parent / "align_blind2" / "check.py"))["main"](HERE, DOCS)
