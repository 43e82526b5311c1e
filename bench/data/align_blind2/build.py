"""Build the blind set's sentence files and gold beads from the hand-paired sources.

Each ``source/NAME.SRC-TGT.txt`` holds the document as the translator's beads:
one bead a line, ``source text ||| target text`` (either side may be empty, a
line with no counterpart), a blank line between paragraphs, ``#`` comments.
Each side of a paragraph is joined and split by the workbench's own splitter
(``workbench.ingest.segment.split_sentences``), exactly as the aligner would
see it. Where the splitter keeps two of the translator's beads in one sentence
(a French or Spanish quotation of several sentences stays one line), the two
beads are merged into the smallest bead that holds whole lines (each merge is
printed); a side whose split disagrees with the beads' own splits stops the
script. A bead with lines on one side only becomes one null bead a line (a
caption and its credit are two nulls). Writes ``NAME.SRC``, ``NAME.TGT`` and
``NAME.gold`` (one bead a line, Vecalign form, 0-based ids, source side first).

    /work/main/.venv/bin/python bench/data/align_blind2/build.py

``main(folder)`` builds another set written the same way (align_blind3 does).
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from workbench.ingest.segment import split_sentences  # noqa: E402

Pair = tuple[str, str]


def paragraphs(text: str) -> list[list[Pair]]:
    """The source file as paragraphs of (source, target) beads."""
    out: list[list[Pair]] = [[]]
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if line.startswith("#"):
            continue
        if not line:
            if out[-1]:
                out.append([])
            continue
        if line.count("|||") != 1:
            sys.exit(f"line {number}: want exactly one '|||', found {line.count('|||')}")
        src, tgt = (side.strip() for side in line.split("|||"))
        if not src and not tgt:
            sys.exit(f"line {number}: both sides empty")
        out[-1].append((src, tgt))
    return [p for p in out if p]


def straddle(beads: list[str], lang: str) -> int | None:
    """The first bead whose text ends inside a sentence of the paragraph's split, if any.

    Positions are counted in non-space characters, since the splitter
    normalises whitespace.
    """
    whole = split_sentences(" ".join(b for b in beads if b), lang)
    cuts = set(itertools.accumulate(len(s.replace(" ", "")) for s in whole))
    end = 0
    for i, bead in enumerate(beads[:-1]):
        end += len(bead.replace(" ", ""))
        if bead and end not in cuts:
            return i
    return None


def settle(para: list[Pair], sl: str, tl: str, where: str) -> list[Pair]:
    """Merge neighbouring beads wherever the splitter keeps their text in one sentence.

    The splitter sometimes keeps two of the translator's sentences together
    (a French quotation closed by « ». » and followed by a new sentence); the
    smallest bead that holds whole lines is then the union of the two beads.
    """
    while True:
        at = straddle([s for s, _ in para], sl)
        if at is None:
            at = straddle([t for _, t in para], tl)
        if at is None:
            return para
        if at + 1 >= len(para):
            sys.exit(f"{where}: cannot settle bead {at}")
        (s1, t1), (s2, t2) = para[at], para[at + 1]
        print(f"  {where}: merged beads {at} and {at + 1}: {s1[:40]!r} + {s2[:40]!r}")
        joined = (" ".join(x for x in (s1, s2) if x), " ".join(x for x in (t1, t2) if x))
        para = [*para[:at], joined, *para[at + 2 :]]


def side_lines(beads: list[str], lang: str, where: str) -> list[list[str]]:
    """Each bead's sentences, checked against the split of the whole paragraph."""
    whole = split_sentences(" ".join(b for b in beads if b), lang)
    per_bead = [split_sentences(b, lang) for b in beads]
    if [s for bead in per_bead for s in bead] != whole:
        sys.exit(f"{where} ({lang}): a sentence straddles two beads:\n" + "\n".join(whole))
    return per_bead


def ids(start: int, count: int) -> str:
    return "[" + ", ".join(str(i) for i in range(start, start + count)) + "]"


def build(path: Path) -> tuple[int, int, dict[str, int]]:
    name, pair, _ = path.name.split(".")
    sl, tl = pair.split("-")
    src_out: list[str] = []
    tgt_out: list[str] = []
    gold: list[str] = []
    shapes: dict[str, int] = {}
    for n, para in enumerate(paragraphs(path.read_text(encoding="utf-8")), 1):
        where = f"{path.name} paragraph {n}"
        para = settle(para, sl, tl, where)
        src = side_lines([s for s, _ in para], sl, where)
        tgt = side_lines([t for _, t in para], tl, where)
        for s, t in zip(src, tgt, strict=True):
            # a line with no counterpart is its own null bead, one per line
            # (a photo caption and its credit are two nulls, not one 2-0 bead)
            parts: list[tuple[list[str], list[str]]] = [(s, t)]
            if not s or not t:
                parts = [([x], []) for x in s] + [([], [y]) for y in t]
            for ps, pt in parts:
                gold.append(f"{ids(len(src_out), len(ps))}:{ids(len(tgt_out), len(pt))}")
                shape = f"{len(ps)}-{len(pt)}"
                shapes[shape] = shapes.get(shape, 0) + 1
                src_out += ps
                tgt_out += pt
    folder = path.parents[1]  # the set's folder, above source/
    (folder / f"{name}.{sl}").write_text("\n".join(src_out) + "\n", encoding="utf-8")
    (folder / f"{name}.{tl}").write_text("\n".join(tgt_out) + "\n", encoding="utf-8")
    (folder / f"{name}.gold").write_text("\n".join(gold) + "\n", encoding="utf-8")
    return len(src_out), len(tgt_out), shapes


def main(folder: Path = HERE) -> None:
    total: dict[str, int] = {}
    for path in sorted((folder / "source").glob("*.txt")):
        n, m, shapes = build(path)
        for k, v in shapes.items():
            total[k] = total.get(k, 0) + v
        print(path.name, n, m, sum(shapes.values()), dict(sorted(shapes.items())))
    print("all", dict(sorted(total.items())), sum(total.values()))


if __name__ == "__main__":
    main()
