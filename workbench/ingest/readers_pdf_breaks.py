"""Where a PDF's lines were broken by their writer, not by the typesetter.

A typesetter breaks a line when the next word does not fit: a line that stops
short of its column's right edge, with room left for the next line's first word,
was ended by its writer ("PRESSEMITTEILUNG" above "Berlin, 3. März 2026"; an
address; a list without bullets). pdfminer puts such lines in one text box with
the paragraph around them, and joining them made one sentence of two lines
(newcomer37 LOW 11). Only a line that ends on no stop is cut: a line ending a
sentence is cut there by the segmenter anyway. Text set around a float stops
short of the column for the float's sake, so a line with anything drawn to its
right is never cut.

The foot of a one-page document cannot recur on half its pages as a running
foot must (`readers_pdf._furniture`): there its place says it, a line in the
bottom margin set apart from the text by a gap of many lines.

Pure geometry on pdfminer's objects; used by :mod:`workbench.ingest.readers_pdf`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from typing import Any

from pdfminer.layout import LTChar

from workbench.ingest.readers_pdf_layout import main_size

_NO_STOP = re.compile(r"[\w\d)\]»”\"'’%€$£]$")  # a line ending on none of .!?…:;,- and the like
SPACE = 0.25  # a word space, in ems (the type's size): the least a typesetter leaves
ALIGNED = 0.5  # ems: two lines starting this close start at the column's left edge
LINES = 3  # lines that show a column's measure
FOOT_GAP = 3.0  # line heights of space between the text and a one-page document's foot


def writers_breaks(
    run: Sequence[Any], right: float, drawn: Sequence[Any], text: Callable[[Any], str]
) -> frozenset[int]:
    """The lines of ``run`` (pdfminer text lines of one box, top to bottom, by index) that
    their writer ended: one whose ``text`` (its characters but note references) ends on
    no stop, that starts at the left edge where the next line starts, and leaves room
    before ``right`` (the right edge of its text box's lines, points) for the next
    line's first word and a space, with nothing of ``drawn`` (the page's other text
    boxes, pictures and shapes) starting in that room or within a line's height of it
    (a frame's spacing; a shape behind the line itself, a box's shading, is no obstacle)."""
    return frozenset(
        k
        for k, (line, after) in enumerate(itertools.pairwise(run))
        if _NO_STOP.search(text(line).strip()) and _ended(line, after, right, drawn)
    )


def measure(box: Sequence[Any], page: Sequence[Any]) -> float:
    """Where the lines of ``box`` (pdfminer text lines, top to bottom) may run to, in points:
    its own lines' right edge when it has ``LINES`` lines or more (its column's measure);
    else the right edge ``LINES`` lines of ``page`` starting where ``box`` starts, in its
    type, reach (a short box's column: a lone wider line, a title, is not the measure)."""
    if len(box) >= LINES:
        return float(max(ln.x1 for ln in box))
    size = main_size([box[0]])
    peers = sorted(
        (
            ln.x1
            for ln in page
            if abs(ln.x0 - box[0].x0) <= ALIGNED * size and main_size([ln]) == size
        ),
        reverse=True,
    )
    return float(peers[LINES - 1] if len(peers) >= LINES else max(ln.x1 for ln in box))


def _ended(line: Any, after: Any, right: float, drawn: Sequence[Any]) -> bool:
    chars = [ch for ch in line if isinstance(ch, LTChar) and ch.get_text().strip()]
    if not chars:
        return False
    size = max(ch.size for ch in chars)
    if abs(line.x0 - after.x0) > ALIGNED * size:
        return False
    word = _first_word(after)
    if word is None:
        return False
    room = line.x1 + SPACE * size + word
    if room > right:
        return False
    near = line.y1 - line.y0  # a frame's wrap spacing: within a line's height above or below
    return not any(
        line.x1 - size < el.x0 < right and el.y0 < line.y1 + near and el.y1 > line.y0 - near
        for el in drawn
    )


def _first_word(line: Any) -> float | None:
    """The width of ``line``'s first word, in points; None when it has no character."""
    chars = [ch for ch in line if isinstance(ch, LTChar)]
    ink = [ch for ch in chars if ch.get_text().strip()]
    if not ink:
        return None
    end = ink[0].x1
    for ch in chars[chars.index(ink[0]) :]:
        if not ch.get_text().strip():
            break
        end = ch.x1
    return float(end - ink[0].x0)


def set_apart(box_top: float, box_bottom: float, lines: int, above: Sequence[float]) -> bool:
    """Whether a box of ``lines`` lines between ``box_bottom`` and ``box_top`` (points from
    the page's bottom) stands under the page's text (``above``: the bottoms of the other
    boxes of its page) by ``FOOT_GAP`` line heights or more, with no text between."""
    if lines != 1:
        return False
    higher = [y for y in above if y >= box_top]
    if len(higher) != len(above) or not higher:
        return False
    return min(higher) - box_top >= FOOT_GAP * (box_top - box_bottom)
