"""The audit log as a reviewer reads it: each event says what it changed, in its own terms.

A bead edit counts beads (``2 bead(s) → 1``); an event about a document's
segments names them: a change of kind (debris given back to the text, text
marked as debris) says which segments went from which kind to which, on both
databases.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.parallel_fixture import store_parallel
from workbench.model import Kind
from workbench.store import Store
from workbench.store.rows import id_ranges, summary

SEVERAL = [[4, "body"], [9, "heading"], [5, "body"], [6, "body"]]


@pytest.mark.parametrize(
    ("action", "payload", "said"),
    [
        ("merge", {"before": [{}, {}], "after": [{}]}, "2 bead(s) → 1"),
        ("import", {"before": [], "beads": 10}, "0 bead(s) → 10"),
        (
            "kind",
            {"version": 2, "kind": "body", "before": [[5, "boilerplate"]]},
            "segment 5 of version 2: boilerplate → body",
        ),
        (
            "kind",
            {"version": 1, "kind": "boilerplate", "before": SEVERAL},
            "segments 4–6 of version 1: body → boilerplate; "
            "segment 9 of version 1: heading → boilerplate",
        ),
        ("ingest", {"version": 2, "path": "corpora/a.html"}, "version 2 of corpora/a.html"),
        ("rename", {"from": "a", "to": "b"}, "a → b"),
    ],
    ids=["merge", "bulk-import", "kind-one", "kind-several", "ingest", "rename"],
)
def test_an_event_says_what_it_changed(action: str, payload: dict[str, Any], said: str) -> None:
    assert summary(action, payload) == said


@pytest.mark.parametrize(
    ("ids", "said"),
    [([7], "7"), ([3, 4], "3, 4"), ([4, 5, 6, 9], "4–6, 9"), ([9, 1, 2, 3, 3], "1–3, 9")],
)
def test_consecutive_segment_ids_are_written_as_ranges(ids: list[int], said: str) -> None:
    assert id_ranges(ids) == said


def test_the_audit_log_names_the_segments_a_kind_change_touched(both_store: Store) -> None:
    alignment = store_parallel(both_store, "port", [(["Un.", "Deux."], ["One."]), (["Pub."], [])])
    segments = both_store.segments(alignment.doc_id, alignment.version)
    fr = [s for s in segments if s.lang == "fr"]
    both_store.set_segment_kinds(
        alignment.doc_id, alignment.version, [fr[2].id], Kind.BOILERPLATE, actor="ana"
    )
    both_store.set_segment_kinds(
        alignment.doc_id, alignment.version, [fr[0].id, fr[1].id, fr[2].id], Kind.BODY,
        actor="ana",
    )  # fmt: skip
    restored, marked = both_store.events(limit=2)
    version = alignment.version
    assert (marked.action, marked.summary) == (
        "kind", f"segment {fr[2].id} of version {version}: body → boilerplate"
    )  # fmt: skip
    # the two already in the text are not counted: only the one given back changed
    assert restored.summary == f"segment {fr[2].id} of version {version}: boilerplate → body"
    assert "bead" not in marked.summary + restored.summary
