"""A match sheet's score line and line-ups are debris, read from shape in any language
(`workbench.ingest.debris_sport`); a live page's heading that tells the score, and a list of
those present at a meeting, are not."""

from __future__ import annotations

import pytest

from tests import debris_bench
from workbench.ingest.debris_sport import is_line_up, is_match_sheet, is_score_line


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("AFB 2 – 1 ES Marcigny", True),
        ("Real Betis 2-1 Villarreal", True),
        ("Tondela B 0–2 Sátão", True),
        ("CASTRES 24 – 19 BAYONNE", True),
        ("Seniors filles (Nationale 2) – USP 29 – 24 HBC Dole", True),
        # A live page's entry heading: a label and a colon before the score.
        ("Full time: Rovers 2-2 Athletic", False),
        ("Report: Dunmore Athletic 3–2 Glenbrack Rangers", False),
        ("GOAL! Rovers 1-1 Athletic (Barnes, 51')", False),
        # A sentence that tells a score, and a span of hours.
        ("Les Brionnais ont gagné 2 – 1 contre Marcigny", False),
        ("Ouvert de 9 – 12 h", False),
    ],
)
def test_a_score_line(text: str, score: bool) -> None:
    assert is_score_line(text) is score


@pytest.mark.parametrize(
    ("text", "line_up"),
    [
        ("Rovers: Marsh; Doyle, Pruitt, Kendal, Ash; Fenn, Quarry, Lyle; Okafor, Tate", True),
        ("AFB : Rivière – Gonnet, Dumoulin, Guérin – Perrier (cap.), Benali, Tissier (Roux,", True),
        ("Goles: Quiles (2), Mompeán, Ferrández; Sáez (2), Cartagena", True),
        ("CISMON: Bordignon, Tessaro, Campana, Zanin, Bizzotto, Rech, Dal Sasso, Pellizzari", True),
        # Minutes: those present, each with a title.
        ("Présents : Mme Bouvard, M. Ferrand, Mme Gay, M. Perrin, Mme Rostaing, M. Chabert", False),
        # Too few names, or not names.
        ("Arbitre : M. Chaumont", False),
        ("Ingrédients : farine, beurre, sucre, œufs, lait", False),
        ("Avec : Marie, Paul et leurs deux enfants, qui nous ont reçus dans leur ferme.", False),
    ],
)  # fmt: skip
def test_a_line_up(text: str, line_up: bool) -> None:
    assert is_line_up(text) is line_up


def test_no_labelled_content_line_reads_as_a_match_sheet() -> None:
    # Every labelled page of every part: the sheets' lines are debris, on pages of a dozen
    # parts, in five languages.
    sheets = [
        (page.split, label, text)
        for page in debris_bench.labelled_pages()
        for label, text in page.gold
        if is_match_sheet(text)
    ]
    assert [row for row in sheets if row[1] != "boilerplate"] == []
    assert len(sheets) >= 45
    assert len({split for split, _, _ in sheets}) >= 12
