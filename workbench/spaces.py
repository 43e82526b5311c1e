"""White space in a text as written: what may be collapsed, and what is the writer's.

French typography puts a no-break space before ":" "?" "!" "»" and after "«", and
writes thousands with a narrow one ("72 299 euros"). Those spaces are part of the
text: a translation memory that loses them misses every exact match on it. Runs of
ordinary white space (spaces, tabs, line breaks a file wraps its lines with) are
layout and collapse to one space. ``str.split`` and regex ``\\s`` treat both alike,
so texts are stored through `collapse` and compared through `fold`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# U+00A0 no-break space, U+202F narrow no-break space, U+2007 figure space.
NO_BREAK = "\u00a0\u202f\u2007"

_BREAKING = re.compile(rf"[^\S{NO_BREAK}]+")
_PLAIN = str.maketrans(NO_BREAK, " " * len(NO_BREAK))


def collapse(text: str) -> str:
    """``text`` with each run of ordinary white space made one space and its ends stripped
    (of any white space: an edge is layout); no-break spaces inside are kept as written."""
    return _BREAKING.sub(" ", text).strip()


def fold(text: str) -> str:
    """``text`` as compared: every run of white space, no-break ones too, one plain space.

    The key under which a text stored as written and the same text an older export
    wrote with plain spaces are equal."""
    return " ".join(text.split())


def adds_no_break(text: str, stored: str) -> bool:
    """Whether ``text`` is ``stored`` with white space folded (`fold`) but holds more no-break
    spaces: a reviewer who typed French typography's no-break spaces where the stored text
    has plain ones (what `workbench qa` asks for), not a file that lost them (a spreadsheet
    or an older export writes plain spaces, fewer, and is no edit)."""

    def count(t: str) -> int:
        return sum(t.count(c) for c in NO_BREAK)

    return fold(text) == fold(stored) and count(text) > count(stored)


def reads_as(texts: Sequence[str], stored: Sequence[str]) -> bool:
    """Whether a file's ``texts`` bring nothing new to the ``stored`` ones: the same with
    white space folded (`fold`: a file an older export wrote with plain spaces where the
    bead keeps no-break ones), and no no-break space added (`adds_no_break`: a reviewer's
    French typography is an edit, in a table as in a CAT tool's file)."""
    pairs = list(zip(texts, stored, strict=True))
    return all(fold(t) == fold(s) and not adds_no_break(t, s) for t, s in pairs)


def plain(text: str) -> str:
    """``text`` with each no-break space a plain one, character for character (offsets
    kept): what rules written for plain spaces (the sentence splitter, the debris
    rules) read, while the text is stored as written."""
    return text.translate(_PLAIN)


def spacing_only(
    texts: Sequence[str], stored: Sequence[str], laid: Sequence[str | None] = ()
) -> bool:
    """Whether a file's ``texts`` (as a reviewer typed them) read as the ``stored`` ones
    with white space folded (no edit) but are not written so: a file's spacing or line
    breaks that an import keeps out of the bead, and says. A stored text's ends (an export
    trims them) are no difference. ``laid``, per text, what the export wrote for a side of
    subtitle cues (its cues' lines where the bead has spaces), None for another side:
    such a side differs when its text is not what the export wrote (a line break moved
    is an edit, `cue_breaks`; one taken out, this); a prose side when it is not the
    stored text (a line break typed into a sentence, newcomer37: unsaid). Without
    ``laid``, no line break is a difference (a CAT tool's unit of a cue has its lines)."""

    def differs(text: str, held: str, cue: str | None) -> bool:
        if not laid:
            return text != held.strip() and text.replace("\n", " ") != held.strip()
        return text != (held.strip() if cue is None else cue)

    said = list(laid) or [None] * len(texts)
    pairs = list(zip(texts, stored, said, strict=True))
    return all(fold(t) == fold(s) for t, s, _ in pairs) and any(differs(*p) for p in pairs)
