"""A data box (a table's cells, a list of "label: value" rows) is decided as one: all of it
content or all of it debris, never half a row of each, and its cells and rows are never
headings (README, Ingestion; bench/data/pages/LABELS.md).

newcomer34's MEDIUM 3: a French 4x2 key-figures table came out with "Puissance" and "2028"
debris and the rest of it body; the English original's "Turbines: 4", "Capacity: 8.8 MW"…
were headings, and aligned they became null beads shown bold. Where the box stands decides
it: between the article's paragraphs it is the article's (facts the article states); beside
the article, a sidebar filled from a database, it is debris, its title with it.
"""

from __future__ import annotations

import pytest

from workbench.ingest import debris, markup
from workbench.ingest.debris_databoxes import names_spec_box
from workbench.ingest.extract import classify
from workbench.model import Kind
from workbench.pipeline.documents import detect_languages

# Per language: the article (title, five paragraphs), a key-figures box's title and its
# rows, and a sidebar's spec sheet (title and rows) that a database fills beside it.
PAGES = {
    "fr": (
        "Le port de Lorient mise sur les hydroliennes pour ses grues",
        [
            "Le port de Lorient installera quatre hydroliennes dans sa rade d'ici à 2028.",
            "Le projet, de 48 millions d'euros, doit fournir le tiers de l'électricité.",
            "Les ingénieurs prévoient que chaque machine produise 2,2 mégawatts au plus.",
            "Les pêcheurs s'inquiètent des câbles, qui traverseront une zone de pêche.",
            "Le conseil affirme que les câbles seront enfouis à un mètre sous le fond.",
        ],
        "Les chiffres clés",
        [
            ("Hydroliennes", "4"),
            ("Puissance", "8,8 MW"),
            ("Budget", "48 M€"),
            ("Mise en service", "2028"),
        ],
        "Fiche technique",
        [
            ("Poids", "265 t"),
            ("Diamètre du rotor", "16 m"),
            ("Fabricant", "Sabella"),
            ("Référence", "D16-2027"),
        ],
    ),
    "en": (
        "Lorient harbour bets on tidal turbines to power its cranes",
        [
            "The port of Lorient will install four tidal turbines in its harbour by 2028.",
            "The project, worth 48 million euros, is meant to supply a third of the port's power.",
            "Engineers expect each machine to produce 2.2 megawatts when the current is strongest.",
            "Fishermen have raised concerns about the cables, which cross a scallop ground.",
            "The council said the cables would be buried a metre or more under the bed.",
        ],
        "Key figures",
        [("Turbines", "4"), ("Capacity", "8.8 MW"), ("Budget", "€48m"), ("Commissioning", "2028")],
        "Specifications",
        [
            ("Weight", "265 t"),
            ("Rotor diameter", "16 m"),
            ("Maker", "Sabella"),
            ("Reference", "D16-2027"),
        ],
    ),
    "es": (
        "El puerto de Vigo apuesta por las turbinas mareomotrices para sus grúas",
        [
            "El puerto de Vigo instalará cuatro turbinas mareomotrices en la ría en 2028.",
            "El proyecto, de 48 millones de euros, debe cubrir un tercio de la electricidad.",
            "Los ingenieros calculan que cada máquina producirá 2,2 megavatios como máximo.",
            "Las cofradías de pescadores temen por los cables, que cruzan un banco de vieiras.",
            "El consejo asegura que los cables irán enterrados a un metro bajo el fondo.",
        ],
        "Las cifras clave",
        [
            ("Turbinas", "4"),
            ("Potencia", "8,8 MW"),
            ("Presupuesto", "48 M€"),
            ("Puesta en marcha", "2028"),
        ],
        "Ficha técnica",
        [
            ("Peso", "265 t"),
            ("Diámetro del rotor", "16 m"),
            ("Fabricante", "Sabella"),
            ("Referencia", "D16-2027"),
        ],
    ),
    "de": (
        "Der Hafen Kiel setzt für seine Kräne auf Gezeitenturbinen",
        [
            "Der Hafen Kiel wird bis 2028 vier Gezeitenturbinen in der Förde aufstellen.",
            "Das Projekt kostet 48 Millionen Euro und soll ein Drittel des Stroms liefern.",
            "Die Ingenieure erwarten, dass jede Maschine bis zu 2,2 Megawatt erzeugt.",
            "Die Fischer sorgen sich um die Kabel, die durch ein Fanggebiet verlaufen werden.",
            "Der Rat versichert, dass die Kabel einen Meter tief im Boden liegen werden.",
        ],
        "Die wichtigsten Zahlen",
        [
            ("Turbinen", "4"),
            ("Leistung", "8,8 MW"),
            ("Budget", "48 Mio. €"),
            ("Inbetriebnahme", "2028"),
        ],
        "Technische Daten",
        [
            ("Gewicht", "265 t"),
            ("Rotordurchmesser", "16 m"),
            ("Hersteller", "Sabella"),
            ("Referenz", "D16-2027"),
        ],
    ),
}


