"""A reviewed table exported before a new version comes back into the beads `align` carried.

Before session 33 a TSV, CSV or XLSX exported from an earlier alignment of its document
was refused row by row once a new version of the page had been aligned ("bead … is no
longer in crue.fr … make this change in the app"), the untouched rows too, while the
XLIFF exported at the same moment came back through the carried beads (newcomer32 3b):
a spreadsheet reviewer's day of corrections had to be typed again in the app. Now a row
goes into today's bead holding the very sentences its bead held, as an XLIFF unit does;
a bead changed since is never overwritten, and a row whose sentences changed is named.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.test_align_core import HashedWords  # a small real encoder
from tests.test_import_carried import ENGLISH, EVACUATION, LEVEL, SCHOOLS, TITLE, _aligned
from tests.test_import_reviewed import STATUS, TARGET, _edit
from workbench import review
from workbench.model import Status, StoredBead
from workbench.pipeline.alignment import align_document, alignment_for, apply
from workbench.pipeline.exchange import export_documents
from workbench.pipeline.reviewed import import_reviewed
from workbench.store import Store

FORMATS = ["tsv", "xlsx"]
FIXED = "Les écoles resteront fermées jusqu'à jeudi."
CRISIS = "Une cellule de crise a été ouverte."


def _exported(store: Store, folder: Path, fmt: str) -> Path:
    path = folder / f"crue.en-fr.{fmt}"
    export_documents(store, ["crue.fr"], "en", fmt, path)
    return path


@pytest.mark.parametrize("fmt", FORMATS)
def test_rows_of_beads_carried_into_a_new_version_come_back_into_them(
    both_store: Store, tmp_path: Path, fmt: str
) -> None:
    first = _aligned(both_store, tmp_path, LEVEL, EVACUATION, SCHOOLS)
    path = _exported(both_store, tmp_path, fmt)
    _edit(path, 4, TARGET, FIXED)  # row 4: the schools' bead
    _edit(path, 2, STATUS, "confirmed")  # row 2: the level's
    added = "Une cellule de crise a été ouverte."
    second = _aligned(both_store, tmp_path, LEVEL, EVACUATION, SCHOOLS, added)  # version 2
    assert second != first
    before = both_store.beads(second)
    report = import_reviewed(both_store, path, reviewer="ben")
    assert report.refused == ()
    assert report.summary("ben") == (
        f"crue.en-fr.{fmt}: 4 rows read (4 of them through beads align carried over "
        "unchanged): 1 bead edited, 1 confirmed, 0 rejected, 2 unchanged, signed ben"
    )
    after = both_store.beads(second)
    assert (after[0], after[2]) == (before[0], before[2])  # untouched: dates, version too
    assert (after[1].status, after[1].reviewer) == (Status.CONFIRMED, "ben")
    assert (after[3].fr_text, after[3].reviewer, after[3].id) == (FIXED, "ben", before[3].id)
    assert after[4:] == before[4:]  # the new sentence, which the table never had
    assert [b.fr_text for b in both_store.beads(first)] == [TITLE, LEVEL, EVACUATION, SCHOOLS]
    again = import_reviewed(both_store, path, reviewer="ben")  # the same file once more
    assert (again.edited, again.confirmed, again.unchanged, again.refused) == (0, 0, 4, ())
    assert both_store.beads(second) == after


def test_a_row_whose_sentence_changed_is_named_and_an_untouched_one_is_nothing_to_carry(
    both_store: Store, tmp_path: Path
) -> None:
    _aligned(both_store, tmp_path, LEVEL, EVACUATION, SCHOOLS)
    path = _exported(both_store, tmp_path, "tsv")
    _edit(path, 4, TARGET, FIXED)  # the schools' sentence: the site changes it too
    changed = "Les écoles et les crèches resteront fermées jeudi."
    second = _aligned(both_store, tmp_path, LEVEL, EVACUATION, changed)
    before = both_store.beads(second)
    report = import_reviewed(both_store, path, reviewer="ben")
    schools = before[3]
    assert len(report.refused) == 1
    assert report.refused[0].startswith("row 5: bead crue.fr-")
    assert report.refused[0].endswith(
        " of version 1 of crue.fr is not in version 2 as it was (its sentences changed, or "
        "align paired them otherwise): make this change in the app"
    )
    assert (report.edited, report.unchanged) == (0, 3)
    assert both_store.beads(second) == before
    assert schools.fr_text == changed
    # the same row left as exported: nothing to carry, nothing refused
    path = _exported_again(both_store, tmp_path)
    assert import_reviewed(both_store, path, reviewer="ben").refused == ()


def _exported_again(store: Store, folder: Path) -> Path:
    """A table of the current version, untouched: every row reads as exported."""
    path = folder / "now.tsv"
    export_documents(store, ["crue.fr"], "en", "tsv", path)
    return path


def test_a_carried_bead_a_reviewer_changed_since_is_never_overwritten(
    both_store: Store, tmp_path: Path
) -> None:
    _aligned(both_store, tmp_path, LEVEL, EVACUATION, SCHOOLS)
    path = _exported(both_store, tmp_path, "tsv")
    _edit(path, 4, TARGET, FIXED)
    second = _aligned(both_store, tmp_path, LEVEL, EVACUATION, SCHOOLS, "Une phrase de plus.")
    # ana corrects the schools' bead in the app after align carried it
    edit = review.edit_text(both_store.beads(second), 3, "fr", "Le texte d'ana.", "ana")
    apply(both_store, second, edit, "ana")
    before = both_store.beads(second)
    report = import_reviewed(both_store, path, reviewer="ben")
    assert report.refused == (
        "row 5: bead 4 of crue.fr was changed by ana after this file was exported; your row "
        "was not imported so as not to overwrite it: compare the two in the app and edit there",
    )
    assert both_store.beads(second) == before


def test_an_untouched_row_of_a_bead_that_is_gone_is_counted_unchanged(
    both_store: Store, tmp_path: Path
) -> None:
    """newcomer32: the thirteen rows nobody touched were refused with the edited one."""
    _aligned(both_store, tmp_path, LEVEL, EVACUATION, SCHOOLS)
    path = _exported(both_store, tmp_path, "tsv")
    changed = "Les écoles et les crèches resteront fermées jeudi."
    _aligned(both_store, tmp_path, LEVEL, EVACUATION, changed)
    report = import_reviewed(both_store, path, reviewer="ben")
    assert (report.edited, report.unchanged, report.refused) == (0, 4, ())


def test_rows_come_back_after_align_read_the_counterpart_file_again(
    both_store: Store, tmp_path: Path
) -> None:
    """`align` again with a changed English file keeps the alignment but gives every bead
    new sentence ids: the rows of beads it paired as before come back, the one whose
    English changed is named."""
    aid = _aligned(both_store, tmp_path, LEVEL, EVACUATION, SCHOOLS)
    path = _exported(both_store, tmp_path, "xlsx")
    evacuation = "Les autorités ont ordonné l'évacuation de 1 200 riverains."
    _edit(path, 3, TARGET, evacuation)
    _edit(path, 4, TARGET, FIXED)
    english = ENGLISH.replace("Schools will remain", "The schools will remain")
    assert _aligned(both_store, tmp_path, LEVEL, EVACUATION, SCHOOLS, english=english) == aid
    report = import_reviewed(both_store, path, reviewer="ben")
    assert (report.edited, report.carried, report.again) == (1, 3, 3)
    assert report.refused[0].startswith("row 5: bead crue.fr-")
    assert report.refused[0].endswith(
        " is no longer in crue.fr (merged, split or aligned again since the export): make "
        "this change in the app"
    )
    assert report.summary("ben").startswith(
        "crue.en-fr.xlsx: 4 rows read (3 of them into beads align made again with the same "
        "sentences): 1 bead edited"
    )
    assert [(b.fr_text, b.reviewer) for b in both_store.beads(aid)] == [
        (TITLE, None), (LEVEL, None), (evacuation, "ben"), (SCHOOLS, None),
    ]  # fmt: skip


def test_a_realign_racing_the_import_never_loses_a_row(
    both_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A table is stored a row a transaction: `align` run again between two rows makes
    each later row's bead anew or keeps it. Every edited row is then stored, or named as
    refused (importing the file again stores it); none is lost without a word."""
    _aligned(both_store, tmp_path, LEVEL, EVACUATION, SCHOOLS)
    path = _exported(both_store, tmp_path, "tsv")
    edits = {
        2: "Le niveau a atteint 4,20 mètres.",
        3: "L'évacuation de 1 200 habitants.",
        4: "Les écoles fermeront jeudi.",
    }
    for row, text in edits.items():
        _edit(path, row, TARGET, text)
    second = _aligned(both_store, tmp_path, LEVEL, EVACUATION, SCHOOLS, "Une phrase ajoutée.")
    ran: list[str] = []
    real = apply

    def during(*args: Any, **kwargs: Any) -> list[StoredBead]:
        if not ran:  # between the first row's read and its write, a colleague re-aligns
            own = Store.open(both_store.url)  # another process's connection
            try:
                align_document(own, "crue.fr", "en", actor="cid", encoder=HashedWords("h"))
            finally:
                own.close()
            ran.append("aligned")
        return real(*args, **kwargs)

    monkeypatch.setattr("workbench.pipeline.reviewed_rows.apply", during)
    report = import_reviewed(both_store, path, reviewer="ben")
    assert ran == ["aligned"]
    assert alignment_for(both_store, "crue.fr", "en").id == second
    kept = {b.fr_text for b in both_store.beads(second) if b.reviewer == "ben"}
    refused = {int(line.split(":")[0].removeprefix("row ")) for line in report.refused}
    assert report.edited == len(kept) and len(kept) + len(refused) == len(edits)
    assert {edits[row - 1] for row in refused} | kept == set(edits.values())
    for line in report.refused:
        assert line.endswith(
            "since you loaded it; this row was not imported: import the file again (a bead "
            "changed since is refused then, never overwritten)"
        )
    monkeypatch.undo()
    again = import_reviewed(both_store, path, reviewer="ben")
    assert again.refused == ()
    assert {b.fr_text for b in both_store.beads(second) if b.reviewer == "ben"} == set(
        edits.values()
    )


