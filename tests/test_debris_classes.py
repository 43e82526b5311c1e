"""Debris classes that hold across sites and languages, each read from its structure or a
vocabulary written for four languages or more: a menu scraped as items two spaces apart, a
download's link, a "was this page helpful?" widget, a newsletter's footer, a blog's links to
the previous and next post (issue 13, session 18); a site's notices around any article: a
disclaimer, an affiliate disclosure, a player's "listen" link, a wiki's footer, a call to
action ending on a phone number (session 19, held-out 20)."""

from __future__ import annotations

import pytest

from tests.debris_text import ARTICLE_EN, ARTICLE_FR, kinds
from workbench.ingest import extract
from workbench.ingest.debris_lines import (
    is_download_link,
    is_feedback_widget,
    is_newsletter_footer,
    is_post_navigation,
    is_spaced_menu,
)
from workbench.ingest.debris_notices import is_site_notice
from workbench.model import Kind


@pytest.mark.parametrize(
    "line",
    [
        "Accueil  Le club  Compétitions  Formation  Contact",
        "Home  Our work  Where we work  Get involved",
        "Inicio  Noticias  Agenda  Deportes  Opinión",
        "Startseite  Verein  Termine  Kontakt",
    ],
)
def test_a_menu_scraped_as_items_two_spaces_apart_is_debris(line: str) -> None:
    assert is_spaced_menu(line)
    found = kinds("\n".join(["La Gazette du Lac", line, *ARTICLE_FR]), ".txt")
    assert found[line] is Kind.BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "Le club a été fondé en 1952.  Il compte 80 membres.",  # a sentence's double space
        "Tomatoes  2 kg  €4.50",  # a row of figures
        "Paris  Lyon",  # two items
        "Home | News | Sport",  # another separator: `is_menu_trail`'s
    ],
)
def test_a_double_space_alone_makes_no_menu(line: str) -> None:
    assert not is_spaced_menu(line)


def test_plain_text_keeps_a_menu_s_gaps_and_collapses_other_spaces() -> None:
    blocks = extract.plain_blocks("News   Sport  What's On  Farming\nA  sentence with  gaps.\n")
    assert [b.text for b in blocks] == ["News  Sport  What's On  Farming", "A sentence with gaps."]


@pytest.mark.parametrize(
    ("line", "download"),
    [
        ("Télécharger le rapport complet (PDF, 2,1 Mo)", True),
        ("Download the annual review [DOCX – 340 KB]", True),
        ("Descargar el informe completo (PDF)", True),
        ("Jahresbericht 2026 herunterladen (PDF, 1,2 MB)", True),
        ("Scarica il regolamento (PDF – 85 kB)", True),
        ("The report (PDF) says the river is cleaner than in 2010, and the council agrees.", False),
        ("Le fichier fait 2,1 Mo.", False),
    ],
)  # fmt: skip
def test_a_download_link_ends_on_its_file_type_and_size(line: str, download: bool) -> None:
    assert is_download_link(line) is download


@pytest.mark.parametrize(
    ("line", "widget"),
    [
        ("Cette page vous a-t-elle été utile ?", True),
        ("Was this page helpful? Yes | No", True),
        ("¿Le ha resultado útil esta página?", True),
        ("War diese Seite hilfreich?", True),
        ("Questa pagina ti è stata utile?", True),
        # blind heldout33: a Swedish help centre's widget and its tally
        ("Var den här artikeln till hjälp?", True),
        ("41 av 57 tyckte att detta var till hjälp", True),
        ("12 of 15 people found this helpful", True),
        ("Ți-a fost util acest articol?", True),
        ("Czy ten artykuł był pomocny?", True),
        ("3 of the 5 new beds were useful to the hospital.", False),
        ("Oui Non", True),
        ("Sí · No", True),
        ("Was this page helpful to the farmers? The survey says most found it so.", False),
        ("Non, cette photo ne montre pas la crue.", False),
    ],
)  # fmt: skip
def test_a_page_feedback_widget_is_its_question_or_its_answers(line: str, widget: bool) -> None:
    assert is_feedback_widget(line) is widget


@pytest.mark.parametrize(
    ("line", "footer"),
    [
        ("You are receiving this email because you signed up on our website.", True),
        ("Vous recevez cette lettre car vous êtes adhérent de l'association.", True),
        ("Recibes este boletín porque te suscribiste en nuestra web.", True),
        ("Sie erhalten diese E-Mail, weil Sie sich angemeldet haben.", True),
        ("Unsubscribe · Update your preferences", True),
        ("Se désinscrire", True),
        ("Darse de baja", True),
        ("Readers told us they unsubscribe from most newsletters within a year, and we "
         "wanted to know why so many of them leave so soon after signing up.", False),
        ("You are the first reader to answer.", False),
    ],
)  # fmt: skip
def test_a_newsletter_s_footer_says_why_it_comes_and_how_to_stop_it(
    line: str, footer: bool
) -> None:
    assert is_newsletter_footer(line) is footer


