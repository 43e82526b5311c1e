"""A page's top edge read from shape alone: above the marked headline, a run of short labels is
the site's menu, and the short lines around it its header, on pages saved as plain <div>s with
no <nav>, <header> or <li> to give them away; at the letter's end, its closing and the name
signed under it (issue 13, held-out 20)."""

from __future__ import annotations

import pytest

from tests.debris_text import ARTICLE_EN, ARTICLE_FR, kinds
from workbench.ingest import debris
from workbench.ingest.debris_edges import is_label, sign_off, top_menu
from workbench.model import Kind

ARTICLE_ES = [
    "En casa de mi abuela, el potaje se hacía los viernes de Cuaresma, con bacalao y comino.",
    "Ella ponía los garbanzos a remojo el jueves por la noche y los tapaba con un paño.",
    "Yo he mantenido su receta casi sin cambios, pero le añado un poco más de espinaca.",
    "La receta da para cuatro personas y se conserva bien dos días en la nevera.",
]
ARTICLE_DE = [
    "Zum ersten Mal seit dreißig Jahren wird in der alten Seilerei am Hafen wieder Seil gedreht.",
    "Eine Gruppe von Freiwilligen hat die Maschinen in zwei Wintern wieder instand gesetzt.",
    "Das Seil wird an Segelvereine und an Gärtner aus der ganzen Gegend verkauft.",
    "Im nächsten Jahr will die Gruppe zwei Lehrlinge ausbilden, wenn die Stadt hilft.",
]

# (site name, tagline, menu items, headline, article): one page per language.
HEADERS = [
    (
        "Musée de la faïence de Brignac", "Trois siècles de décors au grand feu",
        ["Le musée", "Expositions", "Ateliers", "Infos pratiques", "Billetterie"],
        "La corderie du port reprend du service après trente ans", ARTICLE_FR,
    ),
    (
        "El puchero de Tere", "Cocina de siempre, paso a paso",
        ["Recetas", "Guisos", "Repostería", "Sobre mí"],
        "Potaje de vigilia como lo hacía mi abuela", ARTICLE_ES,
    ),
    (
        "Oakmere Community Radio", "104.7 FM",
        ["News", "Programmes", "Podcasts", "Contact"],
        "A seed library opens in the old telephone box", ARTICLE_EN,
    ),
    (
        "Hafenbote Flensburg", "Nachrichten aus Stadt und Förde",
        ["Stadt", "Hafen", "Kultur", "Sport", "Kontakt"],
        "Die alte Seilerei am Hafen dreht wieder Seile", ARTICLE_DE,
    ),
]  # fmt: skip


def _div_soup(site: str, tagline: str, menu: list[str], title: str, article: list[str]) -> str:
    lines = [f"<div>{line}</div>" for line in (site, tagline, *menu)]
    body = "".join(f"<p>{line}</p>" for line in article)
    return f"<html><body>{''.join(lines)}<h1>{title}</h1>{body}</body></html>"


@pytest.mark.parametrize(("site", "tagline", "menu", "title", "article"), HEADERS)
def test_a_menu_of_plain_divs_above_the_headline_is_debris_with_the_site_s_name(
    site: str, tagline: str, menu: list[str], title: str, article: list[str]
) -> None:
    found = kinds(_div_soup(site, tagline, menu, title, article), ".html")
    assert {line: found[line] for line in (site, tagline, *menu)} == dict.fromkeys(
        (site, tagline, *menu), Kind.BOILERPLATE
    )
    assert found[title] is Kind.HEADING
    assert {found[line] for line in article} == {Kind.BODY}


@pytest.mark.parametrize(
    ("title", "lines"),
    [
        (
            "Potaje de vigilia como lo hacía mi abuela",
            ["Ingredientes", "Garbanzos", "Bacalao desalado", "Espinacas", "Dos huevos duros"],
        ),
        (
            "The Trailhead 2 rucksack, tested for a month",
            ["Specifications", "Weight", "Volume", "Frame", "Colours"],
        ),
        (
            "Le gratin dauphinois de ma grand-mère",
            ["Ingrédients", "Pommes de terre", "Crème fraîche", "Ail", "Muscade"],
        ),
    ],
)  # fmt: skip
def test_short_lines_under_the_headline_are_the_article_s(title: str, lines: list[str]) -> None:
    texts = ["Home", "Recipes", "Contact", title, *lines, *ARTICLE_EN]
    titles = [text == title for text in texts]
    assert [t for t, m in zip(texts, top_menu(texts, titles), strict=True) if m] == [
        "Home", "Recipes", "Contact",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("texts", "why"),
    [
        (["La Gazette du lac de Paladru", "Actualités", "Sports", "Le titre du jour est ici",
          *ARTICLE_FR], "two labels make no menu"),
        (["Accueil", "Le club", "Nos horaires d'ouverture changent cet été.", "Contact",
          "Le titre du jour est ici", *ARTICLE_FR], "a sentence breaks the run"),
    ],
)  # fmt: skip
def test_no_run_of_three_labels_no_menu(texts: list[str], why: str) -> None:
    titles = [text == "Le titre du jour est ici" for text in texts]
    assert not any(top_menu(texts, titles)), why


