"""The splitter's repairs that cut where pysbd does not: after an ellipsis before a capital,
a one-letter word that ends a sentence ("la vitamina D. | Es importante"), a German length
or number that ends one ("auf 2350 m. | Sie", "auf 38. | Die Hütte"), a quotation that ends
one ("… un livre. » | Elle"), and a Spanish word pysbd lists as an abbreviation ("está
bien. | No").
"""

from __future__ import annotations

import re

from workbench.ingest.segment_words import openers, prefixes

# A German length ending a sentence: "2350 m." (German writes units without a period).
_UNIT_END = re.compile(r"(?<=\d [mck]m\.) (?=[A-ZÄÖÜ][a-zäöü])|(?<=\d m\.) (?=[A-ZÄÖÜ][a-zäöü])")
# A German number of one or two digits that ends a sentence, after a lower-case word ("stieg
# auf 38. Die Hütte"): pysbd reads it as an ordinal, which a noun or a month follows ("am 16.
# Juli", "der 2. Tag"), never a word that opens sentences (`openers`).
_NUMBER_END = re.compile(
    r"(?:(?<=[a-zäöüß] \d\.)|(?<=[a-zäöüß] \d\d\.)) (?=([A-ZÄÖÜ][a-zäöüß]*)\b)"
)
# A quotation closed after its final punctuation ("… un livre. » Elle", "…causas.» Wir",
# "…Buch.“ Sie", "…hielt.« Wir"): what follows it in capitals is a new sentence.
_QUOTATION_END = re.compile(r"[.!?…](?: ?»|[»«”“\"])(?= \S)")
# A word in lower case, its period, a space and a capital: "está bien. No".
_WORD_END = re.compile(r"(?<![\w.])([a-záéíóúñü]{3,})\. (?=[¿¡«\"“(]?[A-ZÁÉÍÓÚÑÜ])")
_ELLIPSIS_BREAK = re.compile(r"(?:(?<=…)|(?<=\.\.\.)) (?=[«\"“‘(¿¡—–-]?\s?[A-ZÀ-ÖØ-Þ])")
_INITIAL = re.compile(r"[A-ZÀ-ÖØ-Þ]\.")


def split_after_units(sentence: str) -> list[str]:
    """Split after a German length that ends a sentence ("auf 2350 m. | Sie wurde")."""
    return _UNIT_END.split(sentence)


def split_after_ellipses(sentence: str) -> list[str]:
    """Split after an ellipsis (… or ...) before a capital, which pysbd never splits at,
    unless it marks a cut in brackets ("[…] Que")."""
    return _ELLIPSIS_BREAK.split(sentence)


def split_after_words(piece: str, lang: str) -> list[str]:
    """Split after a word pysbd takes for an abbreviation ("está bien. | No he echado"),
    written in lower case and followed by a capital."""
    out: list[str] = []
    start = 0
    for match in _WORD_END.finditer(piece):
        if match.group(1) in prefixes(lang):
            out.append(piece[start : match.end() - 1])
            start = match.end()
    out.append(piece[start:])
    return out


def split_after_numbers(sentence: str, lang: str) -> list[str]:
    """Split after a number that ends a sentence before a word that opens one ("stieg auf
    38. | Die Hütte"), which pysbd took for an ordinal."""
    out: list[str] = []
    start = 0
    for match in _NUMBER_END.finditer(sentence):
        if match.group(1).lower() in openers(lang):
            out.append(sentence[start : match.start()])
            start = match.end()
    out.append(sentence[start:])
    return out


def split_after_quotations(sentence: str) -> list[str]:
    """Split after a quotation that ends a sentence ("« … un livre. » Elle habite …").

    pysbd keeps a quotation with what follows it; a closing quote after final
    punctuation and before a capital ends the sentence (a straight quote only when
    it closes one opened in the same piece). A quotation of several sentences stays
    whole, as a translator keeps it.
    """
    out: list[str] = []
    start = 0
    for match in _QUOTATION_END.finditer(sentence):
        closes = match.group()[-1] != '"' or sentence[start : match.end()].count('"') % 2 == 0
        word = sentence[match.end() + 1 :].lstrip('«»„“"(¿¡—–- ')
        # a number opens a sentence after a quotation too: "« On y va. » 1984 fut dure."
        if closes and (word[:1].isupper() or word[:1].isdigit()):
            out.append(sentence[start : match.end()])
            start = match.end() + 1
    out.append(sentence[start:])
    return out


def split_after_letters(sentence: str, lang: str) -> list[str]:
    """Split after a one-letter word ("vitamine D.") that ends a sentence.

    Its mark: a lower-case word before the letter (an initial follows a
    capital, a title or nothing) and a word that opens sentences after it.
    """
    words = sentence.split(" ")
    out: list[str] = []
    start = 0
    for i in range(1, len(words) - 1):
        before, letter = words[i - 1], words[i]
        after = words[i + 1].lstrip('«"“‘(¿¡')
        opener = after.rstrip(",;:").lower().replace("’", "'").split("'")[0]
        if (
            _INITIAL.fullmatch(letter)
            and before[:1].islower()
            and after[:1].isupper()
            and opener in openers(lang)
        ):
            out.append(" ".join(words[start : i + 1]))
            start = i + 1
    out.append(" ".join(words[start:]))
    return out