def _table(rows: list[tuple[str, str]]) -> str:
    return "<table>" + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows) + "</table>"


def _list(rows: list[tuple[str, str]]) -> str:
    return "<ul>" + "".join(f"<li>{a}: {b}</li>" for a, b in rows) + "</ul>"


def _page(lang: str, shape: str) -> tuple[str, list[str], list[str], list[str], list[str]]:
    """A page in ``lang`` with its key figures between its paragraphs and a spec sheet in a
    sidebar beside the article, both as ``shape`` ("table" or "list"): the page, its
    paragraphs, the key figures' lines (title first), the spec sheet's lines (title first)."""
    title, paragraphs, box_title, box, side_title, side = PAGES[lang]
    draw = _table if shape == "table" else _list
    text = [f"<p>{p}</p>" for p in paragraphs]
    page = (
        f"<html><body><main><article><h1>{title}</h1>{''.join(text[:3])}"
        f'<div class="box"><h4>{box_title}</h4>{draw(box)}</div>{"".join(text[3:])}</article>'
        f'<div class="sidebar-product"><h3>{side_title}</h3>{draw(side)}</div>'
        "</main></body></html>"
    )

    def lines(head: str, rows: list[tuple[str, str]]) -> list[str]:
        cells = (
            [c for row in rows for c in row] if shape == "table" else [f"{a}: {b}" for a, b in rows]
        )
        return [head, *cells]

    return page, paragraphs, lines(box_title, box), lines(side_title, side), [title]


def _kinds(page: str) -> dict[str, Kind]:
    blocks, _ = classify(markup.html_blocks(page), detect_languages)
    return {b.text: b.kind for b in blocks}


@pytest.mark.parametrize("shape", ["table", "list"])
@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_key_figures_box_between_the_paragraphs_is_body_row_by_row(lang: str, shape: str) -> None:
    page, paragraphs, box, _, _ = _page(lang, shape)
    kinds = _kinds(page)
    assert [kinds[t] for t in paragraphs] == [Kind.BODY] * len(paragraphs)
    # Its title is the box's heading; every cell or row of it is body: no half row of debris,
    # no row typed a heading.
    assert kinds[box[0]] is Kind.HEADING
    assert {t: kinds[t] for t in box[1:]} == {t: Kind.BODY for t in box[1:]}


@pytest.mark.parametrize("shape", ["table", "list"])
@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_spec_sheet_beside_the_article_is_debris_title_and_all(lang: str, shape: str) -> None:
    page, _, _, side, _ = _page(lang, shape)
    kinds = _kinds(page)
    assert {t: kinds[t] for t in side} == {t: Kind.BOILERPLATE for t in side}


def test_newcomer34s_key_figures_table_is_one_decision() -> None:
    """The French box as newcomer34 wrote it, out of its <aside>: "Puissance" and "2028" were
    debris, the rest body."""
    head = "<h1>Le port de Brest mise sur les hydroliennes pour alimenter ses grues</h1>"
    para = (
        "<p>Le port de Brest installera quatre hydroliennes à l'entrée de sa rade, a-t-il dit.</p>"
    )
    after = "<p>Les détracteurs rappellent qu'un précédent projet hydrolien a été abandonné.</p>"
    rows = [("Hydroliennes", "4"), ("Puissance", "8,8 MW"), ("Mise en service", "2028")]
    page = (
        f"<html><body><main><article>{head}{para}<div><h4>Les chiffres clés</h4>"
        f"{_table(rows)}</div>{after}</article></main></body></html>"
    )
    kinds = _kinds(page)
    assert {kinds[c] for row in rows for c in row} == {Kind.BODY}


