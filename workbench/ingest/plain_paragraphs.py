"""A plain-text save's hard-wrapped paragraphs, each back on one line.

Pure; used by :func:`workbench.ingest.extract.plain_blocks`. A page saved as text by
a browser, printed to text, pasted from a PDF viewer or written as Markdown often
breaks its paragraphs at a fixed width, with no blank line between paragraphs
("…Il" / "ne reste aujourd'hui…"). Read a line at a time, the debris model saw
sentence pieces ("Gérard Mermet.", "verras, dans dix ans tu conduiras.") that look
like a footer's or a byline's lines, and the segmenter cut sentences at the wraps.

A line goes on the line above it when the line above does not end as a sentence or
a clause does and this one opens in lower case, and the line above is as long as the
text's lines run (`WRAP_SHARE` of its `WIDTH_QUANTILE` length): a menu's short line
over a lower-case word stays a line of its own. A word hyphenated at a line end
before a lower-case part is joined whatever the lengths (a PDF viewer's paste breaks
paragraphs at page ends, not at a width); the document decides whether the hyphen is
the word's own (`readers_pdf_text.join_lines`).

A line that opens with a number ("4. Un document perdu…") goes on a wrapped line that
ends mid-sentence when both are prose: the paragraph above is wrapped over two lines
already or its line holds a sentence's end before its last words ("… trois semaines.
Article" / "4. Un document…": a label waiting for its number), and the line runs as
long as a wrapped one or ends a sentence (a numbered heading, "1. Presentación", or a
count, "18 commentaires", is short). It does not go on a paragraph that opens with a
number or a bullet: a list's item ("1. Préchauffer le four à 180 degrés" / "2. Beurrer…"),
a timeline's entry ("12' GOAL…" / "44' Red card."). An item starts a line after a line
that ended a sentence or an item.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from workbench.ingest.debris_features import is_dated_byline
from workbench.ingest.readers_pdf_text import document_words, join_lines
from workbench.ingest.segment_joins import ends_with_label

# A wrapped line runs to at least this share of the text's wrap width…
WRAP_SHARE = 0.6
# A text with this many lines going on over a lower-case line or more is hard-wrapped.
MIN_WRAPS = 2
# A paragraph's line before a capital runs to this share of the width (a full line).
FULL_SHARE = 0.8
# …the length this share of the text's lines reach or stay under (the longest lines
# but a few: one unwrapped line must not set the width of a wrapped text).
WIDTH_QUANTILE = 0.9
# …and to this many characters at least: a menu's item is not a wrapped line.
MIN_WRAPPED = 25
# A line ends as a sentence or a clause does (closing quotes and brackets aside), as a
# menu's or a label's does, or closes a Markdown emphasis ("*Publicado el 3 de octubre*").
_ENDED = re.compile(r"(?:[.!?…:;|·•>»]\s*[\"'”’»)\]*_]*|[*_])\s*$")
# What may open a line before its first letter: an opening quote or bracket.
_OPENERS = "\"'“‘«„([ "
# A web or mail address alone ("wellsquaysessions.org.uk/programme/print"): a print
# view's URL under its title, not a paragraph's next line.
_ADDRESS = re.compile(r"^\S*\w[./@]\w\S*$")
# A user name opens a forum's line ("dunstable_dave wrote:", "citricos_paco escribió:"):
# no word of a paragraph holds an underscore.
_HANDLE = re.compile(r"^\S*_")
_HYPHENATED = re.compile(r"[^\W\d_][-\u2010\u00ad]$")
# A list's item or an entry: a bullet, a number or a letter and its period or bracket
# ("2.", "b)"), or a number ("12' GOAL").
_ITEM = re.compile(r"[•·▪◦‣●*\-–]\s|\(?(?:[a-z]|[ivx]{1,4})[.)]\s|\(?\d")
# A sentence's end inside a line, words after it: the line is running prose.
_ENDED_INSIDE = re.compile(r"[.!?…][\"'”’»)\]]*\s+\S")


def wrapped_groups(lines: Sequence[str], alone: Sequence[bool] = ()) -> list[list[int]]:
    """The indexes of ``lines`` (non-blank lines of one text, in order) grouped into
    paragraphs: a group of two or more is one paragraph hard-wrapped over its lines. A
    line of ``alone`` (a Markdown heading) is a group of its own. A line goes on over a
    capital only in a text wrapped elsewhere over lower-case lines (`MIN_WRAPS`): a page
    whose lines are paragraphs has long headlines and captions.

    The width is first the text's (`wrap_width`), then, for lines going on over a
    capital, the longest line that went on over a lower-case one: a Markdown link's URL
    or an unwrapped line must not set it."""
    alone = alone or [False] * len(lines)
    width = wrap_width(lines)
    wraps = [
        i
        for i in range(len(lines) - 1)
        if not (alone[i] or alone[i + 1])
        and goes_on(lines[i], lines[i + 1], width, capitals=False, item=_is_item(lines[i]))
    ]
    capitals = len(wraps) >= MIN_WRAPS
    if capitals:
        width = max(len(lines[i].strip()) for i in wraps)
    groups: list[list[int]] = []
    for i, line in enumerate(lines):
        last = groups[-1] if groups else []
        if (
            last
            and not (alone[i] or alone[last[-1]])
            and goes_on(
                lines[last[-1]], line, width, len(last) > 1, capitals, _is_item(lines[last[0]])
            )
        ):
            last.append(i)
        else:
            groups.append([i])
    return groups


def wrap_width(lines: Sequence[str]) -> int:
    """The length the text's lines run to: the `WIDTH_QUANTILE` quantile (nearest rank)."""
    if not lines:
        return 0
    lengths = sorted(len(line.strip()) for line in lines)
    return lengths[min(len(lengths) - 1, int(WIDTH_QUANTILE * len(lengths)))]


