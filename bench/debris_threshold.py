"""How the debris threshold's choice moves from one refit to the next (issue 13, session 22).

The threshold is read off a cost curve: at each threshold of ``bench/debris.py``'s ``GRID``,
the debris lines missed, plus ``CONTENT_WEIGHT`` per content line lost, plus a page's price
per page losing more than 1% of its body, on pages scored by models that did not see their
part (``fit_unseen``). This prints that curve for the model ``--fit`` ships (every part of
``SPLITS``) and for the one fitted without a part (``--without``, default the newest), then,
for each rule that reads a curve, the threshold each gives on both, and what it gives out of
fold (``--by-set``'s folds: each part predicted by a model whose threshold was chosen by that
rule on the other parts only), with the model ``ingest`` ships (the meaning column).

    .venv/bin/python bench/debris_threshold.py [--without heldout22] [--cache FILE]

Each fold is fitted once; its curve and its held part's counts at every threshold are kept
(``--cache``, a pickle) so that a rule is compared without fitting again. Writes
bench/results/debris-threshold.md.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import debris as bench

# Per GRID threshold, the held part's counts summed and its pages over 1%.
Held = list[tuple[bench.Counts, int]]
Rule = Callable[[bench.CostCurve], float]


def held_counts(pages: Sequence[bench.Page], weights: bench.Weights) -> Held:
    """The held ``pages``' counts at each threshold of `GRID` (as `bench.count` counts)."""
    out = []
    for threshold in bench.GRID:
        per_page = [bench.count(p, bench.fast_system(p, weights, threshold)) for p in pages]
        out.append(bench.totals(per_page))
    return out


def run_folds(
    pages: Sequence[bench.Page], meaning: bool
) -> dict[str, tuple[bench.CostCurve, Held]]:
    """Per part held out ("": none, the shipped fit), its curve and its held pages' counts."""
    out = {}
    for fold in bench.folds(pages, meaning, parts=("", *bench.SPLITS)):
        out[fold.split] = (bench.cost_curve(fold.unseen), held_counts(fold.held, fold.weights))
        print(f"{fold.split or 'all parts'}: {bench.least_cost(out[fold.split][0]):.3f}",
              file=sys.stderr)  # fmt: skip
    return out


def run_around(cost: np.ndarray, slack: np.ndarray | float) -> tuple[int, int]:
    """The first and last index of the run of thresholds, around the least cost, whose cost
    is within ``slack`` (per threshold, or one for all) of the least."""
    slack = np.broadcast_to(slack, cost.shape)
    best = int(np.argmin(cost))
    low = high = best
    while low > 0 and cost[low - 1] <= cost[best] + slack[low - 1]:
        low -= 1
    while high < len(cost) - 1 and cost[high + 1] <= cost[best] + slack[high + 1]:
        high += 1
    return low, high


