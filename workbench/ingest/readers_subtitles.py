"""Subtitles (SubRip .srt, WebVTT .vtt) as caption blocks, one per cue, timecodes kept.

Each cue becomes one block of kind ``caption``: its lines joined with a
space (a cue of several lines keeps them as metadata, ``("lines", …)``, for
the exports: see :func:`laid_out`), styling removed (``<i>``, ``<b>``,
``<font …>``, WebVTT's ``<c.x>``, ``<v Name>`` and in-cue timestamps, SSA
overrides such as ``{\\an8}``), and its timecode kept as the block's metadata,
``("timecode", "00:00:01,000 --> 00:00:03,500")`` in the file's own notation
(WebVTT's: ``00:00:01.000 --> 00:00:03.500``, hours written), which the exports
write for its side.

A sentence that runs across cues is not joined: a cue stays one segment, so
that its timecode stays exact and a translated subtitle file can be aligned
cue for cue; the aligner links a sentence spread over two cues to its
counterpart with a 2:1 or 2:2 bead, whose timecode span runs from the first
cue's start to the last one's end (see :func:`timecode_span`).

Parsing is the maintained libraries' (``srt``, ``webvtt-py``); bad input is
one :class:`ParseError` line naming the cue and the file line.
"""

from __future__ import annotations

import html
import io
import itertools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

from workbench.ingest.files import decode
from workbench.ingest.markup import RawBlock
from workbench.ingest.subtitle_checks import TimedCue, check_cues
from workbench.model import InputError, Kind, Meta, ParseError, Prop
from workbench.spaces import collapse

TIMECODE = "timecode"
# A cue of several lines: its text as the lines it was written in ("…on the way\nback…").
LINES = "lines"
# The cue's number as written (SubRip's "12"; WebVTT's identifier, or its position).
CUE = "cue"
# WebVTT's cue settings after the timing ("line:0 align:start"); SubRip's coordinates.
SETTINGS = "cue settings"
# The cue's text as written, when styling is in it ("<i>Voici…</i>", "{\\an8}…"): its
# segments' text stays clean; the subtitle exports write it back while the text is unchanged.
STYLED = "styled"
# "crlf" when the file's lines end with CR LF (a Windows tool's file): the subtitle
# exports write them back so (`pipeline.subtitling`); none for LF.
LINE_ENDS = "line ends"
# "blank line" when the file ends with a blank line after its last cue, as many tools
# write a SubRip file: the subtitle exports end so too.
FILE_END = "file end"
_TAG = re.compile(r"<[^<>]*>")
_SSA = re.compile(r"\{\\[^{}]*\}")
_ARROW = " --> "
_STAMP = r"\d+:\d{1,2}:\d{1,2}[,.:]\d{1,3}"
_SRT_TIMING = re.compile(rf"^\s*{_STAMP}\s*-->\s*{_STAMP}(?:\s.*)?$")
_STAMP_FOUND = re.compile(rf"(?<![\d:,.]){_STAMP}(?![\d:,.])")  # a whole time in a line


def clean_cue(text: str, *, entities: bool = False) -> str:
    """A cue's text on one line, styling tags removed (``entities``: WebVTT's ``&amp;``…)."""
    return " ".join(cue_lines(text, entities=entities))


def cue_lines(text: str, *, entities: bool = False) -> list[str]:
    """A cue's lines with text, styling tags removed and white space runs made one space."""
    text = _SSA.sub("", _TAG.sub("", text))
    if entities:
        text = html.unescape(text)
    return [line for line in (collapse(part) for part in text.split("\n")) if line]


def srt_time(moment: timedelta) -> str:
    """``00:00:01,000``: SubRip notation, hours unbounded."""
    millis = round(moment.total_seconds() * 1000)
    hours, millis = divmod(millis, 3_600_000)
    minutes, millis = divmod(millis, 60_000)
    seconds, millis = divmod(millis, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d},{millis:03d}"


def timecode_span(timecodes: Iterable[str]) -> str | None:
    """The span of several cues' timecodes: first start --> last end (None if there are none)."""
    found = [t for t in timecodes if _ARROW in t]
    if not found:
        return None
    return f"{found[0].split(_ARROW)[0]}{_ARROW}{found[-1].split(_ARROW)[1]}"


def _decoded(data: bytes, path: Path) -> tuple[str, str]:
    import unicodedata

    text, encoding = decode(data, path)
    return unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n"), encoding


