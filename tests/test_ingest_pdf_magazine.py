"""A magazine article as a translator gets it: a French A5 page in two justified columns.

``tests/data/pdf/revue-haies.fr.pdf`` was typeset with reportlab by newcomer 17 (session
17): a running head and a rubric, a title in 14 pt Helvetica Bold with the byline under it
in 9 pt Helvetica Oblique, ten paragraphs in 11 pt Times on two columns that run over a
page break, 17 lines ending in a hyphen, folios "— 12 —" and "— 13 —". pdfminer puts the
title and the byline in one text box: read as one body sentence, "Le retour des haies dans
le bocage normand Par Claire Morvan · Photos : Yann Le Goff" was aligned with the English
title alone at 0.987.
"""

from __future__ import annotations

from pathlib import Path

from workbench.ingest.readers_pdf import read_pdf
from workbench.model import Kind

PDF = Path(__file__).parent / "data" / "pdf" / "revue-haies.fr.pdf"
TITLE = "Le retour des haies dans le bocage normand"
BYLINE = "Par Claire Morvan · Photos : Yann Le Goff"
FURNITURE = ["La Revue des territoires · n° 48 · automne 2025", "Environnement", "— 12 —", "— 13 —"]
# The article's paragraphs as they were typeset (newcomer 17's texts.py), one a line.
PARAGRAPHS = PDF.with_suffix(".paragraphs.txt").read_text(encoding="utf-8").splitlines()


def test_a_title_and_the_byline_under_it_in_another_type_are_two_blocks() -> None:
    blocks = read_pdf(PDF.read_bytes(), PDF)
    assert [b.text for b in blocks if b.hint is Kind.HEADING] == [TITLE]
    body = [b.text for b in blocks if b.hint is None]
    assert body[0] == BYLINE


def test_two_justified_columns_over_a_page_break_read_back_as_their_paragraphs() -> None:
    """newcomer 17's check, kept: every line-end hyphen undone, each column and page
    break joined, the running head, rubric and folios left out as furniture."""
    from pdfminer.high_level import extract_text

    hyphenated = [line for line in extract_text(PDF).splitlines() if line.endswith("-")]
    assert len(hyphenated) == 17  # the file is what this test says it is
    blocks = read_pdf(PDF.read_bytes(), PDF)
    assert [b.text for b in blocks if b.hint is None] == [BYLINE, *PARAGRAPHS]
    assert sorted({b.text for b in blocks if b.hint is Kind.BOILERPLATE}) == sorted(FURNITURE)
