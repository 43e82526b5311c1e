"""The shapes of the article's lines that the rules or the model took out of fold (leave one
part out, README "Web debris on labelled pages"): each row is a labelled line of
bench/data/pages, read from its labels file, and what `debris_kept` says of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.ingest.debris import line_evidence
from workbench.ingest.debris_features import (
    LineContext,
    is_date_alone,
    is_dated_byline,
    prose_lines,
)
from workbench.ingest.debris_kept import (
    agenda_days,
    described_rows,
    is_schedule,
    names_of_the_prose,
    programme_lines,
    repeated_headline,
    row_descriptions,
)
from workbench.ingest.debris_structure import article_text_tables, text_table_rows

PAGES = Path(__file__).resolve().parent.parent / "bench" / "data" / "pages"


def labelled(page: str) -> list[tuple[str, str]]:
    """``(label, text)`` per line of a labelled page ("heldout21/hireloom-en-1")."""
    rows = (PAGES / f"{page}.labels").read_text(encoding="utf-8").splitlines()
    return [(row.split("\t", 1)[0], row.split("\t", 1)[1]) for row in rows if row.strip()]


def line(page: str, start: str) -> tuple[str, str]:
    """The labelled line of ``page`` that starts with ``start``: its label and text."""
    return next((label, text) for label, text in labelled(page) if text.startswith(start))


@pytest.mark.parametrize(
    ("page", "start", "schedule"),
    [
        # The article's spans: a public inquiry's office hours, an event's, an exhibition's.
        ("heldout7/mairie-de-saint-aubin-des-pres-fr-1", "– le lundi 7 décembre", True),
        ("heldout8/the-lantern-rooms-en-1", "Saturday 19 December 2026, 4:30 pm", True),
        ("heldout9/riverbend-events-guide-en-1", "5:00 PM – 7:00 PM", True),
        ("heldout16/ayuntamiento-de-villarrasa-del-monte-es-1", "De lunes a viernes:", True),
        ("heldout20/museo-etnografico-de-ayllon-es-1", "Del 12 de diciembre", True),
        # A page's stamp is one point in time.
        ("heldout21/hireloom-en-1", "Posted 3 days ago", False),
        ("heldout21/entradas-al-vuelo-es-1", "Viernes, 12 de febrero de 2027", False),
    ],
)
def test_a_span_of_hours_or_days_is_a_schedule_and_a_stamp_is_not(
    page: str, start: str, schedule: bool
) -> None:
    _, text = line(page, start)
    assert is_schedule(text) is schedule


@pytest.mark.parametrize(
    ("page", "start", "byline"),
    [
        # A job ad's hours: a length of time, not a byline's date ("par" is "per").
        ("heldout8/emplois-vallee-de-l-arve-fr-1", "Temps de travail", False),
        ("heldout9/offres-emploi-pays-basque-fr-1", "Contrat : CDI", False),
    ],
)
def test_a_length_of_time_is_no_bylines_date(page: str, start: str, byline: bool) -> None:
    label, text = line(page, start)
    assert label == "body"
    assert is_dated_byline(text) is byline


@pytest.mark.parametrize(
    "text", ["By Ann Lee, AP Updated 3:41 PM, Oct. 8, 2025", "Par Jean Dupont, il y a 3 heures"]
)
def test_a_bylines_date_or_age_still_makes_a_dated_byline(text: str) -> None:
    assert is_dated_byline(text)


@pytest.mark.parametrize(
    ("page", "start"),
    [
        # A job ad's place and a concert's hall, over paragraphs that name them.
        ("heldout21/hireloom-en-1", "Location: Norwich"),
        ("heldout21/entradas-al-vuelo-es-1", "Sala Oasis, Zaragoza"),
        ("heldout21/entradas-al-vuelo-es-1", "Rocío Castrejana – Gira"),
        ("heldout9/offres-emploi-pays-basque-fr-1", "Lieu : Biarritz"),
        ("heldout10/coastline-careers-en-1", "Head Chef – Seafront Bistro"),
    ],
)
def test_a_short_line_naming_what_the_prose_names_is_the_articles(page: str, start: str) -> None:
    rows = labelled(page)
    texts = [text for _, text in rows]
    named = names_of_the_prose(texts, prose_lines(texts, "und"), [False] * len(texts))
    i = next(k for k, text in enumerate(texts) if text.startswith(start))
    assert rows[i][0] != "boilerplate"
    assert named[i]


@pytest.mark.parametrize(
    "page",
    [
        "heldout21/hireloom-en-1",
        "heldout21/entradas-al-vuelo-es-1",
        "heldout10/coastline-careers-en-1",
    ],
)
def test_no_debris_line_of_a_job_or_ticket_page_is_taken_for_one(page: str) -> None:
    """The site's menu, breadcrumb, widget and related list name the same town and trade:
    none of them passes (a separator, a price, a line after the prose, a name alone)."""
    rows = labelled(page)
    texts = [text for _, text in rows]
    named = names_of_the_prose(texts, prose_lines(texts, "und"), [False] * len(texts))
    assert not [
        text for (label, text), n in zip(rows, named, strict=True) if n and label == "boilerplate"
    ]


@pytest.mark.parametrize(
    ("page", "start"),
    [
        ("heldout6/northgate-observer-en-1", "Residents win fight"),
        ("heldout8/harbourside-gazette-en-1", "Ferry fares to rise"),
        ("heldout9/le-rappel-du-quercy-fr-1", "À Figeac, la halle"),
    ],
)
def test_the_headline_its_site_lists_on_another_page_is_not_the_sites_chrome(
    page: str, start: str
) -> None:
    rows = labelled(page)
    texts = [text for _, text in rows]
    i = next(k for k, text in enumerate(texts) if text.startswith(start))
    # What the site repeats: the menu above it, and the headline (another page's teaser).
    repeated = [k <= i for k in range(len(texts))]
    headline = repeated_headline(texts, repeated)
    assert rows[i][0] == "heading"
    assert headline[i]
    assert not any(headline[:i])
    contexts = [LineContext(repeated=r) for r in repeated]
    evidence = line_evidence(texts, contexts, "und")
    assert not evidence.forced[i] and evidence.soft[i]


@pytest.mark.parametrize(
    ("page", "start", "undated"),
    [
        # A programme's days, its halls and its timed rows (one with "by" its speaker), and an
        # event's day over its hours: the article's, which a translation carries.
        ("heldout23/wells-quay-sessions-en-1", "Friday 18 June", True),
        ("heldout23/wells-quay-sessions-en-1", "Quay Stage", True),
        ("heldout23/wells-quay-sessions-en-1", "14:00  The Wrackline Sisters", True),
        ("heldout23/wells-quay-sessions-en-1", "13:00  Talk:", True),
        ("heldout9/riverbend-events-guide-en-1", "Saturday, 12 December 2026", True),
        # A podcast's chapters and a ticker's items open on times under no day; a stamp with a
        # time over a live page's entries is still its dateline.
        ("heldout7/field-notes-podcast-en-1", "00:00 Introduction", False),
        ("heldout12/the-slow-tide-podcast-en-1", "03:12 Out on the sands", False),
        ("heldout10/depeches-du-bassin-rhodanien-fr-1", "15:48 Montpellier", False),
        ("heldout5/riverside-standard-en-1", "Last updated: 3:42 p.m. CT", False),
    ],
)
def test_a_programmes_days_and_timed_rows_are_no_datelines(
    page: str, start: str, undated: bool
) -> None:
    rows = labelled(page)
    texts = [text for _, text in rows]
    programme = programme_lines(texts, prose_lines(texts, "und"))
    i = next(k for k, text in enumerate(texts) if text.startswith(start))
    assert programme[i] is undated
    assert (rows[i][0] != "boilerplate") is undated
    if undated:
        evidence = line_evidence(texts, [LineContext()] * len(texts), "und")
        assert not evidence.forced[i] and evidence.soft[i]


@pytest.mark.parametrize(
    ("page", "start", "article"),
    [
        # Tables written as text between paragraphs: a council's revised bin days, a fare's
        # bags, a climate bulletin's means.
        ("heldout23/quenbury-gov-en-1", "Thursday 25 December | Saturday 27 December", True),
        ("heldout23/northgale-airways-en-1", "Classic | 1 | 23 kg", True),
        ("heldout23/climat-boutieres-fr-1", "Privas | 10,4 °C", True),
        # No prose under them: a league table after the report, a library's holdings, a footer.
        ("heldout10/wexcombe-rovers-en-1", "4 | Ashdown United", False),
        ("heldout23/opac-mancomunitat-alzira-es-1", "Sueca | N OST mem", False),
        ("heldout6/commune-de-valfleury-fr-1", "Plan du site |", False),
    ],
)
def test_a_text_table_between_paragraphs_is_the_articles(
    page: str, start: str, article: bool
) -> None:
    rows = labelled(page)
    texts = [text for _, text in rows]
    i = next(k for k, text in enumerate(texts) if text.startswith(start))
    assert text_table_rows(texts)[i]
    assert article_text_tables(texts, prose_lines(texts, "und"))[i] is article
    assert (rows[i][0] != "boilerplate") is article


_PROSE = [
    "Le cours compare la grammaire du français et celle de l'anglais, chapitre par chapitre.",
    "Chaque séance part d'un texte court que les étudiants ont traduit à la maison.",
]


@pytest.mark.parametrize(
    "table",
    [
        # A Markdown table: its header reads as a menu trail, its rule has no letter.
        ["| Semaine | Thème | Lecture |", "|---|---|---|", "| 1 | Introduction | ch. 1 |",
         "| 2-3 | La détermination | ch. 2 |", "| 4 | Le passif | polycopié |"],
        ["| Week | Topic |", "| :--- | ---: |", "| 1 | Articles |", "| 2 | Tense |"],
        # A plain one with a rule under its header.
        ["Station | Moyenne | Écart", "--- | --- | ---", "Privas | 10,4 °C | +1,9 °C",
         "Aubenas | 11,6 °C | +2,0 °C"],
    ],
)  # fmt: skip
def test_a_text_table_s_header_and_rule_between_paragraphs_are_not_forced(
    table: list[str],
) -> None:
    texts = ["## Programme", *_PROSE, *table, *_PROSE]
    evidence = line_evidence(texts, [LineContext()] * len(texts), "fr")
    rows = slice(3, 3 + len(table))
    assert all(article_text_tables(texts, prose_lines(texts, "fr"))[rows])
    assert not any(evidence.forced[rows])
    # The same header alone, with no rows under it, is still a menu's trail.
    alone = ["## Programme", *_PROSE, table[0], *_PROSE]
    assert line_evidence(alone, [LineContext()] * len(alone), "fr").forced[3]


_BIN_DAYS = [
    "Thursday 25 December | Saturday 27 December",
    "Friday 26 December | Monday 29 December",
    "Friday 2 January | Monday 5 January",
]
_DATELINE = "Alcoy | 01 dic 2026 - 18:32 CET"


@pytest.mark.parametrize(
    ("texts", "row"),
    [
        # A date in a table's cell is the table's data…
        (["Usual day | Revised day", _BIN_DAYS[0], *_BIN_DAYS[1:]], True),
        # …a dateline's "|" stands on its line alone, or beside rows of other widths.
        (["Alcoy", _DATELINE, "Las obras empiezan el lunes."], False),
        (["Home | News | Sport", _DATELINE, "About | Contact | Terms"], False),
    ],
)  # fmt: skip
def test_a_dated_row_of_a_text_table_is_no_dateline(texts: list[str], row: bool) -> None:
    assert is_date_alone(texts[1])
    assert text_table_rows(texts)[1] is row
    assert line_evidence(texts, [LineContext()] * len(texts), "und").forced[1] is not row


@pytest.mark.parametrize(
    ("page", "start", "entry"),
    [
        # A radio's and a TV's schedule: a time and a title over what the programme is, and
        # the timed rows between two such ("14:00 Informativo territorial" has none under it).
        ("heldout25/merlin-fm-listings-en-1", "10:00 The Garden Hour", True),
        ("heldout25/merlin-fm-listings-en-1", "14:00 Decades", True),
        ("heldout25/parrilla-tevecinco-es-1", "14:00 Informativo territorial", True),
        ("heldout25/parrilla-tevecinco-es-1", "16:25 El tiempo", True),
        # A podcast's chapters, a ticker's and a live page's items: runs of timed rows with
        # nothing under each, or one over the story (a dateline's).
        ("heldout11/tinkerers-bench-video-en-1", "4:12 Tracing the IF stage", False),
        ("heldout15/les-ondes-du-bocage-fr-1", "34:50 Les projets pour 2027", False),
        ("heldout5/actu-continu-fr-1", "19h02 - Le Premier ministre", False),
        ("heldout5/riverside-standard-en-1", "11:30 a.m. River expected", False),
        ("heldout25/clipwell-en-1", "0:18 The Fresnel lens", False),
    ],
)
def test_a_listings_timed_rows_over_their_descriptions_are_its_entries(
    page: str, start: str, entry: bool
) -> None:
    rows = labelled(page)
    texts = [text for _, text in rows]
    i = next(k for k, text in enumerate(texts) if text.startswith(start))
    assert described_rows(texts, prose_lines(texts, "und"))[i] is entry
    assert (rows[i][0] != "boilerplate") is entry
    if entry:
        evidence = line_evidence(texts, [LineContext()] * len(texts), "und")
        assert not evidence.forced[i] and evidence.soft[i]


def test_the_description_under_a_timed_row_is_the_entrys_whatever_it_reads_like() -> None:
    rows = labelled("heldout25/parrilla-tevecinco-es-1")
    texts = [text for _, text in rows]
    i = texts.index("Presentado por Ana Blanco y Marcos López.")
    assert row_descriptions(texts, prose_lines(texts, "es"))[i]
    evidence = line_evidence(texts, [LineContext()] * len(texts), "es")
    assert not evidence.forced[i] and evidence.kept[i]


_MENU = ["Salade de carottes râpées", "Hachis parmentier", "Clémentine"]


@pytest.mark.parametrize(
    ("days", "agenda"),
    [
        # A week's menu or timetable set out by its days: a weekday, a day, no year.
        (["Lundi 7 décembre", "Mardi 8 décembre"], True),
        (["Friday 18 June", "Saturday 19 June"], True),
        (["Miércoles 9 de diciembre", "Jueves 10 de diciembre"], True),
        # One day alone is a masthead's; a stamp carries its year or names no weekday.
        (["Lundi 7 décembre", "Hachis parmentier"], False),
        (["Jeudi 12 mars 2026", "Vendredi 13 mars 2026"], False),
        (["27 Nov 2026", "28 Nov 2026"], False),
        (["Nov 22", "Nov 23"], False),
    ],
)  # fmt: skip
def test_the_days_a_schedule_is_set_out_by_are_no_datelines(days: list[str], agenda: bool) -> None:
    texts = [
        "Les menus sont élaborés par une diététicienne et validés en commission.",
        days[0],
        *_MENU,
        days[1],
        *_MENU,
    ]
    found = agenda_days(texts)
    assert found[1] is agenda and found[5] is agenda
    forced = line_evidence(texts, [LineContext()] * len(texts), "fr").forced
    assert forced[1] is (not agenda and is_date_alone(days[0]))


_FEES = [
    "Service · Everyday Account · Everyday Plus Account",
    "Monthly account fee · Free · £3.00",
    "Replacement debit card · Free · Free",
]
_TEASERS = [
    "Polonia abre su primera central nuclear a consulta pública · hace 2 h",
    "Los trenes nocturnos Viena-París vuelven a circular · hace 5 h",
    "Noruega prohíbe los móviles en primaria · ayer",
]


@pytest.mark.parametrize(
    ("rows", "table"),
    [
        # Cells between middle dots, three or more a row, as a page saved as text writes a
        # fee schedule's table.
        (_FEES, True),
        ([row.replace(" · ", " • ") for row in _FEES], True),
        # One dot joins a teaser and its age: related stories, no table.
        (_TEASERS, False),
        # Rows of different widths.
        ([_FEES[0], "Monthly account fee · Free", _FEES[2]], False),
    ],
)
def test_a_text_table_may_split_its_cells_with_dots(rows: list[str], table: bool) -> None:
    assert all(text_table_rows(rows)) is table