def _with_line_ends(blocks: list[RawBlock], data: bytes) -> list[RawBlock]:
    """``blocks``, each cue's meta saying ``crlf`` when most of the file's lines end with
    CR LF (UTF-16's too: its bytes hold CR LF as 0D 00 0A 00), and ``blank line`` when
    the file ends with one."""
    crlf = data.count(b"\r\x00\n") or data.count(b"\r\n")
    lines = data.count(b"\n")
    said: tuple[tuple[str, str], ...] = ()
    if lines and crlf * 2 > lines:
        said += ((LINE_ENDS, "crlf"),)
    if data.replace(b"\x00", b"").replace(b"\r", b"").endswith(b"\n\n"):
        said += ((FILE_END, "blank line"),)
    return [replace(b, meta=(*b.meta, *said)) for b in blocks] if said else blocks


def _no_text(path: Path) -> InputError:
    return InputError(f"{path}: has no cue with text; there is nothing to ingest")


def read_srt(data: bytes, path: Path) -> tuple[list[RawBlock], str]:
    """One caption block per SubRip cue; returns the blocks and the file's encoding."""
    blocks, encoding, _ = srt_reading(data, path)
    return blocks, encoding


def srt_reading(data: bytes, path: Path) -> tuple[list[RawBlock], str, tuple[str, ...]]:
    """:func:`read_srt`, and the warnings on the file's timing (`subtitle_checks`): what
    the ingest reads (`workbench.ingest.readers`)."""
    import srt

    text, encoding = _decoded(data, path)
    _other_subtitles(text, path, "SubRip subtitles", ".vtt")
    _check_timings(text, path)
    cues: list[TimedCue] = []
    try:
        for cue in srt.parse(text):
            start, end = (round(t.total_seconds() * 1000) for t in (cue.start, cue.end))
            cues.append(TimedCue(str(cue.index), start, end, cue.content, cue.proprietary))
    except srt.SRTParseError as exc:
        line = text.count("\n", 0, exc.actual_start) + 1
        bad = text[exc.actual_start :].strip().split("\n", 2)
        shown = bad[1] if len(bad) > 1 and bad[0].strip().isdigit() else bad[0]
        raise ParseError(
            f"{path}: cue {len(cues) + 1} (line {line}) is not a SubRip cue: {shown[:60]!r}; "
            "each cue is a number, a line `00:00:01,000 --> 00:00:03,500`, then its text",
            exc,
        ) from None
    blocks, warnings = _blocks(cues, path, srt_stamp)
    return _with_line_ends(blocks, data), encoding, warnings


def _blocks(
    cues: Sequence[TimedCue], path: Path, stamp: Callable[[int], str], *, entities: bool = False
) -> tuple[list[RawBlock], tuple[str, ...]]:
    """The cues' blocks (`_cue`) in file order, and the warnings on their timing."""
    texts = [cue_lines(c.raw, entities=entities) for c in cues]
    warnings = check_cues(cues, path, texts)
    blocks: list[RawBlock] = []
    for ordinal, (cue, lines) in enumerate(zip(cues, texts, strict=True), 1):
        if lines:
            blocks += _cue(lines, ordinal, _cue_meta(cue, lines, stamp))
    if not blocks:
        raise _no_text(path)
    return blocks, warnings


def _cue_meta(cue: TimedCue, lines: Sequence[str], stamp: Callable[[int], str]) -> Meta:
    """A cue's timecode, number, settings, and its text as written when styling is in it
    (what the subtitle exports write back: `workbench.formats.subtitles`)."""
    raw = "\n".join(line.strip() for line in cue.raw.strip().split("\n"))
    meta: list[tuple[str, str]] = [(TIMECODE, f"{stamp(cue.start)}{_ARROW}{stamp(cue.end)}")]
    meta.append((CUE, cue.number))
    if cue.settings.strip():
        meta.append((SETTINGS, collapse(cue.settings)))
    if raw != "\n".join(lines):
        meta.append((STYLED, raw))
    return tuple(meta)


