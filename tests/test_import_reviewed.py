"""A reviewed TSV, CSV or XLSX export imported back: the translator's changes arrive as
their edits, a newer edit in the store is never overwritten, a bad row is one line."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.test_review import aligned_pair
from workbench import review
from workbench.cli import app
from workbench.formats.delimited import tsv_escape
from workbench.formats.units import ExportOptions
from workbench.model import BeadDraft, InputError, Kind, Sentence, Status
from workbench.pipeline.alignment import apply
from workbench.pipeline.exchange import export_documents
from workbench.pipeline.reviewed import ReviewedReport, import_reviewed
from workbench.store import Store

FORMATS = ["tsv", "csv", "xlsx"]
# The columns of an export: source (es), target (fr), score, status, origin, document,
# reviewer, id, changed, version.
TARGET, STATUS = 1, 3


def _export(store: Store, folder: Path, fmt: str) -> Path:
    path = folder / f"fr.es-fr.{fmt}"
    export_documents(store, ["fr"], "es", fmt, path, ExportOptions())
    return path


def _edit(path: Path, row: int, column: int, value: str) -> None:
    """Change one cell as a spreadsheet would (``row`` 1 is the first bead's row)."""
    if path.suffix == ".xlsx":
        import openpyxl

        book = openpyxl.load_workbook(path)
        book.worksheets[0].cell(row=row + 1, column=column + 1).value = value
        book.save(path)
        return
    if path.suffix == ".csv":
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        rows[row][column] = value
        with path.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle, lineterminator="\r\n").writerows(rows)
        return
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    cells = lines[row].rstrip("\n").split("\t")
    cells[column] = tsv_escape(value)  # the other cells are escaped already
    lines[row] = "\t".join(cells) + "\n"
    path.write_text("".join(lines), encoding="utf-8")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_reviewed_table_comes_back_as_the_reviewers_edits(
    store: Store, tmp_path: Path, fmt: str
) -> None:
    store, alignment, _ = aligned_pair(store)
    path = _export(store, tmp_path, fmt)
    _edit(path, 2, TARGET, "Moscou  a envoyé un  message.")  # a post-edit
    _edit(path, 2, STATUS, "confirmed")
    _edit(path, 3, STATUS, "rejected")
    report = import_reviewed(store, path, reviewer="ben")
    # each row counted once (newcomer33: "2 beads edited, 3 confirmed" counted one twice);
    # row n is bead n: bead 4, French with no counterpart, is an unchanged row too
    assert (report.edited, report.confirmed, report.rejected, report.unchanged) == (1, 0, 1, 3)
    assert report.also_confirmed == 1
    assert report.refused == ()
    beads = store.beads(alignment)
    assert beads[1].fr_text == "Moscou  a envoyé un  message."  # as typed, as the app saves it
    assert (beads[1].status, beads[1].reviewer, beads[1].origin, beads[1].score) == (
        Status.CONFIRMED, "ben", "human", None,  # an edited pair has no aligner score
    )  # fmt: skip
    assert (beads[2].status, beads[2].reviewer) == (Status.REJECTED, "ben")
    # one event a row: the edit and the confirmation of row 2 together, the rejection
    assert [e.actor for e in store.events()[:3]] == ["ben", "ben", "cli"]
    assert (
        "5 rows read: 1 bead edited (1 of them also confirmed), 0 confirmed, 1 rejected, "
        "3 unchanged, signed ben"
    ) in report.summary("ben")
    # The same file again: everything it says is already there.
    again = import_reviewed(store, path, reviewer="ben")
    assert (again.edited, again.confirmed, again.unchanged, again.refused) == (0, 0, 5, ())


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_bead_changed_since_the_export_is_never_overwritten(
    store: Store, tmp_path: Path, fmt: str
) -> None:
    store, alignment, _ = aligned_pair(store)
    path = _export(store, tmp_path, fmt)
    # ana corrects bead 2 in the app after ben took the file home
    edit = review.edit_text(store.beads(alignment), 1, "fr", "Le texte d'ana.", "ana")
    apply(store, alignment, edit, "ana")
    _edit(path, 2, TARGET, "Le texte de ben.")
    _edit(path, 5, TARGET, "Une autre correction de ben.")  # row n is bead n
    report = import_reviewed(store, path, reviewer="ben")
    assert report.refused == (
        "row 3: bead 2 of fr was changed by ana after this file was exported; your row was "
        "not imported so as not to overwrite it: compare the two in the app and edit there",
    )
    beads = store.beads(alignment)
    assert beads[1].fr_text == "Le texte d'ana."
    assert beads[4].fr_text == "Une autre correction de ben."  # the other rows arrive


