"""What a subtitle file's cues say of its timing, read before any cue is stored.

A cue that ends before it starts is refused (no player shows it; the subtitler
mends the file). Cues that overlap, cues that start before the cue above them starts
(out of order in time) and numbers out of order are stored as written,
each kind named in one note line with its cues (`model.FileNote`: a subtitling tool
flags them too, and `workbench qa` reports overlaps; an ordinary film has some, so a
script's `ingest` does not stop on them). A cue with no text is left out: a warning
line (exit 3), so an empty cue never vanishes without a word.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from workbench.model import FileNote, ParseError

_SHOWN = 6  # cue numbers a line names before "…"


@dataclass(frozen=True)
class TimedCue:
    """A cue as the file writes it: its number or identifier (``"12"``; WebVTT's may be
    a name or none: its position then), its times in milliseconds, its text as written
    (styling and all) and its settings (WebVTT's ``line:0 align:start``)."""

    number: str
    start: int
    end: int
    raw: str
    settings: str = ""


def _names(cues: Sequence[TimedCue]) -> str:
    names = [c.number for c in cues]
    shown = ", ".join(names[:_SHOWN]) + (", …" if len(names) > _SHOWN else "")
    return f"cue{'s' if len(names) > 1 else ''} {shown}"


def _out_of_order(pairs: Sequence[tuple[TimedCue, TimedCue]]) -> str:
    """``cue 3: out of order (starts before cue 2 starts)``, each cue with the one above it."""
    said = [f"cue {c.number} before cue {before.number}" for before, c in pairs[:_SHOWN]]
    more = ", …" if len(pairs) > _SHOWN else ""
    if len(pairs) == 1:
        before, cue = pairs[0]
        return f"cue {cue.number}: out of order (starts before cue {before.number} starts)"
    return (
        f"{_names([c for _, c in pairs])}: out of order (each starts before the cue above "
        f"it starts: {', '.join(said)}{more})"
    )


def check_cues(
    cues: Sequence[TimedCue], path: Path, texts: Sequence[Sequence[str]]
) -> tuple[str, ...]:
    """ParseError for cues that end before they start; notes (one line each, `FileNote`)
    for cues that start before the one above starts (out of order) or ends (overlap) and
    numbers out of order, a warning for cues with no text (``texts``: each cue's lines
    once its styling is removed)."""
    backwards = [c for c in cues if c.end < c.start]
    if backwards:
        raise ParseError(
            f"{path}: {_names(backwards)}: the end time is before the start time; correct it "
            "(`start --> end`, the end later) and ingest the file again"
        )
    # A cue that starts before the one above it starts is out of order, not an overlap:
    # sorting the file mends it, shortening the cue above does not (newcomer32's cue 3).
    early = [(before, c) for before, c in itertools.pairwise(cues) if c.start < before.start]
    overlapping = [
        c for before, c in itertools.pairwise(cues) if before.start <= c.start < before.end
    ]
    numbers = [int(c.number) if c.number.isdigit() else None for c in cues]
    disordered = [
        c
        for c, before, now in zip(cues[1:], numbers, numbers[1:], strict=False)
        if before is not None and now is not None and now <= before
    ]
    empty = [c for c, lines in zip(cues, texts, strict=True) if not lines]
    warnings: list[str] = []
    if overlapping:
        warnings.append(
            FileNote(
                f"{path}: {_names(overlapping)}: starts before the cue before it ends (overlap); "
                "kept as written: shorten the earlier cue if a player must not show two at once"
            )
        )
    if early:
        warnings.append(
            FileNote(
                f"{path}: {_out_of_order(early)}; kept in the file's order: sort the cues "
                "by start time if your player or tool needs them in time order"
            )
        )
    if disordered:
        warnings.append(
            FileNote(
                f"{path}: {_names(disordered)}: numbered out of order; kept in the file's order "
                "with their numbers as written: renumber the file if your tool needs 1, 2, 3…"
            )
        )
    if empty:
        warnings.append(
            f"{path}: {_names(empty)}: no text, left out; write the text, or delete the "
            "cue from the subtitle file"
        )
    return tuple(warnings)
