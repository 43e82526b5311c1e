"""The one TSV and CSV writer: TSV quotes a leading quote, CSV defuses formulas, both read back."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workbench.formats.delimited import (
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


@given(st.lists(st.lists(st.text(), min_size=2, max_size=2), max_size=5))
def test_a_tsv_saved_again_by_a_csv_writer_reads_back(rows: list[list[str]]) -> None:
    """What csv (and so pandas, LibreOffice, Excel) shows is the escaped text; a file it
    saves again, quoting every field that holds a quote, reads back as exported."""
    shown = list(csv.reader(io.StringIO(_tsv(rows)), dialect="excel-tab"))
    assert shown[1:] == [[tsv_escape(cell) for cell in row] for row in rows]
    saved = io.StringIO(newline="")
    csv.writer(saved, dialect="excel-tab", lineterminator="\n").writerows(shown)
    assert list(read_tsv(io.StringIO(saved.getvalue())))[1:] == rows


@pytest.mark.parametrize(
    "field",
    ['"We have learned the lessons of 2018," the deputy mayor said.', '"Oui."', '""', '"'],
)
def test_a_field_an_older_export_wrote_as_it_was_reads_as_before(field: str) -> None:
    assert list(read_tsv([f"{field}\tOui.\n"])) == [[field, "Oui."]]


def _calc() -> str | None:
    """soffice when LibreOffice Calc (Debian's libreoffice-calc) is installed."""
    soffice = shutil.which("soffice")
    program = Path(soffice).resolve().parent if soffice else None
    return soffice if program and any(program.glob("libsclo.so")) else None


@pytest.mark.skipif(_calc() is None, reason="LibreOffice Calc (libreoffice-calc) not installed")
def test_libreoffice_opens_and_saves_the_tsv_as_written(tmp_path: Path) -> None:
    rows = [[text, "Oui."] for text, _ in QUOTE_CASES]
    (tmp_path / "in.csv").write_text(_tsv(rows), encoding="utf-8")
    # 9: tab, 34: '"' as text delimiter, 76: UTF-8; the same options out as in.
    options = "9,34,76"
    subprocess.run(
        [str(_calc()), f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
         f"--infilter=CSV:{options}", "--convert-to", f"csv:Text - txt - csv (StarCalc):{options}",
         "--outdir", str(tmp_path / "out"), str(tmp_path / "in.csv")],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    saved = (tmp_path / "out" / "in.csv").read_text(encoding="utf-8")
    assert list(read_tsv(io.StringIO(saved)))[1:] == rows


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
