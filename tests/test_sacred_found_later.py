"""Red team of the first rule (session 29): what a run said once must be there to find later.

Session 28's known holes: the warning naming a reviewed bead a new version left behind was
printed once, so a process killed after its save never said it, and the app never showed
such beads; a `restore` killed before it aligned again left a sentence in no bead with
nothing saying so until the same command ran again; `fill`'s carry-over logged no
`came_from`. Each test kills or races real processes where the hole needed one, on SQLite
and PostgreSQL.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from typer.testing import CliRunner

from tests.conftest import needs_apertium
from tests.factories import unit
from tests.test_review_realign import _aligned
from tests.test_sacred_redteam import _changed_first_sentence, _new_version_reviewed
from tests.test_sacred_restore_kill import _killed_between_kinds_and_realignment
from workbench import pipeline, review
from workbench.cli import app
from workbench.formats.registry import write_units
from workbench.pipeline.alignment import align_document, apply, carried_into
from workbench.pipeline.debris import set_segment_kinds
from workbench.pipeline.exchange import import_file
from workbench.pipeline.mt import fill_document
from workbench.pipeline.status import project_status, standing
from workbench.store import Store

LINES = [
    "Le nouveau pont de Lyon ouvre lundi.",
    "Il a coûté trois cents millions d'euros.",
    "Les cyclistes auront leur propre voie.",
]
ENGLISH = (
    "Lyon's new bridge opens on Monday.\nIt cost three hundred million euros.\n"
    "Cyclists will have their own lane.\n"
)


def _reviewed_then_changed(url: str, tmp: Path) -> tuple[Path, int]:
    """pont.txt aligned with its English original; hal corrected bead 2's French, fay its
    counterpart; then the French sentence of bead 2 changed in the file (ingested: version
    2, not aligned yet). The file and version 1's alignment id."""
    french, original = tmp / "pont.txt", tmp / "pont.en.txt"
    french.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    original.write_text(ENGLISH, encoding="utf-8")
    store = Store.open(url)
    pipeline.ingest_paths(store, [french])
    aid = align_document(store, "pont", "en", original_path=original).alignment.id
    apply(store, aid, review.edit_text(store.beads(aid), 1, "cp", "It cost 300M.", "fay"), "fay")
    apply(store, aid, review.edit_text(store.beads(aid), 1, "fr", "Coût : 300 M.", "hal"), "hal")
    changed = [LINES[0], "Il a finalement coûté trois cent dix millions d'euros.", LINES[2]]
    french.write_text("\n".join(changed) + "\n", encoding="utf-8")
    pipeline.ingest_paths(store, [french])
    store.close()
    return french, aid


# `align` of the new version, stopped (kill -9) the moment its save returns: before the
# command prints anything, as a machine that goes down after the commit.
ALIGN_KILLED_AFTER_SAVE = """
import sys, time
from pathlib import Path
url, marker = sys.argv[1:3]
from workbench.pipeline.alignment import align_document
from workbench.store import Store

store = Store.open(url)
save = store.save_alignment

def saved_then_hold(**kwargs):
    alignment = save(**kwargs)
    Path(marker).write_text("saved")
    time.sleep(600)
    return alignment

store.save_alignment = saved_then_hold
report = align_document(store, "pont", "en")
print(*report.warnings, sep="\\n")  # never reached
"""


