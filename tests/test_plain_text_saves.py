"""Plain-text saves of web pages and documents: the shapes HTML has not.

A browser's "save as text", a print view, a PDF viewer's paste or a CMS's Markdown
export gives hard-wrapped paragraphs with no blank line between them, words
hyphenated at a line end, Markdown's marks, and a printed page's numbers and running
heads. Each row is a few lines of such a save (bench/data/pages/plaintext24 holds
whole labelled pages).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.ingest import debris
from workbench.ingest.debris_pages import (
    is_page_number,
    is_reading_span,
    page_buttons,
    page_furniture,
)
from workbench.ingest.extract import plain_blocks
from workbench.ingest.plain_markdown import is_markdown, markdown_line
from workbench.ingest.plain_paragraphs import wrapped_groups
from workbench.model import Kind
from workbench.pipeline.parsing import parse_file

WRAPPED_FR = [
    "Pendant un siècle, la ville a fourni des pipes de bruyère au monde entier. Il",
    "ne reste aujourd'hui qu'une poignée d'ateliers, et le plus ancien d'entre eux",
    "a décidé d'ouvrir ses portes deux après-midi par semaine.",
    "Dans la salle de tournage, Gérard Mermet montre un ébauchon de bruyère qui a",
    "séché trois ans. « On ne peut pas aller plus vite que le bois », dit-il.",
]


@pytest.mark.parametrize(
    ("lines", "groups"),
    [
        # A browser's save at 78 columns, no blank line between the paragraphs.
        (WRAPPED_FR, [[0, 1, 2], [3, 4]]),
        # The last line of a wrapped paragraph goes on over a name ("Gérard Mermet.").
        (
            [
                "Depuis 2024, la fabrication de la pipe de Saint-Claude figure à l'inventaire du",
                "patrimoine culturel immatériel. Les artisans y voient surtout un moyen de",
                "recruter : « Les jeunes ne savent pas que le métier existe », regrette",
                "Gérard Mermet.",
                "Lire aussi",
            ],
            [[0, 1, 2, 3], [4]],
        ),
        # German nouns open in capitals: a full line goes on over a full line, in a text
        # wrapped elsewhere over lower-case lines.
        (
            [
                "Nach drei Jahren Arbeit ist es so weit: Am 13. Dezember öffnet die restaurierte",
                "Dorfschmiede am Anger ihre Türen. Mitglieder des Vereins haben die Esse neu ge-",
                "mauert, den Blasebalg mit Leder bespannt und das Dach mit alten Biberschwänzen",
                "gedeckt, die aus einer abgerissenen Scheune in Oberlindenau stammen.",
            ],
            [[0, 1, 2, 3]],
        ),
        # A page whose lines are paragraphs: a headline does not go on over its first
        # paragraph, a headline's short tail over a lower-case line does.
        (
            [
                "Los almendros florecen en noviembre y preocupan a los agricultores",
                "El calor del otoño ha despertado los árboles dos meses antes de tiempo.",
            ],
            [[0], [1]],
        ),
        # A menu one word a line, over a lower-case word: lines of their own.
        (["Accueil", "Actualités", "Sport", "météo", "Contact"], [[0], [1], [2], [3], [4]]),
        # A headline over its dated byline in lower case: two lines.
        (
            [
                "« Les Saisons de Marthe » : une ferme, trois sœurs et un hiver qui n'en finit pas",
                "par Gaspard Lhermitte, le 25 novembre 2026",
            ],
            [[0], [1]],
        ),
        # A line that ends as a sentence, or a label's colon, ends its paragraph.
        (
            [
                "The council met eleven times and agreed a budget that holds the precept.",
                "then the clerk read the minutes of the previous meeting aloud to everyone:",
                "three changes to the planning portal were noted.",
            ],
            [[0], [1], [2]],
        ),
        # A word hyphenated at a page break, whatever the lengths (a PDF viewer's paste).
        (["Pores fins, rouge sang, bleuissant au tou-", "cher. Pied de 5 à 8 cm."], [[0, 1]]),
        # A print view's URL under its title, in lower case: a line of its own.
        (
            [
                "Wells Quay Sessions 2027 – Programme – Print version",
                "wellsquaysessions.org.uk/programme/print",
            ],
            [[0], [1]],
        ),
        # A forum's stamps and user names in lower case: lines of their own.
        (
            [
                "Mensaje por terraza_de_julia » Jue 26 Nov 2026 09:40",
                "citricos_paco escribió: Eso suena a falta de hierro.",
                "shelf-plan-v3.png (88.4 KiB) Viewed 412 times by the members",
                "dunstable_dave",
            ],
            [[0], [1], [2], [3]],
        ),
        # Table rows (tabs) never join.
        (["Grounds maintenance\t£14,000", "village hall grant\t£6,000"], [[0], [1]]),
    ],
)
def test_wrapped_lines_are_grouped_into_paragraphs(
    lines: list[str], groups: list[list[int]]
) -> None:
    assert wrapped_groups(lines) == groups


def test_a_hard_wrapped_save_is_read_a_paragraph_a_block_on_its_first_line() -> None:
    text = "Titre de la page\n\n" + "\n".join(WRAPPED_FR) + "\n"
    blocks = plain_blocks(text)
    assert [(b.line, b.text[:30]) for b in blocks] == [
        (1, "Titre de la page"),
        (3, "Pendant un siècle, la ville a "),
        (6, "Dans la salle de tournage, Gér"),
    ]
    assert "entier. Il ne reste" in blocks[1].text
    # One block a line when asked (the debris benchmark's labels are a line each).
    assert len(plain_blocks(text, rejoin=False)) == 6


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        # The typesetter's hyphen goes, the word's own stays (the document writes it).
        (["la tra-", "duction est faite"], "la traduction est faite"),
        (
            ["un accord franco-allemand et un traité franco-", "allemand de plus"],
            "un accord franco-allemand et un traité franco-allemand de plus",
        ),
    ],
)
def test_a_word_hyphenated_at_a_wrap_is_joined_as_the_document_writes_it(
    lines: list[str], joined: str
) -> None:
    [block] = plain_blocks("\n".join(lines))
    assert block.text == joined


@pytest.mark.parametrize(
    ("line", "text", "heading"),
    [
        ("# Cómo guardar semillas de tomate", "Cómo guardar semillas de tomate", True),
        ("## Issue 48: The oyster gardeners ##", "Issue 48: The oyster gardeners", True),
        ("[Inicio](/) | [Blog](/blog) | [Tienda](/tienda)", "Inicio | Blog | Tienda", False),
        ("de **variedades no híbridas**. Las", "de variedades no híbridas. Las", False),
        ("*Nov 30, 2026 · by Ellen Carrow*", "Nov 30, 2026 · by Ellen Carrow", False),
        ("---", "---", False),
    ],
)
def test_a_markdown_line_is_read_as_markdown(line: str, text: str, heading: bool) -> None:
    assert markdown_line(line) == (text, heading)


@pytest.mark.parametrize(
    ("lines", "markdown"),
    [
        (["# Title", "Some text with a [link](https://example.org)."], True),
        (["## Heading", "**Bold** start"], True),
        # One mark is not a Markdown text; a plain text's "5 * 3" and "[sic]" are not marks.
        (["# Title", "Plain text."], False),
        (["He wrote 5 * 3 [sic] on the board.", "Then 2 * 2."], False),
    ],
)
def test_a_text_is_markdown_when_it_writes_its_marks(lines: list[str], markdown: bool) -> None:
    assert is_markdown(lines) is markdown


def test_a_markdown_text_saved_as_txt_gives_headings_and_no_marks() -> None:
    text = (
        "[Inicio](/) | [Blog](/blog)\n"
        "# Cómo guardar semillas de tomate\n"
        "Escoge tomates de plantas sanas, de **variedades no híbridas**.\n"
        "- Corta el tomate y saca la pulpa.\n"
    )
    blocks = plain_blocks(text)
    assert [(b.text, b.hint, b.bullet) for b in blocks] == [
        ("Inicio | Blog", None, False),
        ("Cómo guardar semillas de tomate", Kind.HEADING, False),
        ("Escoge tomates de plantas sanas, de variedades no híbridas.", None, False),
        ("Corta el tomate y saca la pulpa.", None, True),
    ]


@pytest.mark.parametrize(
    ("text", "page_number"),
    [
        ("Page 2 of 3", True),
        ("Page 1 sur 2", True),
        ("Seite 2", True),
        ("Página 3 de 4", True),
        ("— 2 —", True),
        ("- 12 -", True),
        ("Page two of our guide", False),
        ("2 - 1", False),
        ("Étape 2", False),
    ],
)
def test_page_numbers(text: str, page_number: bool) -> None:
    assert is_page_number(text) is page_number


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("7–9 Minuten", True),
        ("8–10 minutos", True),
        ("5-6 minutes", True),
        ("3–4 min", True),
        ("Cuire 8 à 10 minutes.", False),
        ("10–12 personnes", False),
    ],
)
def test_a_reader_views_reading_time(text: str, span: bool) -> None:
    assert is_reading_span(text) is span


BULLETIN = [
    "L'ÉCHO DU RAIL – Bulletin de l'Amicale des anciens cheminots de Nevers",
    "— 1 —",
    "Le mot du président",
    "Chers amis, l'année qui s'achève a vu notre Amicale fêter ses cinquante ans.",
    "L'ÉCHO DU RAIL – Bulletin de l'Amicale des anciens cheminots de Nevers",
    "— 2 —",
    "Souvenirs",
    "Notre doyen nous a confié le récit de sa première journée au dépôt.",
]


@pytest.mark.parametrize(
    ("lines", "furniture"),
    [
        # A running head repeated next to each page number.
        (BULLETIN, [True, True, False, False, True, True, False, False]),
        # Bare numbers that count up, a page apart, between paragraphs.
        (
            ["Un.", "Autre.", "Encore.", "12", "Bulletin", "Texte.", "Fin.", "Suite.", "13"],
            [False, False, False, True, False, False, False, False, True],
        ),
        # A list's numbers over its steps are closer together: not pages.
        (["1", "Melt the butter.", "2", "Add the onion.", "3", "Stir."], [False] * 6),
        # A heading said twice but next to no page number is not a running head.
        (["Résultats", "Texte.", "Résultats", "Autre texte."], [False] * 4),
        # A browser's print: the address and its sheet of the sheets at each foot, the
        # date and title it prints at each head (a tab between, as the browser saves it).
        (
            [
                "12/01/2027 14:32\tLe quai – Cercle d'histoire",
                "Le quai aux tonneliers",
                "Texte.",
                "https://histoire.example/le-quai/\t1/3",
                "12/01/2027 14:32\tLe quai – Cercle d'histoire",
                "Suite du texte.",
                "https://histoire.example/le-quai/\t2/3",
                "12/01/2027 14:32\tLe quai – Cercle d'histoire",
                "Fin du texte.",
                "https://histoire.example/le-quai/\t3/3",
            ],
            [True, False, False, True, True, False, True, True, False, True],
        ),
        # A rating out of five is said once: no sheet.
        (["Note : 4/5", "Un film lent.", "Note du public : 3/5"], [False] * 3),
        # A running head with its page's number on one line, a page above the numbers alone
        # that count on from it.
        (
            [
                "Informe anual 2027\t34",
                *[f"Texto {k}." for k in "abcd"],
                "35",
                *[f"Más {k}." for k in "abcd"],
                "36",
            ],
            [True, *[False] * 4, True, *[False] * 4, True],
        ),
    ],
)
def test_a_printed_pages_furniture(lines: list[str], furniture: list[bool]) -> None:
    assert page_furniture(lines) == furniture


def test_a_short_line_said_three_times_is_a_button() -> None:
    # held-out 34's library calendar: "Ajouter à mon agenda" under each event.
    lines = [
        "Atelier de reliure japonaise",
        "Samedi 7 mars, 10 h – 12 h, médiathèque de Saint-Clair",
        "Ajouter à mon agenda",
        "Heure du conte : les animaux de la forêt",
        "ajouter à mon  agenda",
        "Ciné-club : « Le Voleur de bicyclette »",
        "Ajouter à mon agenda",
        "Atelier de reliure japonaise",  # a title said twice stays the page's
    ]
    assert page_buttons(lines) == [False, False, True, False, True, False, True, False]
    assert debris.boilerplate_mask(lines, [False] * len(lines), "fr")[2] is True


def test_page_furniture_is_debris_and_the_article_is_kept() -> None:
    mask = debris.boilerplate_mask(BULLETIN, [False] * len(BULLETIN), "fr")
    assert [m for m, f in zip(mask, page_furniture(BULLETIN), strict=True) if f] == [True] * 4
    assert mask[3] is False and mask[7] is False


def test_a_hard_wrapped_save_gives_whole_sentences_and_leaves_its_page_furniture_out(
    tmp_path: Path,
) -> None:
    # A bulletin pasted from a PDF viewer: running heads, page numbers, a word hyphenated
    # at a line end, sentences wrapped over two and three lines.
    page = tmp_path / "bulletin.txt"
    page.write_text(
        "L'ÉCHO DU RAIL – Bulletin de l'Amicale des anciens cheminots de Nevers\n"
        "— 1 —\n"
        "Le mot du président\n"
        "Chers amis, l'année qui s'achève a vu notre Amicale fêter ses cinquante ans, et\n"
        "je veux d'abord remercier toutes celles et tous ceux qui ont préparé la journée\n"
        "du 7 septembre à la rotonde. Plus de deux cents personnes sont venues, certaines\n"
        "de très loin, pour revoir la locomotive que nos bénévoles restaurent depuis huit\n"
        "ans. La chaudière a passé l'épreuve hydraulique en octobre et la peinture de la ca-\n"
        "bine sera refaite au printemps.\n"
        "L'ÉCHO DU RAIL – Bulletin de l'Amicale des anciens cheminots de Nevers\n"
        "— 2 —\n"
        "L'assemblée générale se tiendra le samedi 24 janvier à 14 h 30 à la salle des\n"
        "fêtes de Nevers. L'ordre du jour comprend le rapport moral et le rapport financier.\n",
        encoding="utf-8",
    )
    _, _, sentences = parse_file(page)
    body = [s.text for s in sentences if s.kind is not Kind.BOILERPLATE]
    assert body == [
        "Le mot du président",
        "Chers amis, l'année qui s'achève a vu notre Amicale fêter ses cinquante ans, et je "
        "veux d'abord remercier toutes celles et tous ceux qui ont préparé la journée du "
        "7 septembre à la rotonde.",
        "Plus de deux cents personnes sont venues, certaines de très loin, pour revoir la "
        "locomotive que nos bénévoles restaurent depuis huit ans.",
        "La chaudière a passé l'épreuve hydraulique en octobre et la peinture de la cabine "
        "sera refaite au printemps.",
        "L'assemblée générale se tiendra le samedi 24 janvier à 14 h 30 à la salle des fêtes "
        "de Nevers.",
        "L'ordre du jour comprend le rapport moral et le rapport financier.",
    ]
