"""`fill` names the original's sentences that have no French, and the route that gets them
translated (newcomer37 LOW 10).

After a new version of the original, four new English sentences stood alone in their beads,
and `fill` said "0 gaps drafted": it drafts the counterpart of French sentences, never French.
What the translator needs is those sentences translated; the XLIFF hand-off sends each as a
unit with no target, and its import stores the French typed in a CAT tool.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from lxml import etree

from tests.test_cli_bad_pages import NONE, cli

MODE = Path("/usr/share/apertium/modes/fr-es.mode")
APERTIUM = shutil.which("apertium") is not None and MODE.exists()
needs_apertium = pytest.mark.skipif(
    not APERTIUM, reason="needs Debian packages apertium and apertium-fr-es"
)

FRENCH = [
    "Le musée ouvre le 3 mai.",
    "Il accueille 40 écoles le lundi.",
    "La collection compte 2 000 tableaux.",
    "Le directeur part en 2027.",
]
ADDED = "La entrada cuesta 12 euros y los niños no pagan nada hasta los 18 años cumplidos."
SPANISH = [
    "El museo abre el 3 de mayo.",
    "Recibe a 40 escuelas los lunes.",
    ADDED,
    "La colección cuenta con 2.000 cuadros.",
    "El director se va en 2027.",
]
XLIFF = "urn:oasis:names:tc:xliff:document:1.2"


def _aligned(tmp_path: Path) -> Path:
    db = tmp_path / "w.db"
    for path, lines in ((tmp_path / "museo.fr.txt", FRENCH), (tmp_path / "museo.es.txt", SPANISH)):
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert cli("ingest", tmp_path / "museo.fr.txt", db=db)[0] == 0
    code, _, err = cli("align", "museo.fr", "--to", "es", "--original",
                       tmp_path / "museo.es.txt", *NONE, db=db)  # fmt: skip
    assert code == 0, err
    return db


@needs_apertium
def test_fill_names_the_original_s_sentences_with_no_french(tmp_path: Path) -> None:
    db = _aligned(tmp_path)

    code, out, err = cli("fill", "museo.fr", "--to", "es", "--engine", "apertium",
                         "--no-estimate", db=db)  # fmt: skip

    assert code == 0, err
    assert "0 gaps drafted" in out
    assert (
        "not drafted: bead 3 holds es text with no French (fill drafts es for French sentences "
        "only); to translate it: `workbench export museo.fr --to es -f xliff12 -o museo.fr.xlf`"
    ) in out
    code, out, _ = cli("fill", "museo.fr", "--to", "es", "--engine", "apertium",
                       "--no-estimate", "-f", "json", db=db)  # fmt: skip
    assert json.loads(out)[0]["no_french"] == [3]


def test_the_xliff_route_it_names_brings_the_french_back(tmp_path: Path) -> None:
    db = _aligned(tmp_path)
    xlf = tmp_path / "museo.fr.xlf"
    assert cli("export", "museo.fr", "--to", "es", "-f", "xliff12", "-o", xlf, db=db)[0] == 0
    tree = etree.parse(str(xlf))
    lone = [u for u in tree.iter(f"{{{XLIFF}}}trans-unit")
            if u.find(f"{{{XLIFF}}}target") is None]  # fmt: skip
    assert [u.findtext(f"{{{XLIFF}}}source") for u in lone] == [ADDED]
    etree.SubElement(lone[0], f"{{{XLIFF}}}target").text = "L'entrée coûte 12 euros."
    tree.write(str(xlf), xml_declaration=True, encoding="utf-8")

    code, _, err = cli("import", xlf, "--reviewer", "ana", db=db)

    assert code == 0, err
    code, out, _ = cli("beads", "museo.fr", "--to", "es", "-f", "json", db=db)
    texts = [(b["fr"], b["cp"]) for b in json.loads(out)]
    assert ("L'entrée coûte 12 euros.", ADDED) in texts
