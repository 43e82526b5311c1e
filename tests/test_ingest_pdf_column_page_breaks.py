"""A paragraph that runs over a column break and then a page break, on pages whose running
foot sits between their columns in reading order (newcomer41).

``tests/data/pdf/port-report-two-columns.en.pdf`` is newcomer41's English port report:
a Word file (written by ``port-report-two-columns.en.mkdocx.py.txt``) printed by LibreOffice
on A5 in two columns, a running head and a "Page N" foot on each page. Page 2's right column
ends "Paragraph 11: the harbour", page 3 goes on "master notes that…". The reader dated a
paragraph's block from its first page, so after one page break a second one was not seen
(page 3 is not page 1 + 1) and the sentence stayed two segments, each a null bead; and the
foot read between page 2's columns hid the column break.
"""

from __future__ import annotations

from pathlib import Path

from workbench.ingest.readers_pdf import read_pdf
from workbench.model import Kind

PDF = Path(__file__).parent / "data" / "pdf" / "port-report-two-columns.en.pdf"


def _body() -> list[str]:
    return [b.text for b in read_pdf(PDF.read_bytes(), PDF) if b.hint is None]


def test_a_paragraph_cut_by_a_second_page_break_is_joined() -> None:
    body = " ".join(_body())
    assert "Paragraph 11: the harbour master notes that the pilotage service handled 111" in body
    assert not any(text.startswith("master notes") for text in _body())


def test_a_column_break_with_the_pages_foot_read_between_is_joined() -> None:
    body = _body()
    assert not any(text.startswith("month 7, and that the tugboats") for text in body)
    assert "107 movements during month 7, and that the tugboats" in " ".join(body)


def test_the_running_heads_and_feet_stay_furniture() -> None:
    furniture = [b.text for b in read_pdf(PDF.read_bytes(), PDF) if b.hint is Kind.BOILERPLATE]
    assert furniture.count("Port of Saint-Malo — Confidential") == 3
    assert {"Page 1", "Page 2", "Page 3"} <= set(furniture)
