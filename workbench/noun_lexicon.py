"""The nouns of a language that capitalises them (German), read from FreeDict's
dictionaries (``dict-freedict-deu-*``, in `workbench.dictd.DICTD_DIR`), for QA's
`names` check (`workbench.quality.common_nouns`).

A common noun is a headword tagged ``<n, …>`` whose first translation is written in
lower case: "Anlage" → "aptitude". A noun translated with a capital ("Deutschland" →
"Allemagne", "Paris" → "Paris") names a place or a person: a proper noun.
"""

from __future__ import annotations

import gzip
import re
from functools import cache
from pathlib import Path

from workbench.dictd import DICTD_DIR
from workbench.quality.common_nouns import CAPITALISING, NounLexicon

_FREEDICT = {"de": "deu", "lb": "ltz"}  # ISO 639-1 → FreeDict's ISO 639-3
# A dictd entry's first line: the headword, its pronunciation, its part of speech; then
# its first translation (after its sense number: "1. courant").
_ENTRY = re.compile(
    r"^([^\s/<][^\n/<]*?) (?:/[^/\n]*/ )?<([^>\n]*)>\n(?:\d+\.\s*)?(.)", re.MULTILINE
)


@cache
def noun_lexicon(lang: str, dictd_dir: Path = DICTD_DIR) -> NounLexicon | None:
    """The nouns FreeDict's dictionaries from ``lang`` ("de", "de-CH") list; None for a
    language that does not capitalise its nouns or whose dictionary is not installed
    (`dict-freedict-deu-fra`: 30,000 nouns, 0.3 s to read once)."""
    base = lang.split("-")[0].lower()
    if base not in CAPITALISING or base not in _FREEDICT:
        return None
    common: set[str] = set()
    proper: set[str] = set()
    words: set[str] = set()
    for path in sorted(dictd_dir.glob(f"freedict-{_FREEDICT[base]}-*.dict.dz")):
        try:
            with gzip.open(path) as file:
                text = file.read().decode("utf-8", errors="replace")
        except OSError:
            continue  # a damaged file: the names check falls back to capitals
        for head, tags, first in _ENTRY.findall(text):
            words.add(head.casefold())
            if tags.split(",")[0].strip() in ("n", "pn"):
                (common if first.islower() and tags[0] == "n" else proper).add(head)
    if not common:
        return None
    return NounLexicon(base, frozenset(common - proper), frozenset(proper), frozenset(words))