@pytest.mark.parametrize(
    ("line", "navigation"),
    [
        ("← Previous post", True),
        ("Next post →", True),
        ("« Article précédent", True),
        ("Article suivant »", True),
        ("← Mettre à jour Hugo sans casser son thème", True),
        ("Entrada anterior", True),
        ("Vorheriger Beitrag: Unser Garten im Herbst", True),
        ("« Je reste ici », dit-elle.", False),  # a quotation opens and closes its guillemets
        ("The previous owner kept bees.", False),
    ],
)  # fmt: skip
def test_a_blog_s_post_navigation_points_back_or_on(line: str, navigation: bool) -> None:
    assert is_post_navigation(line) is navigation


def test_the_classes_are_debris_on_a_page_and_its_article_is_not() -> None:
    debris = [
        "Download the full report (PDF, 1.4 MB)",
        "Was this page helpful?",
        "Yes | No",
        "← Previous post",
        "Next post →",
        "You are receiving this email because you signed up on our website.",
    ]
    found = kinds("\n".join(["The Seed Library", *ARTICLE_EN, *debris]), ".txt")
    assert {line: found[line] for line in debris} == {line: Kind.BOILERPLATE for line in debris}
    assert [line for line in ARTICLE_EN if found[line] is Kind.BOILERPLATE] == []


@pytest.mark.parametrize(
    "line",
    [
        # an "information only, not advice" disclaimer
        "Cet article est fourni à titre d'information et ne constitue pas une consultation "
        "juridique.",
        "This article is for general information only and does not constitute legal advice.",
        "Este artículo tiene carácter informativo y no sustituye el asesoramiento jurídico.",
        "Dieser Beitrag dient nur der allgemeinen Information und stellt keine Steuerberatung dar.",
        "L'articolo ha scopo informativo e non costituisce consulenza legale.",
        # an affiliate-link disclosure
        "This post may contain affiliate links. Please read my disclosure policy.",
        "Cet article contient des liens affiliés : je touche une petite commission.",
        "Esta entrada contiene enlaces de afiliados.",
        "Dieser Artikel enthält Affiliate-Links.",
        "Questo articolo contiene link di affiliazione.",
        # a player's listen link
        "▶ Écouter sur Apple Podcasts · Spotify · Deezer · RSS",
        "Escuchar en directo",
        "Listen live",
        "Jetzt anhören: Spotify · Apple Podcasts",
        "Ascolta la diretta",
        # a wiki's footer
        "This page was last edited on 28 November 2026, at 21:04.",
        "Community content is available under CC-BY-SA unless otherwise noted.",
        "Dernière modification de cette page le 3 mars 2026 à 10:12.",
        "Esta página se editó por última vez el 3 mar 2026 a las 10:12.",
        "Diese Seite wurde zuletzt am 3. März 2026 um 10:12 Uhr bearbeitet.",
        # a call to action that ends on a phone number, or the number alone
        "Call our sales team on 01566 000 000",
        "Book a free 20-minute call with our tax team: 0113 000 0000",
        "Appelez-nous au 05 49 00 00 00",
        "Llámenos al 912 345 678",
        "Rufen Sie uns an: 030 1234 5678",
        "05 49 00 00 00",
        "+34 912 345 678",
    ],
)  # fmt: skip
def test_a_site_notice_is_debris_in_five_languages(line: str) -> None:
    assert is_site_notice(line)
    found = kinds("\n".join(["La Gazette du Lac", *ARTICLE_FR, line]), ".txt")
    assert found[line] is Kind.BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "Book a place through the council's events page or call 01632 960 418.",  # a sentence
        "1985-1986",  # a span of years, not a phone number
        "The firm gave the council legal advice on the sale of the land.",
        "She listened to the radio every morning while the bread rose.",
        "Escuchar a los vecinos fue lo primero que hizo la nueva alcaldesa.",
        "The affiliate programme of the museum shop raised £3,000 for the roof.",
        "Le contenu de la malle a été confié aux archives départementales.",
    ],
)
def test_a_line_that_only_shares_words_with_a_notice_is_not_one(line: str) -> None:
    assert not is_site_notice(line)
