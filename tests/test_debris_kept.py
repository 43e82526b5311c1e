"""The shapes of the article's lines that the rules or the model took out of fold (leave one
part out, README "Web debris on labelled pages"): each row is a labelled line of
bench/data/pages, read from its labels file, and what `debris_kept` says of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.ingest.debris import line_evidence
from workbench.ingest.debris_features import (
    LineContext,
    is_dated_byline,
    prose_lines,
)
from workbench.ingest.debris_kept import is_schedule, names_of_the_prose, repeated_headline

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