@pytest.mark.parametrize(
    ("row", "column", "value", "said"),
    [
        # newcomer33: the list named auto and draft, which the next refusal refused
        (1, STATUS, "done", "row 2: bead 1 of fr: status 'done' is not one a file may set: "
         "type confirmed or rejected, or leave it as exported; nothing of this row was "
         "imported"),
        (1, STATUS, "draft", "row 2: bead 1 of fr: status draft cannot be set from a file (only "
         "confirmed or rejected); it stays auto, and nothing of this row was imported"),
        (1, TARGET, "", "row 2: bead 1 of fr: the French text is empty; to take a pair out, set "
         "its status to rejected"),
        (1, 7, "fr-1-999", "row 2: bead fr-1-999 is no longer in fr (merged, split or aligned "
         "again since the export, or an added row): make this change in the app"),
    ],
    ids=["unknown-status", "status-not-settable", "empty-text", "unknown-bead"],
)  # fmt: skip
def test_a_bad_row_is_one_line_and_the_others_arrive(
    store: Store, tmp_path: Path, row: int, column: int, value: str, said: str
) -> None:
    store, alignment, _ = aligned_pair(store)
    path = _export(store, tmp_path, "tsv")
    _edit(path, row, column, value)
    _edit(path, 2, STATUS, "confirmed")
    report = import_reviewed(store, path, reviewer="ben")
    assert report.refused == (said,)
    assert report.confirmed == 1 and store.beads(alignment)[1].status is Status.CONFIRMED
    assert store.beads(alignment)[0].status is Status.AUTO


@pytest.mark.parametrize(
    ("typed", "status"),
    [
        ("Confirmed", Status.CONFIRMED),
        (" CONFIRMED ", Status.CONFIRMED),
        ("confirm", Status.CONFIRMED),
        ("Confirmé", Status.CONFIRMED),  # newcomer33: a French-locale reviewer's word
        ("confirmée", Status.CONFIRMED),
        ("confirme", Status.CONFIRMED),  # typed without its accent
        ("Rejected", Status.REJECTED),
        ("rejeté", Status.REJECTED),
        ("Rejetée", Status.REJECTED),
        ("AUTO", Status.AUTO),  # as exported, case aside: nothing asked
        ("OK", None),  # "fine as it is" or "confirm"? refused, naming what to type
        ("validé", None),
        ("yes", None),
    ],
)
def test_a_status_is_read_as_a_reviewer_types_it(
    store: Store, tmp_path: Path, typed: str, status: Status | None
) -> None:
    store, alignment, _ = aligned_pair(store)
    path = _export(store, tmp_path, "xlsx")
    _edit(path, 1, STATUS, typed)
    report = import_reviewed(store, path, reviewer="ben")
    assert store.beads(alignment)[0].status is (status or Status.AUTO)
    if status is None:
        assert report.refused == (
            f"row 2: bead 1 of fr: status {typed!r} is not one a file may set: type confirmed "
            "or rejected, or leave it as exported; nothing of this row was imported",
        )


