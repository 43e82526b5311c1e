"""What follows an article, read from where it stands and its shape (issue 13, session 20): a
thread's replies after its opening post or its story, each under a stamp of who wrote it and
when; a list of other pages' titles under a short label past the article's last paragraph.
The article's own last paragraph, its signature and a closing list of its own are kept, and
no content line of the labelled pages is marked by either rule."""

from __future__ import annotations

from typing import Any

import pytest

from tests import debris_bench
from tests.debris_text import ARTICLE_EN, ARTICLE_FR, kinds
from workbench.ingest.debris_features import prose_lines
from workbench.ingest.debris_frame import mark_end_matter
from workbench.ingest.debris_regions import outside_the_article
from workbench.ingest.debris_structure import STRUCTURE_FEATURES, structure_features
from workbench.ingest.debris_tail import is_stamp, mark_replies, mark_title_lists
from workbench.model import Kind

ARTICLE_ES = [
    "Tengo cuarenta colmenas en la Alpujarra y este otoño he visto mucha varroa en las bandejas.",
    "Trato siempre con tiras en septiembre, pero este año no han funcionado como otros años.",
    "Quiero hacer un tratamiento de invierno con oxálico, ahora que casi no queda cría.",
    "Mi duda es si hacerlo por goteo, que es lo que he hecho siempre, o comprar un sublimador.",
]
ARTICLE_DE = [
    "Zum ersten Mal seit dreißig Jahren wird in der alten Seilerei am Hafen wieder Seil gedreht.",
    "Eine Gruppe von Freiwilligen hat die Maschinen in zwei Wintern wieder instand gesetzt.",
    "Das Seil wird an Segelvereine und an Gärtner aus der ganzen Gegend verkauft.",
    "Im nächsten Jahr will die Gruppe zwei Lehrlinge ausbilden, wenn die Stadt hilft.",
]

# (opening stamp, opening post, [(stamp, reply)…]): a thread in four languages.
THREADS = [
    (
        "Sujet créé par pierrot_37 le 22 nov. 2026, 18:47",
        [*ARTICLE_FR, "Merci d'avance pour vos lumières,", "Pierre"],
        [("Par Fanfan_plomberie » 22 nov. 2026, 19:20",
          "Un peu d'eau pendant la chauffe, c'est normal : l'eau se dilate."),
         ("Par pierrot_37 » 23 nov. 2026, 08:02",
          "Merci ! Je pose un réducteur ce week-end et je vous tiens au courant.")],
    ),
    (
        "Mensaje por colmenero_alpujarra » Sáb Nov 21, 2026 7:32 pm", ARTICLE_ES,
        [("Mensaje por MielDeRomero » Sáb Nov 21, 2026 9:10 pm",
          "Yo sublimo desde hace tres años y las colonias salen más fuertes."),
         ("Mensaje por abuelo_zangano » Dom Nov 22, 2026 12:40 pm",
          "El goteo funciona bien si no hay cría. Lo importante es la fecha.")],
    ),
    (
        "Posted by allotment_ann on 24 November 2026", ARTICLE_EN,
        [("Posted by Trevor_B on 24 November 2026",
          "Same here last year, and the seeds came back twice as many."),
         ("Posted by sue42 on 25 November 2026",
          "Lovely idea. We should do one by the school gates too.")],
    ),
    (
        "Verfasst von Tischlermeister_K am 27. Nov. 2026, 17:02", ARTICLE_DE,
        [("Verfasst von Holzwurm77 am 27. Nov. 2026, 18:15",
          "Lass es bei der Kälte, das Öl zieht nicht richtig ein."),
         ("Verfasst von Tischlermeister_K am 28. Nov. 2026, 09:40",
          "Danke, dann warte ich bis zum Frühjahr mit dem Ölen.")],
    ),
]  # fmt: skip


def _thread(opening: str, post: list[str], replies: list[tuple[str, str]]) -> list[str]:
    return ["Le forum des bricoleurs", opening, *post, *(line for r in replies for line in r)]


