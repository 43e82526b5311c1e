"""A PDF set in two columns is read one column after the other (newcomer28, HIGH 2).

LibreOffice printed a report in two columns (A5, running head, page numbers): on its
second page pdfminer's order gave the right column first, its top line level with the
left column's heading, so "Under that" and "assumption, the share…" were cut apart and
swapped, 8 sentences on each side went unpaired, and OmegaT left Scenarios 3 and 4
untranslated. On its first page the page number, between the columns' feet, kept
"…underinvestment" from being joined to "in its locks." at the column break. The file
was made by docs/notes/newcomer28/make_office.py.txt (LibreOffice, flat ODT to PDF).
"""

from __future__ import annotations

from pathlib import Path

from workbench.ingest.readers_pdf import read_pdf
from workbench.model import Kind

PDF = Path(__file__).parent / "data" / "pdf" / "report-two-columns.en.pdf"


def _body() -> list[str]:
    blocks = read_pdf(PDF.read_bytes(), PDF)
    return [b.text for b in blocks if b.hint is not Kind.BOILERPLATE]


def test_the_paragraphs_come_in_the_order_they_were_written() -> None:
    starts = [text.split(",")[0].split(" assumes")[0][:24] for text in _body()]

    assert starts == [
        "River freight in 2026: a", "This report describes th", "The basins one by one",
        "In the Seine basin", "In the Rhône basin", "In the Rhine basin", "In the Nord basin",
        "In the Moselle basin", "In the Loire basin",
        "Investment", "The authority spent 312 ", "Environmental groups wel", "Outlook",
        "Scenario 1", "Scenario 2", "Scenario 3", "Scenario 4",
        "The board will examine t",
    ]  # fmt: skip


def test_a_paragraph_cut_at_the_column_break_is_one_paragraph() -> None:
    body = _body()
    [scenario_3] = [t for t in body if t.startswith("Scenario 3")]
    [rhine] = [t for t in body if t.startswith("In the Rhine basin")]

    assert "Under that assumption, the share of the waterways in freight would reach 8%" in (
        scenario_3
    )
    assert "underinvestment in its locks." in rhine  # on main: "1" between, not joined
