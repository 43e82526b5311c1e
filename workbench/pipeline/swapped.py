"""Two stretches read in swapped order: `align`'s line when one side's sentences run
without counterpart in one place and the other side's in another.

newcomer36 aligned a French audio guide with its English original, a PDF set in two
columns: the reader gave the right column first, and the aligner, which keeps both
sides in order, could pair only one of the two columns. Beads 1-13 held the right
column's English alone, beads 31-40 its French alone ("no counterpart" at 0.997-1.000),
and `align` ended with exit 0 and no word. The reader was mended
(`ingest.readers_pdf_columns`); this is the net for any other cause: an original whose
sections came in another order, a page saved with its sidebar first, a reader's
mistake to come.

The signature: a run of `SWAP_RUN` sentences or more of one side in beads of that side
alone, and elsewhere, with a pair between, such a run of the other side's. A
translation aligned with its own original leaves at most one sentence in a row alone
on the side that has fewer (every alignment of the benchmark: 105 real page pairs with
their web debris, 389 spent documents, the sample corpus; bench/align_swapped.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from workbench.model import Bead

# sentences in a row with no counterpart, on each side, that make the signature. The
# benchmark's alignments leave at most 1 so on the side that has fewer, the swapped
# columns of newcomer36's guide 10 and 13 (bench/results/align_swapped.md). 5 is above a
# news paragraph (2-4 sentences): one the translator dropped and another the French
# adds elsewhere are not taken for a swap; two stretches shorter than that, swapped,
# are not caught.
SWAP_RUN = 5


@dataclass(frozen=True)
class Stretch:
    """A run of beads of one side alone: 1-based bead numbers (first, last, as `workbench
    beads` numbers them) and how many sentences they hold."""

    first: int
    last: int
    sentences: int


def lone_runs(beads: Sequence[Bead]) -> tuple[list[Stretch], list[Stretch]]:
    """The runs of consecutive beads that hold sentences of one side alone: the source
    side's (``tgt`` empty) and the target side's (``src`` empty), in bead order. An empty
    bead (neither side) does not cut a run."""
    runs: tuple[list[Stretch], list[Stretch]] = ([], [])
    open_side: int | None = None
    for number, bead in enumerate(beads, 1):
        side = 0 if bead.src and not bead.tgt else 1 if bead.tgt and not bead.src else None
        if side is None:
            open_side = None if bead.src or bead.tgt else open_side
            continue
        held = len(bead.src) + len(bead.tgt)
        if side == open_side:
            last = runs[side][-1]
            runs[side][-1] = Stretch(last.first, number, last.sentences + held)
        else:
            runs[side].append(Stretch(number, number, held))
        open_side = side
    return runs


def swapped_stretches(beads: Sequence[Bead], run: int = SWAP_RUN) -> tuple[Stretch, Stretch] | None:
    """A run of the source side's sentences alone and one of the target side's, each of
    ``run`` sentences or more (`widest_swap`); else None."""
    found = widest_swap(beads)
    if found is None or min(found[0].sentences, found[1].sentences) < run:
        return None
    return found


def widest_swap(beads: Sequence[Bead]) -> tuple[Stretch, Stretch] | None:
    """The run of the source side's sentences alone and the run of the target side's, with
    a pair between them, the shorter of which is the longest; None when there is no such
    two. Side by side, with no pair between, the two are a stretch the aligner could not
    pair (a paragraph rewritten), not two stretches swapped."""
    src, tgt = lone_runs(beads)
    pairs_to = [0]  # pairs_to[n]: the pairs among beads 1..n
    for bead in beads:
        pairs_to.append(pairs_to[-1] + bool(bead.src and bead.tgt))

    def apart(a: Stretch, b: Stretch) -> bool:
        first, second = (a, b) if a.first < b.first else (b, a)
        return pairs_to[second.first - 1] > pairs_to[first.last]

    found = [(s, t) for s in src for t in tgt if apart(s, t)]
    return max(found, key=lambda st: min(st[0].sentences, st[1].sentences), default=None)


def swapped_line(
    stretches: tuple[Stretch, Stretch], doc: str, original: str, lang: str, to: str
) -> str:
    """The line `align` says of ``stretches`` (`swapped_stretches`): ``doc`` and
    ``original`` as the commands name them, ``lang`` the document's language and ``to``
    the original's."""
    src, tgt = stretches
    own = "French" if lang == "fr" else lang
    return (
        f"{_hold(tgt)} {tgt.sentences} {to} sentences of {original} with no {own}, and "
        f"{_hold(src)} {src.sentences} {own} sentences with no {to}: two stretches may "
        "have been read in swapped order (a PDF's columns, a page's sections); check the "
        f"original's order with `workbench segments {original}` and the pairs with "
        f"`workbench beads {doc} --to {to}`"
    )


def _hold(stretch: Stretch) -> str:
    if stretch.first == stretch.last:
        return f"bead {stretch.first} holds"
    return f"beads {stretch.first}-{stretch.last} hold"
