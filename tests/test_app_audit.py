"""The audit log as a reviewer reads it: each event says what it changed, in its own terms.

A bead edit names the beads as the screen numbers them and what changed, in
short (``bead 14: counterpart “…” → “…”``); an aligner's run or an import
counts them (``0 beads → 10``); an event about a document's segments names
them: a change of kind (debris given back to the text, text
marked as debris) says which segments went from which kind to which, on both
databases.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.parallel_fixture import store_parallel
from workbench import review
from workbench.model import Kind
from workbench.pipeline.alignment import apply
from workbench.store import Store
from workbench.store.event_summary import id_ranges, summary

SEVERAL = [[4, "body"], [9, "heading"], [5, "body"], [6, "body"]]
LONG = "Le conseil a voté le budget de la ville pour l'année prochaine à l'unanimité."


def _b(position: int, fr: str, cp: str, status: str = "auto") -> dict[str, Any]:
    """A bead as an event's payload holds it (only what a summary reads)."""
    return {"position": position, "fr_text": fr, "cp_text": cp, "status": status}


@pytest.mark.parametrize(
    ("action", "payload", "said"),
    [
        (
            "merge",
            {
                "before": [_b(2, "Il pleut.", "Llueve."), _b(3, "Il vente.", "")],
                "after": [_b(2, "Il pleut. Il vente.", "Llueve.")],
            },
            "beads 3–4 → 3: French “Il pleut. ¦ Il vente.” → “Il pleut. Il vente.”; "
            "counterpart “Llueve. ¦ ” → “Llueve.”",
        ),
        (
            "edit",
            {
                "before": [_b(13, LONG, "El consejo votó.")],
                "after": [_b(13, LONG.replace("l'année prochaine", "2027"), "El consejo votó.")],
            },
            "bead 14: French “…ville pour l'année prochaine à…” → “…ville pour 2027 à…”",
        ),
        (
            "confirm",
            {"before": [_b(6, "Oui.", "Sí.")], "after": [_b(6, "Oui.", "Sí.", "confirmed")]},
            "bead 7: auto → confirmed",
        ),
        ("import", {"before": [], "beads": 10}, "0 beads → 10"),
        (
            "align",
            {"before": [], "after": [_b(0, "Oui.", "Sí."), _b(1, "Non.", "")]},
            "0 beads → 2",
        ),
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
    ids=[
        "merge",
        "edit",
        "confirm",
        "bulk-import",
        "first-alignment",
        "kind-one",
        "kind-several",
        "ingest",
        "rename",
    ],
)
def test_an_event_says_what_it_changed(action: str, payload: dict[str, Any], said: str) -> None:
    assert summary(action, payload) == said


@pytest.mark.parametrize(
    ("before", "after", "said"),
    [
        (
            "la nuit : au matin",
            "la nuit\u00a0: au matin",
            "“la nuit␣: au matin” → “la nuit⟨nbsp⟩: au matin”",
        ),
        ("Quoi ?", "Quoi\u202f?", "“Quoi␣?” → “Quoi⟨nnbsp⟩?”"),
        ("Il dort.", "Il dort. ", "“Il dort.” → “Il dort.␣”"),
        ("Il dort.", "Il rêve.", "“Il dort.” → “Il rêve.”"),
    ],
    ids=["no-break-space", "narrow-no-break-space", "trailing-space", "words-as-they-are"],
)
def test_a_change_of_spaces_alone_shows_the_spaces(before: str, after: str, said: str) -> None:
    """newcomer35 LOW 8: a no-break space typed before a colon read “…nuit : au…” → “…nuit : au…”
    in the history, two texts that look the same; spaces show only when nothing else changed."""
    payload = {"before": [_b(4, before, "")], "after": [_b(4, after, "")]}
    assert summary("edit", payload) == f"bead 5: French {said}"


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


def test_the_log_names_the_bead_a_reviewer_edited_and_the_change(both_store: Store) -> None:
    pairs = [(["Il pleut."], ["Llueve."]), (["Le maire a inauguré la bibliothèque."],
                                            ["El alcalde inauguró la biblioteca."])]  # fmt: skip
    aid = store_parallel(both_store, "port", pairs).id
    beads = both_store.beads(aid)
    fix = review.edit_text(beads, 1, "cp", "El alcalde abrió la biblioteca.", "ana")
    apply(both_store, aid, fix, "ana")
    apply(both_store, aid, review.merge(both_store.beads(aid), 0, "ana"), "ana")
    merged, edited = both_store.events(alignment_id=aid, limit=2)
    assert edited.summary == (
        "bead 2: counterpart “El alcalde inauguró la…” → “El alcalde abrió la…”"
    )
    assert merged.summary.startswith("beads 1–2 → 1: French “Il pleut. ¦ Le maire")
    undone = both_store.undo(aid, "ana", by="ana")
    [undo] = both_store.events(alignment_id=aid, limit=1)
    assert undo.summary.startswith("bead 1 → 1–2: French “Il pleut. Le maire a…” → “Il pleut. ¦")
    assert undone.summary == merged.summary  # the step names the edit it reversed
