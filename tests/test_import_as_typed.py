"""A text saved as typed (two spaces, a line break) survives the CAT tool's round trip.

Newcomer 19b: the editor stores a reviewer's text exactly as typed since session 19, but a
TMX or XLIFF exported with that text and imported back untouched came in with its white
space folded, counted as an edit, and replaced the reviewer's text, signed by the importer.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.test_import_returned import DOC, FORMATS, _aligned, _beads, _edit_in_file, _export
from workbench import review
from workbench.cli import app
from workbench.formats.registry import read_units, write_units
from workbench.pipeline.alignment import apply
from workbench.pipeline.exchange import export_documents
from workbench.pipeline.returned import import_returned
from workbench.pipeline.reviewed import import_reviewed
from workbench.store import Store

TYPED = "Le président  russe est arrivé\nle 2 juin. "


@pytest.fixture
def saved_as_typed(both_store: Store, tmp_path: Path) -> int:
    """An alignment of three beads whose bead 2's French ana saved as TYPED (on SQLite, then
    on PostgreSQL); its id."""
    aid = _aligned(both_store, tmp_path)
    apply(both_store, aid, review.edit_text(_beads(both_store, aid), 1, "fr", TYPED, "ana"), "ana")
    return aid


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_file_handed_back_untouched_leaves_a_text_saved_as_typed_and_its_reviewer(
    both_store: Store, saved_as_typed: int, tmp_path: Path, fmt: str
) -> None:
    aid = saved_as_typed
    saved = _beads(both_store, aid)
    assert saved[1].fr_text == TYPED
    path = _export(both_store, tmp_path, fmt)
    report = import_returned(both_store, path, reviewer="tr9")
    assert report is not None
    assert (report.edited, report.unchanged, report.conflicts, report.refused) == (0, 3, (), ())
    assert report.spacing_note is None  # the file holds the text as ana typed it
    assert _beads(both_store, aid) == saved  # ana's text as she typed it, signed ana


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_real_change_in_the_file_to_a_text_saved_as_typed_still_comes_in(
    both_store: Store, saved_as_typed: int, tmp_path: Path, fmt: str
) -> None:
    aid = saved_as_typed
    path = _export(both_store, tmp_path, fmt)
    _edit_in_file(path, fmt, {1: "Le président russe est arrivé le 3 juin."})
    report = import_returned(both_store, path, reviewer="tr9")
    assert report is not None and (report.edited, report.conflicts) == (1, ())
    after = _beads(both_store, aid)[1]
    assert (after.fr_text, after.reviewer) == ("Le président russe est arrivé le 3 juin.", "tr9")


# Every format a reviewer's file comes back in: the CAT tools' (into their beads, three
# ways) and the reviewed tables (row by row). They behave alike (newcomer21 exports).
EVERY = [*FORMATS, "tsv", "csv", "xlsx"]
SAME_WORDS = "Le président  russe a atterri\nle 2 juin."  # bead 2's words, spaced otherwise


def _handed_back(store: Store, tmp_path: Path, fmt: str, french: str) -> tuple[Path, int]:
    """Bead 2's French changed to ``french`` in an export, as a CAT tool or a spreadsheet
    writes it; (the file, the alignment)."""
    aid = _aligned(store, tmp_path)
    path = tmp_path / "back" / f"handoff.es-fr.{fmt}"
    path.parent.mkdir()
    export_documents(store, [DOC], "es", fmt, path)
    units = read_units(path, fmt)
    write_units([replace(u, target=french) if n == 1 else u for n, u in enumerate(units)],
                path, fmt)  # fmt: skip
    return path, aid


def _import(store: Store, path: Path, fmt: str) -> tuple[int, int, str | None]:
    """(edited, unchanged, the line said of spacing) of the file imported back by tr9."""
    if fmt in FORMATS:
        returned = import_returned(store, path, reviewer="tr9")
        assert returned is not None and returned.refused == ()
        return returned.edited, returned.unchanged, returned.spacing_note
    reviewed = import_reviewed(store, path, reviewer="tr9")
    assert reviewed.refused == ()
    return reviewed.edited, reviewed.unchanged, reviewed.spacing_note


@pytest.mark.parametrize("fmt", EVERY)
def test_a_changed_text_comes_in_as_typed_in_every_format(
    store: Store, tmp_path: Path, fmt: str
) -> None:
    typed = "Le président  russe est arrivé\nle 3 juin."
    path, aid = _handed_back(store, tmp_path, fmt, f" {typed} ")
    assert _import(store, path, fmt) == (1, 2, None)
    assert _beads(store, aid)[1].fr_text == typed  # its ends trimmed, as an export trims them


def test_an_xliff12_target_changed_by_a_tool_that_writes_no_xml_space_comes_in_as_typed(
    store: Store, tmp_path: Path
) -> None:
    """The target as a CAT tool writes it into our file: its unit says nothing of
    xml:space (the export said preserve only where the text it wrote needed it)."""
    path, aid = _handed_back(store, tmp_path, "xliff12", "Le président russe a atterri le 2 juin.")
    written = path.read_text(encoding="utf-8")
    assert 'xml:space="preserve"' not in written
    typed = "Le président  russe est arrivé\nle 3 juin."
    path.write_text(written.replace(">Le président russe a atterri le 2 juin.<", f">{typed}<"))
    assert _import(store, path, "xliff12") == (1, 2, None)
    assert _beads(store, aid)[1].fr_text == typed


@pytest.mark.parametrize("fmt", EVERY)
def test_a_text_that_changes_only_in_spacing_is_said_and_kept_as_stored(
    store: Store, tmp_path: Path, fmt: str
) -> None:
    path, aid = _handed_back(store, tmp_path, fmt, SAME_WORDS)
    before = _beads(store, aid)
    what = "unit" if fmt in FORMATS else "row"
    how = "spacing" if fmt in FORMATS else "spacing or line breaks"
    assert _import(store, path, fmt) == (0, 3, (
        f"{path.name}: 1 {what} differs from its bead only in {how}; kept as stored "
        "(change the spacing in the Review page)"
    ))  # fmt: skip
    assert _beads(store, aid) == before  # the reviewer's text as it was, signed as it was


@pytest.mark.parametrize("fmt", EVERY)
def test_a_no_break_space_the_reviewer_typed_is_an_edit_in_every_format(
    both_store: Store, tmp_path: Path, fmt: str
) -> None:
    """newcomer34: `qa` asks for a no-break space; typed in the table or the CAT tool, the
    import kept the bead's plain space as "only spacing". More no-break spaces than the
    bead has is the reviewer's typography; fewer (a spreadsheet or an older export lost
    them) is not (`test_no_break_spaces`)."""
    typed = "Le président russe a atterri le 2\u00a0juin."
    path, aid = _handed_back(both_store, tmp_path, fmt, typed)
    assert _import(both_store, path, fmt) == (1, 2, None)
    after = _beads(both_store, aid)[1]
    assert (after.fr_text, after.reviewer) == (typed, "tr9")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_no_break_space_added_to_a_bead_confirmed_since_the_export_is_a_conflict(
    store: Store, tmp_path: Path, fmt: str
) -> None:
    """The three-way rule reads an added no-break space as any change of text: the file's
    text to review again, ana's confirmation in the note, as a changed word would be."""
    typed = "Le président russe a atterri le 2\u00a0juin."
    path, aid = _handed_back(store, tmp_path, fmt, typed)
    apply(store, aid, review.confirm(_beads(store, aid), 1, "ana"), "ana")
    report = import_returned(store, path, reviewer="tr9")
    assert report is not None and (report.edited, len(report.conflicts)) == (0, 1)
    after = _beads(store, aid)[1]
    assert (after.fr_text, str(after.status)) == (typed, "auto")


