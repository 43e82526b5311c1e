"""What ingestion must find in the sample corpus: the ground truth of the foundation issue.

Each case names a sentence (by a piece of its text) and the kind and language
it must get. These are the facts a translator checks first.
"""

from __future__ import annotations

import pytest

from workbench.model import Kind, Segment
from workbench.store import Store

DOC_004 = "004_c5001f9aa01043f8"
DOC_001 = "001_4497bcf81f3b2004"
DOC_003 = "003_f7e50d4cada97fff"
DOC_002 = "002_765b164ab8e23b0a"
DOC_000 = "000_643066c2911256c7"


def _find(segments: list[Segment], piece: str) -> Segment:
    found = [s for s in segments if piece in s.text]
    assert found, f"no segment contains {piece!r}"
    return found[0]


SPANISH_CAPTIONS = [
    "El presidente de Rusia, Vladimir Putin, y el líder de Corea del Norte",
    "El líder norcoreano Kim Jong Un (d) y el presidente ruso Vladimir Putin",
    "El líder de Corea del Norte, Kim Jong Un, le da la mano",  # its "Pie de foto:" left out
    "El presidente ruso Vladimir Putin aterrizó en Corea del Norte",
    "En esta foto de archivo tomada el 30 de junio de 2019",
]
FRENCH_CAPTIONS = [
    "Le président russe Vladimir Poutine et le dirigeant nord-coréen Kim Jong Un se rencontrent",
    "Le dirigeant nord-coréen Kim Jong Un (à droite) et le président russe",
    "Le dirigeant nord-coréen Kim Jong Un serre la main du président russe",
    "Le président russe Vladimir Poutine a atterri en Corée du Nord le 19 juin",
    "Sur cette photo d'archives prise le 30 juin 2019",
]


@pytest.mark.parametrize("piece", SPANISH_CAPTIONS)
def test_004_spanish_photo_captions_are_spanish_captions(corpus_store: Store, piece: str) -> None:
    segment = _find(corpus_store.segments(DOC_004), piece)
    assert (segment.kind, segment.lang) == (Kind.CAPTION, "es")
    assert segment.text.startswith(piece)  # no label before the caption


def test_004_no_caption_keeps_its_label(corpus_store: Store) -> None:
    captions = [s.text for s in corpus_store.segments(DOC_004) if s.kind is Kind.CAPTION]
    assert len(captions) == 10
    assert not [t for t in captions if t.lower().startswith(("pie de foto", "légende", "photo"))]


@pytest.mark.parametrize("piece", FRENCH_CAPTIONS)
def test_004_french_caption_after_each_spanish_one_is_a_french_caption(
    corpus_store: Store, piece: str
) -> None:
    segment = _find(corpus_store.segments(DOC_004), piece)
    assert (segment.kind, segment.lang) == (Kind.CAPTION, "fr")


def test_004_has_exactly_five_spanish_segments_and_no_tag_anywhere(corpus_store: Store) -> None:
    """The five Spanish captions; the photo credit after each is a debris segment of its own
    ("AFP/VLADIMIR SMIRNOV"), in the caption's language, and so is the one label ("Pie de
    foto:"), right before its caption: kept in the document, out of the caption's text."""
    segments = corpus_store.segments(DOC_004)
    spanish = [s for s in segments if s.lang == "es"]
    assert [s.kind for s in spanish].count(Kind.CAPTION) == 5
    debris = [s.text for s in spanish if s.kind is Kind.BOILERPLATE]
    credits = [t for t in debris if t != "Pie de foto:"]
    assert len(credits) == 5 and all(c.startswith(("AFP/", "SPUTNIK/")) for c in credits)
    label = next(k for k, s in enumerate(segments) if s.text == "Pie de foto:")
    assert segments[label + 1].text.startswith(SPANISH_CAPTIONS[2])
    for s in segments:
        assert "<" not in s.text and ">" not in s.text, s.text


@pytest.mark.parametrize(
    "piece",
    [
        "La Russie se rapproche de la Corée du nord tout en gardant",
        'Poser les bases de relations bilatérales "à long terme"',
        "Les États-Unis observent les mouvements de Poutine avec inquiétude",
    ],
)
def test_004_table_of_contents_is_debris_and_its_headings_are_headings(
    corpus_store: Store, piece: str
) -> None:
    # Once in the numbered table of contents, debris by bench/data/pages/LABELS.md (the
    # original has its own), once as the heading over its prose.
    matching = [s for s in corpus_store.segments(DOC_004) if piece in s.text]
    assert [s.kind for s in matching] == [Kind.BOILERPLATE, Kind.HEADING]


