"""A timed transcript's sentences as cues: time spans for `timing`, from its turns' times.

A transcript writes when each turn starts ("[00:00:28] LENOIR: …", `TURN_TIME` in a
segment's meta), not when each sentence does. A turn lasts until the next one starts
(or as long as its text takes at a slow speaking rate, `_SLOW_RATE`, when that is
sooner: a pause, music, the last turn); its sentences share that span by their
length, as speech runs at about one rate; an untimed paragraph between two timed turns
is part of the turn before it. A sentence outside every turn (the transcript's title,
"END OF TRANSCRIPT") gets an empty span where it stands: nothing is said then, so it
pairs with no cue in time and is left out at no cost.

The spans are written as SubRip timecodes marked `timing.DERIVED` after the end time, so
the aligner takes them as it takes a subtitle file's (`retiming.retimed`: a clock fitted on
the first search's sure pairs, then time overlap as evidence), their edges held loosely
(`timing.DERIVED_SLACK`): a sentence's share of a turn is no cue's time. Pure: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from workbench.align.timing import DERIVED
from workbench.model import SPEAKER, TURN_TIME, Meta

_SLOW_RATE = 8.0  # characters a second: slower than speech (~15), so a turn rarely ends early
_FPS = 25.0  # a broadcaster's timecode counts frames last ("10:00:04:12"): PAL's 25
_TIME = re.compile(r"(?:(\d{1,2}):)?(\d{1,2}):(\d{2})(?:([.,])(\d{1,3})|:(\d{2}))?")


def turn_seconds(time: str) -> float | None:
    """Seconds of a turn's time as a transcript writes it ("00:00:28", "1:02", "(00:12)"
    read as minutes and seconds, "00:00:04.20", "10:00:04:12" with frames); None when
    it is none."""
    found = _TIME.fullmatch(time.strip())
    if found is None:
        return None
    hours, minutes, seconds, _, fraction, frames = found.groups()
    moment = float(int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds))
    if fraction:
        moment += int(fraction) / 10 ** len(fraction)
    if frames:
        moment += int(frames) / _FPS
    return moment


def _srt(seconds: float) -> str:
    millis = round(seconds * 1000)
    hours, millis = divmod(millis, 3_600_000)
    minutes, millis = divmod(millis, 60_000)
    secs, millis = divmod(millis, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d},{millis:03d}"


def turn_timecodes(metas: Sequence[Meta], texts: Sequence[str]) -> list[str | None]:
    """Each sentence's span as a SubRip timecode (see the module's docstring), from the
    sentences' ``metas`` and ``texts`` in document order; all None when no sentence
    has a turn time (an untimed document stays untimed)."""
    starts = _carried([_start(meta) for meta in metas], metas)
    if not any(s is not None for s in starts):
        return [None] * len(texts)
    turns = _turns(starts)
    spans: list[tuple[float, float]] = []
    for k, (first, last, start) in enumerate(turns):
        if start is None:  # outside every turn: an empty span where it stands
            at = spans[-1][1] if spans else min(s for _, _, s in turns if s is not None)
            spans += [(at, at)] * (last - first)
            continue
        sizes = [max(len(t), 1) for t in texts[first:last]]
        following = next((s for _, _, s in turns[k + 1 :] if s is not None), None)
        end = start + sum(sizes) / _SLOW_RATE
        if following is not None and following > start:
            end = min(end, following)
        spans += _shared_out(start, end, sizes)
    return [f"{_srt(a)} --> {_srt(b)} {DERIVED}" for a, b in spans]


def _start(meta: Meta) -> float | None:
    time = dict(meta).get(TURN_TIME)
    return None if time is None else turn_seconds(time)


def _carried(starts: list[float | None], metas: Sequence[Meta]) -> list[float | None]:
    """``starts`` with an untimed sentence between two timed turns (a turn whose time the
    transcriber left out, a "[MUSIC]" line) or a speaker's after the last one taken into
    the turn before it: it is said then. Only what stands outside the turns (a title, an
    end line) keeps no start."""
    timed = [i for i, start in enumerate(starts) if start is not None]
    out = list(starts)
    for i in range(timed[0] + 1 if timed else len(out), len(out)):
        if out[i] is None and (i < timed[-1] or SPEAKER in dict(metas[i])):
            out[i] = out[i - 1]
    return out


def _turns(starts: Sequence[float | None]) -> list[tuple[int, int, float | None]]:
    """Runs of sentences of one turn (one start; None outside turns): (first, end, start)."""
    runs: list[tuple[int, int, float | None]] = []
    for i, start in enumerate(starts):
        if runs and runs[-1][2] == start:
            runs[-1] = (runs[-1][0], i + 1, start)
        else:
            runs.append((i, i + 1, start))
    return runs


def _shared_out(start: float, end: float, sizes: Sequence[int]) -> list[tuple[float, float]]:
    """``[start, end]`` cut into one span a sentence, each as long as its share of text."""
    total, spans, at = sum(sizes), [], start
    for size in sizes:
        step = (end - start) * size / total
        spans.append((at, at + step))
        at += step
    return spans
