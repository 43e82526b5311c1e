"""A pull quote told by its repetition: a line that is a quotation and nothing else, whose words
a longer line earlier in the page already says.

A magazine sets a speaker's words apart between paragraphs, in quotation marks, after the
paragraph that quotes them, often shortened (« La nuit, j'ai trois cents personnes à faire
dormir. » under « Le jour, je suis un homme ordinaire. La nuit, j'ai trois cents personnes à
faire dormir », dit-il.). Aligned, it doubles the sentence it repeats or glues to its
counterpart. A quotation that opens a section or the page is a heading whose words the text
says further on, never before; a line that quotes something said nowhere else is the
article's. Labelled pages (`bench/data/pages`, every part): 18 pull quotes of this shape, no
body, heading or caption line (`tests/test_debris_echo.py`). Issue 13, session 25.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from workbench.ingest.debris_features import words

# The whole line one quotation: «…», "…", “…”, „…“, ‘…’; a full stop or comma may follow.
_QUOTED_LINE = re.compile(
    r"\s*(?:«[^»]+»|\"[^\"]+\"|“[^”]+”|„[^“”]+[“”]|‘[^’]+’)\s*[.,]?\s*",
)
ECHO_WORDS = 4
# The share of the quotation's words that the earlier line says: near-verbatim, not a
# paraphrase.
ECHO_SHARE = 0.8


def mark_quoted_echoes(texts: Sequence[str], mask: list[bool]) -> None:
    """Mark each line that is a quotation alone (`ECHO_WORDS` words or more) whose words, an
    `ECHO_SHARE` of them at least, a longer line before it holds."""
    bags = [[w.casefold() for w in words(t)] for t in texts]
    for i, text in enumerate(texts):
        said = bags[i]
        if len(said) < ECHO_WORDS or not _QUOTED_LINE.fullmatch(text):
            continue
        for k in range(i):
            earlier = set(bags[k])
            if len(bags[k]) > len(said) and (
                sum(1 for w in said if w in earlier) >= ECHO_SHARE * len(said)
            ):
                mask[i] = True
                break
