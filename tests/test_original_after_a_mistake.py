"""After a translation is aligned by mistake with another article's original, then with its
own, a plain `align` keeps its own (newcomer36 LOW 9).

Both files stay linked as the translation's original (`docs` lists both). A plain `align`
took the one stored last, the wrong one: without reviews it replaced the right alignment,
unsaid; with reviews it refused, "already aligned with another en original".
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_cli_bad_pages import NONE, cli

FRENCH = [
    "Le musée ouvre le 3 mai.",
    "Il accueille 40 écoles le lundi.",
    "La collection compte 2 000 tableaux.",
    "Le directeur part en 2027.",
]
OWN = [
    "The museum opens on 3 May.",
    "It welcomes 40 schools on Mondays.",
    "The collection holds 2,000 paintings.",
    "The director leaves in 2027.",
]
OTHER = ["Cycling lanes are being built.", "The city council voted yesterday.", "Bikes cost money."]


def _counterparts(db: Path) -> list[str]:
    code, out, err = cli("beads", "museo.fr", "--to", "en", "-f", "json", db=db)
    assert code == 0, err
    return [b["cp"] for b in json.loads(out)]


def test_a_plain_align_keeps_the_original_aligned_last(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    files = {"museo.fr.txt": FRENCH, "museo.en.txt": OWN, "velos.en.txt": OTHER}
    for name, lines in files.items():
        (tmp_path / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert cli("ingest", tmp_path / "museo.fr.txt", db=db)[0] == 0
    align = ("align", "museo.fr", "--to", "en", *NONE)
    for original in ("museo.en.txt", "velos.en.txt", "museo.en.txt"):
        assert cli(*align, "--original", tmp_path / original, db=db)[0] in (0, 3)
    assert cli("confirm", "museo.fr", "1", "--to", "en", "--reviewer", "ana", db=db)[0] == 0

    code, _, err = cli(*align, db=db)

    assert code == 0, err
    assert _counterparts(db) == OWN
