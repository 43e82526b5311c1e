"""A PDF's tables, cell by cell: ruled ones by pdfplumber's table finder, the others
by the gaps their columns leave.

pdfminer lays a table out as lines of text like any other: a short table's row
came out as one line ("North quay 2,400,000 2,304,000"), a long one column by
column, its figures strung together and cut into paragraphs by position, some
taken for page numbers. Here, per page:

- a ruled table: pdfplumber (MIT, built on pdfminer.six) finds it from the rules
  drawn around its cells (its default ``lines`` strategy: the grid the ruling
  lines and rectangle edges make), and gives each cell's text, row by row; only
  pages that draw a line, a rectangle or a curve are asked (a page of prose
  draws none);
- a table without rules (:func:`unruled`): pdfplumber's ``text`` strategy reads
  any page of prose as one (words set one above another are "columns"), so it is
  not used. Rows whose wide gaps (an em or more; inside a line the layout kept
  whole, twice its narrowest space or more, which a justified line's spaces are
  not) line up into empty channels from top to bottom, with a column of figures
  ("2,400,000", "12 %", "120 MWh"), are a table; a row whose pieces all start in lower case
  goes on with the cells above it (a cell wrapped). Columns of prose side by side
  have such channels too, their gutters, and no column of figures: German prose
  in narrow columns, whose lines start with capitals as often as not, read as
  tables when the evidence was lines going on in lower case. A table of words
  alone, without rules, is read as lines: nothing tells it from lines with a tab.

A table counts when it has `DATA_TABLE_ROWS` rows or more with text and a row
of `DATA_TABLE_COLUMNS` cells or more with text, as an HTML data table does: a
framed paragraph (one ruled cell) stays a paragraph.

Imported only by :func:`workbench.ingest.readers_pdf._boxes` (pdfplumber and
pdfminer are deferred for start-up time).
"""

from __future__ import annotations

import io
import itertools
import math
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from pdfminer.layout import LTComponent, LTCurve, LTFigure, LTPage, LTTextLine

from workbench.ingest.markup_tables import DATA_TABLE_COLUMNS, DATA_TABLE_ROWS


@dataclass(frozen=True)
class Table:
    """A table found on a page, in pdfminer's coordinates (points, from the page's bottom
    left), and its cells' texts in reading order: row by row, left to right, each cell's
    lines (as pdfplumber or :func:`unruled` reads them), empty cells left out, and the
    row of each cell (0 for the first row)."""

    x0: float
    y0: float
    x1: float
    y1: float
    cells: tuple[tuple[str, ...], ...]
    rows: tuple[int, ...] = ()

    def holds(self, line: LTComponent) -> bool:
        """Whether the middle of pdfminer's text ``line`` is inside the table."""
        x, y = (line.x0 + line.x1) / 2, (line.y0 + line.y1) / 2
        return self.x0 <= x <= self.x1 and self.y0 <= y <= self.y1


class Tables:
    """The tables of a PDF's pages: the ruled ones found with pdfplumber on the pages
    that draw rules (the document is opened a second time, by pdfplumber, only then),
    the others by :func:`unruled`."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._pdf: Any = None

    def on(self, number: int, page: LTPage, boxes: Iterable[Iterable[Any]]) -> list[Table]:
        """The tables of page ``number`` (1-based), whose pdfminer layout is ``page`` and
        text boxes ``boxes``: the ruled ones, and those set without rules in the rest."""
        ruled = self._ruled(number, page)
        lines = [ln for box in boxes for ln in box if isinstance(ln, LTTextLine)]
        return ruled + unruled(ln for ln in lines if not any(t.holds(ln) for t in ruled))

    def _ruled(self, number: int, page: LTPage) -> list[Table]:
        if not _draws_rules(page):
            return []
        import pdfplumber  # deferred for start-up time

        try:
            if self._pdf is None:
                self._pdf = pdfplumber.open(io.BytesIO(self._data))
            plumbed = self._pdf.pages[number - 1]
            tables = [_table(t, plumbed) for t in plumbed.find_tables()]
        except Exception:  # pdfplumber failing where pdfminer read the page: read as lines
            return []
        return [t for t in tables if t is not None]

    def close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()


def _draws_rules(page: Iterable[Any]) -> bool:
    """Whether a page draws a line, a rectangle or a curve (in a form XObject too)."""
    return any(
        isinstance(el, LTCurve) or (isinstance(el, LTFigure) and _draws_rules(el)) for el in page
    )


def _table(found: Any, page: Any) -> Table | None:
    """pdfplumber's table as a :class:`Table`, or None when it is not a data table."""
    rows = [[_lines(text) for text in row] for row in found.extract()]
    rows = [[cell for cell in row if cell] for row in rows]
    rows = [row for row in rows if row]
    if len(rows) < DATA_TABLE_ROWS or max(len(row) for row in rows) < DATA_TABLE_COLUMNS:
        return None
    x0, top, x1, bottom = found.bbox
    mb_x0, mb_top = page.mediabox[:2]
    # pdfplumber measures from the page's top, pdfminer from its bottom (pdfplumber's
    # Page.process_object, reversed)
    return Table(
        x0 - mb_x0,
        page.height - (bottom - mb_top),
        x1 - mb_x0,
        page.height - (top - mb_top),
        tuple(tuple(cell) for row in rows for cell in row),
        tuple(n for n, row in enumerate(rows) for _cell in row),
    )


