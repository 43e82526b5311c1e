"""Reshaping a bead (split, move) never rebuilds text a reviewer typed from the sentences.

Found by the session 14 newcomer in the browser (N1): a saved correction was
replaced by the ingested sentence, silently, when the reviewer then split the
bead or moved a sentence into or out of it; undo brought it back. A typed
text is not made of its sentences any more, so where they stand in it is
unknown: it goes whole to one bead, a moved sentence is added to it, and a
cut inside it (or a sentence taken out of it) is refused with nothing changed.
Every test runs on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import pytest

from tests.test_review import ES, FR, aligned_pair
from workbench import review
from workbench.model import InputError, StoredBead
from workbench.pipeline.alignment import apply
from workbench.store import Store

TYPED = "Kim a vu Poutine, dit l'agence."


@pytest.fixture
def store(both_store: Store) -> Store:
    return both_store


def _texts(beads: list[StoredBead]) -> list[tuple[str, str]]:
    return [(b.fr_text, b.cp_text) for b in beads]


def test_moving_a_sentence_into_a_bead_keeps_both_of_its_typed_sides(store: Store) -> None:
    store, a, texts = aligned_pair(store)
    apply(store, a, review.edit_text(store.beads(a), 1, "fr", TYPED, "ana"), "ana")
    apply(store, a, review.edit_text(store.beads(a), 1, "cp", "Hablaron horas.", "ana"), "ana")

    # The French of bead 1 goes down into bead 2, whose French and counterpart were typed.
    apply(store, a, review.move(store.beads(a), 0, "fr", True, texts, "ben"), "ben")

    assert _texts(store.beads(a))[:2] == [("", ES[0]), (f"{FR[0]} {TYPED}", "Hablaron horas.")]


def test_moving_a_sentence_out_keeps_the_other_sides_typing(store: Store) -> None:
    store, a, texts = aligned_pair(store)
    apply(store, a, review.merge(store.beads(a), 0, "ana"), "ana")
    apply(
        store, a, review.edit_text(store.beads(a), 0, "cp", "Kim y Putin hablaron.", "ana"), "ana"
    )

    apply(store, a, review.move(store.beads(a), 0, "fr", True, texts, "ana"), "ana")

    assert _texts(store.beads(a))[:2] == [
        (FR[0], "Kim y Putin hablaron."),
        (f"{FR[1]} {FR[2]}", ES[2]),
    ]


def test_a_sentence_is_never_moved_out_of_a_typed_side(store: Store) -> None:
    store, a, texts = aligned_pair(store)
    apply(store, a, review.merge(store.beads(a), 0, "ana"), "ana")
    apply(store, a, review.edit_text(store.beads(a), 0, "fr", TYPED, "ana"), "ana")
    before = _texts(store.beads(a))

    with pytest.raises(InputError, match=r"typed by a reviewer.*nothing was changed"):
        review.move(store.beads(a), 0, "fr", True, texts, "ana")
    assert _texts(store.beads(a)) == before


def test_a_split_between_the_sentences_of_a_typed_side_is_refused(store: Store) -> None:
    """The newcomer's steps: save a correction, merge with the next bead, split again."""
    store, a, texts = aligned_pair(store)
    apply(store, a, review.edit_text(store.beads(a), 0, "fr", TYPED, "ana"), "ana")
    apply(store, a, review.merge(store.beads(a), 0, "ana"), "ana")
    before = _texts(store.beads(a))
    assert before[0][0] == f"{TYPED} {FR[1]}"

    with pytest.raises(InputError, match="French text was typed by a reviewer"):
        review.split(store.beads(a), 0, 1, 1, texts, "ana")
    with pytest.raises(InputError, match="typed by a reviewer"):
        review.split_at_caret(store.beads(a), 0, {"cp": len(ES[0])}, {"fr": 1}, texts, "ana")
    assert _texts(store.beads(a)) == before


def test_a_split_at_the_caret_cuts_the_typing_where_the_reviewer_put_it(store: Store) -> None:
    store, a, texts = aligned_pair(store)
    apply(store, a, review.merge(store.beads(a), 0, "ana"), "ana")
    apply(
        store, a, review.edit_text(store.beads(a), 0, "cp", "Kim y Putin. Hablaron.", "ana"), "ana"
    )

    # The caret in the typed counterpart; the French cut after its first sentence.
    edit = review.split_at_caret(
        store.beads(a), 0, {"cp": len("Kim y Putin.")}, {"fr": 1}, texts, "ana"
    )
    apply(store, a, edit, "ana")

    assert _texts(store.beads(a))[:2] == [(FR[0], "Kim y Putin."), (FR[1], "Hablaron.")]


def test_a_split_keeps_a_typed_side_whole_on_the_bead_that_keeps_its_sentences(
    store: Store,
) -> None:
    store, a, texts = aligned_pair(store)
    apply(store, a, review.merge(store.beads(a), 0, "ana"), "ana")
    apply(
        store, a, review.edit_text(store.beads(a), 0, "cp", "Kim y Putin hablaron.", "ana"), "ana"
    )

    # Every counterpart sentence stays with the first bead: the typing goes with them.
    apply(store, a, review.split(store.beads(a), 0, 1, 2, texts, "ana"), "ana")

    assert _texts(store.beads(a))[:2] == [(FR[0], "Kim y Putin hablaron."), (FR[1], "")]


def test_a_post_edit_survives_its_french_sentence_moving_away(store: Store) -> None:
    """Bead 4 ("Le Kremlin…") has no counterpart: fill it, post-edit it, move its French."""
    store, a, texts = aligned_pair(store)
    fill = review.fill_with(
        store.beads(a), 3, "El Kremlin, satisfecho.", "mt:apertium:fr-es", "ana"
    )
    apply(store, a, fill, "ana")
    post_edit = review.edit_text(store.beads(a), 3, "cp", "El Kremlin está satisfecho.", "ana")
    apply(store, a, post_edit, "ana")

    apply(store, a, review.move(store.beads(a), 3, "fr", True, texts, "ana"), "ana")

    beads = store.beads(a)
    assert ("", "El Kremlin está satisfecho.") in _texts(beads)
    kept = next(b for b in beads if b.cp_text == "El Kremlin está satisfecho.")
    assert kept.origin.startswith("postedit:")


def test_a_raw_mt_draft_is_the_engines_and_never_becomes_a_reviewers_text(store: Store) -> None:
    store, a, texts = aligned_pair(store)
    fill = review.fill_with(
        store.beads(a), 3, "El Kremlin, satisfecho.", "mt:apertium:fr-es", "ana"
    )
    apply(store, a, fill, "ana")

    apply(store, a, review.move(store.beads(a), 3, "fr", True, texts, "ana"), "ana")

    beads = store.beads(a)
    assert all("satisfecho" not in b.cp_text for b in beads)
    assert beads[3].fr_text == f"{FR[3]} {FR[4]}" and beads[3].cp_text == ES[3]
