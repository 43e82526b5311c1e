"""Check that align_blind16 loads the way the benchmarks read it, without aligning anything.

align_blind2's checker does the work (see its docstring for the checks) with this
folder and this set's table of documents in place of its own.

    /work/main/.venv/bin/python bench/data/align_blind16/check.py [--markdown]
"""

from __future__ import annotations

import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent

# name: (genre, language the document was written in); shapes read French-other
DOCS = {
    "immobilier": ("property market story (flat prices in Nantes; prices by district)", "French"),
    "election": ("election night (a by-election and recount; results table)", "English"),
    "lancement": ("product launch (a solar e-reader; specifications)", "English"),
    "design": ("design week report (Lyon; the winners)", "French"),
    "betteraves": ("farming story (the sugar beet harvest in the Aisne; figures)", "French"),
    "consommation": ("consumer-rights column (a reader's letter and the answer; steps)", "English"),
    "disparition": ("obituary (a lexicographer; closing dates line)", "English"),
    "recensement": ("census figures story (the Creuse; gains by town)", "French"),
    "badile": ("alpine club yearbook: the Badile north ridge, times (Text+Berg-like)", "German"),
    "rhone": ("alpine club yearbook: glacier changes, table, footnote (Text+Berg-like)", "French"),
    "luette": ("alpine club yearbook: a hut's centenary, stages (Text+Berg-like)", "French"),
    "abschied": ("alpine club yearbook: a mountain guide's obituary (Text+Berg-like)", "German"),
    "neuerscheinungen": ("alpine club yearbook: two book reviews (Text+Berg-like)", "German"),
    "turron": ("feature (the turrón makers of Jijona)", "Spanish"),
    "filigrana": ("feature (the gold filigree workshops of Gondomar)", "French"),
}

if __name__ == "__main__":
    runpy.run_path(str(HERE.parent / "align_blind2" / "check.py"))["main"](HERE, DOCS)
