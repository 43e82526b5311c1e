"""The one TSV and CSV writer: TSV quotes a leading quote and defuses a leading ``=``, CSV
defuses formulas, both read back, and LibreOffice Calc saves them again unchanged."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.spreadsheet_calc import CALC_READS, needs_calc, saved_by_calc
from workbench.formats.delimited import (
    TSV_FORMULA_STARTS,
    defuse,
    read_csv,
    read_tsv,
    restore,
    tsv_escape,
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


# Text as a reviewer wrote it, its TSV field, and what every spreadsheet-like reader shows.
QUOTE_CASES = [
    ('"We have learned the lessons of 2018," the deputy mayor said.',
     '"""We have learned the lessons of 2018,"" the deputy mayor said."'),
    ('"Are you coming tonight?"', '"""Are you coming tonight?"""'),
    ('"', '""""'),
    ('He said "yes".', 'He said "yes".'),  # a quote inside a field is text to every reader
    ("« Oui », dit-il.", "« Oui », dit-il."),
    ("", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "field"), QUOTE_CASES)
def test_tsv_quotes_a_field_only_when_it_starts_with_a_quote(text: str, field: str) -> None:
    assert tsv_line([text, "Oui."]) == field + "\tOui.\n"
    assert list(read_tsv([field + "\tOui.\n"])) == [[text, "Oui."]]


def _tsv(rows: list[list[str]]) -> str:
    handle = io.StringIO(newline="")
    write_tsv(handle, ["source (en)", "target (fr)"], rows)
    return handle.getvalue()


@pytest.mark.parametrize(("text", "field"), QUOTE_CASES)
def test_python_csv_and_pandas_read_the_tsv_as_written(text: str, field: str) -> None:
    pd = pytest.importorskip("pandas")
    written = _tsv([[text, "Oui."]])
    assert list(csv.reader(io.StringIO(written), dialect="excel-tab"))[1] == [text, "Oui."]
    frame = pd.read_csv(io.StringIO(written), sep="\t", dtype=str, keep_default_na=False)
    assert frame.iloc[0].tolist() == [text, "Oui."]


# Text that starts like a formula, its TSV field, and what Python's csv and pandas show:
# only "=" gets an apostrophe, since LibreOffice Calc runs only "=" (see the Calc tests).
FORMULA_CASES = [
    ("= 3 km", "'= 3 km"),
    ("=== Résumé ===", "'=== Résumé ==="),
    ("=SOMME(A1:A3) est une formule.", "'=SOMME(A1:A3) est une formule."),
    ("=1+1", "'=1+1"),
    ("=", "'="),
    ('= « oui », "non"', '\'= « oui », "non"'),
    ("'=déjà défusé", "''=déjà défusé"),  # one more, so reading gives it back
    ("- Bonjour, dit-il.", "- Bonjour, dit-il."),  # French dialogue
    ("-5 °C cette nuit.", "-5 °C cette nuit."),
    ("-- Qui est là ?", "-- Qui est là ?"),
    ("+33 1 23", "+33 1 23"),
    ("+33 1 23 45 67 89", "+33 1 23 45 67 89"),
    ("@user", "@user"),
    ("@mairie a écrit.", "@mairie a écrit."),
    ("#N/A", "#N/A"),
    ("Le 1 = 1", "Le 1 = 1"),
    ("'tis the season", "'tis the season"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "field"), FORMULA_CASES)
def test_tsv_defuses_a_field_only_when_it_starts_with_an_equals_sign(text: str, field: str) -> None:
    assert tsv_line([text, "Oui."]) == field + "\tOui.\n"
    assert list(read_tsv([field + "\tOui.\n"])) == [[text, "Oui."]]


@pytest.mark.parametrize(("text", "field"), FORMULA_CASES)
def test_python_csv_and_pandas_show_a_defused_field_with_its_apostrophe(
    text: str, field: str
) -> None:
    pd = pytest.importorskip("pandas")
    written = _tsv([[text, "Oui."]])
    assert list(csv.reader(io.StringIO(written), dialect="excel-tab"))[1] == [field, "Oui."]
    frame = pd.read_csv(io.StringIO(written), sep="\t", dtype=str, keep_default_na=False)
    assert frame.iloc[0].tolist() == [field, "Oui."]


@given(st.lists(st.lists(st.text(), min_size=2, max_size=2), max_size=5))
def test_a_tsv_saved_again_by_a_csv_writer_reads_back(rows: list[list[str]]) -> None:
    """What csv (and so pandas, LibreOffice, Excel) shows is the escaped text, an
    apostrophe before a leading "="; a file it saves again, quoting every field that
    holds a quote, reads back as exported."""
    shown = list(csv.reader(io.StringIO(_tsv(rows)), dialect="excel-tab"))
    assert shown[1:] == [
        [defuse(tsv_escape(cell), TSV_FORMULA_STARTS) for cell in row] for row in rows
    ]
    saved = io.StringIO(newline="")
    csv.writer(saved, dialect="excel-tab", lineterminator="\n").writerows(shown)
    assert list(read_tsv(io.StringIO(saved.getvalue())))[1:] == rows


@pytest.mark.parametrize(
    "field",
    ['"We have learned the lessons of 2018," the deputy mayor said.', '"Oui."', '""', '"'],
)
def test_a_field_an_older_export_wrote_as_it_was_reads_as_before(field: str) -> None:
    assert list(read_tsv([f"{field}\tOui.\n"])) == [[field, "Oui."]]


def _calc_saved(tmp_path: Path, written: str, reads: str) -> str:
    """``written`` opened and saved again as TSV by LibreOffice Calc, headless."""
    path = tmp_path / "in.tsv"
    path.write_text(written, encoding="utf-8")
    saved_by_calc(path, tmp_path, reads)
    return path.read_text(encoding="utf-8")


@needs_calc
@pytest.mark.parametrize("reads", sorted(CALC_READS))
def test_libreoffice_opens_and_saves_the_tsv_as_written(tmp_path: Path, reads: str) -> None:
    rows = [[text, "Oui."] for text, _ in QUOTE_CASES + FORMULA_CASES]
    saved = _calc_saved(tmp_path, _tsv(rows), reads)
    assert list(read_tsv(io.StringIO(saved)))[1:] == rows


# A field as a TSV could write it, and what Calc saves again (formulas evaluated): why
# the writer puts an apostrophe before "=" alone, and why quoting would not do.
CALC_CASES = [
    ("= 3 km", "Err:509"),
    ("=== Résumé ===", "Err:510"),
    ("=1+1", "2"),
    ('"= 3 km"', "Err:509"),  # quoted: still a formula
    ("'= 3 km", "'= 3 km"),  # Calc keeps the apostrophe: the reader removes it
    ("- Bonjour, dit-il.", "- Bonjour, dit-il."),
    ("-5 °C cette nuit.", "-5 °C cette nuit."),
    ("+33 1 23", "+33 1 23"),
    ("@user", "@user"),
    ("#N/A", "#N/A"),  # text that reads as Excel's error value stays text in Calc
]  # fmt: skip


@needs_calc
def test_libreoffice_runs_a_field_that_starts_with_an_equals_sign(tmp_path: Path) -> None:
    written = "".join(f"{field}\tOui.\n" for field, _ in [("source", ""), *CALC_CASES])
    saved = _calc_saved(tmp_path, written, "formulas").splitlines()[1:]
    assert [line.split("\t")[0] for line in saved] == [shown for _, shown in CALC_CASES]


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
