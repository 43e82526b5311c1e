"""Build the subtitle alignment set: SRT/VTT pairs and their gold from the hand-paired sources.

Each ``source/NAME.fr-XX.txt`` holds one translator's unit a line, ``French ||| other``;
``//`` cuts a side into cues (a sentence over two cues, or two French cues for one
other), ``\\`` is a line break inside a cue (a two-speaker cue's dashes), an empty side
has no cue (a dropped line, untranslated lyrics, a subtitler's credit), ``@scene`` is a
cut (a longer pause), ``#`` a comment. One master clock times every unit from its
length; each side's cues are then jittered on their own (two subtitlers never cut at
the same frame) and put on that side's clock: ``speed * t + offset`` (25 fps PAL
masters run 25/23.976 fast, so their times are 0.959 of the film's).

Gold: one bead a unit, French cue ids first, 0-based over the cues of each file
(vecalign's form, ``[4]:[4, 5]``), as the workbench's subtitle readers number them.

    .venv/bin/python bench/data/subtitles/build.py
    .venv/bin/python bench/data/subtitles/build.py --jitter 3.3 --out /tmp/hard  # a harder copy
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAL = 24000 / 1001 / 25  # a 25 fps master's time for a 23.976 fps one's


@dataclass(frozen=True)
class Film:
    name: str
    other: str  # the other side's language
    formats: tuple[str, str]  # file suffix of the French side, of the other side
    clocks: tuple[tuple[float, float], tuple[float, float]]  # (speed, offset) a side
    seed: int


FILMS = (
    Film("cafe", "en", ("srt", "srt"), ((1.0, 0.0), (1.0, 2.4)), 1),
    Film("phare", "en", ("srt", "vtt"), ((PAL, 0.0), (1.0, 1.2)), 2),
    Film("marche", "es", ("srt", "srt"), ((1.0, 0.0), (1.0, -3.1)), 3),
    Film("tren", "es", ("vtt", "srt"), ((PAL, 0.0), (1.0, 0.8)), 4),
    Film("garde", "en", ("vtt", "vtt"), ((PAL, 0.0), (1.0, 4.5)), 5),
)


@dataclass(frozen=True)
class Unit:
    sides: tuple[list[str], list[str]]  # the cues of each side
    scene: bool  # a cut before it


def read_source(path: Path) -> list[Unit]:
    units, scene = [], False
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line == "@scene":
            scene = True
            continue
        fr, other = (part.strip() for part in raw.split("|||"))
        cues = tuple([c.strip() for c in side.split("//")] if side else [] for side in (fr, other))
        units.append(Unit((cues[0], cues[1]), scene))
        scene = False
    return units


def _stamp(t: float, vtt: bool) -> str:
    ms = max(0, round(t * 1000))
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{'.' if vtt else ','}{ms:03d}"


def timed(
    units: list[Unit], film: Film, jitter: float = 1.0
) -> list[list[tuple[float, float, str]]]:
    """Each side's cues as (start, end, text) on its own clock."""
    rng = random.Random(film.seed)
    out: list[list[tuple[float, float, str]]] = [[], []]
    t = 6.0
    for unit in units:
        t += rng.uniform(4.0, 18.0) if unit.scene else rng.uniform(0.2, 1.6)
        chars = max(sum(len(c) for c in side) for side in unit.sides)
        span = min(max(1.0 + 0.065 * chars, 1.4), 8.0)
        for k, cues in enumerate(unit.sides):
            total = sum(len(c) for c in cues) or 1
            start = t
            speed, offset = film.clocks[k]
            for cue in cues:
                end = start + span * len(cue) / total
                a = start + rng.gauss(0.0, 0.12 * jitter) + (0.1 if start > t else 0.0)
                b = end + rng.gauss(0.0, 0.15 * jitter)
                if out[k]:
                    a = max(a, out[k][-1][1] / speed - offset / speed + 0.04)
                b = max(b, a + 0.6)
                out[k].append((speed * a + offset, speed * b + offset, cue))
                start = end
        t += span
    return out


def write_cues(path: Path, cues: list[tuple[float, float, str]], vtt: bool) -> None:
    parts = ["WEBVTT\n"] if vtt else []
    for k, (a, b, text) in enumerate(cues, start=1):
        body = "\n".join(line.strip() for line in text.split("\\"))
        timing = f"{_stamp(a, vtt)} --> {_stamp(b, vtt)}"
        parts.append(f"{timing}\n{body}\n" if vtt else f"{k}\n{timing}\n{body}\n")
    path.write_text("\n".join(parts), encoding="utf-8")


def gold(units: list[Unit]) -> list[str]:
    lines, next_id = [], [0, 0]
    for unit in units:
        ids = []
        for k, cues in enumerate(unit.sides):
            ids.append(list(range(next_id[k], next_id[k] + len(cues))))
            next_id[k] += len(cues)
        lines.append(f"{ids[0]}:{ids[1]}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--jitter", type=float, default=1.0, help="times the cues' jitter")
    parser.add_argument("--out", type=Path, default=HERE, help="the folder to write")
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    for film in FILMS:
        units = read_source(HERE / "source" / f"{film.name}.fr-{film.other}.txt")
        sides = timed(units, film, args.jitter)
        for k, lang in enumerate(("fr", film.other)):
            vtt = film.formats[k] == "vtt"
            write_cues(out / f"{film.name}.{lang}.{film.formats[k]}", sides[k], vtt)
        (out / f"{film.name}.gold").write_text("\n".join(gold(units)) + "\n", encoding="utf-8")
        print(film.name, len(sides[0]), len(sides[1]), len(units))


if __name__ == "__main__":
    main()
