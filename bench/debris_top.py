"""The top of a page: debris above the article's first content line, missed out of fold.

Every labelled part of ``bench/debris.py``'s ``SPLITS`` is predicted by a model fitted on
the other parts only (leave one part out, with the meaning column where ingest has it, as
``bench/debris.py --by-set`` does). On each page, the lines above the first line labelled
content (title, standfirst, paragraph) are the page's top; each debris line there that the
workbench keeps is counted by its shape (a label of one to three words, a header line of up
to eight, a date or time, a line with a menu's separator, a sentence, a longer line) and by
the page's kind of file. Also listed: content lost above the first paragraph of prose.

    WORKBENCH_CACHE_DIR=… .venv/bin/python bench/debris_top.py [--lines] [--no-meaning]

Writes bench/results/debris-top.md.
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

from workbench.ingest.debris_edges import HEADER_WORDS, LABEL_WORDS

SHAPES = ("label (1-3 words)", "header (4-8 words)", "date or time", "separator",
          "sentence", "longer")  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_SEPARATOR = re.compile(r"[|›»>/•·]|\s[-–—]\s")
_END = re.compile(r"[.!?…:;][\s»\"”’)\]]*$")


def shape(text: str) -> str:
    """One of `SHAPES`, first that fits."""
    n = len(_WORD.findall(text))
    if any(ch.isdigit() for ch in text) and n <= HEADER_WORDS:
        return "date or time"
    if _SEPARATOR.search(text):
        return "separator"
    if _END.search(text):
        return "sentence"
    if n <= LABEL_WORDS:
        return "label (1-3 words)"
    return "header (4-8 words)" if n <= HEADER_WORDS else "longer"


def top_rows(page: bench.Page, predicted: list[bool]) -> list[tuple[str, str, bool]]:
    """(label, text, predicted debris) of the gold lines above the first content line."""
    first = next((i for i, (label, _) in enumerate(page.gold) if label != "boilerplate"), 0)
    return [
        (label, text, p)
        for (label, text), p in zip(page.gold[:first], predicted[:first], strict=True)
    ]


def report(pages: list[bench.Page], predicted: dict[str, list[bool]], lines: bool) -> str:
    missed: Counter[tuple[str, str]] = Counter()
    caught: Counter[str] = Counter()
    listed = []
    pages_with = Counter[str]()
    for page in pages:
        rows = top_rows(page, predicted[page.name])
        if any(label == "boilerplate" and not p for label, _, p in rows):
            pages_with[page.suffix] += 1
        for label, text, p in rows:
            if label == "boilerplate" and not p:
                missed[(shape(text), page.suffix)] += 1
                listed.append(f"{page.split}/{page.name}{page.suffix}: {text[:80]}")
            elif label == "boilerplate":
                caught[page.suffix] += 1
    out = [
        "| shape | .txt | .html | all |",
        "|---|---:|---:|---:|",
    ]
    for name in SHAPES:
        t, h = missed[(name, ".txt")], missed[(name, ".html")]
        out.append(f"| {name} | {t} | {h} | {t + h} |")
    t, h = (
        sum(v for (_, k), v in missed.items() if k == ".txt"),
        sum(v for (_, k), v in missed.items() if k == ".html"),
    )
    out.append(f"| **missed above the first content line** | {t} | {h} | {t + h} |")
    out.append(
        f"| caught there | {caught['.txt']} | {caught['.html']} | "
        f"{caught['.txt'] + caught['.html']} |"
    )
    out.append(
        f"| pages with a miss there | {pages_with['.txt']} | {pages_with['.html']} | "
        f"{pages_with['.txt'] + pages_with['.html']} |"
    )
    text = "\n".join(out)
    if lines:
        text += "\n\n" + "\n".join(listed)
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lines", action="store_true", help="list the missed lines")
    parser.add_argument(
        "--no-meaning", action="store_true", help="the model without the meaning column"
    )
    args = parser.parse_args()
    pages = bench.ready_pages()
    pages = [p for p in pages if p.split in bench.SPLITS]
    predicted = bench.out_of_fold(pages, not args.no_meaning and bench.ships_meaning())
    text = (
        f"Leave one part out ({len(bench.SPLITS)} parts, {len(pages)} pages): debris above "
        "the first content line kept as content, by shape and kind of file.\n\n"
        f"{report(pages, predicted, args.lines)}\n\n"
        f"{bench.set_table(pages, predicted)}\n"
    )
    print(text)
    bench.RESULTS.mkdir(exist_ok=True)
    (bench.RESULTS / "debris-top.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
