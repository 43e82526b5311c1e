"""Check that align_blind14 loads the way the benchmarks read it, without aligning anything.

align_blind2's checker does the work (see its docstring for the checks) with this
folder and this set's table of documents in place of its own.

    /work/main/.venv/bin/python bench/data/align_blind14/check.py [--markdown]
"""

from __future__ import annotations

import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent

# name: (genre, language the document was written in); shapes read French-other
DOCS = {
    "cyberattaque": ("tech and health story (ransomware at a hospital; a list)", "French"),
    "logement": ("housing/economy report (rents in Bristol; a table by district)", "English"),
    "scrutin": ("local election result (a by-election run-off; results table)", "French"),
    "tennis": ("sports match report (tennis at Eastbourne; other results)", "English"),
    "epave": ("archaeology discovery (a Roman shipwreck off Cornwall)", "English"),
    "palmares": ("books story (a literary prize; a bibliographic line)", "French"),
    "emploi": ("economic data release (Irish unemployment; wire credits)", "English"),
    "incendie": ("breaking news (a fire in a listed chapel; update line)", "French"),
    "skihochtour": ("alpine club yearbook: a ski traverse, a timetable (Text+Berg-like)", "German"),
    "bouquetins": ("alpine club yearbook: an ibex census note, a table (Text+Berg-like)", "French"),
    "premiere": ("alpine club yearbook: an 1868 first ascent (Text+Berg-like)", "French"),
    "sektion": ("alpine club yearbook: a section's annual report (Text+Berg-like)", "German"),
    "necrologie": ("alpine club yearbook: obituary of a hut warden (Text+Berg-like)", "French"),
    "gaitas": ("feature (the last bagpipe maker of the Nalón valley)", "Spanish"),
    "rabelos": ("feature (the last builders of rabelo boats on the Douro)", "French"),
}

if __name__ == "__main__":
    runpy.run_path(str(HERE.parent / "align_blind2" / "check.py"))["main"](HERE, DOCS)
