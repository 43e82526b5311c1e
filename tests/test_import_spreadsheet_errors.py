"""A spreadsheet's error value is never taken for a reviewer's edit.

LibreOffice Calc opened a TSV exported before session 27, ran "= 3 km" as a formula and
saved it again as "Err:509"; `workbench import` stored "Err:509" as the reviewer's
French. A row whose changed text is an error value of Calc or Excel is refused in one
line, its bead kept as it was; the file's other rows import as before. A text that was
that value when exported ("#N/A") comes back as it was and is no edit.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.spreadsheet_calc import needs_calc, saved_by_calc
from tests.test_import_spreadsheet_cells import PAIRS, _aligned
from workbench.cli import app
from workbench.formats.units import ExportOptions
from workbench.pipeline.exchange import export_documents
from workbench.pipeline.reviewed import import_reviewed
from workbench.store import Store

runner = CliRunner()

# What Calc and Excel save for a cell they could not compute, in the languages a
# reviewer's spreadsheet speaks (a CSV keeps the language's name; an XLSX the English).
ERROR_VALUES = [
    "Err:509", "Err:510", "Err:502",  # Calc: operator missing, variable missing, bad argument
    "#NAME?", "#REF!", "#VALUE!", "#DIV/0!", "#N/A", "#NUM!", "#NULL!", "#SPILL!", "#CALC!",
    "#NOM?", "#VALEUR!", "#NOMBRE!",  # Excel set to French
    "#¿NOMBRE?", "#¡VALOR!",  # Excel set to Spanish
]  # fmt: skip
ROW = 4  # the file's row of bead 3, "=SOMME(A1:A3) est une formule." (the header is row 1)
EDITED = 5  # the row of bead 4, whose French the reviewer changes
NEW_TEXT = "+33 1 23 45 67 88"


def _export(store: Store, tmp_path: Path, fmt: str) -> Path:
    path = tmp_path / f"q.{fmt}"
    export_documents(store, ["q"], "en", fmt, path, ExportOptions())
    return path


def _set_targets(path: Path, targets: dict[int, str]) -> None:
    """The French (target) cells of the file's ``targets`` rows replaced, as a spreadsheet
    saving the file again would write them."""
    if path.suffix == ".xlsx":
        import openpyxl

        book = openpyxl.load_workbook(path)
        for row, text in targets.items():
            book.worksheets[0].cell(row=row, column=2).value = text  # "#N/A": an error cell
        book.save(path)
        return
    dialect = "excel-tab" if path.suffix == ".tsv" else "excel"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, dialect=dialect))
    for row, text in targets.items():
        rows[row - 1][1] = text
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, dialect=dialect, lineterminator="\n").writerows(rows)


def _refusal(row: int, bead: int, value: str) -> str:
    return (
        f"row {row}: bead {bead} of q: the French text came back as {value!r}, a "
        "spreadsheet's error value, not text (the spreadsheet ran the exported text as a "
        "formula); nothing of this row was imported: make its changes in the app, or "
        "export again as xlsx, which keeps every text as text"
    )


@pytest.mark.parametrize("value", ERROR_VALUES)
def test_a_row_whose_text_came_back_as_an_error_value_is_refused(
    store: Store, tmp_path: Path, value: str
) -> None:
    alignment = _aligned(store)
    path = _export(store, tmp_path, "tsv")
    _set_targets(path, {ROW: value, EDITED: NEW_TEXT})
    report = import_reviewed(store, path, reviewer="ben")
    assert report.refused == (_refusal(ROW, ROW - 1, value),)
    assert (report.edited, report.unchanged) == (1, len(PAIRS) - 2)
    expected = [t for _, t in PAIRS]
    expected[EDITED - 2] = NEW_TEXT  # the other row came in; the refused one's bead is kept
    assert [b.fr_text for b in store.beads(alignment)] == expected


@pytest.mark.parametrize("fmt", ["tsv", "csv", "xlsx"])
def test_every_table_format_refuses_an_error_value_and_keeps_a_text_exported_as_one(
    store: Store, tmp_path: Path, fmt: str
) -> None:
    """The bead whose French is "#N/A" (row 14) comes back "#N/A": no edit, no refusal."""
    alignment = _aligned(store)
    path = _export(store, tmp_path, fmt)
    _set_targets(path, {ROW: "#NAME?", EDITED: NEW_TEXT})
    report = import_reviewed(store, path, reviewer="ben")
    assert report.refused == (_refusal(ROW, ROW - 1, "#NAME?"),)
    assert [b.fr_text for b in store.beads(alignment)][ROW - 2 : EDITED - 1] == [
        PAIRS[ROW - 2][1], NEW_TEXT,
    ]  # fmt: skip
    assert store.beads(alignment)[-1].fr_text == "#N/A"


def test_a_text_exported_as_an_error_value_can_be_edited(store: Store, tmp_path: Path) -> None:
    alignment = _aligned(store)
    path = _export(store, tmp_path, "tsv")
    _set_targets(path, {len(PAIRS) + 1: "Non disponible"})
    report = import_reviewed(store, path, reviewer="ben")
    assert (report.edited, report.refused) == (1, ())
    assert store.beads(alignment)[-1].fr_text == "Non disponible"


def _as_exported_before(path: Path) -> None:
    """The TSV as session 26 wrote it: a text starting with "=" without its apostrophe."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text(
        "".join("\t".join(f.removeprefix("'") for f in line.split("\t")) for line in lines),
        encoding="utf-8",
    )


@needs_calc
def test_an_older_tsv_libreoffice_saved_with_err_509_imports_all_but_those_rows(
    store: Store, tmp_path: Path
) -> None:
    """The bug, end to end through the real Calc and the command line: three rows came
    back as Calc's errors, each refused in one line; the reviewer's edit comes in; exit 4."""
    alignment = _aligned(store)
    path = _export(store, tmp_path, "tsv")
    _as_exported_before(path)
    saved_by_calc(path, tmp_path)
    _set_targets(path, {EDITED: NEW_TEXT})  # the reviewer's one change
    db = str(tmp_path / "test.db")
    result = runner.invoke(app, ["import", str(path), "--reviewer", "ben", "--db", db])
    assert result.exit_code == 4, result.output
    assert result.stderr.splitlines() == [
        f"error: q.tsv {_refusal(row, row - 1, value)}"
        for row, value in [(4, "Err:509"), (9, "Err:509"), (10, "Err:510")]
    ]
    assert result.stdout.strip() == (
        f"q.tsv: {len(PAIRS)} rows read: 1 bead edited, 0 confirmed, 0 rejected, "
        f"{len(PAIRS) - 4} unchanged, signed ben; 3 rows refused"
    )
    expected = [t for _, t in PAIRS]
    expected[EDITED - 2] = NEW_TEXT
    assert [b.fr_text for b in store.beads(alignment)] == expected
