"""A box floated beside a paragraph of a PDF is read where it stands, a line a block when
its lines are labels (newcomer37 MEDIUM 3).

LibreOffice floats a frame beside a paragraph, whose lines wrap around it; pdfminer read
the frame after the page's text, its lines, set solid, as one paragraph: "2025 at a
glance 212 boreholes drilled 95,400 people served 38 local technicians trained", three
paragraphs down, one "no French" bead against the Word translation's four lines (which
its reader gives after their anchor paragraph), left without counterpart.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

import pytest

from tests.test_pdf_notes_libreoffice import print_flat_odt
from workbench.ingest.readers_pdf import read_pdf

pytestmark = pytest.mark.slow

BEFORE = [
    "This year we reached more communities than ever before. Our teams drilled 212 new "
    "boreholes in Mali, Niger and Burkina Faso. Each borehole serves about 450 people.",
    "Demand for safe water keeps rising across the Sahel. Droughts in 2024 dried up many "
    "shallow wells.",
]
BOX = [
    "2025 at a glance",
    "212 boreholes drilled",
    "95,400 people served",
    "38 local technicians trained",
]
AFTER = [
    "Where the money went",
    "Our total income was 4.8 million euros, up 12% on 2024. Programme work took 81% of "
    "spending; fundraising and administration took the rest.",
    "We could not do this without our donors. Thank you for standing with the people of the Sahel.",
]
FRAME_STYLE = """<style:style style:name="fr1" style:family="graphic"><style:graphic-properties
 style:wrap="parallel" fo:border="0.5pt solid #000000" fo:background-color="#eeeeee"
 style:horizontal-pos="right" style:horizontal-rel="paragraph"/></style:style>"""


def _report(folder: Path) -> Path:
    """The report as a LibreOffice document, its box floated right of the second
    paragraph, printed by LibreOffice."""
    box = "".join(f"<text:p>{escape(line)}</text:p>" for line in BOX)
    frame = (
        '<draw:frame draw:style-name="fr1" text:anchor-type="paragraph" svg:width="6cm" '
        f'svg:height="5cm"><draw:text-box>{box}</draw:text-box></draw:frame>'
    )
    body = (
        f"<text:p>{escape(BEFORE[0])}</text:p><text:p>{frame}{escape(BEFORE[1])}</text:p>"
        + "".join(f"<text:p>{escape(t)}</text:p>" for t in AFTER)
    )
    return print_flat_odt(folder, body, FRAME_STYLE)


def test_a_floated_box_of_labels_is_read_after_its_paragraph_a_line_a_block(
    tmp_path: Path,
) -> None:
    pdf = _report(tmp_path)
    texts = [b.text for b in read_pdf(pdf.read_bytes(), pdf)]
    assert [t for t in texts if t in BOX] == BOX
    box_at = texts.index(BOX[0])
    assert " ".join(texts[:box_at]) == " ".join(BEFORE)
    assert " ".join(texts[box_at + len(BOX) :]) == " ".join(AFTER)
