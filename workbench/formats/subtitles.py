"""Subtitle files out (SubRip .srt, WebVTT .vtt): a document's cues, reviewed, as written.

Pure: the cues come in (`workbench.pipeline.subtitling` reads them from the store),
text goes out. A cue keeps its number, its timing, its settings and, while its text is
the one ingested, its line breaks and its styling as the file wrote them (`STYLED`).
A reviewer's text is laid out on the cue's number of lines and takes the cue's styling
when it styled the whole cue or each line (``<i>…</i>``, ``{\\an8}``); styling of a
few words is not guessed onto other words: the cue is written plain, and counted.
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

_ARROW = " --> "
_OVERRIDE = r"\{\\[^{}]*\}"  # an SSA override, SubRip's only: {\an8}
_WRAP = re.compile(rf"^((?:{_OVERRIDE})*)((?:<[ibu]>)*)(.*?)((?:</[ibu]>)*)$", re.DOTALL)
_ANY_TAG = re.compile(rf"<[^<>]*>|{_OVERRIDE}")


@dataclass(frozen=True)
class Cue:
    """One cue to write: its ``number`` (a SubRip number, a WebVTT identifier), its
    ``timecode`` in either notation, its ``text`` (lines apart, styling in) and its
    ``settings`` (WebVTT's ``line:0``, SubRip's coordinates), written after the timing."""

    number: str
    timecode: str
    text: str
    settings: str = ""


@dataclass(frozen=True)
class CueText:
    """What a cue says once reviewed: its ``lines`` of clean text, whether they are the
    ingested text (``unchanged``), and the cue as ingested (``styled``: its text with its
    styling, empty when it had none)."""

    lines: tuple[str, ...]
    unchanged: bool
    styled: str = ""
    # the lines of each of the cue's segments, in order (a caption's, then a credit's)
    groups: tuple[int, ...] = ()


def spread(text: str, parts: Sequence[str]) -> list[str]:
    """``text``, a reviewer's text for several cues that said ``parts``, cut into one text
    per cue: each cut falls where the words of ``text`` meet the words the cues held
    (the words of a cue they rewrote go to that cue); ``text`` unchanged gives ``parts``.
    A line break of ``text`` stays in its cue's text (a subtitler's own lines); one that
    falls at a cut is the cut. A text whose lines are k·n for k cues gives each cue n of
    them, in order (a subtitler's lines laid cue by cue; lines38: the words' cut ran
    across a line, and a cue got 3 lines)."""
    if " ".join(parts) == text:
        return list(parts)
    own = [line for line in text.split("\n") if line.strip()]
    if len(parts) > 1 and len(own) > 1 and len(own) % len(parts) == 0:
        n = len(own) // len(parts)
        return ["\n".join(own[k : k + n]) for k in range(0, len(own), n)]
    old = [w for p in parts for w in p.split()]
    lines = [line.split() for line in text.split("\n")]
    new = [w for line in lines for w in line]
    breaks = set(itertools.accumulate(len(line) for line in lines[:-1]))  # words before each
    ends, total = [], 0
    for part in parts[:-1]:
        total += len(part.split())
        ends.append(total)
    cuts = [_where(SequenceMatcher(None, old, new, autojunk=False), end, len(new)) for end in ends]
    bounds = [0, *cuts, len(new)]
    return [_joined(new, breaks, a, b) for a, b in itertools.pairwise(bounds)]


def _joined(words: Sequence[str], breaks: set[int], start: int, end: int) -> str:
    """``words[start:end]`` joined by spaces, a line break before each word that opened a
    line (``breaks``: the indexes of those words), but the first."""
    out = words[start] if end > start else ""
    for k in range(start + 1, end):
        out += ("\n" if k in breaks else " ") + words[k]
    return out


def _where(matcher: SequenceMatcher[str], end: int, total: int) -> int:
    """The position in the new words of the cut after the first ``end`` old words: where
    the words around it went, or in proportion inside words the reviewer rewrote."""
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if i1 == end:
            return j1
        if i1 < end < i2:
            inside = end - i1 if tag == "equal" else round((end - i1) * (j2 - j1) / (i2 - i1))
            return j1 + inside
    return total


def lay_out(text: str, lines: int) -> tuple[str, ...]:
    """``text`` on ``lines`` lines as a subtitler breaks them: a dialogue's turns ("- …")
    each on its line; else cut at the spaces that make the lines most even."""
    turns = [t.strip() for t in re.split(r"(?:^|\s)(?=- )", text) if t.strip()]
    if len(turns) == lines and lines > 1 and all(t.startswith("- ") for t in turns):
        return tuple(turns)
    words = text.split()
    if lines <= 1 or len(words) < lines:
        return (text,)
    out, rest = [], words
    for left in range(lines, 1, -1):
        target = len(" ".join(rest)) / left
        cut = min(range(1, len(rest)), key=lambda k: abs(len(" ".join(rest[:k])) - target))
        out.append(" ".join(rest[:cut]))
        rest = rest[cut:]
    return (*out, " ".join(rest))


def styled_text(cue: CueText, *, vtt: bool, same_notation: bool) -> tuple[str, bool]:
    """The text a cue is written with, and whether styling it had was lost.

    Unchanged and written in its own notation: the cue as ingested. Otherwise its
    lines, wrapped as the whole cue or each of its lines was (SSA overrides only in
    SubRip; each line its own wrap where each segment's lines share one: an italic
    caption above its plain credit), or plain when the styling was on some words only.
    """
    if cue.unchanged and cue.styled:
        return (cue.styled if same_notation else _carried(cue.styled, vtt=vtt)), False
    lines = [html.escape(line, quote=False) if vtt else line for line in cue.lines]
    if not cue.styled:
        return "\n".join(lines), False
    wrap = _wrap(cue.styled, vtt=vtt)
    if wrap is not None:
        return f"{wrap[0]}{chr(10).join(lines)}{wrap[1]}", False
    styled_lines = cue.styled.split("\n")
    wraps = [_wrap(line, vtt=vtt) for line in styled_lines]
    groups = cue.groups or (len(lines),)
    if len(styled_lines) == len(lines) and _each_segment_alike(wraps, groups):
        pairs = zip(wraps, lines, strict=True)
        return "\n".join(f"{w[0]}{line}{w[1]}" for w, line in pairs if w), False
    lost = bool(_ANY_TAG.search(cue.styled))
    return "\n".join(lines), lost


def _each_segment_alike(wraps: Sequence[tuple[str, str] | None], groups: Sequence[int]) -> bool:
    """Whether each line has its wrap and the lines of each segment share one: a
    reviewer's words move between a caption's lines, never into its credit's."""
    if None in wraps or sum(groups) != len(wraps):
        return False
    starts = list(itertools.accumulate(groups, initial=0))
    return all(len(set(wraps[a:b])) <= 1 for a, b in itertools.pairwise(starts))


