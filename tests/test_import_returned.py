"""A TMX or XLIFF the workbench exported comes back from a CAT tool into its own beads.

Before `pipeline.returned`, such a file came back as a new alignment (or, copied
over the path first imported from, as a new version of the document): the
translator's corrections never reached the beads the team reviews.
"""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from tests.factories import unit
from tests.test_omegat import PROJECT, needs_omegat, run_omegat
from workbench import review
from workbench.cli import app
from workbench.conflict_notes import conflict_in
from workbench.formats.choices import MtPolicy
from workbench.formats.registry import read_units, write_units
from workbench.formats.units import ExportOptions
from workbench.model import ConflictError, Status, StoredBead, TranslationUnit
from workbench.pipeline.alignment import apply
from workbench.pipeline.exchange import export_documents, import_file
from workbench.pipeline.returned import import_returned
from workbench.store import Store
from workbench.ui.parallel import row

DOC = "004_c5001f9aa01043f8"  # the document unit() names
FORMATS = ["tmx", "xliff12", "xliff21"]


def _aligned(store: Store, tmp_path: Path, n: int = 3) -> int:
    """A document of ``n`` beads (imported from a memory, as any alignment would be)."""
    memory = tmp_path / "memory.tmx"
    write_units([unit(k, status="auto", reviewer=None) for k in range(1, n + 1)], memory, "tmx")
    return import_file(store, memory).alignment.id


def _export(store: Store, tmp_path: Path, fmt: str) -> Path:
    """The export a translator takes to the CAT tool (another folder, another name)."""
    out = tmp_path / "cat" / f"handoff.{fmt}.xlf"
    out.parent.mkdir(exist_ok=True)
    export_documents(store, [DOC], "es", fmt, out)
    return out


def _edit_in_file(path: Path, fmt: str, changes: dict[int, str]) -> None:
    """The CAT tool's work: unit k's French becomes ``changes[k]``."""
    units = read_units(path, fmt)
    write_units(
        [replace(u, target=changes.get(n, u.target)) for n, u in enumerate(units)], path, fmt
    )


