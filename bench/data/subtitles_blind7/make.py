"""Lay out subtitles_blind7's hand-typed cues as SRT/VTT files, write each gold, check both.

Written for this set (the earlier sets' makers were not read). A source,
``source/NAME.fr-XX.txt``, is one bead a block:

    @format LANG srt|vtt              the side's file format
    @clock LANG SCALE OFFSET [FROM]   film time t -> t * SCALE + OFFSET on that side's file,
                                      for cues starting at FROM or later (a second line
                                      with a later FROM is a step in the side's clock)
    @head LANG TEXT                   a raw VTT block (STYLE, NOTE) before the cues
    =                                 opens a bead
    LANG START END [{SETTINGS}] TEXT  a cue, times in seconds on the film clock
    # …                               a comment

`` | `` in TEXT and in ``@head`` is a line break. A cue's SETTINGS are WebVTT's
(``line:5% align:center``); an SRT cue is placed with ``{\\an8}`` in its text. Nothing
is jittered or generated: every time and word is typed in the source.

Checks, each of which stops the run: each side's cues start in file order and do not
overlap unless one of the two is placed (a placed cue stands apart from the bottom
line); no time is negative on its side's clock; no bead is empty; and, reading the
written files back as blank-line-separated blocks (the WEBVTT header and STYLE/NOTE
blocks aside) and the written gold, the gold's ids of each side run 0, 1, … n - 1, each
once, in order, n the file's number of cue blocks.

    /work/main/.venv/bin/python bench/data/subtitles_blind7/make.py
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
FRENCH = "fr"
_CUE = re.compile(r"^(\w\w) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?) (?:\{([^}\\]*)\} )?(.+)$")
_BEAD = re.compile(r"^\[([\d, ]*)\]:\[([\d, ]*)\]$")
_TIMING = re.compile(r"^\d\d:\d\d:\d\d[,.]\d\d\d --> \d\d:\d\d:\d\d[,.]\d\d\d")


class SourceError(ValueError):
    """A source or a written film breaks the set's form; the message says where."""


@dataclass(frozen=True)
class Cue:
    start: float  # seconds on the film clock
    end: float
    text: str  # lines joined with "\n", styling as typed
    settings: str = ""

    @property
    def placed(self) -> bool:
        return bool(self.settings) or self.text.startswith("{\\an")


@dataclass(frozen=True)
class Clock:
    scale: float
    offset: float
    since: float  # film time from which this scale and offset hold

    def __call__(self, t: float) -> float:
        return t * self.scale + self.offset


@dataclass
class Side:
    fmt: str = ""
    clocks: list[Clock] = field(default_factory=list)
    heads: list[str] = field(default_factory=list)
    cues: list[Cue] = field(default_factory=list)

    def time(self, cue_start: float, t: float) -> float:
        """``t`` on this side's file clock, by the clock in force at the cue's start."""
        held = [c for c in self.clocks if c.since <= cue_start]
        return max(held, key=lambda c: c.since)(t) if held else t


@dataclass
class Source:
    sides: dict[str, Side]
    beads: list[tuple[list[int], list[int]]]  # (French ids, other ids)


def parse(path: Path, other: str) -> Source:
    sides = {FRENCH: Side(), other: Side()}
    beads: list[tuple[list[int], list[int]]] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.rstrip()
        where = f"{path.name}:{number}"
        if not line or line.startswith("#"):
            continue
        if line == "=":
            beads.append(([], []))
            continue
        if line.startswith("@"):
            word, lang, *rest = line.split(" ", 2)
            if lang not in sides:
                raise SourceError(f"{where}: {lang!r} is neither side of this film")
            side = sides[lang]
            args = rest[0] if rest else ""
            if word == "@format" and args in ("srt", "vtt"):
                side.fmt = args
            elif word == "@clock":
                scale, offset, *since = (float(x) for x in args.split())
                side.clocks.append(Clock(scale, offset, since[0] if since else 0.0))
            elif word == "@head":
                side.heads.append(args.replace(" | ", "\n"))
            else:
                raise SourceError(f"{where}: cannot read the directive {line!r}")
            continue
        found = _CUE.match(line)
        if not found or found[1] not in sides:
            raise SourceError(f"{where}: not a cue `LANG START END [{{SETTINGS}}] TEXT`")
        if not beads:
            raise SourceError(f"{where}: a cue before the first `=`")
        side = sides[found[1]]
        cue = Cue(float(found[2]), float(found[3]), found[5].replace(" | ", "\n"), found[4] or "")
        if cue.end <= cue.start:
            raise SourceError(f"{where}: the cue ends before it starts")
        beads[-1][0 if found[1] == FRENCH else 1].append(len(side.cues))
        side.cues.append(cue)
    for lang, side in sides.items():
        if side.fmt == "":
            raise SourceError(f"{path.name}: no `@format {lang} srt|vtt`")
        if side.heads and side.fmt != "vtt":
            raise SourceError(f"{path.name}: `@head {lang}` given to an SRT side")
        check_order(side, f"{path.name} ({lang})")
    for n, (french, theirs) in enumerate(beads, 1):
        if not french and not theirs:
            raise SourceError(f"{path.name}: bead {n} has no cue")
    return Source(sides, beads)