@pytest.mark.parametrize(("opening", "post", "replies"), THREADS)
def test_a_thread_s_replies_after_its_opening_post_are_debris(
    opening: str, post: list[str], replies: list[tuple[str, str]]
) -> None:
    texts = _thread(opening, post, replies)
    mask = [False] * len(texts)
    mark_replies(texts, prose_lines(texts, "und"), mask)
    assert [t for t, m in zip(texts, mask, strict=True) if m] == [
        line for reply in replies for line in reply
    ]
    found = kinds("\n".join(texts), ".txt")
    assert Kind.BOILERPLATE not in {found[line] for line in post}
    assert {found[said] for _, said in replies} == {Kind.BOILERPLATE}


# (opening post's stacked stamp, [(reply's stacked stamp lines, its text lines)…]): a forum
# that prints the handle, the member's card and the date each on its own line.
STACKED = [
    (
        ["Margaux_en_sac", "Voyageuse confirmée – 214 messages", "24 nov. 2026, 21:08"],
        ARTICLE_FR,
        [(["Pierrot74", "Grand voyageur – 1 873 messages", "24 nov. 2026, 22:31"],
          ["Margaux_en_sac a écrit :", "Les compartiments sont-ils chauffés ?",
           "Chauffés, c'est un euphémisme : on avait vingt-sept degrés dans le coupé en janvier "
           "dernier, et les fenêtres ne s'ouvrent pas. Prenez un tee-shirt pour la nuit."]),
         (["Lola_Samarcande", "25 nov. 2026, 08:02"],
          ["Pareil que Pierrot, très chaud. Par contre, tout était fermé à l'arrivée."])],
    ),
    (
        ["colmenero_alpujarra", "Miembro · Mensajes: 57", "21 Nov 2026"],
        ARTICLE_ES,
        [(["MielDeRomero", "Miembro veterano · Mensajes: 3.402", "21 Nov 2026"],
          ["colmenero_alpujarra dijo: ¿Goteo o sublimador?",
           "Yo sublimo desde hace tres años y las colonias salen más fuertes en primavera."]),
         (["abuelo_zangano", "Miembro · Mensajes: 214", "22 Nov 2026"],
          ["El goteo funciona bien si no hay cría. Lo importante es la fecha."])],
    ),
    (
        ["allotment_ann", "Member · 412 posts", "3 hours ago"],
        ARTICLE_EN,
        [(["Trevor_B", "Member · 88 posts", "2 hours ago"],
          ["Same here last year, and the seeds came back twice as many."]),
         (["sue42", "1 hour ago"], ["Lovely idea. We should do one by the school gates too."])],
    ),
    (
        ["Tischlermeister_K", "Mitglied · 1.204 Beiträge", "27.11.2026, 17:02"],
        ARTICLE_DE,
        [(["Holzwurm77", "27.11.2026, 18:15"],
          ["Lass es bei der Kälte, das Öl zieht nicht richtig ein."]),
         (["Tischlermeister_K", "28.11.2026, 09:40"],
          ["Danke, dann warte ich bis zum Frühjahr mit dem Ölen."])],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("opening", "post", "replies"), STACKED)
def test_a_forum_s_stacked_stamps_cut_its_posts(
    opening: list[str], post: list[str], replies: list[tuple[list[str], list[str]]]
) -> None:
    # The handle, the member's card and the date on lines of their own: each reply from its
    # handle to its last line is debris, the opening post and its sign-off are not, even when
    # a reply that quotes it holds more prose.
    said = [line for stamp, text in replies for line in (*stamp, *text)]
    texts = ["Le forum des voyageurs", *opening, *post, "Merci d'avance,", "Margaux", *said]
    mask = [False] * len(texts)
    mark_replies(texts, prose_lines(texts, "und"), mask)
    assert [t for t, m in zip(texts, mask, strict=True) if m] == said


@pytest.mark.parametrize(
    "quote", ["Margaux_en_sac a écrit :", "Margaux_en_sac dijo: ¿Y en invierno?", "mags wrote:"]
)
def test_a_post_that_quotes_another_is_a_reply_however_long(quote: str) -> None:
    opening = ["Margaux_en_sac", "24 nov. 2026, 21:08", ARTICLE_FR[0], ARTICLE_FR[1]]
    replies = [
        ["Pierrot74", "24 nov. 2026, 22:31", quote, *ARTICLE_FR],
        ["Lola_Samarcande", "25 nov. 2026, 08:02", "Pareil que Pierrot, très chaud."],
        ["Margaux_en_sac", "25 nov. 2026, 19:47", "Merci beaucoup, on réserve le train !"],
    ]
    texts = ["Le forum des voyageurs", *opening, *(line for r in replies for line in r)]
    mask = [False] * len(texts)
    mark_replies(texts, prose_lines(texts, "fr"), mask)
    assert [t for t, m in zip(texts, mask, strict=True) if m] == texts[1 + len(opening) :]


def test_comments_under_a_story_with_their_stamps_are_debris() -> None:
    comments = [
        ("birder_jo · 3 hours ago", "Lovely to see this, we walked past it on Sunday."),
        ("Marlies Harms · 2 hours ago", "Could they add a shelf for flower seeds next year?"),
        ("Pete_W · 1 hour ago", "Took a packet of beans, will bring seeds back in the autumn."),
    ]
    texts = ["A seed library opens", *ARTICLE_EN, *(line for c in comments for line in c)]
    mask = [False] * len(texts)
    mark_replies(texts, prose_lines(texts, "en"), mask)
    assert [t for t, m in zip(texts, mask, strict=True) if m] == [
        line for comment in comments for line in comment
    ]


@pytest.mark.parametrize(
    ("texts", "why"),
    [
        (["Sujet créé par pierrot_37 le 22 nov. 2026", *ARTICLE_FR,
          "Par Fanfan_plomberie » 22 nov. 2026, 19:20", "C'est normal, l'eau se dilate."],
         "one reply makes no thread"),
        (["Programme", *ARTICLE_FR, "Samedi 12 décembre 2026, 20 h 30 · Salle des fêtes",
          "Le bal des oubliés, par la compagnie du Héron.", "Dimanche 13 décembre 2026, 15 h",
          "Contes sous la halle, dès cinq ans.", "Samedi 19 décembre 2026, 20 h 30",
          "La transhumance, un spectacle de rue."],
         "an event listing's dates name no writer"),
        (["Live", *ARTICLE_EN, "13:05", "The first train left on time this morning.", "13:40",
          "The second train was cancelled after a signal failure.", "14:10",
          "Buses replace trains between the two stations this afternoon."],
         "a live page's entry times are no stamps"),
        (["Live", *ARTICLE_EN, "Share", "13:05", "The first train left on time this morning.",
          "Share", "13:40", "The second train was cancelled after a signal failure.", "Share",
          "14:10", "Buses replace trains between the two stations this afternoon."],
         "a time of day alone under a short line is no post's date"),
        (["En directo", *ARTICLE_ES, "Publicidad", "55'", "Dani Suárez la pone junto al palo.",
          "Publicidad", "70'", "Cambio en el Oviedo B.", "Publicidad", "88'",
          "Paradón del portero."],
         "a match's minute is no post's date"),
    ],
)  # fmt: skip
def test_no_thread_no_replies(texts: list[str], why: str) -> None:
    mask = [False] * len(texts)
    mark_replies(texts, prose_lines(texts, "und"), mask)
    assert not any(mask), why


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("Par Gégé41 » 23 nov. 2026, 09:15", True),
        ("Mensaje por MielDeRomero » Sáb Nov 21, 2026 9:10 pm", True),
        ("par pedalo_du_49 » sam. 28 nov. 2026 18:42", True),
        ("birder_jo · 3 hours ago", True),
        ("Marie-Claude B. — 16 juin 2026", True),
        ("Samedi 12 décembre 2026, 20 h 30 · Salle des fêtes", False),
        ("13:05", False),
        ("Published 7:15 AM GMT, September 3, 2025", False),
        ("Le conseil se réunira le 12 décembre 2026 à la mairie.", False),
    ],
)
def test_a_stamp_names_who_wrote_a_post_and_when(line: str, stamp: bool) -> None:
    assert is_stamp(line) is stamp


