"""A list's marker is the markup of its line, not text of the sentence.

"– Les horaires changent." is a list item whose sentence is "Les horaires changent.":
Word, OpenDocument and HTML keep the bullet or the number in the list's markup, so a CAT
tool's segment of such a line is the sentence alone (OmegaT 3.6, measured headless:
`tests/test_omegat_bullets.py`; Okapi and memoQ keep it outside the segment too). A
memory unit that starts with the marker matches none of those segments exactly.

The workbench keeps the marker where the document has it (the stored sentence, the
bead the Review page shows) and leaves it out of the translation unit's text
(`unit_text`); a unit that comes back from a CAT tool or a spreadsheet without it goes
back under its bead's marker (`with_marker`), so an untouched unit is no edit and a
changed one keeps the bead's line as it was.

Pure: no I/O.
"""

from __future__ import annotations

import re

# A bullet glyph, or a dash or an asterisk, then white space and the item's text; a
# number or a letter closed by a parenthesis ("1)", "a)", "(2)"). "1." is left: it is
# also a heading's own number ("1. Summary") and a name's ("1. FC Köln"). A dash before
# a figure is a sign ("– 3,2 %", a fall), not a bullet.
_MARKER = re.compile(
    r"^(?:[•◦▪▫‣⁃●○■□►▸▹➢➤✓✔∙·*]|[-–—](?![\s\u00a0\u202f]*[\d,.])"
    r"|\(?(?:\d{1,2}|[A-Za-z])\))[ \t\u00a0\u202f]+(?=\S)"
)


def split_marker(text: str) -> tuple[str, str]:
    """(the list marker that opens ``text`` with the space after it, the rest); ("",
    ``text``) when it opens with none."""
    found = _MARKER.match(text)
    return (text[: found.end()], text[found.end() :]) if found else ("", text)


def unit_text(text: str) -> str:
    """``text`` as a translation unit holds it: without the list marker that opens it."""
    return split_marker(text)[1]


def with_marker(stored: str, text: str) -> str:
    """``text`` from a file, under the list marker ``stored`` (the bead's text as it was
    exported) opens with, when the file's text has none of its own; else as it is."""
    marker, _ = split_marker(stored)
    if not marker or not text or split_marker(text)[0]:
        return text
    return marker + text
