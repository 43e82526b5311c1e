"""People's names go through Apertium untranslated, as superblanks (run for real)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import needs_apertium
from workbench.translate import get_translator
from workbench.translate.apertium import ApertiumTranslator, list_modes
from workbench.translate.apertium_names import (
    AMBIGUOUS,
    COMMON,
    NAME,
    PROPER,
    UNKNOWN,
    mark,
    protected_spans,
    readings,
)

needs_eng_spa = pytest.mark.skipif(
    not Path("/usr/share/apertium/modes/spa-eng.mode").exists(),
    reason="needs Debian package apertium-eng-spa",
)
EMPTY = Path("/nonexistent-models")  # no Argos package: Apertium serves every pair

# How fr-es's analyser reads these words (`ApertiumTranslator.name_readings` asks it).
READINGS = {
    "Julie": NAME, "Jean": AMBIGUOUS, "Charles": NAME, "Pierre": AMBIGUOUS, "Vladimir": NAME,
    "Poutine": NAME, "Kim": NAME, "Il": COMMON, "Sung": UNKNOWN, "Gaulle": NAME,
    "Marchand": COMMON, "Boulanger": COMMON, "Valéry": NAME, "Giscard": UNKNOWN,
    "Kent": PROPER, "Dupont": UNKNOWN, "Martin": NAME, "Boucher": COMMON, "Leblanc": NAME,
    "Diario": UNKNOWN, "Sur": COMMON, "World": UNKNOWN, "Economic": UNKNOWN, "Outlook": UNKNOWN,
    "Qwerty": UNKNOWN,
}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "protected"),
    [
        ("Il a vu Julie Marchand hier.", ["Marchand"]),  # the first name stays a word
        ("Jean Boulanger est venu.", ["Jean Boulanger"]),  # Jean may be jeans
        ("Vladimir Poutine et Kim Il Sung.", ["Il Sung"]),  # Poutine → Putin: Apertium's
        ("Charles de Gaulle, Valéry Giscard d'Estaing.", ["Giscard d'Estaing"]),
        ("M. Boucher et Mme Leblanc sont là.", ["Boucher"]),
        ("Le docteur Martin Leblanc.", []),  # Apertium keeps both as they are
        ("Les pêcheurs de Pierre.", []),  # a first name alone may be a common word
        ("Julie arrive dans le Kent.", []),
        ("Julie Marchand.", ["Marchand"]),
        ("[Jean Dupont] et Julie Dupont-Marchand^2", ["Jean Dupont", "Dupont-Marchand"]),
        # a name in another language: its first word unknown, the rest go with it
        ("Cet article est paru dans Diario del Sur.", ["Diario del Sur"]),
        ("Le rapport World Economic Outlook.", ["World Economic Outlook"]),
        ("Un mot Qwerty inconnu.", []),  # an unknown word alone is Apertium's to copy
    ],
)
def test_protected_spans(text: str, protected: list[str]) -> None:
    spans = protected_spans(text, lambda word: READINGS.get(word, ""))
    assert [text[start:end] for start, end in spans] == protected


@needs_apertium
def test_readings_of_the_fr_es_analyser() -> None:
    [mode] = [mode for mode in list_modes() if mode.name == "fr-es"]
    translator = ApertiumTranslator(mode)
    said = translator.name_readings(["Julie Marchand, Jean Qwerty, Kim Jong-un, Poutine."])
    assert said == {
        "Julie": NAME, "Marchand": COMMON, "Jean": AMBIGUOUS, "Qwerty": UNKNOWN,
        "Kim": NAME, "Jong-un": COMMON, "Poutine": NAME,
    }  # fmt: skip
    assert readings(["Paris"], "^Paris/Paris<np><loc>$") == {"Paris": PROPER}


@needs_apertium
@pytest.mark.parametrize(
    ("french", "without", "spanish"),
    [
        (
            "Jean Boulanger est venu avec Julie Marchand et M. Boucher.",
            "Tejanos Panadero está venido con Julie Comerciante y M. Boucher.",
            "Jean Boulanger está venido con Julie Marchand y M. Boucher.",
        ),
        (  # a Spanish paper's name in a French sentence (newcomer37 LOW 20)
            "Cet article est paru dans Diario del Sur.",
            "Este artículo está aparecido en Diario del Sobre.",
            "Este artículo está aparecido en Diario del Sur.",
        ),
        (
            "Les pêcheurs ont vu la France et Paris.",  # places: Apertium's to translate
            "Los arrantzales han visto Francia y París.",
            "Los arrantzales han visto Francia y París.",
        ),
        (  # the characters of the marks never reach Apertium (`clean_text`)
            "Julie Marchand \ue0000\ue001.",
            "Julie Comerciante 0.",
            "Julie Marchand 0.",
        ),
        (
            "Une phrase avec ^$ [crochets] \\ @ / < > et [Jean Boulanger]^2.",
            "Una frase con ^$ [ganchos] \\ @ / < > y [Tejanos Panadero]^2.",
            "Una frase con ^$ [ganchos] \\ @ / < > y [Jean Boulanger]^2.",
        ),
    ],
)
def test_names_pass_through_fr_es(french: str, without: str, spanish: str) -> None:
    [mode] = [mode for mode in list_modes() if mode.name == "fr-es"]
    off = ApertiumTranslator(mode, keep_names=False)
    translator = get_translator("fr", "es", "apertium", EMPTY)
    try:
        assert [t.text for t in off.translate_batch([french, french])] == [without] * 2
        assert [t.text for t in translator.translate_batch([french, french])] == [spanish] * 2
    finally:
        off.close()


@needs_apertium
@needs_eng_spa
def test_names_pass_through_the_pivot_to_english() -> None:
    translator = get_translator("fr", "en", "apertium", EMPTY)
    [result] = translator.translate_batch(
        ["Charles de Gaulle a parlé à Jean Boulanger et à Julie Marchand."]
    )
    for name in ("Charles de Gaulle", "Jean Boulanger", "Julie Marchand"):
        assert name in result.text


@needs_apertium
@needs_eng_spa
def test_a_name_in_another_language_passes_both_legs_of_the_pivot() -> None:
    # fr→es keeps "Diario del Sur" (its analyser does not know "Diario"); es→en's knows
    # every word of it as Spanish and wrote "south Newspaper" until the pivot told it
    translator = get_translator("fr", "en", "apertium", EMPTY)
    french = ["Cet article est paru dans Diario del Sur.", "Le Sur est un vent."]

    paper, wind = (t.text for t in translator.translate_batch(french))

    assert "Diario del Sur" in paper
    assert "Sur" not in wind  # kept in the sentence that named it, not everywhere


def test_names_to_keep_are_marked_where_they_stand_as_whole_words() -> None:
    texts = ["Este artículo está aparecido en Diario del Sur.", "Surf en Diario del Surco."]

    every_word_known = lambda word: COMMON  # noqa: E731  (as es→en's analyser reads them)
    marked, names = mark(texts, every_word_known, [["Diario del Sur"]] * 2)

    assert names == ["Diario del Sur"]
    assert marked[1] == texts[1]