def test_004_title_is_a_heading(corpus_store: Store) -> None:
    title = corpus_store.segments(DOC_004)[0]
    assert title.text.startswith("Poutine rencontre Kim Jong-un")
    assert title.kind is Kind.HEADING


@pytest.mark.parametrize(
    "piece",
    [
        "SE CONNECTER",
        "par Michael Nguyen",
        "8 commentaires",
        "SallyM septembre 13, 2023",
        "C’est un peu effrayant de penser",  # a reader comment
        "Répondre",
        "Laissez un commentaire",
        "Tu pourrais aussi aimer",
        "BNB – Big Big News est un portail",
        "logo-site-white",
        "©\u00a02023 BBN",  # a no-break space in the file, kept as written
        "fr_FRFrançais",
    ],
)
def test_001_web_debris_is_boilerplate(corpus_store: Store, piece: str) -> None:
    matching = [s for s in corpus_store.segments(DOC_001) if piece in s.text]
    assert matching, piece
    assert all(s.kind is Kind.BOILERPLATE for s in matching), [(s.kind, s.text) for s in matching]


def test_001_every_reader_comment_is_boilerplate(corpus_store: Store) -> None:
    segments = corpus_store.segments(DOC_001)
    start = _find(segments, "Tu pourrais aussi aimer").index
    assert all(s.kind is Kind.BOILERPLATE for s in segments[start:])


def test_001_english_image_caption(corpus_store: Store) -> None:
    segment = _find(corpus_store.segments(DOC_001), "Russia-North Korea Summit")
    assert (segment.kind, segment.lang) == (Kind.CAPTION, "en")


def test_001_article_body_stays_body(corpus_store: Store) -> None:
    segment = _find(corpus_store.segments(DOC_001), "Le dirigeant nord-coréen Kim Jong Un a promis")
    assert (segment.kind, segment.lang) == (Kind.BODY, "fr")


def test_003_teasers_of_other_stories_are_boilerplate(corpus_store: Store) -> None:
    teasers = [s for s in corpus_store.segments(DOC_003) if s.text.endswith("…")]
    assert len(teasers) == 6
    assert all(s.kind is Kind.BOILERPLATE for s in teasers)
    body = [s for s in corpus_store.segments(DOC_003) if s.kind is Kind.BODY]
    assert len(body) > 20


@pytest.mark.parametrize(
    "heading",
    [
        "Sommaire",
        "Visite historique et resserrement des liens",
        "Accueil chaleureux et cérémonie officielle",
        "Préoccupations concernant les armes",
        "Conclusion de la visite et perspectives",
    ],
)
def test_002_summary_and_section_titles_are_headings(corpus_store: Store, heading: str) -> None:
    segment = _find(corpus_store.segments(DOC_002), heading)
    assert segment.text == heading
    assert segment.kind is Kind.HEADING


def test_000_faq_questions_are_split_from_their_answers(corpus_store: Store) -> None:
    segments = corpus_store.segments(DOC_000)
    question = _find(segments, "1. Qu'est-il exactement arrivé")
    assert question.text == "1. Qu'est-il exactement arrivé entre Kim Jong-un et Vladimir Poutine ?"
    answer = segments[question.index + 1]
    assert answer.text.startswith("Kim Jong-un, le dirigeant de la Corée du Nord")


def test_000_cut_off_last_answer_is_kept_as_body(corpus_store: Store) -> None:
    last = corpus_store.segments(DOC_000)[-1]
    assert last.text.endswith("pourrait conduire à de nouvelles")
    assert last.kind is Kind.BODY


@pytest.mark.parametrize(
    ("doc", "sentence"),
    [
        (DOC_003, "En février, M. Poutine a offert à M. Kim une limousine russe de luxe, "
         "contrevenant aux sanctions de l’ONU."),
        (DOC_003, "Poutine a récemment visité la Corée du Nord pour la deuxième fois, la première "
         "étant en 2000 au début de son mandat présidentiel lorsque Kim Jong Il, le père de "
         "M. Kim, était encore le leader suprême."),
        (DOC_000, 'Poutine a répondu : "Nous vous attendons, venez nous rendre visite."'),
    ],
)  # fmt: skip
def test_sentences_are_not_split_at_abbreviations_or_quotes(
    corpus_store: Store, doc: str, sentence: str
) -> None:
    assert sentence in [s.text for s in corpus_store.segments(doc)]


def test_every_document_is_french(corpus_store: Store) -> None:
    docs = {d.name: d.lang for d in corpus_store.documents()}
    assert docs == {DOC_000: "fr", DOC_001: "fr", DOC_002: "fr", DOC_003: "fr", DOC_004: "fr"}
