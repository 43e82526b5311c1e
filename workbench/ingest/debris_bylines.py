"""An article's byline or date line known by its element's class, in any language.

A page marks its byline with a class ("byline", "author", "entry-meta", "posted-on", and
in the site's language "autor", "autore", "auteur"): `extract` never makes such a line a
heading, and `debris.line_evidence` classes it debris when it holds a date, whatever the
model reads in its words. newcomer36: a manual's `<p class="auteur">Service après-vente
Olmo France · Révision 3 · Mis à jour le 05/09/2026</p>` stayed body (its Spanish twin
`p.autor` was debris) and MT drafted it; an `author-box` whose line gained ", mis à jour
le 20 octobre 2026" in the page's next version became body.
"""

from __future__ import annotations

import re

from workbench.ingest.debris_features import DATE, words

BYLINE_CLASS = re.compile(
    r"byline|author|autor|auteur|dateline|entry-meta|post-meta|posted-on|published"
)
# A byline, however long its roles and dates, is a line, not a paragraph.
BYLINE_MAX_WORDS = 40


def classes_of(step: str) -> tuple[str, str]:
    """(tag, classes) of one step of a `RawBlock.path` ("p.auteur" -> ("p", "auteur"))."""
    tag, _, classes = step.partition(".")
    return tag, classes.lower()


def is_byline_element(path: str, steps: int = 1) -> bool:
    """Whether the block's own element (or, with ``steps`` = 2, its parent too, as
    `div.author-box/p`) is classed as a byline; a heading element never is."""
    found = path.split("/")[-steps:]
    if re.fullmatch(r"h[1-6]", classes_of(found[-1])[0]):
        return False
    return any(BYLINE_CLASS.search(classes_of(step)[1]) for step in found)


def is_dated_byline_element(text: str, path: str) -> bool:
    """A line of a byline element, its own or its box's, that holds a date: chrome."""
    return (
        is_byline_element(path, steps=2)
        and len(words(text)) <= BYLINE_MAX_WORDS
        and DATE.search(text) is not None
    )
