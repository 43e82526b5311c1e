"""A printed page's furniture in text: page numbers, running heads, a reader view's time.

Pure; part of the rules of :mod:`workbench.ingest.debris`. A page printed to text,
saved from a print view or pasted from a PDF viewer keeps what the printer put on
every sheet: "Page 2 of 3", "— 2 —", "Seite 2", the publication's name repeated
above each page number, and the page numbers alone ("12", "13") between paragraphs.
A PDF is read with its layout, and its reader sets these aside
(`readers_pdf_layout`); a text keeps none of the layout, so they are found by what
they say and where they recur. A reader view ("7–9 minutes") says how long the
reading takes as a span of minutes alone on its line. And a page's buttons: a short
line said three times or more, under each event, comment or product ("Ajouter à mon
agenda", "Reply", "Read more").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

# "Page 2", "Page 2 of 3", "Page 1 sur 2", "Seite 2 von 5", "Página 3 de 4", "p. 12".
_PAGE_LABEL = re.compile(
    r"^\s*(?i:page|seite|p[áa]gina|p[áa]g\.|p\.|pagina|sida|side|strona|str\.|stránka|sivu"
    r"|oldal|pagină)\s*\d{1,4}(?:\s*(?i:of|sur|de|von|di|/|z|av|af|din|ze)\s*\d{1,4})?\s*$"
)
# "— 2 —", "- 12 -", "– 3 –": a number between dashes.
_DASHED = re.compile(r"^\s*[-–—]\s*\d{1,4}\s*[-–—]\s*$")
_BARE = re.compile(r"^\s*(\d{1,4})\s*$")
# A span of minutes alone: "7–9 minutes", "8–10 minutos", "3-4 Minuten", "5–6 min".
_READING_SPAN = re.compile(
    r"^\s*\d{1,3}\s*[-–—]\s*\d{1,3}\s*(?i:min(?:ute[sn]?|utos|uti|uter|utter|uty|\.)?)\s*$"
)
# A print view's footer: the page's address or title, then its sheet of the sheets,
# "https://example.org/post/ 1/3" (what a browser prints at the foot of each sheet).
_COUNTED = re.compile(r"^\s*(.*?\S)\s+(\d{1,3})\s?/\s?(\d{1,3})\s*$")
# A running head and its page number on one line: "Annual report 2027 34".
_TRAILING = re.compile(r"^\s*(?=.*[^\W\d_]).*\S\s+(\d{1,4})\s*$")
# Page numbers alone follow each other this many lines apart at least: a list's
# numbers over its items ("1", "Melt the butter", "2", …) are closer.
PAGE_LINES = 5
# A button's words at most; a line said this many times on one page is a button.
BUTTON_WORDS = 5
BUTTON_TIMES = 3


def is_page_number(text: str) -> bool:
    """A page's number with its label or its dashes: "Page 2 of 3", "— 2 —", "Seite 2"."""
    return bool(_PAGE_LABEL.match(text) or _DASHED.match(text))


def is_reading_span(text: str) -> bool:
    """A reader view's reading time alone: "7–9 minutes", "8–10 minutos"."""
    return bool(_READING_SPAN.match(text))


def page_furniture(texts: Sequence[str]) -> list[bool]:
    """Per line, whether it is a printed page's furniture: a page number (labelled, between
    dashes, or a bare number that counts up by one from a bare number `PAGE_LINES` lines or
    more above or below it), or a running head: a line the text repeats, its digits aside,
    next to a page number."""
    numbers = [is_page_number(t) for t in texts]
    bare = [(i, int(m.group(1))) for i, t in enumerate(texts) if (m := _BARE.match(t))]
    for (i, a), (j, b) in itertools.pairwise(bare):
        if b == a + 1 and j - i >= PAGE_LINES:
            numbers[i] = numbers[j] = True
    heads = _running_heads(texts, numbers)
    # A print view's footers and the heads that carry their number: beside these, a line is a
    # running head when it stands beside two of them (a contents line beside one is the
    # heading it repeats).
    for i in _counted_sheets(texts) + _numbered_heads(texts, numbers):
        numbers[i] = True
    heads = [a or b for a, b in zip(heads, _running_heads(texts, numbers, 2), strict=True)]
    return [n or h for n, h in zip(numbers, heads, strict=True)]


def _counted_sheets(texts: Sequence[str]) -> list[int]:
    """The lines of a print view's footers: one text with its sheet of the sheets ("… 1/3",
    "… 2/3"), said on two sheets or more of the same count. A rating ("Note : 4/5") is said
    once."""
    groups: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for i, text in enumerate(texts):
        if (m := _COUNTED.match(text)) and 0 < int(m.group(2)) <= int(m.group(3)):
            groups.setdefault((_masked(m.group(1)), m.group(3)), []).append((i, int(m.group(2))))
    return [i for sheets in groups.values() if len({k for _, k in sheets}) >= 2 for i, _ in sheets]


def _numbered_heads(texts: Sequence[str], numbers: Sequence[bool]) -> list[int]:
    """The lines that end on the number one below or above a page number alone, `PAGE_LINES`
    lines away or more: a running head with its page's number ("Annual report 2027 34" over
    a page whose foot says "35")."""
    pages = {int(t) for i, t in enumerate(texts) if numbers[i] and _BARE.match(t)}
    placed = [i for i, t in enumerate(texts) if numbers[i] and _BARE.match(t)]
    out = []
    for i, text in enumerate(texts):
        m = _TRAILING.match(text)
        if not m or numbers[i] or not placed:
            continue
        n = int(m.group(1))
        near = min(abs(i - j) for j in placed)
        if (n - 1 in pages or n + 1 in pages) and near >= PAGE_LINES:
            out.append(i)
    return out


def _masked(text: str) -> str:
    return re.sub(r"\d+", "0", " ".join(text.lower().split()))


def _running_heads(texts: Sequence[str], numbers: Sequence[bool], touching: int = 1) -> list[bool]:
    """Lines said twice or more (digits aside) of which ``touching`` touch a page number."""
    beside: dict[str, int] = {}
    seen: dict[str, int] = {}
    for i, text in enumerate(texts):
        if numbers[i] or not text.strip():
            continue
        key = _masked(text)
        seen[key] = seen.get(key, 0) + 1
        if (i > 0 and numbers[i - 1]) or (i + 1 < len(texts) and numbers[i + 1]):
            beside[key] = beside.get(key, 0) + 1
    heads = {key for key, n in beside.items() if n >= touching and seen[key] >= 2}
    return [not numbers[i] and _masked(t) in heads for i, t in enumerate(texts)]


def page_buttons(texts: Sequence[str]) -> list[bool]:
    """Per line, whether it is a short line (`BUTTON_WORDS` words at most, a letter among
    them and no digit) that the page says `BUTTON_TIMES` times or more, as written. A line
    with a number names a place in the text ("Article 3.", "Étape 2"), which a corrected
    copy may repeat; no button of the labelled pages holds one.

    A page's heading recurs twice at most (the title over the article and in a table of
    contents or a teaser); a third time it is a button or a link under each item. In the
    1,014 labelled pages of bench/data/pages before held-out 34, 152 short lines are said
    three times or more, all of them debris; said exactly twice, 81 of 712 are headings
    or body.
    """
    said: dict[str, int] = {}
    keys = [" ".join(t.split()).casefold() for t in texts]
    for k in keys:
        said[k] = said.get(k, 0) + 1
    return [
        said[k] >= BUTTON_TIMES
        and len(k.split()) <= BUTTON_WORDS
        and any(c.isalpha() for c in k)
        and not any(c.isdigit() for c in k)
        for k in keys
    ]