@pytest.mark.parametrize("typed", ["auto", "unconfirmed"])
def test_a_confirmation_a_file_cannot_take_back_says_how_to(
    store: Store, tmp_path: Path, typed: str
) -> None:
    """newcomer33: the refusal said nothing of how to un-confirm a bead."""
    store, alignment, _ = aligned_pair(store)
    apply(store, alignment, review.confirm(store.beads(alignment), 0, "ana"), "ana")
    path = _export(store, tmp_path, "tsv")
    _edit(path, 1, STATUS, typed)
    (refused,) = import_reviewed(store, path, reviewer="ben").refused
    assert refused.endswith(
        "nothing of this row was imported (a file cannot take a confirmation back: its "
        "reviewer undoes it in the Review page (U), or an edit of its text there leaves it "
        "to confirm again)"
    )
    assert store.beads(alignment)[0].status is Status.CONFIRMED


def _add_row(path: Path, source: str, target: str) -> None:
    """A row typed below the others in a spreadsheet: its texts and a status, no id, date
    or version (newcomer33 added the translation of a caption the table left out)."""
    cells = [source, target, "", "confirmed", "", "", "", "", "", ""]
    if path.suffix == ".xlsx":
        import openpyxl

        book = openpyxl.load_workbook(path)
        book.worksheets[0].append(cells)
        book.save(path)
    elif path.suffix == ".csv":
        with path.open("a", encoding="utf-8", newline="") as handle:
            csv.writer(handle, lineterminator="\r\n").writerow(cells)
    else:
        with path.open("a", encoding="utf-8") as handle:
            handle.write("\t".join(cells) + "\n")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_row_added_by_hand_is_refused_alone_and_the_rest_is_imported(
    store: Store, tmp_path: Path, fmt: str
) -> None:
    """newcomer33: the added row refused the whole file ("row 11: changed '' is not a date
    the workbench wrote"), the valid edit beside it too, exit 1."""
    store, alignment, _ = aligned_pair(store)
    path = _export(store, tmp_path, fmt)
    _edit(path, 1, TARGET, "Une correction de ben.")
    _add_row(path, "Foto: Ana Pérez", "Photo : Ana Pérez")
    result = CliRunner().invoke(app, ["import", str(path), "--reviewer", "ben", "--db", store.url])
    assert result.exit_code == 4, result.output  # partly done
    assert result.stdout.splitlines() == [
        f"{path.name}: 6 rows read: 1 bead edited, 0 confirmed, 0 rejected, 4 unchanged, "
        "signed ben; 1 row refused"
    ]  # a row a bead, the French with no counterpart too: the added row is the 7th line
    assert result.stderr.splitlines() == [
        f"error: {path.name} row 7: has no id: a row added by hand is not imported, as it "
        "names no bead; type its text in the Review page, on the bead of its sentence (the "
        "rest of the file was imported)"
    ]
    assert store.beads(alignment)[0].fr_text == "Une correction de ben."


def _blank_row_after(path: Path, row: int) -> None:
    """A blank row between row ``row`` and the next, as a reviewer leaves one (Excel's
    Insert row, a TSV's empty line)."""
    if path.suffix == ".xlsx":
        import openpyxl

        book = openpyxl.load_workbook(path)
        book.worksheets[0].insert_rows(row + 2)
        book.save(path)
        return
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines.insert(row + 1, "\r\n" if path.suffix == ".csv" else "\n")
    path.write_text("".join(lines), encoding="utf-8")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_blank_row_a_reviewer_left_carries_nothing_and_refuses_nothing(
    store: Store, tmp_path: Path, fmt: str
) -> None:
    """newcomer37 LOW 15: a blank XLSX row was refused as "a row added by hand" (exit 1), a
    blank TSV line refused the whole file as cut off."""
    store, alignment, _ = aligned_pair(store)
    path = _export(store, tmp_path, fmt)
    _edit(path, 1, TARGET, "Une correction de ben.")
    _blank_row_after(path, 2)
    result = CliRunner().invoke(app, ["import", str(path), "--reviewer", "ben", "--db", store.url])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        f"{path.name}: 5 rows read: 1 bead edited, 0 confirmed, 0 rejected, 4 unchanged, signed ben"
    ]
    assert store.beads(alignment)[0].fr_text == "Une correction de ben."


