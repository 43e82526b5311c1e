"""pdfminer.six's layout analysis, with justified lines kept whole.

pdfminer groups the characters of a page into lines in content-stream order:
the next character joins the line when it is on the same baseline and less
than ``char_margin`` × its width away (2 by default). A justified line set
with few words ("Not    everyone    is", a heading that wraps) stretches its
word spaces past that margin, so pdfminer cuts it into pieces, each a "line"
of its own that the layout then sorts into text boxes by position: words out
of order ("That would be enough to 1,200 protect homes."), a word alone as a
paragraph. A larger ``char_margin`` is no cure: it joins the date and title of
Chromium's running head, a folio to the file URL beside it (then no page
number), and two columns whose lines a writer
draws at one height one after the other (their gutter, 6 mm in Chromium's
print of a magazine page, is narrower than a justified word space can be).

Here a gap pdfminer would cut a line at is kept inside the line when the
rows just above and below, in the same type, write over all of it
(:func:`_stretched`): a word space widened by justification lies inside the
column, where the other lines have words. A gap with an empty strip half an
em wide is a column gutter (with the ragged end of a short line before it),
the space between a running head's parts or a table's column gap, and cuts
the line as pdfminer does. (A table row within four lines of body text, whose
lines write over its gaps, is read as one line: "Schools 1,200,000
1,150,000", where pdfminer read the table column by column.)

A text box's lines are cut into runs set in one type (:func:`runs_of_one_type`).

A space glyph the next character is drawn over is dropped (:func:`_drawn`):
Chromium writes a soft hyphen it did not break at so.

Imported only by :func:`workbench.ingest.readers_pdf._boxes` (pdfminer is
deferred for start-up time).
"""

from __future__ import annotations

import copy
import io
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LAParams, LTChar, LTComponent, LTPage, LTTextLine
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.utils import Matrix

SAME_TYPE = 0.1  # type sizes this close (a share of the size) are one type
HOLE = 0.5  # an empty strip this wide (a share of the type size) is no word space
SAME_SIZE = 1.0  # lines whose type sizes are this many points apart are set in two types
_BOLD = re.compile(r"bold|black|heavy|cmbx\d", re.IGNORECASE)
NEIGHBOURS = 6.0  # rows within this many character heights up and down are asked (~4 lines)


def extract_pages(data: bytes, laparams: LAParams) -> Iterator[LTPage]:
    """pdfminer's :func:`pdfminer.high_level.extract_pages` over bytes, lines grouped here.

    Raises what pdfminer raises (``PDFSyntaxError``, ``PDFPasswordIncorrect``…)."""
    resources = PDFResourceManager(caching=True)
    device = _Aggregator(resources, laparams=laparams)
    interpreter = PDFPageInterpreter(resources, device)
    for page in PDFPage.get_pages(io.BytesIO(data), caching=True):
        interpreter.process_page(page)
        yield device.get_result()


class _Aggregator(PDFPageAggregator):
    """pdfminer's page aggregator, laying out each page with :class:`_Page`."""

    def begin_page(self, page: PDFPage, ctm: Matrix) -> None:
        super().begin_page(page, ctm)
        blank = self.cur_item
        assert isinstance(blank, LTPage)  # what pdfminer's begin_page makes
        self.cur_item = _Page(blank.pageid, blank.bbox, blank.rotate)


class _Page(LTPage):
    """A page whose lines keep the word spaces justification widened."""

    def group_objects(
        self, laparams: LAParams, objs: Iterable[LTComponent]
    ) -> Iterator[LTTextLine]:
        chars = _drawn([obj for obj in objs if isinstance(obj, LTChar)])
        rows = _Rows(chars)
        # pdfminer's own grouping, on runs with no cut inside: within a run every gap
        # is a stretched word space or one pdfminer keeps anyway (a margin of infinity
        # still asks for the same baseline).
        wide = copy.copy(laparams)
        wide.char_margin = math.inf
        start = 0
        for i in range(1, len(chars)):
            before, after = chars[i - 1], chars[i]
            far = before.hdistance(after) >= max(before.width, after.width) * laparams.char_margin
            if far and not _stretched(before, after, rows, laparams.line_overlap):
                yield from super().group_objects(wide, chars[start:i])
                start = i
        if chars:
            yield from super().group_objects(wide, chars[start:])


