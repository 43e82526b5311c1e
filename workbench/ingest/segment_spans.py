"""pysbd's segmenter with its sentence-finding step done by `str.find` instead of regexes.

pysbd (0.3.4) finds where each sentence of a paragraph starts by compiling
``re.escape(sentence) + r"\\s*"`` and scanning the paragraph with it: one
regex compiled per sentence (Python's cache holds 512, a long file has tens of
thousands) and each scan from the paragraph's start. On a 5 MB text that was
the largest single cost of `ingest`. `Segmenter` here finds the same spans
with plain string search: the same leftmost, non-overlapping occurrences, the
same trailing whitespace (``\\s`` is `str.isspace`), so the same sentences
(`tests/test_ingest_speed.py` compares the two on every corpus paragraph).
"""

from __future__ import annotations

import re
from typing import Any

import pysbd
from pysbd.utils import TextSpan

_SPACES = re.compile(r"\s*")


def _end_of_space(text: str, at: int) -> int:
    """The index after the run of whitespace that starts at ``at`` (``at`` if none)."""
    while at < len(text) and text[at].isspace():
        at += 1
    return at


class Segmenter(pysbd.Segmenter):  # type: ignore[misc]  # pysbd has no type hints
    """`pysbd.Segmenter`, its spans found without a regex a sentence."""

    def sentences_with_char_spans(self, sentences: list[str]) -> list[Any]:
        """As pysbd's: for each sentence, its first occurrence in the paragraph, among
        the non-overlapping ones a left-to-right scan meets, that ends after the span
        before it; with the whitespace that follows it."""
        text: str = self.original_text
        spans: list[Any] = []
        prior_end = 0
        for sent in sentences:
            if not sent:  # an empty pattern's matches advance otherwise: pysbd's own scan
                found = next((m for m in _SPACES.finditer(text) if m.end() > prior_end), None)
                if found is not None:
                    spans.append(TextSpan(found.group(), found.start(), found.end()))
                    prior_end = found.end()
                continue
            at = text.find(sent)
            while at >= 0:
                end = _end_of_space(text, at + len(sent))
                if end > prior_end:
                    spans.append(TextSpan(text[at:end], at, end))
                    prior_end = end
                    break
                at = text.find(sent, end)
        return spans
