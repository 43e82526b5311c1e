"""Write subtitles_blind1's subtitle files and gold beads from the hand-timed sources.

Each ``source/NAME.fr-XX.txt`` holds one bead a block ("=" opens it), each cue on a line
``LANG START END text`` with times typed by hand (`` | `` a line break inside a cue). This
script only lays the cues out as SRT or VTT (``@files``), numbers them in file order, and
writes the gold with those numbers, French first. ``@clock LANG FACTOR OFFSET`` maps that
side's typed times t to t x FACTOR + OFFSET seconds (a PAL release of a 23.976 fps film);
nothing is jittered or generated.

    /work/main/.venv/bin/python bench/data/subtitles_blind1/make.py
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent


def seconds(stamp: str) -> float:
    """00:01:02,500 as seconds."""
    hms, ms = stamp.replace(".", ",").split(",")
    h, m, s = (int(x) for x in hms.split(":"))
    return h * 3600 + m * 60 + s + int(ms) / 1000


def stamp(t: float, sep: str) -> str:
    """Seconds as HH:MM:SS,mmm (SRT) or HH:MM:SS.mmm (VTT)."""
    ms = round(t * 1000)
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def read_source(
    path: Path,
) -> tuple[
    dict[str, str], dict[str, tuple[float, float]], list[dict[str, list[tuple[float, float, str]]]]
]:
    """Suffixes per language, clocks per language, and the beads with their cues."""
    files: dict[str, str] = {}
    clocks: dict[str, tuple[float, float]] = {}
    beads: list[dict[str, list[tuple[float, float, str]]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@files"):
            words = line.split()[1:]
            files = dict(zip(words[::2], words[1::2], strict=True))
        elif line.startswith("@clock"):
            _, lang, factor, offset = line.split()
            clocks[lang] = (float(factor), float(offset))
        elif line == "=":
            beads.append({})
        else:
            lang, start, end, text = line.split(" ", 3)
            beads[-1].setdefault(lang, []).append((seconds(start), seconds(end), text))
    return files, clocks, beads


def write_side(out: Path, suffix: str, cues: list[tuple[float, float, str]]) -> None:
    """One side's cues as an SRT or VTT file."""
    sep = "," if suffix == "srt" else "."
    blocks = [
        f"{stamp(a, sep)} --> {stamp(b, sep)}\n" + text.replace(" | ", "\n") for a, b, text in cues
    ]
    if suffix == "srt":
        body = "\n\n".join(f"{i}\n{block}" for i, block in enumerate(blocks, 1))
    else:
        body = "WEBVTT\n\n" + "\n\n".join(blocks)
    out.write_text(body + "\n", encoding="utf-8")


def main() -> None:
    for path in sorted((HERE / "source").glob("*.txt")):
        name, pair = path.name.split(".")[:2]
        other = pair.split("-")[1]
        files, clocks, beads = read_source(path)
        cues: dict[str, list[tuple[float, float, str]]] = {"fr": [], other: []}
        gold: list[str] = []
        for bead in beads:
            ids = {}
            for lang in ("fr", other):
                factor, offset = clocks.get(lang, (1.0, 0.0))
                first = len(cues[lang])
                cues[lang] += [
                    (a * factor + offset, b * factor + offset, t) for a, b, t in bead.get(lang, [])
                ]
                ids[lang] = list(range(first, len(cues[lang])))
            gold.append(f"{ids['fr']}:{ids[other]}")
        for lang in ("fr", other):
            write_side(HERE / f"{name}.{lang}.{files[lang]}", files[lang], cues[lang])
        (HERE / f"{name}.gold").write_text("\n".join(gold) + "\n", encoding="utf-8")
        print(name, len(cues["fr"]), len(cues[other]), len(gold))


if __name__ == "__main__":
    main()