def test_a_recipe_card_s_facts_are_body_not_headings() -> None:
    """A recipe card's facts as a list over its ingredients (heldout4's "Raciones: 4",
    "Tiempo: 45 minutos"): the card's own, body (LABELS.md), and no heading."""
    page = (
        "<html><body><article><h1>Tortilla de patatas de la abuela Carmen</h1>"
        "<p>La receta de siempre, la que mi abuela hacía cada domingo para toda la familia.</p>"
        '<div class="receta"><h2>Tortilla de patatas</h2><ul class="datos">'
        "<li>Raciones: 4</li><li>Tiempo: 45 minutos</li><li>Dificultad: media</li></ul>"
        "<p>Pela las patatas y córtalas en láminas finas, como de un centímetro de grosor.</p>"
        "<p>Fríe las patatas a fuego lento con la cebolla hasta que estén tiernas y doradas.</p>"
        "</div></article></body></html>"
    )
    kinds = _kinds(page)
    rows = ["Raciones: 4", "Tiempo: 45 minutos", "Dificultad: media"]
    assert {t: kinds[t] for t in rows} == {t: Kind.BODY for t in rows}


ASIDE_ARTICLE = (
    "<html><body><main><article><h1>Le port de Brest mise sur les hydroliennes</h1>"
    "<p>Le port de Brest installera quatre hydroliennes à l'entrée de sa rade, a-t-il dit.</p>"
    "<p>Le projet, de 48 millions d'euros, doit fournir le tiers de l'électricité.</p>"
    "{box}"
    "<p>Les détracteurs rappellent qu'un précédent projet hydrolien a été abandonné en 2019.</p>"
    "<p>Le port compte sur un retour sur investissement en quatorze ans, selon sa directrice.</p>"
    "</article>{side}</main></body></html>"
)
ROWS = [("Hydroliennes", "4"), ("Puissance", "8,8 MW"), ("Mise en service", "2028")]


def test_an_aside_the_article_sets_between_its_paragraphs_is_the_article_s() -> None:
    """newcomer34's page as written: the key figures in an <aside> inside the <article>,
    between two paragraphs, were debris, and the English original's, in a <div>, content."""
    box = f'<aside class="encadre-chiffres"><h4>Les chiffres clés</h4>{_table(ROWS)}</aside>'
    kinds = _kinds(ASIDE_ARTICLE.format(box=box, side=""))
    assert {kinds[c] for row in ROWS for c in row} == {Kind.BODY}
    assert kinds["Les chiffres clés"] is Kind.HEADING


@pytest.mark.parametrize(
    "side",
    [
        # A sidebar beside the article, whatever its title.
        "<aside><h3>Détails</h3><ul><li>Réalisation : Solène Kervella</li>"
        "<li>Durée : 1 h 44</li><li>Genre : drame</li></ul></aside>",
        # An aside in the article whose classes name chrome ("related").
        '<aside class="related"><h3>Détails</h3><ul><li>Réalisation : Solène Kervella</li>'
        "<li>Durée : 1 h 44</li><li>Genre : drame</li></ul></aside>",
    ],
    ids=["sidebar", "related class"],
)
def test_an_aside_beside_the_article_stays_debris(side: str) -> None:
    if "related" in side:
        page = ASIDE_ARTICLE.format(box=side, side="")
    else:
        page = ASIDE_ARTICLE.format(box="", side=side)
    kinds = _kinds(page)
    rows = ["Détails", "Réalisation : Solène Kervella", "Durée : 1 h 44", "Genre : drame"]
    assert {t: kinds[t] for t in rows} == {t: Kind.BOILERPLATE for t in rows}


