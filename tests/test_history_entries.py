"""The history of an alignment as a reviewer reads it: where each edit acted, what it changed.

Every entry comes from what the event logged when it was written (the beads
before and after, with their positions), on both databases.
"""

from __future__ import annotations

import pytest

from tests.test_review import aligned_pair
from workbench import review
from workbench.pipeline.alignment import apply
from workbench.store import Store
from workbench.store.history import Change

Aligned = tuple[Store, int, dict[int, str]]


@pytest.fixture
def aligned(both_store: Store) -> Aligned:
    return aligned_pair(both_store)


@pytest.mark.parametrize(
    ("before", "after", "diff"),
    [
        ("Kim a rencontré Poutine.", "Kim a vu Poutine.", "Kim a [-rencontré-] {+vu+} Poutine."),
        ("Un. ¦ Deux.", "Un. Deux.", "Un. [-¦-] Deux."),
        ("", "Hola.", "{+Hola.+}"),
        ("Même texte.", "Même texte.", "Même texte."),
    ],
    ids=["word", "merge", "filled", "same"],
)
def test_a_change_is_shown_as_a_word_level_diff(before: str, after: str, diff: str) -> None:
    assert Change("fr", before, after).diff() == diff


def test_each_entry_names_the_beads_by_position_and_shows_before_and_after(
    aligned: Aligned,
) -> None:
    store, a, _ = aligned
    apply(store, a, review.edit_text(store.beads(a), 1, "fr", "Ils ont parlé longtemps.", "ana"),
          "ana")  # fmt: skip
    apply(store, a, review.merge(store.beads(a), 2, "ana"), "ana")
    apply(store, a, review.confirm(store.beads(a), 0, "ben"), "ben")
    confirm, merge, edit, align = store.history(a, limit=4)
    assert (edit.before, edit.after) == ((2,), (2,))
    assert [c.diff() for c in edit.changes] == ["Ils ont parlé [-quatre heures.-] {+longtemps.+}"]
    assert (merge.before, merge.after, merge.positions) == ((3, 4), (3,), (3, 4))
    fr, cp = merge.changes
    assert fr.diff() == "Un accord a été signé. [-¦-] Le Kremlin est satisfait."
    assert cp.diff() == "Se firmó un acuerdo. [-¦-]"  # bead 4 had no Spanish
    assert (confirm.positions, confirm.changes, confirm.statuses) == (
        (1,),
        (),
        ("auto → confirmed",),
    )
    assert align.event.action == "align" and align.before == ()


def test_an_undo_says_which_edit_it_reverses_and_where(aligned: Aligned) -> None:
    store, a, _ = aligned
    apply(store, a, review.merge(store.beads(a), 0, "ana"), "ana")
    store.undo(a, "ana", by="ana")
    undo, merge = store.history(a, limit=2)
    assert undo.reverses == merge.event.id and merge.event.undone
    assert (undo.before, undo.after) == ((1,), (1, 2))  # the merged bead 1 back into 1 and 2
    assert undo.changes[0].diff() == "Kim a rencontré Poutine. {+¦+} Ils ont parlé quatre heures."