# (label, titles): a list of other pages under its label, in six languages and no vocabulary.
TITLE_LISTS = [
    ("Lue myös", ["Lehtimäen koulun remontti viivästyy", "Talvi tuli: näin auraus etenee"]),
    ("Sujets similaires", ["Cumulus qui ne chauffe plus après une coupure",
                           "Remplacer un groupe de sécurité soi-même ?"]),
    ("More fact checks", ["Photo of flooded motorway is from 2015, not this week",
                          "Misleading claim about bus fares circulates again"]),
    ("Temas similares", ["HP5 forzado a 1600: ¿Rodinal o HC-110?",
                         "Manchas blancas después de secar"]),
    ("Läs också", ["Isvägen över Torne älv öppnar tidigt i år",
                   "Pajala kommun höjer avgiften för sophämtning"]),
    ("Weitere Beiträge aus dem Hafen", ["Die Fähre fährt ab Januar stündlich",
                                        "Neuer Steg für die Segelschule"]),
]  # fmt: skip


@pytest.mark.parametrize(("label", "titles"), TITLE_LISTS)
def test_a_label_over_titles_past_the_article_is_debris(label: str, titles: list[str]) -> None:
    footer = "Mentions légales · Contact · Plan du site"
    texts = ["Le titre du jour est ici", *ARTICLE_FR, label, *titles, footer]
    mask = [False] * len(texts)
    mark_title_lists(texts, prose_lines(texts, "und"), mask)
    assert [t for t, m in zip(texts, mask, strict=True) if m] == [label, *titles]
    found = kinds("\n".join(texts), ".txt")
    assert {found[line] for line in [label, *titles]} == {Kind.BOILERPLATE}
    assert {found[line] for line in ARTICLE_FR} == {Kind.BODY}