@pytest.mark.parametrize("fmt", ["xliff12", "tsv"])
def test_the_command_says_the_spacing_it_kept_out_in_one_line(tmp_path: Path, fmt: str) -> None:
    db = str(tmp_path / "wb.db")
    path, _ = _handed_back(Store.open(db), tmp_path, fmt, SAME_WORDS)
    done = CliRunner().invoke(app, ["import", str(path), "--reviewer", "tr9", "--db", db])
    assert done.exit_code == 0, done.output
    assert "0 beads edited, 0 confirmed, 0 rejected, 3 unchanged" in done.stdout
    what = "unit" if fmt in FORMATS else "row"
    how = "spacing" if fmt in FORMATS else "spacing or line breaks"
    assert done.stderr == (
        f"note: {path.name}: 1 {what} differs from its bead only in {how}; kept as stored "
        "(change the spacing in the Review page)\n"
    )


@pytest.mark.parametrize("fmt", EVERY)
def test_a_text_saved_as_typed_comes_back_untouched_with_nothing_said_in_every_format(
    both_store: Store, saved_as_typed: int, tmp_path: Path, fmt: str
) -> None:
    aid = saved_as_typed
    saved = _beads(both_store, aid)
    path = tmp_path / f"handoff.es-fr.{fmt}"
    export_documents(both_store, [DOC], "es", fmt, path)
    assert _import(both_store, path, fmt) == (0, 3, None)  # its trailing space trimmed: no spacing
    assert _beads(both_store, aid) == saved
