"""A sentence's continuation dots across two cues are the cues' markup, not the unit's text.

A subtitler who cuts a sentence over two cues ends the first with "..." and opens the
second with "..." ("il alimente..." / "...le fleuve qui porte son nom."): the dots say
the sentence goes on in the next cue. A bead of those two cues is one sentence; its
translation unit is the cues' lines one under the other without the dots
("il alimente" / "le fleuve…"), so that a CAT tool that pre-translates one cue of the
other film from it (OmegaT 3.6's SubRip filter: `tests/test_omegat_styled_cues.py`) writes
a cue that reads as one, not "il alimente... ...le fleuve" on one line.

The dots stay where the document has them: the stored segments, the bead the Review page
shows, the subtitle file written back (`pipeline.subtitling` gives each cue its own dots
again when a reviewer's text for the bead no longer has them). A unit that comes back
from a CAT tool or a spreadsheet without them is no edit (`with_continuation`), as a
list's marker is (`markers.with_marker`).

Pure: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_DOTS = r"(?:\.\.\.|…)"
_STYLING = r"(?:</?[ibu]>|<font\b[^<>]*>|</font>|\{\\[^{}]*\})*"
_ENDS = re.compile(rf"{_DOTS}({_STYLING})\s*$")  # "il alimente...</i>"
_OPENS = re.compile(rf"^\s*({_STYLING}){_DOTS}\s*(?=\S)")  # "<i>...le fleuve"
# Two cues' texts joined with a space, as a bead of them holds them.
_JOINED = re.compile(rf"(?<=\S){_DOTS} {_DOTS}(?=\S)")


def continued(first: str, second: str) -> bool:
    """Whether cue ``first`` ends with continuation dots and cue ``second`` opens with them
    (styling around them allowed): one sentence cut over the two cues."""
    return bool(_ENDS.search(first) and _OPENS.match(second))


def joined_cues(cues: Sequence[str]) -> str:
    """Several cues' texts (styling and line breaks in) as one unit's text: each cue on
    its own lines, the continuation dots between two cues left out."""
    parts = list(cues)
    for k in range(len(parts) - 1):
        if continued(parts[k], parts[k + 1]):
            parts[k] = _ENDS.sub(r"\1", parts[k])
            parts[k + 1] = _OPENS.sub(r"\1", parts[k + 1])
    return "\n".join(parts)


def without_continuation(text: str) -> str:
    """A bead's text (its cues joined with a space) without the dots between two cues."""
    return _JOINED.sub(" ", text)


def with_continuation(stored: str, text: str) -> str:
    """``text`` from a file, as ``stored`` (the bead's text as exported) when it is that
    text without its continuation dots (white space aside); else as it is."""
    if text.split() == without_continuation(stored).split() and text.split() != stored.split():
        return stored
    return text


def _dots(text: str, *, end: bool) -> str:
    found = re.search(rf"{_DOTS}$" if end else rf"^{_DOTS}", text.strip())
    return found.group() if found else ""


def their_dots(said: Sequence[str], texts: Sequence[str]) -> list[str]:
    """``texts``, a reviewer's text cut into the cues that said ``said``, each with the
    continuation dots its cue had at a cut (the cue's own markup) when it lost them."""
    out = [t.strip() for t in texts]
    for k in range(len(said) - 1):
        if not (continued(said[k], said[k + 1]) and out[k] and out[k + 1]):
            continue
        if not _dots(out[k], end=True):
            out[k] += _dots(said[k], end=True)
        if not _dots(out[k + 1], end=False):
            out[k + 1] = _dots(said[k + 1], end=False) + out[k + 1]
    return out
