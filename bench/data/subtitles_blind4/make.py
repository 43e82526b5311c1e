"""Lay out subtitles_blind4's hand-typed cues as SRT/VTT files and write each film's gold.

Nothing is generated or jittered: every cue's text, start and end were typed by hand
in ``source/NAME.fr-XX.txt``, one bead a block (``=`` opens it, then one line a cue:
``LANG START END text``, seconds on the film clock, `` | `` a line break inside the
cue, an optional ``{settings}`` after the times for a VTT cue's settings). ``@clock
LANG SCALE OFFSET`` puts a side on its release's clock (``t * SCALE + OFFSET``);
``@format LANG srt|vtt`` picks the file type. Cues follow each other; only a
positioned cue (``{settings}``, a caption at the top) may overlap its neighbour.
The gold is vecalign's form, French first, 0-based cue ids in file order.

    /work/main/.venv/bin/python bench/data/subtitles_blind4/make.py

``main(folder)`` lays out another set typed the same way (subtitles_blind5 does): the
files are written beside ``folder/source``.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
CUE = re.compile(r"^(\w\w) (\d+\.\d+) (\d+\.\d+)(?: \{([^}]*)\})? (.+)$")


def stamp(seconds: float, sep: str) -> str:
    ms = round(seconds * 1000)
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def write_side(path: Path, cues: list[tuple[float, float, str, str]], fmt: str) -> None:
    out = ["WEBVTT", ""] if fmt == "vtt" else []
    for i, (start, end, settings, text) in enumerate(cues, 1):
        sep = "." if fmt == "vtt" else ","
        timing = f"{stamp(start, sep)} --> {stamp(end, sep)}"
        if fmt == "vtt" and settings:
            timing += " " + settings
        out += [str(i), timing, *text.split(" | "), ""]
    path.write_text("\n".join(out), encoding="utf-8")


def make(source: Path) -> dict[str, int]:
    name, pair = source.name.split(".")[:2]
    folder = source.parent.parent  # the set's folder, above source/
    other = pair.split("-")[1]
    clock = {"fr": (1.0, 0.0), other: (1.0, 0.0)}
    fmt = {"fr": "srt", other: "srt"}
    cues: dict[str, list[tuple[float, float, str, str]]] = {"fr": [], other: []}
    beads: list[tuple[list[int], list[int]]] = []
    for line in source.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        if line.startswith("@clock"):
            _, lang, scale_text, offset_text = line.split()
            clock[lang] = (float(scale_text), float(offset_text))
        elif line.startswith("@format"):
            _, lang, kind = line.split()
            fmt[lang] = kind
        elif line == "=":
            beads.append(([], []))
        else:
            m = CUE.match(line)
            if not m:
                raise SystemExit(f"{source.name}: not a cue: {line!r}")
            lang, start, end, settings, text = m.groups()
            scale, offset = clock[lang]
            side = cues[lang]
            side.append(
                (float(start) * scale + offset, float(end) * scale + offset, settings or "", text)
            )
            beads[-1][0 if lang == "fr" else 1].append(len(side) - 1)
    for lang, side in cues.items():
        for (s0, e0, p0, t0), (s1, _, p1, _) in itertools.pairwise(side):
            # a positioned cue (a caption at the top) may stand over the dialogue below it
            if not (s0 < e0 and s0 <= s1 and (e0 <= s1 or p0 or p1)):
                raise SystemExit(f"{name}.{lang}: cue {t0!r} overlaps the next or is out of order")
        write_side(folder / f"{name}.{lang}.{fmt[lang]}", side, fmt[lang])
    gold = [f"{list(f)}:{list(o)}" for f, o in beads]
    (folder / f"{name}.gold").write_text("\n".join(gold) + "\n", encoding="utf-8")
    shapes: dict[str, int] = {}
    for f, o in beads:
        key = f"{len(f)}-{len(o)}"
        shapes[key] = shapes.get(key, 0) + 1
    print(name, len(cues["fr"]), len(cues[other]), len(beads), dict(sorted(shapes.items())))
    return shapes


def main(folder: Path = HERE) -> None:
    for src in sorted((folder / "source").glob("*.txt")):
        make(src)


if __name__ == "__main__":
    main()
