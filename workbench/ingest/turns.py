"""A transcript's turn markup: who speaks and when, markup of the paragraph, not its text.

Transcripts mark each turn at the start of its paragraph, in a handful of shapes:

=========================================  ==========================================
shape                                      written by
=========================================  ==========================================
``[00:00:28] LENOIR: When I started…``     Descript, broadcasters' transcripts
``00:01:02 NARRATOR – At dawn…``           as-broadcast scripts (SMPTE ``10:00:04:12``)
``LENOIR : Quand j'ai commencé…``          French typography: a space before the colon
``(00:12) Q: What did you…``               interview transcripts (Q/A)
``Marie Lenoir (00:04):`` then the text    Rev: label and time on a line of their own
``Marie Lenoir  0:04`` then the text       Otter: name and time, no colon
``00:00:04 Speaker 1`` then the text       Word's Transcribe
``[00:00:04] At dawn…``                    a timed transcript without speakers
=========================================  ==========================================

The speaker's label and the timecode are left out of the text (a CAT tool's segment
of such a line is what is said; "[00:00:28] LENOIR: When I…" in a memory unit matches
none) and kept as the block's metadata, `SPEAKER` and `TURN_TIME`; a line that
is markup alone gives them to the paragraphs after it, up to the next turn. A
paragraph of several turns ("… Are you ready? [00:00:53] LENOIR: Almost.", "- Attention,
le pont est fin ici. - Je vois. Vas-y.") is cut into one block a turn, so that no
segment holds two speakers. A dialogue dash stays in its turn's text: it is a list
marker's shape, which `formats.markers` leaves out of the unit.

Markup is read only in a document that is a transcript: three paragraphs open with a
turn at least, and 30 % of them, and its turns are timed or name two speakers or more.
A label in mixed case without a time ("Marie Lenoir:", "Speaker 1:") counts only where it opens two
paragraphs or more: "Note: …" once in a report is prose. Pure: no I/O.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from workbench.ingest.markup import RawBlock
from workbench.model import SPEAKER, TURN_TIME, Meta

_MIN_TURNS = 3  # paragraphs opening with a turn for a document to be a transcript
# and their share of its paragraphs: a transcript is turns (Rev's, Otter's: every other
# paragraph), a forum page's "Messages : 12", "Re: …" and a podcast page's few quoted
# lines among its menus are not
_MIN_SHARE = 0.3
_UP = "A-ZÀ-ÖØ-Þ"
_TIME = r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,:]\d{1,3})?"
_FULL_TIME = r"\d{1,2}:\d{2}:\d{2}(?:[.,:]\d{1,3})?"  # hours written: not "10:30 Coffee"


def _boxed(group: str = "") -> str:
    """A time in brackets or parentheses, ``group`` naming it: "[00:00:28]", "(00:12)"."""
    name = f"?P<{group}>" if group else "?:"
    return rf"[\[(]\s*({name}{_TIME})\s*[\])]"


# A label in capitals ("LENOIR", "JEAN-PIERRE REY", "SPEAKER 2", "Q"), or in mixed case
# ("Marie Lenoir", "Speaker 1"), with perhaps a stage note ("NARRATOR (V.O.)", "(OFF)").
_CAPS = rf"[{_UP}][{_UP}0-9'’.\-]*(?:[ \u00a0][{_UP}0-9][{_UP}0-9'’.\-]*){{0,3}}"
_NAME = rf"[{_UP}][\w'’.\-]*(?:[ \u00a0](?:[{_UP}0-9][\w'’.\-]*|de|van|von|da|di|le|la)){{0,3}}"
_NOTE = r"(?:[ \u00a0]?\((?:[A-Za-z.]{1,12}|[A-Z][A-Z .]{1,15})\))?"
_SPACE = r"[ \t\u00a0\u202f]"
_COLON = rf"{_SPACE}*[:：]"
_DASH = rf"{_SPACE}+[–—-]"
_OPENING = re.compile(
    rf"^(?:{_boxed('boxed')}|(?P<bare>{_FULL_TIME})|(?P<short>{_TIME})(?={_SPACE}+[{_UP}]))?"
    rf"{_SPACE}*"
    rf"(?:(?P<caps>{_CAPS}){_NOTE}(?:{_SPACE}*{_boxed('after')})?(?:{_COLON}|(?P<dash>{_DASH})|$)"
    rf"|(?P<name>{_NAME}){_NOTE}(?:{_SPACE}*{_boxed('named')}|{_SPACE}+(?P<otter>{_TIME}))?"
    rf"(?:{_COLON}|$))?"
    rf"(?:{_SPACE}*{_boxed('said')})?"  # "Marie Lenoir: [00:00:28] When I…"
    rf"{_SPACE}*"
)
_TIME_GROUPS = ("boxed", "bare", "short", "after", "named", "otter", "said")
# Inside a paragraph, after a sentence's end: a boxed time, or a dialogue dash.
_SENTENCE_END = r"(?<=[.!?…»\"”])"
_INLINE_TIME = re.compile(rf"{_SENTENCE_END}{_SPACE}+(?={_boxed()})")
_INLINE_DASH = re.compile(rf"{_SENTENCE_END}{_SPACE}+(?=[–—-]{_SPACE})")
_OPENS_DASH = re.compile(rf"^[–—-]{_SPACE}")


@dataclass(frozen=True)
class Turn:
    """What a paragraph's opening markup says: who speaks, from when, where its text starts."""

    speaker: str
    time: str
    end: int  # where the text after the markup starts
    named: bool  # the label is in mixed case (counts only when it recurs)

    @property
    def meta(self) -> Meta:
        return tuple(pair for pair in ((SPEAKER, self.speaker), (TURN_TIME, self.time)) if pair[1])


