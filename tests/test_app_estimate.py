"""An MT draft's quality estimate in the review editor: shown only where the score is one.

A draft's score is its quality estimate only when the fill that wrote it made
one (the fill records the estimate's signature in its event); a draft filled
without an estimate, or edited since, keeps a score that says nothing about
the draft, and the editor shows none. The estimate follows the texts it was
made for, not the bead's version: undo and redo, or a re-alignment that puts
the draft back, keep it. On both databases.
"""

from __future__ import annotations

import pytest

from tests.parallel_fixture import store_parallel
from workbench import review
from workbench.align.encoders import available_encoders
from workbench.pipeline.alignment import apply
from workbench.store import Store
from workbench.translate.estimate import USEM3, QualityEstimator
from workbench.ui import parallel

GAPS = [
    (["Le maire a inauguré la bibliothèque."], ["El alcalde inauguró la biblioteca."]),
    (["Elle compte trente mille livres."], []),
    (["La ville a financé les travaux."], []),
]  # fmt: skip
# what an engine might draft for the two gaps (the second one's is about something else)
DRAFTS = ["Tiene treinta mil libros.", "El concierto empieza a las ocho."]

needs_usem3 = pytest.mark.skipif(
    USEM3.encoder not in available_encoders(), reason="needs the usem3 encoder (extra e5)"
)


@needs_usem3
def test_only_a_draft_filled_with_an_estimate_shows_one(both_store: Store) -> None:
    aid = store_parallel(both_store, "gaps", GAPS).id
    estimator = QualityEstimator(USEM3)
    beads = both_store.beads(aid)
    [good] = estimator.estimate([beads[1].fr_text], [DRAFTS[0]])
    apply(both_store, aid, review.fill_with(beads, 1, DRAFTS[0], "mt:apertium:fr-es", "ana",
                                            (good, USEM3.signature)), "ana")  # fmt: skip
    beads = both_store.beads(aid)
    apply(both_store, aid, review.fill_with(beads, 2, DRAFTS[1], "mt:apertium:fr-es", "ana"),
          "ana")  # fmt: skip
    beads = both_store.beads(aid)
    estimated = both_store.draft_estimates(aid)
    assert [review.estimate_of(b, estimated) for b in beads] == [None, USEM3.signature, None]
    assert beads[1].score == pytest.approx(good)
    assert beads[2].score is None  # the gap's confidence says nothing of a draft
    segments = {s.id: parallel.SegmentText(s.text, s.kind) for s in both_store.segments("gaps")}
    rows = [parallel.row(b, segments, estimated) for b in beads]
    assert [(r["look"], r.get("qe"), r.get("qh")) for r in rows] == [
        ("score", None, None),
        ("mt", round(good, 3), USEM3.signature),
        ("mt", None, None),  # filled without an estimate: no score
    ]
    # post-edited, the draft is another text: the estimate no longer applies to it
    apply(both_store, aid, review.edit_text(beads, 1, "cp", "Cuenta con treinta mil libros.",
                                            "ben"), "ben")  # fmt: skip
    edited = both_store.beads(aid)[1]
    assert review.estimate_of(edited, both_store.draft_estimates(aid)) is None


def _shown(store: Store, aid: int) -> list[str | None]:
    """Each bead's estimate as the editor shows it (None: no estimate)."""
    estimates = store.draft_estimates(aid)
    return [review.estimate_of(b, estimates) for b in store.beads(aid)]


# Each step, then what the editor shows of the two fills' estimates (the second fill made
# none). The versions change at every step but the re-align, which keeps a bead that comes out
# as it was, id and version (session 14, N11); the estimate stays with the draft's texts.
STEPS = [
    ("undo the second fill", [None, "qe", None]),
    ("undo the first fill", [None, None, None]),
    ("redo the first fill", [None, "qe", None]),
    ("post-edit the draft", [None, None, None]),
    ("undo the post-edit", [None, "qe", None]),
    ("re-align, putting the draft back", [None, "qe", None]),
]


def _step(store: Store, aid: int, step: str) -> None:
    beads = store.beads(aid)
    if step.startswith("undo"):
        store.undo(aid, "ana", by="ana")
    elif step.startswith("redo"):
        store.redo(aid, "ana", by="ana")
    elif step.startswith("post-edit"):
        apply(store, aid, review.edit_text(beads, 1, "cp", "Cuenta con treinta mil libros.",
                                           "ana"), "ana")  # fmt: skip
    else:  # what `align` does with the drafts of a re-aligned version (reattach_drafts)
        alignment = store.alignment(aid)
        store.save_alignment(
            doc_id=alignment.doc_id, version=alignment.version, counterpart=None,
            fr_lang="fr", cp_lang="es", aligner="gold", actor="ana",
            beads=[review.draft_of(b) for b in beads],
        )  # fmt: skip


def test_the_estimate_follows_the_draft_through_undo_redo_and_realign(both_store: Store) -> None:
    aid = store_parallel(both_store, "undone", GAPS).id
    beads = both_store.beads(aid)
    apply(both_store, aid, review.fill_with(beads, 1, DRAFTS[0], "mt:apertium:fr-es", "ana",
                                            (0.815, "qe")), "ana")  # fmt: skip
    beads = both_store.beads(aid)
    apply(both_store, aid, review.fill_with(beads, 2, DRAFTS[1], "mt:apertium:fr-es", "ana"),
          "ana")  # fmt: skip
    assert _shown(both_store, aid) == [None, "qe", None]
    for step, shown in STEPS:
        before = [b.version for b in both_store.beads(aid)]
        _step(both_store, aid, step)
        kept = step.startswith("re-align")
        assert ([b.version for b in both_store.beads(aid)] == before) is kept, step
        assert _shown(both_store, aid) == shown, step


@needs_usem3
def test_a_draft_about_something_else_is_estimated_low() -> None:
    estimator = QualityEstimator(USEM3)
    sources = [GAPS[1][0][0], GAPS[1][0][0]]
    faithful, unrelated = estimator.estimate(sources, DRAFTS)
    assert faithful > 0.5 > unrelated