@pytest.mark.parametrize(
    ("texts", "why"),
    [
        ([*ARTICLE_EN, "What we're looking for", "At least two years' experience on a dairy unit",
          "A full UK driving licence", "How to apply",
          "Send your CV and a short letter to the farm office before the end of the month."],
         "the article's list, with its paragraph after it"),
        ([*ARTICLE_FR, "Puits", "Accord avec le laboratoire", "Moins de 25 mg/L", "71", "94 %"],
         "a table's column goes on with its values"),
        ([*ARTICLE_EN, "Have a lovely weekend,", "Mrs K. Ollerenshaw, Headteacher",
          "Download this newsletter (PDF)", "Follow us on X @OakmereJS"],
         "a letter's signature is no label"),
        ([*ARTICLE_FR, "À lire", "Le marché de Noël"], "one title makes no list"),
        ([*ARTICLE_EN, "Item\tBudget (£)\tSpent (£)", "North quay\t2,400,000\t2,304,000",
          "Dredging of the channel\t650,000\t702,500", "Lighthouse jetty\t380,000\t41,000"],
         "a plain-text data table's header and rows, tab-separated, are no label and titles"),
        # A notice's own contact box is a fact it states (LABELS.md: content), not other pages.
        ([*ARTICLE_FR, "Contact", "Service Voirie : 03 84 00 00 00, voirie@ville-lons.fr",
          "Travaux Eau Centre-ville"],
         "a contact box: a phone number and an e-mail are no title"),
        ([*ARTICLE_EN, "Where to find us", "The Old Forge, 12 Mill Lane",
          "Opening hours Tuesday to Saturday", "www.oakmereforge.org.uk"],
         "a street address and a web address are no titles"),
        ([*ARTICLE_FR, "Informations pratiques", "Office de tourisme, 39000 Lons-le-Saunier",
          "Téléphone 03 84 24 65 01 et accueil@lons-tourisme.fr"],
         "a postcode, a phone number and an e-mail are no titles"),
    ],
)  # fmt: skip
def test_the_article_s_closing_lines_are_no_list_of_titles(texts: list[str], why: str) -> None:
    mask = [False] * len(texts)
    mark_title_lists(texts, prose_lines(texts, "und"), mask)
    assert not any(mask), why


def test_the_article_s_last_paragraph_and_signature_stay_under_a_tail() -> None:
    texts = [
        "Oakmere Junior School", *ARTICLE_EN, "Have a lovely weekend,",
        "Mrs K. Ollerenshaw, Headteacher", "Other news", "Sports day moves to the summer term",
        "The choir sings at the care home in December", "© 2026 Oakmere · Privacy",
    ]  # fmt: skip
    found = kinds("\n".join(texts), ".txt")
    kept = [*ARTICLE_EN, "Have a lovely weekend,", "Mrs K. Ollerenshaw, Headteacher"]
    assert Kind.BOILERPLATE not in {found[line] for line in kept}
    assert {found[line] for line in texts[-4:-1]} == {Kind.BOILERPLATE}


