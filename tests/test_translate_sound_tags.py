"""A subtitle's sound descriptions in capitals are translated lower-cased, its labels kept.

"[CRAQUEMENT DE LA GLACE]" was drafted "[CRAQUEMENT OF THE ICE CREAM]" at an estimate of
1.000: capitals read as names to the engine, and as names to the untranslated-words
check. The Apertium rows run the real engine.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from workbench.pipeline.leftovers import draft_vocabulary
from workbench.quality.untranslated import find_untranslated
from workbench.translate.registry import get_translator
from workbench.translate.sound_tags import SoundTagTranslator, lowered, pieces

needs_apertium = pytest.mark.skipif(
    shutil.which("apertium") is None or not Path("/usr/share/apertium/modes/fr-es.mode").exists(),
    reason="needs Debian packages apertium and apertium-fr-es",
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[CRAQUEMENT DE LA GLACE]", [("tag", "[craquement de la glace]")]),
        ("(ESSOUFFLÉE) Douze mètres de glace.",
         [("tag", "(essoufflée)"), ("prose", "Douze mètres de glace.")]),
        ("- PAUL : Tu es prête ? - LENOIR : Presque.",
         [("label", "- PAUL :"), ("prose", "Tu es prête ?"), ("label", "- LENOIR :"),
          ("prose", "Presque.")]),
        ("NARRATOR: At dawn.", [("label", "NARRATOR:"), ("prose", "At dawn.")]),
        # not tags: lower case inside, an acronym, a list's letter, music notes
        ("Le traité (UE) dit (voir annexe).", [("prose", "Le traité (UE) dit (voir annexe).")]),
        ("(A) Remplir le formulaire.", [("prose", "(A) Remplir le formulaire.")]),
        ("♪ Musique mélancolique ♪", [("prose", "♪ Musique mélancolique ♪")]),
        ("NASA a lancé la fusée.", [("prose", "NASA a lancé la fusée.")]),
    ],
)  # fmt: skip
def test_a_cue_is_cut_into_tags_labels_and_prose(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert pieces(text) == expected


@needs_apertium
@pytest.mark.parametrize(
    ("text", "draft"),
    [
        ("[VENT QUI SOUFFLE]", "[VIENTO QUE SOPLA]"),  # as written: "[VIENTO QUE SOPLA]" too
        ("[RIRES]", "[RISAS]"),
        ("[MUSIQUE DRAMATIQUE]", "[MÚSICA DRAMÁTICA]"),
        ("- PAUL : Tu es prête ?", "- PAUL : Eres listo ?"),  # the label is the reviewer's
    ],
)
def test_apertium_translates_a_tag_lower_cased_and_its_capitals_come_back(
    text: str, draft: str
) -> None:
    [out] = SoundTagTranslator(get_translator("fr", "es", "apertium")).translate_batch([text])
    assert out.text == draft


@needs_apertium
def test_a_text_without_tags_is_drafted_as_the_engine_drafts_it() -> None:
    engine = get_translator("fr", "es", "apertium")
    texts = ["Mais sous la neige, la glace bouge.", "Regardez où elle est maintenant."]
    wrapped = SoundTagTranslator(engine).translate_batch(texts)
    assert [t.text for t in wrapped] == [t.text for t in engine.translate_batch(texts)]


@needs_apertium
@pytest.mark.parametrize(
    ("source", "draft", "left"),
    [
        ("[CRAQUEMENT DE LA GLACE]", "[CRAQUEMENT DEL HELADO]", ["craquement"]),
        ("[TONNERRE AU LOIN]", "[TONNERRE A LO LEJOS]", ["tonnerre"]),
        ("[RIRES]", "[RISAS]", []),
    ],
)
def test_a_tags_words_left_in_french_are_found_once_lower_cased(
    source: str, draft: str, left: list[str]
) -> None:
    """What `estimate_drafts` halves the estimate for, once per word (in capitals, none)."""
    vocabulary = draft_vocabulary("es", "apertium", "fr-es")
    assert vocabulary is not None
    try:
        assert find_untranslated([(source, draft)], vocabulary, {0}) == [[]]
        assert find_untranslated([(lowered(source), lowered(draft))], vocabulary, {0}) == [left]
    finally:
        vocabulary.close()