def _beads(store: Store, aid: int) -> list[StoredBead]:
    return store.beads(aid)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_cat_tools_edit_comes_back_into_its_bead_signed_by_the_importer(
    both_store: Store, tmp_path: Path, fmt: str
) -> None:
    aid = _aligned(both_store, tmp_path)
    path = _export(both_store, tmp_path, fmt)
    before = _beads(both_store, aid)
    _edit_in_file(path, fmt, {2: "Le président russe est arrivé le 3 juin."})
    report = import_returned(both_store, path, reviewer="ben")
    assert report is not None
    assert (report.edited, report.unchanged, report.conflicts, report.refused) == (1, 2, (), ())
    assert both_store.document(DOC).version == 1  # the same alignment, no new version
    after = _beads(both_store, aid)
    assert after[:2] == before[:2]  # untouched: status, reviewer, dates, version
    assert (after[2].fr_text, after[2].reviewer, after[2].id) == (
        "Le président russe est arrivé le 3 juin.", "ben", before[2].id,
    )  # fmt: skip
    again = import_returned(both_store, path, reviewer="ben")  # the same file once more
    assert again is not None and (again.edited, again.unchanged) == (0, 3)
    assert _beads(both_store, aid) == after


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_same_file_imported_again_after_a_colleagues_edit_changes_nothing(
    both_store: Store, tmp_path: Path, fmt: str
) -> None:
    """Newcomer 15b: the second import of one file took the colleague's edit made since
    the first for a conflict, put the file's older text back and her text in the note.
    The file's texts were the bead's already (its first import): nothing new in them."""
    aid = _aligned(both_store, tmp_path)
    path = _export(both_store, tmp_path, fmt)
    _edit_in_file(path, fmt, {2: "Le président russe est arrivé le 3 juin."})
    first = import_returned(both_store, path, reviewer="ben")
    assert first is not None and first.edited == 1
    ana = "Le président russe est arrivé le 3 juin au matin."
    apply(both_store, aid, review.edit_text(_beads(both_store, aid), 2, "fr", ana, "ana"), "ana")
    apply(both_store, aid, review.confirm(_beads(both_store, aid), 2, "ana"), "ana")
    after = _beads(both_store, aid)
    again = import_returned(both_store, path, reviewer="ben")
    assert again is not None
    assert (again.edited, again.unchanged, again.conflicts, again.refused) == (0, 3, (), ())
    assert _beads(both_store, aid) == after  # ana's text, confirmed, as she left it
    assert (after[2].fr_text, after[2].status, after[2].note) == (ana, Status.CONFIRMED, None)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_bead_changed_here_and_in_the_file_is_a_conflict_nothing_lost(
    both_store: Store, tmp_path: Path, fmt: str
) -> None:
    aid = _aligned(both_store, tmp_path)
    path = _export(both_store, tmp_path, fmt)
    beads = _beads(both_store, aid)
    ana = "Le président russe a atterri le 2 juin (corrigé)."
    apply(both_store, aid, review.edit_text(beads, 1, "fr", ana, "ana"), "ana")
    beads = _beads(both_store, aid)
    apply(both_store, aid, review.confirm(beads, 0, "ana"), "ana")  # the file leaves bead 1
    confirmed = _beads(both_store, aid)[0]
    _edit_in_file(path, fmt, {1: "Le président est arrivé le 2 juin."})
    report = import_returned(both_store, path, reviewer="ben")
    assert report is not None and (report.edited, report.unchanged) == (0, 2)
    assert report.conflicts == (
        f"unit 2: bead 2 of {DOC} was changed by ana after the export and in the file: it now "
        "has the file's text, to review again, and the workbench's in its note; keep the "
        "right one in the Review page and confirm it",
    )
    after = _beads(both_store, aid)
    assert after[0] == confirmed  # changed here only: as ana left it
    bead = after[1]
    assert (bead.fr_text, bead.status, bead.reviewer) == (
        "Le président est arrivé le 2 juin.", Status.AUTO, "ben",
    )  # fmt: skip
    kept = conflict_in(bead.note)  # what the Review page offers back
    assert kept is not None and (kept.fr, kept.reviewer) == (ana, "ana")
    shown = row(bead, {})  # the page's row
    assert shown["x"] == {"fr": ana, "cp": beads[1].cp_text, "st": "auto", "r": "ana"}
    again = import_returned(both_store, path, reviewer="ben")
    assert again is not None and (again.conflicts, again.unchanged) == ((), 3)
    assert _beads(both_store, aid) == after


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_second_delivery_of_one_export_replaces_the_translators_own_first(
    both_store: Store, tmp_path: Path, fmt: str
) -> None:
    """newcomer18: tr8 sends the same export twice, corrected again; the second conflicted
    with their own first ("changed by tr8 after the export and in the file")."""
    aid = _aligned(both_store, tmp_path)
    path = _export(both_store, tmp_path, fmt)
    delivery = tmp_path / "second" / path.name
    delivery.parent.mkdir()
    shutil.copy(path, delivery)
    _edit_in_file(path, fmt, {2: "Le président russe est arrivé le 3 juin."})
    first = import_returned(both_store, path, reviewer="tr8")
    assert first is not None and first.edited == 1
    again = "Le président russe est arrivé le 3 juin au matin."
    _edit_in_file(delivery, fmt, {1: "Le président est arrivé le 2 juin.", 2: again})

    second = import_returned(both_store, delivery, reviewer="tr8")

    assert second is not None
    assert (second.edited, second.unchanged, second.conflicts) == (2, 1, ())  # on main: 1 conflict
    bead = _beads(both_store, aid)[2]
    assert (bead.fr_text, bead.reviewer, bead.note) == (again, "tr8", None)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_translators_own_change_in_the_app_and_in_the_file_says_changed_by_you(
    both_store: Store, tmp_path: Path, fmt: str
) -> None:
    """Not an earlier import: a conflict still, nothing lost, in the importer's words."""
    aid = _aligned(both_store, tmp_path)
    path = _export(both_store, tmp_path, fmt)
    typed = "Le président russe a atterri le 2 juin (corrigé)."
    apply(both_store, aid, review.edit_text(_beads(both_store, aid), 1, "fr", typed, "tr8"), "tr8")
    _edit_in_file(path, fmt, {1: "Le président est arrivé le 2 juin."})

    report = import_returned(both_store, path, reviewer="tr8")

    assert report is not None and report.conflicts == (
        f"unit 2: bead 2 of {DOC} was changed by you (tr8) after the export and in the file: "
        "it now has the file's text, to review again, and the workbench's in its note; keep "
        "the right one in the Review page and confirm it",
    )
    kept = conflict_in(_beads(both_store, aid)[1].note)
    assert kept is not None and kept.fr == typed


