"""A subtitler's line breaks are their work (newcomer37 MEDIUM 6).

A review table row that only moved a cue's line break was "unchanged", with no note, and
a reviewer's text typed on two lines was re-cut by the SRT and VTT exports mid-sentence
("Le bateau a coulé près de la / pointe. Mon père est encore en mer."). On a side of
subtitle cues a moved or added break is an edit, stored as typed, and the subtitle exports
write the reviewer's lines; in a prose sentence a break is layout, no edit, and the import
says the row differs only in spacing or line breaks.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.test_review import aligned_pair
from tests.test_subtitles_export import CLEAN, _edit, _library, aligned  # noqa: F401
from workbench.formats.choices import ExportFormat
from workbench.formats.units import ExportOptions
from workbench.model import Status
from workbench.pipeline.alignment import alignment_for
from workbench.pipeline.exporting import export_documents
from workbench.pipeline.returned import import_returned
from workbench.pipeline.reviewed import import_reviewed
from workbench.store import Store

TWO_LINES = "Voici le glacier du Rhône, dans\nles Alpes suisses."  # cue 3's break moved
NARRATION = "À l'aube, la montagne\nest silencieuse."  # cue 2, one line, given two


def _table(store: Store, path: Path, doc: str, cp: str, edits: dict[str, str]) -> Path:
    """The document's review table with the French cells whose text (as exported, on one
    line) opens with a key of ``edits`` typed anew, as a reviewer does with Alt+Enter."""
    export_documents(store, [doc], cp, "xlsx", path, ExportOptions())
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    for row in range(2, sheet.max_row + 1):
        cell = sheet.cell(row=row, column=2)
        for opening, text in edits.items():
            if isinstance(cell.value, str) and cell.value.startswith(opening):
                cell.value = text
    book.save(path)
    return path


def _french(store: Store, cue_text: str) -> tuple[str, Status]:
    alignment = alignment_for(store, "glacier.fr", "en")
    segment = next(s for s in store.segments("glacier.fr") if s.text == cue_text)
    bead = next(b for b in store.beads(alignment.id) if segment.id in b.fr)
    return bead.fr_text, bead.status


def test_a_row_that_only_moves_a_cues_line_break_is_an_edit(
    aligned: Store,  # noqa: F811
    tmp_path: Path,
) -> None:
    path = _table(aligned, tmp_path / "t.xlsx", "glacier.fr", "en",
                  {"Voici le glacier": TWO_LINES, "À l'aube": NARRATION})  # fmt: skip

    report = import_reviewed(aligned, path, reviewer="lea")

    assert report.edited == 2 and report.spacing == 0
    assert _french(aligned, CLEAN[3].replace("\n", " "))[0] == TWO_LINES
    assert _french(aligned, CLEAN[2])[0] == NARRATION


def test_a_row_left_as_exported_is_unchanged(aligned: Store, tmp_path: Path) -> None:  # noqa: F811
    """The export writes a cue's own lines where the bead has a space: no edit, no note."""
    path = _table(aligned, tmp_path / "t.xlsx", "glacier.fr", "en", {})
    report = import_reviewed(aligned, path, reviewer="lea")
    assert report.edited == 0 and report.spacing == 0


@pytest.mark.parametrize("fmt", [ExportFormat.SRT, ExportFormat.VTT])
def test_the_subtitle_exports_write_a_reviewers_own_lines(
    aligned: Store,  # noqa: F811
    tmp_path: Path,
    fmt: ExportFormat,
) -> None:
    _edit(aligned, CLEAN[3].replace("\n", " "), TWO_LINES)
    _edit(aligned, CLEAN[2], NARRATION)
    path = tmp_path / f"out.{fmt.value}"
    export_documents(aligned, ["glacier.fr"], "en", fmt.value, path)
    cues = [text for text, _ in _library(path)]
    assert "<i>Voici le glacier du Rhône, dans\nles Alpes suisses.</i>" in cues
    assert "<i>À l'aube, la montagne\nest silencieuse.</i>" in cues


def test_an_edited_text_on_one_line_is_laid_out_on_the_cues_lines(
    aligned: Store,  # noqa: F811
    tmp_path: Path,
) -> None:
    edited = "Voici le glacier du Rhône, dans les Alpes valaisannes."
    _edit(aligned, CLEAN[3].replace("\n", " "), edited)
    path = tmp_path / "out.srt"
    export_documents(aligned, ["glacier.fr"], "en", "srt", path)
    cues = [text for text, _ in _library(path)]
    assert "<i>Voici le glacier du Rhône,\ndans les Alpes valaisannes.</i>" in cues


def test_a_line_break_typed_into_a_prose_sentence_is_named_not_stored(
    store: Store, tmp_path: Path
) -> None:
    store, alignment, _ = aligned_pair(store)
    french = store.beads(alignment)[0].fr_text
    words = french.split(" ")
    broken = " ".join(words[:2]) + "\n" + " ".join(words[2:])
    path = _table(store, tmp_path / "t.xlsx", "fr", "es", {french: broken})

    report = import_reviewed(store, path, reviewer="lea")

    assert report.edited == 0 and report.spacing == 1
    assert store.beads(alignment)[0].fr_text == french
    assert "differs from its bead only in spacing or line breaks" in (report.spacing_note or "")


@pytest.mark.parametrize("fmt", ["xliff12", "tmx"])
def test_a_cat_tools_unit_that_moves_a_cues_line_break_is_an_edit(
    aligned: Store,  # noqa: F811
    tmp_path: Path,
    fmt: str,
) -> None:
    """The same through a CAT tool: its segment of a cue has the cue's lines, and a
    subtitler who moves the break in the target sends the file back so."""
    path = tmp_path / f"glacier.{'xlf' if fmt == 'xliff12' else 'tmx'}"
    export_documents(aligned, ["glacier.fr"], "en", fmt, path, ExportOptions(min_score=0))
    text = path.read_text(encoding="utf-8")
    assert CLEAN[3] in text
    path.write_text(text.replace(CLEAN[3], TWO_LINES), encoding="utf-8")

    report = import_returned(aligned, path, reviewer="lea")

    assert report is not None and (report.edited, report.refused) == (1, ()), report
    assert _french(aligned, CLEAN[3].replace("\n", " "))[0] == TWO_LINES


def test_a_reviewers_lines_over_two_cues_are_laid_cue_by_cue(
    aligned: Store,  # noqa: F811
    tmp_path: Path,
) -> None:
    """A bead over 2 cues typed on 4 lines gives each cue 2 of them: the words' cut alone
    fell inside the reviewer's second line and left the second cue 3 lines."""
    four = "Depuis dix mille ans,\nil alimente le fleuve\nqui porte\nson nom."
    _edit(aligned, CLEAN[4], four)
    path = tmp_path / "out.srt"
    export_documents(aligned, ["glacier.fr"], "en", "srt", path)
    cues = [text for text, _ in _library(path)]
    assert "<i>Depuis dix mille ans,\nil alimente le fleuve...</i>" in cues
    assert "<i>...qui porte\nson nom.</i>" in cues
