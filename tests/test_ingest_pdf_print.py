"""A web page printed to PDF by Chromium, as translators get reports and magazine pages.

`chromium --headless --print-to-pdf` is what users produce; the page is set
on A5 in one column or two, justified or ragged, with Chromium's running
head and foot (date, title, file URL, page n of m). A justified line widens
its word spaces past pdfminer's ``char_margin``: before the reader kept such
gaps, "Not everyone is" came out as three lines sorted into boxes by
position, words out of order and alone as paragraphs.
"""

from __future__ import annotations

import html
import shutil
import subprocess
from pathlib import Path

import pytest

from workbench.ingest.readers_pdf import read_pdf
from workbench.model import Kind, is_cell
from workbench.pipeline.files import read_sentences

CHROMIUM = shutil.which("chromium")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(CHROMIUM is None, reason="needs Debian package chromium"),
]

TITLE = "Flood meadows: the valley lets the water in"
# Each section: its subheading, then its paragraphs, each a list of its sentences.
# "\u00ad" is a soft hyphen: Chromium breaks the word there when it must, with a hyphen.
ARTICLE: list[tuple[str, list[list[str]]]] = [
    ("Letting the water in", [
        ["The valley has flooded every winter for as long as anyone can remember.",
         "What has changed is how long the water stays on the fields."],
        ["In one recent winter some fields remained under water for more than three months, "
         "and several villages were cut off by road.",
         "Farmers lost a whole season of grazing."],
        ["The new resto\u00adration scheme takes a different approach.",
         "Instead of pumping water off the land as fast as possible, it lets selected "
         "meadows flood on purpose."],
        ["These meadows act as a sponge.",
         "They hold back the peak of the flood and release it slowly into the rivers over "
         "the following weeks."],
        ["According to the engineers, the scheme could lower peak water levels in the town "
         "by up to thirty centimetres.",
         "That would be enough to protect about 1,200 homes."],
    ]),
    ("Doubts on the farms", [
        ["Not everyone is convinced.",
         "Some farmers worry that deliberately flooded land will never be profitable "
         "again, whatever compensation is offered."],
        ["“My family has farmed here for four generations,” said one of them, who keeps "
         "180 dairy cows near the river.",
         "“I am not ready to turn my best field into a lake.”"],
        ["The compen\u00adsation offered is £450 per hectare per year, guaranteed for twenty "
         "years.",
         "Farmers who join the scheme also receive free advice on switching to wetland "
         "grazing."],
    ]),
    ("Birds and otters return", [
        ["Ecologists point to the wildlife benefits.",
         "Since the first pilot meadows were flooded, the number of breeding lapwings "
         "there has doubled."],
        ["Otters have returned to ditches where they had not been seen for decades.",
         "Cranes, reintroduced some years ago, now nest on the restored land every "
         "spring."],
        ["The scheme is also being watched by engineers abroad.",
         "A delegation from the lowlands visited the valley in October to study the "
         "sluice gates."],
        ["The government will decide next year whether to extend the scheme to the whole "
         "of the catch\u00adment.",
         "A public consul\u00adtation opens on 15 January."],
    ]),
]  # fmt: skip

LAYOUTS = {
    "two justified columns": "column-count: 2; column-gap: 6mm; text-align: justify;",
    "two ragged columns": "column-count: 2; column-gap: 6mm; text-align: left;",
    "one justified column": "text-align: justify;",
    "one ragged column": "text-align: left;",
}


def _page(layout: str) -> str:
    """The article as a web page on A5, its body set as ``layout`` (CSS) says."""
    body = "".join(
        f"<h2>{html.escape(heading)}</h2>"
        + "".join(f"<p>{html.escape(' '.join(sentences))}</p>" for sentences in paragraphs)
        for heading, paragraphs in ARTICLE
    )
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(TITLE)}</title><style>"
        "@page { size: A5; margin: 18mm 14mm; }"
        "body { font-family: 'DejaVu Serif', serif; font-size: 11.5pt; line-height: 1.35; }"
        "h1 { font-size: 18pt; column-span: all; } h2 { font-size: 12pt; margin: 8px 0 4px; }"
        "p { margin: 0 0 6px; } .text { hyphens: manual; " + layout + " }"
        f"</style></head><body><h1>{html.escape(TITLE)}</h1>"
        f'<div class="text">{body}</div></body></html>'
    )


def _print(layout: str, folder: Path) -> Path:
    """The page printed to PDF by Chromium headless, running head and foot included."""
    source, pdf = folder / "article.en.html", folder / "article.en.pdf"
    source.write_text(_page(LAYOUTS[layout]), encoding="utf-8")
    assert CHROMIUM is not None
    subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
         f"--user-data-dir={folder / 'profile'}", f"--print-to-pdf={pdf}", source.as_uri()],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    return pdf


@pytest.fixture(scope="module", params=list(LAYOUTS))
def printed(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _print(request.param, tmp_path_factory.mktemp("print"))


def _clean(text: str) -> str:
    return text.replace("\u00ad", "")


def test_every_sentence_of_a_printed_page_reads_whole_and_in_order(printed: Path) -> None:
    """Justified or ragged, one column or two: a paragraph cut by a column or page break
    is joined again, and the running head and foot are left out."""
    expected = [TITLE]
    for heading, paragraphs in ARTICLE:
        expected += [heading, *(_clean(s) for sentences in paragraphs for s in sentences)]
    assert list(read_sentences(printed, "en", presplit=False).sentences) == expected


def test_a_printed_page_s_title_and_subheadings_are_headings(printed: Path) -> None:
    """Chromium sets the subheadings (h2) in 12 pt bold against the body's 11.5 pt."""
    blocks = read_pdf(printed.read_bytes(), printed)
    headings = [b.text for b in blocks if b.hint is Kind.HEADING]
    assert headings == [TITLE, *(heading for heading, _ in ARTICLE)]


def test_a_printed_page_has_no_ligature_forms(printed: Path) -> None:
    """DejaVu draws "fl", "fi" and "ff" as one glyph, which the text layer writes as
    U+FB02, U+FB01, U+FB00: "ﬂooded" would match no translation memory's "flooded"."""
    text = " ".join(b.text for b in read_pdf(printed.read_bytes(), printed))
    assert not any("\ufb00" <= ch <= "\ufb06" for ch in text)
    assert "flooded" in text and "fields" in text and "different" in text


def test_columns_of_prose_side_by_side_are_no_table(printed: Path) -> None:
    """Their gutter lines up from top to bottom as a table's column gap does, but their
    lines go on from the line above in lower case, as a table's cells do not."""
    assert not any(is_cell(b.meta) for b in read_pdf(printed.read_bytes(), printed))
