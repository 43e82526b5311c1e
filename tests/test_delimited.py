"""The one TSV and CSV writer: TSV never quotes, CSV defuses formulas, both read back."""

from __future__ import annotations

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workbench.formats.delimited import (
    defuse,
    read_csv,
    read_tsv,
    restore,
    tsv_line,
    write_csv,
    write_tsv,
)


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ("=SUM(A1:A3)", "'=SUM(A1:A3)"),
        ("+33 1 23 45 67 89", "'+33 1 23 45 67 89"),
        ("-2+3", "'-2+3"),
        ("@SUM(1)", "'@SUM(1)"),
        ("\t=1", "'\t=1"),
        ("'=already quoted", "''=already quoted"),  # one more, so reading gives it back
        ("Le 1 = 1", "Le 1 = 1"),
        ("'tis the season", "'tis the season"),
        ("", ""),
    ],
)
def test_csv_cells_a_spreadsheet_would_run_are_defused(cell: str, written: str) -> None:
    assert defuse(cell) == written
    assert restore(written) == cell


@given(st.text())
def test_defusing_loses_nothing(cell: str) -> None:
    assert restore(defuse(cell)) == cell
    assert not defuse(cell).startswith(("=", "+", "-", "@"))


def test_tsv_writes_quotes_as_they_are() -> None:
    assert tsv_line(['"Are you coming tonight?"', "Oui."]) == '"Are you coming tonight?"\tOui.\n'


@given(st.lists(st.lists(st.text(), min_size=3, max_size=3), max_size=5))
def test_tsv_and_csv_read_back_what_they_write(rows: list[list[str]]) -> None:
    header = ["a", "b", "c"]
    tsv, csv = io.StringIO(newline=""), io.StringIO(newline="")
    assert write_tsv(tsv, header, rows) == len(rows)
    assert write_csv(csv, header, rows) == len(rows)
    tsv.seek(0)
    csv.seek(0)
    assert list(read_tsv(tsv)) == [header, *rows]
    assert list(read_csv(csv)) == [header, *rows]
