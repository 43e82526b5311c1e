"""Kinds of lines that held-out pages showed the recogniser getting wrong, each on invented
examples in several languages: what makes a line the article's, and what makes it the site's."""

from __future__ import annotations

import pytest

from workbench.ingest import debris, debris_boxes, debris_lines, debris_regions, markup
from workbench.ingest.debris_features import (
    LineContext,
    is_date_alone,
    is_ticker,
    site_names,
    strong_vocabulary_hits,
)
from workbench.model import Kind

PROSE_FR = [
    "Le pot-au-feu demande du temps, mais presque aucun travail une fois la marmite sur le feu.",
    "On le sert en deux fois, le bouillon d'abord, puis la viande et les légumes.",
]
PROSE_EN = [
    "The new bridge will carry trams and bicycles across the river from next spring.",
    "Engineers say the steel deck was lifted into place in a single night.",
]


def _evidence(texts: list[str], lang: str) -> debris.Evidence:
    return debris.line_evidence(texts, [LineContext() for _ in texts], lang)


@pytest.mark.parametrize(
    ("box", "lang"),
    [
        (["Difficulté : facile", "Préparation : 30 minutes", "Cuisson : 3 heures"], "fr"),
        (["Prep time: 10 mins", "Cook time: 45 mins", "Serves: 6 people"], "en"),
        (["Dificultad: media", "Raciones: 4 personas"], "es"),
        (["Schwierigkeit: leicht", "Zubereitung: 25 Minuten"], "de"),
    ],
)  # fmt: skip
def test_a_fact_box_that_opens_the_article_is_kept(box: list[str], lang: str) -> None:
    texts = ["Pot-au-feu de grand-mère", *box, *PROSE_FR]
    boxed = debris_boxes.fact_boxes(
        texts, [LineContext() for _ in texts], lang, [False] * len(texts)
    )
    assert boxed == [False, *[True] * len(box), False, False]
    assert not any(debris.decide(_evidence(texts, lang), [0.99] * len(texts), 0.5)[1 : len(box)])


@pytest.mark.parametrize(
    ("lines", "why"),
    [
        (["Autore: Rosa Zanon", "Categoria: Cronaca"], "names are a byline's and a section's"),
        (["Tags: pasta, fagioli", "Share: email"], "chrome vocabulary"),
        (["Temps de lecture : 4 min", "Publié : 12 mars 2026"], "dateline lines"),
        (["Difficulté : facile"], "one line is no box"),
    ],
)  # fmt: skip
def test_label_value_lines_of_the_site_are_no_fact_box(lines: list[str], why: str) -> None:
    texts = [*lines, *PROSE_FR]
    forced = list(_evidence(texts, "fr").forced)
    assert not any(debris_boxes.fact_boxes(texts, [LineContext() for _ in texts], "fr", forced)), (
        why
    )


@pytest.mark.parametrize(
    ("card", "lang"),
    [
        (["Soupe au pistou", "Préparation : 25 min · Cuisson : 1 h · Pour 4 personnes"], "fr"),
        (["Lentejas con chorizo", "Tiempo: 50 minutos | Raciones: 4 | Dificultad: baja"], "es"),
        (["Bacalhau à Gomes de Sá", "Preparação: 20 min · Forno: 25 min · Doses: 6"], "pt"),
        (["Leek and potato soup", "Prep: 10 mins • Cook: 35 mins • Serves: 4"], "en"),
    ],
)  # fmt: skip
def test_a_recipe_cards_facts_on_one_line_are_a_fact_box(card: list[str], lang: str) -> None:
    """Held-out 11's recipe cards lost their facts line ("Preparação: 15 min · Cozedura:
    30 min · Doses: 4"), the heading over it and "Ingredientes": facts between separators
    are a fact box as facts on lines of their own are."""
    ingredients = ["Ingredients", "2 leeks, washed and sliced", "3 potatoes, peeled and diced"]
    texts = [*PROSE_EN, *card, *ingredients, *PROSE_FR]
    contexts = [LineContext() for _ in texts]
    boxed = debris_boxes.fact_boxes(texts, contexts, lang, [False] * len(texts))
    assert boxed == [False, False, False, True, False, False, False, False, False]
    assert not any(debris.decide(_evidence(texts, lang), [0.99] * len(texts), 0.5)[2:7])


