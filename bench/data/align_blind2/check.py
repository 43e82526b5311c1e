"""Check that the blind set loads the way the benchmarks read it, without aligning anything.

For each ``NAME.gold``: the two sentence files are read as ``bench/align_textberg.py``
reads a set (``splitlines``, the gold through ``workbench.formats.beads.parse_beads``),
then every line id of each side must be covered exactly once, in order (beads are
monotone: a bead starts where the previous one ended), with no empty line, and no
bead empty on both sides. Prints one row a document and the shapes of the whole set;
with ``--markdown``, the README's table instead.

    /work/main/.venv/bin/python bench/data/align_blind2/check.py [--markdown]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from workbench.formats.beads import parse_beads  # noqa: E402

# name: (genre, language the document was written in); shapes read French-other
DOCS = {
    "ferry": ("wire story (ferry adrift off Ouessant)", "French"),
    "verdict": ("court report (fraud trial in Bristol)", "English"),
    "heatpumps": ("economy (heat pump maker cuts jobs)", "English"),
    "cycling": ("sports report (one-day race; results list)", "French"),
    "bees": ("science story (bumblebees and numbers)", "English"),
    "luthier": ("interview, questions and answers", "French"),
    "wildfire": ("live blog (time lines, newest first)", "English"),
    "grounding": ("wire story (ship aground in the Scheldt)", "English"),
    "recall": ("consumer news (car seat recall)", "English"),
    "orchestra": ("culture news (conductor resigns)", "French"),
    "museum": ("museum wall texts and labels", "French"),
    "kettle": ("product manual (headings, steps)", "English"),
    "sardines": ("news (fishermen protest quotas)", "Spanish"),
    "heatwave": ("town-hall notice (heatwave; list)", "French"),
    "tiles": ("feature (tile mural restored)", "Spanish"),
    "bridge": ("news feature (cross-Rhine bridge)", "German"),
    "ridge": ("alpine club yearbook narrative (Text+Berg-like)", "German"),
    "landslide": ("wire story (landslide cuts a rail line)", "Italian"),
}
COLUMNS = ("1-1", "1-2", "2-1", "1-0", "0-1")


def lines(folder: Path, name: str, lang: str) -> int:
    return len((folder / f"{name}.{lang}").read_text(encoding="utf-8").splitlines())


def others(shapes: Counter[str]) -> str:
    """The shapes without a column of their own, as ``1× 2–2``."""
    rest = sorted((k, n) for k, n in shapes.items() if k not in COLUMNS)
    return ", ".join(f"{n}× {k.replace('-', '–')}" for k, n in rest)


def markdown_row(
    folder: Path, docs: dict[str, tuple[str, str]], name: str, other: str, shapes: Counter[str]
) -> str:
    genre, original = docs.get(name, ("?", "?"))
    rest = others(shapes)
    cells = [
        name,
        f"fr–{other}",
        genre,
        original,
        str(lines(folder, name, "fr")),
        str(lines(folder, name, other)),
    ]
    cells += [str(sum(shapes.values()))] + [str(shapes[k]) for k in COLUMNS] + [rest or "–"]
    return "| " + " | ".join(cells) + " |"


def summary_row(label: str, shapes: Counter[str]) -> str:
    rest = others(shapes)
    cells = [label, "", "", "", "", "", str(sum(shapes.values()))]
    cells += [str(shapes[k]) for k in COLUMNS] + [rest or "–"]
    return "| " + " | ".join(cells) + " |"


def check(folder: Path, name: str, other: str) -> Counter[str]:
    fr = (folder / f"{name}.fr").read_text(encoding="utf-8").splitlines()
    tgt = (folder / f"{name}.{other}").read_text(encoding="utf-8").splitlines()
    gold = parse_beads((folder / f"{name}.gold").read_text(encoding="utf-8"))
    for side, lines in (("fr", fr), (other, tgt)):
        empty = [i for i, line in enumerate(lines) if not line.strip()]
        if empty:
            sys.exit(f"{name}.{side}: empty lines {empty}")
    next_src = next_tgt = 0
    shapes: Counter[str] = Counter()
    for bead in gold:
        src, tgt_ids = list(bead.src), list(bead.tgt)
        if not src and not tgt_ids:
            sys.exit(f"{name}: a bead empty on both sides")
        if src != list(range(next_src, next_src + len(src))):
            sys.exit(f"{name}: French ids {src} do not follow {next_src - 1}")
        if tgt_ids != list(range(next_tgt, next_tgt + len(tgt_ids))):
            sys.exit(f"{name}: {other} ids {tgt_ids} do not follow {next_tgt - 1}")
        next_src += len(src)
        next_tgt += len(tgt_ids)
        shapes[f"{len(src)}-{len(tgt_ids)}"] += 1
    if next_src != len(fr) or next_tgt != len(tgt):
        sys.exit(f"{name}: gold covers {next_src}/{len(fr)} French, {next_tgt}/{len(tgt)} {other}")
    return shapes


def main(folder: Path = HERE, docs: dict[str, tuple[str, str]] = DOCS) -> None:
    """Check every document of ``folder`` (another blind set gives its own table of ``docs``)."""
    markdown = "--markdown" in sys.argv[1:]
    total: Counter[str] = Counter()
    per_pair: dict[str, Counter[str]] = {}
    order = {name: i for i, name in enumerate(docs)}
    for gold in sorted(
        folder.glob("*.gold"), key=lambda p: (order.get(p.stem, len(order)), p.stem)
    ):
        (other,) = [
            p.suffix[1:] for p in folder.glob(f"{gold.stem}.*") if p.suffix not in (".fr", ".gold")
        ]
        shapes = check(folder, gold.stem, other)
        total += shapes
        per_pair[other] = per_pair.get(other, Counter()) + shapes
        if markdown:
            print(markdown_row(folder, docs, gold.stem, other, shapes))
            continue
        row = dict(sorted(shapes.items()))
        print(f"{gold.stem:12} fr-{other} {sum(shapes.values()):3} beads {row}")
    if markdown:
        for other, shapes in per_pair.items():
            print(summary_row(f"fr–{other}", shapes))
        print(summary_row("**all**", total))
        return
    print(f"{'all':12}       {sum(total.values()):3} beads {dict(sorted(total.items()))}")


if __name__ == "__main__":
    main()
