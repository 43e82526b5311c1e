"""A file imported again is merged three ways with the reviews made since its export.

Before `pipeline.merging`, the file's texts alone made the new version: an edit,
a confirmation or a rejection made in the workbench while the translator worked
in a CAT tool was only named in a warning, to be made again by hand.
"""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import threading
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.factories import unit
from tests.test_omegat import PROJECT, needs_omegat, run_omegat
from workbench import review
from workbench.cli import app
from workbench.conflict_notes import Conflict, conflict_in, conflict_note
from workbench.formats.registry import read_units, write_units
from workbench.model import ConflictError, InputError, Status, StoredBead, TranslationUnit
from workbench.pipeline.alignment import apply
from workbench.pipeline.exchange import export_documents, import_file
from workbench.pipeline.merging import (
    CONFLICT,
    OURS,
    THEIRS,
    Content,
    OurBead,
    by_unique_text,
    choose,
)
from workbench.store import Store

DOC_004 = "004_c5001f9aa01043f8"  # the document unit() names


def _exported(store: Store, path: Path, fmt: str = "tmx") -> list[TranslationUnit]:
    """Import three units from ``path``, export them back to it: what the translator gets."""
    write_units([unit(1), unit(2, status="auto", reviewer=None), unit(3)], path, "tmx")
    import_file(store, path)
    out = path.with_suffix(f".{fmt}")
    export_documents(store, [DOC_004], "es", fmt, out)
    return read_units(out)


def _bead_2(store: Store, edit: str, reviewer: str = "ana") -> None:
    """A reviewer's act on bead 2 of the current version, in the app or the CLI."""
    aid = store.alignments(store.document(DOC_004).id)[0].id
    beads = store.beads(aid)
    acts = {
        "edit": lambda: review.edit_text(beads, 1, "cp", "Texto de Ana.", reviewer),
        "confirm": lambda: review.confirm(beads, 1, reviewer),
        "reject": lambda: review.reject(beads, 1, reviewer),
    }
    apply(store, aid, acts[edit](), reviewer)


def _current(store: Store) -> list[tuple[str, str, str, str | None]]:
    doc = store.document(DOC_004)
    [aid] = [a.id for a in store.alignments(doc.id) if a.version == doc.version]
    return [(b.cp_text, b.fr_text, str(b.status), b.reviewer) for b in store.beads(aid)]


@pytest.mark.parametrize(
    "cat_tool",
    ["ours", "no-status", "no-unit-ids"],  # OmegaT's memories: neither status nor unit ids
)
def test_an_edit_here_and_a_cat_tools_edit_of_another_unit_both_reach_the_new_version(
    both_store: Store, tmp_path: Path, cat_tool: str
) -> None:
    path = tmp_path / "tm.tmx"
    units = _exported(both_store, path)
    _bead_2(both_store, "edit")  # after the export: not in the translator's file
    units[2] = replace(units[2], source="Cambiado en OmegaT.")
    if cat_tool != "ours":
        units = [replace(u, status="", reviewer=None) for u in units]  # reads as confirmed
    if cat_tool == "no-unit-ids":
        units = [replace(u, tuid="") for u in units]
    write_units(units, path, "tmx")
    report = import_file(both_store, path)
    assert report.french.version == 2 and report.warnings == () and report.kept == 1
    beads = _current(both_store)
    assert beads[1][0] == "Texto de Ana." and beads[1][3] == "ana"
    assert beads[2][0] == "Cambiado en OmegaT."


@pytest.mark.parametrize("status_in_file", [True, False], ids=["with-status", "omegat-no-status"])
@pytest.mark.parametrize("act", ["confirm", "reject"])
def test_a_confirmation_or_rejection_made_after_the_export_survives_an_unchanged_unit(
    both_store: Store, tmp_path: Path, act: str, status_in_file: bool
) -> None:
    path = tmp_path / "tm.tmx"
    units = _exported(both_store, path)
    _bead_2(both_store, act)
    units[0] = replace(units[0], source="Otra unidad cambiada.")  # the file is new
    if not status_in_file:
        units = [replace(u, status="", reviewer=None) for u in units]  # reads as confirmed
    write_units(units, path, "tmx")
    import_file(both_store, path)
    assert _current(both_store)[1][2:] == ({"confirm": "confirmed", "reject": "rejected"}[act],
                                           "ana")  # fmt: skip


