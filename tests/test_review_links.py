"""The review page's ``?bead=`` names the bead by its id, so a link shared after a
colleague restored a line above it still opens that bead; an old link's number is read
as a row as before (`workbench.ui.links`), on both databases."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from tests.test_history import Aligned, edit
from tests.test_review import aligned_pair
from workbench import review
from workbench.store import Store
from workbench.ui.links import Opening, bead_link, earlier_bead, opening, start_row


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


def _carried(store: Store, alignment_id: int) -> list[tuple[int, dict[str, int]]]:
    """The earlier versions' bead ids → this alignment's, as the page reads them."""
    from workbench.pipeline.alignment import carried_into

    found = carried_into(store, store.alignment(alignment_id))
    return [(aid, {str(old): new for old, new in ids.items()}) for aid, ids in found.items()]


def test_a_link_to_a_bead_of_the_files_earlier_version_opens_its_text_and_says_so(
    both_store: Store, tmp_path: Path
) -> None:
    """app22c: a link shared before the file was read again named a bead id the new version
    does not have, and the page opened row 1 without a word. It opens where the bead came
    over, else the nearest bead holding its text, else its old place, and says so."""
    from tests.test_app_editor import context
    from tests.test_kinds_carried import _aligned, _new_version
    from workbench.pipeline.alignment import align_document, alignment_for
    from workbench.ui import editor

    store = both_store
    page = _aligned(store, tmp_path)
    first = alignment_for(store, "crues", "es").id
    old = store.beads(first)
    confirm = {"client": "c1", "seq": 1, "action": "confirm", "pos": 0, "id": old[0].id,
               "seen": [[old[0].id, old[0].version]]}  # fmt: skip
    assert editor.perform(confirm, context(store, first, "claire")).ok
    _new_version(store, page)  # the last sentence changed
    second = align_document(store, "crues", "es").alignment.id
    edit(store, second, "ben", lambda b: review.merge(b, 1, "ben"))  # beads 2 and 3 here: one
    # the last bead's Spanish, which the file kept, rewritten here: neither side is left
    edit(store, second, "ben", lambda b: review.edit_text(b, len(b) - 1, "cp", "Otra.", "ben"))
    now = store.beads(second)
    assert not {b.id for b in old} & {b.id for b in now}

    def opens(value: str) -> Opening:
        earlier = partial(earlier_bead, store.beads, _carried(store, second))
        return opening(value, now, partial(store.logged_sentences, second), earlier)

    said = "is no longer in this version of the document: opened bead"
    last = min(old[-1].position, len(now) - 1) + 1
    for bead, row, why in [
        (old[1], 2, "which holds its text"),  # merged here with the next one
        (old[2], 2, "which holds its text"),
        (old[-1], last, "at its old place: its text is not in this version"),
    ]:
        named = f"The link's bead (bead {bead.position + 1} of an earlier version)"
        assert opens(bead_link(bead)) == (row, f"{named} {said} {row}, {why}.")
    # claire's confirmed bead, carried over: in this version, not "no longer" (newcomer42 10d)
    assert opens(bead_link(old[0])) == (
        1, "The link's bead (bead 1 of an earlier version) came over to this version as bead "
        "1: opened it.",
    )  # fmt: skip
    assert opens("b999999") == (
        1, "The link's bead (b999999) is not in this document: opened bead 1."
    )  # fmt: skip
    assert opens(bead_link(now[2])) == (3, "")  # a bead of this version: no word
    assert opens("3") == (3, "")