def _carried(styled: str, *, vtt: bool) -> str:
    """A cue's styled text in the other notation: ``<i>``, ``<b>``, ``<u>`` kept (both have
    them), the rest of the styling dropped, the text escaped as WebVTT wants or not."""
    pieces = re.split(rf"(<[^<>]*>|{_OVERRIDE})", styled)
    out = []
    for k, piece in enumerate(pieces):
        if k % 2:
            out.append(piece if re.fullmatch(r"</?[ibu]>", piece) else "")
        else:
            out.append(html.escape(piece, quote=False) if vtt else html.unescape(piece))
    return "".join(out)


def _wrap(styled: str, *, vtt: bool) -> tuple[str, str] | None:
    """The styling around the whole of ``styled`` (``("{\\an8}<i>", "</i>")``), or None
    when styling sits inside it too."""
    found = _WRAP.match(styled)
    if found is None or _ANY_TAG.search(found.group(3)):
        return None
    overrides, opened, closed = found.group(1), found.group(2), found.group(4)
    if re.findall(r"<([ibu])>", opened)[::-1] != re.findall(r"</([ibu])>", closed):
        return None
    return ("" if vtt else overrides) + opened, closed


# SubRip's placement overrides at the top of the screen, as WebVTT settings say it
_TOP = {"7": "line:0 align:start", "8": "line:0", "9": "line:0 align:end"}


def vtt_settings(styled: str) -> str:
    """The WebVTT settings a SubRip cue's placement says (``{\\an8}``: ``line:0``), so that a
    cue set at the top of the screen stays there; none for other placements."""
    found = re.match(r"\{\\an([1-9])\}", styled)
    return _TOP.get(found.group(1), "") if found else ""


def _notation(timecode: str, *, vtt: bool) -> str:
    start, end = (t.strip() for t in timecode.split("-->"))
    if vtt:
        return f"{start.replace(',', '.')}{_ARROW}{end.replace(',', '.')}"
    return f"{start.replace('.', ',')}{_ARROW}{end.replace('.', ',')}"


def srt_text(cues: Sequence[Cue]) -> str:
    """The cues as a SubRip file: number (the cue's, or its position when it is a WebVTT
    name), timing, text, a blank line."""
    blocks = []
    for position, cue in enumerate(cues, 1):
        number = cue.number if cue.number.isdigit() else str(position)
        timing = _notation(cue.timecode, vtt=False) + (f" {cue.settings}" if cue.settings else "")
        blocks.append(f"{number}\n{timing}\n{cue.text}\n")
    return "\n".join(blocks)


def vtt_text(cues: Sequence[Cue]) -> str:
    """The cues as a WebVTT file: its header, then identifier, timing and settings, text."""
    blocks = ["WEBVTT\n"]
    for cue in cues:
        timing = _notation(cue.timecode, vtt=True) + (f" {cue.settings}" if cue.settings else "")
        identifier = f"{cue.number}\n" if cue.number and "-->" not in cue.number else ""
        blocks.append(f"{identifier}{timing}\n{cue.text}\n")
    return "\n".join(blocks)
