"""Whether a block after a foreign photo caption may be that caption's translation.

A translated page often keeps a photo's original caption and adds its translation right
after it (`caption_languages.link_caption_translations`). In HTML the caption's extent is its
``<figure>``: a block inside it may be the translation; a paragraph after the figure is the
article's next one unless it reads as the caption translated, holding the caption's
numbers and one of its names ("… en Orleans." and "… à Orléans."). Until session 22 every
short paragraph after a Spanish ``<figcaption>`` was typed caption: 5 of a French article's
30 body sentences (newcomer23's ``abal-expo.fr.html``), none of them a translation.
"""

from __future__ import annotations

import re
import unicodedata

from workbench.ingest.markup import RawBlock

_WORD = re.compile(r"\w+")


def inside_figure(block: RawBlock, caption: RawBlock) -> bool:
    """Whether ``block`` lies inside the <figure> (with none, the <figcaption>) holding
    ``caption``; True when the markup gives ``caption`` no such extent (plain text, a
    caption told by its language alone)."""
    steps = caption.path.split("/")
    tags = [step.split(".")[0] for step in steps]
    end = next((k for k, tag in enumerate(tags) if tag in ("figure", "figcaption")), None)
    if end is None:
        return True
    extent = "/".join(steps[: end + 1])
    return block.path == extent or block.path.startswith(extent + "/")


def reads_as_translation(caption: str, text: str) -> bool:
    """Whether ``text`` holds every number of ``caption`` and, if the caption names any,
    one of its names (capitalised words after its first, accents aside): what a
    translation keeps whatever the language."""
    numbers, names = _anchors(caption)
    theirs_numbers, theirs_names = _anchors(text)
    if not numbers and not names:
        return False
    return numbers <= theirs_numbers and (not names or bool(names & theirs_names))


def adds_numbers(caption: str, text: str) -> bool:
    """Whether ``text`` holds a number ``caption`` has not: a translation adds none
    ("Elle restera ouverte jusqu'au 6 janvier." after a caption with no date is the page's
    own text, newcomer42)."""
    return bool(_anchors(text)[0] - _anchors(caption)[0])


def _anchors(text: str) -> tuple[set[str], set[str]]:
    words = _WORD.findall(text)
    numbers = {w for w in words if w.isdigit()}
    names = {_fold(w) for w in words[1:] if w[:1].isupper() and len(w) >= 3}
    return numbers, names


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