def _imported_into_an_empty_store(store: Store, tmp_path: Path) -> ReviewedReport:
    """A pair's TSV export, imported by ben into a store that has no document."""
    store, _, _ = aligned_pair(store)
    path = _export(store, tmp_path, "tsv")
    other = Store.open(str(tmp_path / "other.db"))
    try:
        return import_reviewed(other, path, reviewer="ben")
    finally:
        other.close()


def test_a_table_from_another_store_names_its_document(store: Store, tmp_path: Path) -> None:
    report = _imported_into_an_empty_store(store, tmp_path)
    [line] = report.refused
    assert line.startswith("rows 2-6: no document")  # the 5 beads' rows
    assert line.endswith("; nothing of fr was imported")


@pytest.mark.parametrize(
    ("reviewer", "header", "said"),
    [
        ("", None, "a reviewed table's changes are signed: add --reviewer NAME"),
        ("ben", "source\ttarget\tscore\tstatus\torigin\tdocument\treviewer\n", "has no id, "
         "changed and version columns"),
    ],
    ids=["no-reviewer", "old-file"],
)  # fmt: skip
def test_a_table_that_cannot_be_matched_is_refused_whole(
    store: Store, tmp_path: Path, reviewer: str, header: str | None, said: str
) -> None:
    store, alignment, _ = aligned_pair(store)
    path = _export(store, tmp_path, "tsv")
    if header is not None:  # a file from before the id and changed columns
        rows = [line.split("\t")[:7] for line in path.read_text(encoding="utf-8").splitlines()]
        path.write_text(header + "".join("\t".join(r) + "\n" for r in rows[1:]), "utf-8")
    before = store.beads(alignment)
    with pytest.raises(InputError, match=said):
        import_reviewed(store, path, reviewer=reviewer)
    assert store.beads(alignment) == before