def test_a_bead_merged_since_the_export_is_named_and_never_overwritten(
    both_store: Store, tmp_path: Path
) -> None:
    aid = _aligned(both_store, tmp_path)
    path = _export(both_store, tmp_path, "xliff12")
    apply(both_store, aid, review.merge(_beads(both_store, aid), 0, "ana"), "ana")
    merged = _beads(both_store, aid)
    _edit_in_file(path, "xliff12", {0: "Changé dans OmegaT.", 2: "Le 3 juin, revu."})
    report = import_returned(both_store, path, reviewer="ben")
    assert report is not None and report.edited == 1 and len(report.refused) == 1
    assert report.refused[0].startswith(f"unit 1 (004:1): its bead of {DOC} was merged, split")
    after = _beads(both_store, aid)
    assert after[0] == merged[0] and after[1].fr_text == "Le 3 juin, revu."


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_side_changed_in_the_file_and_the_other_here_keeps_both_no_conflict(
    both_store: Store, tmp_path: Path, fmt: str
) -> None:
    """newcomer35: eve's CAT tool changed only the French of a bead whose counterpart chloe
    had corrected and confirmed since the export. It was a conflict: the file's stale
    counterpart replaced chloe's, which went into the note (and, the page re-ingested, out
    of the current version). Each side is now taken from whoever changed it, as the Review
    page stores a save; the bead is to review again (nobody read the two together)."""
    aid = _aligned(both_store, tmp_path)
    path = _export(both_store, tmp_path, fmt)
    chloe = "El presidente ruso llegó el 2 de junio por la tarde."
    apply(both_store, aid, review.edit_text(_beads(both_store, aid), 1, "cp", chloe, "chloe"),
          "chloe")  # fmt: skip
    apply(both_store, aid, review.confirm(_beads(both_store, aid), 1, "chloe"), "chloe")
    _edit_in_file(path, fmt, {1: "Le président est arrivé le 2 juin."})
    report = import_returned(both_store, path, reviewer="eve")
    assert report is not None
    assert (report.edited, report.unchanged, report.conflicts) == (1, 2, ())
    assert report.by_side == (
        f"unit 2: the file changed the French of bead 2 of {DOC}, whose counterpart was "
        "changed by chloe after the export: both kept, the bead to review again",
    )
    bead = _beads(both_store, aid)[1]
    assert (bead.fr_text, bead.cp_text, bead.status, bead.note) == (
        "Le président est arrivé le 2 juin.", chloe, Status.AUTO, None,
    )  # fmt: skip


@pytest.mark.parametrize("fmt", ["xliff12", "xliff21"])
def test_an_unsure_pair_exported_without_its_target_comes_back_untouched(
    both_store: Store, tmp_path: Path, fmt: str
) -> None:
    """sacred35: an XLIFF writes an unsure pair (under the 0.5 floor) without its target for
    the translator to fill; imported back untouched, every such unit was refused as "the file
    empties a side", exit 1. An empty side is one the file does not give; a filled one is the
    translator's edit."""
    memory = tmp_path / "memory.tmx"
    units = [unit(k, status="auto", reviewer=None, score=0.3 if k == 2 else 0.9) for k in (1, 2)]
    write_units(units, memory, "tmx")
    aid = import_file(both_store, memory).alignment.id
    path = _export(both_store, tmp_path, fmt)
    assert [u.target for u in read_units(path, fmt)][1] == ""  # the unsure pair's French
    before = _beads(both_store, aid)
    report = import_returned(both_store, path, reviewer="cat")
    assert report is not None
    assert (report.unchanged, report.blanks, report.refused) == (2, 1, ())
    assert report.blanks_note is not None and "1 unit came back with an empty side" in (
        report.blanks_note
    )
    assert _beads(both_store, aid) == before
    _edit_in_file(path, fmt, {1: "Le président russe est arrivé le 2 juin."})
    report = import_returned(both_store, path, reviewer="cat")
    assert report is not None and (report.edited, report.refused) == (1, ())
    assert _beads(both_store, aid)[1].fr_text == "Le président russe est arrivé le 2 juin."


