"""Lay out subtitles_blind2's hand-typed cues as SRT/VTT files and write each film's gold.

Each `source/NAME.fr-XX.txt` holds one bead a block: `=` opens it, then its cues,
`LANG START END text` (seconds, typed by hand against the film; ` | ` is a line break
inside a cue; an optional `{settings}` after END is a VTT cue setting), `#` comments.
`@clock LANG SCALE OFFSET` puts a side on its release's clock (t × SCALE + OFFSET);
`@head LANG text` is a raw block (VTT `NOTE`/`STYLE`) written before the cues. Nothing
is generated or jittered: this only numbers the cues, formats the times and writes
`NAME.gold` (vecalign's form, French first, 0-based cue ids in file order).

    /work/main/.venv/bin/python bench/data/subtitles_blind2/make.py
"""

from __future__ import annotations

import csv
from pathlib import Path

Cue = tuple[str, float, float, str, str]

HERE = Path(__file__).resolve().parent


def stamp(t: float, sep: str) -> str:
    ms = round(t * 1000)
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def parse(
    path: Path,
) -> tuple[list[list[Cue]], dict[str, tuple[float, float]], dict[str, list[str]]]:
    beads: list[list[Cue]] = []
    clocks: dict[str, tuple[float, float]] = {}
    heads: dict[str, list[str]] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@clock"):
            _, lang, scale, offset = line.split()
            clocks[lang] = (float(scale), float(offset))
        elif line.startswith("@head"):
            _, lang, text = line.split(" ", 2)
            heads.setdefault(lang, []).append(text.replace(" | ", "\n"))
        elif line == "=":
            beads.append([])
        else:
            lang, start, end, text = line.split(" ", 3)
            settings = ""
            if text.startswith("{"):
                settings, text = text[1:].split("} ", 1)
            beads[-1].append((lang, float(start), float(end), settings, text))
    return beads, clocks, heads


def write_side(dest: Path, cues: list[Cue], clock: tuple[float, float], heads: list[str]) -> None:
    scale, offset = clock
    vtt = dest.suffix == ".vtt"
    out = ["WEBVTT", ""] if vtt else []
    for block in heads:
        out += [block, ""]
    for n, (_, start, end, settings, text) in enumerate(cues, 1):
        a, b = start * scale + offset, end * scale + offset
        sep = "." if vtt else ","
        timing = f"{stamp(a, sep)} --> {stamp(b, sep)}" + (
            f" {settings}" if settings and vtt else ""
        )
        out += ([] if vtt else [str(n)]) + [timing, *text.split(" | "), ""]
    dest.write_text("\n".join(out), encoding="utf-8")


def build(name: str, other: str, fr_ext: str, other_ext: str) -> None:
    beads, clocks, heads = parse(HERE / "source" / f"{name}.fr-{other}.txt")
    sides: dict[str, list[Cue]] = {"fr": [], other: []}
    gold = []
    for bead in beads:
        ids: dict[str, list[int]] = {"fr": [], other: []}
        for cue in bead:
            ids[cue[0]].append(len(sides[cue[0]]))
            sides[cue[0]].append(cue)
        gold.append(f"{ids['fr']}:{ids[other]}")
    for lang, ext in (("fr", fr_ext), (other, other_ext)):
        write_side(HERE / f"{name}.{lang}.{ext}", sides[lang], clocks.get(lang, (1.0, 0.0)),
                   heads.get(lang, []))  # fmt: skip
    (HERE / f"{name}.gold").write_text("\n".join(gold) + "\n", encoding="utf-8")
    print(name, len(sides["fr"]), len(sides[other]), len(gold))


if __name__ == "__main__":
    with (HERE / "FILMS.tsv").open(encoding="utf-8") as films:
        for row in csv.reader(films, delimiter="\t"):
            build(*row)
