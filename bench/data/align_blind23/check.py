"""Check that align_blind23 loads the way the benchmarks read it, without aligning anything.

align_blind2's checker does the work (see its docstring for the checks) with this
folder and this set's table of documents in place of its own.

    /work/main/.venv/bin/python bench/data/align_blind23/check.py [--markdown]
"""

from __future__ import annotations

import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent

# name: (genre, language the document was written in); shapes read French-other
DOCS = {
    "audience": (
        "court report (a scrap dealer fined for fly-tipping; the case in figures)",
        "English",
    ),
    "reparable": ("tech product launch (a repairable phone; specifications)", "French"),
    "haies": ("farm-subsidy reform (hedges paid instead of acres; what changes)", "English"),
    "interim": ("hospital staffing (beds shut for lack of nurses; in figures)", "French"),
    "castors": ("wildlife release (beavers back on a river, farmers' fears)", "English"),
    "courrier": ("postal service cut (mail three days a week; what changes)", "French"),
    "funiculaire": ("transport reopening (a funicular after a refit; at a glance)", "French"),
    "citrouilles": ("agricultural show (a giant pumpkin record; show records)", "English"),
    "lawinenhund": ("yearbook: an avalanche rescue dog's training (Text+Berg-like)", "German"),
    "ablation": (
        "yearbook: a glacier stake-measurement campaign, figures (Text+Berg-like)",
        "French",
    ),
    "markierung": (
        "yearbook: volunteers repainting trail waymarks, figures (Text+Berg-like)",
        "German",
    ),
    "gardienne": ("yearbook: a hut warden's last season (Text+Berg-like)", "French"),
    "vogelzug": (
        "yearbook: counting and ringing migrating birds on a pass (Text+Berg-like)",
        "German",
    ),
    "trufas": ("feature (black-truffle dogs of Sarrión)", "Spanish"),
    "forcole": ("feature (the last gondola oarlock carver of Venice)", "French"),
}

if __name__ == "__main__":
    runpy.run_path(str(HERE.parent / "align_blind2" / "check.py"))["main"](HERE, DOCS)
