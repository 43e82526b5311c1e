"""A PDF page set in two columns, read one column after the other, tables where they stand.

pdfminer's own order (``boxes_flow``) read the right column of a LibreOffice report's
second page first, its top line level with the left column's heading, and cut "Under
that" from "assumption, the share…" (newcomer28); its page number, between the
columns' feet, kept a paragraph cut at the column break from being joined. Here, in
each band between the boxes that span the columns (the running head, a title across
the page, the page number), the left column top to bottom, then the right one.

A table is one piece of its column (:func:`in_columns`), placed by its frame: until
session 37 a page with a table kept pdfminer's order whole, and an English audio
guide in two columns whose right column opens with a ruled table of four figures was
read right column first (newcomer36: 10 of 27 pairs lost).

Imported only by :func:`workbench.ingest.readers_pdf._page_boxes`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

# A box at least this share of the page's width spans the columns (a title, a full-width
# paragraph or table): it ends one band of columns and starts the next.
SPANNING = 0.6


class Placed(Protocol):
    """What the column reading asks of a box (points, from the page's bottom left)."""

    @property
    def x0(self) -> float: ...
    @property
    def x1(self) -> float: ...
    @property
    def top(self) -> float: ...
    @property
    def marginal(self) -> bool: ...
    @property
    def cell(self) -> bool: ...
    @property
    def row(self) -> str: ...


B = TypeVar("B", bound=Placed)


def in_columns(boxes: Sequence[B], width: float) -> list[B]:
    """A page's ``boxes`` (in pdfminer's order, a table's cells together and each framed
    by its table) in reading order when set in two columns of ``width`` points' page: in
    each band between what spans them, the left column top to bottom, then the right.

    The columns are found from the text alone: its narrow boxes inside the margins must
    fall into exactly two extents with a gutter between them, two boxes or more on each
    side; else the boxes are returned as given. A box across the gutter spans the
    columns; one on one side, in a margin or not (a column's last lines, a rubric), is in
    its column. A table is one piece, its cells in their order (row by row): in a column
    when it stays clear of the other column's text (a ruled table's frame may stand out
    into the gutter), else across."""
    pieces = _pieces(boxes)
    text = [p[0] for p in pieces if not p[0].cell]
    narrow = [b for b in text if _narrow(b, width)]
    spans: list[list[float]] = []  # the columns' extents, from the text inside the margins
    for x0, x1 in sorted((b.x0, b.x1) for b in narrow if not b.marginal):
        if spans and x0 <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], x1)
        else:
            spans.append([x0, x1])
    if len(spans) != 2:
        return list(boxes)
    gutter = (spans[0][1] + spans[1][0]) / 2
    if sum(b.x1 <= gutter for b in narrow) < 2 or sum(b.x0 >= gutter for b in narrow) < 2:
        return list(boxes)

    def side(piece: list[B]) -> int:  # 0 left, 1 right, 2 across
        first = piece[0]
        if not _narrow(first, width):
            return 2
        if first.cell:
            return 0 if first.x1 < spans[1][0] else 1 if first.x0 > spans[0][1] else 2
        return 0 if first.x1 <= gutter else 1 if first.x0 >= gutter else 2

    sides = [side(p) for p in pieces]
    across = sorted((p for p, s in zip(pieces, sides, strict=True) if s == 2), key=_height)

    def band(piece: list[B]) -> int:
        return sum(1 for a in across if a[0].top > piece[0].top)

    ordered: list[B] = []
    for k in range(len(across) + 1):
        for column in (0, 1):
            here = [p for p, s in zip(pieces, sides, strict=True) if s == column]
            for piece in sorted((p for p in here if band(p) == k), key=_height):
                ordered += piece
        if k < len(across):
            ordered += across[k]
    return ordered


def _pieces(boxes: Sequence[B]) -> list[list[B]]:
    """The boxes one a piece, but a table's cells, one piece a table (they come
    together, and a cell's ``row`` names its page and table before its row)."""
    pieces: list[list[B]] = []
    last = ""
    for b in boxes:
        table = b.row.rsplit(".", 1)[0] if b.cell else ""
        if table and table == last:
            pieces[-1].append(b)
        else:
            pieces.append([b])
        last = table
    return pieces


def _narrow(box: Placed, width: float) -> bool:
    return box.x1 - box.x0 < SPANNING * width


def _height(piece: Sequence[Placed]) -> float:
    """The sort key that puts the highest piece first (y counts up from the bottom)."""
    return -piece[0].top