def test_the_cli_imports_a_reviewed_xlsx_and_names_each_refused_row(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, _, _ = aligned_pair(store)
    path = _export(store, tmp_path, "xlsx")
    _edit(path, 1, TARGET, "Une correction.")
    _edit(path, 2, STATUS, "finished")
    db = store.url
    result = CliRunner().invoke(app, ["import", str(path), "--reviewer", "ben", "--db", db])
    assert result.exit_code == 4  # partly done: one row stored, one refused
    assert result.stdout.splitlines() == [
        "fr.es-fr.xlsx: 5 rows read: 1 bead edited, 0 confirmed, 0 rejected, 3 unchanged, "
        "signed ben; 1 row refused"
    ]
    assert result.stderr.splitlines() == [
        "error: fr.es-fr.xlsx row 3: bead 2 of fr: status 'finished' is not one a file may "
        "set: type confirmed or rejected, or leave it as exported; nothing of this row was "
        "imported"
    ]
    again = CliRunner().invoke(app, ["import", str(path), "--reviewer", "ben", "--db", db])
    assert again.exit_code == 1  # only the refused row is left: nothing stored
    assert "0 beads edited" in again.stdout and "1 row refused" in again.stdout
    no_name = CliRunner().invoke(app, ["import", str(path), "--db", db])
    assert no_name.exit_code == 2  # a missing --reviewer: a usage error
    assert no_name.output.splitlines() == [
        f"error: {path}: a reviewed table's changes are signed: add --reviewer NAME (your name)"
    ]


def test_a_refused_span_counts_every_row_in_it(store: Store, tmp_path: Path) -> None:
    report = _imported_into_an_empty_store(store, tmp_path)
    assert report.summary("ben").endswith("signed ben; 5 rows refused")  # a row a bead


def test_a_table_finds_its_document_when_another_file_has_the_same_name(
    store: Store, tmp_path: Path
) -> None:
    """Two files named alike (fr.docx and fr.odt, or two folders' fr.txt) are two
    documents of one name; each row's id names its alignment, which is enough."""
    store, alignment, _ = aligned_pair(store)
    store.store_file(
        name="fr", path="/d/fr.odt", lang="fr", encoding="odt", sha256="c" * 64, size=1,
        sentences=[Sentence("Un autre texte.", Kind.BODY, "fr", 0)],
    )  # fmt: skip
    path = tmp_path / "fr.es-fr.tsv"
    french = store.alignment(alignment).doc_id
    export_documents(store, [str(french)], "es", "tsv", path, ExportOptions())
    _edit(path, 2, STATUS, "confirmed")
    report = import_reviewed(store, path, reviewer="ben")
    assert report.refused == ()
    assert report.confirmed == 1 and store.beads(alignment)[1].status is Status.CONFIRMED


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_missing_table_is_named_as_missing_not_as_a_bad_file(
    store: Store, tmp_path: Path, fmt: str
) -> None:
    path = tmp_path / f"reviewed.{fmt}"
    result = CliRunner().invoke(app, ["import", str(path), "--reviewer", "ben", "--db", store.url])
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"error: {path}: no such file; check the name and the folder"
    ]


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_a_csv_saved_again_by_a_french_spreadsheet_comes_back(
    store: Store, tmp_path: Path, delimiter: str
) -> None:
    """Excel and LibreOffice set to French save CSV with semicolons and write the score
    with a decimal comma; such a file was refused whole with "expected the header …
    export the file again", which would throw the translator's edits away."""
    store, alignment, _ = aligned_pair(store)
    path = _export(store, tmp_path, "csv")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    rows[2][STATUS] = "confirmed"
    for row in rows[1:]:
        row[2] = row[2].replace(".", ",")
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    report = import_reviewed(store, path, reviewer="ben")
    assert report.refused == ()
    assert report.confirmed == 1 and store.beads(alignment)[1].status is Status.CONFIRMED


def test_a_csv_french_excel_saved_in_its_own_code_page_says_how_to_save_it(
    store: Store, tmp_path: Path
) -> None:
    """newcomer37 LOW 16: French Excel's default CSV is cp1252 with semicolons. It is
    refused whole, nothing stored (Excel's Save As has turned the characters cp1252 lacks
    into "?": read as it is, they would arrive as edits), with the menu item that saves it
    right."""
    store, alignment, _ = aligned_pair(store)
    before = store.beads(alignment)
    path = _export(store, tmp_path, "csv")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    rows[2][TARGET] = "Élargi à l'été."
    with path.open("w", encoding="cp1252", newline="", errors="replace") as handle:
        csv.writer(handle, delimiter=";", lineterminator="\r\n").writerows(rows)
    with pytest.raises(InputError, match=r"is not UTF-8 text .*in Excel: Save As, CSV UTF-8"):
        import_reviewed(store, path, reviewer="ben")
    assert store.beads(alignment) == before


def test_a_row_of_a_bead_confirmed_since_the_export_is_refused_as_changed_since(
    store: Store, tmp_path: Path
) -> None:
    """The newcomer pass (N4): ana confirmed bead 2 after ben took the file home; ben's row
    (his text, the status as exported) was refused as "status auto cannot be set from a
    file", which blames ben for a status he never touched and hides who changed the bead."""
    store, alignment, _ = aligned_pair(store)
    path = _export(store, tmp_path, "tsv")
    apply(store, alignment, review.confirm(store.beads(alignment), 1, "ana"), "ana")
    _edit(path, 2, TARGET, "Le texte de ben.")
    report = import_reviewed(store, path, reviewer="ben")
    assert report.refused == (
        "row 3: bead 2 of fr was changed by ana after this file was exported; your row was "
        "not imported so as not to overwrite it: compare the two in the app and edit there",
    )
    assert store.beads(alignment)[1].status is Status.CONFIRMED


