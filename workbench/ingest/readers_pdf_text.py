"""A PDF paragraph's lines as one line: the hyphens of words the typesetter broke undone.

Pure; used by :mod:`workbench.ingest.readers_pdf` (its own module for length).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping

from workbench.spaces import collapse

_HYPHENS = "-\u2010"  # Chromium draws a soft hyphen's break as U+2010 HYPHEN
_WORD = re.compile(r"\w+(?:-\w+)*")
_LAST_WORD = re.compile(r"\w+(?:-\w+)*$")  # "cessez-le-" + "feu": the compound
_FIRST_WORD = re.compile(r"\w+")
# A word written less than once in 10 million words (wordfreq's Zipf scale) is no word to
# join a line-end hyphen into (`_compound`).
RARE_ZIPF = 2.0


def join_lines(lines: list[str], words: Mapping[str, int] | None = None) -> str:
    """A paragraph's lines as one line: spaces between, line-end hyphens of split words undone.

    ``["la tra-", "duction"]`` → ``"la traduction"``; ``["Jean-", "Paul"]``
    → ``"Jean-Paul"`` (a capital after: the hyphen is the word's own), and a
    dash after a space (``"un mot -"``) stays a dash between words. Before a
    lower-case part the hyphen may be the typesetter's or the word's own
    ("franco-" "allemand"): the document decides. ``words`` counts the words
    of the whole document (:func:`document_words`, hyphenated compounds as one word);
    the hyphen is kept when the hyphenated form is found more often than the
    joined one ("franco-allemand" elsewhere, "francoallemand" nowhere); with no
    evidence in the document, when a language writes the compound and not the
    joined form (`_compound`: "porte-conteneurs"); else the word is joined (a
    typesetter's break, the common case).
    """
    text = ""
    for raw in lines:
        line = collapse(raw)
        if not line:
            continue
        if not text:
            text = line
        elif text[-1] == "\u00ad" or (
            text[-1] in _HYPHENS
            and text[-2:-1].isalpha()
            and line[0].islower()
            and not _own_hyphen(text, line, words)
        ):
            text = text[:-1] + line  # a word the typesetter broke
        elif text[-1] in _HYPHENS and text[-2:-1].strip():
            text += line  # a compound or a range broken at its own hyphen
        else:
            text = f"{text} {line}"
    return text


def _own_hyphen(text: str, line: str, words: Mapping[str, int] | None) -> bool:
    """Whether the document writes ``LEFT-RIGHT`` (the words either side of a line-end
    hyphen) with its hyphen more often than as one word; with no evidence either way,
    whether ``LEFT`` is a compound already ("cessez-le-" + "feu"): typesetters break
    a word with hyphens of its own at those hyphens, not inside its parts."""
    left, right = _LAST_WORD.search(text[:-1]), _FIRST_WORD.match(line)
    if left is None or right is None:
        return False
    first, second = left.group().lower(), right.group().lower()
    hyphenated = (words or {}).get(f"{first}-{second}", 0)
    joined = (words or {}).get(f"{first}{second}", 0)
    if hyphenated != joined:
        return hyphenated > joined
    return "-" in first or _compound(first, second)


def _compound(first: str, second: str) -> bool:
    """Whether ``first-second`` reads as words and ``firstsecond`` as no word, or a rare
    one (`RARE_ZIPF`), in every language the decoder weighs (wordfreq; `files.WORD_LANGUAGES`).

    French writes hundreds of compounds with a hyphen of their own (porte-, sous-, après-,
    grand-, grands-, chef-d'…), and a line end at that hyphen was joined into no word,
    "porteconteneurs", "souspréfet", "chefd'œuvre", stored as the translator's French
    (newcomer41). A word the typesetter broke reads as a word joined ("tra-" "duction":
    Zipf 4.6; "con-" "tenant": 4.3); "aprèsmidi", a misspelling wordfreq has seen, 1.3."""
    from wordfreq import zipf_frequency  # deferred: only for a line-end hyphen in doubt

    from workbench.ingest.files import WORD_LANGUAGES

    joined = max(zipf_frequency(first + second, lang) for lang in WORD_LANGUAGES)
    if joined >= RARE_ZIPF:
        return False
    return max(zipf_frequency(f"{first}-{second}", lang) for lang in WORD_LANGUAGES) >= RARE_ZIPF


def document_words(texts: Iterable[str]) -> Counter[str]:
    """Every word of a document, lower-cased, a hyphenated compound as one word: the
    evidence :func:`join_lines` weighs (a hyphen at a line end is not inside a word)."""
    return Counter(w.lower() for text in texts for w in _WORD.findall(text))
