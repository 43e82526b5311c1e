"""A photo's credit and a byline's role are debris from their shape, in any language
(issue 13, newcomer21's M5 and M8).

"Getty Images" alone on its line was read as a heading, "Business reporter" under a byline
became a unit to translate, and a French caption's "- Danny Lawson/PA" (mixed case after a
dash) stayed in the caption and was drafted by MT. No body, heading or caption line of the
labelled pages (`bench/data/pages`) matches either rule.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests import debris_bench
from tests.debris_text import ARTICLE_EN, ARTICLE_FR, kinds
from workbench.ingest import extract, markup
from workbench.ingest.debris_credits import names_an_agency
from workbench.ingest.debris_lines import is_credit_alone, is_split_credit
from workbench.ingest.debris_notices import byline_roles, is_role_line
from workbench.model import Kind
from workbench.pipeline.documents import detect_languages, sentences_of


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Getty Images", True),
        ("AFP", True),
        ("Photo : Jean Dupont/AFP", True),
        ("Foto: Juan Pérez / EFE", True),
        ("– Danny Lawson/PA", True),
        ("- Danny Lawson/PA", True),
        ("© Reuters", True),
        ("Bild: Keystone", True),
        ("EPA-EFE/Manuel Bruque", True),
        ("Reuters via Getty Images", True),
        ("Getty Images for UEFA", True),
        ("(AP Photo/Esteban Félix)", True),
        ("Danny Lawson", False),
        ("The Associated Press said the talks had failed.", False),
        ("Paris", False),
        ("Business reporter", False),
        ("Reuters reported on Monday that the deal was off", False),
        ("Pa and Ma", False),
    ],
)
def test_a_photo_s_credit_alone_is_told_by_its_shape(line: str, credit: bool) -> None:
    assert is_credit_alone(line) is credit


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("- Danny Lawson/PA", True),
        ("— Marta Ruiz / EFE", True),
        ("- AFP/JOHN DOE", True),
        ("- Danny Lawson", False),
        ("- et ensuite, dimanche", False),
    ],
)
def test_a_credit_cut_off_its_caption_by_the_splitter_is_told_in_any_case(
    line: str, credit: bool
) -> None:
    assert is_split_credit(line) is credit


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("Business reporter", True),
        ("Correspondante à Bruxelles", True),
        ("Redactora de Economía", True),
        ("Korrespondentin in Paris", True),
        ("Inviato speciale", True),
        ("The reporter said the vote was close.", False),
        ("Sophie Grant", False),
        ("Reporters count 12 victims in 2024", False),
    ],
)
def test_a_role_line_is_a_short_noun_phrase_with_a_journalist_s_role(line: str, role: bool) -> None:
    assert is_role_line(line) is role


@pytest.mark.parametrize(
    ("lines", "debris"),
    [
        (["Sophie Grant", "Business reporter", ARTICLE_EN[0]], [True, True, False]),
        (["Par Claire Dumas", "Correspondante à Bruxelles"], [True, True]),
        (["Redactora de Economía", "Marta Ruiz Gil", ARTICLE_EN[0]], [True, True, False]),
        # A role alone, with no byline beside it, may be a section's heading.
        ([ARTICLE_EN[0], "Foreign correspondent", ARTICLE_EN[1]], [False, False, False]),
    ],
)
def test_a_byline_s_name_and_role_side_by_side_are_debris(
    lines: list[str], debris: list[bool]
) -> None:
    assert byline_roles(lines) == debris


def _labelled_lines() -> Iterator[tuple[str, str, str]]:
    """(page, label, text) of every labelled line of the parts the debris benchmark reads."""
    for page in debris_bench.labelled_pages():
        roles = byline_roles([text for _, text in page.gold])
        for (label, text), role in zip(page.gold, roles, strict=True):
            if names_an_agency(text) or role:
                yield page.name, label, text


def test_no_article_line_of_the_labelled_pages_is_a_credit_or_a_role() -> None:
    found = list(_labelled_lines())
    assert [f for f in found if f[1] != "boilerplate"] == []
    # The rules do find the pages' credits and roles ("EFE", "Local Democracy Reporter").
    assert len(found) >= 20


TRAM = "\n".join(
    [
        "Lyon votes for a new tram line across the Rhône",
        "Sophie Grant",
        "Business reporter",
        *ARTICLE_EN[:2],
        "Getty Images",
        "A tram crosses Place Bellecour in central Lyon",
        *ARTICLE_EN[2:],
    ]
)


def test_a_pasted_page_s_credit_and_role_line_are_debris() -> None:
    """newcomer21's tram.en.txt: three headings and a unit to translate until session 20."""
    found = kinds(TRAM, ".txt")
    assert found["Business reporter"] is Kind.BOILERPLATE
    assert found["Sophie Grant"] is Kind.BOILERPLATE
    assert found["Getty Images"] is Kind.BOILERPLATE
    assert found["A tram crosses Place Bellecour in central Lyon"] is not Kind.BOILERPLATE
    assert all(found[line] is Kind.BODY for line in ARTICLE_EN)


FLOODS = (
    "<html lang='fr'><body><article><h1>Crue de l'Ouse à York</h1>"
    + "".join(f"<p>{p}</p>" for p in ARTICLE_FR[:2])
    + "<figure><img src='york.jpg'><figcaption>Des bénévoles remplissent des sacs de sable "
    "près du pont de Skeldergate, dimanche. - Danny Lawson/PA</figcaption></figure>"
    + "".join(f"<p>{p}</p>" for p in ARTICLE_FR[2:])
    + "</article></body></html>"
)


def test_a_caption_s_credit_after_a_dash_in_mixed_case_is_a_debris_sentence() -> None:
    """newcomer21's floods.fr.html: "- Danny Lawson/PA" stayed in the caption, drafted by MT."""
    blocks, _ = extract.classify(markup.html_blocks(FLOODS), detect_languages)
    sentences = [(s.text, s.kind) for s in sentences_of(blocks)]
    caption = "Des bénévoles remplissent des sacs de sable près du pont de Skeldergate, dimanche."
    assert (caption, Kind.CAPTION) in sentences
    assert ("Danny Lawson/PA", Kind.BOILERPLATE) in sentences