def _check_timings(text: str, path: Path) -> None:
    """Every timing line well formed, and at least one of them: a line with ``-->``, and
    the line after a cue's number (a number alone after a blank line or the file's start),
    which is the timing whatever its arrow ("00:00:05,000 -> 00:00:06,000").

    The ``srt`` parser takes a cue whose timing is broken as more text of the
    cue before it; a translator wants to hear which cue is broken, at which line.
    """
    lines = text.split("\n")
    cue = 0
    for number, line in enumerate(lines, 1):
        if "-->" in line or _after_cue_number(lines, number - 1):
            cue += 1
            if not _SRT_TIMING.match(line):
                raise ParseError(
                    f"{path}: cue {cue} (line {number}) has a broken timecode "
                    f"{line.strip()[:60]!r}; {_mend(line)}"
                )
    if cue == 0:
        raise ParseError(
            f"{path}: has no SubRip cue (no line such as `00:00:01,000 --> 00:00:03,500`); "
            "is it a subtitle file?"
        )


def _mend(line: str) -> str:
    """What to write instead of a broken timing ``line``: its own two times with SubRip's
    arrow between them (``00:00:07,125 -> 00:00:09,250`` → ``00:00:07,125 --> 00:00:09,250``);
    the notation alone when the line does not hold two times (never another cue's times)."""
    stamps = _STAMP_FOUND.findall(line)
    if len(stamps) == 2:
        return f"write it as `{stamps[0]}{_ARROW}{stamps[1]}`"
    return "write it as its start and end times, `HH:MM:SS,mmm --> HH:MM:SS,mmm`"


def _after_cue_number(lines: Sequence[str], i: int) -> bool:
    """Whether ``lines[i]`` follows a cue's number: a number alone on its line, first in
    the file or after a blank line."""
    return i >= 1 and lines[i - 1].strip().isdigit() and (i == 1 or not lines[i - 2].strip())


def read_vtt(data: bytes, path: Path) -> tuple[list[RawBlock], str]:
    """One caption block per WebVTT cue; returns the blocks and the file's encoding."""
    blocks, encoding, _ = vtt_reading(data, path)
    return blocks, encoding


def vtt_reading(data: bytes, path: Path) -> tuple[list[RawBlock], str, tuple[str, ...]]:
    """:func:`read_vtt`, and the warnings on the file's timing."""
    import webvtt
    from webvtt.errors import MalformedFileError

    text, encoding = _decoded(data, path)
    _other_subtitles(text, path, "a WebVTT file", ".srt")
    try:
        captions = list(webvtt.from_buffer(io.StringIO(text)).captions)
    except MalformedFileError as exc:
        raise ParseError(
            f"{path}: is not a WebVTT file; it must start with `WEBVTT` and give each "
            "cue a line `00:00:01.000 --> 00:00:03.500`",
            exc,
        ) from None
    except Exception as exc:  # webvtt-py raises ValueError, IndexError on odd timings
        raise ParseError(
            f"{path}: has a cue webvtt cannot read (an odd timing?); each cue needs a line "
            "`00:00:01.000 --> 00:00:03.500`",
            exc,
        ) from None
    cues = [
        TimedCue(
            c.identifier or str(n), _millis(c.start_time), _millis(c.end_time), c.raw_text,
            str(getattr(c, "settings", "") or ""),
        )
        for n, c in enumerate(captions, 1)
    ]  # fmt: skip
    blocks, warnings = _blocks(cues, path, vtt_stamp, entities=True)
    return _with_line_ends(blocks, data), encoding, warnings


# Characters of a subtitle file read to tell SubRip from WebVTT (`sniff.by_content` reads
# its first 4,096 bytes).
_SNIFFED = 4096


def _other_subtitles(text: str, path: Path, expected: str, suffix: str) -> None:
    """ParseError naming the other subtitle format when ``text`` is it (`sniff.by_content`:
    a SubRip file renamed .vtt was "not a WebVTT file; it must start with `WEBVTT`…",
    newcomer36)."""
    from workbench.ingest.sniff import by_content

    what, found = by_content(text.lstrip("\ufeff")[:_SNIFFED].encode("utf-8"))  # its start
    if found == suffix:
        raise ParseError(
            f"{path}: is not {expected}: it is {what}; give it the {suffix} extension to "
            "ingest it as such"
        )


def _millis(stamp: Any) -> int:
    hours, minutes, seconds, millis = stamp.to_tuple()
    return int(((hours * 60 + minutes) * 60 + seconds) * 1000 + millis)


def srt_stamp(millis: int) -> str:
    """``00:00:01,000`` from milliseconds."""
    return srt_time(timedelta(milliseconds=millis))