def _run_until_marker(script: str, *args: str, marker: Path) -> None:
    """Run ``script`` in its own process group, kill -9 it once ``marker`` exists."""
    child = subprocess.Popen(
        [sys.executable, "-c", script, *args, str(marker)],
        start_new_session=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 120
    while not marker.exists():
        if child.poll() is not None:
            raise AssertionError(f"the child ended before the kill: {child.communicate()[1]!r}")
        assert time.monotonic() < deadline, "the child never reached its save"
        time.sleep(0.05)
    os.killpg(child.pid, signal.SIGKILL)
    out, _ = child.communicate()
    assert b"left behind" not in out and b"could not be carried" not in out


def test_an_align_killed_after_its_save_still_names_the_reviews_it_left_behind(
    db_url: str, tmp_path: Path
) -> None:
    """hal's and fay's bead 2 stays in version 1's alignment. Before session 29 the one
    warning naming it was printed after the save: killed there, nothing ever said it, and
    the next `align` found nothing to do ("nothing changed since the last run"). Now the
    save logs it, and `workbench status` says it, exit 3, whenever asked."""
    _, first = _reviewed_then_changed(db_url, tmp_path)
    _run_until_marker(ALIGN_KILLED_AFTER_SAVE, db_url, marker=tmp_path / "saved")

    result = CliRunner().invoke(app, ["status", "pont", "--db", db_url, "-f", "json"])
    assert result.exit_code == 3, result.output
    [row] = json.loads(result.stdout)
    assert (row["to"], row["version"], row["left_behind"], row["pending"]) == ("en", 2, 1, False)
    [warning] = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert "(bead 2 by hal and fay)" in warning
    assert f"`workbench beads pont --alignment {first}`" in warning
    # what the warning points to holds both texts as they were saved
    store = Store.open(db_url)
    try:
        kept = store.beads(first)[1]
        assert (kept.fr_text, kept.cp_text) == ("Coût : 300 M.", "It cost 300M.")
        # and the aligned run it was killed in stands: `align` again says it too
        again = align_document(store, "pont", "en")
        assert [s.notes for s in project_status(store, "pont")] == [(warning[9:],)]
        assert again.alignment.version == 2
    finally:
        store.close()


def test_status_names_a_new_version_not_aligned_yet_and_is_quiet_when_all_is_well(
    db_url: str, tmp_path: Path
) -> None:
    """Between `ingest` of a changed file and its `align`, the reviews are in version 1's
    alignment only: `status` says version 2 waits and how to carry them over. An aligned
    store with nothing left behind or pending exits 0 without a warning."""
    _reviewed_then_changed(db_url, tmp_path)
    store = Store.open(db_url)
    try:
        [waiting] = project_status(store, "pont")
        assert waiting.alignment.version == 1
        assert waiting.notes == (
            "pont is not aligned yet in version 2 (its en alignment is of version 1): run "
            "`workbench align pont --to en` to carry its reviewed beads over",
        )
        doc, _, _ = _aligned(store, debris_at=4)
    finally:
        store.close()
    result = CliRunner().invoke(app, ["status", str(doc), "--db", db_url])
    assert result.exit_code == 0, result.output
    assert "warning" not in result.stderr


def test_the_review_page_opens_with_the_reviews_an_earlier_version_left_behind(
    tmp_path: Path,
) -> None:
    """The app said nothing of them at all: the Review page of version 2 showed its beads
    and no word of hal's and fay's bead 2, left in version 1. Now it opens saying so, with
    the command that shows it (the editor's message line, a warning)."""
    from streamlit.testing.v1 import AppTest

    from tests.conftest import ROOT
    from tests.test_app import editor_data

    url = f"sqlite:///{tmp_path / 'app.db'}"
    _, first = _reviewed_then_changed(url, tmp_path)
    store = Store.open(url)
    align_document(store, "pont", "en")
    store.close()
    os.environ["WORKBENCH_DB"] = str(tmp_path / "app.db")
    try:
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
        at.query_params.update({"page": "review", "doc": "pont", "to": "en", "reviewer": "ben"})
        at.run()
        assert not at.exception, at.exception
        shown = editor_data(at)["standing"]
    finally:
        del os.environ["WORKBENCH_DB"]
    assert "(bead 2 by hal and fay)" in shown
    assert f"`workbench beads pont --alignment {first}`" in shown


def test_a_restore_killed_before_re_aligning_is_said_by_status_and_the_review_page(
    db_url: str, tmp_path: Path
) -> None:
    """Session 28 made the same `restore` run again align what it left; nothing told the
    reviewer to run it: `status` said nothing, the Review page showed the beads as if
    whole. Now both say which alignment misses a sentence, and the very command (the
    segment, the reviewer) that aligns it; run, the note is gone and ana's bead is kept."""
    store = Store.open(db_url)
    doc, alignment, debris = _aligned(store, debris_at=4)
    [ana] = [b for b in store.beads(alignment) if b.reviewer == "ana"]
    store.close()
    _killed_between_kinds_and_realignment(db_url, doc, debris, tmp_path)

    result = CliRunner().invoke(app, ["status", str(doc), "--db", db_url])
    assert result.exit_code == 3, result.output
    [warning] = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert f"alignment {alignment} of" in warning and "1 sentence of the text in no bead" in warning
    command = warning[warning.index("`workbench restore") + 1 :].split("`")[0]
    assert command.endswith(f"{debris} --reviewer ana"), command
    store = Store.open(db_url)
    try:
        assert standing(store, store.alignment(alignment)).pending
        args = [*command.split()[1:], "--encoder", "none", "--db", db_url]
        assert CliRunner().invoke(app, args).exit_code == 0
        assert standing(store, store.alignment(alignment)).notes == ()
        assert ana in store.beads(alignment)
    finally:
        store.close()
    assert CliRunner().invoke(app, ["status", str(doc), "--db", db_url]).exit_code == 0


@needs_apertium
def test_fill_that_carries_a_post_edit_into_a_new_version_records_where_it_came_from(
    both_store: Store,
) -> None:
    """`align` logs which earlier bead each carried bead came from (`Store.carried_over`);
    `fill`'s own carry-over logged nothing. What reads it went wrong on a drafted document's
    new version: U there found none of ana's edits and did not say that her post-edit came
    over from version 1 (`editor_undo.carried_note`), and a translator's second delivery of
    an export was not followed back across the versions (`returned_beads._own_import`). Now
    `fill` logs it as `align` does, and the post-edit it leaves behind too."""
    store = both_store
    first, saved = _new_version_reviewed(store, captions=False)
    old = store.beads(first)
    report = fill_document(store, "doc", "es", engine="apertium", estimate=False)
    new = store.alignment(report.alignment.id)
    [came] = [b for b in store.beads(new.id) if b.cp_text == saved]
    assert store.carried_over(new.id) == (first, {old[0].id: came.id})
    assert carried_into(store, new)[first][old[0].id] == came.id
    # a third version whose first sentence changed: ana's bead stays behind, said later too
    _changed_first_sentence(store)
    third = fill_document(store, "doc", "es", engine="apertium", estimate=False)
    assert third.left_behind
    [status] = project_status(store, "doc")
    assert status.alignment.id == third.alignment.id
    assert status.notes == (third.left_behind,)


def test_status_of_an_original_read_again_says_to_align_not_to_restore(
    db_url: str, tmp_path: Path
) -> None:
    """An original changed and read again leaves the alignment holding its earlier
    sentences; that is no stopped `restore` (ana's change of kinds was long done), and the
    line must not tell her to run it again: it says to align."""
    store = Store.open(db_url)
    try:
        doc, alignment, debris = _aligned(store, debris_at=4)
        set_segment_kinds(store, doc, [debris], actor="ana")  # done, aligned again
        es = store.document(store.alignment(alignment).counterpart_doc_id or 0)
        store.store_again(es.id, actor="nightly", why="read again")
        [now] = project_status(store, doc)
        [note] = now.notes
        assert "workbench restore" not in note
        assert "`workbench align fr --to es`" in note and "version 2" in note
    finally:
        store.close()


def test_a_tmx_imported_again_names_the_edit_it_could_not_merge_whenever_asked(
    both_store: Store, tmp_path: Path
) -> None:
    """ana merged beads 1 and 2 after the TMX went out; no unit of the file returned can
    name the merged bead, so the new version does not hold it: `import` said so once, on
    standard error, and never again. Now the import logs it with its beads, in its one
    transaction, and `status` says it whenever asked (the Review page too)."""
    store = both_store
    path = tmp_path / "tm.tmx"
    write_units([unit(1), unit(2), unit(3)], path, "tmx")
    first = import_file(store, path).alignment.id
    apply(store, first, review.merge(store.beads(first), 0, "ana"), "ana")
    write_units([unit(1), unit(2), unit(3, source="Cambiado en OmegaT.")], path, "tmx")
    again = import_file(store, path)
    said = [w for w in again.warnings if "since the last import" in w]
    assert len(said) == 1 and "(bead 1 by ana)" in said[0]
    [status] = project_status(store, again.french.id)
    assert status.alignment.id == again.alignment.id
    assert status.notes == (said[0],)
    behind = store.left_behind(again.alignment.id)
    assert behind is not None and behind.bead_ids == (store.beads(first)[0].id,)
