"""Sentence splitting for French, Spanish, English and the other languages pysbd knows.

pysbd (a port of the Pragmatic Segmenter) keeps abbreviations such as
"M. Poutine", initials such as "G. O. DYHRENFURTH", dates and quotations
together. We only add what it lacks: a cache of segmenters per language and a
guarantee that the sentences, joined, give back the text.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

# Languages pysbd ships rules for; anything else is split with the English rules.
_PYSBD_LANGS = frozenset(
    ("en", "hi", "mr", "zh", "es", "am", "ar", "hy", "bg", "ur", "ru", "pl",
     "fa", "nl", "da", "fr", "my", "el", "it", "ja", "de", "kk", "sk")
)  # fmt: skip

_SPACE = re.compile(r"\s+")

# Titles that pysbd's rules miss in some languages (it splits "El Sr. | Putin").
_TITLES = {
    "fr": ("M", "MM", "Mme", "Mmes", "Mlle", "Dr", "Pr", "Me", "Mgr", "St", "Ste"),
    "es": ("Sr", "Sra", "Srta", "Sres", "Dr", "Dra", "D", "Dña", "Ud", "Uds", "Lic", "Ing"),
    "en": ("Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col"),
    "de": ("Hr", "Hrn", "Fr", "Dr", "Prof", "St"),
}


@cache
def _segmenter(lang: str) -> Any:
    import pysbd

    return pysbd.Segmenter(language=lang if lang in _PYSBD_LANGS else "en", clean=False)


def split_sentences(text: str, lang: str) -> list[str]:
    """Split one paragraph into sentences, whitespace-normalised.

    Empty or blank text gives no sentence. Line breaks inside the paragraph
    are treated as spaces.
    """
    flat = _SPACE.sub(" ", text).strip()
    if not flat:
        return []
    pieces = [_SPACE.sub(" ", p).strip() for p in _segmenter(lang).segment(flat)]
    sentences = _rejoin_datelines(_rejoin_after_titles([p for p in pieces if p], lang), flat)
    # pysbd occasionally drops or rewrites characters around odd punctuation;
    # a translator must never lose text, so fall back to the whole paragraph.
    if "".join(sentences).replace(" ", "") != flat.replace(" ", ""):
        return [flat]
    return sentences


def _ends_with_title(sentence: str, lang: str) -> bool:
    last = sentence.rsplit(" ", 1)[-1]
    return last.endswith(".") and last[:-1] in _TITLES.get(lang, ())


# "MADRID, 3 mar (EFE)." before "- El Gobierno…": a wire dateline, part of the first sentence.
_DATELINE_END = re.compile(r"\([A-Z][\w/ .-]{0,20}\)\.$")
_DATELINE_MAX_WORDS = 8


def _rejoin_datelines(sentences: list[str], flat: str) -> list[str]:
    """Join a wire dateline cut off at its ".-" (EFE, Europa Press) to the sentence it opens."""
    if len(sentences) < 2:
        return sentences
    head, first = sentences[0], sentences[1]
    if (
        _DATELINE_END.search(head)
        and len(head.split()) <= _DATELINE_MAX_WORDS
        and first.startswith(("-", "–", "—"))
    ):
        joined = head + first if flat.startswith(head + first) else f"{head} {first}"
        return [joined, *sentences[2:]]
    return sentences


def _rejoin_after_titles(sentences: list[str], lang: str) -> list[str]:
    out: list[str] = []
    for sentence in sentences:
        if out and _ends_with_title(out[-1], lang):
            out[-1] = f"{out[-1]} {sentence}"
        else:
            out.append(sentence)
    return out
