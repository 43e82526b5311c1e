"""A `restore` killed (kill -9) between giving debris back to the text and re-aligning
that stretch (session 28's known hole 2), on SQLite and on PostgreSQL.

The kinds are committed first, then every alignment of the document is aligned again.
A kill in between leaves a sentence of the text in no bead. What a restart must show:
no reviewed bead changed or lost, and the stretch either aligned again or said to be
pending by the command the user runs again.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from typer.testing import CliRunner

from tests.test_review_realign import _aligned
from workbench import review
from workbench.cli import app
from workbench.model import Kind
from workbench.pipeline.alignment import align_document, apply, realign_unconfirmed
from workbench.pipeline.mt_alignment import ensure_alignment
from workbench.store import Store

CHILD = """
import sys, time
from pathlib import Path
url, marker, doc, segment, what = sys.argv[1:6]
from workbench.pipeline import debris
from workbench.store import Store

def hold(*args, **kwargs):  # the kinds are committed; the re-alignment has not begun
    Path(marker).write_text("in")
    time.sleep(600)
    return []

if what == "all":
    debris._realign = hold
else:  # the MT-only alignment: whatever the other alignment's turn, it waits for this one
    from workbench.pipeline import mt_alignment
    mt_alignment.redraft_alignment = hold
debris.set_segment_kinds(Store.open(url), int(doc), [int(segment)], actor="ana")
"""


def _killed_between_kinds_and_realignment(
    url: str, doc: int, segment: int, tmp: Path, what: str = "all"
) -> None:
    """`restore` of ``segment`` killed once its kinds are committed, before any alignment
    is made again (``what`` "all") or before the MT-only one ("mt")."""
    marker = tmp / "marker"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, url, str(marker), str(doc), str(segment), what],
        start_new_session=True,
    )
    deadline = time.monotonic() + 120
    while not marker.exists():
        assert child.poll() is None, "the child process ended before the kill"
        assert time.monotonic() < deadline
        time.sleep(0.05)
    os.killpg(child.pid, signal.SIGKILL)
    child.wait()


def test_a_restore_killed_before_re_aligning_keeps_every_review_and_runs_again(
    db_url: str, tmp_path: Path
) -> None:
    """Before the fix, running the same `restore` again said "nothing to change, the
    segment is body already" and aligned nothing: the restored line stayed in no bead,
    out of every export, and nothing said so."""
    store = Store.open(db_url)
    doc, alignment, debris = _aligned(store, debris_at=4)
    apply(
        store,
        alignment,
        review.edit_text(store.beads(alignment), 1, "cp", "Texto de ana.", "ana"),
        "ana",
    )
    [before] = [b for b in store.beads(alignment) if b.reviewer == "ana"]
    store.close()

    _killed_between_kinds_and_realignment(db_url, doc, debris, tmp_path)

    store = Store.open(db_url)
    try:
        assert {s.id: s.kind for s in store.segments(doc)}[debris] == Kind.BODY
        beads = store.beads(alignment)
        assert before in beads  # ana's bead as she saved it: id, version, text, status
        assert debris not in [i for b in beads for i in b.fr]  # the stretch is pending
        args = ["restore", str(doc), str(debris), "--reviewer", "ana", "--encoder", "none"]
        result = CliRunner().invoke(app, [*args, "--db", db_url])
        assert result.exit_code == 0, result.output
        assert "not aligned since" in result.output
        assert f"alignment {alignment} of fr with es aligned again" in result.output
        beads = store.beads(alignment)
        assert debris in [i for b in beads for i in b.fr]
        [after] = [b for b in beads if b.reviewer == "ana"]
        assert (after.cp_text, after.status, after.fr) == (before.cp_text, before.status, before.fr)
        # and once aligned, the same command has nothing left to do
        again = CliRunner().invoke(app, [*args, "--db", db_url])
        assert "nothing to change" in again.output and "aligned again" not in again.output
    finally:
        store.close()


def test_align_after_a_restore_killed_before_re_aligning_aligns_the_stretch(
    db_url: str, tmp_path: Path
) -> None:
    """The other way on after the kill, `align`, held already: its fingerprint holds each
    segment's kind, so it computes again rather than saying what it said last."""
    store = Store.open(db_url)
    doc, alignment, debris = _aligned(store, debris_at=4)
    [before] = [b for b in store.beads(alignment) if b.reviewer == "ana"]
    store.close()
    _killed_between_kinds_and_realignment(db_url, doc, debris, tmp_path)
    store = Store.open(db_url)
    try:
        report = align_document(store, doc, "es")
        beads = store.beads(report.alignment.id)
        assert debris in [i for b in beads for i in b.fr]
        [after] = [b for b in beads if b.reviewer == "ana"]
        assert (after.cp_text, after.status, after.fr) == (before.cp_text, before.status, before.fr)
    finally:
        store.close()


def test_a_restore_killed_between_two_alignments_aligns_what_is_left_when_run_again(
    db_url: str, tmp_path: Path
) -> None:
    """A document aligned with its Spanish original and drafted for English (MT only, ben's
    post-edit on bead 1); the kill comes when the English alignment's turn comes, the
    Spanish one perhaps done. Run again, the command makes the rest again, and only that."""
    store = Store.open(db_url)
    doc, alignment, debris = _aligned(store, debris_at=4)
    english = ensure_alignment(store, doc, "en", "ben").id
    edit = review.edit_text(store.beads(english), 0, "cp", "Ben's own translation.", "ben")
    apply(store, english, edit, "ben")
    reviewed = {b.id: b for a in (alignment, english) for b in store.beads(a) if b.reviewer}
    store.close()

    _killed_between_kinds_and_realignment(db_url, doc, debris, tmp_path, what="mt")

    store = Store.open(db_url)
    try:
        assert debris not in [i for b in store.beads(english) for i in b.fr]
        args = ["restore", str(doc), str(debris), "--reviewer", "ana", "--encoder", "none"]
        result = CliRunner().invoke(app, [*args, "--db", db_url])
        assert result.exit_code == 0, result.output
        assert f"alignment {english} of fr with its en captions aligned again" in result.output
        for a in (alignment, english):
            assert debris in [i for b in store.beads(a) for i in b.fr]
        kept = {
            (b.fr, b.cp_text, b.status, b.reviewer)
            for a in (alignment, english) for b in store.beads(a) if b.reviewer
        }  # fmt: skip
        assert kept == {(b.fr, b.cp_text, b.status, b.reviewer) for b in reviewed.values()}
    finally:
        store.close()


def test_the_review_pages_re_align_after_a_restore_killed_aligns_the_stretch(
    db_url: str, tmp_path: Path
) -> None:
    """On the app's side, the Review page's "Re-align" (`realign_unconfirmed`) reads the
    sides as they stand: the restored line comes into a bead, ana's edit stays as saved."""
    store = Store.open(db_url)
    doc, alignment, debris = _aligned(store, debris_at=4)
    edit = review.edit_text(store.beads(alignment), 1, "cp", "Texto de ana.", "ana")
    apply(store, alignment, edit, "ana")
    [before] = [b for b in store.beads(alignment) if b.reviewer == "ana"]
    store.close()
    _killed_between_kinds_and_realignment(db_url, doc, debris, tmp_path)
    store = Store.open(db_url)
    try:
        beads = realign_unconfirmed(store, alignment, store.beads(alignment), actor="ben")
        assert debris in [i for b in beads for i in b.fr]
        assert before in beads  # the very bead: id, version, text, status, reviewer
    finally:
        store.close()