def _is_item(line: str) -> bool:
    return bool(_ITEM.match(line.strip()))


def goes_on(
    above: str,
    line: str,
    width: int,
    inside: bool = False,
    capitals: bool = True,
    item: bool = False,
) -> bool:
    """Whether ``line`` goes on the paragraph whose last line is ``above``; ``inside``: that
    paragraph is wrapped over two lines already; ``capitals``: a line opening with a
    capital may go on it; ``item``: that paragraph is a list's item.

    A line opening with a digit goes on a wrapped line (as a lower-case one does) of
    prose: ``inside``, or ``above`` holds a sentence's end before its last words, and
    ``line`` a wrapped line's length or a sentence's end; never on a list's item.

    Before a capital (a name, a German noun) the line above must be a full line
    (`FULL_SHARE` of the width) and the paragraph prose: wrapped already (``inside``:
    "…», regrette" / "Gérard Mermet."), or ``line`` a full line too or a sentence's end.
    A heading over its paragraph is shorter than the text's lines.
    """
    above, line = above.strip(), line.strip()
    opening = line.lstrip(_OPENERS)[:1]
    # a number goes on as a lower-case word does, prose on prose only
    number = (
        opening.isdigit()
        and not item
        and (inside or bool(_ENDED_INSIDE.search(above)))
        and (len(line) >= WRAP_SHARE * width or bool(_ENDED.search(line)))
    )
    if (
        not above
        or not (opening.isalpha() or number)
        or "\t" in above + line
        or _ADDRESS.match(line)
        or _HANDLE.match(line)
    ):
        return False
    lower = opening.islower() or number
    if _HYPHENATED.search(above) and line[0].islower():
        return True
    if not lower and not capitals:
        return False
    if lower:
        wrapped = len(above) >= max(MIN_WRAPPED, WRAP_SHARE * width)
    else:
        prose = inside or len(line) >= WRAP_SHARE * width or bool(_ENDED.search(line))
        wrapped = prose and len(above) >= max(MIN_WRAPPED, FULL_SHARE * width)
    return (
        wrapped
        # "… Article 2." / "L'inscription…": a provision's number ends no sentence
        and not (_ENDED.search(above) and not ends_with_label(above))
        # Two spaces inside a line part a menu's items (`debris_lines.is_spaced_menu`).
        and "  " not in above + line
        # A headline over its dated byline ("par Gaspard Lhermitte, le 25 novembre 2026"), a
        # forum post's stamp over its first line ("by Nick » Wed Nov 25, 2026 8:31 pm").
        and not is_dated_byline(line)
        and not is_dated_byline(above)
    )


def joined(lines: Sequence[str], groups: Sequence[Sequence[int]]) -> list[str]:
    """Each group's lines as one line, words hyphenated at a wrap re-joined as the
    document writes them elsewhere; a line alone as it is (its tabs part cells)."""
    words = document_words(lines) if any(len(g) > 1 for g in groups) else None
    return [
        join_lines([lines[i] for i in group], words) if len(group) > 1 else lines[group[0]]
        for group in groups
    ]