# (about, boilerplate, contact): a press release's end matter, its heading with an article.
END_MATTER = [
    ("À propos de la Fromagerie des Bréjoux",
     "Fondée en 1956, la fromagerie collecte le lait de quarante producteurs du Cantal.",
     "Contact presse"),
    ("À propos d'Hydrogène Ouest",
     "Fondée en 2019, Hydrogène Ouest construit des stations de production d'hydrogène.",
     "Contacts presse"),
    ("Sobre a Solmar Energia",
     "A Solmar Energia é uma empresa portuguesa de produção de energia renovável.",
     "Contacto de imprensa"),
    ("Über den Arbeitgeber",
     "Die Schäferei ist ein Familienbetrieb in dritter Generation am Rand des Naturparks.",
     "Pressekontakt"),
]  # fmt: skip


@pytest.mark.parametrize(("about", "boilerplate", "contact"), END_MATTER)
def test_about_the_company_and_its_press_contact_after_the_release_are_debris(
    about: str, boilerplate: str, contact: str
) -> None:
    person = "Léa Pouget, chargée de communication, 04 71 00 00 00, presse@example.org"
    texts = [*ARTICLE_FR, about, boilerplate, contact, person]
    mask = [False] * len(texts)
    mark_end_matter(texts, mask)
    assert [t for t, m in zip(texts, mask, strict=True) if m] == texts[len(ARTICLE_FR) :]


@pytest.fixture(scope="module")
def labelled() -> list[Any]:
    return debris_bench.labelled_pages()


# Held-out 42's blind loss (session 42, bench/results/blind-session42.md), measured once and
# left for a rule change: the end-matter rule marks it and nothing else of the labelled pages.
BLIND_LOSSES = frozenset({
    "heldout42/edicions-del-pedris-cataleg-ca-1: Presentació: divendres 11 de desembre, a les "
    "19 h, a la llibreria Caselles de Lleida.",
})  # fmt: skip


@pytest.mark.parametrize(
    "rule",
    [
        lambda texts, prose, mask, cells: mark_replies(texts, prose, mask),
        mark_title_lists,
        lambda texts, prose, mask, cells: mark_end_matter(texts, mask),
    ],
    ids=["replies", "titles", "end matter"],
)
def test_no_content_line_of_the_labelled_pages_is_marked(rule: Any, labelled: list[Any]) -> None:
    # As `region_mask` runs the rules: a data table's cells known (a plain-text row's too),
    # under the net that leaves the article's run unmarked (held-out 24's leaflet pasted from
    # a PDF has stamp-like page footers around its whole text).
    marked = []
    for page in labelled:
        texts = [b.text for b in page.raw]
        prose = prose_lines(texts, page.lang)
        mask = [False] * len(texts)
        rule(texts, prose, mask, [b.cell or bool(b.cells) for b in page.raw])
        mask = outside_the_article(texts, prose, mask)
        marked += [
            f"{page.split}/{page.name}: {text}"
            for (label, text), i in zip(page.gold, page.block_of, strict=True)
            if mask[i] and label != "boilerplate"
        ]
    assert [m for m in marked if m not in BLIND_LOSSES] == []


def test_the_model_reads_where_the_article_s_last_paragraph_ends() -> None:
    tail = ["Other news", "Sports day moves to June", "Privacy", "Contact"]
    texts = ["Oakmere News", *ARTICLE_EN, "No one was hurt.", *tail]
    rows = structure_features(texts, prose_lines(texts, "en"))
    past = [row[STRUCTURE_FEATURES.index("past_last_paragraph")] for row in rows]
    share = [row[STRUCTURE_FEATURES.index("tail_short_share")] for row in rows]
    # The article's short last sentence stands after its last long paragraph, as the tail does.
    assert past == [0.0] * (1 + len(ARTICLE_EN)) + [1.0] * (1 + len(tail))
    # What is left of the page under the article is its tail: short lines only.
    assert share[-len(tail) :] == [1.0] * len(tail)
    assert max(share[1 : 1 + len(ARTICLE_EN)]) < share[-len(tail)]


def test_a_page_with_one_long_paragraph_says_nothing_of_its_end() -> None:
    texts = ["Home", ARTICLE_EN[0], "Share", "Contact"]
    rows = structure_features(texts, prose_lines(texts, "en"))
    assert [row[STRUCTURE_FEATURES.index("past_last_paragraph")] for row in rows] == [0.0] * 4