@pytest.mark.parametrize(
    "line",
    [
        "Autor: Marek Zieliński | 3.12.2026, 09:10 | Czas czytania: 3 min",
        "SKU: TB-204 · Categoría: Tablas · Etiquetas: roble, cocina",
        "Texte : Jeanne Morel · Photos : Paul Girard",
        "Durée : 4 min",
    ],
)  # fmt: skip
def test_a_sites_label_value_line_with_separators_is_no_fact_box(line: str) -> None:
    assert debris_boxes.fact_items(line) < 2
    texts = [*PROSE_EN, line, *PROSE_FR]
    assert not any(
        debris_boxes.fact_boxes(texts, [LineContext() for _ in texts], "fr", [False] * 5)
    )


def test_a_fact_box_with_no_prose_after_it_is_not_kept() -> None:
    texts = [*PROSE_EN, "Prep time: 10 mins", "Cook time: 45 mins"]
    assert not any(
        debris_boxes.fact_boxes(texts, [LineContext() for _ in texts], "en", [False] * 4)
    )


@pytest.mark.parametrize(
    ("entries", "headings"),
    [
        (["1. Les causes", "2. Les remèdes"], ["Les causes", "Les remèdes"]),
        (["I. Background", "II) What changed"], ["Background", "What changed"]),
        (["a. Método", "b. Resultados"], ["Método", "Resultados"]),
        (["Why it matters", "What comes next"], ["Why it matters", "What comes next"]),
    ],
)  # fmt: skip
def test_a_table_of_contents_names_the_article_s_own_headings(
    entries: list[str], headings: list[str]
) -> None:
    texts = ["Contents", *entries]
    for heading in headings:
        texts += [heading, *PROSE_EN]
    over_prose = [i + 1 < len(texts) and texts[i + 1] in PROSE_EN for i in range(len(texts))]
    assert debris_boxes.toc_entries(texts, over_prose)[1 : 1 + len(entries)] == [True] * len(
        entries
    )


@pytest.mark.parametrize(
    ("texts", "entries", "expected"),
    [
        # a run of entries and the table's heading above it
        (["Contents", "1. Background", "2. What changed"], [0, 1, 1], [1, 1, 1]),
        (["En este artículo:", "Día 1", "Día 2"], [0, 1, 1], [1, 1, 1]),
        # one entry alone is no table (a menu item naming a heading is left to the model)
        (["World", "Background", "Sport"], [0, 1, 0], [0, 0, 0]),
        # a sentence above the run is not the table's heading
        (["Kim arrived today.", "1. Background", "2. What changed"], [0, 1, 1], [0, 1, 1]),
    ],
)  # fmt: skip
def test_a_run_of_entries_and_its_heading_are_the_table_of_contents(
    texts: list[str], entries: list[int], expected: list[int]
) -> None:
    got = debris_boxes.table_of_contents(texts, [bool(e) for e in entries])
    assert got == [bool(e) for e in expected]


def test_a_table_of_contents_in_a_page_is_debris_and_its_headings_are_kept() -> None:
    texts = ["Contents", "1. Background", "2. What changed"]
    for heading in ("Background", "What changed"):
        texts += [heading, *PROSE_EN]
    mask = debris.boilerplate_mask(texts, [False] * len(texts), "en")
    assert mask[:3] == [True, True, True]
    assert [m for t, m in zip(texts, mask, strict=True) if t in ("Background", "What changed")] == [
        False
    ] * 2