def test_the_command_says_what_came_back_in_one_line_and_one_line_per_conflict(
    tmp_path: Path,
) -> None:
    db = str(tmp_path / "wb.db")
    store = Store.open(db)
    aid = _aligned(store, tmp_path)
    path = _export(store, tmp_path, "xliff21")
    apply(store, aid, review.edit_text(_beads(store, aid), 1, "cp", "Texto de Ana.", "ana"), "ana")
    store.close()
    units = read_units(path, "xliff21")
    units[1] = replace(units[1], source="Texto del traductor.")
    units[2] = replace(units[2], status="confirmed")  # the reviewer's word, from the file
    write_units(units, path, "xliff21")
    unsigned = CliRunner().invoke(app, ["import", str(path), "--db", db])
    assert unsigned.exit_code == 1 and "add --reviewer NAME" in unsigned.stderr
    result = CliRunner().invoke(app, ["import", str(path), "--db", db, "--reviewer", "ben"])
    assert result.exit_code == 3, result.output  # stored, a conflict to look at
    assert result.stdout == (
        "handoff.xliff21.xlf: 3 units read back into the beads they were exported from: "
        "0 beads edited, 1 confirmed, 0 rejected, 1 unchanged, 1 conflict, signed ben\n"
    )
    assert result.stderr.count("\n") == 1 and result.stderr.startswith(
        "warning: handoff.xliff21.xlf unit 2: bead 2 of"
    )


def test_a_killed_import_leaves_the_store_as_it_was(db_url: str, tmp_path: Path) -> None:
    store = Store.open(db_url)
    aid = _aligned(store, tmp_path, 400)
    path = _export(store, tmp_path, "tmx")
    _edit_in_file(path, "tmx", {k: f"Traduction revue {k}." for k in range(400)})
    seen = _beads(store, aid)
    code = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from workbench.pipeline import returned, returned_beads\n"
        "from workbench.store import Store\n"
        "real, calls = returned_beads.apply, []\n"
        "def apply(*args, **kwargs):\n"  # the real edit, the process killed at the 300th
        "    calls.append(1)\n"
        "    if len(calls) == 300:\n"
        "        os.kill(os.getpid(), signal.SIGKILL)\n"
        "    return real(*args, **kwargs)\n"
        "returned_beads.apply = apply\n"
        "returned.import_returned(Store.open(sys.argv[1]), Path(sys.argv[2]), reviewer='ben')\n"
    )
    root = Path(__file__).resolve().parent.parent
    result = subprocess.run(
        [sys.executable, "-c", code, db_url, str(path)], cwd=root, timeout=300, check=False
    )
    assert result.returncode == -signal.SIGKILL
    assert _beads(store, aid) == seen
    report = import_returned(store, path, reviewer="ben")  # run again: all of it, once
    assert report is not None and report.edited == 400
    assert [b.fr_text for b in _beads(store, aid)] == [f"Traduction revue {k}." for k in range(400)]
    store.close()


