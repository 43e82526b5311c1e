"""The checks a subtitler's QA runs on timed cues: reading speed, characters per line,
lines per cue, time on screen, overlapping cues and the gap between cues.

Pure: functions over :class:`Cue`\\ s (a subtitle file's cues in file order, as
`workbench.ingest.readers_subtitles` stores them: segment meta ``timecode`` and
``lines``) returning :class:`CueFinding`\\ s. Each finding names the cue's number in its
file and its start time, as a subtitle editor lists them.

The limits are the published ones, in one table each (`READING_SPEEDS`, `LINE_LENGTHS`,
:class:`SubtitleRules`):

- Netflix's Timed Text Style Guide, General Requirements: at least 5/6 of a second and
  at most 7 seconds per subtitle event, 2 frames minimum between events "regardless of
  frame rate", 2 lines maximum; its language guides: 42 characters per line (French,
  English…), reading speeds by language and audience (17 characters a second for French
  adult programmes, 20 for English, 13 and 17 for children's). Subtitle Edit's "Netflix
  quality check" (`NetflixQualityController.cs`, `NetflixCheckMaxCps.cs`,
  `NetflixCheckTwoFramesGap.cs`) carries the same table and counts a cue's characters as
  this module does: every character of its lines, spaces and punctuation included, line
  breaks and styling tags not.
- The BBC Subtitle Guidelines ("4 Timing", "3.3 Avoid 3 lines or more") and Subtitle
  Edit's "Fix common errors" (overlapping display times, too short or too long display
  times, lines too long, too many lines, short gaps) run the same checks with looser
  defaults (25 characters a second, 1 to 8 seconds, 43 characters, 24 ms between cues);
  Netflix's are the strictest published, and a cue that passes them passes those.

Everything is a warning, as those tools report them, but a cue that ends before it
starts: the WebVTT specification's cue timings say the end timestamp "must be greater
than the start time offset of the cue" (players skip such a cue, or refuse the file), an
error. Overlapping cues stay a warning: WebVTT allows them ("Different cues can
overlap"), Netflix's 2-frame gap does not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum

from workbench.quality.qa_base import IssueKind, Severity


class Audience(StrEnum):
    ADULT = "adult"
    CHILDREN = "children"


# Reading speed, characters a second, by (audience, SDH) and language, "" for every other
# language: Netflix's language guides as Subtitle Edit's NetflixQualityController holds them.
READING_SPEEDS: dict[tuple[Audience, bool], dict[str, float]] = {
    (Audience.ADULT, False): {"": 17, "en": 20, "ar": 20, "hi": 22, "ja": 4, "ko": 12, "zh": 9},
    (Audience.CHILDREN, False): {"": 13, "en": 17, "ar": 17, "hi": 18, "ja": 4, "ko": 9, "zh": 7},
    (Audience.ADULT, True): {"": 20, "ar": 23, "hi": 25, "ja": 7, "ko": 14, "zh": 11},
    (Audience.CHILDREN, True): {"": 17, "ar": 20, "hi": 20, "ja": 7, "ko": 11, "zh": 9},
}
# Characters per line by language (Netflix's language guides; "": every other language).
LINE_LENGTHS: dict[str, int] = {"": 42, "ja": 23, "th": 35, "ko": 16, "zh": 16}


@dataclass(frozen=True)
class SubtitleRules:
    """Who the subtitles are for, and the limits that do not depend on the language."""

    audience: Audience = Audience.ADULT
    sdh: bool = False  # subtitles for the deaf and hard of hearing: Netflix allows faster
    max_lines: int = 2
    min_duration: float = 5 / 6  # seconds: 20 frames at 24 fps
    max_duration: float = 7.0
    min_gap_frames: int = 2
    # An .srt or .vtt file does not say its frame rate. At 30 fps, the fastest common rate,
    # 2 frames are 67 ms: a gap shorter than that is under 2 frames at every rate, and a
    # file timed on 2 frames at any rate is not flagged.
    frame_rate: float = 30.0

    def reading_speed(self, lang: str) -> float:
        speeds = READING_SPEEDS[(self.audience, self.sdh)]
        return speeds.get(_base(lang), speeds[""])

    def line_length(self, lang: str) -> int:
        return LINE_LENGTHS.get(_base(lang), LINE_LENGTHS[""])

    @property
    def min_gap(self) -> float:
        return self.min_gap_frames / self.frame_rate


def _base(lang: str) -> str:
    return lang.split("-")[0].split("_")[0].casefold()


@dataclass(frozen=True)
class Cue:
    """A cue as a subtitle editor shows it: its ``number`` in its file (from 1), its
    times in seconds, its lines, its timecode as the file writes it, and ``key``, the
    caller's handle on it (the first of its segments)."""

    number: int
    start: float
    end: float
    lines: tuple[str, ...]
    timecode: str
    key: int

    @property
    def at(self) -> str:
        """Its start as the file writes it ("00:01:02,300")."""
        return self.timecode.split("-->")[0].strip()

    @property
    def characters(self) -> int:
        return sum(len(line) for line in self.lines)


@dataclass(frozen=True)
class CueFinding:
    kind: IssueKind
    severity: Severity
    message: str
    cue: Cue


_STAMP = re.compile(r"(?:(\d+):)?(\d{1,2}):(\d{1,2})[,.:](\d{1,3})")


