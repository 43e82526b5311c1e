"""A paragraph wrapped just before a number is one paragraph; a list stays a list.

newcomer27's library rules: one paragraph of seven articles, printed by LibreOffice
from Word, whose lines wrap before "4." and "5." ("… trois semaines. Article" /
"4. Un document perdu …"). The PDF reader took those lines for a numbered list: it
dropped "4." and "5." from the text, cut the paragraph there and once more mid-sentence
("Article 6. Les" / "téléphones"), and the TMX paired "Article 4. A lost item …" with
"Un document perdu …" at 0.91. The same text hard-wrapped in a `.txt` was cut into four
blocks, two of them headings. A list's item starts a line after a line that ended a
sentence or an item (or a box's start, a blank line); a wrapped line's continuation
follows a line that ends mid-sentence at the column's edge.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from workbench.ingest.extract import plain_blocks
from workbench.ingest.readers_pdf import read_pdf
from workbench.ingest.segment import split_sentences
from workbench.model import Kind
from workbench.pipeline.parsing import parse_file

SOFFICE = shutil.which("soffice")

TITLE = "Règlement intérieur de la bibliothèque"
ARTICLES = [
    "Article 1. La bibliothèque est ouverte à tous, sans condition d'âge.",
    "Article 2. L'inscription est gratuite pour les habitants de la commune.",
    "Article 3. Chaque lecteur peut emprunter dix documents pour trois semaines.",
    "Article 4. Un document perdu ou abîmé doit être remplacé par l'emprunteur.",
    "Article 5. Il est interdit de manger dans les salles de lecture.",
    "Article 6. Les téléphones doivent être mis en mode silencieux.",
    "Article 7. Le présent règlement entre en vigueur le 1er janvier 2027.",
]
# The same rules as a browser's "save as text" wraps them (newcomer27's reproduction).
WRAPPED_RULES = (
    f"{TITLE}\n\n"
    "Article 1. La bibliothèque est ouverte à tous, sans condition d'âge. Article 2.\n"
    "L'inscription est gratuite pour les habitants de la commune. Article 3. Chaque\n"
    "lecteur peut emprunter dix documents pour trois semaines. Article\n"
    "4. Un document perdu ou abîmé doit être remplacé par l'emprunteur. Article\n"
    "5. Il est interdit de manger dans les salles de lecture.\n"
)

STEPS = ["Préchauffer le four.", "Mélanger la farine et le sucre.", "Cuire vingt minutes."]
LONG_STEP = (
    "Battre les œufs avec le sucre dans un grand saladier, puis ajouter la farine "
    "tamisée en pluie et remuer sans cesse jusqu'à obtenir une pâte lisse et brillante."
)
BULLETS = ["de la farine", "du sucre en poudre", "trois œufs"]

# (.txt text, its blocks): true lists stay lists, one item a block.
LISTS_TXT = [
    # numbered, each item a sentence
    ("1. Préchauffer le four.\n2. Mélanger la farine et le sucre.\n3. Cuire vingt minutes.\n",
     ["1. Préchauffer le four.", "2. Mélanger la farine et le sucre.", "3. Cuire vingt minutes."]),
    # numbered, no stops, under a heading with no stop
    ("Ingrédients pour six personnes\n1. Farine\n2. Sucre\n3. Œufs\n",
     ["Ingrédients pour six personnes", "1. Farine", "2. Sucre", "3. Œufs"]),
    # items wrapped onto a second line, the first one full and with no stop
    ("1. Préchauffer le four à 180 degrés, beurrer un moule de vingt-quatre centimètres\n"
     "et le fariner légèrement avant d'y verser la pâte pour que rien ne colle au fond\n"
     "2. Battre les œufs avec le sucre jusqu'à ce que le mélange blanchisse et double\n"
     "de volume.\n"
     "3. Cuire vingt minutes.\n",
     ["1. Préchauffer le four à 180 degrés, beurrer un moule de vingt-quatre centimètres "
      "et le fariner légèrement avant d'y verser la pâte pour que rien ne colle au fond",
      "2. Battre les œufs avec le sucre jusqu'à ce que le mélange blanchisse et double "
      "de volume.",
      "3. Cuire vingt minutes."]),
    # after a wrapped sentence that ends in ":"
    ("Pour réussir ce gâteau, il faut respecter quelques règles simples, toujours dans\n"
     "l'ordre où elles sont données ici :\n"
     "1. Peser tous les ingrédients avant de commencer.\n"
     "2. Sortir le beurre du réfrigérateur une heure avant.\n",
     ["Pour réussir ce gâteau, il faut respecter quelques règles simples, toujours dans "
      "l'ordre où elles sont données ici :",
      "1. Peser tous les ingrédients avant de commencer.",
      "2. Sortir le beurre du réfrigérateur une heure avant."]),
    # bulleted, the bullet left out
    ("Il vous faut :\n- de la farine\n- du sucre en poudre\n- trois œufs\n",
     ["Il vous faut :", *BULLETS]),
    ("• Préchauffer le four.\n• Mélanger la farine et le sucre.\n",
     ["Préchauffer le four.", "Mélanger la farine et le sucre."]),
]  # fmt: skip


# Lines that open with a number, or follow one, and stay apart (found in the pages the
# project holds): a numbered heading and a count under a line with no stop, a timeline's
# entries, a provision's number that ends a sentence.
APART_TXT = [
    "Vous avez testé cette recette ? Identifiez-moi sur Instagram @lacuilleredezelie\n"
    "18 commentaires\n",
    "Profesorado: Dra. Marta Soler Ibáñez (coordinadora); D. Raúl Cañete Molina, Dr. Gil\n"
    "1. Presentación\n",
    "12' GOAL Ashby Vale. Okafor finishes low after a one-two with Pratt. 0-1\n"
    "44' Red card. Reilly (Marlbrook) second booking for a trip on Okafor.\n"
    "51' GOAL Ashby Vale. Pratt heads in Wilde's free-kick. 0-2\n",
    "Les tonneliers travaillaient dans la rue des Remparts, où ils ont eu leurs ateliers\n"
    "jusqu'en 1960 ; la famille Vidal, arrivée de Sète en 1890, y a tenu longtemps\n"
    "l'atelier de la rue qui porte aujourd'hui encore, au-dessus de sa porte, le n° 8.\n"
    "Le déclin est venu avec les cuves en béton, que les caves coopératives préféraient.\n",
]


@pytest.mark.parametrize("text", APART_TXT)
def test_a_line_after_a_numbers_line_that_is_no_wrap_stays_apart(text: str) -> None:
    lines = text.splitlines()
    if "jusqu'en" in text:  # a wrapped paragraph, then the next one
        lines = [" ".join(lines[:3]), lines[3]]
    assert [b.text for b in plain_blocks(text)] == lines


@pytest.mark.parametrize(("text", "blocks"), LISTS_TXT)
def test_a_plain_text_list_keeps_one_item_a_block(text: str, blocks: list[str]) -> None:
    assert [b.text for b in plain_blocks(text)] == blocks


def test_a_plain_text_paragraph_wrapped_before_a_number_is_one_paragraph(tmp_path: Path) -> None:
    rules = tmp_path / "regle.fr.txt"
    rules.write_text(WRAPPED_RULES, encoding="utf-8")
    _, _, sentences = parse_file(rules)
    body = [s for s in sentences if s.text != TITLE]
    assert [s.text for s in body] == ARTICLES[:5]
    assert {s.kind for s in body} == {Kind.BODY}
    assert len({s.block for s in body}) == 1


def test_the_splitter_keeps_a_provision_whole_once_its_block_is() -> None:
    assert split_sentences(" ".join(ARTICLES), "fr") == ARTICLES


def _word(path: Path, title: str, paragraphs: list[tuple[str, str]]) -> Path:
    """A Word file as python-docx writes it: ``paragraphs`` are (text, style)."""
    import docx

    d = docx.Document()
    d.add_heading(title, level=1)
    for text, style in paragraphs:
        d.add_paragraph(text, style=style or None)
    d.save(str(path))
    return path


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The rules and a recipe with lists, printed by LibreOffice."""
    if SOFFICE is None:
        pytest.skip("needs Debian package libreoffice-writer")
    folder = tmp_path_factory.mktemp("wrapped")
    rules = _word(folder / "statut.fr.docx", TITLE, [(" ".join(ARTICLES), "")])
    recipe = _word(
        folder / "recette.fr.docx",
        "Gâteau de la grand-mère",
        [
            ("Pour la pâte, suivez ces étapes :", ""),
            *((step, "List Number") for step in [*STEPS, LONG_STEP]),
            ("Il vous faut :", ""),
            *((item, "List Bullet") for item in BULLETS),
            ("Le four doit être chaud. Voici l'ordre à suivre :", ""),
            *((f"{n}. {step}", "") for n, step in enumerate(STEPS, 1)),
        ],
    )
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(folder), str(rules), str(recipe)],
        check=True, capture_output=True, timeout=240,
    )  # fmt: skip
    return {name: folder / f"{name}.pdf" for name in ("statut.fr", "recette.fr")}


@pytest.mark.slow
def test_a_pdf_paragraph_wrapped_before_a_number_is_one_paragraph(
    printed: dict[str, Path],
) -> None:
    from pdfminer.high_level import extract_text

    pdf = printed["statut.fr"]
    # the case itself: LibreOffice wraps a line just before an article's number
    assert "\n4. Un document" in extract_text(str(pdf))
    blocks = read_pdf(pdf.read_bytes(), pdf)
    assert [b.text for b in blocks] == [TITLE, " ".join(ARTICLES)]
    assert not any(b.bullet for b in blocks)
    _, _, sentences = parse_file(pdf)
    assert [s.text for s in sentences] == [TITLE, *ARTICLES]


@pytest.mark.slow
def test_a_pdf_list_keeps_one_item_a_block_without_its_number(printed: dict[str, Path]) -> None:
    pdf = printed["recette.fr"]
    blocks = read_pdf(pdf.read_bytes(), pdf)
    items = [b.text for b in blocks if b.bullet]
    # Word's lists: numbered (one item wrapped onto a second line) and bulleted, each after
    # a sentence that ends in ":"; then numbers typed in the text, after a sentence's end
    assert items == [*STEPS, LONG_STEP, *BULLETS, *STEPS]
