"""U undoes the edit the page showed as the reviewer's latest, or nothing: a second window
of the same reviewer may edit (or undo) between the page's view and its U, on both databases."""

from __future__ import annotations

import pytest

from tests.parallel_fixture import store_parallel
from tests.test_app_editor import BEADS, context, event
from tests.test_history import Aligned, edit, state
from tests.test_review import aligned_pair
from workbench import review
from workbench.model import Status
from workbench.store import Store
from workbench.store.undo_scope import UndoOutdated
from workbench.ui import editor
from workbench.ui.undoing import SeenEdits


@pytest.fixture
def aligned(both_store: Store) -> Aligned:
    return aligned_pair(both_store)


def test_another_windows_edit_between_the_view_and_u_is_not_undone(aligned: Aligned) -> None:
    store, a, _ = aligned
    edit(store, a, "ana", lambda b: review.confirm(b, 0, "ana"))
    seen = store.latest_edit(a, "ana")  # what the first window shows as ana's latest
    edit(store, a, "ana", lambda b: review.edit_text(b, 2, "fr", "Autre.", "ana"))  # window 2
    before = state(store, a)
    with pytest.raises(UndoOutdated) as refused:
        store.undo(a, "ana", by="ana", latest=seen)
    assert str(refused.value) == (
        "your edit at bead 3 made in another window is later than the edit this page "
        "showed: look at it, then press U again"
    )
    assert "\n" not in str(refused.value)
    assert state(store, a) == before  # nothing written
    assert store.latest_edit(a, "ana") == refused.value.event
    # the page now shows that edit: U undoes it, the text first, then the confirm
    store.undo(a, "ana", by="ana", latest=refused.value.event)
    assert state(store, a)[2][2] != "Autre."
    assert state(store, a)[0][4] == "confirmed"


@pytest.mark.parametrize("first_edit", [True, False], ids=["an-edit-seen", "none-seen"])
def test_the_page_seeing_no_later_edit_undoes_as_before(aligned: Aligned, first_edit: bool) -> None:
    store, a, _ = aligned
    if first_edit:
        edit(store, a, "ana", lambda b: review.confirm(b, 1, "ana"))
    edit(store, a, "ben", lambda b: review.confirm(b, 0, "ben"))  # another reviewer's: not ana's
    seen = store.latest_edit(a, "ana")
    assert (seen != 0) is first_edit
    if first_edit:
        store.undo(a, "ana", by="ana", latest=seen)
        assert state(store, a)[1][4] != "confirmed"
    else:  # nothing shown, nothing to undo: found so, not refused as outdated
        with pytest.raises(Exception, match="nothing to undo by ana"):
            store.undo(a, "ana", by="ana", latest=seen)


def test_an_edit_undone_in_another_window_is_not_followed_by_the_one_before(
    aligned: Aligned,
) -> None:
    store, a, _ = aligned
    edit(store, a, "ana", lambda b: review.confirm(b, 0, "ana"))
    edit(store, a, "ana", lambda b: review.confirm(b, 1, "ana"))
    seen = store.latest_edit(a, "ana")
    store.undo(a, "ana", by="ana")  # window 2 undoes the confirm of bead 2
    before = state(store, a)
    with pytest.raises(UndoOutdated, match=r"undone in another window \(your latest is now "
                       r"your confirm at bead 1\): look at it"):  # fmt: skip
        store.undo(a, "ana", by="ana", latest=seen)
    assert state(store, a) == before


def test_the_editor_answers_an_outdated_u_in_one_line_and_the_next_u_undoes(
    both_store: Store,
) -> None:
    """What the page sends: U carries ``latest``, the edit id the page last received."""
    store = both_store
    a = store_parallel(store, "doc", BEADS).id
    ctx = context(store, a)
    assert editor.perform(event(store, a, "confirm", 0, [0]), ctx).ok
    shown = store.latest_edit(a, "ana")
    assert editor.perform(event(store, a, "reject", 1, [1], seq=2), ctx).ok  # another tab
    u = {"client": "c1", "seq": 3, "action": "undo", "latest": shown}
    refused = editor.perform(u, ctx)
    assert not refused.ok and refused.message.startswith("Not undone: your reject at bead 2")
    assert "\n" not in refused.message and store.beads(a)[1].status is Status.REJECTED
    again = editor.perform({**u, "seq": 4, "latest": store.latest_edit(a, "ana")}, ctx)
    assert again.ok and store.beads(a)[1].status is not Status.REJECTED


def test_the_page_sends_as_latest_only_an_edit_it_opened_with_made_or_named(
    aligned: Aligned,
) -> None:
    """app22c: the page sent the reviewer's latest edit as of every rerun, so an edit of
    another window that reached it only with a refresh was undone at once. What a page sends
    (`SeenEdits`) moves to an edit it opened with, made, or named in a refusal."""
    store, a, _ = aligned
    start = state(store, a)[0][4]  # the status every bead starts with

    def top() -> int:
        return store.latest_edit(a, "ana")

    edit(store, a, "ana", lambda b: review.confirm(b, 0, "ana"))  # before the page opened
    page = SeenEdits(store.revision(a))
    opened_with = top()
    assert page.latest(top()) == opened_with
    before = top()
    edit(store, a, "ana", lambda b: review.confirm(b, 1, "ana"))  # this page's confirm
    page.note(before, top(), None)
    mine = top()
    assert page.latest(top()) == mine
    edit(store, a, "ana", lambda b: review.edit_text(b, 2, "fr", "Autre.", "ana"))  # window 2
    assert page.latest(top()) == mine  # reached the page only with a refresh
    with pytest.raises(UndoOutdated) as refused:
        store.undo(a, "ana", by="ana", latest=page.latest(top()))
    page.note(top(), top(), refused.value.event)  # named on screen
    assert page.latest(top()) == refused.value.event
    before = top()
    store.undo(a, "ana", by="ana", latest=page.latest(top()))  # window 2's edit, once named
    page.note(before, top(), None)
    assert page.latest(top()) == mine  # this page's undo went back to it
    store.undo(a, "ana", by="ana")  # window 2 undoes this page's confirm
    assert top() == opened_with
    assert page.latest(top()) == mine  # not followed down: the store says it was undone
    with pytest.raises(UndoOutdated, match="undone in another window") as refused:
        store.undo(a, "ana", by="ana", latest=page.latest(top()))
    page.note(top(), top(), refused.value.event)
    assert page.latest(top()) == opened_with
    store.undo(a, "ana", by="ana", latest=page.latest(top()))
    assert [row[4] for row in state(store, a)[:2]] == [start, start]  # every edit undone