@pytest.mark.parametrize("unit_ids", [True, False], ids=["unit-ids", "no-unit-ids"])
def test_one_unit_changed_on_both_sides_is_a_conflict_kept_visible(
    both_store: Store, tmp_path: Path, unit_ids: bool
) -> None:
    path = tmp_path / "tm.tmx"
    units = _exported(both_store, path)
    _bead_2(both_store, "edit")
    units[1] = replace(units[1], source="Texto del traductor.")
    if not unit_ids:  # matched by its French text, which only bead 2 had
        units = [replace(u, tuid="") for u in units]
    write_units(units, path, "tmx")
    report = import_file(both_store, path)
    assert report.warnings == (
        "1 bead changed both in the workbench and in tm.tmx (bead 2 by ana): the new version "
        "has the file's text, to review again, and the workbench's in the bead's note; keep "
        "the right one and confirm it",
    )
    doc = both_store.document(DOC_004)
    [aid] = [a.id for a in both_store.alignments(doc.id) if a.version == 2]
    bead = both_store.beads(aid)[1]
    assert bead.cp_text == "Texto del traductor." and bead.status is Status.AUTO
    assert bead.note is not None and "Texto de Ana." in bead.note and "ana" in bead.note
    old = next(a.id for a in both_store.alignments(doc.id) if a.version == 1)
    assert both_store.beads(old)[1].cp_text == "Texto de Ana."  # version 1 keeps it too


def _conflict_on_bead_2(store: Store, tmp_path: Path) -> int:
    """Bead 2 edited by ana here and by the translator in the file: the alignment imported."""
    path = tmp_path / "tm.tmx"
    units = _exported(store, path)
    _bead_2(store, "edit")
    write_units([units[0], replace(units[1], source="Texto del traductor."), units[2]],
                path, "tmx")  # fmt: skip
    assert len(import_file(store, path).warnings) == 1
    doc = store.document(DOC_004)
    return next(a.id for a in store.alignments(doc.id) if a.version == doc.version)


def test_taking_the_workbenchs_text_settles_the_conflict_and_undo_brings_it_back(
    both_store: Store, tmp_path: Path
) -> None:
    """A newcomer pressed "Use the workbench's text": the bead held ana's text again but
    still showed "⚑ import conflict", as if nobody had chosen. The choice takes the
    conflict out of the note; the note as it was stays in the edit's event, and undo
    brings back the file's text with its conflict."""
    from tests.test_app_editor import context, event
    from workbench.ui import editor
    from workbench.ui.parallel import row

    aid = _conflict_on_bead_2(both_store, tmp_path)
    theirs = both_store.beads(aid)[1]
    assert row(theirs, {})["x"] == {"fr": theirs.fr_text, "cp": "Texto de Ana.",
                                    "st": "auto", "r": "ana"}  # fmt: skip
    ctx = context(both_store, aid, "ben")
    outcome = editor.perform(event(both_store, aid, "take_workbench", 1, [1]), ctx)
    assert outcome.ok, outcome.message
    assert outcome.message == "Took the workbench's text back into bead 2 (import conflict)."
    taken = both_store.beads(aid)[1]
    assert (taken.fr_text, taken.cp_text, taken.reviewer) == (theirs.fr_text, "Texto de Ana.",
                                                              "ben")  # fmt: skip
    assert taken.note is None and "x" not in row(taken, {}) and "nt" not in row(taken, {})
    [entry] = both_store.history(aid, limit=1)
    assert entry.detail["import_conflict"] == theirs.note
    assert [c.diff() for c in entry.changes] == ["Texto [-del traductor.-] {+de Ana.+}"]
    undone = editor.perform(event(both_store, aid, "undo", 1, [1], seq=2), ctx)
    assert undone.ok, undone.message
    back = both_store.beads(aid)[1]
    assert (back.cp_text, back.note) == ("Texto del traductor.", theirs.note)
    assert row(back, {})["x"] == row(theirs, {})["x"]


