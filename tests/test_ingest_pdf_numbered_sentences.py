"""Sentences at a page's top or bottom that differ only in their numbers are body text, not
a running head or foot (newcomer41, HIGH).

``tests/data/pdf/harbour-log-chromium.en.pdf`` is newcomer41's harbour log (40 "Section
N. The harbour master reports that the pilotage service handled 1NN ship movements in month
N, …" paragraphs, ``harbour-log-chromium.en.html``) printed by Chromium with its own header
and footer (date, title, file URL, "1/3"). A line at a page's edge that recurs, numbers
aside, on half the pages is a running line; six of the log's sentences, each the first or
last of its page, recurred so: they were web debris, lost to the alignment without a word,
and `fill` drafted MT for the French sentences they translate.
"""

from __future__ import annotations

from pathlib import Path

from workbench.ingest.readers_pdf import read_pdf
from workbench.model import Kind

PDF = Path(__file__).parent / "data" / "pdf" / "harbour-log-chromium.en.pdf"


def test_every_section_of_the_log_is_body_text() -> None:
    blocks = read_pdf(PDF.read_bytes(), PDF)
    body = [b.text for b in blocks if b.hint is None]
    sections = [t for t in body if t.startswith("Section ")]
    assert len(sections) == 40
    assert not [b.text for b in blocks if b.hint is Kind.BOILERPLATE and "Section" in b.text]


def test_chromiums_own_header_and_footer_stay_furniture() -> None:
    furniture = [b.text for b in read_pdf(PDF.read_bytes(), PDF) if b.hint is Kind.BOILERPLATE]
    assert furniture.count("Harbour master monthly report") == 3
    assert {"1/3", "2/3", "3/3"} <= set(furniture)
