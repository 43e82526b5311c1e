"""What a line's neighbours say: runs of one shape, and the page's main run of prose."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.debris_text import kinds
from workbench.ingest import debris
from workbench.ingest.debris_structure import (
    STRUCTURE_FEATURES,
    live_entry_times,
    main_prose_span,
    shape,
    spec_sheets,
    structure_features,
)
from workbench.model import Kind


@pytest.mark.parametrize(
    ("text", "prose", "expected"),
    [
        ("The bridge reopened on Monday after two years of work.", True, "prose"),
        ("Weight: 265 g", False, "label-value"),
        ("Arbitre : M. Raynal", False, "label-value"),
        ("Einwohner: 12.400", False, "label-value"),
        ("2 - 1", False, "number"),
        ("14:02", False, "number"),
        ("Okafor", False, "short"),
        ("Table of contents", False, "short"),
        ("Priya Natarajan is our senior editor and has reviewed 400 headphones", False, "long"),
    ],
)  # fmt: skip
def test_a_line_s_shape(text: str, prose: bool, expected: str) -> None:
    assert shape(text, prose) == expected


ARTICLE = [
    "The council voted on Tuesday to reopen the old bridge to cyclists.",
    "Work on the deck will start in the spring and last four months.",
    "Residents had asked for the crossing for a decade.",
]
BIO = "Ann Lee covers the valley for the paper and has lived in the town since 1998."


def test_the_main_run_of_prose_is_the_one_with_the_most_words() -> None:
    texts = ["Home", "News", *ARTICLE, "Share", "Tags", "Related", "More", BIO]
    prose = [t in ARTICLE or t == BIO for t in texts]
    assert main_prose_span(texts, prose) == (2, 4)
    rows = structure_features(texts, prose)
    column = {name: [row[k] for row in rows] for k, name in enumerate(STRUCTURE_FEATURES)}
    # The bio is prose apart from the article, after it; the article's lines are inside.
    assert column["prose_apart"] == [0.0] * 9 + [1.0]
    assert column["outside_main_prose"][2:5] == [0.0, 0.0, 0.0]
    assert column["distance_to_main_prose"][9] > column["distance_to_main_prose"][5] > 0


def test_a_spec_sheet_is_a_run_of_label_value_lines() -> None:
    sheet = ["Weight: 265 g", "Battery: 40 hours", "Bluetooth: 5.3", "Price: $249"]
    texts = [*ARTICLE, "Specifications", *sheet]
    prose = [t in ARTICLE for t in texts]
    rows = structure_features(texts, prose)
    runs = [row[STRUCTURE_FEATURES.index("label_value_run")] for row in rows]
    assert runs[-4:] == pytest.approx([1.609] * 4, abs=1e-3)  # log(1 + 4)
    assert runs[:4] == [0.0] * 4


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # held-out 34's car review: the title and every row under it
        (["Ficha técnica", "Potencia combinada: 197 CV", "Cambio: automático e-CVT",
          "Calcula tu cuota de renting desde 349 €/mes"], [True, True, True, False]),
        (["Technische Daten:", "Gewicht: 1.450 kg", "Leistung: 145 kW"], [True] * 3),
        # one row is no sheet; a job ad's facts stand under no spec title (LABELS.md: body)
        (["Specifications", "Weight: 265 g", "The headphones fold flat."], [False] * 3),
        (["Lieu : Lyon", "Salaire : 32 000 €", "Contrat : CDI"], [False] * 3),
    ],
)  # fmt: skip
def test_a_spec_sheet_under_its_title_is_debris_title_included(
    texts: list[str], expected: list[bool]
) -> None:
    assert spec_sheets(texts) == expected
    marked = debris.boilerplate_mask([*ARTICLE, *texts], [False] * (len(texts) + 3), "en")
    assert [m for m, e in zip(marked[3:], expected, strict=True) if e] == [True] * sum(expected)


def test_a_page_without_prose_is_outside_its_main_run_everywhere() -> None:
    texts = ["Home", "News", "Sport"]
    assert main_prose_span(texts, [False] * 3) is None
    assert all(row[STRUCTURE_FEATURES.index("outside_main_prose")] == 1.0
               for row in structure_features(texts, [False] * 3))  # fmt: skip


@given(st.lists(st.floats(min_value=0.0, max_value=1.0), min_size=1, max_size=30), st.data())
def test_the_window_mean_is_a_mean_of_scores(first: list[float], data: st.DataObject) -> None:
    i = data.draw(st.integers(min_value=0, max_value=len(first) - 1))
    mean = debris.window_mean(first, i)
    assert 0.0 <= mean <= 1.0
    # Past the edges lines count as debris: a line alone sees only them.
    if len(first) == 1:
        assert mean == 1.0


def test_a_layout_repeated_without_prose_is_a_box() -> None:
    cells = ["Type", "Over-ear", "Weight", "248 g"]
    texts = [*ARTICLE, *cells]
    prose = [t in ARTICLE for t in texts]
    paths = ["/html/body/article/p"] * 3 + ["/html/body/table.specs/tr/td"] * 4
    rows = structure_features(texts, prose, paths)
    column = {name: [row[k] for row in rows] for k, name in enumerate(STRUCTURE_FEATURES)}
    assert column["layout_without_prose"] == [0.0] * 3 + [1.0] * 4
    assert column["layout_prose_share"] == [1.0] * 3 + [0.0] * 4
    # Plain text has no layout: the columns say nothing.
    layout = [STRUCTURE_FEATURES.index(name) for name in STRUCTURE_FEATURES if "layout" in name]
    assert all([row[k] for k in layout] == [0.0] * 3 for row in structure_features(texts, prose))


LIVE_FR = """Le Courrier des Causses
Accueil · Actualités · Sports · Contact
EN DIRECT
Crue du Tarn : les routes coupées et les écoles fermées
Mis à jour il y a 2 minutes
La pluie tombe sans arrêt depuis la nuit sur le sud de l'Aveyron. Suivez le direct ici.
16:20
Le pont de Saint-Rome est fermé à la circulation jusqu'à nouvel ordre.
15h45
Les pompiers ont évacué une vingtaine de maisons au bord de la rivière.
15:10
Le préfet appelle les habitants à ne pas prendre la route ce soir.
14:30
Les bus scolaires ne circuleront pas demain matin dans la vallée.
Mentions légales · Publicité
"""

LIVE_DE = """<html><body>
<header><p>Bergbote Online</p><nav><a href="/">Start</a> <a href="/lokal">Lokal</a></nav></header>
<main><article>
<h1>Liveticker: Sturm über dem Allgäu</h1>
<p>Seit dem frühen Morgen fegt ein Sturm über das Allgäu. Wir berichten hier laufend.</p>
<div class="entry"><p class="time">11:40</p>
<p>Die Bahnstrecke zwischen Kempten und Immenstadt ist wieder frei.</p></div>
<div class="entry"><p class="time">10:55</p>
<p>Ein umgestürzter Baum blockiert die B19 bei Sonthofen, verletzt wurde niemand.</p></div>
<div class="entry"><p class="time">10:15</p>
<p>Die Schulen im Oberallgäu bleiben heute geschlossen, teilt das Landratsamt mit.</p></div>
</article></main>
<footer><p>Impressum · Datenschutz</p></footer>
</body></html>"""


@pytest.mark.parametrize(
    ("page", "suffix", "times"),
    [
        (LIVE_FR, ".txt", ["16:20", "15h45", "15:10", "14:30"]),
        (LIVE_DE, ".html", ["11:40", "10:55", "10:15"]),
    ],
)  # fmt: skip
def test_a_live_page_s_entry_times_are_its_entries_headings(
    page: str, suffix: str, times: list[str]
) -> None:
    found = kinds(page, suffix)
    assert [t for t in times if found[t] is Kind.BOILERPLATE] == []


def test_a_time_alone_over_one_paragraph_is_a_dateline_s_and_debris() -> None:
    texts = ["09h12", *ARTICLE]
    assert live_entry_times(texts) == [False] * len(texts)
    found = kinds("\n".join(["Home · News", "Bridge to reopen", "09h12", *ARTICLE]), ".txt")
    assert found["09h12"] is Kind.BOILERPLATE


def test_entry_times_take_an_entry_of_two_words_under_each() -> None:
    texts = ["14:05", "Rail update", "13:40", "12:00", "13.05 Uhr", "Tor!", "3:42 p.m.", "x 1"]
    assert live_entry_times(texts) == [False] * len(texts)  # one entry: no live page
    more = live_entry_times([*texts, "11 h 42", "Les routes rouvrent"])
    assert [i for i, entry in enumerate(more) if entry] == [0, 8]
