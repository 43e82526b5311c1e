"""A PDF's lines its writer ended stay apart, and a one-page document's foot is furniture
(newcomer37 LOW 11).

A press release printed by LibreOffice opens with "PRESSEMITTEILUNG" above "Berlin,
3. März 2026": two paragraphs, which pdfminer puts in one text box with the text
below. Neither line ends on a stop, so the two were joined into one sentence, and the
French release's two paragraphs made a 2–1 bead. A typesetter breaks a line only when
the next word does not fit: a line that stops short with room for the next line's first
word was ended by its writer. Its address line in the page's foot stayed body (a 0–1
bead at 0.969): a running foot must recur on half the pages, which one page cannot.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

import pytest

from tests.test_pdf_notes_libreoffice import print_flat_odt
from workbench.ingest.readers_pdf import read_pdf
from workbench.ingest.readers_pdf_breaks import set_apart
from workbench.model import Kind

pytestmark = pytest.mark.slow

# a page footer, as a word processor's letterhead sets it
PAGE = (
    '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm"'
    ' fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="1cm" fo:margin-left="2cm"'
    ' fo:margin-right="2cm"/><style:footer-style/></style:page-layout>'
)
RELEASES = {
    "en": (
        "PRESS RELEASE",
        "Leeds, 12 February 2026",
        "Harbour Wind opens the largest battery store in Yorkshire",
        [
            "Harbour Wind Ltd switched on a battery store of 120 megawatt hours at its "
            "Selby site on Monday, after two years of building work and a long wait for "
            "its connection to the grid. It can supply about 40,000 homes for two hours "
            "and stores the wind farm's surplus power at night",
            "The company plans three more stores in the north of England by 2028.",
        ],
        "Harbour Wind Ltd · 4 Quay Street · Leeds LS1 4AB · www.harbourwind.co.uk",
    ),
    "fr": (
        "COMMUNIQUÉ DE PRESSE",
        "Lyon, le 12 février 2026",
        "Vents du Rhône met en service la plus grande batterie de la région",
        [
            "Vents du Rhône a mis en service lundi à Feyzin une batterie de 120 mégawattheures, "
            "après deux ans de travaux et une longue attente pour son raccordement au réseau. "
            "Elle peut alimenter environ 40 000 foyers pendant deux heures et stocke la nuit "
            "le surplus de ses parcs éoliens",
            "L'entreprise prévoit trois autres batteries dans la vallée d'ici 2028.",
        ],
        "Vents du Rhône SA · 12 quai Perrache · 69002 Lyon · www.ventsdurhone.fr",
    ),
}


def _release(folder: Path, lang: str) -> Path:
    kicker, dateline, title, paragraphs, address = RELEASES[lang]
    body = "".join(
        [f"<text:p>{escape(kicker)}</text:p>", f"<text:p>{escape(dateline)}</text:p>"]
        + [f'<text:h text:outline-level="1">{escape(title)}</text:h>']
        + [f"<text:p>{escape(p)}</text:p>" for p in paragraphs]
    )
    master = (
        '<office:master-styles><style:master-page style:name="Standard"'
        f' style:page-layout-name="pm1"><style:footer><text:p>{escape(address)}</text:p>'
        "</style:footer></style:master-page></office:master-styles>"
    )
    return print_flat_odt(folder, body, PAGE, master)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_kicker_and_a_dateline_are_two_blocks_and_the_prose_stays_whole(
    tmp_path: Path, lang: str
) -> None:
    """The lines the writer ended are blocks of their own; a paragraph's lines broken by
    the typesetter (its first one even ends on no stop) are still one block."""
    kicker, dateline, title, paragraphs, _ = RELEASES[lang]
    pdf = _release(tmp_path, lang)
    blocks = [b for b in read_pdf(pdf.read_bytes(), pdf) if b.hint is not Kind.BOILERPLATE]
    assert [b.text for b in blocks] == [kicker, dateline, title, *paragraphs]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_one_page_document_s_address_foot_is_furniture(tmp_path: Path, lang: str) -> None:
    pdf = _release(tmp_path, lang)
    furniture = [b.text for b in read_pdf(pdf.read_bytes(), pdf) if b.hint is Kind.BOILERPLATE]
    assert furniture == [RELEASES[lang][4]]


def test_a_line_is_a_foot_only_far_under_the_text() -> None:
    """Points from the page's bottom: the text's last line at 493–505; a line 450 points
    under it is a foot, one a line's space under it the text's own last line, and a line
    with text under it (a note, a second column's end) no foot."""
    above = [505.0, 519.0, 493.0]
    assert set_apart(43.0, 31.0, 1, above)
    assert not set_apart(479.0, 467.0, 1, above)
    assert not set_apart(43.0, 31.0, 2, above)
    assert not set_apart(43.0, 31.0, 1, [*above, 20.0])