def test_a_conflict_whose_text_was_typed_back_by_hand_is_settled_by_the_same_action(
    both_store: Store, tmp_path: Path
) -> None:
    """Ana typed her text back into the bead: it holds the workbench's text, and the
    conflict stays flagged until she settles it; settling changes no text."""
    from tests.test_app_editor import context, event
    from workbench.ui import editor
    from workbench.ui.parallel import row

    aid = _conflict_on_bead_2(both_store, tmp_path)
    ctx = context(both_store, aid, "ana")
    fr = both_store.beads(aid)[1].fr_text
    saved = editor.perform(event(both_store, aid, "save", 1, [1], fr=fr, cp="Texto de Ana."), ctx)
    assert saved.ok, saved.message
    typed = both_store.beads(aid)[1]
    assert typed.cp_text == "Texto de Ana." and "x" in row(typed, {})
    outcome = editor.perform(event(both_store, aid, "take_workbench", 1, [1], seq=2), ctx)
    assert outcome.ok, outcome.message
    done = both_store.beads(aid)[1]
    assert (done.fr_text, done.cp_text, done.note) == (fr, "Texto de Ana.", None)


@pytest.mark.parametrize(
    ("file_note", "our_note", "left"),
    [
        (None, None, None),
        ("the translator's note", None, "the translator's note"),
        (None, "ana's note\non two lines", "ana's note\non two lines"),
        ("the same note", "the same note", "the same note"),
        ("the translator's note", "ana's note", "the translator's note\nana's note"),
    ],
)
def test_taking_the_workbenchs_text_keeps_every_other_note(
    file_note: str | None, our_note: str | None, left: str | None
) -> None:
    """Only the conflict leaves the note: the file's note and the workbench's own stay."""
    from workbench.model import BeadDraft
    from workbench.pipeline.merging import take_workbench_side

    ours = StoredBead(
        id=7, alignment_id=1, position=0, fr=(1,), cp=(2,), fr_text="Le vote.",
        cp_text="La votación de Ana.", score=None, status=Status.CONFIRMED, origin="human",
        reviewer="ana", version=3, created_at=datetime(2026, 1, 1),
        updated_at=datetime(2026, 1, 1), note=our_note,
    )  # fmt: skip
    now = replace(ours, cp_text="La votación.", status=Status.AUTO, reviewer=None,
                  note=conflict_note(file_note, ours))  # fmt: skip
    edit = take_workbench_side([now], 0, "ben")
    [draft] = edit.drafts
    assert isinstance(draft, BeadDraft) and edit.expected == {7: now.version}
    assert (draft.fr_text, draft.cp_text, draft.note) == ("Le vote.", "La votación de Ana.", left)
    with pytest.raises(InputError, match="bead 1 holds no import conflict"):
        take_workbench_side([ours], 0, "ben")


def test_the_import_command_names_the_conflict_in_one_line(tmp_path: Path) -> None:
    db = str(tmp_path / "wb.db")
    store = Store.open(db)
    path = tmp_path / "tm.tmx"
    units = _exported(store, path)
    _bead_2(store, "edit")
    store.close()
    # A memory with no bead versions (OmegaT's, or an export from before session 15): it
    # merges as a new version; a file carrying them goes into its beads (test_import_returned).
    units = [replace(u, version=None, alignment_key=None) for u in units]
    write_units([units[0], replace(units[1], source="Texto del traductor."), units[2]],
                path, "tmx")  # fmt: skip
    result = CliRunner().invoke(app, ["import", str(path), "--db", db])
    assert result.exit_code == 3, result.output  # stored, a conflict to look at
    assert "warning: 1 bead changed both in the workbench and in tm.tmx (bead 2 by ana)" in (
        result.stderr
    )