def test_a_page_with_no_marked_headline_is_left_alone() -> None:
    texts = ["Recetas", "Guisos", "Repostería", "Sobre mí", "Potaje de vigilia", *ARTICLE_ES]
    assert not any(top_menu(texts, [False] * len(texts)))


def test_a_sentence_above_the_headline_is_not_the_header_s() -> None:
    texts = ["Le musée", "Expositions", "Billetterie", "Le musée rouvre le 6 mai.", "Le titre"]
    marked = top_menu(texts, [text == "Le titre" for text in texts])
    assert marked == [True, True, True, False, False]


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Infos pratiques", True),
        ("Publier un communiqué", True),
        ("Sobre mí", True),
        ("Domaines d'intervention", True),
        ("104.7 FM", True),
        ("Ouvert tous les jours", False),  # four words: a header line, not a menu item
        ("Contact us today.", False),
        ("Horaires :", False),
        ("12 €", False),
    ],
)
def test_a_label_names_in_three_words_or_fewer(line: str, label: bool) -> None:
    assert is_label(line) is label


NAV_PAGE = (
    "<html><body><header><div>Hafenbote Flensburg</div><nav><ul>"
    + "".join(f"<li><a href='/{i}'>{item}</a></li>" for i, item in
              enumerate(["Stadt", "Hafen", "Kultur", "Sport", "Kontakt"]))
    + "</ul></nav></header><h1>Die alte Seilerei am Hafen dreht wieder Seile</h1>"
    + "".join(f"<p>{line}</p>" for line in ARTICLE_DE)
    + "</body></html>"
)  # fmt: skip


def test_a_page_whose_menu_is_in_a_nav_is_read_as_without_the_rule(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with_rule = kinds(NAV_PAGE, ".html")
    monkeypatch.setattr(debris, "page_top", lambda texts, titles, prose: [False] * len(texts))
    assert kinds(NAV_PAGE, ".html") == with_rule
    assert with_rule["Kontakt"] is Kind.BOILERPLATE
    assert {with_rule[line] for line in ARTICLE_DE} == {Kind.BODY}


@pytest.mark.parametrize(
    ("article", "closing", "name"),
    [
        (ARTICLE_EN, "Have a lovely weekend,", "Mrs K. Ollerenshaw, Headteacher"),
        (ARTICLE_FR, "À très bientôt,", "Anne, pour le bureau"),
        (ARTICLE_ES, "Un abrazo,", "Lucía"),
        (ARTICLE_DE, "Bis bald,", "Ihre Gisela Brandt"),
        (ARTICLE_EN, "Ĝis baldaŭ,", "Mireille, sekretario"),
    ],
)
def test_a_letter_s_closing_and_its_signature_are_the_letter_s(
    article: list[str], closing: str, name: str
) -> None:
    texts = ["Home", *article, closing, name, "© 2026 Oakmere · Privacy"]
    assert [t for t, m in zip(texts, sign_off(texts), strict=True) if m] == [closing, name]
    found = kinds("\n".join(texts), ".txt")
    assert Kind.BOILERPLATE not in (found[closing], found[name])


def test_the_signatory_s_office_under_the_name_is_the_letter_s_and_no_footer_takes_them() -> None:
    """Blind heldout33: a school's e-mail newsletter signed "Com os melhores cumprimentos,",
    the head's name, her office, then the footer's "Siga-nos": the footer's region took the
    name and the office, which the translation carries (LABELS.md: newsletter sign-offs)."""
    letter = [
        "Caros pais e encarregados de educação,",
        "Chegamos ao fim do primeiro período com muito para contar aos pais e alunos.",
        "Os alunos do 5.º ano visitam o Oceanário no dia 22 de janeiro, com os professores.",
        "Desejamos a todas as famílias umas boas festas e um feliz ano novo.",
    ]
    signature = ["Com os melhores cumprimentos,", "Ana Paula Ferreira", "Diretora do Agrupamento"]
    footer = ["Siga-nos", "Facebook", "Instagram", "Reencaminhar para um amigo",
              "Atualizar preferências", "Cancelar subscrição"]  # fmt: skip
    texts = [*letter, *signature, *footer]
    assert [t for t, m in zip(texts, sign_off(texts), strict=True) if m] == signature
    found = kinds("\n".join(texts), ".txt")
    assert Kind.BOILERPLATE not in {found[line] for line in signature}
    assert found["Cancelar subscrição"] is Kind.BOILERPLATE


@pytest.mark.parametrize(
    ("texts", "why"),
    [
        (["Home", "Sport,", "Anne"], "no sentence above the closing"),
        ([*ARTICLE_FR, "Le Maire,", "Henri Cazalé"], "an office signs a legal notice: debris"),
        ([*ARTICLE_EN, "Until next time,", "Read the next issue of the letter here."],
         "a sentence under the closing is no signature"),
    ],
)  # fmt: skip
def test_a_comma_alone_makes_no_sign_off(texts: list[str], why: str) -> None:
    assert not any(sign_off(texts)), why
