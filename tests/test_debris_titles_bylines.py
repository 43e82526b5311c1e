"""A page's own title and its byline, read from the markup as any site writes them
(newcomer36): a manual's h1 under a cookie banner's "En savoir plus", the site's menu and
its breadcrumb was taken for the last headline of a "read more" list; a byline classed
`auteur`, or inside an `author-box`, holding a date stayed body and was drafted by MT."""

from __future__ import annotations

import pytest

from tests.debris_text import kinds
from workbench.ingest.debris_bylines import is_dated_byline_element
from workbench.model import Kind

CHAPTER = """<!doctype html><html lang="fr"><head><title>Brisa 3000</title></head><body>
<div class="consent"><p>Ce site utilise des traceurs pour améliorer votre expérience.</p>
<button>J'accepte</button><button>Je refuse</button><a href="#">En savoir plus</a></div>
<header><a href="/" class="logo">Olmo France</a><ul class="menu"><li><a href="#">Nos produits</a>
</li><li><a href="#">Assistance</a></li><li><a href="#">Pièces détachées</a></li></ul></header>
<nav class="breadcrumb">Accueil › Assistance › Machines à café › Brisa 3000</nav>
<main><article>
<h1>Chapitre 4 : Entretien et détartrage</h1>
<p>Le calcaire est la première cause de panne des machines à café. Ce chapitre explique comment
nettoyer et détartrer votre machine, pas à pas, sans outil particulier.</p>
{byline}
<h2>4.1 Nettoyage quotidien</h2>
<p>Videz le bac d'égouttage et le bac à marc après chaque utilisation et rincez-les à l'eau
tiède, sans détergent, puis laissez-les sécher à l'air libre avant de les remettre en place.</p>
<p>Essuyez la buse vapeur avec un chiffon humide juste après avoir fait mousser le lait, tant
que les résidus sont encore tendres et s'enlèvent sans frotter.</p>
</article></main>
<footer><p>© 2026 Olmo France · Mentions légales · Cookies</p></footer>
</body></html>
"""
SERVICE = "Service après-vente Olmo France · Révision 3 · Mis à jour le 05/09/2026"
AUTHOR = "Par Léa Kervella, médiatrice culturelle · 12 octobre 2026, mis à jour le 20 octobre 2026"


def test_the_page_s_title_under_a_banner_and_a_menu_is_its_heading() -> None:
    found = kinds(CHAPTER.format(byline=""), ".html")
    assert found["Chapitre 4 : Entretien et détartrage"] is Kind.HEADING
    assert found["En savoir plus"] is Kind.BOILERPLATE  # the list it was taken into stays


@pytest.mark.parametrize(
    ("byline", "line"),
    [
        (f'<p class="auteur">{SERVICE}</p>', SERVICE),
        (f'<div class="author-box"><p>{AUTHOR}</p></div>', AUTHOR),
        (f'<p class="byline">{AUTHOR}</p>', AUTHOR),
    ],
    ids=["auteur", "author-box", "byline"],
)
def test_a_dated_line_of_a_byline_element_is_debris(byline: str, line: str) -> None:
    found = kinds(CHAPTER.format(byline=byline), ".html")
    assert found[line] is Kind.BOILERPLATE
    assert found["Chapitre 4 : Entretien et détartrage"] is Kind.HEADING


@pytest.mark.parametrize(
    ("text", "path", "byline"),
    [
        (SERVICE, "html/body/main/article/p.auteur", True),
        (AUTHOR, "html/body/main/article/div.author-box/p", True),
        ("Par Léa Kervella, médiatrice culturelle", "html/body/article/p.byline", False),  # no date
        (SERVICE, "html/body/main/article/h2.entry-meta", False),  # a heading element
        (SERVICE, "html/body/main/article/p", False),  # no class says byline
        ("Le musée a ouvert ses portes le 12 octobre 2026 après deux ans de travaux de "
         "restauration menés par une équipe de vingt artisans venus de toute la Bretagne, "
         "qui ont refait la charpente, les verrières, les planchers et les enduits d'origine "
         "pièce par pièce.", "html/body/article/div.author/p", False),  # a paragraph's length
    ],
    ids=["own-class", "box-class", "undated", "heading", "unclassed", "paragraph"],
)  # fmt: skip
def test_what_makes_a_dated_byline_element(text: str, path: str, byline: bool) -> None:
    assert is_dated_byline_element(text, path) is byline