def test_a_spec_sheet_between_a_review_s_paragraphs_is_debris_title_and_all() -> None:
    """A review's "Specifications" table set between its paragraphs (heldout8's headphones,
    heldout7's vacuum cleaner): the shop's database fills it, the page in the other language
    renders its own; line by line the model kept most of its cells."""
    rows = [("Weight", "540 g"), ("Battery", "20 hours"), ("Bluetooth", "5.3"),
            ("Drivers", "40 mm"), ("Price", "£179")]  # fmt: skip
    page = (
        "<html><body><main><article><h1>The Arden Two headphones review: quiet and light</h1>"
        "<p>The Arden Two are the lightest closed headphones we have tested this year.</p>"
        "<p>Noise cancelling is good on trains, less so in windy streets.</p>"
        f'<section class="spec-table"><h2>Specifications</h2>{_table(rows)}</section>'
        "<p>The battery lasted a little under the claimed twenty hours in our tests.</p>"
        "<p>At this price, they are an easy choice for commuters who travel light.</p>"
        "</article></main></body></html>"
    )
    kinds = _kinds(page)
    lines = ["Specifications", *[c for row in rows for c in row]]
    assert {t: kinds[t] for t in lines} == {t: Kind.BOILERPLATE for t in lines}


def test_a_box_no_rule_decides_is_one_decision_of_the_model() -> None:
    """Where neither its place nor its title decides a box, the model does, on the mean of its
    rows' scores: a row a rule forces (a year alone, "2028") counts as sure debris, and the
    box goes one way."""
    evidence = debris.Evidence(
        forced=(False, False, False, True),
        kept=(False,) * 4,
        sentence=(False,) * 4,
        soft=(False,) * 4,
        boxes=(0, 0, 0, 0),
    )
    assert debris.decide(evidence, [0.2, 0.8, 0.3, 0.1], 0.75) == [False] * 4
    assert debris.decide(evidence, [0.9, 0.8, 0.3, 0.1], 0.75) == [True] * 4
    # Out of a box, each line is decided on its own.
    alone = debris.Evidence(evidence.forced, evidence.kept, evidence.sentence, evidence.soft)
    assert debris.decide(alone, [0.2, 0.8, 0.3, 0.1], 0.75) == [False, True, False, True]


