"""A PDF's ruled tables, cell by cell: pdfplumber's table finder on pdfminer's pages.

pdfminer lays a table out as lines of text like any other: a short table's row
came out as one line ("North quay 2,400,000 2,304,000"), a long one column by
column, its figures strung together and cut into paragraphs by position, some
taken for page numbers. pdfplumber (MIT, built on pdfminer.six) finds a table
from the rules drawn around its cells (its default ``lines`` strategy: the
grid the ruling lines and rectangle edges make), and gives each cell's text,
row by row. Its ``text`` strategy, for tables without rules, reads any page of
prose as a table (words set one above another are "columns") and is not used:
an unruled table is still read as lines.

A table counts when it has `DATA_TABLE_ROWS` rows or more with text and a row
of `DATA_TABLE_COLUMNS` cells or more with text, as an HTML data table does: a
framed paragraph (one ruled cell) stays a paragraph. Only pages that draw a
line, a rectangle or a curve are asked (a page of prose draws none), so prose
PDFs read as before.

Imported only by :func:`workbench.ingest.readers_pdf._boxes` (pdfplumber and
pdfminer are deferred for start-up time).
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from pdfminer.layout import LTCurve, LTFigure, LTPage, LTTextLine

from workbench.ingest.markup import DATA_TABLE_COLUMNS, DATA_TABLE_ROWS


@dataclass(frozen=True)
class Table:
    """A ruled table found on a page, in pdfminer's coordinates (points, from the page's
    bottom left), and its cells' texts in reading order: row by row, left to right, each
    cell's lines as pdfplumber reads them, empty cells left out."""

    x0: float
    y0: float
    x1: float
    y1: float
    cells: tuple[tuple[str, ...], ...]

    def holds(self, line: Any) -> bool:
        """Whether the middle of pdfminer's text ``line`` is inside the table."""
        x, y = (line.x0 + line.x1) / 2, (line.y0 + line.y1) / 2
        return self.x0 <= x <= self.x1 and self.y0 <= y <= self.y1


class Tables:
    """The ruled tables of a PDF's pages, found with pdfplumber on the pages that draw
    rules (the document is opened a second time, by pdfplumber, only then)."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._pdf: Any = None

    def on(self, number: int, page: LTPage) -> list[Table]:
        """The tables of page ``number`` (1-based), whose pdfminer layout is ``page``."""
        if not _draws_rules(page):
            return []
        if self._pdf is None:
            import pdfplumber  # deferred for start-up time

            self._pdf = pdfplumber.open(io.BytesIO(self._data))
        found = self._pdf.pages[number - 1].find_tables()
        tables = [_table(t, self._pdf.pages[number - 1]) for t in found]
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
