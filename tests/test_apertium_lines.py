"""Every line of a batch gets its own translation from Apertium, never another line's.

Apertium reads a line without final punctuation as the start of a sentence that goes on
into the next line, and its transfer can move words across: fr→en put "tonnerre au
loin", "essoufflée" out as "tonnerre To the far drowned" and "" (subtitle cues and
headings often end so). Each line now goes through as a segment of its own.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from workbench.model import EngineError
from workbench.translate import get_translator
from workbench.translate.apertium import ApertiumTranslator, deformatted_lines
from workbench.translate.apertium_pipeline import Pipeline

MODES = Path("/usr/share/apertium/modes")
EMPTY = Path("/nonexistent-models")  # no Argos package: Apertium serves every pair


def needs(*modes: str) -> pytest.MarkDecorator:
    packages = {
        "fr-es": "apertium-fr-es",
        "es-fr": "apertium-fr-es",
        "spa-eng": "apertium-eng-spa",
        "eng-spa": "apertium-eng-spa",
    }
    needed = {packages[m] for m in modes}
    missing = [m for m in modes if not (MODES / f"{m}.mode").exists()]
    return pytest.mark.skipif(
        shutil.which("apertium") is None or bool(missing),
        reason=f"needs Debian packages apertium and {', '.join(sorted(needed))}",
    )


# Cues and headings: lines without final punctuation, one-word lines, empty lines,
# sound tags, brackets Apertium must not take for its own superblanks, a name.
CUES = {
    "fr": [
        "tonnerre au loin", "essoufflée", "rires", "", "[MUSIQUE]", "Julie Marchand arrive",
        "   ", "Chapitre 3", "[rires] non !", "au loin", "La réunion a duré quatre heures.",
        "Une phrase avec ^$ [crochets] \\ @ / < >", "Bonjour", "merci",
    ],
    "es": [
        "a lo lejos", "ahogada", "risas", "", "[MÚSICA]", "Capítulo 3", "tormenta a lo lejos",
        "sin aliento", "La reunión ha durado cuatro horas.", "[risas] ¡no!", "gracias",
    ],
    "en": [
        "thunder in the distance", "out of breath", "laughter", "", "[MUSIC]", "Chapter 3",
        "far away", "breathless", "The meeting lasted four hours.", "[laughs] no!", "thanks",
    ],
}  # fmt: skip
DIRECTIONS = [
    pytest.param("fr", "es", marks=needs("fr-es")),
    pytest.param("es", "en", marks=needs("spa-eng")),
    pytest.param("fr", "en", marks=needs("fr-es", "spa-eng")),  # through Spanish
    pytest.param("en", "fr", marks=needs("eng-spa", "es-fr")),  # through Spanish
]


@pytest.mark.parametrize(("src", "tgt"), DIRECTIONS)
def test_each_line_of_a_batch_is_translated_as_if_alone(src: str, tgt: str) -> None:
    translator = get_translator(src, tgt, "apertium", EMPTY)
    lines = CUES[src]
    alone = [translator.translate_batch([line])[0].text for line in lines]
    together = [result.text for result in translator.translate_batch(lines)]
    assert together == alone
    assert [bool(text) for text in together] == [bool(line.strip()) for line in lines]


@pytest.mark.parametrize(("src", "tgt"), DIRECTIONS)
def test_a_long_batch_keeps_every_line_on_its_own(src: str, tgt: str) -> None:
    translator = get_translator(src, tgt, "apertium", EMPTY)
    lines = CUES[src]
    alone = {line: translator.translate_batch([line])[0].text for line in lines}
    batch = [lines[(i * 7) % len(lines)] for i in range(400)]  # every order of neighbours
    assert [result.text for result in translator.translate_batch(batch)] == [
        alone[line] for line in batch
    ]


@pytest.mark.parametrize(
    ("src", "tgt", "lines", "drafts"),
    [
        pytest.param(
            "fr", "en", ["tonnerre au loin", "essoufflée", "rires"],
            ["tonnerre To the far", "Drowned", "Laughs"], marks=needs("fr-es", "spa-eng"),
        ),
        pytest.param(
            "es", "en", ["a lo lejos", "ahogada"], ["To the far", "Drowned"],
            marks=needs("spa-eng"),
        ),
    ],
)  # fmt: skip
def test_the_reported_cues_keep_their_own_drafts(
    src: str, tgt: str, lines: list[str], drafts: list[str]
) -> None:
    translator = get_translator(src, tgt, "apertium", EMPTY)
    assert [result.text for result in translator.translate_batch(lines)] == drafts


@needs("fr-es")
@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("a\n\nb\n\n", [b"a.[]", b"b.[]"]),
        ("[x] \\ y\n\n", [b"\\[x\\] \\\\ y.[]"]),
        ("  mot  \n\nfin.\n\n", [b"[  ]mot.[]", b"fin..[]"]),
    ],
)
def test_deformatted_text_is_cut_at_its_line_breaks_only(text: str, lines: list[bytes]) -> None:
    translator = get_translator("fr", "es", "apertium", EMPTY)
    assert isinstance(translator, ApertiumTranslator)
    deformatted = translator._tool(["apertium-destxt"], text.encode())
    assert [line.strip() for line in deformatted_lines(deformatted)] == lines


@needs("fr-es")
def test_an_answer_that_does_not_split_back_into_its_lines_is_refused() -> None:
    translator = get_translator("fr", "es", "apertium", EMPTY)
    assert isinstance(translator, ApertiumTranslator)
    # A real pipeline that answers each segment with one line too many.
    translator._pipeline = Pipeline("sed -u -z 's/$/[\\n]de trop/'")
    with pytest.raises(EngineError, match=r"gave 4 lines back for a batch of 2 sentences"):
        translator.translate_batch(["tonnerre au loin", "rires"])
    translator.close()
