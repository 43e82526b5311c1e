"""Undo and redo: a reviewer walks back and forth through their own edits, on both databases."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.test_review import FR, aligned_pair
from workbench import review
from workbench.model import ConflictError, InputError, NotFoundError, StoredBead
from workbench.pipeline.alignment import apply
from workbench.review import Edit
from workbench.store import Store

Aligned = tuple[Store, int, dict[int, str]]


@pytest.fixture
def aligned(both_store: Store) -> Aligned:
    return aligned_pair(both_store)


def state(store: Store, a: int) -> list[tuple[object, ...]]:
    """What a reviewer sees of the beads (not ids or versions)."""
    return [(b.fr, b.cp, b.fr_text, b.cp_text, b.status, b.reviewer) for b in store.beads(a)]


def edit(store: Store, a: int, who: str, make: Callable[[list[StoredBead]], Edit]) -> None:
    apply(store, a, make(store.beads(a)), who)


def test_undo_walks_back_successive_edits_of_one_bead_then_redo_walks_forward(
    aligned: Aligned,
) -> None:
    store, a, _ = aligned
    states = [state(store, a)]
    for text in ("Un.", "Deux.", "Trois."):
        edit(store, a, "ana", partial(review.edit_text, i=0, side="fr", text=text, reviewer="ana"))
        states.append(state(store, a))
    for expected in reversed(states[:-1]):
        step = store.undo(a, "ana", by="ana")
        assert step.action == "edit" and step.positions == (0,)
        assert state(store, a) == expected
    with pytest.raises(NotFoundError, match="nothing to undo by ana"):
        store.undo(a, "ana", by="ana")
    for expected in states[1:]:
        step = store.redo(a, "ana", by="ana")
        assert state(store, a) == expected
    with pytest.raises(NotFoundError, match="nothing to redo by ana"):
        store.redo(a, "ana", by="ana")


def test_merge_split_then_two_undos_with_one_reviewer(aligned: Aligned) -> None:
    store, a, texts = aligned
    start = state(store, a)
    edit(store, a, "ana", lambda b: review.merge(b, 1, "ana"))
    merged = state(store, a)
    edit(store, a, "ana", lambda b: review.split(b, 1, 1, 0, texts, "ana"))
    assert store.undo(a, "ana", by="ana").action == "split"
    assert state(store, a) == merged
    step = store.undo(a, "ana", by="ana")
    assert step.action == "merge" and step.positions == (1, 2)
    assert state(store, a) == start
    store.redo(a, "ana", by="ana")
    assert state(store, a) == merged


def test_undo_is_refused_naming_the_bead_and_the_reviewer_who_changed_it(
    aligned: Aligned,
) -> None:
    store, a, _ = aligned
    edit(store, a, "ana", lambda b: review.edit_text(b, 2, "fr", "Texte d'Ana.", "ana"))
    edit(store, a, "ben", lambda b: review.confirm(b, 2, "ben"))
    with pytest.raises(ConflictError, match="cannot undo your edit: bead 3 was changed by ben"):
        store.undo(a, "ana", by="ana")
    assert store.beads(a)[2].reviewer == "ben"  # nothing changed


def test_another_reviewers_edit_elsewhere_does_not_block_undo(aligned: Aligned) -> None:
    store, a, _ = aligned
    before = state(store, a)[0]
    edit(store, a, "ana", lambda b: review.confirm(b, 0, "ana"))
    edit(store, a, "ben", lambda b: review.merge(b, 2, "ben"))  # shifts nothing before it
    store.undo(a, "ana", by="ana")
    assert state(store, a)[0] == before


def test_undo_of_a_merged_bead_another_reviewer_split_names_it(aligned: Aligned) -> None:
    store, a, texts = aligned
    edit(store, a, "ana", lambda b: review.merge(b, 0, "ana"))
    edit(store, a, "ben", lambda b: review.split(b, 0, 1, 1, texts, "ben"))
    with pytest.raises(ConflictError, match="bead 1 was merged, split or moved by ben"):
        store.undo(a, "ana", by="ana")


def test_a_new_edit_clears_what_could_be_redone(aligned: Aligned) -> None:
    store, a, _ = aligned
    edit(store, a, "ana", lambda b: review.confirm(b, 0, "ana"))
    store.undo(a, "ana", by="ana")
    edit(store, a, "ana", lambda b: review.reject(b, 1, "ana"))
    with pytest.raises(NotFoundError, match="nothing to redo"):
        store.redo(a, "ana", by="ana")


def test_redo_is_refused_when_another_reviewer_changed_the_restored_beads(
    aligned: Aligned,
) -> None:
    store, a, _ = aligned
    edit(store, a, "ana", lambda b: review.edit_text(b, 1, "fr", "Nouveau.", "ana"))
    store.undo(a, "ana", by="ana")
    edit(store, a, "ben", lambda b: review.confirm(b, 1, "ben"))
    with pytest.raises(ConflictError, match="cannot redo your edit: bead 2 was changed by ben"):
        store.redo(a, "ana", by="ana")
    assert store.beads(a)[1].fr_text == FR[1]


def test_an_editor_holding_a_bead_from_before_an_undo_is_refused(aligned: Aligned) -> None:
    store, a, _ = aligned
    edit(store, a, "ana", lambda b: review.confirm(b, 0, "ana"))
    seen = store.beads(a)
    store.undo(a, "ana", by="ana")
    with pytest.raises(ConflictError, match="bead 1 was changed by ana"):
        apply(store, a, review.reject(seen, 0, "ben"), "ben")


def test_versions_never_repeat_for_a_bead_brought_back(aligned: Aligned) -> None:
    store, a, _ = aligned
    versions: list[int] = []
    edit(store, a, "ana", lambda b: review.merge(b, 0, "ana"))
    versions.append(store.beads(a)[0].version)
    store.undo(a, "ana", by="ana")
    versions.append(store.beads(a)[0].version)
    store.redo(a, "ana", by="ana")
    versions.append(store.beads(a)[0].version)
    assert versions == sorted(set(versions))


Step = tuple[str, str, int]
STEPS = st.tuples(
    st.sampled_from(["ana", "ben"]),
    st.sampled_from(
        ["confirm", "reject", "merge", "split", "move", "insert", "edit", "undo", "redo"]
    ),
    st.integers(0, 6),
)


def _step(store: Store, a: int, texts: dict[int, str], step: Step) -> None:
    who, kind, i = step
    beads = store.beads(a)
    i = i % len(beads)
    try:
        if kind in ("undo", "redo"):
            (store.undo if kind == "undo" else store.redo)(a, who, by=who)
            return
        actions: dict[str, Callable[[], Edit]] = {
            "confirm": lambda: review.confirm(beads, i, who),
            "reject": lambda: review.reject(beads, i, who),
            "merge": lambda: review.merge(beads, i, who),
            "split": lambda: review.split(beads, i, 1, 0, texts, who),
            "move": lambda: review.move(beads, i, "fr", True, texts, who),
            "insert": lambda: review.insert_empty(beads, i, who),
            "edit": lambda: review.edit_text(beads, i, "cp", f"{who} {i}", who),
        }
        apply(store, a, actions[kind](), who)
    except (InputError, NotFoundError, ConflictError):
        pass  # an action that does not apply here, or refused: both change nothing


def _covers_once(store: Store, a: int, sentences: tuple[list[int], list[int]]) -> bool:
    beads = store.beads(a)
    fr = sorted(i for b in beads for i in b.fr)
    cp = sorted(i for b in beads for i in b.cp)
    in_order = [b.position for b in beads] == list(range(len(beads)))
    return in_order and (fr, cp) == (sorted(sentences[0]), sorted(sentences[1]))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=st.lists(STEPS, max_size=12))
def test_any_sequence_of_edits_undos_and_redos_keeps_every_sentence_in_one_bead(
    steps: list[Step],
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(str(Path(folder) / "h.db"))
        try:
            _, a, texts = aligned_pair(store)
            start = store.beads(a)
            sentences = ([i for b in start for i in b.fr], [i for b in start for i in b.cp])
            for step in steps:
                _step(store, a, texts, step)
                assert _covers_once(store, a, sentences)
            if all(who == "ana" for who, _, _ in steps):  # alone, she can undo all of it
                initial = [(b.fr, b.cp, b.fr_text, b.cp_text, b.status) for b in start]
                while True:
                    try:
                        store.undo(a, "ana", by="ana")
                    except NotFoundError:
                        break
                now = [(b.fr, b.cp, b.fr_text, b.cp_text, b.status) for b in store.beads(a)]
                assert now == initial
        finally:
            store.close()