def _drawn(chars: list[LTChar]) -> list[LTChar]:
    """The characters but a space the next one is drawn over: Chromium writes a soft
    hyphen it did not break at as a space glyph of no advance ("resto ration"), and one
    it broke at as that glyph under a hyphen."""
    return [
        ch
        for ch, after in zip(chars, [*chars[1:], None], strict=True)
        if not (
            after is not None
            and not ch.get_text().strip()
            and after.x0 < ch.x1 - ch.width / 2
            and ch.voverlap(after) > 0
        )
    ]


class _Rows:
    """The page's ink, row by row: per baseline and type size, the x extents of its
    characters."""

    def __init__(self, chars: Sequence[LTChar]) -> None:
        spans: defaultdict[tuple[int, float], list[tuple[float, float]]] = defaultdict(list)
        for ch in chars:
            if ch.get_text().strip():
                spans[round(ch.y0), round(ch.size, 1)].append((ch.x0, ch.x1))
        self.rows = [
            (y, size, min(xs)[0], max(x1 for _, x1 in xs), xs) for (y, size), xs in spans.items()
        ]

    def ink(self, ch: LTChar, left: float, right: float) -> list[tuple[float, float]]:
        """The x extents, between ``left`` and ``right``, of the characters of the rows
        in ``ch``'s type within ``NEIGHBOURS`` character heights of its own row (which is
        left out). A line in another type (a running head above the text) is not asked."""
        reach = NEIGHBOURS * ch.height
        return [
            (max(x0, left), min(x1, right))
            for y, size, start, end, spans in self.rows
            if ch.height / 2 < abs(y - ch.y0) <= reach
            and abs(size - ch.size) <= SAME_TYPE * ch.size
            and start < right
            and end > left
            for x0, x1 in spans
            if x0 < right and x1 > left
        ]


def _stretched(before: LTChar, after: LTChar, rows: _Rows, overlap: float) -> bool:
    """Whether the gap from ``before`` to ``after`` (the next character in the content
    stream) is a word space widened by justification: the two are on one baseline
    (they overlap by ``overlap`` × the smaller height, pdfminer's ``line_overlap``),
    ``after`` is to the right, and the rows around write over the whole gap, leaving
    no strip as wide as ``HOLE`` × the type size empty (a gutter, the ragged end of a
    short line and the gutter after it, the space between a table's cells)."""
    left, right = before.x1, after.x0
    same_line = before.voverlap(after) > min(before.height, after.height) * overlap
    if not same_line or right <= left:
        return False
    reached = left
    for x0, x1 in sorted(rows.ink(before, left, right)):
        if x0 - reached >= HOLE * before.size:
            return False
        reached = max(reached, x1)
    return right - reached < HOLE * before.size


def runs_of_one_type(lines: Iterable[Any]) -> list[list[Any]]:
    """The lines of a pdfminer text box in runs set in one type: a line in another size
    (`SAME_SIZE` apart at least, by the size most of its characters have) or weight (bold
    or not) than the line before it starts a run, a block of its own. pdfminer groups
    lines by position only: a title in 14 pt bold and the byline under it in 9 pt
    italic came out one box, read as one body sentence."""
    runs: list[list[Any]] = []
    last: tuple[float, bool] | None = None
    for line in (ln for ln in lines if isinstance(ln, LTTextLine)):
        size, heavy = main_size([line]), bold([line])
        if last is None or abs(size - last[0]) >= SAME_SIZE or heavy != last[1]:
            runs.append([])
        runs[-1].append(line)
        last = (size, heavy)
    return runs


def main_size(lines: list[Any]) -> float:
    """The size most characters of ``lines`` are set in (a superscript does not count)."""
    sizes = Counter(round(ch.size, 1) for line in lines for ch in line if isinstance(ch, LTChar))
    return sizes.most_common(1)[0][0] if sizes else 0.0


def mean_size(lines: list[Any]) -> float:
    """The mean size of the characters of ``lines`` (pdfminer's text lines), in points."""
    sizes = [ch.size for line in lines for ch in line if isinstance(ch, LTChar)]
    return sum(sizes) / len(sizes) if sizes else 0.0


def bold(lines: list[Any]) -> bool:
    """Whether every character of ``lines`` is set in a bold face (by its font's name:
    "Helvetica-Bold", "Arial,Bold", "MinionPro-Semibold", TeX's "CMBX10")."""
    faces = {
        ch.fontname
        for line in lines
        for ch in line
        if isinstance(ch, LTChar) and ch.get_text().strip()
    }
    return bool(faces) and all(_BOLD.search(face) for face in faces)