@pytest.mark.parametrize(
    ("base", "ours", "theirs", "side"),
    [
        (("a", "b", "auto"), ("a", "b", "confirmed"), ("a", "b", "auto"), OURS),
        (("a", "b", "auto"), ("a", "b", "rejected"), ("a", "b", "confirmed"), OURS),
        (("a", "b", "auto"), ("a", "b", "auto"), ("a", "x", "auto"), THEIRS),
        (("a", "b", "auto"), ("a", "b", "auto"), ("a", "b", "confirmed"), THEIRS),
        (("a", "b", "auto"), ("a", "x", "auto"), ("a", "x", "confirmed"), OURS),
        (("a", "b", "auto"), ("a", "x", "auto"), ("a", "y", "auto"), CONFLICT),
        (("a", "b", "auto"), ("a", "b", "confirmed"), ("a", "y", "auto"), CONFLICT),
        (None, ("a", "x", "auto"), ("a", "x", "confirmed"), OURS),
        (None, ("a", "x", "auto"), ("a", "y", "auto"), CONFLICT),
    ],
    ids=["ours-only", "file-status-only", "theirs-only", "theirs-status-only", "same-way",
         "both-apart", "status-here-text-there", "no-base-same", "no-base-apart"],
)  # fmt: skip
def test_each_side_is_taken_by_the_three_way_rule(
    base: tuple[str, str, str] | None,
    ours: tuple[str, str, str],
    theirs: tuple[str, str, str],
    side: str,
) -> None:
    found = choose(
        Content(*base) if base else None, Content(*ours), Content(*theirs),
        ours_note_changed=False,
    )  # fmt: skip
    assert found == side


def test_a_killed_import_leaves_the_store_and_the_reviews_as_they_were(
    db_url: str, tmp_path: Path
) -> None:
    store = Store.open(db_url)
    path = tmp_path / "tm.tmx"
    many = [unit(n, status="auto", reviewer=None) for n in range(1, 6001)]
    write_units(many, path, "tmx")
    import_file(store, path)
    _bead_2(store, "confirm")
    seen = _current(store)
    write_units([*many[:-1], replace(many[-1], source="Cambiado.")], path, "tmx")
    code = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from workbench.pipeline.exchange import import_file\n"
        "from workbench.store import Store\n"
        "def late(done, size):\n"
        "    if done > size * 0.8:\n"  # two chunks of 2000 units written, merged
        "        os.kill(os.getpid(), signal.SIGKILL)\n"
        "import_file(Store.open(sys.argv[1]), Path(sys.argv[2]), progress=late)\n"
    )
    root = Path(__file__).resolve().parent.parent
    result = subprocess.run(
        [sys.executable, "-c", code, db_url, str(path)], cwd=root, timeout=300, check=False
    )
    assert result.returncode == -signal.SIGKILL
    assert store.document(DOC_004).version == 1 and _current(store) == seen
    import_file(store, path)  # run again: merged as if nothing had happened
    after = _current(store)
    assert after[1][2:] == ("confirmed", "ana") and after[-1][0] == "Cambiado."
    store.close()


