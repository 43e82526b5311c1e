"""A file imported again as a new version merges a bead side by side, as a CAT tool's return does.

newcomer35 (HIGH 2) and session 36: a CAT tool's TMX or XLIFF back into its beads
(`returned_beads`) kept both sides of a bead whose one side the file changed and whose
other side a colleague corrected since the export; the same file imported again over its
path, as a new version of the document (`merging.Merger`), still made a whole-bead
conflict: the file's stale side replaced the colleague's, which went into the note. Both
ways now give the one answer (`merging.by_side`).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.test_import_merge import DOC_004, _exported
from workbench import review
from workbench.cli import app
from workbench.conflict_notes import conflict_in
from workbench.formats.registry import write_units
from workbench.model import Status, StoredBead
from workbench.pipeline.alignment import apply
from workbench.pipeline.exchange import import_file
from workbench.store import Store

ANA_CP = "El presidente ruso llegó el 2 de junio por la tarde."  # ana's correction here
FILE_FR = "Le président russe est arrivé le 2 juin."  # the translator's French, in the file
FILE_CP = "El presidente ruso aterrizó el martes 2 de junio."  # the translator's counterpart


def _here(store: Store, act: str) -> None:
    """What a colleague did to bead 2 in the workbench since the file's last import."""
    aid = store.alignments(store.document(DOC_004).id)[0].id
    if act in ("cp", "cp+confirm"):
        apply(store, aid, review.edit_text(store.beads(aid), 1, "cp", ANA_CP, "ana"), "ana")
    if act in ("confirm", "cp+confirm"):
        apply(store, aid, review.confirm(store.beads(aid), 1, "ana"), "ana")


def _bead_2(store: Store) -> StoredBead:
    """Bead 2 of the version the import made."""
    doc = store.document(DOC_004)
    [aid] = [a.id for a in store.alignments(doc.id) if a.version == doc.version]
    return store.beads(aid)[1]


@pytest.mark.parametrize("unit_ids", [True, False], ids=["unit-ids", "no-unit-ids"])
def test_the_file_changed_the_french_and_a_colleague_the_counterpart_both_are_kept(
    both_store: Store, tmp_path: Path, unit_ids: bool
) -> None:
    """ana corrected and confirmed bead 2's counterpart since the last import; the
    translator's file changed only its French. The new version keeps each side from whoever
    changed it, to review again (nobody read the two together), says so in one line naming
    ana, and holds no conflict: nothing of ana's went into a note."""
    path = tmp_path / "tm.tmx"
    units = _exported(both_store, path)
    _here(both_store, "cp+confirm")
    units[1] = replace(units[1], target=FILE_FR)
    if not unit_ids:  # OmegaT's memories: matched by the counterpart only bead 2 had
        units = [replace(u, tuid="") for u in units]
    write_units(units, path, "tmx")

    report = import_file(both_store, path)

    assert report.french.version == 2 and report.warnings == ()
    assert report.by_side == (
        f"the file changed the French of bead 2 of {DOC_004}, whose counterpart was changed "
        "by ana since the last import: both kept, the bead to review again",
    )
    bead = _bead_2(both_store)
    assert (bead.fr_text, bead.cp_text, bead.status) == (FILE_FR, ANA_CP, Status.AUTO)
    assert conflict_in(bead.note) is None


@pytest.mark.parametrize(
    ("act", "file", "expected"),
    [
        ("cp", {"source": FILE_CP}, "conflict"),  # the same side, changed both ways
        ("confirm", {"target": FILE_FR}, "conflict"),  # only a status here: as before
        ("none", {"target": FILE_FR}, "theirs"),  # nobody changed it here
        ("cp", {}, "ours"),  # the file left it as it was
    ],
    ids=["same-side-both-ways", "status-only-here", "untouched-here", "untouched-in-file"],
)
def test_what_is_not_a_change_of_each_side_by_one_party_merges_as_before(
    both_store: Store, tmp_path: Path, act: str, file: dict[str, str], expected: str
) -> None:
    path = tmp_path / "tm.tmx"
    units = _exported(both_store, path)
    _here(both_store, act)
    was = units[1]
    units[1] = replace(
        was, source=file.get("source", was.source), target=file.get("target", was.target)
    )
    units[2] = replace(units[2], source="Otra unidad cambiada.")  # the file is new
    write_units(units, path, "tmx")

    report = import_file(both_store, path)

    bead = _bead_2(both_store)
    assert report.by_side == ()
    if expected == "conflict":
        [warning] = report.warnings
        assert warning.startswith("1 bead changed both in the workbench and in tm.tmx (bead 2 "
                                  "by ana)")  # fmt: skip
        kept = conflict_in(bead.note)
        assert bead.status is Status.AUTO and kept is not None and kept.reviewer == "ana"
        assert (bead.fr_text, bead.cp_text) == (units[1].target, units[1].source)
    elif expected == "theirs":
        assert report.warnings == () and bead.note is None
        assert (bead.fr_text, bead.cp_text, bead.status) == (FILE_FR, units[1].source,
                                                             Status.AUTO)  # fmt: skip
    else:
        assert report.warnings == () and report.kept == 1
        assert (bead.cp_text, bead.reviewer) == (ANA_CP, "ana")


def test_the_import_command_says_the_side_by_side_merge_in_a_note_line(tmp_path: Path) -> None:
    """As the CAT-tool return says it: a `note:` line, exit 0 (both kept, nothing to choose)."""
    db = str(tmp_path / "wb.db")
    store = Store.open(db)
    path = tmp_path / "tm.tmx"
    units = _exported(store, path)
    _here(store, "cp+confirm")
    store.close()
    # no bead versions (OmegaT's memory, an older export): a new version, not a return
    units = [replace(u, version=None, alignment_key=None) for u in units]
    write_units([units[0], replace(units[1], target=FILE_FR), units[2]], path, "tmx")

    result = CliRunner().invoke(app, ["import", str(path), "--db", db])

    assert result.exit_code == 0, result.output
    assert result.stderr == (
        f"note: tm.tmx: the file changed the French of bead 2 of {DOC_004}, whose "
        "counterpart was changed by ana since the last import: both kept, the bead to review "
        "again\n"
    )