@pytest.mark.parametrize(
    ("entries", "headings"),
    [
        (["1 Histoire", "2 Architecture", "3 Notes et références"],
         ["Histoire[modifier]", "Architecture[modifier]", "Notes et références[modifier]"]),
        (["1 Origen", "2 Desarrollo de la fiesta"],
         ["Origen [editar]", "Desarrollo de la fiesta [editar]"]),
        (["1 History", "1.1 The mill", "2 References"], ["History", "The mill", "References"]),
    ],
)  # fmt: skip
def test_a_wiki_s_table_of_contents_is_debris_and_the_headings_it_lists_stay(
    entries: list[str], headings: list[str]
) -> None:
    # Its entries numbered without a stop, its headings with an edit link, its last one over
    # a list of notes rather than prose (held-out 6, 7, 9, 10, 11, 15, 22, 27: 38 lines)
    body = [line for h in headings[:-1] for line in (h, *PROSE_EN)]
    notes = [headings[-1], "Bulletin n° 12, 2008, p. 4.", "Archives départementales, 3 E 27."]
    texts = ["Contents", *entries, *body, *notes]
    mask = debris.boilerplate_mask(texts, [False] * len(texts), "en")
    assert mask[: 1 + len(entries)] == [True] * (1 + len(entries))
    # the headings over prose stay; the notes' own heading goes with them (LABELS.md)
    assert not any(m for t, m in zip(texts, mask, strict=True) if t in headings[:-1])


def test_an_article_s_own_numbered_headings_and_steps_are_no_table_of_contents() -> None:
    # numbered, but naming no line further down: the article's headings, or its steps
    texts = ["1. Les règles de base", PROSE_EN[0], "2. La thérapie cognitive", PROSE_EN[1],
             "Étapes", "1 Remplir les pots", "2 Semer deux graines", PROSE_EN[0]]  # fmt: skip
    assert not any(debris_boxes.toc_entries(texts, [False] * len(texts)))


def test_a_menu_naming_no_heading_of_the_article_is_no_table_of_contents() -> None:
    texts = ["1. News", "2. Sport", "Background", *PROSE_EN]
    assert not any(debris_boxes.toc_entries(texts, [t == "Background" for t in texts]))
    # An entry comes before the heading it names.
    after = ["Background", *PROSE_EN, "1. Background"]
    assert not any(debris_boxes.toc_entries(after, [True, False, False, False]))


@pytest.mark.parametrize(
    ("heading", "comments", "form"),
    [
        ("48 Comments", ["Kelly B.", "★★★★★", "Made it twice already, so good!"], "Leave a Reply"),
        ("12 commentaires", ["Paul D.", "Bien vu, merci !"], "Laisser un commentaire"),
        ("3 comentarios en «Lentejas»", ["Rocío", "¡Me encantó!"], "Deja una respuesta"),
        ("Kommentare (2)", ["Jens", "Danke für den Bericht."],
         "Ihre E-Mail-Adresse wird nicht veröffentlicht."),
        # A blog theme's heading names the post.
        ('5 thoughts on "A repair café mends its five thousandth item"',
         ["Jo from Easton says: They fixed my radio in ten minutes. Heroes."], "Leave a reply"),
        ("3 réflexions sur « Le marché de Noël »", ["Paul D.", "Bien vu, merci !"],
         "Laisser un commentaire"),
        ("2 Gedanken zu „Die neue Fähre“", ["Jens", "Danke für den Bericht."],
         "Schreiben Sie einen Kommentar"),
    ],
)  # fmt: skip
def test_a_plain_text_thread_runs_from_its_heading_to_the_comment_form(
    heading: str, comments: list[str], form: str
) -> None:
    texts = [*PROSE_EN * 2, heading, *comments, form, *PROSE_EN]
    mask = debris_regions.region_mask(texts, [False] * len(texts))
    assert mask == [False] * 4 + [True] * (len(comments) + 2) + [False] * 2


def test_a_thread_heading_with_no_form_within_reach_opens_nothing() -> None:
    texts = [*PROSE_EN * 2, "48 Comments", *PROSE_EN * 30, "Leave a Reply"]
    assert not any(debris_regions.region_mask(texts, [False] * len(texts))[:-1])


@pytest.mark.parametrize(
    ("line", "ticker"),
    [
        ("ASX 200 8,412.6 +0.4%", True),
        ("Brent $81.20 -1.3%", True),
        ("CAC 40 7 412,55 ▼0,8 %", True),
        ("IBEX 35 11.204 +0,2 %", True),
        ("Shares rose 4% on Tuesday.", False),
        ("The index closed at 8,412 +0.4%", False),  # a sentence, with stop words
        ("Inflation: 2.1%", False),  # no signed change
        ("ASX 200 8,412.6 +0.4% AUD/USD 0.6614 -0.2% Gold $2,941 +0.1%", True),  # a strip
        ("Brent $81.20 -1.3% and more", False),
    ],
)  # fmt: skip
def test_a_market_ticker_item_is_a_name_a_price_and_a_signed_change(
    line: str, ticker: bool
) -> None:
    assert is_ticker(line) is ticker


