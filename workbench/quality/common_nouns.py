"""Common nouns of a language that capitalises every noun (German): the `names` check of
QA takes a capitalised word for a name, which in German "Anlage", "Haushalte", "Strom"
are not.

Pure: a :class:`NounLexicon` is given (`workbench.noun_lexicon.noun_lexicon` reads one
from FreeDict's dictionaries) and answers whether a word is one of its common nouns,
inflected ("Haushalte", "Stunden") or the last part of a compound ("Windstrom",
"Vorstandschefin").
"""

from __future__ import annotations

from dataclasses import dataclass

# The languages that capitalise their common nouns.
CAPITALISING = ("de", "lb")
# Endings of plurals and cases ("Haushalte", "Stunden", "Bedarfs") and of the feminine
# ("Chefin", "Chefinnen"), longest first.
_ENDINGS = ("innen", "ern", "nen", "in", "en", "er", "es", "e", "n", "s")
_LINK = ("s", "es", "n", "en", "")  # "Vorstand-s-chefin", "Sonne-n-energie"
_SHORTEST_PART = 4


@dataclass(frozen=True)
class NounLexicon:
    """A language's nouns as a dictionary lists them: ``common`` ones as written
    ("Anlage"), ``proper`` ones ("Deutschland", "Paris": translated with a capital), and
    every headword casefolded (``words``: what a compound's first part may be)."""

    lang: str
    common: frozenset[str]
    proper: frozenset[str]
    words: frozenset[str]

    def common_noun(self, word: str) -> bool:
        """Whether ``word`` is one of the common nouns: listed, inflected ("Stunden" of
        "Stunde") or ending a compound whose first part is a headword ("Windstrom":
        "Wind" and "Strom"). A proper noun ("Deutschland") is none, nor a word in lower
        case."""
        if not word[:1].isupper() or word in self.proper:
            return False
        if _listed(word, self.common):
            return True
        for start in range(_SHORTEST_PART - 1, len(word) - _SHORTEST_PART + 1):
            head = word[start].upper() + word[start + 1 :]
            if _listed(head, self.common) and _compound_start(word[:start], self.words):
                return True
        return False


def _listed(word: str, nouns: frozenset[str]) -> bool:
    return word in nouns or any(
        word.endswith(ending) and word.removesuffix(ending) in nouns for ending in _ENDINGS
    )


def _compound_start(start: str, words: frozenset[str]) -> bool:
    """Whether ``start``, a compound's first part with its linking letters ("Vorstands"),
    is a headword of the dictionary."""
    folded = start.casefold()
    return any(
        len(stem) >= 3 and stem in words
        for stem in (folded.removesuffix(link) if link else folded for link in _LINK)
    )
