"""The review page's ``?bead=`` names the bead by its id, so a link shared after a
colleague restored a line above it still opens that bead; an old link's number is read
as a row as before (`workbench.ui.links`), on both databases."""

from __future__ import annotations

from functools import partial

import pytest

from tests.test_history import Aligned, edit
from tests.test_review import aligned_pair
from workbench import review
from workbench.store import Store
from workbench.ui.links import bead_link, start_row


@pytest.fixture
def aligned(both_store: Store) -> Aligned:
    return aligned_pair(both_store)


def test_a_link_follows_its_bead_past_a_line_restored_above_and_into_a_merge(
    aligned: Aligned,
) -> None:
    store, a, _ = aligned
    third = store.beads(a)[2]
    link = bead_link(third)
    assert link == f"b{third.id}"

    def opens(value: str) -> int:
        return start_row(value, store.beads(a), partial(store.logged_sentences, a))

    assert opens(link) == opens("3") == 3
    edit(store, a, "ben", lambda b: review.insert_empty(b, 0, "ben"))  # a line above it
    assert opens(link) == 4 and store.beads(a)[3].id == third.id
    assert store.beads(a)[2].id != third.id  # where the row number now points
    edit(store, a, "ben", lambda b: review.merge(b, 3, "ben"))  # merged with the next
    assert third.id not in {b.id for b in store.beads(a)}
    assert opens(link) == 4  # the bead now holding its first sentence
    assert third.fr[0] in store.beads(a)[3].fr


@pytest.mark.parametrize(
    ("value", "row"),
    [
        ("4", 4),  # an old link: the row
        ("0", 1),
        ("b{second}", 2),
        ("b999999", 1),  # a bead no event of this alignment names
        ("bead", 1),
        ("", 1),
        (" b{second} ", 2),
    ],
)
def test_what_a_bead_parameter_opens(aligned: Aligned, value: str, row: int) -> None:
    store, a, _ = aligned
    beads = store.beads(a)
    value = value.format(second=beads[1].id)
    assert start_row(value, beads, partial(store.logged_sentences, a)) == row
