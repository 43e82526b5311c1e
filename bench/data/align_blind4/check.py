"""Check that the blind set loads the way the benchmarks read it, without aligning anything.

For each ``NAME.gold``: the two sentence files are read as ``bench/align_textberg.py``
reads a set (``splitlines``, the gold through ``workbench.formats.beads.parse_beads``),
then every line id of each side must be covered exactly once, in order (beads are
monotone: a bead starts where the previous one ended), with no empty line, and no
bead empty on both sides. Prints one row a document and the shapes of the whole set;
with ``--markdown``, the README's table instead.

    /work/main/.venv/bin/python bench/data/align_blind4/check.py [--markdown]
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
    "dam": ("wire story (reservoir release floods a valley road)", "French"),
    "market": ("local news (covered market reopens)", "French"),
    "coral": ("science story (cold-water corals off Ireland)", "English"),
    "battery": ("business (battery start-up raises funds)", "French"),
    "marathon": ("sports report (city marathon; results list)", "French"),
    "opera": ("culture news (opera house premiere)", "English"),
    "keeper": ("interview, questions and answers (lighthouse keeper)", "French"),
    "wolves": ("wire story (wolf attacks on flocks)", "English"),
    "traverse": ("alpine club yearbook: ridge traverse (Text+Berg-like)", "German"),
    "permafrost": ("alpine club yearbook: permafrost and rockfall (Text+Berg-like)", "French"),
    "bivouac": ("alpine club yearbook: winter bivouac memoir (Text+Berg-like)", "German"),
    "guides": ("alpine club yearbook: a valley's mountain guides (Text+Berg-like)", "French"),
    "moraine": ("alpine club yearbook: a moraine lake (Text+Berg-like)", "German"),
    "saffron": ("business feature (saffron growers)", "Spanish"),
    "festival": ("local notice with a programme list", "French"),
    "chestnuts": ("feature (chestnut mill reopens)", "Italian"),
}
COLUMNS = ("1-1", "1-2", "2-1", "1-0", "0-1")


def lines(name: str, lang: str) -> int:
    return len((HERE / f"{name}.{lang}").read_text(encoding="utf-8").splitlines())


def others(shapes: Counter[str]) -> str:
    """The shapes without a column of their own, as ``1× 2–2``."""
    rest = sorted((k, n) for k, n in shapes.items() if k not in COLUMNS)
    return ", ".join(f"{n}× {k.replace('-', '–')}" for k, n in rest)


def markdown_row(name: str, other: str, shapes: Counter[str]) -> str:
    genre, original = DOCS.get(name, ("?", "?"))
    rest = others(shapes)
    cells = [name, f"fr–{other}", genre, original, str(lines(name, "fr")), str(lines(name, other))]
    cells += [str(sum(shapes.values()))] + [str(shapes[k]) for k in COLUMNS] + [rest or "–"]
    return "| " + " | ".join(cells) + " |"


def summary_row(label: str, shapes: Counter[str]) -> str:
    rest = others(shapes)
    cells = [label, "", "", "", "", "", str(sum(shapes.values()))]
    cells += [str(shapes[k]) for k in COLUMNS] + [rest or "–"]
    return "| " + " | ".join(cells) + " |"


def check(name: str, other: str) -> Counter[str]:
    fr = (HERE / f"{name}.fr").read_text(encoding="utf-8").splitlines()
    tgt = (HERE / f"{name}.{other}").read_text(encoding="utf-8").splitlines()
    gold = parse_beads((HERE / f"{name}.gold").read_text(encoding="utf-8"))
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


def main() -> None:
    markdown = "--markdown" in sys.argv[1:]
    total: Counter[str] = Counter()
    per_pair: dict[str, Counter[str]] = {}
    order = {name: i for i, name in enumerate(DOCS)}
    for gold in sorted(HERE.glob("*.gold"), key=lambda p: (order.get(p.stem, len(order)), p.stem)):
        (other,) = [
            p.suffix[1:] for p in HERE.glob(f"{gold.stem}.*") if p.suffix not in (".fr", ".gold")
        ]
        shapes = check(gold.stem, other)
        total += shapes
        per_pair[other] = per_pair.get(other, Counter()) + shapes
        if markdown:
            print(markdown_row(gold.stem, other, shapes))
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
