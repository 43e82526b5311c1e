"""Lay out subtitles_blind3's hand-typed cues as SRT/VTT files and write each film's gold.

Each `source/NAME.fr-XX.txt` holds one bead a block: `=` opens it, then its cues as
`LANG START END [{vtt settings}] text`, times in seconds typed by hand against the film,
` | ` a line break inside a cue, `#` comments. `@clock LANG SCALE OFFSET` puts a side on
its release's clock (t * SCALE + OFFSET). Nothing is generated or jittered: this only
numbers the typed cues, formats them and writes the blocks as vecalign beads, French first.

    /work/main/.venv/bin/python bench/data/subtitles_blind3/make.py
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
CUE = re.compile(r"^(\w\w) ([\d.]+) ([\d.]+) (?:\{([^}]*)\} )?(.+)$")


def stamp(t: float, sep: str) -> str:
    ms = round(t * 1000)
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def layout(cues: list[tuple[float, float, str, str]], suffix: str) -> str:
    if suffix == "srt":
        blocks = [
            f"{i}\n{stamp(a, ',')} --> {stamp(b, ',')}\n{text}"
            for i, (a, b, _, text) in enumerate(cues, 1)
        ]
        return "\n\n".join(blocks) + "\n"
    blocks = [
        f"{stamp(a, '.')} --> {stamp(b, '.')}{' ' + st if st else ''}\n{text}"
        for a, b, st, text in cues
    ]
    return "WEBVTT\n\n" + "\n\n".join(blocks) + "\n"


def build(name: str, other: str, fr_suffix: str, other_suffix: str) -> None:
    source = HERE / "source" / f"{name}.fr-{other}.txt"
    clock = {"fr": (1.0, 0.0), other: (1.0, 0.0)}
    beads: list[dict[str, list[int]]] = []
    cues: dict[str, list[tuple[float, float, str, str]]] = {"fr": [], other: []}
    for line in source.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@clock"):
            _, lang, scale, offset = line.split()
            clock[lang] = (float(scale), float(offset))
        elif line.startswith("="):
            beads.append({"fr": [], other: []})
        else:
            match = CUE.match(line)
            if not match:
                raise SystemExit(f"{source.name}: cannot read {line!r}")
            lang, start, end, settings, text = match.groups()
            scale, offset = clock[lang]
            beads[-1][lang].append(len(cues[lang]))
            cues[lang].append(
                (float(start) * scale + offset, float(end) * scale + offset,
                 settings or "", text.replace(" | ", "\n"))
            )  # fmt: skip
    for lang, suffix in (("fr", fr_suffix), (other, other_suffix)):
        times = [a for a, _, _, _ in cues[lang]]
        if times != sorted(times) or any(a >= b or a < 0 for a, b, _, _ in cues[lang]):
            raise SystemExit(f"{name}.{lang}: cues out of order or empty")
        (HERE / f"{name}.{lang}.{suffix}").write_text(layout(cues[lang], suffix), encoding="utf-8")
    gold = [f"{b['fr']}:{b[other]}" for b in beads]
    (HERE / f"{name}.gold").write_text("\n".join(gold) + "\n", encoding="utf-8")
    print(name, len(cues["fr"]), len(cues[other]), len(beads))


if __name__ == "__main__":
    with (HERE / "FILMS.tsv").open(encoding="utf-8") as films:
        for row in csv.reader(films, delimiter="\t"):
            build(*row)
