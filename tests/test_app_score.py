"""A bead a reviewer changed keeps no aligner's score; undo gives it back exactly.

The aligner's confidence (exported as ``x-score``, filtered on by
``--min-score``) is about the texts it aligned. Once a reviewer changes a
bead's text or sentences (edit, merge, split, move, insert), that figure says
nothing about the bead: its score is None, the editor shows it as edited, the
export writes no ``x-score`` and the score threshold keeps it (a reviewer's
bead is not an aligner's guess). Confirm and reject leave the pair as it was,
score included. Undo restores the score exactly; redo clears it again. On
SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree

from tests.parallel_fixture import store_parallel
from workbench import review
from workbench.formats.units import ExportOptions, SkipReason
from workbench.model import StoredBead
from workbench.pipeline.alignment import apply
from workbench.pipeline.exchange import export_documents
from workbench.store import Store
from workbench.ui import parallel
from workbench.ui.editor import text_edit

PAIRS = [
    (["Le maire a inauguré la bibliothèque."], ["El alcalde inauguró la biblioteca."]),
    (["Elle compte trente mille livres.", "Elle ouvre lundi."],
     ["Tiene treinta mil libros.", "Abre el lunes."]),
    (["La ville a financé les travaux."], ["La ciudad financió las obras, que duraron un año."]),
    (["Le concert commence à huit heures."], ["El concierto empieza a las ocho."]),
]  # fmt: skip

Maker = Callable[[list[StoredBead], dict[int, str]], review.Edit]

# What a reviewer does, and the positions (0-based) of the beads it leaves without a score.
HUMAN_EDITS: list[tuple[str, Maker, list[int]]] = [
    ("edit the French", lambda b, t: review.edit_text(b, 0, "fr", "Le maire a ouvert.", "ana"),
     [0]),
    ("edit the counterpart", lambda b, t: review.edit_text(b, 2, "cp", "La ciudad pagó.", "ana"),
     [2]),
    ("save both sides", lambda b, t: _saved(text_edit(b, 3, "Le concert.", "El concierto.", "ana")),
     [3]),
    ("merge", lambda b, t: review.merge(b, 0, "ana"), [0]),
    ("split between sentences", lambda b, t: review.split(b, 1, 1, 1, t, "ana"), [1, 2]),
    ("split at the caret", lambda b, t: review.split_at_caret(b, 2, {"fr": 8}, {"cp": 1}, t, "ana"),
     [2, 3]),
    ("move a sentence down", lambda b, t: review.move(b, 1, "fr", True, t, "ana"), [1, 2]),
    ("insert an empty bead", lambda b, t: review.insert_empty(b, 0, "ana"), [1]),
]  # fmt: skip


def _saved(edit: review.Edit | None) -> review.Edit:
    assert edit is not None
    return edit


def _texts(store: Store, name: str) -> dict[int, str]:
    return {s.id: s.text for s in store.segments(name)}


def _content(beads: list[StoredBead]) -> list[tuple[object, ...]]:
    """What a reviewer sees of each bead (ids and versions aside)."""
    return [(b.fr, b.cp, b.fr_text, b.cp_text, b.score, b.status, b.origin) for b in beads]


@pytest.mark.parametrize(("what", "make", "unscored"), HUMAN_EDITS, ids=[e[0] for e in HUMAN_EDITS])
def test_a_human_change_clears_the_score_and_undo_restores_it(
    both_store: Store, what: str, make: Maker, unscored: list[int]
) -> None:
    aid = store_parallel(both_store, "council", PAIRS).id
    start = both_store.beads(aid)
    assert all(b.score is not None and b.score > 0.3 for b in start)
    apply(both_store, aid, make(start, _texts(both_store, "council")), "ana")
    edited = both_store.beads(aid)
    assert [k for k, b in enumerate(edited) if b.score is None] == unscored
    # the beads the edit did not touch keep the aligner's score
    untouched = {b.fr: b.score for b in start}
    assert all(b.score == untouched[b.fr] for b in edited if b.score is not None)
    both_store.undo(aid, "ana", by="ana")
    assert _content(both_store.beads(aid)) == _content(start)  # score included, exactly
    both_store.redo(aid, "ana", by="ana")
    assert _content(both_store.beads(aid)) == _content(edited)


@pytest.mark.parametrize(
    "make",
    [lambda b: review.confirm(b, 1, "ana"), lambda b: review.reject(b, 1, "ana"),
     lambda b: review.confirm_through(b, 2, "ana")],
    ids=["confirm", "reject", "confirm through"],
)  # fmt: skip
def test_confirm_and_reject_keep_the_pair_and_its_score(
    both_store: Store, make: Callable[[list[StoredBead]], review.Edit]
) -> None:
    aid = store_parallel(both_store, "council", PAIRS).id
    start = both_store.beads(aid)
    apply(both_store, aid, make(start), "ana")
    assert [b.score for b in both_store.beads(aid)] == [b.score for b in start]


def test_the_editor_shows_a_changed_bead_as_edited_not_scored(both_store: Store) -> None:
    aid = store_parallel(both_store, "council", PAIRS).id
    start = both_store.beads(aid)
    apply(both_store, aid, review.merge(start, 2, "ana"), "ana")
    segments = {s.id: parallel.SegmentText(s.text, s.kind) for s in both_store.segments("council")}
    rows = [parallel.row(b, segments) for b in both_store.beads(aid)]
    assert [(r["look"], r.get("s")) for r in rows] == [
        ("score", round(start[0].score or 0, 3)),
        ("score", round(start[1].score or 0, 3)),
        ("edited", None),  # no score sent: the editor shows who edited it
    ]


def _units(path: Path) -> dict[str, dict[str | None, str]]:
    """French text → the unit's props, from a TMX file."""
    found: dict[str, dict[str | None, str]] = {}
    for tu in etree.parse(str(path)).getroot().iter("tu"):
        props = {p.get("type"): p.text or "" for p in tu.findall("prop")}
        french = [s.text for s in tu.iter("seg")][-1]
        found[str(french)] = props
    return found


def test_the_export_writes_no_stale_score_and_the_threshold_keeps_human_beads(
    both_store: Store, tmp_path: Path
) -> None:
    aid = store_parallel(both_store, "council", PAIRS).id
    beads = both_store.beads(aid)
    low = min(b.score or 1.0 for b in beads)
    apply(both_store, aid, review.merge(beads, 2, "ana"), "ana")  # beads 3 and 4, by hand
    merged = both_store.beads(aid)[2].fr_text
    path = tmp_path / "all.tmx"
    export_documents(both_store, ["council"], "es", "tmx", path)
    units = _units(path)
    assert "x-score" not in units[merged]
    assert all("x-score" in props for text, props in units.items() if text != merged)
    # a threshold above every aligner's score: only the reviewer's bead stays
    report = export_documents(both_store, ["council"], "es", "tmx", tmp_path / "high.tmx",
                              ExportOptions(min_score=max(low, 0.99) + 0.001))  # fmt: skip
    assert list(_units(tmp_path / "high.tmx")) == [merged]
    assert report.skipped == ((SkipReason.BELOW_THRESHOLD, 2),)