@pytest.mark.parametrize("new_version", [False, True])
def test_rows_left_as_exported_ask_nothing_of_beads_changed_since(
    both_store: Store, tmp_path: Path, new_version: bool
) -> None:
    """newcomer33: a table that came back after colleagues worked refused every row whose
    bead they had changed, rows the reviewer never touched too ("your row was not
    imported so as not to overwrite it", exit 1), where the XLIFF of the same moment said
    "unchanged". A row that reads as its bead did at the export asks nothing: unchanged.
    An edited row of such a bead is still refused."""
    aid = _aligned(both_store, tmp_path, LEVEL, EVACUATION, SCHOOLS)
    path = _exported(both_store, tmp_path, "xlsx")
    title = "Crue de la Loire à Orléans"
    _edit(path, 1, TARGET, title)  # ben's one edit, on a bead nobody else touched
    beads = both_store.beads(aid)
    apply(both_store, aid, review.confirm(beads, 1, "ana"), "ana")  # rows 3 and 4 untouched
    edit = review.edit_text(both_store.beads(aid), 2, "fr", "L'évacuation de 1 200 habitants.",
                            "gus")  # fmt: skip
    apply(both_store, aid, edit, "gus")
    if new_version:
        aid = _aligned(both_store, tmp_path, LEVEL, EVACUATION, SCHOOLS, CRISIS)
    before = both_store.beads(aid)
    report = import_reviewed(both_store, path, reviewer="ben")
    assert (report.edited, report.unchanged, report.refused) == (1, 3, ())
    after = both_store.beads(aid)
    assert (after[1].status, after[1].reviewer) == (Status.CONFIRMED, "ana")
    assert (after[2].fr_text, after[2].reviewer) == (before[2].fr_text, "gus")
    assert (after[0].fr_text, after[0].reviewer) == (title, "ben")
    _edit(path, 3, TARGET, "Les autorités ont évacué 1 200 habitants.")  # gus's bead
    again = import_reviewed(both_store, path, reviewer="ben")
    assert len(again.refused) == 1 and "was changed by gus after" in again.refused[0]
