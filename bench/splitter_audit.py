"""List the sentence splitter's suspicious cuts and joins on the project's real text.

Three kinds of text, each read as the pipeline reads it:

- the spent align sets' hand-paired sources (``bench/data/align_blind*/source``): each
  side of a paragraph is joined and split; a translator's bead that ends inside one of
  the splitter's sentences is a **join** (the splitter keeps two of the translator's
  sentences together), and a cut inside a bead line that looks wrong (below) is a **cut**;
- the page pairs' gold (``bench/data/pairs/*.gold``): the gold writers' own sentences,
  separated by `` ¦ ``, against the splitter's split of each bead's side;
- the body rows of the labelled page sets (``bench/data/pages/*``, the spent ones) and
  the sample corpus (``../shared/corpus``): no reference, so only suspicious shapes.

A cut is suspicious when the piece before it ends with no final punctuation, ends in a
short abbreviation-like word ("bl.a.", "aprox.", "h."), or the piece after it opens in
lower case; a sentence is suspicious when it is very long or holds a quotation closed by
"»" (or a closing quote) and followed by a capital, the shape of two sentences kept as
one. Each finding is printed with its source so a human reads it; nothing is scored.

    .venv/bin/python bench/splitter_audit.py [--kind joins|cuts|long|quotes] [--only SET]

The blind sets being written (next: ``align_blind23``, ``pages/heldout27``, ``pairs/blind27-*``)
are never read.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from workbench.ingest.segment import split_sentences  # noqa: E402

DATA = HERE / "data"
CORPUS = HERE.parent.parent / "shared" / "corpus"
# Blind sets being written now: never read.
_BLIND = ("align_blind23", "heldout27", "blind27-")

_FINAL = re.compile(r"[.!?…:;»\"”’)\]]$|\.\)$")
# "bl.a.", "z.B.", "h.", "kl.": a word with a period inside, or of one or two letters
_ABBREVIATION_LIKE = re.compile(r"[^\W\d_]+\.(?:[^\W\d_]+\.)+|[^\W\d_]{1,2}\.")
_QUOTE_THEN_CAPITAL = re.compile(r"[.!?…]\s?[»”\"] [A-ZÀ-ÖØ-Þ]")
_LONG_WORDS = 70


@dataclass(frozen=True)
class Finding:
    kind: str  # "join", "cut", "long", "quote"
    where: str
    lang: str
    text: str


def _blind(path: Path) -> bool:
    return any(part in str(path) for part in _BLIND)


def _suspicious_cut(head: str, tail: str) -> bool:
    """No final punctuation before, a lower-case or punctuation-only piece after, or a
    last word shaped like an abbreviation ("bl.a.", "h.", "aprox.") before a cut."""
    last = head.rsplit(" ", 1)[-1].lstrip('(«"“„')
    return (
        not _FINAL.search(head)
        or tail[:1].islower()
        or not any(c.isalnum() for c in tail)
        or bool(_ABBREVIATION_LIKE.fullmatch(last))
    )


def _shape_findings(sentences: list[str], where: str, lang: str) -> Iterator[Finding]:
    for head, tail in pairwise(sentences):
        if _suspicious_cut(head, tail):
            yield Finding("cut", where, lang, f"{head[-60:]} | {tail[:60]}")
    for sentence in sentences:
        if len(sentence.split()) > _LONG_WORDS:
            yield Finding("long", where, lang, sentence[:200] + " …")
        if _QUOTE_THEN_CAPITAL.search(sentence):
            yield Finding("quote", where, lang, sentence[:240])


def _paragraphs(text: str) -> list[list[tuple[str, str]]]:
    out: list[list[tuple[str, str]]] = [[]]
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("#"):
            continue
        if not line:
            if out[-1]:
                out.append([])
            continue
        if line.count("|||") != 1:
            continue
        src, tgt = (side.strip() for side in line.split("|||"))
        out[-1].append((src, tgt))
    return [p for p in out if p]


def _against_beads(beads: list[str], lang: str, where: str) -> Iterator[Finding]:
    """Joins (a bead ending inside a sentence) and suspicious cuts inside one bead."""
    beads = [b for b in beads if b]
    whole = split_sentences(" ".join(beads), lang)
    ends: set[int] = set()
    at = 0
    for sentence in whole:
        at += len(sentence.replace(" ", ""))
        ends.add(at)
    at = 0
    for bead, after in pairwise(beads):
        at += len(bead.replace(" ", ""))
        if at not in ends:
            yield Finding("join", where, lang, f"{bead[-70:]} ‖ {after[:70]}")
    for bead in beads:
        yield from _shape_findings(split_sentences(bead, lang), where, lang)


def align_sources(only: str | None) -> Iterator[Finding]:
    for folder in sorted(DATA.glob("align_blind*")):
        if _blind(folder) or (only and folder.name != only):
            continue
        for path in sorted((folder / "source").glob("*.txt")):
            name, pair, _ = path.name.split(".")
            sl, tl = pair.split("-")
            for n, para in enumerate(_paragraphs(path.read_text(encoding="utf-8")), 1):
                where = f"{folder.name}/{name} ¶{n}"
                yield from _against_beads([s for s, _ in para], sl, where)
                yield from _against_beads([t for _, t in para], tl, where)


def pair_golds(only: str | None) -> Iterator[Finding]:
    if only and only != "pairs":
        return
    for path in sorted((DATA / "pairs").glob("*.gold")):
        if _blind(path):
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for lang, side in zip(("fr", "en"), line.split("\t"), strict=False):
                if side.strip():
                    yield from _against_beads(
                        [s.strip() for s in side.split(" ¦ ")], lang, f"pairs/{path.stem}:{n}"
                    )


def _page_lang(path: Path) -> str:
    match = re.search(r"-([a-z]{2})-\d+$", path.stem)
    return match.group(1) if match else "en"


def page_bodies(only: str | None) -> Iterator[Finding]:
    if only and only != "pages":
        return
    for path in sorted((DATA / "pages").glob("*/*.labels")):
        if _blind(path):
            continue
        lang = _page_lang(path)
        for n, row in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            label, _, text = row.partition("\t")
            if label == "body" and text.strip():
                where = f"pages/{path.parent.name}/{path.stem}:{n}"
                yield from _shape_findings(split_sentences(text, lang), where, lang)
    for path in sorted(CORPUS.glob("*.txt")):
        for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if text.strip():
                where = f"corpus/{path.stem}:{n}"
                yield from _shape_findings(split_sentences(text, "fr"), where, "fr")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kind", choices=("join", "cut", "long", "quote"))
    parser.add_argument("--only", help="one align set's folder name, 'pairs' or 'pages'")
    parser.add_argument("--count", action="store_true", help="counts only")
    args = parser.parse_args()
    counts: Counter[tuple[str, str]] = Counter()
    for source in (align_sources, pair_golds, page_bodies):
        for finding in source(args.only):
            counts[(finding.kind, finding.lang)] += 1
            if not args.count and (args.kind is None or finding.kind == args.kind):
                print(f"{finding.kind}\t{finding.lang}\t{finding.where}\t{finding.text}")
    for (kind, lang), count in sorted(counts.items()):
        print(f"# {kind} {lang}: {count}", file=sys.stderr)


if __name__ == "__main__":
    main()