def within(curve: bench.CostCurve, slack: float) -> float:
    """The middle of the run within ``slack`` of the least cost (the higher of two middles)."""
    low, high = run_around(curve.cost, slack)
    return bench.GRID[(low + high) // 2]


def standard_error(curve: bench.CostCurve) -> np.ndarray:
    """Per threshold, the standard error of its cost's excess over the least, the parts taken
    as draws: sqrt(parts) times the parts' standard deviation of that excess."""
    per_part = curve.part_costs()
    excess = per_part - per_part[:, [int(np.argmin(curve.cost))]]
    return np.asarray(np.sqrt(len(per_part)) * excess.std(axis=0, ddof=1))


def one_se(curve: bench.CostCurve, middle: bool) -> float:
    """The run within one standard error of the least cost: its middle, or (Breiman's one
    standard error rule) its most cautious end, the highest threshold."""
    low, high = run_around(curve.cost, standard_error(curve))
    return bench.GRID[(low + high) // 2 if middle else low]


def bagged(curve: bench.CostCurve, draws: int = 201) -> float:
    """The median of the least-cost thresholds over ``draws`` resamples of the parts (with
    replacement, a fixed seed)."""
    per_part = curve.part_costs()
    rng = np.random.default_rng(0)
    picks = rng.integers(0, len(per_part), size=(draws, len(per_part)))
    best = [int(np.argmin(per_part[row].sum(axis=0))) for row in picks]
    return bench.GRID[int(np.median(best))]


def smoothed(curve: bench.CostCurve) -> float:
    """The least cost of the curve averaged over each threshold and its two neighbours."""
    return bench.GRID[int(np.argmin(bench.moving_mean(curve.cost, 1)))]


RULES: dict[str, Rule] = {
    "least cost (sessions 17-22)": bench.least_cost,
    "averaged over the jackknife's steps (`threshold_of`)": bench.threshold_of,
    "middle within one page's price": lambda c: within(c, c.page_price),
    "middle within 1% of the least": lambda c: within(c, 0.01 * float(np.min(c.cost))),
    "least of the 3-point mean": smoothed,
    "middle within one standard error": lambda c: one_se(c, middle=True),
    "highest within one standard error": lambda c: one_se(c, middle=False),
    "median over resampled parts": bagged,
}


def curve_table(curve: bench.CostCurve) -> str:
    chosen = {name: rule(curve) for name, rule in RULES.items()}
    missed, lost, over = (a.sum(axis=0) for a in (curve.missed, curve.lost, curve.over))
    se = standard_error(curve)
    lines = [
        "| threshold | cost | debris R | content lines lost | pages over 1% "
        "| its excess's standard error | chosen by |",
        "|---:|---:|---:|---:|---:|---:|---|",
    ]
    for k, threshold in enumerate(bench.GRID):
        by = ", ".join(name for name, t in chosen.items() if t == threshold)
        lines.append(
            f"| {threshold:.3f} | {curve.cost[k]:.0f} | {1 - missed[k] / curve.debris:.3f} "
            f"| {lost[k]:.0f} | {over[k]:.0f} | {se[k]:.0f} | {by} |"
        )
    return "\n".join(lines)


def rule_table(runs: dict[str, tuple[bench.CostCurve, Held]], without: str) -> str:
    lines = [
        f"| rule | all parts | without {without} | per fold: range, sd | debris P | debris R "
        "| content lines lost | pages over 1% |",
        "|---|---:|---:|---|---:|---:|---:|---:|",
    ]
    for name, rule in RULES.items():
        picked = {split: rule(curve) for split, (curve, _) in runs.items()}
        per_fold = [picked[s] for s in bench.SPLITS]
        total = bench.Counts(0, 0, 0, 0, 0, 0, 0)
        over = 0
        for split in bench.SPLITS:
            counts, bad = runs[split][1][bench.GRID.index(picked[split])]
            total, over = total + counts, over + bad
        lines.append(
            f"| {name} | {picked['']:.3f} | {picked[without]:.3f} | {min(per_fold):.3f}-"
            f"{max(per_fold):.3f}, {np.std(per_fold):.3f} | {total.precision:.3f} | "
            f"{total.recall:.3f} | {total.content_lost}/{total.content} | {over} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    newest = [s for s in bench.SPLITS if s.startswith("heldout")][-1]
    parser.add_argument("--without", default=newest, help="the part a refit adds")
    parser.add_argument("--cache", type=Path, default=None, help="keep or reuse the folds here")
    args = parser.parse_args()
    if args.cache and args.cache.exists():
        runs = pickle.loads(args.cache.read_bytes())
    else:
        pages = bench.ready_pages()
        runs = run_folds(pages, bench.ships_meaning())
        if args.cache:
            args.cache.write_bytes(pickle.dumps(runs))
    text = (
        f"Out-of-fold cost curves ({len(bench.SPLITS)} parts, the model ingest ships; page "
        f"price {bench.PAGE_COST:g}): the cost each threshold's choice reads, with every part "
        f"and without {args.without}.\n\nEvery part:\n\n{curve_table(runs[''][0])}\n\n"
        f"Without {args.without}:\n\n{curve_table(runs[args.without][0])}\n\n"
        "Each rule: its threshold on both curves, its threshold in each fold of --by-set "
        "(range and standard deviation), and the pooled figures out of fold (each part "
        "predicted by a model whose threshold the rule chose on the other parts). The "
        "jackknife's steps (`jackknife_steps`): "
        f"{bench.jackknife_steps(runs[''][0])} with every part, "
        f"{bench.jackknife_steps(runs[args.without][0])} without {args.without}.\n\n"
        f"{rule_table(runs, args.without)}\n"
    )
    print(text)
    bench.RESULTS.mkdir(exist_ok=True)
    (bench.RESULTS / "debris-threshold.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
