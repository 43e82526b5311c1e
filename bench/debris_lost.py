"""Who takes each content line lost out of fold: a rule (which one) or the model (its score,
the threshold, the features that pushed it). Leave one part out, as ``debris.py --by-set``.

    .venv/bin/python bench/debris_lost.py [SCORES.pkl]  # the parts' table, one row per lost
                                                        # line, then counts by cause
"""

from __future__ import annotations

import pickle
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import debris as bench

from workbench.ingest import debris, debris_edges, debris_frame, debris_notices
from workbench.ingest import debris_regions as regions
from workbench.ingest import debris_tail as tail
from workbench.ingest.debris_boxes import read_page
from workbench.ingest.debris_features import FEATURES

Mark = Callable[[Sequence[str], Sequence[bool], Sequence[bool], list[bool]], None]
# The region rules of `debris_regions.region_mask`, by name, in its order.
REGION_RULES: tuple[tuple[str, Mark], ...] = (
    ("comment threads", lambda t, b, p, m: regions._mark_comment_threads(t, m)),
    ("footer", lambda t, b, p, m: regions._mark_footer(t, m)),
    ("counted threads", lambda t, b, p, m: regions._mark_counted_threads(t, m)),
    ("handled threads", lambda t, b, p, m: regions._mark_handled_threads(t, m)),
    ("related lists", lambda t, b, p, m: regions._mark_related_lists(t, b, m)),
    ("teasers", lambda t, b, p, m: regions._mark_teasers(t, m)),
    ("credits", lambda t, b, p, m: debris_frame.mark_credits(t, m)),
    ("acted comments", lambda t, b, p, m: regions._mark_acted_comments(t, m)),
    ("signed comments", lambda t, b, p, m: regions._mark_signed_comments(t, m)),
    ("appeals", lambda t, b, p, m: debris_frame.mark_appeals(t, m)),
    ("signup boxes", lambda t, b, p, m: debris_frame.mark_signup_boxes(t, m)),
    ("end matter", lambda t, b, p, m: debris_frame.mark_end_matter(t, m)),
    ("masthead", lambda t, b, p, m: debris_frame.mark_masthead(t, p, m)),
    ("bios", lambda t, b, p, m: debris_frame.mark_bios(t, p, m)),
    ("site statements", lambda t, b, p, m: debris_frame.mark_site_statements(t, m)),
    ("pull quotes", lambda t, b, p, m: debris_frame.mark_pull_quotes(t, m)),
    ("replies", lambda t, b, p, m: tail.mark_replies(t, p, m)),
)


def forcing_rules(page: bench.Page, i: int) -> list[str]:
    """The rules that force block ``i`` of ``page`` (several may)."""
    texts = [b.text for b in page.raw]
    contexts = bench._contexts(page)
    bullets = [c.bullet for c in contexts]
    reading = read_page(texts, contexts, page.doc_lang)
    out = []
    for name, rule in REGION_RULES:
        marked = [False] * len(texts)
        rule(texts, bullets, reading.prose, marked)
        if regions.outside_the_article(texts, reading.prose, marked)[i]:
            out.append(f"region: {name}")
    marked = [False] * len(texts)
    tail.mark_title_lists(texts, reading.prose, marked, [c.cell for c in contexts])
    if regions.outside_the_article(texts, reading.prose, marked)[i]:
        out.append("region: title lists")
    if regions.outside_the_article(texts, reading.prose, [c.thread for c in contexts])[i]:
        out.append("markup thread")
    titles = [c.title for c in contexts]
    if debris_edges.page_top(texts, titles, reading.prose)[i]:
        out.append("page top")
    if debris_frame.kicker_labels(texts, titles, reading.prose)[i]:
        out.append("kicker")
    if debris_notices.byline_roles(texts)[i]:
        out.append("byline role")
    if contexts[i].repeated:
        out.append("repeated")
    alone = debris._forced(texts[i], i, len(texts), False, False, False)
    if alone:
        out.append("line alone: " + _line_rule(texts[i]))
    return out or ["other (names the site, contents...)"]


def _line_rule(text: str) -> str:
    from workbench.ingest import debris_features as f
    from workbench.ingest import debris_lines as lines

    checks: list[tuple[str, bool]] = [
        ("date alone", f.is_date_alone(text)),
        ("dated byline", f.is_dated_byline(text)),
        ("navigation", bool(lines.NAVIGATION.match(text))),
        ("ticker", f.is_ticker(text)),
        ("notice", debris_notices.is_notice(text)),
        ("menu trail", lines.is_menu_trail(text)),
        ("spaced menu", lines.is_spaced_menu(text)),
        ("tags", lines.is_tags_line(text)),
        ("credit alone", lines.is_credit_alone(text)),
        ("inline teaser", lines.is_inline_teaser(text)),
    ]
    return ", ".join(name for name, hit in checks if hit) or "other"


def pushes(row: np.ndarray, weights: np.ndarray, names: Sequence[str], n: int = 3) -> str:
    parts = row * weights
    order = np.argsort(-parts)[:n]
    return ", ".join(f"{names[k]} {parts[k]:+.1f}" for k in order)


def main() -> None:
    pages = bench.ready_pages()
    meaning = bench.ships_meaning()
    names = [*FEATURES, "standalone", *(["meaning"] if meaning else [])]
    rows_out: list[str] = []
    causes: Counter[str] = Counter()
    predicted: dict[str, list[bool]] = {}
    oof: dict[str, tuple[list[float], float]] = {}
    for fold in bench.folds(pages, meaning):
        weights, threshold = fold.weights, fold.threshold
        for page in fold.held:
            prep = bench.prepared(page)
            score = bench.scores(page, weights)
            mask = debris.decide(prep.evidence, list(score), threshold)
            predicted[page.name] = [mask[i] for i in page.block_of]
            oof[page.name] = (list(score), threshold)
            for (label, text), i in zip(page.gold, page.block_of, strict=True):
                if label == "boilerplate" or not mask[i]:
                    continue
                if prep.evidence.forced[i]:
                    why = "; ".join(forcing_rules(page, i))
                    causes[why] += 1
                else:
                    first = bench._sigmoids(prep.rows @ weights[0])
                    why = (
                        f"model {score[i]:.3f} >= {threshold:.2f}"
                        f"{' sentence' if prep.evidence.sentence[i] else ''}"
                        f"{' soft' if prep.evidence.soft[i] else ''}: "
                        + pushes(prep.rows[i], weights[0], names)
                        + f" | stage1 {first[i]:.2f}"
                    )
                    causes["model"] += 1
                rows_out.append(f"{fold.split}/{page.name} [{label}] {text[:80]!r}\n    {why}")
    if len(sys.argv) > 1:  # the out-of-fold scores, to try a rule on them without refitting
        Path(sys.argv[1]).write_bytes(pickle.dumps(oof))
    print(bench.set_table(pages, predicted))
    print("\n".join(rows_out))
    print()
    for why, n in causes.most_common():
        print(f"{n:4d}  {why}")


if __name__ == "__main__":
    main()
