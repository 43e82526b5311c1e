"""A subtitle cue's styling in a translation memory unit: written as the cue wrote it,
read back as clean text.

OmegaT 3.6's SubRip filter reads a cue as plain text: ``<i>…</i>``, ``<b>``, ``<font>``
and ``{\\an8}`` stay in its segment as characters, not as OmegaT tags (``<i0>``). Its
exact match compares that text, so a unit of the cue "<i>At dawn, the mountain is
silent.</i>" matches only when its ``seg`` holds the same characters; a unit whose
styling is TMX inline markup (``<bpt>&lt;i&gt;</bpt>…<ept>``, ``<ph>``, ``<it>``) did not
match (measured: `tests/test_omegat_styled_cues.py`, the README's OmegaT section).

That is one tool's reading. TMX 1.4b itself (GALA, "Content Markup") delimits a native
code with ``<bpt>``/``<ept>`` (a pair in the segment), ``<it>`` (one whose partner is
elsewhere) or ``<ph>`` (standalone); a ``seg`` of plain text is its Level 1, "not
sufficient for documentation-type formats". A tool whose SubRip filter makes ``<i>`` a
tag (Trados, memoQ) reads such codes; `as_inline_codes` writes them (``--cue-styling
codes``). One file cannot serve both: OmegaT 3.6 matched no unit so written.

The styling written is SubRip's own, the kind a .srt a translator opens holds: WebVTT's
voice and class spans (``<v Anna>``, ``<c.yellow>``) and its inner timestamps are left
out. A cue gets its styling back only while its text is the one ingested.
"""

from __future__ import annotations

import re

# SubRip's styling: <i> <b> <u> <font …> and an SSA override such as {\an8}.
_SUBRIP = re.compile(r"</?[ibu]>|<font\b[^<>]*>|</font>|\{\\[^{}]*\}", re.IGNORECASE)
_ANY = re.compile(r"<[^<>]*>|\{\\[^{}]*\}")


def _subrip_only(styled: str) -> str:
    """``styled`` with every tag that is not SubRip styling removed."""
    return _ANY.sub(lambda m: m.group() if _SUBRIP.fullmatch(m.group()) else "", styled)


def without_styling(text: str) -> str:
    """A cue's text without its styling, each line's spaces made one and empty lines
    dropped, its line breaks kept: the text of the unit the styling was written into."""
    lines = (" ".join(line.split()) for line in _SUBRIP.sub("", text).split("\n"))
    return "\n".join(line for line in lines if line)


def styled_side(text: str, styled: str) -> str:
    """A cue's unit text with the cue's styling (``styled``: the cue as ingested, styling
    in, line breaks kept) when ``text`` (its text as the unit holds it, line breaks in)
    is still what the cue says, or what some of its lines say (a caption above the
    credit in its cue: its lines, their tags closed); else ``text`` as it is."""
    if not styled:
        return text
    lines = [line.strip() for line in _subrip_only(styled).split("\n") if line.strip()]
    for start in range(len(lines)):
        for end in range(len(lines), start, -1):
            kept = "\n".join(lines[start:end])
            if without_styling(kept) == text:
                whole = (start, end) == (0, len(lines))
                return (kept if whole else _closed(kept)) if _SUBRIP.search(kept) else text
    return text


_PAIRED = re.compile(r"<(/?)([ibu])>", re.IGNORECASE)


def _closed(lines: str) -> str:
    """Some lines of a cue with the tags they open closed after them, and the tags they
    close opened before them ("<i>Merci." → "<i>Merci.</i>")."""
    opened: list[str] = []
    before = ""
    for tag in _PAIRED.finditer(lines):
        name = tag.group(2).lower()
        if not tag.group(1):
            opened.append(name)
        elif name in opened:
            opened.remove(name)
        else:
            before = f"<{name}>" + before
    after = "".join(f"</{name}>" for name in reversed(opened))
    return before + lines + after


# A SubRip tag as an escaped TMX seg holds it ("&lt;i&gt;"), or an SSA override.
_ESCAPED = re.compile(r"&lt;(/?)([ibu]|font)\b.*?&gt;|\{\\[^{}]*\}", re.IGNORECASE)


def as_inline_codes(seg: str) -> str:
    """A cue's side as an escaped TMX ``seg`` holds it ("&lt;i&gt;Merci.&lt;/i&gt;"), its
    styling as TMX 1.4b content markup: ``<bpt>``/``<ept>`` around a pair in the side,
    ``<it>`` for a tag whose partner is not in it, ``<ph>`` for an override ({\\an8})."""
    codes = list(_ESCAPED.finditer(seg))
    partner: dict[int, int] = {}
    opened: list[tuple[str, int]] = []
    for k, code in enumerate(codes):
        if code.group(2) is None:
            continue
        name = code.group(2).lower()
        if not code.group(1):
            opened.append((name, k))
        elif any(n == name for n, _ in opened):
            j = max(j for n, j in opened if n == name)
            opened.remove((name, j))
            partner[j], partner[k] = k, j
    out: list[str] = []
    at, number = 0, dict[int, int]()
    for k, code in enumerate(codes):
        out.append(seg[at : code.start()])
        at = code.end()
        if code.group(2) is None:
            out.append(f"<ph>{code.group()}</ph>")
        elif k not in partner:
            pos = "end" if code.group(1) else "begin"
            out.append(f'<it pos="{pos}">{code.group()}</it>')
        elif not code.group(1):
            number[k] = len(number) + 1
            out.append(f'<bpt i="{number[k]}">{code.group()}</bpt>')
        else:
            out.append(f'<ept i="{number[partner[k]]}">{code.group()}</ept>')
    return "".join(out) + seg[at:]
