"""An HTML table's cells as a data table's (a timetable, a price list) or a page layout's:
a data table's cell is a block of its own with its row noted (`markup.html_blocks`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from workbench.model import TABLE_ROW, Meta

# A data table has this many rows of this many cells at least.
DATA_TABLE_ROWS = 2
DATA_TABLE_COLUMNS = 2


def data_cell(element: Any) -> bool:
    """Whether ``element`` is a cell of a data table (a timetable, a price list), not of a
    table that lays out a page: its table holds `DATA_TABLE_ROWS` rows or more of
    `DATA_TABLE_COLUMNS` cells or more, as many in each row, and no block of a page in it
    (no nested table, list, heading or paragraph)."""
    if element.tag not in ("td", "th"):
        return False
    table = next(element.iterancestors("table"), None)
    return table is not None and _data_table(table)


def table_row(element: Any) -> Meta:
    """A data table's cell's row (`TABLE_ROW`: where its table starts and the row's
    ordinal in it, which a page written on one line still tells apart); () for any
    other element."""
    if not data_cell(element):
        return ()
    table = next(element.iterancestors("table"))
    number = _row_numbers(table).get(element.getparent(), 0)
    return ((TABLE_ROW, f"{table.sourceline or 0}.{number}"),)


@lru_cache(maxsize=64)
def _row_numbers(table: Any) -> dict[Any, int]:
    """Each <tr> of a table and its 1-based ordinal, once per table."""
    return {row: n for n, row in enumerate(table.iter("tr"), 1)}


@lru_cache(maxsize=64)
def _data_table(table: Any) -> bool:
    """`data_cell`'s test of a <table>, once per table: a page's table of 5,000 cells is
    not read again for each of them."""
    nested = ("table", "ul", "ol", "p", "h1", "h2", "h3", "div")
    if next(table.iterdescendants(*nested), None) is not None:
        return False
    rows = [len(row.findall("td")) + len(row.findall("th")) for row in table.iter("tr")]
    return len(rows) >= DATA_TABLE_ROWS and min(rows) >= DATA_TABLE_COLUMNS and len(set(rows)) == 1
