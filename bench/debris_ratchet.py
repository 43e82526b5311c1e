"""The content each page loses, here against a baseline checkout: no page may lose more.

Every labelled page of ``bench/debris.py``'s ``SPLITS`` (this checkout's list, this
checkout's labels) is classed twice as ingest classes it (`bench/debris.workbench_system`,
the shipped weights and rules): once with the ``workbench`` package of the baseline checkout
(main, the shipped model), once with this checkout's. Per page, the content lines (body,
heading, caption) each classes as debris are compared; the pages whose losses changed are
printed, and the run fails when the pages of this checkout lose more content lines than the
baseline's on the same pages, beyond ``--allow`` (the figure a branch reports and owns).

    WORKBENCH_CACHE_DIR=… .venv/bin/python bench/debris_ratchet.py [--baseline /work/main]
        [--allow N] [--parts PART …]

Each side runs in its own interpreter (the two ``workbench`` packages cannot share one); each
prints its losses as JSON (``--emit``), which this script compares.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent

Losses = dict[str, list[str]]  # "part/page" -> its content lines classed as debris


def emit(tree: Path, parts: list[str]) -> None:
    """Print this interpreter's losses as JSON, with the ``workbench`` of ``tree`` and the
    pages and labels of this checkout."""
    sys.path.insert(0, str(tree))
    import workbench  # the package of ``tree``: bench/debris.py's imports then resolve there

    if Path(workbench.__file__).resolve().parent.parent != tree.resolve():
        raise SystemExit(f"workbench was imported from {workbench.__file__}, not {tree}")
    sys.path.insert(0, str(HERE / "bench"))
    import debris as bench

    losses: Losses = {}
    for page in bench.ready_pages():
        if page.split not in (parts or bench.SPLITS):
            continue
        predicted = bench.workbench_system(page)
        losses[f"{page.split}/{page.name}"] = [
            text
            for (label, text), debris in zip(page.gold, predicted, strict=True)
            if debris and label != "boilerplate"
        ]
    json.dump(losses, sys.stdout)


def losses_of(tree: Path, parts: list[str]) -> Losses:
    """``emit``'s losses, run in a fresh interpreter for ``tree``."""
    command = [sys.executable, __file__, "--emit", str(tree), "--parts", *parts]
    done = subprocess.run(command, capture_output=True, text=True, env=os.environ.copy())
    if done.returncode:
        raise SystemExit(f"{tree}: {done.stderr.strip()[-2000:]}")
    losses: Losses = json.loads(done.stdout)
    return losses


def compare(base: Losses, here: Losses) -> tuple[list[str], int, int, int]:
    """The changed pages' lines, the lines lost in all on each side, and the lines this
    checkout newly loses (per page, beyond the baseline's count there)."""
    rows = []
    new = 0
    for name in sorted(here):
        before, after = base.get(name, []), here[name]
        if sorted(before) == sorted(after):
            continue
        new += max(0, len(after) - len(before))
        rows.append(f"{name}: {len(before)} -> {len(after)}")
        rows += [f"    now lost: {t[:90]}" for t in after if t not in before]
        rows += [f"    now kept: {t[:90]}" for t in before if t not in after]
    lost_before = sum(len(base.get(name, [])) for name in here)
    return rows, lost_before, sum(map(len, here.values())), new


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--baseline", type=Path, default=Path("/work/main"),
                        help="the checkout whose workbench is the reference (main)")  # fmt: skip
    parser.add_argument("--allow", type=int, default=0,
                        help="content lines this checkout may newly lose, in all")  # fmt: skip
    parser.add_argument("--parts", nargs="*", default=[], help="these parts only")
    parser.add_argument("--emit", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.emit:
        emit(args.emit, args.parts)
        return
    base = losses_of(args.baseline, args.parts)
    here = losses_of(HERE, args.parts)
    rows, before, after, new = compare(base, here)
    print("\n".join(rows) or "no page changed")
    pages = (sum(bool(v) for v in base.values()), sum(bool(v) for v in here.values()))
    print(
        f"{len(here)} pages: content lines lost {before} -> {after} "
        f"(pages losing any {pages[0]} -> {pages[1]}); newly lost {new}, allowed {args.allow}"
    )
    if new > args.allow:
        raise SystemExit(f"{new} content lines newly lost, more than the {args.allow} allowed")


if __name__ == "__main__":
    main()