def check_order(side: Side, name: str) -> None:
    """Cues start in order; a bottom-line cue starts after the last bottom-line one ends."""
    last_start = 0.0
    bottom_end = 0.0
    for n, cue in enumerate(side.cues):
        start = side.time(cue.start, cue.start)
        end = side.time(cue.start, cue.end)
        if start < 0:
            raise SourceError(f"{name}: cue {n} starts before 0 on its clock ({start:.3f} s)")
        if start < last_start:
            raise SourceError(f"{name}: cue {n} starts before the cue typed above it")
        if not cue.placed and start < bottom_end:
            raise SourceError(f"{name}: cue {n} overlaps the bottom-line cue before it")
        last_start = start
        if not cue.placed:
            bottom_end = end


def stamp(seconds: float, fmt: str) -> str:
    millis = round(seconds * 1000)
    hours, millis = divmod(millis, 3_600_000)
    minutes, millis = divmod(millis, 60_000)
    secs, millis = divmod(millis, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{',' if fmt == 'srt' else '.'}{millis:03d}"


def film_text(side: Side) -> str:
    blocks = ["WEBVTT", *side.heads] if side.fmt == "vtt" else []
    for n, cue in enumerate(side.cues, 1):
        start = stamp(side.time(cue.start, cue.start), side.fmt)
        end = stamp(side.time(cue.start, cue.end), side.fmt)
        settings = f" {cue.settings}" if cue.settings else ""
        blocks.append(f"{n}\n{start} --> {end}{settings}\n{cue.text}")
    return "\n\n".join(blocks) + "\n"


def gold_text(beads: list[tuple[list[int], list[int]]]) -> str:
    def ids(group: list[int]) -> str:
        return "[" + ", ".join(str(i) for i in group) + "]"

    return "".join(f"{ids(french)}:{ids(theirs)}\n" for french, theirs in beads)


def cue_blocks(path: Path) -> int:
    """Blank-line-separated blocks with a timing line: the file's cues."""
    blocks = [b for b in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")) if b.strip()]
    return sum(1 for b in blocks if any(_TIMING.match(line) for line in b.splitlines()[:2]))


def check_gold(gold: Path, french_cues: int, other_cues: int) -> None:
    """Each side's ids, read in bead order, are 0 … n - 1 once each; no bead is empty."""
    runs: tuple[list[int], list[int]] = ([], [])
    for number, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        found = _BEAD.match(line)
        if not found:
            raise SourceError(f"{gold.name}:{number}: not a bead `[…]:[…]`")
        groups = [[int(i) for i in g.split(",") if i.strip()] for g in (found[1], found[2])]
        if not groups[0] and not groups[1]:
            raise SourceError(f"{gold.name}:{number}: an empty bead")
        runs[0].extend(groups[0])
        runs[1].extend(groups[1])
    for run, count, side in ((runs[0], french_cues, "French"), (runs[1], other_cues, "other")):
        if run != list(range(count)):
            raise SourceError(f"{gold.name}: the {side} ids are not 0…{count - 1} once in order")


def counts(gold: Path) -> dict[str, int]:
    kinds: dict[str, int] = {}
    for line in gold.read_text(encoding="utf-8").splitlines():
        found = _BEAD.match(line)
        assert found is not None  # check_gold has read every line
        sizes = [len([i for i in g.split(",") if i.strip()]) for g in (found[1], found[2])]
        kind = f"{sizes[0]}–{sizes[1]}"
        kinds[kind] = kinds.get(kind, 0) + 1
    return kinds


def main(folder: Path) -> None:
    for row in (folder / "FILMS.tsv").read_text(encoding="utf-8").splitlines():
        name, other, french_fmt, other_fmt = row.split("\t")
        source = parse(folder / "source" / f"{name}.fr-{other}.txt", other)
        files = {}
        for lang, fmt in ((FRENCH, french_fmt), (other, other_fmt)):
            side = source.sides[lang]
            if side.fmt != fmt:
                raise SourceError(f"{name}: FILMS.tsv says {lang} is {fmt}, the source {side.fmt}")
            files[lang] = folder / f"{name}.{lang}.{fmt}"
            files[lang].write_text(film_text(side), encoding="utf-8")
        gold = folder / f"{name}.gold"
        gold.write_text(gold_text(source.beads), encoding="utf-8")
        french_cues, other_cues = cue_blocks(files[FRENCH]), cue_blocks(files[other])
        check_gold(gold, french_cues, other_cues)
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(counts(gold).items()))
        print(f"{name}: {french_cues}/{other_cues} cues, {len(source.beads)} beads ({kinds})")


if __name__ == "__main__":
    try:
        main(HERE)
    except SourceError as exc:
        sys.exit(str(exc))
