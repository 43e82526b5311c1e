"""An import's summary counts each row or unit once, and says whose confirmation an edit
took over.

newcomer33: "12 rows read: 2 beads edited, 3 confirmed, 1 rejected, 7 unchanged" adds up
to 13 (a bead edited and confirmed was counted twice); and a confirmed row whose text a
colleague edited in a sheet came back "confirmed · eve", the summary saying "0 confirmed"
and nothing of ana, whose confirmation it had been.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tests.test_import_reviewed import STATUS, TARGET, _edit
from tests.test_review import aligned_pair
from workbench import review
from workbench.formats.registry import read_units, write_units
from workbench.formats.units import ExportOptions
from workbench.model import Status
from workbench.pipeline.alignment import apply
from workbench.pipeline.exchange import export_documents
from workbench.pipeline.returned import ReturnedReport, import_returned
from workbench.pipeline.reviewed import ReviewedReport, import_reviewed
from workbench.store import Store

TABLES = ["tsv", "csv", "xlsx"]
RETURNED = ["xliff12", "xliff21"]  # a TMX leaves out rejected pairs

# (bead, the French typed or None, the status left in the file). A table's row n is bead n;
# bead 4 has no counterpart, so an XLIFF, the original as its source, has no unit for it
CHANGES = [
    (1, "Le texte que ana avait confirmé, corrigé.", "confirmed"),  # confirmed by ana before
    (2, "Un texte corrigé et confirmé.", "confirmed"),
    (3, None, "confirmed"),
    (5, None, "rejected"),
]
# The rows a table reads, and of them those left as exported: bead 4's, in a table only.
READ = {"table": (5, 1), "returned": (4, 0)}


def _reviewed(
    store: Store, tmp_path: Path, fmt: str
) -> tuple[int, ReviewedReport | ReturnedReport]:
    store, alignment, _ = aligned_pair(store)
    apply(store, alignment, review.confirm(store.beads(alignment), 0, "ana"), "ana")
    path = tmp_path / f"fr.es-fr.{fmt}"
    export_documents(store, ["fr"], "es", fmt, path, ExportOptions())
    if fmt in TABLES:
        for bead, french, status in CHANGES:  # row n is bead n
            if french is not None:
                _edit(path, bead, TARGET, french)
            _edit(path, bead, STATUS, status)
        return alignment, import_reviewed(store, path, reviewer="ben")
    units = read_units(path, fmt)
    for bead, french, status in CHANGES:
        n = bead - 1 - (bead > 4)  # no unit for bead 4
        units[n] = replace(units[n], target=french or units[n].target, status=status)
    write_units(units, path, fmt)
    report = import_returned(store, path, reviewer="ben")
    assert report is not None
    return alignment, report


@pytest.mark.parametrize("fmt", TABLES + RETURNED)
def test_each_row_is_counted_once_and_the_counts_add_up_to_the_rows_read(
    store: Store, tmp_path: Path, fmt: str
) -> None:
    _, report = _reviewed(store, tmp_path, fmt)
    read = report.rows if isinstance(report, ReviewedReport) else report.units
    counts = (report.edited, report.confirmed, report.rejected, report.unchanged)
    rows, unchanged = READ["table" if fmt in TABLES else "returned"]
    assert counts == (2, 1, 1, unchanged)
    assert sum(counts) == read == rows
    assert (report.also_confirmed, report.also_rejected) == (1, 0)


@pytest.mark.parametrize("fmt", TABLES + RETURNED)
def test_a_confirmed_bead_edited_in_a_file_is_confirmed_again_by_the_editor_and_said_so(
    store: Store, tmp_path: Path, fmt: str
) -> None:
    """As a CAT tool re-approves an approved unit its editor changed and kept approved:
    ben's edit of ana's confirmed bead, left confirmed, is ben's confirmation now; the
    summary and the history say whose it was."""
    alignment, report = _reviewed(store, tmp_path, fmt)
    assert report.reconfirmed == ("ana",)
    _, unchanged = READ["table" if fmt in TABLES else "returned"]
    assert (
        ": 2 beads edited (1 of them also confirmed; 1 of them confirmed before: now "
        f"confirmed by ben, no longer by ana), 1 confirmed, 1 rejected, {unchanged} unchanged"
    ) in report.summary("ben")
    bead = store.beads(alignment)[0]
    assert (bead.fr_text, bead.status, bead.reviewer) == (
        "Le texte que ana avait confirmé, corrigé.", Status.CONFIRMED, "ben",
    )  # fmt: skip
    edited = next(e for e in store.events() if e.summary.startswith("bead 1:"))  # newest
    assert edited.summary.endswith("; confirmed by ana → by ben")


def test_an_edit_of_ones_own_confirmed_bead_names_no_one_else(store: Store, tmp_path: Path) -> None:
    store, alignment, _ = aligned_pair(store)
    apply(store, alignment, review.confirm(store.beads(alignment), 0, "ben"), "ben")
    path = tmp_path / "fr.es-fr.tsv"
    export_documents(store, ["fr"], "es", "tsv", path, ExportOptions())
    _edit(path, 1, TARGET, "Mon texte confirmé, corrigé.")
    report = import_reviewed(store, path, reviewer="ben")
    assert "1 bead edited (1 of them confirmed before: now confirmed by ben), " in (
        report.summary("ben")
    )