def seconds(stamp: str) -> float:
    """``00:01:02,300`` (SubRip) or ``00:01:02.300`` / ``01:02.300`` (WebVTT) in seconds."""
    found = _STAMP.fullmatch(stamp.strip())
    if found is None:
        raise ValueError(f"not a subtitle time: {stamp!r}")
    hours, minutes, secs, millis = found.groups()
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(secs) + int(millis.ljust(3, "0")) / 1000


def cues_of(segments: Sequence[tuple[int, str, dict[str, str]]]) -> list[Cue]:
    """The cues of a document's segments in order, ``(id, text, meta)`` each: segments
    with one timecode in a row are one cue (a cue's credit line is a segment of its own),
    each segment's ``lines`` or its text its lines. Segments with no timecode are left out.
    Cues are numbered as they come: a cue with no text, which the readers skip, shifts the
    numbers after it, so each finding gives the time too."""
    cues: list[Cue] = []
    for seg_id, text, meta in segments:
        timecode = meta.get("timecode")
        if not timecode or "-->" not in timecode:
            continue
        lines = tuple(meta.get("lines", text).split("\n"))
        if cues and cues[-1].timecode == timecode:
            last = cues[-1]
            cues[-1] = Cue(
                last.number, last.start, last.end, last.lines + lines, timecode, last.key
            )
            continue
        start, end = (seconds(part) for part in timecode.split("-->"))
        cues.append(Cue(len(cues) + 1, start, end, lines, timecode, seg_id))
    return cues


def check_cues(
    cues: Sequence[Cue], lang: str, rules: SubtitleRules | None = None, label: str = "cue"
) -> list[CueFinding]:
    """Every finding on ``cues`` (one file's, in file order) in language ``lang``; each
    message opens with ``label``, the cue's number and its start ("glacier.fr cue 12 at
    00:00:45,271: …")."""
    rules = rules or SubtitleRules()
    found: list[CueFinding] = []
    for i, cue in enumerate(cues):
        following = cues[i + 1] if i + 1 < len(cues) else None
        for kind, severity, message in (
            *_timing(cue, rules, lang),
            *_layout(cue, rules, lang),
            *_next(cue, following, rules),
        ):
            message = f"{label} {cue.number} at {cue.at}: {message}"
            found.append(CueFinding(kind, severity, message, cue))
    return found


def _timing(cue: Cue, rules: SubtitleRules, lang: str) -> Iterator[tuple[IssueKind, Severity, str]]:
    """A cue that ends before it starts (an error), is on screen too short or too long, or
    is read too fast for its language and audience."""
    duration = cue.end - cue.start
    if duration <= 0:
        yield (IssueKind.DURATION, Severity.ERROR,
               "ends before it starts (or when it starts): no player shows it")  # fmt: skip
        return
    if duration < rules.min_duration - 0.0005:
        yield (IssueKind.DURATION, Severity.WARNING,
               f"on screen {duration:.2f} s, under {rules.min_duration:.2f} s (5/6 s)")  # fmt: skip
    elif duration > rules.max_duration + 0.0005:
        yield (IssueKind.DURATION, Severity.WARNING,
               f"on screen {duration:.2f} s, over {rules.max_duration:g} s")  # fmt: skip
    limit = rules.reading_speed(lang)
    speed = cue.characters / duration
    if speed > limit:
        yield (
            IssueKind.READING_SPEED,
            Severity.WARNING,
            f"{speed:.1f} characters a second, over {limit:g} ({lang} {rules.audience}"
            f"{' SDH' if rules.sdh else ''}): {cue.characters} characters in {duration:.2f} s",
        )


def _layout(cue: Cue, rules: SubtitleRules, lang: str) -> Iterator[tuple[IssueKind, Severity, str]]:
    """Lines over the language's length, more lines than allowed."""
    limit = rules.line_length(lang)
    for number, line in enumerate(cue.lines, 1):
        if len(line) > limit:
            yield (IssueKind.LINE_LENGTH, Severity.WARNING,
                   f"line {number} has {len(line)} characters, over {limit}: {line!r}")  # fmt: skip
    if len(cue.lines) > rules.max_lines:
        yield (IssueKind.LINE_COUNT, Severity.WARNING,
               f"{len(cue.lines)} lines, over {rules.max_lines}")  # fmt: skip


def _next(
    cue: Cue, following: Cue | None, rules: SubtitleRules
) -> Iterator[tuple[IssueKind, Severity, str]]:
    """The next cue starting before this one ends (overlap), or less than 2 frames after."""
    if following is None or cue.end <= cue.start:
        return
    gap = following.start - cue.end
    if following.start < cue.start:
        message = f"cue {following.number} starts before it ({following.at}): out of order"
        yield IssueKind.OVERLAP, Severity.WARNING, message
    elif gap < 0:
        message = f"overlaps cue {following.number} by {-gap:.3f} s (it starts at {following.at})"
        yield IssueKind.OVERLAP, Severity.WARNING, message
    elif gap < rules.min_gap - 0.0005:
        yield (
            IssueKind.GAP,
            Severity.WARNING,
            f"{gap * 1000:.0f} ms before cue {following.number}, under {rules.min_gap_frames} "
            f"frames ({rules.min_gap * 1000:.0f} ms at {rules.frame_rate:g} fps)",
        )
