"""A spreadsheet's re-reading of a figure, a time or a date is never stored as an edit.

LibreOffice Calc opens an exported TSV or CSV, reads ``50 %``, ``12:30`` or ``00123`` as
a value and saves it again its own way (``50.00%``, ``12:30:00 PM``, ``123``); before
session 27 `workbench import` stored that as the reviewer's edit. The same value written
another way is no edit; a new value is the reviewer's, written as the export wrote the
cell; where it cannot be told (a date, a figure read otherwise by a spreadsheet set to
another language, more digits than a spreadsheet keeps) the row is refused in one line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.spreadsheet_calc import CALC_READS, needs_calc, saved_by_calc
from tests.test_import_spreadsheet_cells import _aligned as _aligned_pairs
from tests.test_import_spreadsheet_errors import _export, _set_targets
from workbench.formats.cell_values import Respelled, respelled
from workbench.pipeline.reviewed import import_reviewed
from workbench.store import Store

SAME, TOLD = Respelled(same=True, text=None), Respelled(same=False, text=None)


def _new(text: str) -> Respelled:
    return Respelled(same=False, text=text)


# (exported cell, the cell that came back, what it is); the first are what Calc 7.4 made
# of each exported cell (headless, default options, measured).
CELLS = [
    ("50 %", "50.00%", SAME), ("50%", "50.00%", SAME), ("12:30", "12:30:00 PM", SAME),
    ("9:05", "09:05:00 AM", SAME), ("2.", "2", SAME), ("00123", "123", SAME),
    ("1e5", "1.00E+05", SAME), ("1e5", "100000", SAME), ("+5", "5", SAME),
    ("- 3", "-3", SAME), ("$5", "$5.00", SAME), ("-0.0", "0", SAME), ("1.50", "1.5", SAME),
    ("50 %", "50,00 %", SAME),  # a spreadsheet set to French
    # a new value: the reviewer's, written as the export wrote the cell
    ("12:30", "12:45:00 PM", _new("12:45")), ("9:05", "09:05:00 PM", _new("21:05")),
    ("50 %", "45.50%", _new("45.5 %")), ("00123", "124", _new("00124")), ("2.", "3", _new("3.")),
    ("- 3", "-4", _new("- 4")), ("+5", "6", _new("+6")), ("1984", "1985", _new("1985")),
    ("1.50", "1.6", _new("1.60")), ("2026-01-02", "2026-01-03", _new("2026-01-03")),
    # cannot be told: refused
    ("1/2", "01/02/26", TOLD), ("3/4/2025", "03/04/25", TOLD),  # which date, which year?
    ("10.000", "10", TOLD), ("1,234", "1234", TOLD),  # 10 or 10,000? 1.234 or 1234?
    ("12345678901234567", "1.23456789012346E+016", TOLD),  # digits lost
    ("1e5", "2.00E+05", TOLD), ("50 %", "0.5", TOLD), ("12", "12:00:00 PM", TOLD),
    # text on either side: the reviewer's text, as typed
    ("12:30", "12 h 45", None), ("Page 3", "3", None), ("3 km", "4 km", None),
]  # fmt: skip


@pytest.mark.parametrize(("exported", "returned", "expected"), CELLS)
def test_a_returned_cell_is_the_same_value_a_new_one_or_cannot_be_told(
    exported: str, returned: str, expected: Respelled | None
) -> None:
    assert respelled(exported, returned) == expected


# Segments that are only a figure, a time or a date (a table's cells), French = English.
FIGURES = ["50 %", "12:30", "9:05", "2.", "00123", "1e5", "+5", "- 3", "$5", "-0.0", "1984",
           "1.50", "3,5", "2026-01-02", "1/2", "10.000", "12345678901234567"]  # fmt: skip
# What Calc re-reads so that it cannot be told, as it reads a TSV or CSV (CALC_READS).
UNTOLD = {
    "formulas": {"1/2": "01/02/26", "10.000": "10", "12345678901234567": "1.23456789012346E+016"},
    "formulas-off": {"10.000": "10", "12345678901234567": "1.23456789012346E+016"},
}


def _aligned(store: Store) -> int:
    """One French document and its English original, one bead a figure (the same on both)."""
    return _aligned_pairs(store, [(f, f) for f in FIGURES])


def _refusal(figure: str, came_back: str) -> str:
    bead = FIGURES.index(figure) + 1
    return (
        f"row {bead + 1}: bead {bead} of q: the French text {figure!r} came back as "
        f"{came_back!r}: a spreadsheet reads such a text as a figure, a time or a date and "
        "writes it its own way, and it cannot be told whether the value was changed; "
        "nothing of this row was imported: make its changes in the app, or export again "
        "as xlsx, which keeps every text as text"
    )


@needs_calc
@pytest.mark.parametrize(("fmt", "reads"), [(f, r) for f in ("tsv", "csv") for r in CALC_READS])
def test_a_table_of_figures_libreoffice_saved_again_is_no_edit(
    store: Store, tmp_path: Path, fmt: str, reads: str
) -> None:
    """Saved again unchanged: no bead changes; a cell whose value cannot be told is
    refused in one line, its bead kept."""
    alignment = _aligned(store)
    path = _export(store, tmp_path, fmt)
    saved_by_calc(path, tmp_path, reads)
    report = import_reviewed(store, path, reviewer="ben")
    untold = UNTOLD[reads]
    assert report.refused == tuple(_refusal(f, untold[f]) for f in FIGURES if f in untold)
    assert (report.edited, report.unchanged) == (0, len(FIGURES) - len(untold))
    assert [b.fr_text for b in store.beads(alignment)] == FIGURES
    assert not [e for e in store.events() if e.actor == "ben"]


# What the reviewer types into a figure's cell, and what the bead then holds.
TYPED = {"12:30": ("12:45", "12:45"), "50 %": ("45 %", "45 %"), "00123": ("124", "00124"),
         "1984": ("1985", "1985"), "9:05": ("9 h 05", "9 h 05"), "- 3": ("-4", "- 4")}  # fmt: skip


@needs_calc
@pytest.mark.parametrize("fmt", ["tsv", "csv"])
def test_a_reviewers_new_figure_comes_in_through_libreoffice(
    store: Store, tmp_path: Path, fmt: str
) -> None:
    """The reviewer types new values into figures' cells, and Calc saves them its own way
    ("12:45:00 PM", "45.00%", "124"): each bead gets the new value, written as exported."""
    alignment = _aligned(store)
    path = _export(store, tmp_path, fmt)
    _set_targets(path, {FIGURES.index(f) + 2: typed for f, (typed, _) in TYPED.items()})
    saved_by_calc(path, tmp_path)
    report = import_reviewed(store, path, reviewer="ben")
    assert report.edited == len(TYPED)
    expected = [TYPED[f][1] if f in TYPED else f for f in FIGURES]
    assert [b.fr_text for b in store.beads(alignment)] == expected
    assert [b.cp_text for b in store.beads(alignment)] == FIGURES


@pytest.mark.parametrize("fmt", ["tsv", "csv", "xlsx"])
def test_a_figure_changed_by_hand_is_stored_as_typed(
    store: Store, tmp_path: Path, fmt: str
) -> None:
    """Without a spreadsheet's re-reading: a new figure, in any table format."""
    alignment = _aligned(store)
    path = _export(store, tmp_path, fmt)
    _set_targets(path, {2: "51 %", 3: "12:31"})
    report = import_reviewed(store, path, reviewer="ben")
    assert (report.edited, report.refused) == (2, ())
    assert [b.fr_text for b in store.beads(alignment)][:3] == ["51 %", "12:31", "9:05"]