def test_a_row_refused_by_a_concurrent_edit_is_not_counted_as_edited(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The newcomer pass (N3): two reviewers imported their tables at once; the one whose
    row lost the race read "1 bead edited, … 1 row refused" though nothing of his was
    stored. Ana's edit lands between ben's read of the bead and his write."""
    import workbench.pipeline.reviewed_rows as reviewed_rows

    store, alignment, _ = aligned_pair(store)
    path = _export(store, tmp_path, "tsv")
    _edit(path, 2, TARGET, "Le texte de ben.")
    _edit(path, 2, STATUS, "confirmed")
    real_apply = apply  # the one reviewed_rows.py calls

    def ana_first(s: Store, a: int, edit: review.Edit, actor: str) -> object:
        ana = review.edit_text(store.beads(alignment), 1, "fr", "Le texte d'ana.", "ana")
        real_apply(store, alignment, ana, "ana")
        return real_apply(s, a, edit, actor)

    monkeypatch.setattr(reviewed_rows, "apply", ana_first)
    report = import_reviewed(store, path, reviewer="ben")
    assert len(report.refused) == 1 and report.refused_rows == 1
    assert (report.edited, report.confirmed) == (0, 0)
    assert "0 beads edited, 0 confirmed" in report.summary("ben")
    assert store.beads(alignment)[1].fr_text == "Le texte d'ana."


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_table_saved_again_in_another_locale_is_matched_by_version(
    both_store: Store, tmp_path: Path, fmt: str
) -> None:
    """A spreadsheet set to German saves the file again: semicolons and decimal commas,
    the ``changed`` column turned into its own date (to the minute, local style; in an
    XLSX a date cell) and the version as a number. Rows were matched by that exact
    stamp, so the whole file was refused; the version, a plain integer, survives, and
    still tells apart the bead ana confirmed after the export (N18: that row said
    "status auto cannot be set from a file", though ben set nothing; now it is the row's
    bead as exported, which ben left as it was)."""
    store, alignment, _ = aligned_pair(both_store)
    path = _export(store, tmp_path, fmt)
    apply(store, alignment, review.confirm(store.beads(alignment), 2, "ana"), "ana")
    changed, version = 8, 9
    if fmt == "xlsx":
        from datetime import datetime

        import openpyxl

        book = openpyxl.load_workbook(path)
        sheet = book.worksheets[0]
        for row in sheet.iter_rows(min_row=2):
            row[changed].value = datetime(2026, 11, 30, 15, 50)
            row[version].value = float(row[version].value)
        sheet.cell(row=3, column=STATUS + 1).value = "confirmed"
        book.save(path)
    else:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        for row in rows[1:]:
            row[2] = row[2].replace(".", ",")
            row[changed] = "30.11.2026 15:50"
        rows[2][STATUS] = "confirmed"
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            csv.writer(handle, delimiter=";", lineterminator="\r\n").writerows(rows)
    report = import_reviewed(store, path, reviewer="ben")
    # ben left row 4 as exported: it asks nothing of the bead ana confirmed since (until
    # session 33 it was refused, "changed by ana after this file was exported")
    assert report.refused == ()
    beads = store.beads(alignment)
    assert (beads[1].status, beads[1].reviewer) == (Status.CONFIRMED, "ben")
    assert (beads[2].status, beads[2].reviewer) == (Status.CONFIRMED, "ana")


def test_a_table_exported_before_the_version_column_is_matched_by_its_stamp(
    both_store: Store, tmp_path: Path
) -> None:
    """A session-12 export has ``changed`` but no ``version``: its rows still arrive, and
    a bead changed since is still refused, by the exact stamp of the exported write."""
    store, alignment, _ = aligned_pair(both_store)
    path = _export(store, tmp_path, "tsv")
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("".join(line.rsplit("\t", 1)[0] + "\n" for line in lines), encoding="utf-8")
    apply(store, alignment, review.confirm(store.beads(alignment), 2, "ana"), "ana")
    _edit(path, 1, STATUS, "confirmed")
    _edit(path, 3, STATUS, "rejected")
    report = import_reviewed(store, path, reviewer="ben")
    assert [line.split(":")[0] for line in report.refused] == ["row 4"]
    assert [b.status for b in store.beads(alignment)[:3]] == [
        Status.CONFIRMED, Status.AUTO, Status.CONFIRMED,
    ]  # fmt: skip


@pytest.mark.parametrize("fmt", ["tsv", "xlsx"])
def test_a_table_from_another_database_whose_ids_collide_says_so(
    store: Store, tmp_path: Path, fmt: str
) -> None:
    """newcomer18b L5: a table exported from a SQLite database and imported on PostgreSQL,
    whose documents had the same names and colliding ids, was refused row by row as
    "bead fr-1-2 is no longer in fr (merged, split or aligned again…)"."""
    store, alignment, _ = aligned_pair(store)
    path = _export(store, tmp_path, fmt)
    _edit(path, 1, STATUS, "confirmed")
    other = Store.open(str(tmp_path / "other.db"))
    try:  # the same document there, after another: its ids name that one's beads there
        _another_document_first(other)
        other_alignment = aligned_pair(other)[1]
        before = other.beads(other_alignment)
        report = import_reviewed(other, path, reviewer="ben")
        assert other.beads(other_alignment) == before
    finally:
        other.close()
    [line] = report.refused
    assert line.startswith("rows 2-6: this table was exported from another database")
    assert line.endswith("import the file into the database it came from (--db or WORKBENCH_DB)")
    # in its own database, the same file is applied (and a merge since is "no longer in")
    apply(store, alignment, review.merge(store.beads(alignment), 2, "ivy"), "ivy")
    mine = import_reviewed(store, path, reviewer="ben")
    assert mine.confirmed == 1 and not any("another database" in r for r in mine.refused)


def _aligned_elsewhere(store: Store) -> int:
    """The first commands of `aligned_pair` in a fresh database, on another text: the same
    document name, ids and versions, other sentences (newcomer34: the same page aligned
    with another original in a second store)."""
    fr = [f"Phrase {k} d'un autre article." for k in range(5)]
    es = [f"Frase {k} de otro artículo." for k in range(4)]
    doc = store.store_file(
        name="fr", path="/c/fr.txt", lang="fr", encoding="utf-8", sha256="d" * 64, size=1,
        sentences=[Sentence(t, Kind.BODY, "fr", i) for i, t in enumerate(fr)],
    ).document  # fmt: skip
    cp = store.store_file(
        name="es", path="/c/es.txt", lang="es", encoding="utf-8", sha256="e" * 64, size=1,
        sentences=[Sentence(t, Kind.BODY, "es", i) for i, t in enumerate(es)], original_of=doc.id,
    ).document  # fmt: skip
    f, e = store.segments(doc.id), store.segments(cp.id)
    pairs = [((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((3,), ()), ((4,), (3,))]
    return store.save_alignment(
        doc_id=doc.id, version=1, counterpart=(cp.id, 1), fr_lang="fr", cp_lang="es",
        aligner="test", beads=[
            BeadDraft(tuple(f[i].id for i in a), tuple(e[j].id for j in b),
                      " ".join(fr[i] for i in a), " ".join(es[j] for j in b),
                      0.9, Status.AUTO, "auto:test")
            for a, b in pairs
        ],
    ).id  # fmt: skip


def test_a_table_from_another_database_whose_ids_and_versions_collide_is_refused_whole(
    store: Store, tmp_path: Path
) -> None:
    """newcomer34 HIGH 1: two fresh stores that ran the same first commands number their
    beads and versions alike, and one row's bead "here at that version" made the table this
    database's: the rows the reviewer never touched overwrote three beads there with another
    text, signed by the reviewer. A row's bead at its version counts only with the row's
    French or counterpart text, never an empty one: bead 4, French with no counterpart in
    both stores, is a row since the tables carry every bead, and its empty cell matched."""
    store, _, _ = aligned_pair(store)
    path = _export(store, tmp_path, "tsv")
    _edit(path, 1, STATUS, "confirmed")
    other = Store.open(str(tmp_path / "other.db"))
    try:
        alignment = _aligned_elsewhere(other)
        before = other.beads(alignment)
        report = import_reviewed(other, path, reviewer="ben")
        assert other.beads(alignment) == before
    finally:
        other.close()
    [line] = report.refused
    assert line.startswith("rows 2-6: this table was exported from another database")


def _another_document_first(store: Store) -> None:
    """A French note aligned with Spanish, stored before anything else: it takes the first
    ids of documents, alignments, beads and events."""
    notes = store.store_file(
        name="notes", path="/c/notes.txt", lang="fr", encoding="utf-8", sha256="c" * 64,
        size=1, sentences=[Sentence(f"Note {n}.", Kind.BODY, "fr", n) for n in range(6)],
    ).document  # fmt: skip
    drafts = [
        BeadDraft((s.id,), (), s.text, "", None, Status.AUTO, "auto:test")
        for s in store.segments(notes.id)
    ]
    store.save_alignment(
        doc_id=notes.id, version=1, counterpart=None, fr_lang="fr", cp_lang="es",
        aligner="test", beads=drafts,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("suffix", "named"),
    [(".ods", "a LibreOffice sheet (.ods)"), (".xls", "an Excel 97-2003 sheet (.xls)")],
)
def test_a_sheet_saved_in_another_spreadsheet_format_is_told_to_be_saved_as_xlsx(
    tmp_path: Path, suffix: str, named: str
) -> None:
    """newcomer33: LibreOffice's own .ods was told that "--reviewer signs a reviewed table";
    an .xls that it was "not well-formed XML"."""
    path = tmp_path / f"fr.es-fr{suffix}"
    path.write_bytes(b"PK\x03\x04 a spreadsheet")
    db = str(tmp_path / "w.db")
    result = CliRunner().invoke(app, ["import", str(path), "--reviewer", "ben", "--db", db])
    assert result.exit_code == 1
    assert (
        f"error: {path}: {named} is not read: save the sheet as .xlsx (or .tsv) in your "
        "spreadsheet, keeping its columns, and import that"
    ) in " ".join(result.output.split())


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_row_reversing_another_reviewers_decision_says_whose_it_was(
    store: Store, tmp_path: Path, fmt: str
) -> None:
    """newcomer34: a table set "rejected" on a bead ana had confirmed; the summary said "1
    rejected" and the history "confirmed → rejected", not a word of ana. The row at its
    version is ben's word on the bead as he saw it (`--seen`), so it is applied, and said."""
    store, alignment, _ = aligned_pair(store)
    apply(store, alignment, review.confirm(store.beads(alignment), 1, "ana"), "ana")
    path = _export(store, tmp_path, fmt)
    _edit(path, 2, STATUS, "rejected")
    _edit(path, 1, STATUS, "confirmed")  # ben's own confirmation reverses nobody's

    report = import_reviewed(store, path, reviewer="ben")

    assert "1 confirmed, 1 rejected (1 of them confirmed before by ana)," in report.summary("ben")
    assert (store.beads(alignment)[1].status, store.beads(alignment)[1].reviewer) == (
        Status.REJECTED, "ben",
    )  # fmt: skip
    said = [e.summary for e in store.events(alignment, limit=3)]
    assert "bead 2: confirmed by ana → rejected" in said
    assert "bead 1: auto → confirmed" in said
