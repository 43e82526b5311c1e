"""Web debris: no rule swallows an article, and the user hears when most of a page is debris."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.debris_text import LOST_ARTICLE_PAGE, kinds
from workbench import pipeline
from workbench.ingest import debris, debris_boxes, debris_lines, debris_regions
from workbench.ingest.debris_features import (
    FEATURES,
    LineContext,
    byline_names,
    chrome_hits,
    line_features,
)
from workbench.model import Kind, Status
from workbench.store import Store

ARTICLE_EN = [
    "North Korea's leader pledged full support for Russia on Tuesday, state media said.",
    "The two men met for more than four hours at a space launch centre in the far east.",
    "Officials in Washington said they were watching the talks with concern.",
    "Analysts expect an exchange of artillery shells for food and technology.",
    "The visit was Mr Kim's first trip abroad since the pandemic closed the border.",
] * 8  # a 40-line story: long enough that swallowing it cannot go unseen

# Lines that look like the "name, date" header of a reader comment, above a story.
DATELINES = [
    "Published 7:15 AM GMT, September 3, 2025",
    "Updated 10:02 AM EDT, September 3, 2025",
    "By Jane Doe and John Roe September 3, 2025",
    "Reuters September 3, 2025 - 7:15 am",
    "Sept. 3, 2025",
    "Seoul, September 3, 2025",
    "Mis à jour le 3 septembre 2025 à 07h15",
    "Publié le mercredi 3 septembre 2025",
    "Publicado el 3 de septiembre de 2025 - 07:15",
    "Por Ana Pérez septiembre 3, 2025",
    "Veröffentlicht am 3. September 2025, 07:15 Uhr",
]


@pytest.mark.parametrize("dateline", DATELINES)
def test_a_dateline_above_a_story_never_turns_the_story_into_debris(dateline: str) -> None:
    texts = ["World", dateline, *ARTICLE_EN]
    mask = debris.boilerplate_mask(texts, [False] * len(texts))
    assert not any(mask[2:]), [t for t, m in zip(texts, mask, strict=True) if m]


@pytest.mark.parametrize("dateline", DATELINES)
def test_a_dateline_inside_a_story_never_swallows_what_follows(dateline: str) -> None:
    texts = [*ARTICLE_EN[:10], dateline, *ARTICLE_EN[10:]]
    mask = debris.boilerplate_mask(texts, [False] * len(texts))
    assert sum(mask) <= 1


@pytest.mark.parametrize(
    "opener", ["Leave a comment", "Laissez un commentaire", "Deja un comentario", "logo-site"]
)
def test_a_footer_opener_in_the_second_half_does_not_swallow_a_long_rest(opener: str) -> None:
    texts = [*ARTICLE_EN[:20], opener, *ARTICLE_EN[20:]]
    mask = debris.boilerplate_mask(texts, [False] * len(texts))
    assert not any(mask[21:])


def test_a_reader_comment_closed_by_its_reply_link_is_debris() -> None:
    texts = [
        *ARTICLE_EN[:10],
        "3 comments",
        "SallyM September 13, 2023 - 11:00 pm",
        "It is a bit scary to think about where this leads.",
        "Reply",
        "JohnDoe42 September 14, 2023 - 6:50 am",
        "What a change, is it not?",
        "Reply",
    ]
    mask = debris.boilerplate_mask(texts, [False] * len(texts))
    assert mask[10:] == [True] * 7
    assert not any(mask[:10])


def test_a_comment_header_without_a_reply_link_stays_a_single_line() -> None:
    texts = ["SallyM September 13, 2023 - 11:00 pm", *ARTICLE_EN]
    assert not any(debris.boilerplate_mask(texts, [False] * len(texts))[1:])


@pytest.mark.parametrize(
    ("pairs", "warned"),
    [
        ([("A story of ten words that is all body text here.", False)], False),
        ([], False),
        # Past a third of the words, but nothing that reads as an article among the debris and
        # plenty left: an ordinary news page with its menus and comments. No note.
        ([("Menu | News | Sport | Weather | Culture | Opinion | Video | Podcasts", True),
          ("Sign in | Register | Subscribe | Newsletters | Help | Contact us | About", True),
          *[(line, False) for line in ARTICLE_EN[:5]],
          *[(line, True) for line in ["SallyM 3 hours ago", "Great piece, thanks for writing it.",
                                      "Reply"] * 3]], False),
        # The article's paragraphs classed as debris: a run of prose among the debris.
        ([("Skip to main content", True), *[(line, True) for line in ARTICLE_EN[:3]],
          *[(line, False) for line in ARTICLE_EN[3:5]]], True),
        # Nearly nothing left as text.
        ([("one two three four five", True), ("six seven eight nine ten", False)], True),
        ([("one two three four", True), ("five six seven eight nine ten eleven twelve", False)],
         False),  # a third exactly: not more than a third
    ],
)  # fmt: skip
def test_the_heavy_debris_note_fires_only_when_the_debris_may_hide_text(
    pairs: list[tuple[str, bool]], warned: bool
) -> None:
    note = debris.heavy_debris_note("page", pairs)
    assert (note is not None) == warned
    if note:
        assert "workbench segments page --kind boilerplate" in note


def test_ingest_says_in_one_line_when_a_page_is_mostly_debris(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(LOST_ARTICLE_PAGE, encoding="utf-8")
    [result] = pipeline.ingest_paths(store, [path]).files
    assert result.warning is not None
    assert "`workbench segments page --kind boilerplate`" in result.warning
    kinds = [s.kind for s in store.segments("page")]
    assert kinds.count(Kind.BOILERPLATE) >= 5  # stored, not thrown away


def test_ingest_cli_prints_the_debris_warning(tmp_path: Path) -> None:
    from workbench.cli import app

    path = tmp_path / "page.txt"
    path.write_text(LOST_ARTICLE_PAGE, encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(path), "--db", str(tmp_path / "w.db")])
    assert result.exit_code == 3, result.output  # stored; a reviewer must look (cli.outcome)
    warnings = [line for line in result.output.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1 and "--kind boilerplate" in warnings[0]


def test_ingest_says_nothing_of_a_clean_page(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "clean.txt"
    path.write_text("\n".join(ARTICLE_EN[:5]), encoding="utf-8")
    [result] = pipeline.ingest_paths(store, [path]).files
    assert result.warning is None


STORY_FR = [
    "Le dirigeant nord-coréen a promis mardi un soutien total à la Russie, selon la presse.",
    "Les deux hommes se sont rencontrés pendant plus de quatre heures dans un centre spatial.",
    "Washington a dit suivre ces discussions avec inquiétude.",
    "Les analystes s'attendent à un échange d'obus contre de la nourriture et de la technologie.",
    "C'était le premier voyage de M. Kim à l'étranger depuis la pandémie.",
]


def _page(line: str, where: str, story: list[str]) -> tuple[list[str], int]:
    at = {"top": 0, "middle": len(story) // 2, "bottom": len(story)}[where]
    return [*story[:at], line, *story[at:]], at


@pytest.mark.parametrize("where", ["top", "middle", "bottom"])
@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Advertisement", "en"),
        ("Skip to main content", "en"),
        ("Sign in | Register", "en"),
        ("Accept all | Manage preferences", "en"),
        ("World | Asia", "en"),
        ("About us | Contact | Terms of Use | Privacy Policy", "en"),
        ("Published 7:15 AM GMT, September 3, 2025", "en"),
        ("Updated 10:02 AM EDT, Sept. 3, 2025", "en"),
        ("Share on Facebook | Share on X | Email", "en"),
        ("Publicité", "fr"),
        ("Tout accepter | Paramétrer", "fr"),
        ("Mis à jour le 3 septembre 2025 à 07h15", "fr"),
        ("Partager sur Facebook | Partager par e-mail", "fr"),
        ("Publicidad", "es"),
        ("Iniciar sesión | Regístrate", "es"),
        ("Política de privacidad | Aviso legal | Cookies", "es"),
        ("Anzeige", "de"),
        ("Zum Inhalt springen", "de"),
        ("Impressum | Datenschutz | Cookie-Einstellungen", "de"),
        ("Vai al contenuto principale", "it"),
        ("Ir para o conteúdo", "pt"),
    ],
)
def test_site_chrome_is_debris_anywhere_on_a_page(line: str, lang: str, where: str) -> None:
    story = ARTICLE_EN[:5] if lang == "en" else STORY_FR
    texts, at = _page(line, where, story)
    mask = debris.boilerplate_mask(texts, [False] * len(texts), lang)
    assert mask[at], line
    assert not any(m for i, m in enumerate(mask) if i != at)


@pytest.mark.parametrize("where", ["middle", "bottom"])
@pytest.mark.parametrize(
    "line",
    [
        "He declined to comment.",
        "By evening, the army had reached the worst-hit districts.",
        "On September 3, 2025, the ministry said the talks had failed.",
        "Il n'a pas plu.",
        "« Nous partirons demain », a-t-il dit.",
        "No hubo heridos.",
    ],
)
def test_short_sentences_of_the_story_stay_content(line: str, where: str) -> None:
    texts, at = _page(line, where, STORY_FR)
    assert not debris.boilerplate_mask(texts, [False] * len(texts), "fr")[at]


def test_a_heading_over_prose_stays_content() -> None:
    texts = [*ARTICLE_EN[:3], "Staff shortages remain", *ARTICLE_EN[3:6]]
    assert not debris.boilerplate_mask(texts, [False] * len(texts), "en")[3]


def test_a_line_repeated_on_the_site_s_other_pages_is_debris_at_the_edge() -> None:
    footer = "Daily Planet is part of Example Media Group, a leading publisher."
    texts = [*ARTICLE_EN[:8], footer]
    contexts = [LineContext(repeated=t == footer) for t in texts]
    assert debris.boilerplate_mask(texts, [False] * len(texts), "en", contexts)[-1]


def test_a_copy_of_another_document_is_not_taken_for_site_chrome() -> None:
    texts = ARTICLE_EN[:8]
    contexts = [LineContext(repeated=True) for _ in texts]
    assert not any(debris.boilerplate_mask(texts, [False] * len(texts), "en", contexts))


# --- giving debris back to the text ------------------------------------------------

PAGE_FR = "\n".join(["Publicité", *STORY_FR])
PAGE_EN = "\n".join(["Advertisement", *ARTICLE_EN[:5]])


def _ingested(store: Store, tmp_path: Path) -> tuple[int, int]:
    from workbench.pipeline.alignment import align_document

    fr, en = tmp_path / "story.txt", tmp_path / "story-en.txt"
    fr.write_text(PAGE_FR, encoding="utf-8")
    en.write_text(PAGE_EN, encoding="utf-8")
    pipeline.ingest_paths(store, [fr])
    align_document(store, "story", "en", original_path=en)
    [ad] = [s for s in store.segments("story") if s.text == "Publicité"]
    assert ad.kind is Kind.BOILERPLATE
    return ad.id, store.document("story").id


def test_a_restored_segment_becomes_body_and_the_document_is_aligned_again(
    store: Store, tmp_path: Path
) -> None:
    from workbench.pipeline.alignment import alignment_for
    from workbench.pipeline.debris import set_segment_kinds

    ad, _ = _ingested(store, tmp_path)
    report = set_segment_kinds(store, "story", [ad])
    assert report.changed == (ad,)
    assert [s.kind for s in store.segments("story") if s.id == ad] == [Kind.BODY]
    [realigned] = report.realigned
    beads = store.beads(alignment_for(store, "story", "en").id)
    assert realigned.alignment.id == alignment_for(store, "story", "en").id
    assert any(ad in b.fr for b in beads)  # the restored line now takes part


def test_restoring_an_unknown_segment_changes_nothing(store: Store, tmp_path: Path) -> None:
    from workbench.model import NotFoundError
    from workbench.pipeline.debris import set_segment_kinds

    ad, _ = _ingested(store, tmp_path)
    with pytest.raises(NotFoundError, match="--kind boilerplate"):
        set_segment_kinds(store, "story", [ad, 99_999])
    assert [s.kind for s in store.segments("story") if s.id == ad] == [Kind.BOILERPLATE]


def test_a_change_of_kind_is_one_signed_event_and_a_no_op_records_nothing(
    store: Store, tmp_path: Path
) -> None:
    from workbench.model import NotFoundError
    from workbench.pipeline.debris import set_segment_kinds

    ad, doc_id = _ingested(store, tmp_path)
    set_segment_kinds(store, "story", [ad], Kind.BODY, actor="ana")
    set_segment_kinds(store, "story", [ad], Kind.BODY, actor="bob")  # body already: no event
    [change] = store.kind_changes(doc_id)
    assert (change.actor, change.kind, change.before) == (
        "ana",
        Kind.BODY,
        ((ad, Kind.BOILERPLATE),),
    )
    assert change.version == store.document("story").version
    with pytest.raises(NotFoundError):
        store.set_segment_kinds(doc_id, 1, [ad, 99_999], Kind.BOILERPLATE, actor="bob")
    assert len(store.kind_changes(doc_id)) == 1  # refused whole: nothing changed or recorded
    assert [s.kind for s in store.segments("story") if s.id == ad] == [Kind.BODY]


def test_restore_cli_marks_a_segment_and_re_aligns(tmp_path: Path) -> None:
    from workbench.cli import app

    db = str(tmp_path / "w.db")
    store = Store.open(db)
    ad, _ = _ingested(store, tmp_path)
    store.close()
    runner = CliRunner()
    listed = runner.invoke(app, ["segments", "story", "--kind", "boilerplate", "--db", db])
    assert "Publicité" in listed.output
    signed = ["--reviewer", "ana", "--db", db]
    result = runner.invoke(
        app, ["restore", "story", str(ad), "--as", "body", "--encoder", "none", *signed]
    )
    assert result.exit_code == 0, result.output
    assert "1 segment marked body" in result.output
    assert "aligned again" in result.output
    listed = runner.invoke(app, ["segments", "story", "--kind", "boilerplate", "--db", db])
    assert "Publicité" not in listed.output


def test_restore_cli_refuses_an_unknown_kind(tmp_path: Path) -> None:
    from workbench.cli import app

    result = CliRunner().invoke(
        app, ["restore", "story", "1", "--as", "poem", "--db", str(tmp_path / "w.db")]
    )
    assert result.exit_code == 2  # a usage error (tests/test_cli.py)
    assert "'poem' is not one of 'body'" in result.output


def test_segments_refuses_an_unknown_kind_instead_of_listing_nothing(tmp_path: Path) -> None:
    from workbench.cli import app

    result = CliRunner().invoke(
        app, ["segments", "story", "--kind", "nonsense", "--db", str(tmp_path / "w.db")]
    )
    assert result.exit_code == 2  # a usage error (tests/test_cli.py)
    assert (
        "'nonsense' is not one of 'body', 'heading', 'caption', 'boilerplate', 'footnote'"
        in result.output
    )


@pytest.mark.parametrize(
    ("line", "teaser"),
    [
        ("Lire aussi : Logement neuf : les permis de construire au plus bas depuis 1995", True),
        ("À lire aussi : Métro de Toulouse : le tunnelier a traversé la Garonne", True),
        ("Read more: Island hospital to lose maternity unit under new plans", True),
        ("Leer más: El Senado archiva la reforma laboral", True),
        ("Leggi anche: Sanità, mancano 200 infermieri negli ospedali", True),
        ("Leia também: Fila de navios no porto chega a 80 embarcações", True),
        ("Lesen Sie auch: Containerumschlag im Hafen bricht ein", True),
        # A sentence of the article that only mentions reading, or has a colon.
        ("Read more carefully: the council says the plan will be published next week.", False),
        ("Le ministre a prévenu : la réforme sera votée avant l'été.", False),
        ("Lire aussi", False),  # a heading alone is the related-list rule's business
    ],
)  # fmt: skip
def test_an_inline_teaser_is_a_related_label_then_a_headline(line: str, teaser: bool) -> None:
    assert debris_lines.is_inline_teaser(line) is teaser


@pytest.mark.parametrize(
    ("line", "alone", "credited"),
    [
        ("Photo DDR – Xavier de Fenoyl", True, False),
        ("Foto: EFE", True, False),
        ("Ein Güterzug verlässt den Hafen. Foto: Markus Scholz/dpa", False, True),
        ("The former dairy site seen from Mill Lane. Picture: Harbour Gazette", False, True),
        # A caption under its label with its own credit after it is a caption, not a credit.
        ("Bild: Lilla Vreta sommaren 1978. Foto: föreningens arkiv", False, True),
        ("Photos are saved separately: check that they are backed up.", False, False),
    ],
)  # fmt: skip
def test_a_credit_alone_is_debris_and_a_credited_caption_is_text(
    line: str, alone: bool, credited: bool
) -> None:
    assert debris_lines.is_credit_alone(line) is alone
    assert debris_lines.has_photo_credit(line) is credited
    assert debris.boilerplate_mask([*STORY_FR[:2], line, *STORY_FR[2:]], [False] * 6)[2] is alone


def test_a_spanish_wire_story_keeps_its_dateline_in_the_first_sentence(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "efe.txt"
    path.write_text(
        "\n".join([
            "Portada > Economía",
            "El Gobierno aprueba un plan para los regadíos",
            "MADRID, 3 mar (EFE).- El Consejo de Ministros aprobó este martes un plan de 2.000 "
            "millones de euros para modernizar los regadíos.",
            "Las organizaciones agrarias valoraron la medida, aunque llega tarde.",
            "Leer más: La sequía reduce un 30 % la cosecha de cereal",
            "Los ecologistas advierten de que modernizar el riego no garantiza un ahorro real.",
        ]),
        encoding="utf-8",
    )  # fmt: skip
    [result] = pipeline.ingest_paths(store, [path]).files
    assert result.warning is None
    kinds = {s.text: s.kind for s in store.segments("efe")}
    first = next(t for t in kinds if t.startswith("MADRID"))
    assert first.endswith("modernizar los regadíos.") and kinds[first] is Kind.BODY
    assert kinds["Leer más: La sequía reduce un 30 % la cosecha de cereal"] is Kind.BOILERPLATE


def test_a_document_drafted_by_mt_alone_keeps_its_drafts_when_debris_is_restored(
    store: Store, tmp_path: Path
) -> None:
    from workbench.pipeline.alignment import alignment_for, apply
    from workbench.pipeline.debris import set_segment_kinds
    from workbench.pipeline.mt_alignment import ensure_alignment
    from workbench.review import Edit, draft_of

    page = tmp_path / "story.txt"
    page.write_text(PAGE_FR, encoding="utf-8")
    pipeline.ingest_paths(store, [page])
    [ad] = [s.id for s in store.segments("story") if s.text == "Publicité"]
    # No counterpart text at all: `fill` makes one bead per sentence, a reviewer drafts one.
    alignment = ensure_alignment(store, "story", "es", "ana")
    first = store.beads(alignment.id)[0]
    draft = draft_of(first, cp_text="Texto de la revisora.", status=Status.DRAFT, origin="human")
    apply(store, alignment.id, Edit("edit", {first.id: first.version}, (draft,), ""), "ana")

    report = set_segment_kinds(store, "story", [ad])

    [redone] = report.realigned
    beads = store.beads(alignment_for(store, "story", "es").id)
    assert beads[0].fr == (ad,) and not beads[0].cp_text  # the restored line waits for `fill`
    assert (beads[1].fr, beads[1].cp_text) == (first.fr, "Texto de la revisora.")
    assert redone.beads == len(beads) == len(STORY_FR) + 1


def test_restoring_gives_the_kinds_back_when_an_alignment_cannot_be_redone(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workbench.model import InputError
    from workbench.pipeline import alignment
    from workbench.pipeline.debris import set_segment_kinds

    ad, doc_id = _ingested(store, tmp_path)
    before = store.beads(alignment.alignment_for(store, "story", "en").id)

    def refuse(*_: object, **__: object) -> None:  # fault injection: the aligner gives up
        raise InputError("the original is gone")

    monkeypatch.setattr(alignment, "align_document", refuse)
    with pytest.raises(InputError, match="the original is gone"):
        set_segment_kinds(store, "story", [ad], actor="ana")

    assert [s.kind for s in store.segments("story") if s.id == ad] == [Kind.BOILERPLATE]
    assert store.beads(alignment.alignment_for(store, "story", "en").id) == before
    # Both changes are signed events, newest first: the restore and its reversal.
    assert [c.kind for c in store.kind_changes(doc_id)] == [Kind.BOILERPLATE, Kind.BODY]


@pytest.mark.parametrize(
    ("lines", "names"),
    [
        (["By Rachel Dunn", "Rachel Dunn is the industry correspondent."], {"Rachel Dunn"}),
        (["Por Tomás Herrera"], {"Tomás Herrera"}),
        (["Par Hélène Marchand, à Dijon"], {"Hélène Marchand"}),
        (["By Luis Andrade, Associated Press"], {"Luis Andrade"}),
        (["by the way, this is a sentence."], set()),  # no capitalised name
        (["By Cher"], set()),  # one word: too weak to look for elsewhere
    ],
)
def test_byline_names_are_the_capitalised_words_after_by(lines: list[str], names: set[str]) -> None:
    assert byline_names(lines) == names


def test_an_author_box_names_the_byline_s_author_again() -> None:
    texts = ["Por Tomás Herrera", *ARTICLE_EN[:3], "Tomás Herrera es biólogo del Centro Marino."]
    column = FEATURES.index("names_author")
    flags = [row[column] for row in line_features(texts, [LineContext()] * len(texts), "es")]
    assert flags == [0.0, 0.0, 0.0, 0.0, 1.0]


@pytest.mark.parametrize(
    ("text", "hits"),
    [
        # A long sentence of an article may say "recommended": only strong kinds count.
        ("La thérapie cognitivo-comportementale de l'insomnie est aujourd'hui le traitement "
         "recommandé en première intention.", 0),
        ("Recommended for you", 1),  # short: every kind counts
        ("By continuing to browse this site, you agree that we and our partners use cookies "
         "on it.", 1),  # consent is a strong kind, at any length
    ],
)  # fmt: skip
def test_chrome_vocabulary_counts_against_a_sentence_by_its_length(text: str, hits: int) -> None:
    assert chrome_hits(text) == hits


@pytest.mark.parametrize(
    ("line", "alone"),
    [
        ("Preparazione: 20 minuti", False),  # a recipe's cooking time
        ("Cottura: 2 ore", False),
        ("3 hours ago", True),  # how long ago: a dateline
        ("il y a 2 heures", True),
        ("hace 3 horas", True),
        ("5 min read", True),  # a reading time
        ("12 janvier 2026", True),
    ],
)
def test_a_length_of_time_is_a_date_only_as_an_age_or_a_reading_time(
    line: str, alone: bool
) -> None:
    from workbench.ingest.debris_features import is_date_alone

    assert is_date_alone(line) is alone


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Imagen: La Laguna Capri a primera hora de la mañana. © Rumbo Austral", True),
        ("Légende : le maire inaugure la nouvelle ligne de tramway.", True),
        ("Photo: John Smith for The New York Times.", False),  # a credit names people
        ("Foto: EFE", False),
    ],
)
def test_a_labelled_caption_is_told_from_a_credit(line: str, caption: bool) -> None:
    assert debris_lines.is_labelled_caption(line) is caption


RECIPE_INTRO = [
    "Chez nous, le gratin dauphinois est le plat du dimanche d'hiver, cuit doucement.",
    "Ma grand-mère n'y mettait jamais de fromage et elle avait bien raison.",
]
INGREDIENTS = [
    "Ingrédients",
    "1,2 kg de pommes de terre à chair farineuse",
    "50 cl de lait entier",
    "2 gousses d'ail",
    "Instructions",
]
RECIPE_STEPS = [
    "Préchauffez le four à 160 °C et frottez un grand plat avec une gousse d'ail.",
    "Versez le tout dans le plat, nappez de crème et enfournez pour une heure.",
]


def test_a_list_between_the_article_s_paragraphs_is_its_own() -> None:
    texts = [*RECIPE_INTRO, *INGREDIENTS, *RECIPE_STEPS]
    contexts = [LineContext(bullet=1 < i < 6) for i in range(len(texts))]
    listed = debris_boxes.article_lists(texts, contexts, "fr", [False] * len(texts))
    assert listed == [False, False, True, True, True, True, True, False, False]
    assert debris.boilerplate_mask(texts, [c.bullet for c in contexts], "fr", contexts) == [
        False
    ] * len(texts)


@pytest.mark.parametrize(
    ("texts", "why"),
    [
        (["Accueil", "Entrées", "Plats", *RECIPE_STEPS], "a menu leads to the text"),
        ([*RECIPE_STEPS, "Tartiflette au reblochon", "Soupe de potiron"], "related links follow"),
        ([*RECIPE_INTRO, "Daniel Ortiz", "Jean-Baptiste Moreau", *RECIPE_STEPS], "names alone"),
        ([*RECIPE_INTRO, "Accueil | Plats | Desserts", *RECIPE_STEPS], "a separated menu"),
    ],
)
def test_chrome_is_never_taken_for_an_article_list(texts: list[str], why: str) -> None:
    contexts = [LineContext() for _ in texts]
    assert not any(debris_boxes.article_lists(texts, contexts, "fr", [False] * len(texts))), why


def test_an_article_list_of_links_is_not_the_article_s() -> None:
    texts = [*RECIPE_INTRO, "Tartiflette au reblochon", "Soupe de potiron", *RECIPE_STEPS]
    contexts = [LineContext(links=1.0 if i in (2, 3) else 0.0) for i in range(len(texts))]
    assert not any(debris_boxes.article_lists(texts, contexts, "fr", [False] * len(texts)))


PAIRS = Path(__file__).resolve().parent.parent / "bench" / "data" / "pairs"


def test_a_comment_count_under_the_byline_never_takes_the_article(store: Store) -> None:
    # A WordPress theme prints "5 comments" under "Posted by … on 24 November 2026"; the
    # thread's form ("Leave a reply") comes 13 lines later, after the whole article.
    path = PAIRS / "blind12-repaircafe.en.txt"
    [result] = pipeline.ingest_paths(store, [path]).files
    assert result.warning is None, result.warning
    segments = store.segments(path.stem)
    text = " ".join(s.text for s in segments if s.kind is not Kind.BOILERPLATE)
    for sentence in [
        "The repair café at St Werburgh's community centre in Bristol mended its five",
        "About thirty volunteers take part",
        "The most common repairs are vacuum cleaners and bicycle brakes.",
        "The next session is on 26 December.",
    ]:
        assert sentence in text


# A page's header is many short lines, its article few long ones: by lines, "5 comments" under
# the byline lies past a third of the page; by words, in its first quarter.
HEADER = ["Skip to content", "Valley Post", "Home | News | Events | Contact", "Sport", "Opinion",
          "Community", "Weather", "A bridge reopens after two years"]  # fmt: skip


@pytest.mark.parametrize(
    ("above", "count", "why"),
    [
        (["Posted by Jane Doe on 24 November 2026"], "5 comments", "beside a dated byline"),
        (["By Jane Doe", "24 November 2026"], "12 Comments", "beside a date alone"),
        (["By Jane Doe"], "5 comments", "in the first third of the page's words"),
        (["Publié par Jeanne Dupont le 24 novembre 2026"], "3 commentaires", "beside a byline"),
    ],
)  # fmt: skip
def test_a_comment_count_at_the_top_of_the_story_opens_no_thread(
    above: list[str], count: str, why: str
) -> None:
    texts = [*HEADER, *above, count, *ARTICLE_EN[:5], "Leave a reply", "© 2026 Valley Post"]
    mask = debris_regions.region_mask(texts, [False] * len(texts))
    story = len(HEADER) + len(above) + 1
    assert not any(mask[story : story + 5]), why


@pytest.mark.parametrize(
    ("prose_before", "prose_inside", "taken"),
    [
        # A thread under a long article: the smaller part of the prose goes.
        (5, 2, True),
        (3, 2, True),
        # A region as long as the rest of the prose, or longer, is the article.
        (2, 2, False),
        (1, 5, False),
        (0, 3, False),
    ],
)  # fmt: skip
def test_no_region_rule_takes_most_of_the_pages_prose(
    prose_before: int, prose_inside: int, taken: bool
) -> None:
    # A region closed on both ends ("48 Comments" … "Leave a Reply") far down a page, holding
    # `prose_inside` lines of prose, with `prose_before` lines of the article above it.
    filler = ["Home", "News", "Sport", "Weather", "Contact", "About", "Jobs", "Shop"] * 8
    texts = [*filler, *ARTICLE_EN[:prose_before], "48 Comments",
             *ARTICLE_EN[5 : 5 + prose_inside], "Leave a Reply"]  # fmt: skip
    start = len(filler) + prose_before
    mask = debris_regions.region_mask(texts, [False] * len(texts))
    # The heading and the prose under it (the form may go on its own, as a footer's opener).
    assert mask[start : start + prose_inside + 1] == [taken] * (prose_inside + 1)


@pytest.mark.parametrize(
    ("last", "taken"),
    [
        # blind23-almadraba's second related headline, over the article's next paragraphs.
        ("El temporal de poniente obliga a amarrar la flota en el puerto de Barbate", True),
        ("Inside the seed vault at the top of the world", True),
        # The article's own subheading after the list: a question, or a subheading's length.
        ("Et les somnifères ?", False),
        ("Ce qui change pour vous", False),
    ],
)  # fmt: skip
def test_a_related_list_amid_the_prose_takes_its_last_headline_not_a_subheading(
    last: str, taken: bool
) -> None:
    label, first = "Te puede interesar", "Conil estrena la ruta del atún con 32 bares participantes"
    texts = [*ARTICLE_EN[:4], label, first, last, *ARTICLE_EN[4:8]]
    mask = debris_regions.region_mask(texts, [False] * len(texts))
    assert mask[4:7] == [True, True, taken]
    assert not any(mask[7:]) and not any(mask[:4])


def test_a_menu_under_a_cookie_button_takes_no_title_over_the_article() -> None:
    # Held-out 4: a banner's "En savoir plus" over the site's menu, then the article's title.
    menu = ["Éditions locales", "Avis de décès", "Mon compte", "Économie Abonnés"]
    title = "Saint-Flour : la fromagerie Delmas reprise par ses salariés"
    texts = ["En savoir plus", *menu, title, *ARTICLE_EN[:4]]
    mask = debris_regions.region_mask(texts, [False] * len(texts))
    assert mask[: 1 + len(menu)] == [True] * (1 + len(menu))
    assert not any(mask[1 + len(menu) :])


def test_a_related_list_s_teasers_inside_its_items_are_debris_and_an_article_s_steps_stay() -> None:
    # blind32-pigeonloft: each item a linked headline with its teaser in a <p> of its own; the
    # teaser is a line of the item (a bullet) as the headline is. A how-to's steps set the same
    # way, under the article's own heading, stay the article's.
    article = "".join(f"<p>{line}</p>" for line in ARTICLE_EN)
    teasers = ["Inside the fiercest vegetable show in the North East.",
               "Volunteers restore a colliery landmark.",
               "Life when the tide cuts you off twice a day."]  # fmt: skip
    heads = ["The leek growers of Bedlington", "Saving Woodhorn's winding wheel",
             "A year on Holy Island"]  # fmt: skip
    steps = [
        "Fill each pot with damp compost and press it down lightly with your fingers.",
        "Sow two seeds in every pot and cover them with a thin layer of sieved compost.",
        "Keep the pots on a sunny windowsill and water them from below every other day.",
    ]
    items = "".join(
        f'<li><a href="#">{h}</a><p>{t}</p></li>' for h, t in zip(heads, teasers, strict=True)
    )
    how = "".join(f"<li><p>{s}</p></li>" for s in steps)
    page = (f"<html><body><main><h1>A seed library in a telephone box</h1>{article}"
            f"<h2>How to sow the seeds</h2><ol>{how}</ol>"
            f"<h3>You might also like</h3><ul>{items}</ul></main></body></html>")  # fmt: skip
    found = kinds(page, ".html")
    assert {found[line] for line in [*heads, *teasers]} == {Kind.BOILERPLATE}
    assert {found[line] for line in [*ARTICLE_EN, *steps]} == {Kind.BODY}


def test_a_live_blog_s_last_entry_over_the_comments_stays_the_article_s() -> None:
    # newcomer32: the oldest entry ("09:30", its text, "Partager") read as a comment's header
    # and text, closed by the first comment's "Répondre" under the thread's heading
    entries = [("10:42", "La DGAC demande aux compagnies de réduire de moitié leurs vols jeudi."),
               ("10:15", "À Roissy, plus de 300 vols ont été annulés depuis ce matin."),
               ("09:30", "Bonjour et bienvenue dans ce direct consacré à la grève.")]  # fmt: skip
    posts = "".join(
        f'<div class="live-post"><time>{t}</time><p>{p}</p><div class="share"><a>Partager</a>'
        "</div></div>"
        for t, p in entries
    )
    page = (
        "<html><body><main><h1>EN DIRECT – Grève des contrôleurs aériens</h1>"
        f'{posts}</main><section class="comments"><h3>Réagissez</h3><div><b>Pierre</b>'
        "<p>Encore une grève, comme chaque été.</p><a>Répondre</a></div></section>"
        "<footer><p>© Le Quotidien 2026</p></footer></body></html>"
    )
    found = kinds(page, ".html")
    assert {found[text] for _, text in entries} == {Kind.BODY}
    assert found["Encore une grève, comme chaque été."] is Kind.BOILERPLATE


def test_a_restored_line_in_another_language_is_said_to_be_in_no_bead(tmp_path: Path) -> None:
    """newcomer36 LOW 9: an English photo credit given back to a French page's text stayed
    in no bead (a side takes its own language's lines only) and `restore` said nothing but
    "1 segment marked body": now one note says so, beside the line that it aligned again."""
    from workbench.cli import app
    from workbench.model import Sentence
    from workbench.pipeline.alignment import align_document

    db = str(tmp_path / "w.db")
    store = Store.open(db)
    credit = "Photo: Lighthouse Heritage Trust / J. Rowe"
    sentences = [Sentence(t, Kind.BODY, "fr", i) for i, t in enumerate(STORY_FR)]
    sentences.append(Sentence(credit, Kind.BOILERPLATE, "en", len(sentences)))
    store.store_file(
        name="story", path="/c/story.fr.txt", lang="fr", encoding="utf-8", sha256="b" * 64,
        size=1, sentences=sentences,
    )  # fmt: skip
    en = tmp_path / "story-en.txt"
    en.write_text("\n".join(ARTICLE_EN[:5]), encoding="utf-8")
    align_document(store, "story", "en", original_path=en)
    [line] = [s.id for s in store.segments("story") if s.text == credit]
    store.close()

    result = CliRunner().invoke(
        app, ["restore", "story", str(line), "--encoder", "none", "--reviewer", "ana",
              "--db", db],
    )  # fmt: skip

    assert result.exit_code == 0, result.output
    assert "1 segment marked body" in result.output
    assert (
        f'note: story: segment {line} (en: "{credit}") is read as another language than fr, '
        "and an alignment takes only its sides' own languages: it is in no bead and will not "
        "be exported"
    ) in result.output


def test_a_restored_line_in_the_page_language_is_aligned_without_a_note(tmp_path: Path) -> None:
    from workbench.cli import app

    db = str(tmp_path / "w.db")
    store = Store.open(db)
    ad, _ = _ingested(store, tmp_path)
    store.close()
    result = CliRunner().invoke(
        app, ["restore", "story", str(ad), "--encoder", "none", "--reviewer", "ana", "--db", db]
    )
    assert result.exit_code == 0, result.output
    assert "note:" not in result.output
