"""Undo, Redo and Re-align are refused only when a bead they would change holds the
reviewer's unsaved text (sacred19).

The server picks their beads, so the Review page refused them while any bead of the tab
held unsaved text. Each now carries the ids of the beads holding the tab's unsaved text
(``held``); the store works out which beads the step would change before it writes
anything, refuses it naming the first such bead (`HeldByUnsavedText`), and otherwise
goes ahead. Every test runs on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import pytest

from tests.test_review_realign import _documents
from workbench import review
from workbench.model import BeadDraft, HeldByUnsavedText, Status, StoredBead
from workbench.pipeline.alignment import align_document, apply, realign_unconfirmed
from workbench.store import Store


@pytest.fixture
def store(both_store: Store) -> Store:
    return both_store


def _seen(store: Store, alignment: int) -> tuple[int, list[StoredBead]]:
    return store.revision(alignment), store.beads(alignment)


def _two_edits(store: Store) -> int:
    """ana's edit of bead 2, then of bead 4: the alignment's id."""
    doc, _ = _documents(store)
    aid = align_document(store, doc, "es").alignment.id
    apply(store, aid, review.edit_text(store.beads(aid), 1, "fr", "Ils ont parlé.", "ana"), "ana")
    apply(store, aid, review.edit_text(store.beads(aid), 3, "fr", "Le Kremlin jubile.", "ana"),
          "ana")  # fmt: skip
    return aid


def test_undo_and_redo_go_ahead_past_unsaved_text_on_a_bead_they_leave_alone(store: Store) -> None:
    aid = _two_edits(store)
    beads = store.beads(aid)
    bead2, bead4 = beads[1].id, beads[3].id
    step = store.undo(aid, "ana", by="ana", held={bead2})  # changes bead 4 only
    assert step.positions == (3,) and store.beads(aid)[1].fr_text == "Ils ont parlé."
    seen = _seen(store, aid)
    with pytest.raises(HeldByUnsavedText, match=r"^bead 2 has unsaved text$") as refused:
        store.undo(aid, "ana", by="ana", held={bead2, bead4})
    assert refused.value.position == 1 and _seen(store, aid) == seen  # nothing written
    with pytest.raises(HeldByUnsavedText, match=r"^bead 4 has unsaved text$"):
        store.redo(aid, "ana", by="ana", held={bead4})
    assert _seen(store, aid) == seen
    store.redo(aid, "ana", by="ana", held={bead2})
    assert store.beads(aid)[3].fr_text == "Le Kremlin jubile."


def test_the_apps_undo_names_the_bead_whose_unsaved_text_holds_it(store: Store) -> None:
    from workbench.ui import editor
    from workbench.ui.common import Snapshot

    aid = _two_edits(store)
    beads = store.beads(aid)

    def snap() -> Snapshot:
        return Snapshot(aid, store.revision(aid), tuple(store.beads(aid)))

    ctx = editor.Context(store, aid, "ana", snap, {})
    undo = {"client": "c1", "seq": 1, "action": "undo", "held": [beads[3].id]}
    outcome = editor.perform(undo, ctx)
    assert (outcome.ok, outcome.message) == (
        False, "Not undone: bead 4 has unsaved text. Save it (Ctrl+Enter) or Revert it, then undo."
    )  # fmt: skip
    outcome = editor.perform({**undo, "seq": 2, "held": [beads[0].id, beads[1].id]}, ctx)
    assert (outcome.ok, outcome.message) == (True, "Undid your edit at bead 4.")


def _mispaired(store: Store) -> int:
    """An alignment whose beads 2 and 3 the aligner would pair otherwise (bead 2 holds two
    French sentences for one Spanish, bead 3 none): its id."""
    doc, _ = _documents(store)
    alignment = align_document(store, doc, "es").alignment
    good = store.beads(alignment.id)
    drafts = [
        BeadDraft(b.fr, b.cp, b.fr_text, b.cp_text, b.score, b.status, b.origin) for b in good
    ]
    b1, b2 = good[1], good[2]
    drafts[1] = BeadDraft(b1.fr + b2.fr, b1.cp, f"{b1.fr_text} {b2.fr_text}", b1.cp_text, 0.2,
                          Status.AUTO, b1.origin)  # fmt: skip
    drafts[2] = BeadDraft((), b2.cp, "", b2.cp_text, None, Status.AUTO, b2.origin)
    store.save_alignment(
        doc_id=doc, version=alignment.version,
        counterpart=(alignment.counterpart_doc_id or 0, alignment.counterpart_version or 0),
        fr_lang="fr", cp_lang="es", aligner=alignment.aligner, beads=drafts,
    )  # fmt: skip
    return alignment.id


def test_realign_goes_ahead_past_unsaved_text_on_a_bead_it_keeps_and_names_one_it_replaces(
    store: Store,
) -> None:
    aid = _mispaired(store)
    seen = _seen(store, aid)
    beads = seen[1]
    with pytest.raises(HeldByUnsavedText, match=r"^bead 3 has unsaved text$"):
        realign_unconfirmed(store, aid, beads, actor="ana", held={beads[0].id, beads[2].id})
    assert _seen(store, aid) == seen
    kept = {beads[0].id, beads[3].id, beads[4].id}
    after = realign_unconfirmed(store, aid, beads, actor="ana", held=kept)
    assert [(b.fr, b.cp) for b in after][1:3] == [
        (beads[1].fr[:1], beads[1].cp),
        (beads[1].fr[1:], beads[2].cp),
    ]
    assert {b.id: b.version for b in after if b.id in kept} == {
        b.id: b.version for b in beads if b.id in kept
    }  # the beads holding unsaved text are as they were: their editors' saves go through
