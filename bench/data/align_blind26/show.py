"""Print every bead of align_blind26 that is not one-to-one, side by side, for reading by hand.

align_blind2's reader, run on this folder.

python3 bench/data/align_blind26/show.py [NAME ...]
"""

from __future__ import annotations

import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    runpy.run_path(str(HERE.parent / "align_blind2" / "show.py"))["main"](HERE)