def opening_turn(text: str) -> Turn | None:
    """The turn markup ``text`` opens with (a timecode, a speaker's label, both), or None.

    A label must be followed by a colon, or by a dash after a time, or end a line that
    holds a time too (Rev's, Otter's, Word's line of its own: "END OF TRANSCRIPT" is a
    heading); a time not in brackets must write its hours or be followed by a label
    ("10:30 Coffee" is a schedule's line, not a turn)."""
    found = _OPENING.match(text)
    if found is None or found.end() == 0:
        return None
    parts = found.groupdict()
    time = next((parts[k] for k in _TIME_GROUPS if parts[k]), "")
    speaker = (parts["caps"] or parts["name"] or "").strip()
    alone = found.end() == len(text)  # a label on a line of its own
    if not (time or speaker) or (parts["short"] and (not speaker or alone)):
        return None  # "00:00 Intro", "03:12 Out on the sands": a podcast's chapters
    if (alone or parts["dash"]) and not time:  # "END OF TRANSCRIPT", "THE LAST ICE – …"
        return None
    if parts["name"] and not alone and not _labelled(text, found):
        return None
    if parts["name"] and not time and not text[found.end() :][:1].isupper():
        return None  # a field's label: "Messages : 12", "Inscription : sept. 2026"
    return Turn(speaker, time, found.end(), named=bool(parts["name"]) and not time)


def _labelled(text: str, found: re.Match[str]) -> bool:
    """Whether a mixed-case label is closed by a colon (not "Marie went home")."""
    return ":" in text[: found.end()] or "：" in text[: found.end()]


def turn_blocks(blocks: Sequence[RawBlock]) -> list[RawBlock]:
    """``blocks`` with their turn markup read (see the module's docstring): unchanged
    unless they are a transcript's."""
    turns = [opening_turn(b.text) for b in blocks]
    recurring = Counter(t.speaker for t in turns if t is not None and t.named)
    kept = [t if t is None or not t.named or recurring[t.speaker] > 1 else None for t in turns]
    if not _is_transcript(kept):
        return list(blocks)
    speakers = {t.speaker for t in kept if t is not None and t.speaker} | _timed_inside(blocks)
    out: list[RawBlock] = []
    carried: Meta = ()
    for block, turn in zip(blocks, kept, strict=True):
        meta = carried
        if turn is not None:
            text = block.text[turn.end :].strip()
            carried = () if text else turn.meta
            if not text:  # a label on a line of its own: markup of the paragraphs after it
                continue
            block, meta = replace(block, text=text), turn.meta
        out += _cut(block, meta, speakers)
    return out


def _timed_inside(blocks: Sequence[RawBlock]) -> set[str]:
    """The speakers of turns that open inside a paragraph after a boxed time."""
    turns = (opening_turn(p) for b in blocks for p in _INLINE_TIME.split(b.text)[1:])
    return {t.speaker for t in turns if t is not None and t.speaker and t.time}


def _is_transcript(turns: Sequence[Turn | None]) -> bool:
    found = [t for t in turns if t is not None]
    speakers = {t.speaker for t in found if t.speaker}
    return (
        len(found) >= _MIN_TURNS
        and len(found) >= _MIN_SHARE * len(turns)
        and (any(t.time for t in found) or len(speakers) >= 2)
    )


def _cut(block: RawBlock, meta: Meta, speakers: set[str]) -> list[RawBlock]:
    """One block per turn of ``block`` (its opening markup already removed), each with
    its turn's metadata: a boxed time after a sentence opens a turn, as a known
    speaker's label does; in a paragraph that opens with a dialogue dash, each dash
    after a sentence does."""
    pieces = [p for p in _INLINE_TIME.split(block.text) if p]
    if _OPENS_DASH.match(block.text):
        pieces = [q for p in pieces for q in _INLINE_DASH.split(p) if q]
    pieces = [q for p in pieces for q in _by_speaker(p, speakers)]
    out = []
    for k, piece in enumerate(pieces):
        turn = opening_turn(piece) if k else None
        if turn is not None and (turn.time or turn.speaker in speakers):
            piece, meta = piece[turn.end :].strip(), turn.meta
        if piece:
            out.append(replace(block, text=piece, meta=(*block.meta, *meta)))
    return out


def _by_speaker(text: str, speakers: set[str]) -> list[str]:
    """``text`` cut before each known speaker's label after a sentence's end."""
    if not speakers:
        return [text]
    names = "|".join(re.escape(s) for s in sorted(speakers, key=len, reverse=True))
    cut = re.compile(rf"{_SENTENCE_END}{_SPACE}+(?=(?:{names}){_NOTE}(?:{_COLON}|{_DASH}))")
    return [p for p in cut.split(text) if p]
