"""The top of a page no markup marks: in plain text, or in ``<div>``s with no ``<h1>``, the
article starts at its first line of prose; above its title, a block of short lines holding a
menu (three labels in a row, or a menu's items on one line) is the site's header, with its
name and tagline and a banner above them. No word is read; a page with no header, a title
that is itself a short line, a short first paragraph and a recipe's facts stay the article's
(issue 13, session 20). Ingest does not call it yet (README, "Web debris on labelled pages"):
these tests read the lines and the prose as ingest would and ask the rule alone."""

from __future__ import annotations

import pytest

from tests.debris_text import ARTICLE_EN, ARTICLE_FR
from tests.test_debris_edges import ARTICLE_DE, ARTICLE_ES
from workbench.ingest import extract, markup
from workbench.ingest.debris_edges import unmarked_top
from workbench.ingest.debris_features import prose_lines

# (banner, site name, tagline, menu items, headline, article): one page per language.
PAGES = [
    (
        "Ouvrir dans l'application", "La Cuillère de Zélie", "Cuisine du marché, sans chichis",
        ["Recettes", "Desserts", "Conserves", "Contact"],
        "La corderie du port reprend du service après trente ans", ARTICLE_FR,
    ),
    (
        "Abrir en la app", "El puchero de Tere", "Cocina de siempre, paso a paso",
        ["Recetas", "Guisos", "Repostería", "Sobre mí"],
        "Potaje de vigilia como lo hacía mi abuela", ARTICLE_ES,
    ),
    (
        "Open in app", "The Kit Hill Bugle", "Serving the villages since 1889",
        ["News", "Planning", "Allotments", "Village Hall"],
        "A seed library opens in the old telephone box", ARTICLE_EN,
    ),
    (
        "In der App öffnen", "Hafenbote Flensburg", "Nachrichten aus Stadt und Förde",
        ["Stadt", "Hafen", "Kultur", "Sport", "Kontakt"],
        "Die alte Seilerei am Hafen dreht wieder Seile", ARTICLE_DE,
    ),
]  # fmt: skip


def _plain(lines: list[str]) -> str:
    return "\n".join(lines) + "\n"


def _div_soup(lines: list[str]) -> str:
    return "<html><body>" + "".join(f"<div>{line}</div>" for line in lines) + "</body></html>"


def _marked(text: str, suffix: str) -> dict[str, bool]:
    """Each line of a page ``text`` (read as ``suffix``) and whether `unmarked_top` marks it,
    on the lines ingest reads and the prose `prose_lines` finds in them."""
    raw = markup.html_blocks(text) if suffix == ".html" else extract.plain_blocks(text)
    assert not any(block.title for block in raw)
    texts = [block.text for block in raw]
    return dict(zip(texts, unmarked_top(texts, prose_lines(texts, "und")), strict=True))


@pytest.mark.parametrize(("suffix", "render"), [(".txt", _plain), (".html", _div_soup)])
@pytest.mark.parametrize(("banner", "site", "tagline", "menu", "title", "article"), PAGES)
def test_the_header_above_an_unmarked_headline_is_debris(
    suffix: str, render: object, banner: str, site: str, tagline: str, menu: list[str],
    title: str, article: list[str],
) -> None:  # fmt: skip
    header = [banner, site, tagline, *menu]
    assert callable(render)
    found = _marked(render([*header, title, *article]), suffix)
    # The menu's last item is the second line over the first paragraph: where the title and
    # its byline stand, left alone (`TITLE_LINES`).
    assert [line for line, marked in found.items() if marked] == header[:-1]


@pytest.mark.parametrize(
    ("texts", "marked"),
    [
        # A menu's items on one line close the header: everything above it is the site's.
        (["Tribuna del Sureste", "Noticias de la Región", "Portada | Murcia | Opinión",
          "El Mar Menor no necesita otro plan", "Por Rosa Albaladejo", *ARTICLE_ES], 3),
        # A run closed by a line that is no label: the run's last label may be the headline.
        (["Jump to content", "Log in", "Article", "Talk", "Kessock Mill",
          "From Fieldpedia, the free local encyclopedia", "Location", *ARTICLE_EN], 4),
        # A date alone sits in the header; a sentence above the first short line is a banner.
        (["We use cookies to improve your experience.", "Hafenbote", "1. Dezember 2026",
          "Stadt", "Hafen", "Kultur", "Sport", "Die Seilerei dreht wieder Seile",
          "Von Jan Petersen", *ARTICLE_DE], 6),
        # The two lines over the first paragraph are never marked: its title and byline.
        (["News", "Sport", "Planning", "Allotments", *ARTICLE_EN], 2),
    ],
)  # fmt: skip
def test_the_header_ends_at_the_menu_s_last_item(texts: list[str], marked: int) -> None:
    prose = [text in (*ARTICLE_EN, *ARTICLE_ES, *ARTICLE_DE) for text in texts]
    assert unmarked_top(texts, prose) == [i < marked for i in range(len(texts))]


@pytest.mark.parametrize(
    ("texts", "why"),
    [
        (["A seed library opens in the old telephone box", *ARTICLE_EN], "no header at all"),
        (["Potaje de vigilia", "Para 4 personas", "Ingredientes", "1 kg de garbanzos",
          "Bacalao", "Espinacas", "Comino", "Preparación", *ARTICLE_ES],
         "a recipe's title, facts and ingredients: a quantity is no menu's"),
        (["Le gratin dauphinois", "Un classique du dimanche.", "Ingrédients", "Ail", "Crème",
          "Muscade", "Beurre", "Préparation", *ARTICLE_FR], "a sentence under the title"),
        (["The Kit Hill Bugle", "News", "Sport", *ARTICLE_EN], "two labels make no menu"),
        (["News", "Sport", "Planning"], "no prose, no article to stand above"),
    ],
)  # fmt: skip
def test_a_page_with_no_header_loses_nothing(texts: list[str], why: str) -> None:
    prose = [text in (*ARTICLE_EN, *ARTICLE_ES, *ARTICLE_FR) for text in texts]
    assert not any(unmarked_top(texts, prose)), why


@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_a_short_first_paragraph_and_a_short_title_are_kept(suffix: str) -> None:
    top = ["Recetas", "Guisos", "Repostería", "Contacto"]
    kept = ["Potaje de vigilia", "¡Por fin llegó la Cuaresma!", "Hola a todos."]
    render = _plain if suffix == ".txt" else _div_soup
    found = _marked(render([*top, *kept, *ARTICLE_ES]), suffix)
    assert [line for line, marked in found.items() if marked] == top[:-1]
