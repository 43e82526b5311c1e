"""The debris kept as content inside the article's column, by widget shape (issue 13, session 21).

Every labelled part of ``bench/debris.py``'s ``SPLITS`` is predicted by a model fitted on the
other parts only, as ``--by-set`` does (``out_of_fold``, with the meaning column where
ingest uses it). Each debris line kept as content between the article's first and last content
lines (gold labels; `debris_positions.position`) is put in one shape, first match wins: a
shop's commerce line (a price alone or with a short label, an instalment offer, basket, stock,
delivery, fees, a reference: `debris_commerce`), a rating or a review count, a testimonial (a
quoted word signed by a name), a spec-sheet row ("label: value"), a counter (pledges, lessons,
a number alone), or another line.

    .venv/bin/python bench/debris_widgets.py [--lines]

Writes bench/results/debris-widgets.md: the per-part table of ``--by-set``, then this one.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import debris as bench
import debris_positions

from workbench.ingest.debris_commerce import (
    PRICE,
    SELLING,
    is_price_alone,
    is_testimonial,
    words,
)

_COMMERCE = ("basket", "instalments", "delivery", "stock", "fees", "reference")
_QUOTED = re.compile(r"[«“„\"].{10,}[»”“\"]")
_LABEL_VALUE = re.compile(r"^\s*[^\W\d_][\w'’.()/-]*(?:\s+[\w'’.()/-]+){0,3}\s*:\s*\S")
_NUMBER = re.compile(r"^[\W\d_]*\d[\W\d_]*$")
SHAPES = (
    "commerce (price, basket, stock, delivery, fees)",
    "rating / review count",
    "testimonial (quote + name)",
    "spec-sheet row (label: value)",
    "counter (pledges, lessons, a number)",
    "other",
)


def widget_shape(text: str) -> str:
    """The widget shape of a missed debris line, first match wins (`SHAPES`)."""
    short = len(words(text)) <= 12
    if (
        is_price_alone(text)
        or any(SELLING[k].search(text) for k in _COMMERCE)
        or (short and PRICE.search(text))
    ):
        return SHAPES[0]
    if SELLING["reviews"].search(text):
        return SHAPES[1]
    if is_testimonial(text) or (_QUOTED.search(text) and short):
        return SHAPES[2]
    if _LABEL_VALUE.match(text) and short:
        return SHAPES[3]
    if SELLING["pledges"].search(text) or SELLING["lessons"].search(text) or _NUMBER.match(text):
        return SHAPES[4]
    return SHAPES[5]


def inside_misses(
    pages: list[bench.Page], predicted: dict[str, list[bool]]
) -> list[tuple[str, str, str]]:
    """Each debris line kept as content inside the article, out of fold: (page, shape, text)."""
    return [
        (page, widget_shape(text), text)
        for page, pos, _, text in debris_positions.missed_lines(pages, predicted)
        if pos == "inside"
    ]


def report(missed: list[tuple[str, str, str]]) -> str:
    by = Counter(shape for _, shape, _ in missed)
    rows = [
        f"Leave one part out, pooled: {len(missed)} debris lines kept as content inside the "
        "article (between its first and last content lines, gold labels), by widget shape.",
        "",
        "| shape | lines | pages |",
        "|---|---:|---:|",
    ]
    for shape in SHAPES:
        pages = len({page for page, s, _ in missed if s == shape})
        rows.append(f"| {shape} | {by[shape]} | {pages} |")
    rows.append(f"| all | {len(missed)} | {len({page for page, _, _ in missed})} |")
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lines", action="store_true", help="print every missed line")
    args = parser.parse_args()
    pages = bench.ready_pages()
    predicted = bench.out_of_fold(pages, bench.ships_meaning())
    missed = inside_misses(pages, predicted)
    text = f"{bench.set_table(pages, predicted)}\n\n{report(missed)}"
    print(text)
    bench.RESULTS.mkdir(exist_ok=True)
    (bench.RESULTS / "debris-widgets.md").write_text(text + "\n", encoding="utf-8")
    if args.lines:
        for where, shape, line in missed:
            print(f"{shape}\t{where}\t{line[:110]}")


if __name__ == "__main__":
    main()