def _lines(text: str | None) -> list[str]:
    return [line for line in (text or "").splitlines() if line.strip()]


def in_reading_order(
    containers: Sequence[Iterable[Any]], tables: Sequence[Table]
) -> Iterator[list[Any] | Table]:
    """The text lines of pdfminer's ``containers`` (text boxes, in its reading order)
    with the lines inside a table replaced by the table, where its first line was: runs
    of lines outside tables (a box cut where a table's line was), and tables. With no
    table, each box's lines as they are."""
    given: set[int] = set()
    for box in containers:
        run: list[Any] = []
        for line in (ln for ln in box if isinstance(ln, LTTextLine)):
            table = next((i for i, t in enumerate(tables) if t.holds(line)), None)
            if table is None:
                run.append(line)
                continue
            if run:
                yield run
                run = []
            if table not in given:
                given.add(table)
                yield tables[table]
        if run:
            yield run
    yield from (t for i, t in enumerate(tables) if i not in given)


# --- tables without rules --------------------------------------------------------------

COLUMN_GAP = 1.0  # an empty strip this wide (a share of the type size) parts two cells of a row
SPACING = 2.0  # ... inside one of pdfminer's lines, when this many times its narrowest space
CHANNEL = 1.0  # cells one above another leave an empty strip this wide (a share) between columns
ROW_GAP = 2.5  # at most this many type sizes of space between two rows of one table
# A figure: digits with their separators, a sign, a currency or a percent ("2,400,000",
# "2 304 000", "-4 %", "£650", "(12.5)"), or a quantity, a figure and its unit ("120 MWh",
# "2.6 m", "50 km/h", "45 °C", "3 Mio"), spaces of any kind aside. A key-figures table
# without rules (newcomer37: "Kapazität | 120 MWh", "Leistung | 60 MW") was read as lines
# and glued to the paragraph below it.
_FIGURE = re.compile(r"[-+−–(]?[£$€¥]?\d[\d.,'’]*%?\)?(?:°?[^\W\d_]{1,4}[²³]?(?:/[^\W\d_]{1,3})?)?")
_MARKER = re.compile(r"\(?(\d{1,3})[.)]?")  # a list's numbering: "1.", "2)", "(3)", "4"


@dataclass(frozen=True)
class _Row:
    """The characters of a page on one baseline and in one type, cut at wide gaps."""

    top: float
    bottom: float
    size: float
    pieces: tuple[tuple[float, float, str], ...]  # x0, x1 and text of each stretch of ink

    def gaps(self) -> list[tuple[float, float]]:
        """The wide gaps between its pieces."""
        return [(a[1], b[0]) for a, b in zip(self.pieces, self.pieces[1:], strict=False)]

    def spaces(self) -> list[tuple[float, float]]:
        """Its gaps, and the space before its first piece and after its last."""
        return [(-math.inf, self.pieces[0][0]), *self.gaps(), (self.pieces[-1][1], math.inf)]


def unruled(lines: Iterable[Any]) -> list[Table]:
    """The tables set without rules among pdfminer's text ``lines`` of a page: a run of
    `DATA_TABLE_ROWS` rows or more, one below the other, whose wide gaps (`COLUMN_GAP`)
    line up into empty channels from the run's top to its bottom, with a column of
    figures (:func:`_figures`). Columns of text set side by side have such channels too
    (their gutters), in any language, and no column of figures."""
    rows = _rows(lines)
    tables: list[Table] = []
    start = 0
    while start < len(rows):
        channels, end = rows[start].gaps(), start + 1
        while end < len(rows) and channels and _below(rows[end - 1], rows[end]):
            row = rows[end]
            common = _common(
                channels, row.spaces() if _wrapped(row) else row.gaps(), CHANNEL * row.size
            )
            if not common:
                break
            channels, end = common, end + 1
        run = rows[start:end]
        if not channels or len(run) < DATA_TABLE_ROWS:
            start += 1
            continue
        cells = [_cut(row, channels) for row in run]
        if any(_figures([row[c] for row in cells]) for c in range(len(channels) + 1)):
            tables.append(_unruled_table(run, cells))
        start = end  # a run is judged whole
    return tables


def _wrapped(row: _Row) -> bool:
    """Whether ``row`` goes on with the cells of the row above: every piece of it starts
    in lower case (a cell's text wrapped at its edge; a row of its own may leave some of
    its cells empty, and the channels then run through them)."""
    return all(text[:1].islower() for _x0, _x1, text in row.pieces)


