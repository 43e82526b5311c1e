"""An MT draft's quality estimate in the review editor: shown only where the score is one.

A draft's score is its quality estimate only when the fill that wrote it made
one (the fill records the estimate's signature in its event); a draft filled
without an estimate, or edited since, keeps a score that says nothing about
the draft, and the editor shows none. On both databases.
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
    gap_score = beads[2].score
    apply(both_store, aid, review.fill_with(beads, 2, DRAFTS[1], "mt:apertium:fr-es", "ana"),
          "ana")  # fmt: skip
    beads = both_store.beads(aid)
    estimated = both_store.estimated_versions(aid)
    assert estimated == {beads[1].version: USEM3.signature}
    assert beads[1].score == pytest.approx(good)
    assert beads[2].score == gap_score and beads[2].version not in estimated
    segments = {s.id: parallel.SegmentText(s.text, s.kind) for s in both_store.segments("gaps")}
    rows = [parallel.row(b, segments, estimated) for b in beads]
    assert [(r["look"], r.get("qe"), r.get("qh")) for r in rows] == [
        ("score", None, None),
        ("mt", round(good, 3), USEM3.signature),
        ("mt", None, None),  # filled without an estimate: its score is the gap's
    ]
    # post-edited, the draft is another text: the estimate no longer applies to it
    apply(both_store, aid, review.edit_text(beads, 1, "cp", "Cuenta con treinta mil libros.",
                                            "ben"), "ben")  # fmt: skip
    edited = both_store.beads(aid)[1]
    assert edited.version not in both_store.estimated_versions(aid)


@needs_usem3
def test_a_draft_about_something_else_is_estimated_low() -> None:
    estimator = QualityEstimator(USEM3)
    sources = [GAPS[1][0][0], GAPS[1][0][0]]
    faithful, unrelated = estimator.estimate(sources, DRAFTS)
    assert faithful > 0.5 > unrelated