@pytest.mark.parametrize(
    ("copyright_line", "line", "named"),
    [
        ("Copyright © 2025 The Riverside Post", "The Riverside Post", True),
        ("© 2026 La Gazette des Monts - Tous droits réservés", "La Gazette des Monts", True),
        ("© 2026 La Gazette des Monts", "La Gazette des Monts — l'info des vallées", True),
        ("El Faro del Norte © 2026 · Todos los derechos reservados", "EL FARO DEL NORTE", True),
        ("© 2026 La Gazette des Monts", "La Gazette des Monts a gagné un prix cette année.",
         False),
        ("© 2026 La Gazette des Monts", "Les monts", False),
        # blind heldout33: a caption's credit names its photographer, and the show the
        # caption names is no site's name
        ("Les Veilleurs, en répétition à l'Embarcadère en avril. © Lou Perrin",
         "Les Veilleurs", False),
        ("Reproduction interdite. © 2026 La Gazette des Monts", "La Gazette des Monts", True),
    ],
)  # fmt: skip
def test_a_line_that_is_the_site_s_name_as_its_copyright_gives_it(
    copyright_line: str, line: str, named: bool
) -> None:
    assert debris_lines.names_the_site(line, site_names([copyright_line])) is named


@pytest.mark.parametrize(
    "line",
    [
        "Hi, I'm Jenna! I bake in a tiny kitchen in Portland.",
        "I'm Tomás, a former line cook who writes about bread.",
        "Bonjour, je suis Claire et je cuisine pour quatre.",
        "Hola, soy Lucía y aquí comparto mis recetas de siempre.",
        "About me",
        "The morning briefing, delivered straight to your email.",
        "Chaque matin dans votre boîte, l'essentiel de l'actualité.",
        "Recibe cada mañana en tu correo las noticias del día.",
        "Recevez chaque dimanche un récit inédit, gratuitement.",
        "Recevez chaque vendredi l'essentiel de l'actualité.",
        "Receive our best reads every Friday.",
        "¡Hola! Soy Marta",
        "Sobre mim",
    ],
)
def test_author_boxes_and_pitches_without_their_usual_word_are_strong_chrome(line: str) -> None:
    assert strong_vocabulary_hits(line) >= 1


@pytest.mark.parametrize(
    "line",
    [
        "I am sure, a witness said, that the bridge will open on time.",
        "Je suis allée au marché avant l'aube.",
        "The river runs straight to the sea.",
        "Get up every morning at six and walk.",
    ],
)
def test_first_person_prose_is_not_an_author_box(line: str) -> None:
    assert strong_vocabulary_hits(line) == 0


@pytest.mark.parametrize(
    "attrs",
    ['class="site-tagline"', 'class="masthead"', 'id="market-ticker"', 'class="recipe-rating"',
     'class="entry-meta"', 'class="signup-box"', 'class="ad-slot"', 'class="tag-list"'],
)  # fmt: skip
def test_class_names_of_chrome_hint_debris(attrs: str) -> None:
    page = f"<html><body><div {attrs}>Some words here</div><p>Text of the story.</p></body></html>"
    hints = [b.hint for b in markup.html_blocks(page)]
    assert hints == [Kind.BOILERPLATE, None]


@pytest.mark.parametrize(
    "attrs", ['class="entry-content"', 'class="headline"', 'class="article-body"',
              'class="adaptive"', 'class="metaphor"', 'class="brandt-quote"']
)  # fmt: skip
def test_class_names_of_the_article_hint_nothing(attrs: str) -> None:
    page = f"<html><body><div {attrs}>Some words here</div></body></html>"
    assert [b.hint for b in markup.html_blocks(page)] == [None]