# A box its markup names as a database's (`debris_databoxes.names_spec_box`), between the
# paragraphs of an article, where its place alone would make it the article's facts.
NAMED_BOX_PAGE = (
    "<html><body><main><article><h1>{title}</h1>{before}"
    '<table class="{cls}"><tbody>{rows}</tbody></table>{after}</article></main></body></html>'
)
NAMED_BOXES = {
    "es wiki infobox": (
        "infobox", "Molino de Sancho",
        [("Localidad", "Campo de Criptana"), ("Tipo", "Molino de viento"),
         ("Construcción", "siglo XVI"), ("Estado", "Restaurado, en funcionamiento")],
        ["El molino de Sancho es uno de los diez molinos que coronan la sierra de los Molinos.",
         "Conserva la maquinaria original del siglo XVI, restaurada por el ayuntamiento en 2019.",
         "Los vecinos lo usaron para moler trigo hasta entrado el siglo veinte, según cuentan.",
         "Hoy se puede visitar los fines de semana, y una vez al año vuelve a moler grano."],
    ),
    "es course fact table": (
        "ficha-asignatura", "Arqueología del Paisaje",
        [("Código", "31427"), ("Créditos ECTS", "6"), ("Carácter", "Optativa"),
         ("Departamento", "Prehistoria, Arqueología e Historia Antigua")],
        ["La asignatura estudia cómo las sociedades del pasado organizaron el territorio.",
         "Se trabaja con cartografía histórica, fotografía aérea y prospección en el campo.",
         "Las prácticas se hacen en el valle del Almenara, con dos salidas de un día completo.",
         "La evaluación combina un trabajo de campo, un informe escrito y un examen final."],
    ),
    "fr shop attributes": (
        "woocommerce-product-attributes shop_attributes", "Huile d'olive vierge extra, 75 cl",
        [("Variété", "Picholine"), ("Acidité", "0,2 %"), ("Origine", "Gard"),
         ("Contenance", "75 cl")],
        ["Cette huile est pressée à froid dans notre moulin de Nîmes, le jour de la récolte.",
         "Elle a un goût d'herbe fraîche et d'amande, avec une pointe d'amertume en finale.",
         "Nous la conseillons crue, sur une salade de tomates ou un poisson grillé à la plancha.",
         "Conservez-la à l'abri de la lumière et de la chaleur, bouchon bien fermé après usage."],
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(NAMED_BOXES))
def test_a_box_its_markup_names_a_spec_sheet_is_debris_wherever_it_stands(name: str) -> None:
    """A wiki's infobox (held-out 11's and 37's), a course's fact table (held-out 41's
    "ficha-asignatura"), a shop's attributes table (held-out 6's, 9's and 11's): a
    database fills each beside the prose and the page in the other language renders its own
    (LABELS.md), but set between two paragraphs, its place made the rows the article's facts.
    The class of its own table says what it is, in any language; the page's title right
    above it is not the box's and stays a heading."""
    cls, title, rows, paragraphs = NAMED_BOXES[name]
    page = NAMED_BOX_PAGE.format(
        title=title, cls=cls,
        before="".join(f"<p>{p}</p>" for p in paragraphs[:2]),
        rows="".join(f"<tr><th>{a}</th><td>{b}</td></tr>" for a, b in rows),
        after="".join(f"<p>{p}</p>" for p in paragraphs[2:]),
    )  # fmt: skip
    kinds = _kinds(page)
    cells = [c for row in rows for c in row]
    assert {t: kinds[t] for t in cells} == {t: Kind.BOILERPLATE for t in cells}
    assert [kinds[p] for p in paragraphs] == [Kind.BODY] * len(paragraphs)
    assert kinds[title] is Kind.HEADING


@pytest.mark.parametrize(
    ("path", "named"),
    [
        ("html/body/main/article/table.infobox/tbody/tr/th", True),
        ("main/div/section.SpecTable_root__7Gh/table/tr/th", True),
        ("div.product/div.panel/table.woocommerce-product-attributes.shop_attributes/tr/th", True),
        ("main/article/div.clasificacion/table/tr/td", True),
        ("main/div.fiche-technique/ul/li", True),
        ("main.product/div.product__specs/table/tr/th", True),
        # The article's own facts: a job ad's, a recipe's, a wiki's data table.
        ("main/div.row/ul.job-facts.list-unstyled/li", False),
        ("div/article/div.receta/ul.datos/li", False),
        ("main/article/table.wikitable/tbody/tr/th", False),
        # An advice page's type ("fiche-conseil") and a class far above the box.
        ("main/article.node--type-fiche-conseil/div.body/table.table/thead/tr/th", False),
        ("body.page-type-ficha/main/article/div/table/tr/td", False),
        # A German article's "Infobox" of key points, a <div> (held-out 40's): its own.
        ("main/article.explainer/div.infobox-kurz/ul/li", False),
        # A word inside a longer one: "inspect", "transpecs".
        ("main/div.inspection-report/table/tr/td", False),
    ],
)
def test_the_classes_that_name_a_database_box(path: str, named: bool) -> None:
    assert names_spec_box(path) is named


def test_an_infobox_whose_first_rows_span_it_is_one_debris_box() -> None:
    """A wiki's infobox opens on its name and its picture's caption, each a row of one cell
    across the table, so it is no data table (`markup_tables.data_cell`): held-out 37's
    windmill kept its 12 lines, and the wikis of held-out 4, 6 to 9, 11, 12 and 15 most of
    theirs, line by line. The class of the table makes it a box, debris as one."""
    cls, title, rows, paragraphs = NAMED_BOXES["es wiki infobox"]
    head = (
        f'<tr><th colspan="2">{title}</th></tr>'
        '<tr><td colspan="2"><img src="molino.jpg" alt="">El molino en 2019</td></tr>'
    )
    page = NAMED_BOX_PAGE.format(
        title=title, cls=cls, before="",
        rows=head + "".join(f"<tr><th>{a}</th><td>{b}</td></tr>" for a, b in rows),
        after="".join(f"<p>{p}</p>" for p in paragraphs),
    )  # fmt: skip
    blocks, _ = classify(markup.html_blocks(page), detect_languages)
    kinds = [(b.text, b.kind) for b in blocks]
    box = [title, "El molino en 2019", *[c for row in rows for c in row]]
    assert kinds[0] == (title, Kind.HEADING)
    assert kinds[1 : 1 + len(box)] == [(t, Kind.BOILERPLATE) for t in box]
    assert [k for _, k in kinds[1 + len(box) :]] == [Kind.BODY] * len(paragraphs)