def _rows(lines: Iterable[Any]) -> list[_Row]:
    """The rows of ``lines``' characters, top to bottom: one a baseline and type size."""
    from pdfminer.layout import LTChar

    found: dict[tuple[int, float], list[tuple[Any, float]]] = {}
    for line in lines:
        chars = [ch for ch in line if isinstance(ch, LTChar)]
        narrowest = _narrowest_space([ch for ch in chars if ch.get_text().strip()])
        for ch in chars:
            found.setdefault((round(ch.y0), round(ch.size)), []).append((ch, narrowest))
    rows = [_row(sorted(chars, key=lambda c: c[0].x0)) for chars in found.values()]
    return sorted((r for r in rows if r.pieces), key=lambda r: -r.top)


def _narrowest_space(ink: list[Any]) -> float:
    """The narrowest word space of a line narrower than `COLUMN_GAP` (a gap wider than
    pdfminer's ``word_margin``, a tenth of a character), or 0 when it has none (a row of
    cells of one word each, the layout kept as one line)."""
    spaces = [
        b.x0 - a.x1
        for a, b in itertools.pairwise(ink)
        if 0.1 * max(a.width, a.height) < b.x0 - a.x1 < COLUMN_GAP * a.size
    ]
    return min(spaces, default=0.0)


def _row(chars: list[tuple[Any, float]]) -> _Row:
    """A row of characters, each with the narrowest word space of its pdfminer line, cut
    into pieces at gaps of `COLUMN_GAP` or more: between two of pdfminer's lines, or
    inside one when the gap is `SPACING` times its narrowest word space or more (a line
    set justified widens all its spaces alike, and the layout kept them in the line)."""
    pieces: list[tuple[float, float, str]] = []
    text, x0, x1, size = "", 0.0, 0.0, max(ch.size for ch, _ in chars)
    before: float | None = None  # the narrowest space of the last ink's line
    for ch, narrowest in chars:
        glyph = ch.get_text()
        if not glyph.strip():
            text += " " if text else ""
            continue
        gap = ch.x0 - x1
        if (
            text
            and gap >= COLUMN_GAP * size
            and (narrowest != before or gap >= SPACING * narrowest)
        ):
            pieces.append((x0, x1, " ".join(text.split())))
            text = ""
        if not text:
            x0 = ch.x0
        elif gap > 0.1 * max(ch.width, ch.height):  # pdfminer's word_margin
            text += " "
        text, x1, before = text + glyph, ch.x1, narrowest
    if text.strip():
        pieces.append((x0, x1, " ".join(text.split())))
    top, bottom = max(ch.y1 for ch, _ in chars), min(ch.y0 for ch, _ in chars)
    return _Row(top, bottom, size, tuple(pieces))


def _below(above: _Row, row: _Row) -> bool:
    """``row`` next under ``above`` in the same type, at most `ROW_GAP` sizes below."""
    same = abs(row.size - above.size) <= 0.1 * above.size
    return same and 0 <= above.bottom - row.top <= ROW_GAP * row.size


def _common(
    channels: list[tuple[float, float]], gaps: list[tuple[float, float]], width: float
) -> list[tuple[float, float]]:
    """The stretches of ``channels`` that ``gaps`` leave empty too, ``width`` wide or more."""
    out = []
    for a0, a1 in channels:
        for b0, b1 in gaps:
            lo, hi = max(a0, b0), min(a1, b1)
            if hi - lo >= width:
                out.append((lo, hi))
    return out


def _cut(row: _Row, channels: list[tuple[float, float]]) -> list[str]:
    """A row's text column by column, cut at the ``channels``."""
    cells = [""] * (len(channels) + 1)
    for x0, _x1, text in row.pieces:
        column = sum(1 for lo, _hi in channels if x0 >= lo)
        cells[column] = f"{cells[column]} {text}".strip()
    return cells


def _figures(column: list[str]) -> bool:
    """Whether half a column's cells or more are figures (a header above them aside), and
    they are not a list's numbering (1, 2, 3… set apart from the items by a tab)."""
    cells = ["".join(c.split()) for c in column if c]
    figures = [c for c in cells if _FIGURE.fullmatch(c)]
    if not figures or len(figures) * 2 < len(cells):
        return False
    markers = [_MARKER.fullmatch(c) for c in figures]
    numbers = [int(m.group(1)) for m in markers if m]
    counting = len(numbers) == len(figures) and numbers == list(
        range(numbers[0], numbers[0] + len(numbers))
    )
    return not counting


def _unruled_table(run: list[_Row], cells: list[list[str]]) -> Table:
    """The table of the rows of ``run``, cut into ``cells``: a wrapped row's pieces are
    further lines of the cells above them."""
    rows: list[list[list[str]]] = []
    for row, texts in zip(run, cells, strict=True):
        if rows and _wrapped(row):
            for lines, text in zip(rows[-1], texts, strict=True):
                lines += [text] if text else []
        else:
            rows.append([[text] if text else [] for text in texts])
    x0 = min(p[0] for row in run for p in row.pieces)
    x1 = max(p[1] for row in run for p in row.pieces)
    found = [(n, tuple(lines)) for n, row in enumerate(rows) for lines in row if lines]
    return Table(
        x0, run[-1].bottom, x1, run[0].top, tuple(c for _, c in found), tuple(n for n, _ in found)
    )
