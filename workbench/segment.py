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
    sentences = [p for p in pieces if p]
    # pysbd occasionally drops or rewrites characters around odd punctuation;
    # a translator must never lose text, so fall back to the whole paragraph.
    if "".join(sentences).replace(" ", "") != flat.replace(" ", ""):
        return [flat]
    return sentences
