"""How HTML and Markdown become blocks: list items on their own, with their link density."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.ingest import markup, markup_parser


def _blocks(body: str) -> list[tuple[str, bool, float | None]]:
    """(text, is a list item, share of link characters to 2 places) per block."""
    return [
        (b.text, b.bullet, None if b.links is None else round(b.links, 2))
        for b in markup.html_blocks(f"<html><body>{body}</body></html>")
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A related-stories list: each headline is a block of its own, all link text.
        (
            "<div>Most read<ul><li><a href='/a'>Dam at a record low</a></li>"
            "<li><a href='/b'>Steel prices slide</a></li></ul></div>",
            [("Most read", False, 0.0), ("Dam at a record low", True, 1.0),
             ("Steel prices slide", True, 1.0)],
        ),
        # A list of sentences in an article: blocks too, with no link text.
        (
            "<p>Two rules:</p><ol><li>Rise at a fixed hour.</li><li>Avoid screens.</li></ol>",
            [("Two rules:", False, 0.0), ("Rise at a fixed hour.", True, 0.0),
             ("Avoid screens.", True, 0.0)],
        ),
        # A link inside a sentence counts its characters only.
        (
            "<p>Read the <a>report</a> online.</p>",
            [("Read the report online.", False, 0.3)],
        ),
    ],
)  # fmt: skip
def test_list_items_are_blocks_with_their_link_density(
    body: str, expected: list[tuple[str, bool, float | None]]
) -> None:
    assert _blocks(body) == expected


def test_plain_text_has_no_link_density() -> None:
    from workbench.ingest.extract import plain_blocks

    assert [b.links for b in plain_blocks("One line.\n- an item\n")] == [None, None]


@pytest.mark.parametrize(
    ("line", "text", "bullet"),
    [
        # a dash opening direct speech is the sentence's (Finnish, Swedish dialogue)
        ("– Hän sanoi, että tie on auki.", "– Hän sanoi, että tie on auki.", False),
        ("— Jag har inget körkort, säger hon.", "— Jag har inget körkort, säger hon.", False),
        # a list's dash: a lower-case item, or one that does not end as a sentence
        ("– le lundi 7 décembre 2026, de 9 h à 12 h ;",
         "le lundi 7 décembre 2026, de 9 h à 12 h ;", True),
        ("– Horaires d'ouverture", "Horaires d'ouverture", True),
        ("- Un point.", "Un point.", True),
        ("• Politique", "Politique", True),
        # the keyboard's hyphen opens dialogue where the line reads as said (tsv27: the
        # dash of "- Bonjour, dit-il." was taken for a bullet and lost at ingest)
        ("- Bonjour, dit-il.", "- Bonjour, dit-il.", False),
        ("- Vous venez ? demanda-t-elle.", "- Vous venez ? demanda-t-elle.", False),
        ("- Qui est là ?", "- Qui est là ?", False),
        ("- Au secours !", "- Au secours !", False),
        ("- « Sortez », cria-t-il.", "- « Sortez », cria-t-il.", False),
        ("- Gardez cette notice.", "Gardez cette notice.", True),  # a leaflet's list
        ("- Le matin, rendez-vous à la gare.", "Le matin, rendez-vous à la gare.", True),
        ("-5 °C cette nuit.", "-5 °C cette nuit.", False),  # a sign, no dash
    ],
)  # fmt: skip
def test_a_dash_opening_direct_speech_stays_a_bullet_does_not(
    line: str, text: str, bullet: bool
) -> None:
    from workbench.ingest.extract import plain_blocks

    assert [(b.text, b.bullet) for b in plain_blocks(line)] == [(text, bullet)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a run of dialogue one of whose lines reads as said: every dash is the line's
        ("- Qui est là ?\n- Moi.\n- Entrez.\nIl entra.",
         ["- Qui est là ?", "- Moi.", "- Entrez.", "Il entra."]),
        # a list of sentences, none said: bullets, as before
        ("Avant de prendre ce médicament :\n- Gardez cette notice.\n- Lisez-la.",
         ["Avant de prendre ce médicament :", "Gardez cette notice.", "Lisez-la."]),
        # the run ends at a line of prose: a list after the dialogue is a list
        ("- Oui ?\nElle sortit.\n- Un point.\n- Un autre.",
         ["- Oui ?", "Elle sortit.", "Un point.", "Un autre."]),
    ],
)  # fmt: skip
def test_a_run_of_hyphen_lines_is_dialogue_when_one_of_them_is_said(
    text: str, kept: list[str]
) -> None:
    from workbench.ingest.extract import plain_blocks

    assert [b.text for b in plain_blocks(text, rejoin=False)] == kept


def test_a_markdown_list_item_is_a_bullet_block() -> None:
    blocks = markup.markdown_blocks("Kim a promis son soutien.\n\n- Un point.\n")
    assert [(b.text, b.bullet) for b in blocks] == [
        ("Kim a promis son soutien.", False),
        ("Un point.", True),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Links side by side with nothing between them: a share bar or a menu a stylesheet
        # spaces out. Each is a word of its own, as a reader sees it.
        ("<div><span>Share this!</span><a>Mastodon</a><a>Email</a><a>Print</a></div>",
         "Share this! Mastodon Email Print"),
        ("<p><a href='/'>Home</a><a href='/w'>World</a><a href='/b'>Business</a></p>",
         "Home World Business"),
        # A link wrapped in an element of its own, or a form's field, is an item too.
        ("<div><span><a>Teilen</a></span><span><a>Drucken</a></span></div>", "Teilen Drucken"),
        ("<p><label>E-mail</label><input><a>Envoyer</a></p>", "E-mail Envoyer"),
        # Any two elements side by side are items a stylesheet sets apart: a byline's name
        # and date, two styled words.
        ("<div><span data-testid='author-name'>Priya Natarajan</span><span>Last updated 27 "
         "November 2026</span></div>", "Priya Natarajan Last updated 27 November 2026"),
        ("<p>El <b>río</b><i>Ebro</i>, desbordado.</p>", "El río Ebro, desbordado."),
        # Punctuation after an element stays glued to it.
        ("<p><a>Home</a><span>.</span></p>", "Home."),
        # An element that styles part of a word or a sentence stays glued as it renders.
        ("<p><span class='dropcap'>L</span>a ville a voté.</p>", "La ville a voté."),
        ("<p>Read the <a>report</a>, then the <a>annex</a>.</p>",
         "Read the report, then the annex."),
        ("<p>Les <a>chiffres</a>s'envolent</p>", "Les chiffress'envolent"),
    ],
)  # fmt: skip
def test_adjacent_links_are_words_apart_and_styled_text_stays_glued(
    body: str, expected: str
) -> None:
    assert [text for text, _, _ in _blocks(body)] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A <br> is a line break, inside an inline element too: each line is a block.
        ("<td><font>Se ve mejor a 800x600.<br>Webmaster: info@example.com</font></td>",
         ["Se ve mejor a 800x600.", "Webmaster: info@example.com"]),
        ("<p>Hello <b>world<br>again</b> there</p>", ["Hello world", "again there"]),
        ("<p>Line one<br>line two</p>", ["Line one", "line two"]),
        # A custom element holding blocks (an AMP live blog's list) is laid out block by
        # block, not read as one line.
        ("<amp-live-list id='l'><button>3 new updates</button><div items>"
         "<div><p>10:42</p><p>The bridge is open again.</p></div>"
         "<div><p>10:15</p><p>Traffic is diverted.</p></div></div></amp-live-list>",
         ["3 new updates", "10:42", "The bridge is open again.", "10:15",
          "Traffic is diverted."]),
    ],
)  # fmt: skip
def test_line_breaks_and_blocks_inside_inline_elements_make_blocks_of_their_own(
    body: str, expected: list[str]
) -> None:
    assert [text for text, _, _ in _blocks(body)] == expected


def test_a_card_inside_a_link_is_blocks_of_link_text() -> None:
    body = "<a href='/s'><div><h3>Dam at a record low</h3><p>Read the story.</p></div></a>"
    assert _blocks(body) == [("Dam at a record low", False, 1.0), ("Read the story.", False, 1.0)]


def test_a_title_made_of_linked_words_is_still_the_title() -> None:
    blocks = markup.html_blocks(
        "<html><body><h1><a>Floods</a><a>hit the north</a></h1><p>Text.</p></body></html>"
    )
    assert [(b.text, b.title) for b in blocks] == [
        ("Floods hit the north", True),
        ("Text.", False),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # An old site laid out in a table: the menu cell, the article's cell and each row of
        # a table inside it are blocks of their own, as a browser lays them out.
        ("<table><tr><td colspan='2'><font size='5'><b>Club des marcheurs</b></font></td></tr>"
         "<tr><td><p><a href='/'>Accueil</a></p><p><a href='/p'>Programme</a></p></td>"
         "<td><h3>Sorties d'hiver</h3><p>Départ du parking de la mairie.</p>"
         "<table><tr><td>Dim. 6 déc.</td><td>Crêt de la Neige</td></tr></table></td></tr>"
         "</table>",
         ["Club des marcheurs", "Accueil", "Programme", "Sorties d'hiver",
          "Départ du parking de la mairie.", "Dim. 6 déc.", "Crêt de la Neige"]),
        # <center>, a rule and a fieldset break lines as <div> does.
        ("<center><font>Bienvenue</font></center>Texte.<hr>Suite.<fieldset><legend>Lettre"
         "</legend>Inscrivez-vous</fieldset>",
         ["Bienvenue", "Texte.", "Suite.", "Lettre", "Inscrivez-vous"]),
    ],
)  # fmt: skip
def test_a_page_laid_out_in_tables_is_read_cell_by_cell(body: str, expected: list[str]) -> None:
    assert [text for text, _, _ in _blocks(body)] == expected


@pytest.mark.parametrize(
    ("body", "cells"),
    [
        # A timetable: rows of as many cells, nothing but text in them.
        ("<table><tr><th>Date</th><th>Sortie</th></tr><tr><td>Dim. 6 déc.</td>"
         "<td>Crêt de la Neige</td></tr><tr><td>Dim. 20 déc.</td><td>La Faucille</td></tr>"
         "</table>", {"Date", "Sortie", "Dim. 6 déc.", "Crêt de la Neige", "Dim. 20 déc.",
                      "La Faucille"}),
        # A page laid out in a table: a table nested in it, paragraphs in its cells.
        ("<table><tr><td>Menu</td><td><p>Texte de la page.</p><table><tr><td>a</td><td>b</td>"
         "</tr><tr><td>c</td><td>d</td></tr></table></td></tr><tr><td>Pied</td><td>Contact</td>"
         "</tr></table>", {"a", "b", "c", "d"}),
        # One row is a bar of links or a banner, not a table of data.
        ("<table><tr><td>Accueil</td><td>Contact</td></tr></table>", set()),
    ],
)  # fmt: skip
def test_only_the_cells_of_a_data_table_are_cells(body: str, cells: set[str]) -> None:
    blocks = markup.html_blocks(f"<html><body>{body}</body></html>")
    assert {b.text for b in blocks if b.cell} == cells


def test_blocks_of_one_layout_share_their_path() -> None:
    blocks = markup.html_blocks(
        "<html><body><article><p>One.</p><p>Two.</p></article><table class='infobox'>"
        "<tr><th>Born</th><td>1950</td></tr><tr><th>Died</th><td>2020</td></tr></table>"
        "</body></html>"
    )
    paths = {b.text: b.path for b in blocks}
    assert paths["One."] == paths["Two."] != paths["Born"]
    assert paths["1950"] == paths["2020"] and paths["1950"].endswith("table.infobox/tr/td")


_WHOLE_PAGE = (
    "<!DOCTYPE html><html><head><title>Le pont</title></head><body><article>"
    "<h1>Le pont rouvre</h1><p>Le pont a rouvert lundi après deux ans de travaux.</p>"
    "<p>Les habitants sont venus nombreux.</p></article></body></html>"
)


@pytest.mark.parametrize(
    ("source", "cut"),
    [
        (_WHOLE_PAGE, False),
        # Cut mid-sentence, mid-tag, and after a closed element: the rest is missing.
        (_WHOLE_PAGE[: _WHOLE_PAGE.index("deux ans")], True),
        (_WHOLE_PAGE[: _WHOLE_PAGE.index("<p>Les") + 2], True),
        (_WHOLE_PAGE[: _WHOLE_PAGE.index("</article>")], True),
        # A fragment (pasted markup) never claimed to be a whole page.
        ("<p>Le pont a rouvert lundi.</p><p>Les habitants", False),
    ],
)
def test_a_page_cut_off_before_its_end_is_noted(source: str, cut: bool) -> None:
    assert (markup_parser.cut_off_note(source) is not None) is cut


def test_ingest_says_in_one_line_that_a_page_was_cut_off(tmp_path: Path) -> None:
    from workbench import pipeline
    from workbench.store import Store

    page = tmp_path / "pont.html"
    page.write_text(_WHOLE_PAGE[: _WHOLE_PAGE.index("deux ans")], encoding="utf-8")
    store = Store.open(str(tmp_path / "w.db"))
    (result,) = pipeline.ingest_paths(store, [page]).files
    assert result.document is not None and result.warning is not None
    assert result.warning.startswith("pont.html: the page stops before its end")
    assert "\n" not in result.warning and "save the whole page again" in result.warning
    page.write_text(_WHOLE_PAGE, encoding="utf-8")
    (whole,) = pipeline.ingest_paths(store, [page]).files
    assert whole.warning is None