@pytest.mark.parametrize(
    ("line", "rating"),
    [
        ("★★★★★ 4,9 (128 voti)", True),
        ("4.93 from 112 votes", True),
        ("Rate this recipe", True),
        ("1.204 valoraciones", True),
        ("The film got good reviews.", False),
        ("Il a obtenu 4,5 sur 5 au test.", False),  # a review's verdict, in its prose
    ],
)  # fmt: skip
def test_a_reader_rating_is_chrome_vocabulary(line: str, rating: bool) -> None:
    from workbench.ingest.debris_features import vocabulary_hits

    assert (vocabulary_hits(line) > 0) is rating


@pytest.mark.parametrize(
    ("heading", "comments"),
    [
        ("Comentarios (6)", ["Vicent_X", "Ya era hora.", "14/11/2026 09:12", "Ana R.",
                             "¿Y las motos de agua?", "14/11/2026 12:05"]),
        ("Kommentare (3)", ["Jens R.", "Endlich.", "Nordlicht_61", "680.000 Euro für eine Fähre?"]),
        ("23 réactions", ["Pierre L.", "Entièrement d'accord.", "Noémie_42", "Et le prix ?"]),
        ("Reacties (3)", ["Pieter", "Mooi plan.", "Anja K.", "Eindelijk!"]),
        ("Comments (4)", ["MargaretH", "2 hours ago", "Hear hear.", "Dorsetlad74", "3 hours ago",
                          "@MargaretH a bench is a bench. It's for whoever needs it."]),
    ],
)  # fmt: skip
def test_a_thread_of_handles_and_their_comments_is_debris_with_no_reply_link(
    heading: str, comments: list[str]
) -> None:
    texts = [*PROSE_EN * 2, heading, *comments, "About us | Contact", "© 2026 Stadskrant Noord"]
    mask = debris_regions.region_mask(texts, [False] * len(texts))
    # The thread ends with its last comment.
    assert mask == [False] * 4 + [True] * (1 + len(comments)) + [False] * 2


@pytest.mark.parametrize(
    ("after", "why"),
    [
        (["Ana R.", "Ya era hora."], "one comment is no thread"),
        (["Log in to comment", "Comments are closed."], "no handle"),
        (["Ana R.", "Madrid", "Sevilla"], "names with nothing said under them"),
    ],
)  # fmt: skip
def test_a_thread_heading_without_two_comments_under_handles_opens_nothing(
    after: list[str], why: str
) -> None:
    texts = [*PROSE_EN * 2, "Comentarios (6)", *after, *PROSE_EN]
    assert not any(debris_regions.region_mask(texts, [False] * len(texts))), why


@pytest.mark.parametrize(
    "line",
    [
        "Si compras a través de nuestros enlaces, podemos recibir una comisión.",
        "Hinweis: Wir erhalten eine Provision, wenn Sie über unsere Links einkaufen.",
        "This press release contains forward-looking statements about future projects.",
        "Data delayed at least 15 minutes. Not investment advice.",
        "Les tribunes publiées par Le Contrepoint n'engagent que leurs auteurs.",
        "L'abus d'alcool est dangereux pour la santé, à consommer avec modération.",
        "Listings are correct at time of publication.",
        "Los horarios pueden variar.",
        "FOR IMMEDIATE RELEASE",
        "Adhérez pour 25 € par an et recevez notre revue trimestrielle.",
        "Nadia Brooks is a science journalist who covers wildlife and conservation.",
        "Article traduit de l'anglais, paru dans le Severn Vale Courier",
        "Le Nord Ouvert est un média indépendant à but non lucratif.",
        "Terrain est une revue indépendante.",
    ],
)
def test_disclosures_and_fine_print_are_strong_chrome(line: str) -> None:
    assert strong_vocabulary_hits(line) > 0


def test_an_article_may_say_independent_of_a_newspaper() -> None:
    assert strong_vocabulary_hits("Le journal indépendant a été racheté en 2019.") == 0


