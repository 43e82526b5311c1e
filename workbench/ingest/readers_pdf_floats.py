"""A box floated beside a paragraph on a PDF page, read where it stands, a line a block
when its lines are labels.

LibreOffice and Word let a text frame float beside a paragraph, the paragraph's lines
wrapping around it; pdfminer reads the frame as a box of its own after the page's
text, and its lines, set solid, as one paragraph. newcomer37's report floats "2025 at a
glance / 212 boreholes drilled / 95,400 people served / 38 local technicians trained"
beside its second paragraph: read as one line three paragraphs down, the four French
lines of the Word translation, which its reader gives after their anchor paragraph,
were left without counterpart and the English box glued in one bead.

A box floats beside an earlier one when its top stands inside that box's height, every
line of that box level with it ends left of it, one line at least, and another line of
that box runs on past its left edge: the text wraps around it (a column beside another
never does). It is read just after that box. A floated box none of whose lines ends
a sentence or a clause (a stop, a colon, a semicolon) holds labels and figures, as a
list does: each line is a block of its own.

Imported only by :func:`workbench.ingest.readers_pdf._page_boxes` (pdfminer, which
`readers_pdf_items` imports, is deferred for start-up time).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, TypeVar

from workbench.ingest.readers_pdf_items import CLAUSE_END
from workbench.ingest.readers_pdf_text import join_lines

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

    B = TypeVar("B", bound=DataclassInstance)
else:
    B = TypeVar("B")


@dataclass(frozen=True)
class Line:
    """A text line of a box (points, from the page's bottom left) and its text."""

    y0: float
    y1: float
    x0: float
    x1: float
    text: str


@dataclass(frozen=True)
class Piece:
    """A box of the page, or the lines ``start`` to ``end`` of it, in reading order;
    ``by_line``: a floated box of labels, to read a line a block."""

    box: int
    start: int
    end: int
    by_line: bool = False


def floated(lines: Sequence[Sequence[Line]]) -> list[Piece]:
    """The reading order of a page's boxes, given each box's ``lines`` (in pdfminer's
    order; a table's cell has none): a box with no float beside it keeps its place, whole;
    one with a float is cut after its last line level with the float that ends a sentence
    (the paragraph the float stands beside), and the float read there."""
    pieces = [Piece(b, 0, len(own)) for b, own in enumerate(lines)]
    for b, own in enumerate(lines):
        anchor = next((a for a in range(b) if own and _beside(lines[a], own)), None)
        if anchor is None:
            continue
        by_line = len(own) > 1 and not any(CLAUSE_END.search(line.text) for line in own)
        pieces.remove(Piece(b, 0, len(own)))
        at = next(k for k, p in enumerate(pieces) if p.box == anchor)
        whole = pieces[at]
        cut = _cut(lines[anchor], own, whole.start, whole.end)
        head, tail = Piece(anchor, whole.start, cut), Piece(anchor, cut, whole.end)
        pieces[at : at + 1] = [p for p in (head, Piece(b, 0, len(own), by_line), tail)
                               if p.end > p.start]  # fmt: skip
    return pieces


def _cut(anchor: Sequence[Line], box: Sequence[Line], start: int, end: int) -> int:
    """Where to read a float beside ``anchor``'s lines ``start`` to ``end``: after the
    last of them level with it that ends a sentence, else after the last level one."""
    level = [k for k in range(start, end) if _level(anchor[k], box)]
    ends = [k for k in level if CLAUSE_END.search(anchor[k].text)]
    return (ends or level or [end - 1])[-1] + 1


def _level(line: Line, box: Sequence[Line]) -> bool:
    return line.y0 < max(b.y1 for b in box) and line.y1 > min(b.y0 for b in box)


def _beside(anchor: Sequence[Line], box: Sequence[Line]) -> bool:
    """Whether ``box`` floats beside ``anchor``: its top inside ``anchor``'s height, the
    lines of ``anchor`` level with it all ending left of it, one at least, and another
    line of ``anchor`` running on past its left edge (the text wraps around it)."""
    if not anchor:
        return False
    top, left = max(line.y1 for line in box), min(line.x0 for line in box)
    if not min(line.y0 for line in anchor) <= top <= max(line.y1 for line in anchor):
        return False
    level = [line for line in anchor if _level(line, box)]
    wraps = max(line.x1 for line in anchor) > left  # its other lines run on where it stands
    return bool(level) and all(line.x1 < left for line in level) and wraps


def placed(
    box: B, lines: Sequence[Sequence[Line]], piece: Piece, ended: Collection[int] = ()
) -> list[B]:
    """``box`` (a reader's box: its ``text``, ``lines`` and extent) as ``piece`` reads it:
    whole, a floated box of labels a box a line, or an anchor's lines before or after
    its float; ``lines``: each box's lines, as `floated` was given them. ``ended``: the
    indices of the box's lines its writer ended (`readers_pdf_breaks.writers_breaks`),
    after which the piece is cut."""
    own = lines[piece.box]
    span = range(piece.start, piece.end)
    cuts = [k for k in span[:-1] if k in ended]
    whole = (piece.start, piece.end) == (0, len(own)) and not piece.by_line
    if not own or (whole and not cuts):
        return [box]
    runs = [[k] for k in span] if piece.by_line else _split(span, cuts)
    out = []
    for run in runs:
        texts = [own[k].text for k in run if own[k].text]
        if texts:
            out.append(replace(
                box, text=join_lines(texts), lines=tuple(texts),
                x0=min(own[k].x0 for k in run), x1=max(own[k].x1 for k in run),
                last_x1=own[run[-1]].x1, top=max(own[k].y1 for k in run),
                bottom=min(own[k].y0 for k in run),
            ))  # fmt: skip
    return out


def _split(span: range, cuts: Sequence[int]) -> list[list[int]]:
    """``span``'s indices in runs, a run ending at each of ``cuts``."""
    runs: list[list[int]] = [[]]
    for k in span:
        runs[-1].append(k)
        if k in cuts:
            runs.append([])
    return [run for run in runs if run]
