"""Headings that are the site's, not the article's: a masthead whose name only the copyright
line gives, a masthead over a menu laid out one item a line, a kicker label over the page's
title, a pull quote that repeats a quotation without its quotation marks, a related-stories
list under "Articles similaires". And the headings that must stay the article's."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.debris_text import ARTICLE_EN, ARTICLE_FR, PAIRS, kinds, marked
from workbench.ingest.debris_frame import kicker_labels
from workbench.model import Kind

HEADLINE_FR = "Le dernier atelier de corderie du Devon tourne à nouveau"
MENU_FR = "Accueil | L'association | Stages | Annuaire des artisans | Contact"


def test_a_long_site_name_its_copyright_line_gives_heads_a_masthead() -> None:
    masthead = ["Les Amis du Rotin et de l'Osier", "Association des vanniers de Bourgogne"]
    footer = "© Les Amis du Rotin et de l'Osier – Mentions légales"
    texts = [*masthead, MENU_FR, HEADLINE_FR, *ARTICLE_FR, footer]
    assert marked(texts)[:2] == masthead
    # Without a copyright line to name it, seven words over a menu may be the page's title.
    assert masthead[0] not in marked([*masthead, MENU_FR, HEADLINE_FR, *ARTICLE_FR])
    # A copyright line that names someone else does not make the first line a site's name.
    other = "© Atelier Martin 2026 – Mentions légales"
    assert masthead[0] not in marked([*masthead, MENU_FR, HEADLINE_FR, *ARTICLE_FR, other])


def test_a_masthead_over_a_menu_of_one_item_a_line_is_debris() -> None:
    masthead = ["Ciel & Cosmos", "Le magazine de l'astronomie pour tous"]
    menu = ["Actualités", "Observer", "Matériel", "Dossiers", "Boutique"]
    texts = [*masthead, *menu, HEADLINE_FR, *ARTICLE_FR]
    assert marked(texts)[:2] == masthead
    # Three short lines are no menu: a headline over a byline's lines stays.
    short = ["Par Lucie Garnier", "Photos", "Lecture"]
    assert "Le magazine de l'astronomie pour tous" not in marked(
        [*masthead, *short, HEADLINE_FR, *ARTICLE_FR]
    )
    # Lines with figures or a colon are a fact box's, not a menu's.
    facts = ["Durée : 2 h", "Prix : 5 €", "Niveau : facile", "Public : tous"]
    assert "Le magazine de l'astronomie pour tous" not in marked(
        [*masthead, *facts, HEADLINE_FR, *ARTICLE_FR]
    )


def _page(kicker: str, title: str = "Village mechanics keep hand pumps working") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in ARTICLE_EN)
    return (
        "<html><body><header><nav><a>Home</a> <a>Stories</a></nav></header><main><article>"
        f"<div class='label'>{kicker}</div><h1>{title}</h1>{paragraphs}"
        "</article></main></body></html>"
    )


@pytest.mark.parametrize(
    "kicker", ["Stories from the field", "People of the cut", "Opinion", "Reportajes de campo"]
)
def test_a_label_right_over_the_page_s_title_is_debris(kicker: str) -> None:
    found = kinds(_page(kicker), ".html")
    assert found[kicker] is Kind.BOILERPLATE
    assert found["Village mechanics keep hand pumps working"] is not Kind.BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        # A sentence, a book's division, a label's colon: not a section's name.
        "The pumps had been broken for years.",
        "Chapter 2",
        "Chapitre III",
        "Why the pumps broke, and how a village mends them now:",
    ],
)
def test_a_sentence_or_a_chapter_over_the_title_is_no_kicker(line: str) -> None:
    texts = [line, "Village mechanics keep hand pumps working", *ARTICLE_EN]
    titles = [False, True, *[False] * len(ARTICLE_EN)]
    prose = [False, False, *[True] * len(ARTICLE_EN)]
    assert kicker_labels(texts, titles, prose) == [False] * len(texts)
    assert kicker_labels(["Opinion", *texts[1:]], titles, prose)[0]


def test_a_label_over_a_heading_in_the_article_is_no_kicker() -> None:
    # Only the page's title (its first <h1>) has a kicker: a section heading's line stays.
    paragraphs = "".join(f"<p>{p}</p>" for p in ARTICLE_EN)
    page = (
        f"<html><body><article><h1>Village mechanics keep hand pumps working</h1>{paragraphs}"
        f"<p>The next step</p><h2>Where the tools come from</h2>{paragraphs}</article>"
        "</body></html>"
    )
    assert kinds(page, ".html")["The next step"] is not Kind.BOILERPLATE


def test_a_pull_quote_that_repeats_a_quotation_without_its_marks_is_debris() -> None:
    said = '"A tree that falls tells you something about itself," he said.'
    quote = "A tree that falls tells you something about itself"
    texts = [*ARTICLE_EN[:2], said, quote, *ARTICLE_EN[2:]]
    assert marked(texts) == [quote]
    # A heading that opens the paragraph after it says its words first: it is the article's.
    heading = "A tree that falls tells you something"
    assert marked([*ARTICLE_EN[:2], heading, said, *ARTICLE_EN[2:]]) == []
    # Words the paragraph says in another order are no echo of it.
    own = "Something about itself a falling tree tells"
    assert marked([*ARTICLE_EN[:2], said, own, *ARTICLE_EN[2:]]) == []


@pytest.mark.parametrize(
    "heading",
    ["Articles similaires", "Similar articles", "Artículos similares", "Vous aimerez aussi"],
)
def test_the_headlines_under_a_similar_articles_heading_are_debris(heading: str) -> None:
    related = ["La glacière du château de Vaux retrouve sa porte", "Inventaire des glacières"]
    assert marked([*ARTICLE_FR, heading, *related]) == [heading, *related]


@pytest.mark.parametrize(
    ("page", "debris_lines"),
    [
        (
            "blind17-rushweaving.fr.txt",
            [
                "Les Amis du Rotin et de l'Osier",
                "Association des vanniers et rempailleurs de Bourgogne",
            ],
        ),
        ("blind7-comet.fr.txt", ["Le magazine de l'astronomie pour tous"]),
        ("blind15-handpumps.en.html", ["Stories from the field"]),
        ("blind15-lockkeeper.en.html", ["People of the cut"]),
        ("blind7-violin.en.html", ["A tree that falls tells you something about itself"]),
        ("blind17-icehouse.fr.txt", ["La glacière du château de Vaux retrouve sa porte"]),
    ],
)
def test_site_headings_are_debris_on_real_pages(page: str, debris_lines: list[str]) -> None:
    found = kinds((PAIRS / page).read_text(encoding="utf-8"), Path(page).suffix)
    assert {line: found[line] for line in debris_lines} == dict.fromkeys(
        debris_lines, Kind.BOILERPLATE
    )
    # The article around them stays.
    assert sum(k is not Kind.BOILERPLATE for k in found.values()) >= 7