@pytest.mark.parametrize(
    ("line", "alone"),
    [
        ("90+4'", True),
        ("46'", True),
        ("Leestijd 2 minuten", True),
        ("Last updated: 3:42 p.m. CT", True),
        ("The 46' ketch sailed at dawn.", False),
    ],
)  # fmt: skip
def test_a_match_minute_and_a_live_page_s_update_are_dates_alone(line: str, alone: bool) -> None:
    assert is_date_alone(line) is alone


def test_an_article_s_sentence_may_say_sign_up() -> None:
    assert debris._sentence_like(
        "Residents can sign up for text alerts on the city's website.", "en"
    )
    assert not debris._sentence_like("Sign up for our newsletter.", "en")


@pytest.mark.parametrize(
    ("line", "alone"),
    [
        ("Photograph by Getty Images", True),
        ("Fotografía: EFE", True),
        ("A photograph by her father hangs in the hall.", False),
    ],
)  # fmt: skip
def test_a_photograph_s_credit_alone_is_one(line: str, alone: bool) -> None:
    assert debris_lines.is_credit_alone(line) is alone


@pytest.mark.parametrize(
    ("line", "trail"),
    [
        ("World | Asia", True),
        ("Accueil » Recettes » Plats", True),
        ("Nachrichten › Lokales", True),
        ("Prep time: 15 mins | Cook time: 45 mins", False),  # a recipe card's facts
        ("Rock and roll / Jazz", False),  # a stop word: a phrase, not a menu's item
        ("He said yes / no", False),
        ("Asia", False),  # one item
    ],
)  # fmt: skip
def test_a_menu_trail_is_short_capitalised_items_between_separators(line: str, trail: bool) -> None:
    assert debris_lines.is_menu_trail(line) is trail


@pytest.mark.parametrize(
    "line",
    [
        # a forum's and a Q&A site's furniture
        "Posts: 37", "Beiträge: 21.377", "Messaggi: 9.402", "kettlewell_sam wrote:",
        "pedalo_du_49 a écrit : Est-ce que ça peut venir de la patte ?", "Rispondi citando",
        "Zitieren", "Neuling", "Foren-Übersicht » Garten", "4 Beiträge • Seite 1 von 1",
        "Location: Shropshire", "Wohnort: Kassel", "Viewed 1k times", "Hot Network Questions",
        "Was this review helpful? Yes (12) No (1)", "Frédéric, le 02/11/2026 – Achat vérifié",
        # a shop's
        "Add to basket", "Free UK delivery on orders over £50 · 60-day returns",
        "59,90 € IVA incluido", "Avis clients", "In stock – ships within 1 working day",
        # a press release's closing boilerplate, a closed thread, a wiki's tabs
        "About Halden Therapeutics", "À propos de Verdane Énergies", "Sobre a Solmar Energia",
        "Communiqué de presse", "Comments are closed on this article.", "Comentários",
        "Para comentar tem de iniciar sessão.", "Voir l'historique",
        "From Fieldpedia, the free local encyclopedia", "Mise à jour automatique",
        "Source : Field & Lab Magazine, traduit et adapté par la rédaction.",
    ],
)  # fmt: skip
def test_forum_shop_and_press_release_furniture_is_chrome_vocabulary(line: str) -> None:
    from workbench.ingest.debris_features import vocabulary_hits

    assert vocabulary_hits(line) > 0


@pytest.mark.parametrize(
    "line",
    [
        "About 40 people came to the meeting.",
        "Sobre la reforma",
        "About the study",
        "The shop kept the part in stock for years, the owner said.",
        "Readers wrote to the paper about the closure of the pool.",
    ],
)
def test_prose_that_shares_a_word_with_that_furniture_is_not_chrome(line: str) -> None:
    from workbench.ingest.debris_features import chrome_hits, vocabulary_hits

    assert chrome_hits(line) == 0 if len(line.split()) >= 10 else vocabulary_hits(line) == 0


COOKIE_STORY = [
    "Accept all cookies",
    "Retailer fined over cookie banner that made refusing almost impossible",
    "The retailer has been fined by the regulator for the way its cookie banner was designed.",
    "Visitors to its website saw a large green button marked Accept all and nothing else.",
    "Consent is only valid if saying no is as easy as saying yes, the regulator said.",
    "The company said it now offers Accept all and Reject all buttons of the same size.",
    "It is the largest fine the regulator has issued over cookies.",
]