def vtt_stamp(millis: int) -> str:
    """``00:00:01.000``: WebVTT notation, hours written (as a translator's tools write them)."""
    return srt_stamp(millis).replace(",", ".")


# The subtitler's credit: a label of subtitling, translation or adaptation, perhaps the
# language it is in, a colon or "by", a name of a few words with no sentence's end
# ("Sous-titres : Atelier Lumière", "Traduction : Claire Aubert", "Subtítulos en español:
# …", "English subtitles by …", "Translation by …", "Adaptation : …").
_SUBTITLER_CREDIT = re.compile(
    r"^(?:[A-Z][a-z]+\s+)?"  # English puts the language first: "English subtitles by"
    r"(?:sous-titr(?:es|age)|subtit(?:les|led|ling)|subt[ií]tulos|subtitulado|untertitel"
    r"|sottotitoli|legendas|ondertiteling|napisy|undertekster|undertexter|tekstitys"
    r"|traduction|translat(?:ion|ed)|traducci[oó]n|traducido|[üu]bersetzung|traduzione"
    r"|tradu[cç][aã]o|vertaling|t[łl]umaczenie|overs[æa]ttelse|oversettelse|[öo]vers[äa]ttning"
    r"|k[äa][äa]nn[öo]s|adaptation|adaptaci[oó]n|adattamento|adapta[cç][aã]o|bearbeitung"
    r"|bewerking|adaptacja)"
    r"(?:\s+(?:en|in|auf|em|na)?\s*[^\W\d_]+)?"  # the language: "français", "en español"
    r"\s*(?::|(?:by|par|por|von|di|de|da|door)\b)\s*[^.!?…]{2,60}$",
    re.IGNORECASE,
)
_CREDIT_MAX_WORDS = 8


def is_credit(line: str) -> bool:
    """Whether a cue's ``line`` credits the subtitler, translator or adapter."""
    return bool(_SUBTITLER_CREDIT.match(line)) and len(line.split()) <= _CREDIT_MAX_WORDS


def _cue(lines: Sequence[str], number: int, meta: Meta) -> list[RawBlock]:
    """A cue's blocks, in the order of its lines: one caption block; one ``boilerplate``
    block when every line credits the subtitler, translator or adapter (not a line anyone
    says); a caption and its credit lines apart when the cue holds both (read into the
    caption, a credit was aligned with the other side's cue alone). Each block carries
    the cue's ``meta`` (timecode, number, styling), so the exports write the cue whole."""
    blocks: list[RawBlock] = []
    for credit, run in itertools.groupby(lines, key=is_credit):
        said = list(run)
        layout = ((LINES, "\n".join(said)),) if len(said) > 1 else ()
        kind = Kind.BOILERPLATE if credit else Kind.CAPTION
        blocks.append(RawBlock(" ".join(said), number, hint=kind, meta=(*meta, *layout)))
    return blocks


def laid_out(text: str, ids: Sequence[int], meta: Mapping[int, Mapping[str, str]]) -> str:
    """A bead side's ``text`` with its cue's line breaks, when the side is one cue of
    several lines (``ids``: its segment ids; ``meta`` as for `timecode_props`) and the
    text is still what the cue says; else ``text`` as it is.

    A CAT tool keeps a cue's line breaks in its segments: OmegaT 3.6 reads the cue
    "Your father waited up for you" / "until eleven." as one segment with the break
    inside, and pre-translates it only from a unit that has the break too.
    """
    lines = meta.get(ids[0], {}).get(LINES) if len(ids) == 1 else None
    return lines if lines and " ".join(lines.split("\n")) == text else text


def timecode_props(
    fr: Sequence[int],
    cp: Sequence[int],
    meta: Mapping[int, Mapping[str, str]],
    fr_lang: str,
    cp_lang: str,
) -> tuple[Prop, ...]:
    """A bead's timecodes as TMX props, one per side that has some (``xml:lang`` says which).

    ``fr``/``cp`` are the bead's segment ids, ``meta`` segment id → metadata
    (:meth:`workbench.store.Store.segment_meta`). A bead of several cues gets
    their span, first start --> last end.
    """
    props = []
    for ids, lang in ((cp, cp_lang), (fr, fr_lang)):
        span = timecode_span(meta[i][TIMECODE] for i in ids if TIMECODE in meta.get(i, {}))
        if span is not None:
            props.append(Prop("x-timecode", span, lang))
    return tuple(props)
