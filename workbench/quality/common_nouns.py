"""Common nouns of a language that capitalises every noun (German): the `names` check of
QA takes a capitalised word for a name, which in German "Anlage", "Haushalte", "Strom"
are not.

The nouns are FreeDict's (``dict-freedict-deu-*``, read from `workbench.dictd.DICTD_DIR`
once per language): its headwords tagged ``<n, …>`` whose first translation is written
in lower case. A noun translated with a capital ("Deutschland" → "Allemagne", "Paris")
names a place or a person and stays a name. A word is a common noun when it is one of
them, inflected ("Haushalte", "Stunden") or the last part of a compound ("Windstrom",
"Vorstandschefin").
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from workbench.dictd import DICTD_DIR

# The languages that capitalise their common nouns, and FreeDict's code for each.
CAPITALISING = {"de": "deu", "lb": "ltz"}
# A dictd entry's first line: the headword, its pronunciation, its part of speech; then
# its first translation (after its sense number: "1. courant").
_ENTRY = re.compile(
    r"^([^\s/<][^\n/<]*?) (?:/[^/\n]*/ )?<([^>\n]*)>\n(?:\d+\.\s*)?(.)", re.MULTILINE
)
# Endings of plurals and cases ("Haushalte", "Stunden", "Bedarfs") and of the feminine
# ("Chefin", "Chefinnen"), longest first.
_ENDINGS = ("innen", "ern", "nen", "in", "en", "er", "es", "e", "n", "s")
_LINK = ("s", "es", "n", "en", "")  # "Vorstand-s-chefin", "Sonne-n-energie"
_SHORTEST_PART = 4


@dataclass(frozen=True)
class _Nouns:
    common: frozenset[str]  # as written: "Anlage"
    proper: frozenset[str]  # as written: "Deutschland", "Paris"
    words: frozenset[str]  # every headword, casefolded: a compound's first part


@cache
def _nouns(lang: str, dictd_dir: Path = DICTD_DIR) -> _Nouns:
    code = CAPITALISING.get(lang.split("-")[0].lower())
    common: set[str] = set()
    proper: set[str] = set()
    words: set[str] = set()
    for path in sorted(dictd_dir.glob(f"freedict-{code}-*.dict.dz")) if code else ():
        try:
            with gzip.open(path) as file:
                text = file.read().decode("utf-8", errors="replace")
        except OSError:
            continue  # a damaged file: the names check falls back to capitals
        for head, tags, first in _ENTRY.findall(text):
            words.add(head.casefold())
            if tags.split(",")[0].strip() in ("n", "pn"):
                (common if first.islower() and tags[0] == "n" else proper).add(head)
    return _Nouns(frozenset(common - proper), frozenset(proper), frozenset(words))


def common_nouns(lang: str, dictd_dir: Path = DICTD_DIR) -> frozenset[str]:
    """The common nouns FreeDict's dictionaries from ``lang`` list, as written
    ("Anlage"); empty for a language that does not capitalise them or whose dictionary
    is not installed."""
    return _nouns(lang, dictd_dir).common


def common_noun(word: str, lang: str) -> bool:
    """Whether ``word`` is a common noun of ``lang`` (`common_nouns`): listed, inflected
    ("Stunden" of "Stunde") or ending a compound whose first part is a word of the
    dictionary ("Windstrom": "Wind" and "Strom"). A noun FreeDict translates with a
    capital ("Deutschland") is a name. False for any word of a language that does not
    capitalise its nouns."""
    nouns = _nouns(lang)
    if not nouns.common or not word[:1].isupper() or word in nouns.proper:
        return False
    if _listed(word, nouns.common):
        return True
    for start in range(_SHORTEST_PART - 1, len(word) - _SHORTEST_PART + 1):
        head = word[start].upper() + word[start + 1 :]
        if _listed(head, nouns.common) and _compound_start(word[:start], nouns.words):
            return True
    return False


def _listed(word: str, nouns: frozenset[str]) -> bool:
    return word in nouns or any(
        word.endswith(ending) and word.removesuffix(ending) in nouns for ending in _ENDINGS
    )


def _compound_start(start: str, words: frozenset[str]) -> bool:
    """Whether ``start``, a compound's first part with its linking letters ("Vorstands"),
    is a word of the dictionary."""
    folded = start.casefold()
    return any(
        len(stem) >= 3 and stem in words
        for stem in (folded.removesuffix(link) if link else folded for link in _LINK)
    )
