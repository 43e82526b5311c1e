"""A caption that holds the photo's original caption and its translation in one element.

A French page keeps a Spanish collector's caption and adds its translation in brackets,
in one ``<figcaption>``; the English original does the same. Until session 41 each
caption took one language for both halves (newcomer38 MEDIUM 5): the French page's
Spanish half was French (drafted by MT as French, lost to `align --to es`), and the
English page's English half was Spanish (in no bead, silently). Now each half is a
caption in its own language.
"""

from __future__ import annotations

from pathlib import Path

from workbench.pipeline.alignment import align_document
from workbench.pipeline.documents import ingest_file
from workbench.store import Store

SPANISH = "Paludier recogiendo sal en Guérande, en 1962."
FRENCH = "(Un paludier récolte le sel à Guérande, en 1962.)"
ENGLISH = "(A salt worker harvesting salt in Guérande, 1962.)"


def _page(lang: str, title: str, intro: str, caption: str, outro: str) -> str:
    return (
        f'<html lang="{lang}"><body><article><h1>{title}</h1><p>{intro}</p>'
        f'<figure><img src="a.jpg"><figcaption>{caption}</figcaption></figure>'
        f"<p>{outro}</p></article></body></html>"
    )


FR_PAGE = _page(
    "fr", "Une exposition sur les marais salants",
    "Le musée de Guérande présente jusqu'en mars une exposition consacrée aux paludiers. "
    "Elle réunit 80 photographies prises entre 1950 et 1980.",
    f"{SPANISH} {FRENCH}",
    "Les clichés ont été prêtés par un collectionneur espagnol, Luis Ortega. "
    "Ses légendes d'origine, en espagnol, ont été conservées.",
)  # fmt: skip
EN_PAGE = _page(
    "en", "An exhibition on the salt marshes",
    "The Guérande museum is showing an exhibition on salt workers until March. "
    "It brings together 80 photographs taken between 1950 and 1980.",
    f"{SPANISH} {ENGLISH}",
    "The pictures were lent by a Spanish collector, Luis Ortega. "
    "His original captions, in Spanish, have been kept.",
)  # fmt: skip


def _languages(store: Store, name: str) -> dict[str, str]:
    return {s.text: s.lang for s in store.segments(name)}


def test_each_half_of_a_two_language_caption_has_its_own_language(
    store: Store, tmp_path: Path
) -> None:
    (tmp_path / "expo.fr.html").write_text(FR_PAGE, encoding="utf-8")
    (tmp_path / "expo.en.html").write_text(EN_PAGE, encoding="utf-8")
    assert ingest_file(store, tmp_path / "expo.fr.html").error is None
    assert ingest_file(store, tmp_path / "expo.en.html").error is None
    french, english = _languages(store, "expo.fr"), _languages(store, "expo.en")
    assert (french[SPANISH], french[FRENCH]) == ("es", "fr")
    assert (english[SPANISH], english[ENGLISH]) == ("es", "en")


def test_the_caption_translations_pair_and_the_spanish_is_left_for_the_captions(
    store: Store, tmp_path: Path
) -> None:
    (tmp_path / "expo.fr.html").write_text(FR_PAGE, encoding="utf-8")
    (tmp_path / "expo.en.html").write_text(EN_PAGE, encoding="utf-8")
    assert ingest_file(store, tmp_path / "expo.fr.html").error is None
    report = align_document(store, "expo.fr", "en", original_path=tmp_path / "expo.en.html")
    beads = store.beads(report.alignment.id)
    assert (FRENCH, ENGLISH) in [(b.fr_text, b.cp_text) for b in beads]
    assert all(b.fr and b.cp for b in beads), "a sentence left without its counterpart"
    assert not [b for b in beads if SPANISH in (b.fr_text, b.cp_text)]
    captions = align_document(store, "expo.fr", "es")
    pairs = [(b.fr_text, b.cp_text) for b in store.beads(captions.alignment.id) if b.cp]
    assert pairs == [(FRENCH, SPANISH)]


def test_a_caption_read_as_french_is_cut_only_where_the_other_half_says_the_same(
    store: Store, tmp_path: Path
) -> None:
    """A sentence read as another language is cut out of a French caption only when it
    says what the rest says (its numbers and one of its names): a short sentence taken
    for Spanish that says something else stays in the French caption, so no French
    sentence is lost to the alignment on a wrong guess."""
    saying = "El trabajo de la sal es duro pero hermoso."
    french = (
        "Un paludier récolte le sel dans les marais de Guérande, en 1962, au petit matin, "
        "avant que la chaleur ne rende le travail impossible sur les œillets."
    )
    page = _page(
        "fr", "Les marais salants", "Le musée présente une exposition consacrée aux paludiers.",
        f"{french} {saying}",
        "Les clichés ont été prêtés par un collectionneur espagnol.",
    )  # fmt: skip
    (tmp_path / "sel.fr.html").write_text(page, encoding="utf-8")
    assert ingest_file(store, tmp_path / "sel.fr.html").error is None
    langs = _languages(store, "sel.fr")
    assert (langs[french], langs[saying]) == ("fr", "fr")
