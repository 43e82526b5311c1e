"""Language identification with Lingua, whose models ship inside its wheel.

Lingua is the most accurate identifier on short text, which is what captions,
headings and footers are. Restricting it to the languages our users meet
keeps it fast and avoids exotic guesses on three-word lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

DEFAULT_LANGUAGES: tuple[str, ...] = (
    "fr", "en", "es", "de", "it", "pt", "nl", "ca", "ru", "uk", "pl", "ar", "zh", "ja", "ko",
)  # fmt: skip


@dataclass(frozen=True)
class Guess:
    """A language guess: ISO 639-1 code and Lingua's confidence in [0, 1]."""

    lang: str
    confidence: float


# A web or e-mail address is no word of a language, yet its parts read as words: "Contact
# presse : Julie Marchand, press@lumenrail.example, +33 4 72 00 00 00" of a French .docx
# was English at 0.61 by its address's "press" and "example" (newcomer42 9), and so in no
# bead. Without it, its own words read French.
_ADDRESS = re.compile(
    r"(?:[a-z][a-z0-9+.-]*://|www\.|mailto:)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE
)


def language_words(text: str) -> str:
    """``text`` with its web and e-mail addresses blanked: what its language is read on."""
    return _ADDRESS.sub(" ", text)


@lru_cache(maxsize=4)
def _detector(languages: tuple[str, ...]) -> Any:
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, code.upper()) for code in languages]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()


def detect(text: str, languages: Sequence[str] = DEFAULT_LANGUAGES) -> Guess | None:
    """The most likely language of ``text`` (its addresses left out: `language_words`), or
    None when nothing is recognisable."""
    values = _detector(tuple(languages)).compute_language_confidence_values(language_words(text))
    return _best(values)


# Lingua loads a language's models the first time a text needs them. Its parallel call
# loads them in every worker thread at once: a 2 KB page's 63 blocks took 3.0 s of CPU and
# 374 MB there, against 2.2 s and 256 MB one text after another, for the same answers
# (bench/ingest_speed.py). So the first texts of a batch, which load the models, go one
# after another, and only a batch larger than this goes on in parallel once they are in.
PARALLEL_AFTER = 256


def detect_many(
    texts: Sequence[str], languages: Sequence[str] = DEFAULT_LANGUAGES
) -> list[Guess | None]:
    """`detect` over many texts: the first `PARALLEL_AFTER` one after another, the rest
    with Lingua's parallel batch call."""
    detector = _detector(tuple(languages))
    texts = [language_words(text) for text in texts]
    head, tail = texts[:PARALLEL_AFTER], texts[PARALLEL_AFTER:]
    results = [detector.compute_language_confidence_values(text) for text in head]
    if tail:
        results += detector.compute_language_confidence_values_in_parallel(tail)
    return [_best(values) for values in results]


def _best(values: Sequence[Any]) -> Guess | None:
    """The first of Lingua's confidence values (sorted, surest first), None if it is nil."""
    if not values or values[0].value <= 0.0:
        return None
    best = values[0]
    return Guess(best.language.iso_code_639_1.name.lower(), float(best.value))