@pytest.mark.parametrize("midway", [False, True], ids=["before-its-first-write", "midway"])
def test_a_reviewers_save_during_an_import_is_merged_or_refused_never_lost(
    both_store: Store, tmp_path: Path, midway: bool
) -> None:
    """A save that commits before the import takes the document's row is in the merge; one
    that comes after waits for the import and is refused in one line (its bead's version
    is no longer shown). Either way it is never silently lost."""
    path = tmp_path / "tm.tmx"
    many = [unit(n, status="auto", reviewer=None) for n in range(1, 3001)]
    write_units(many, path, "tmx")
    import_file(both_store, path)
    aid = both_store.alignments(both_store.document(DOC_004).id)[0].id
    write_units([*many[:-1], replace(many[-1], source="Cambiado.")], path, "tmx")
    told: list[str] = []
    threads: list[threading.Thread] = []

    def save() -> None:
        own = Store.open(both_store.url)  # another app server's connection
        try:
            apply(own, aid, review.confirm(own.beads(aid), 1, "ben"), "ben")
            told.append("saved")
        except ConflictError as exc:
            told.append(str(exc))
        finally:
            own.close()

    def during(done: int, size: int) -> None:
        if (done > size // 2 or not midway) and not threads:
            threads.append(threading.Thread(target=save))
            threads[0].start()
            threads[0].join(timeout=5)  # it waits for the import, or it went first

    import_file(both_store, path, progress=during)
    threads[0].join(timeout=120)
    [said] = told
    bead = _current(both_store)[1]
    if not midway:  # the import had read the file's first unit only, stored nothing yet
        assert (said, bead[2:]) == ("saved", ("confirmed", "ben"))  # in the merge
    else:
        assert said.startswith(f"version 2 of {DOC_004} is current since you loaded version 1")
        assert bead[2:] == ("auto", None)  # refused: nothing ben believes saved is missing


def _ours(bead_id: int, fr: str, cp: str) -> OurBead:
    when = datetime(2026, 12, 1)
    bead = StoredBead(
        id=bead_id, alignment_id=1, position=bead_id, fr=(), cp=(), fr_text=f"{fr} (corrigé)",
        cp_text=cp, score=None, status=Status.CONFIRMED, origin="human", reviewer="ana",
        version=9, created_at=when, updated_at=when,
    )  # fmt: skip
    return OurBead(bead, Content(fr, cp, "auto"))


def test_a_unit_with_no_id_finds_its_bead_only_by_a_text_no_other_bead_had() -> None:
    """A repeated sentence ("Oui." twice) could be either bead: it matches neither."""
    one, two = _ours(1, "Oui.", "Sí."), _ours(2, "Le vote.", "La votación.")
    found = by_unique_text([one, two], [("Oui.", "Claro.")])
    assert found == {("cp", "Sí."): one, ("fr", "Le vote."): two, ("cp", "La votación."): two}


@pytest.mark.slow
@needs_omegat
def test_a_round_trip_through_omegat_keeps_the_reviews_made_meanwhile(tmp_path: Path) -> None:
    """The real thing: our export pre-translates an OmegaT 3.6 project whose memory holds
    the translator's own version of unit 3; OmegaT's level-1 TMX (no unit ids, no
    status, TMX 1.1) comes back over the file first imported, after ana confirmed bead
    1 and corrected bead 2 in the workbench."""
    store = Store.open(str(tmp_path / "wb.db"))
    tm = tmp_path / "tm.tmx"
    units = [unit(n, status="auto", reviewer=None) for n in range(1, 4)]
    write_units(units, tm, "tmx")
    first = import_file(store, tm).alignment.id
    project = tmp_path / "project"
    for folder in ("source", "target", "tm/auto", "glossary", "dictionary", "omegat"):
        (project / folder).mkdir(parents=True)
    (project / "omegat.project").write_text(PROJECT.format(source="es", target="fr"))
    (project / "source" / "doc.txt").write_text("\n\n".join(u.source for u in units) + "\n")
    export_documents(store, [DOC_004], "es", "tmx", project / "tm" / "auto" / "ours.tmx")
    theirs = replace(units[2], target="Le président russe est arrivé le 3 juin.", tuid="")
    write_units([theirs], project / "omegat" / "project_save.tmx", "tmx")
    apply(store, first, review.confirm(store.beads(first), 0, "ana"), "ana")
    corrected = "Le président russe a atterri le 2 juin (corrigé)."
    apply(store, first, review.edit_text(store.beads(first), 1, "fr", corrected, "ana"), "ana")
    log = run_omegat(project, tmp_path / "config")
    assert "TF_TM_LOAD_ERROR" not in log
    shutil.copy(project / "project-level1.tmx", tm)
    report = import_file(store, tm)
    assert (report.kept, report.warnings) == (2, ())
    assert [(b.fr_text, b.status, b.reviewer) for b in store.beads(report.alignment.id)] == [
        (units[0].target, "confirmed", "ana"),
        (corrected, "auto", "ana"),
        (theirs.target, "confirmed", None),  # a memory with no status reads as confirmed
    ]
    store.close()


@pytest.mark.parametrize(
    ("fr", "cp", "reviewer", "own_note"),
    [
        ("Le « mot », dit-il.", "Texto de Ana.", "ana", None),
        ("", "Nota del traductor.", None, "à revoir\nligne 2 »"),
        ("Il a dit : «, counterpart «».", "«»", "ben", None),
    ],
)
def test_the_review_page_reads_back_the_workbenchs_side_from_a_conflicts_note(
    fr: str, cp: str, reviewer: str | None, own_note: str | None
) -> None:
    """The Review page offers the workbench's text of a conflict again (conflict_in): it
    must read back exactly what the note was written with, whatever the texts hold."""
    bead = StoredBead(
        id=1, alignment_id=1, position=0, fr=(1,), cp=(2,), fr_text=fr, cp_text=cp,
        score=None, status=Status.CONFIRMED, origin="human", reviewer=reviewer, version=1,
        created_at=datetime(2026, 1, 1), updated_at=datetime(2026, 1, 1), note=own_note,
    )  # fmt: skip
    note = conflict_note("the file's own note", bead)
    assert conflict_in(note) == Conflict(fr, cp, "confirmed", reviewer)
    assert conflict_in("an ordinary note") is None and conflict_in(None) is None


@pytest.mark.parametrize("theirs", ["unchanged", "changed"], ids=["kept", "conflict"])
def test_the_new_version_records_which_bead_each_merged_bead_came_from(
    both_store: Store, tmp_path: Path, theirs: str
) -> None:
    """The Review page moves a reviewer's unsaved text from a bead of version 1 to the
    bead it became (review/*.js, adoptEarlier): the import must say which that is, for a
    bead carried over and for one in conflict (its draft is then checked against the
    file's text on saving)."""
    from workbench.pipeline.alignment import carried_into

    path = tmp_path / "tm.tmx"
    units = _exported(both_store, path)
    _bead_2(both_store, "edit")
    units[2] = replace(units[2], source="Otra unidad del traductor.")  # a new version
    if theirs == "changed":
        units[1] = replace(units[1], source="Texto del traductor.")
    write_units(units, path, "tmx")
    import_file(both_store, path)
    doc = both_store.document(DOC_004)
    old, new = (next(a for a in both_store.alignments(doc.id) if a.version == v) for v in (1, 2))
    into = carried_into(both_store, new)
    assert set(into) == {old.id}
    before, now = both_store.beads(old.id), {b.id: b for b in both_store.beads(new.id)}
    assert into[old.id][before[1].id] == both_store.beads(new.id)[1].id
    # any other bead it names holds the very texts its earlier bead held (made again alike)
    for b in before:
        if b.id in into[old.id] and b.id != before[1].id:
            came = now[into[old.id][b.id]]
            assert (came.fr_text, came.cp_text) == (b.fr_text, b.cp_text)


def test_a_unit_whose_id_another_store_gave_is_merged_with_its_own_bead_only(
    both_store: Store, tmp_path: Path
) -> None:
    """Newcomer 14b, N2: the translator imports an agency's export into a fresh store, where
    the agency's ids ("DOC-1-3" for bead 3 there) name beads shifted by one; ben confirms
    bead 2 here, whose export name would be "DOC-1-2": that is bead 1's real id. Bead 1,
    which nobody touched, must come back as the file has it, not as a conflict with bead 2."""
    path = tmp_path / "handoff.tmx"
    units = [unit(n, tuid=f"{DOC_004}-1-{n + 1}") for n in (1, 2, 3)]
    units[1] = replace(units[1], status="auto", reviewer=None)
    write_units(units, path, "tmx")
    import_file(both_store, path)
    [alignment] = both_store.alignments(both_store.document(DOC_004).id)
    beads = both_store.beads(alignment.id)
    # The collision needs these ids: a fresh store numbers its first alignment and beads so.
    assert (alignment.id, [b.id for b in beads]) == (1, [1, 2, 3])
    apply(both_store, alignment.id, review.confirm(beads, 1, "ben"), "ben")
    units = read_units(path)
    units[2] = replace(units[2], source="El presidente ruso aterrizó el martes.")
    write_units(units, path, "tmx")

    report = import_file(both_store, path)

    assert not any("changed both" in w for w in report.warnings), report.warnings
    first, second, third = _current(both_store)
    assert first[2:] == ("confirmed", "ana")
    assert second[2:] == ("confirmed", "ben")
    assert third[0] == "El presidente ruso aterrizó el martes."


def test_a_second_conflict_on_one_bead_offers_the_workbenchs_newest_text() -> None:
    """Newcomer 15b (HIGH): a bead already in conflict met another at the next import; the
    new note nested the old one in "its note", and "Use the workbench's text" saved a
    string cut across both. The older conflict is left out of the new note (the event
    that replaced the bead keeps it), and a note nested before is read as its newest."""
    from workbench.conflict_notes import without_conflict
    from workbench.pipeline.merging import take_workbench_side

    first = StoredBead(
        id=7, alignment_id=1, position=0, fr=(1,), cp=(2,), fr_text="Ils grimpaient.",
        cp_text="They climbed up.", score=None, status=Status.CONFIRMED, origin="human",
        reviewer="ana", version=3, created_at=datetime(2026, 1, 1),
        updated_at=datetime(2026, 1, 1), note="ana's note",
    )  # fmt: skip
    after_one = replace(first, fr_text="Ils montaient.", status=Status.AUTO, reviewer=None,
                        note=conflict_note(None, first))  # fmt: skip
    edited = replace(after_one, cp_text="They went up.", status=Status.CONFIRMED,
                     reviewer="ana")  # fmt: skip
    note = conflict_note("the file's note", edited)
    assert note.count("Import conflict") == 1
    assert conflict_in(note) == Conflict("Ils montaient.", "They went up.", "confirmed", "ana")
    assert without_conflict(note) == "the file's note\nana's note"
    now = replace(edited, fr_text="Ils montaient la nuit.", status=Status.AUTO, note=note)
    [draft] = take_workbench_side([now], 0, "ben").drafts
    assert (draft.fr_text, draft.cp_text) == ("Ils montaient.", "They went up.")

    nested = (
        "Import conflict: the workbench had (auto by ana) French «Ils montaient.», "
        "counterpart «They went up.»; its note: Import conflict: the workbench had "
        "(confirmed by ana) French «Ils grimpaient.», counterpart «They climbed up.»"
    )
    assert conflict_in(nested) == Conflict("Ils montaient.", "They went up.", "auto", "ana")
    assert without_conflict(nested) is None


def test_confirming_a_bead_in_conflict_settles_it_for_the_files_text() -> None:
    """Newcomer 15b: the import's warning says to keep the right text and confirm it, but
    a confirmed bead still showed "⚑ import conflict". Confirming chooses the text the
    bead has (the file's): the conflict leaves the note, every other note stays."""
    ours = StoredBead(
        id=7, alignment_id=1, position=0, fr=(1,), cp=(2,), fr_text="Le vote.",
        cp_text="La votación de Ana.", score=None, status=Status.CONFIRMED, origin="human",
        reviewer="ana", version=3, created_at=datetime(2026, 1, 1),
        updated_at=datetime(2026, 1, 1), note="ana's note",
    )  # fmt: skip
    now = replace(ours, cp_text="La votación.", status=Status.AUTO, reviewer=None,
                  note=conflict_note("the translator's note", ours))  # fmt: skip
    [draft] = review.confirm([now], 0, "ben").drafts
    assert (draft.cp_text, draft.status, draft.reviewer) == ("La votación.", "confirmed", "ben")
    assert draft.note == "the translator's note\nana's note"
    assert conflict_in(draft.note) is None
