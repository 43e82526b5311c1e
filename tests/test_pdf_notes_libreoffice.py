"""A LibreOffice document's footnotes, printed to PDF by LibreOffice, are found
(newcomer37 MEDIUM 2).

LibreOffice sets a note's number, then a tab to its text: pdfminer reads the number as a
line of its own ("1" / "Figures audited by …"), and the tab as no character at all ("2"
then "Administration …" a gap to its right). Neither opened a note, so the references
stayed in the sentences ("Burkina Faso.1", "the rest.2"), the notes stayed body with
their numbers, and `qa` gave four "numbers differ" errors against the French Word file.
"""

from __future__ import annotations

import shutil
import subprocess
from html import escape
from pathlib import Path

import pytest

from workbench.ingest.readers_pdf import read_pdf
from workbench.model import Kind

pytestmark = pytest.mark.slow
SOFFICE = shutil.which("soffice")

SENTENCES = [
    ("Our teams drilled 212 new boreholes in Mali, Niger and Burkina Faso.",
     "Figures audited by Grant Thornton in March 2026."),
    ("Each borehole serves about 450 people.", None),
    ("Programme work took 81% of spending; fundraising and administration took the rest.",
     "Administration includes audit, insurance and IT costs."),
    ("We could not do this without our donors.", None),
]  # fmt: skip
FLAT_ODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:automatic-styles>{styles}</office:automatic-styles>{master}
<office:body><office:text>{body}</office:text></office:body></office:document>
"""


def print_flat_odt(
    folder: Path, body: str, styles: str = "", master: str = "", via: str = ""
) -> Path:
    """A LibreOffice document (flat ODT: ``body``, its automatic ``styles``, its
    ``master`` styles: an ``<office:master-styles>`` element or nothing) printed to PDF
    by LibreOffice, in its own profile; ``via`` a format ("docx"), saved in it first and
    that file printed. Skipped, naming the package, without LibreOffice."""
    if SOFFICE is None:
        pytest.skip("needs Debian package libreoffice-writer")
    source = folder / "report.en.fodt"
    source.write_text(FLAT_ODT.format(body=body, styles=styles, master=master), encoding="utf-8")
    for to in (via, "pdf") if via else ("pdf",):
        subprocess.run(
            [SOFFICE, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
             "--convert-to", to, "--outdir", str(folder), str(source)],
            check=True, capture_output=True, timeout=240,
        )  # fmt: skip
        source = folder / f"report.en.{to}"
    return folder / "report.en.pdf"


def _note(n: int, text: str) -> str:
    return (
        f'<text:note text:note-class="footnote"><text:note-citation>{n}</text:note-citation>'
        f"<text:note-body><text:p>{escape(text)}</text:p></text:note-body></text:note>"
    )


def _report(folder: Path, via: str = "") -> Path:
    """The report as a LibreOffice document (flat ODT, its own footnotes), printed by
    LibreOffice, from a ``via`` file ("docx") it saved first if given."""
    paragraphs, n = [], 0
    for sentence, note in SENTENCES:
        n += note is not None
        paragraphs.append(f"<text:p>{escape(sentence)}{_note(n, note) if note else ''}</text:p>")
    return print_flat_odt(folder, "".join(paragraphs), via=via)


@pytest.mark.parametrize("via", ["", "docx"])
def test_libreoffice_s_own_footnotes_are_notes_and_their_numbers_leave_the_text(
    tmp_path: Path, via: str
) -> None:
    """From its own document, and from a Word file it saved: there the note's number is
    superscript, a text box of its own beside the note's first line (note 1 stayed a
    lone "1" and its reference "Faso.1" in the sentence: newcomer37 MEDIUM 2, left in
    session 38)."""
    pdf = _report(tmp_path, via)
    blocks = read_pdf(pdf.read_bytes(), pdf)
    notes = [b.text for b in blocks if b.hint is Kind.FOOTNOTE]
    assert notes == [note for _, note in SENTENCES if note]
    body = " ".join(b.text for b in blocks if b.hint is not Kind.FOOTNOTE)
    assert body == " ".join(sentence for sentence, _ in SENTENCES)