def test_an_article_about_cookie_banners_is_about_consent_and_keeps_its_sentences() -> None:
    from workbench.ingest.debris_features import page_topic

    assert page_topic(COOKIE_STORY, "en") == frozenset({"consent"})
    mask = debris.boilerplate_mask(COOKIE_STORY, [False] * len(COOKIE_STORY), "en")
    assert mask[2:] == [False] * 5


def test_a_cookie_banner_alone_makes_no_topic() -> None:
    from workbench.ingest.debris_features import page_topic

    page = [
        "We use cookies to measure the audience and show you adverts that suit you.",
        "You can change your cookie settings at any time in the privacy centre.",
        *PROSE_EN,
    ]
    assert page_topic(page, "en") == frozenset()


def test_a_page_the_guesser_does_not_serve_reads_its_own_stop_words() -> None:
    from workbench.ingest import extract
    from workbench.ingest.markup import RawBlock

    swedish = [
        "Trafikverket räknar med att kunna öppna isvägen mellan Norrbyn och Holmön runt den 15 "
        "december, nästan en månad tidigare än i fjol.",
        "Isen är redan tjugo centimeter tjock på de flesta ställen.",
        "När isvägen är öppen tar resan en kvart med bil, i stället för en timme med färjan.",
        "Det är flera år sedan vi hade så här kallt så här tidigt, säger han.",
    ]
    raw = [RawBlock(t, i) for i, t in enumerate(swedish, start=1)]
    assert extract.debris_language(raw, "nl") == "sv"
    french = [RawBlock(t, i) for i, t in enumerate(PROSE_FR, start=1)]
    assert extract.debris_language(french, "fr") == "fr"


@pytest.mark.parametrize(
    ("page", "kicker"),
    [
        (["Sign in", "Business", "Airline profits soar as summer travel hits a record",
          *PROSE_EN], True),
        (["OPINION", "Our town needs a library that stays open in the evening", *PROSE_EN],
         True),
        # a heading over the article's prose is the article's
        ([*PROSE_EN, "Verdict", *PROSE_EN], False),
    ],
)  # fmt: skip
def test_a_section_name_over_the_headline_is_a_kicker(page: list[str], kicker: bool) -> None:
    from workbench.ingest.debris_features import FEATURES, line_features

    rows = line_features(page, [LineContext() for _ in page], "en")
    column = FEATURES.index("kicker")
    flagged = [t for t, row in zip(page, rows, strict=True) if row[column]]
    assert bool(flagged) is kicker and all(len(t.split()) <= 3 for t in flagged)


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Bild: Der Hafen von Hamburg am frühen Morgen.", True),
        ("Légende : le pont au lever du jour.", True),
        ("Pie de foto: el alcalde durante la visita.", True),
        ("Légende du football, il a pris sa retraite.", False),
    ],
)
def test_captions_are_known_by_the_one_list_of_labels(line: str, label: bool) -> None:
    assert debris_lines.has_caption_label(line) is label


def _sure_everywhere(texts: list[str], lang: str) -> list[bool]:
    return debris.decide(_evidence(texts, lang), [0.99] * len(texts), 0.5)


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Faits divers", "fr"),
        ("Local news for the Maine coast", "en"),
        ("Más noticias de la comarca", "es"),
    ],
)  # fmt: skip
def test_a_line_above_prose_is_debris_when_the_model_is_sure(line: str, lang: str) -> None:
    """A line right above prose is kept as a heading (`_announces_prose`) only while the
    model is unsure: out of fold, lines it scored 0.925 or more there were debris."""
    texts = [*PROSE_EN, line, *PROSE_FR]
    evidence = _evidence(texts, lang)
    assert evidence.soft[2] and not evidence.kept[2]
    assert _sure_everywhere(texts, lang)[2]
    assert not debris.decide(evidence, [0.9] * len(texts), 0.5)[2]


def test_a_sentence_after_prose_stays_content_however_sure_the_model() -> None:
    texts = [*PROSE_EN, "No one was hurt."]
    assert _evidence(texts, "en").kept[2] and not _sure_everywhere(texts, "en")[2]
