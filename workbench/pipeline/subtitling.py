"""A subtitle document back out as a subtitle file (``workbench export DOC -f srt|vtt``):
its French cues, each with its number, timing and styling, saying what the review made
of them.

One cue per cue the document was read from: its caption's text as its bead holds it (a
reviewer's edit wins), its credit lines as read. Machine translation never enters: MT
drafts are the counterpart side's, and this file is the French one. A bead of several
cues gives each cue its own text and timing: the reviewer's text is cut where the cues'
words went (`formats.subtitles.spread`), with its continuation dots where it had them
(`formats.continuation`). A SubRip file is written in the encoding its
document was read in (cp1252 stays cp1252) when that holds every cue, else in UTF-8;
WebVTT is UTF-8. Its lines end as the document's file's did (CR LF from a Windows
tool stays CR LF), and so does the file (a blank line after the last cue). The file is
written like every export, staged and published whole (`formats.atomic`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.formats.atomic import publish, staged
from workbench.formats.choices import ExportFormat
from workbench.formats.continuation import their_dots
from workbench.formats.report import ExportReport
from workbench.formats.subtitles import (
    Cue,
    CueText,
    lay_out,
    spread,
    srt_text,
    styled_text,
    vtt_settings,
)
from workbench.formats.subtitles import vtt_text as vtt_file
from workbench.ingest.readers_subtitles import (
    CUE,
    FILE_END,
    LINE_ENDS,
    LINES,
    SETTINGS,
    STYLED,
    TIMECODE,
)
from workbench.model import Alignment, Document, InputError, Segment
from workbench.pipeline.alignment import alignment_for
from workbench.spaces import collapse
from workbench.wording import counted

if TYPE_CHECKING:
    from workbench.store import Store

PAGE = 2000


def reviewed_in(store: Store, doc: Document, cp_lang: str) -> Alignment | None:
    """The alignment whose review a subtitle file of ``doc`` carries: its alignment with
    ``cp_lang`` (NotFoundError, saying what to run, when it has none but was aligned: a
    review exists elsewhere), or None when ``doc`` was never aligned: its cues go as read,
    for a subtitler who ingested only to get the file back."""
    if not store.alignments(doc.id):
        return None
    return alignment_for(store, doc.id, cp_lang)


def export_subtitles(
    store: Store, doc: Document, cp_lang: str, fmt: ExportFormat, path: Path
) -> ExportReport:
    """Write ``doc``'s cues, reviewed in its alignment with ``cp_lang`` (as read when it was
    never aligned: `reviewed_in`), to ``path``; InputError (one line) when the document
    was not read from a subtitle file."""
    alignment = reviewed_in(store, doc, cp_lang)
    version = doc.version if alignment is None else alignment.version
    segments = [s for s in store.segments(doc.id, version) if _meta(s).get(TIMECODE)]
    if not segments:
        raise InputError(
            f"{doc.name}: has no timecodes (it was not read from a .srt or .vtt file), so it "
            "cannot be written as subtitles; export it as tmx, xliff12, tsv, csv or xlsx"
        )
    timed = {s.id: s for s in segments}
    texts, untimed = ({}, 0) if alignment is None else _reviewed(store, alignment.id, timed)
    vtt = fmt is ExportFormat.VTT
    cues, lost, emptied = [], 0, 0
    for cue_segments in _by_cue(segments):
        cue, styling_lost = _cue(cue_segments, texts, vtt=vtt)
        if cue.text.strip():
            cues.append(cue)
        emptied += not cue.text.strip()
        lost += styling_lost
    text = vtt_file(cues) if vtt else srt_text(cues)
    if _meta(segments[0]).get(FILE_END):  # as the file ended: a blank line after the last cue
        text += "\n"
    if _meta(segments[0]).get(LINE_ENDS) == "crlf":  # as the file came (a Windows tool's)
        text = text.replace("\n", "\r\n")
    encoding = _encoding(doc.encoding, text, vtt=vtt)
    with staged(path.parent) as stage:
        (stage / path.name).write_bytes(text.encode(encoding))
        publish([(stage / path.name, path)])
    notices = (
        f"not aligned with {cp_lang} yet: the cues as read" * (alignment is None),
        f"{counted(lost, 'edited cue')} written without the styling of some words" * bool(lost),
        f"{counted(emptied, 'cue')} a reviewer emptied left out" * bool(emptied),
        f"{counted(untimed, 'French text')} with no French cue (typed beside a {cp_lang} cue "
        "alone) not written: no French timing; add the cue to the subtitle file" * bool(untimed),
    )
    notice = "; ".join(n for n in notices if n)
    return ExportReport(paths=(path,), written=len(cues), notice=notice, item="cue")


def _encoding(read_in: str, text: str, *, vtt: bool) -> str:
    """The file's own encoding (a subtitler's tool may read only cp1252), when it can
    hold every cue; else UTF-8, as WebVTT always is."""
    if vtt:
        return "utf-8"
    try:
        text.encode(read_in)
    except (LookupError, UnicodeEncodeError):
        return "utf-8"
    return read_in


def _meta(segment: Segment) -> dict[str, str]:
    return dict(segment.meta)


def _reviewed(
    store: Store, alignment_id: int, timed: dict[int, Segment]
) -> tuple[dict[int, str], int]:
    """Segment id → its French as the review left it, for each timed segment in a bead;
    and how many beads hold a French text with no French cue (a reviewer's, typed beside
    a counterpart cue: it has no French timing)."""
    texts: dict[int, str] = {}
    untimed, offset = 0, 0
    while page := store.beads(alignment_id, offset=offset, limit=PAGE):
        offset += len(page)
        for bead in page:
            ids = [i for i in bead.fr if i in timed]
            if not ids:
                untimed += bool(bead.fr_text.strip()) and not bead.fr
                continue
            said = [timed[i].text for i in ids]
            # a reviewer's line breaks are the cue's lines (newcomer37: re-cut mid-sentence)
            text = "\n".join(collapse(line) for line in bead.fr_text.strip().split("\n"))
            same = collapse(" ".join(said)) == text
            texts.update(
                zip(ids, said if same else their_dots(said, spread(text, said)), strict=True)
            )
    return texts, untimed


def _by_cue(segments: Sequence[Segment]) -> Iterator[list[Segment]]:
    """The segments in runs of one cue each (a caption and its credit lines share one)."""
    run: list[Segment] = []
    for segment in segments:
        if run and (_meta(run[0]).get(CUE), _meta(run[0])[TIMECODE]) != (
            _meta(segment).get(CUE),
            _meta(segment)[TIMECODE],
        ):
            yield run
            run = []
        run.append(segment)
    if run:
        yield run


def _cue(segments: Sequence[Segment], texts: dict[int, str], *, vtt: bool) -> tuple[Cue, bool]:
    """One cue to write from its segments and their reviewed texts; whether styling of
    some of its words was lost to a reviewer's edit."""
    meta = _meta(segments[0])
    lines: list[str] = []
    groups: list[int] = []  # each segment's number of lines: a caption's, a credit's
    unchanged = True
    for segment in segments:
        text = texts.get(segment.id, segment.text)
        own = _meta(segment).get(LINES, segment.text)
        if text in (segment.text, own):  # its lines as the cue had them
            laid = own.split("\n")
        elif "\n" in text:  # a reviewer's own lines
            unchanged = False
            laid = text.split("\n")
        else:
            unchanged = False
            laid = list(lay_out(text, len(own.split("\n"))))
        laid = [line for line in laid if line]
        lines += laid
        groups.append(len(laid))
    timecode = meta[TIMECODE]
    same_notation = ("," in timecode) != vtt
    cue_text = CueText(tuple(lines), unchanged, meta.get(STYLED, ""), tuple(groups))
    written, lost = styled_text(cue_text, vtt=vtt, same_notation=same_notation)
    settings = meta.get(SETTINGS, "") if same_notation else ""
    if vtt and not same_notation:  # SubRip's {\an8} is WebVTT's line:0
        settings = vtt_settings(meta.get(STYLED, ""))
    return Cue(meta.get(CUE, ""), timecode, written, settings), lost
