"""Where debris recall is lost: the debris lines kept as content, out of fold, by kind and cause.

Every labelled part of ``bench/debris.py``'s ``SPLITS`` is scored by a model
fitted on the other parts only (leave one part out, as a new blind part meets
the shipped model), pooled, and decided at one threshold. Each debris line
kept as content is put in one kind (by its wording, in the languages of the
pages: bylines and credits, translation credits, bios, appeals, comments,
related headlines, tags…) and one cause:

- ``forced``-less and ``kept``: a keep rule protects it (a fact box, a caption, a
  sentence right after prose…): no threshold reaches it; or a soft keep rule (a
  line over prose, the extractor's choice…) that the model's score does not
  overrule (`debris.OVERRULE_THRESHOLD`);
- ``sentence bar``: it reads as a sentence, so it needs `debris.SENTENCE_THRESHOLD`;
- ``score``: the model scores it under the threshold.

    .venv/bin/python bench/debris_recall.py [--threshold 0.5] [--lines]

Writes bench/results/debris-recall.md.
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import debris as bench

from workbench.ingest import debris, extract
from workbench.pipeline.documents import detect_languages

# Kinds of debris, first match wins; patterns read fr, en, es, de, it, pt and a few others.
KINDS: tuple[tuple[str, str], ...] = (
    ("translation credit", r"tradu|translat|übersetz|traduz|vertaal|přelož|przetłum"),
    (
        "source / agency",
        r"^(?:source|fuente|quelle|fonte|bron|kilde|źródło)\b|^d'après|\bafp\b"
        r"|\breuters\b|\bap\b|\bdpa\b|\befe\b|\bansa\b",
    ),
    (
        "appeal (donate, subscribe)",
        r"donat|don\b|chip in|support|soutenez|soutien|apoy|unterstütz"
        r"|subscri|abonn|suscr|member|adhér|socio|patreon|newsletter|bolet[ií]n|inscri",
    ),
    (
        "byline / credit",
        r"^(?:by|par|por|von|di|de|da|av|af|door|text|texte|texto|photo|foto"
        r"|fotos|credit|crédit|©|illustration|image|bild)\b|\|\s*(?:photo|foto)",
    ),
    (
        "author bio",
        r"\b(?:is|est|es|ist|è|é|er|jest|on) (?:an?|une?|el|la|der|die|un|una|um|uma"
        r"|en|ett)?\s*\w*(?:journalist|reporter|writer|editor|correspondent|auteur|autor|rédact"
        r"|periodista|redakteur|giornalist|fotógraf|photograph|historian|researcher|professor)"
        r"|\bwrites? (?:about|for)\b|\bécrit\b|\bescribe\b|\bschreibt\b",
    ),
    (
        "comment / reply",
        r"\breply\b|répondre|responder|antworten|rispondi|\bsays:|a dit|dice:"
        r"|\d+ (?:likes?|j'aime|me gusta)|\bago\b|\bil y a\b|\bhace\b|\bvor \d",
    ),
    (
        "share / social",
        r"share|partag|compart|teilen|condivid|tweet|facebook|whatsapp|linkedin"
        r"|instagram|telegram|\bx\b|copy link|copier le lien|e-?mail",
    ),
    (
        "tags / sections",
        r"^(?:tags?|topics?|mots-clés|étiquettes|etiquetas|temas|themen|schlagw"
        r"|categor|catégor|rubri|sección|section|ressort)\b|#\w",
    ),
    (
        "related / read more",
        r"read (?:more|also)|lire aussi|à lire|leer más|lee también|weiterlesen"
        r"|mehr zum|related|sur le même sujet|also in|plus de|más de|more from|most read",
    ),
    (
        "account / nav / legal",
        r"sign in|log ?in|register|connexion|compte|cuenta|konto|menu|menú"
        r"|home|accueil|inicio|contact|privacy|cookie|terms|mentions|aviso|impressum|rights"
        r"|droits|derechos|rechte",
    ),
    (
        "date / time / reading time",
        r"\b\d{1,2}[:h.]\d{2}\b|\b(?:19|20)\d\d\b|\bmin\b|minutes?"
        r"|minutos?|minuten",
    ),
)
_KINDS = [(name, re.compile(p, re.IGNORECASE)) for name, p in KINDS]


def kind_of(text: str) -> str:
    """The kind of a debris line, by its wording; or by its shape when no wording matches."""
    for name, pattern in _KINDS:
        if pattern.search(text):
            return name
    words = text.split()
    if text.rstrip(' »"”’)]').endswith((".", "!", "?", "…")) and len(words) >= 6:
        return "other sentence"
    if len(words) >= 4:
        return "other headline-like line (no final stop)"
    return "other short label (1-3 words)"


@dataclass(frozen=True)
class Line:
    page: str
    split: str
    lang: str
    text: str
    gold: str
    forced: bool
    kept: bool
    soft: bool
    sentence: bool
    score: float


def out_of_fold_lines(pages: list[bench.Page]) -> list[Line]:
    """Every gold line, scored by a model fitted (weights only) on the other parts."""
    out = []
    for split in bench.SPLITS:
        weights = bench.fit_weights([p for p in pages if p.split != split])
        for page in (p for p in pages if p.split == split):
            ev, sc = bench.prepared(page).evidence, bench.scores(page, weights)
            for (label, text), i in zip(page.gold, page.block_of, strict=True):
                out.append(
                    Line(
                        page.name,
                        split,
                        page.lang,
                        text,
                        label,
                        ev.forced[i],
                        ev.kept[i],
                        bool(ev.soft) and ev.soft[i],
                        ev.sentence[i],
                        float(sc[i]),
                    )
                )
    return out


def cause(line: Line, threshold: float) -> str | None:
    """Why a debris line is kept as content at ``threshold``; None when it is caught."""
    if line.forced:
        return None
    bar = max(threshold, debris.SENTENCE_THRESHOLD) if line.sentence else threshold
    held = line.soft and line.score < debris.OVERRULE_THRESHOLD
    if line.score >= bar and not line.kept and not held:
        return None
    if line.kept or held:
        return "kept by a rule"
    if line.score >= threshold:
        return "sentence bar"
    return "score"


def report(lines: list[Line], threshold: float) -> str:
    debris_lines = [x for x in lines if x.gold == "boilerplate"]
    missed = [(x, c) for x in debris_lines if (c := cause(x, threshold)) is not None]
    by_kind: dict[str, Counter[str]] = defaultdict(Counter)
    scores: dict[str, list[float]] = defaultdict(list)
    totals: Counter[str] = Counter(kind_of(x.text) for x in debris_lines)
    for x, c in missed:
        by_kind[kind_of(x.text)][c] += 1
        scores[kind_of(x.text)].append(x.score)
    rows = [
        f"Leave one part out ({len(bench.SPLITS)} parts, {len({x.page for x in lines})} pages), "
        f"pooled, at threshold {threshold:.3f}: {len(missed)} of {len(debris_lines)} debris "
        f"lines kept as content (recall {1 - len(missed) / len(debris_lines):.3f}).",
        "",
        "| kind | debris lines | missed | kept by a rule | sentence bar | score under "
        "threshold | median score of the missed |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for kind, counts in sorted(by_kind.items(), key=lambda kv: -sum(kv[1].values())):
        rows.append(
            f"| {kind} | {totals[kind]} | {sum(counts.values())} | {counts['kept by a rule']} | "
            f"{counts['sentence bar']} | {counts['score']} | {np.median(scores[kind]):.2f} |"
        )
    causes = Counter(c for _, c in missed)
    rows += [
        f"| all | {len(debris_lines)} | {len(missed)} | {causes['kept by a rule']} | "
        f"{causes['sentence bar']} | {causes['score']} | "
        f"{np.median([x.score for x, _ in missed]):.2f} |",
        "",
        "Missed lines by score (the model's out-of-fold probability):",
        "",
        "| score | missed |",
        "|---|---:|",
    ]
    edges = (0.0, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.7, 0.9, 1.01)
    for lo, hi in itertools.pairwise(edges):
        n = sum(1 for x, _ in missed if lo <= x.score < hi)
        rows.append(f"| {lo:.2f}–{min(hi, 1.0):.2f} | {n} |")
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--threshold", type=float, default=None, help="default: the shipped one")
    parser.add_argument("--lines", action="store_true", help="print every missed line")
    args = parser.parse_args()
    from workbench.ingest import debris_weights

    threshold = args.threshold if args.threshold is not None else debris_weights.THRESHOLD
    pages = bench.load_pages()
    bench.add_site_lines(pages)
    for page in pages:
        page.doc_lang = extract.debris_language(
            page.raw, extract.document_language(page.raw, detect_languages)
        )
    lines = out_of_fold_lines(pages)
    text = report(lines, threshold)
    print(text)
    bench.RESULTS.mkdir(exist_ok=True)
    (bench.RESULTS / "debris-recall.md").write_text(text + "\n", encoding="utf-8")
    if args.lines:
        for x in lines:
            if x.gold == "boilerplate" and (c := cause(x, threshold)):
                print(f"{x.split}/{x.page}\t{kind_of(x.text)}\t{c}\t{x.score:.2f}\t{x.text[:100]}")


if __name__ == "__main__":
    main()