def test_a_reviewers_save_while_the_import_runs_is_kept_or_refused_never_lost(
    both_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The import holds the alignment as a reviewer's save does: ana's save of a bead the
    file does not touch waits and is stored after it; her save of a bead the file
    changed waits and is refused (the app keeps her unsaved text and tells her)."""
    aid = _aligned(both_store, tmp_path, 40)
    path = _export(both_store, tmp_path, "xliff12")
    _edit_in_file(path, "xliff12", {k: f"Revu {k}." for k in range(0, 40, 2)})
    loaded = _beads(both_store, aid)  # what ana's page shows
    told: dict[int, str] = {}
    threads: list[threading.Thread] = []

    def save(i: int) -> None:
        own = Store.open(both_store.url)  # another app server's connection
        try:
            edit = review.edit_text(loaded, i, "cp", f"Texto de Ana {i}.", "ana")
            apply(own, aid, edit, "ana")
            told[i] = "saved"
        except ConflictError as exc:
            told[i] = str(exc)
        finally:
            own.close()

    def during(*args: object, **kwargs: object) -> list[StoredBead]:
        if not threads:  # once the import holds the alignment and has stored its first edit
            threads.extend(threading.Thread(target=save, args=(i,)) for i in (1, 2))
            for t in threads:
                t.start()
                t.join(timeout=3)  # they wait for the import
        return apply(*args, **kwargs)  # type: ignore[arg-type]

    # The real edits, with the reviewer's saves started during the first one.
    monkeypatch.setattr("workbench.pipeline.returned_beads.apply", during)
    report = import_returned(both_store, path, reviewer="ben")
    for t in threads:
        t.join(timeout=120)
    assert report is not None and report.edited == 20
    after = _beads(both_store, aid)
    assert told[1] == "saved" and after[1].cp_text == "Texto de Ana 1."  # stored after
    assert told[2].startswith("bead 3 was changed by ben since you loaded it")
    assert (after[2].fr_text, after[2].cp_text) == ("Revu 2.", loaded[2].cp_text)


@pytest.mark.slow
@needs_omegat
def test_an_xliff_through_omegat_comes_back_into_its_beads(tmp_path: Path) -> None:
    """The real round trip: our XLIFF 1.2 in an OmegaT 3.6 project's source/, the
    translator's correction of unit 3 in the project's memory, OmegaT's target/ copy
    imported back (ids, versions and our metadata survive OmegaT); ana confirmed bead 1
    in the workbench meanwhile."""
    store = Store.open(str(tmp_path / "wb.db"))
    aid = _aligned(store, tmp_path)
    project = tmp_path / "project"
    for folder in ("source", "target", "tm/auto", "glossary", "dictionary", "omegat"):
        (project / folder).mkdir(parents=True)
    (project / "omegat.project").write_text(PROJECT.format(source="es", target="fr"))
    handoff = project / "source" / "doc.xlf"
    export_documents(store, [DOC], "es", "xliff12", handoff)
    # OmegaT offers each <target> as the segment; the memory holds the translator's version.
    exported = read_units(handoff, "xliff12")
    corrected = "Le président russe est arrivé le 3 juin."
    theirs = TranslationUnit(**{
        **exported[2].__dict__, "source": exported[2].target, "target": corrected,
        "source_lang": "es", "target_lang": "fr", "tuid": "",
    })  # fmt: skip
    write_units([theirs], project / "omegat" / "project_save.tmx", "tmx")
    apply(store, aid, review.confirm(_beads(store, aid), 0, "ana"), "ana")
    log = run_omegat(project, tmp_path / "config")
    assert "TF_TM_LOAD_ERROR" not in log
    back = project / "target" / "doc.xlf"
    assert [u.version for u in read_units(back, "xliff12")] == [u.version for u in exported]
    report = import_returned(store, back, reviewer="ben")
    assert report is not None and (report.edited, report.unchanged) == (1, 2)
    assert [(b.fr_text, str(b.status), b.reviewer) for b in _beads(store, aid)] == [
        (exported[0].target, "confirmed", "ana"),
        (exported[1].target, "auto", None),
        (corrected, "auto", "ben"),
    ]
    store.close()


@pytest.mark.parametrize("fmt", ["tsv", "tmx", "xliff12"])
def test_an_export_with_french_as_its_source_still_carries_each_beads_version(
    store: Store, tmp_path: Path, fmt: str
) -> None:
    """Turning the units round (`--french-source`) copied every field but the version,
    so a table exported that way fell back to its `changed` stamps and an XLIFF could
    not come back into its beads."""
    aid = _aligned(store, tmp_path)
    out = tmp_path / f"fr-source.{fmt}"
    export_documents(store, [DOC], "es", fmt, out, ExportOptions(french_source=True))
    assert [u.version for u in read_units(out, fmt)] == [b.version for b in _beads(store, aid)]


@pytest.mark.parametrize("fmt", ["tmx", "xliff12", "tsv"])
@pytest.mark.parametrize(
    ("sides", "status", "origin"),
    [
        ({"fr"}, "draft", "human"),  # the French corrected: the draft still waits
        ({"cp"}, "auto", "postedit:mt:apertium:fr-es"),  # post-edited: the reviewer's text
        ({"fr", "cp"}, "auto", "human"),  # both: the reviewer's, as in the app (was: draft)
    ],
    ids=["french", "counterpart", "both"],
)
def test_an_mt_draft_the_file_changed_is_what_the_app_makes_of_those_edits(
    store: Store, tmp_path: Path, fmt: str, sides: set[str], status: str, origin: str
) -> None:
    """Both imports of a reviewer's file (an export back from a CAT tool, a reviewed
    table) store the edits as the Review page does when they are typed one after the
    other: an MT draft whose counterpart changed is the reviewer's text, status auto.
    With both sides changed it stayed a draft, waiting for a post-edit it had had."""
    from workbench.pipeline.reviewed import import_reviewed

    memory = tmp_path / "memory.tmx"
    drafted = unit(1, status="draft", origin="mt:apertium:fr-es", reviewer=None, score=None)
    with_drafts = ExportOptions(mt=MtPolicy.INCLUDE)  # sent to be post-edited
    write_units([drafted, unit(2, status="auto", reviewer=None)], memory, "tmx", with_drafts)
    aid = import_file(store, memory).alignment.id
    assert str(_beads(store, aid)[0].status) == "draft"
    path = tmp_path / "cat" / f"handoff.{fmt}"
    path.parent.mkdir()
    export_documents(store, [DOC], "es", fmt, path, with_drafts)
    units = read_units(path, fmt)
    units[0] = replace(
        units[0],
        source="Texto de Ben." if "cp" in sides else units[0].source,
        target="Texte de Ben." if "fr" in sides else units[0].target,
    )
    write_units(units, path, fmt, with_drafts)
    if fmt == "tsv":
        report: Any = import_reviewed(store, path, reviewer="ben")
    else:
        report = import_returned(store, path, reviewer="ben")
    assert report is not None and (report.edited, report.refused) == (1, ())
    bead = _beads(store, aid)[0]
    assert (str(bead.status), bead.origin, bead.reviewer) == (status, origin, "ben")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_new_text_of_a_confirmed_bead_stays_confirmed_only_where_the_file_approves_it(
    both_store: Store, tmp_path: Path, fmt: str
) -> None:
    """ana confirmed beads 1 and 2 before the export. The translator corrects both; unit 1
    stays approved in the file (the CAT user's confirmation of the new text: confirmed,
    signed ben), unit 2 is no longer approved (an edited segment, Trados's Draft): the bead
    is to confirm again. Before, bead 2 stayed confirmed, signed ben."""
    aid = _aligned(both_store, tmp_path)
    apply(both_store, aid, review.confirm_through(_beads(both_store, aid), 1, "ana"), "ana")
    path = _export(both_store, tmp_path, fmt)
    units = read_units(path, fmt)
    units[0] = replace(units[0], target="Le texte corrigé et approuvé.")
    units[1] = replace(units[1], target="Le texte corrigé, à revoir.", status="auto")
    write_units(units, path, fmt)
    report = import_returned(both_store, path, reviewer="ben")
    assert report is not None and (report.edited, report.confirmed) == (2, 0)
    after = [(b.fr_text, b.status, b.reviewer) for b in _beads(both_store, aid)[:2]]
    assert after == [
        ("Le texte corrigé et approuvé.", Status.CONFIRMED, "ben"),
        ("Le texte corrigé, à revoir.", Status.AUTO, "ben"),
    ]
