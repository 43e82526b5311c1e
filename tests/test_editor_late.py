"""An event made before the page heard from this server session is refused, not run
(newcomer22, s7: letters typed while the server was gone ran as commands once the page
reconnected). The browser side is in tests/test_browser_offline.py."""

from __future__ import annotations

import pytest

from tests.factories import parallel_text
from tests.parallel_fixture import store_parallel
from tests.test_app_editor import context, event
from workbench.model import Status
from workbench.store import Store
from workbench.ui import editor
from workbench.ui.late import late


@pytest.mark.parametrize(
    ("action", "sent", "refused"),
    [
        ("confirm", "s-old", True),  # queued while the connection was lost
        ("merge_next", "s-old", True),
        ("undo", "s-old", True),
        ("save", "s-old", True),  # the text stays in the browser, to be saved again
        ("confirm", "s-now", False),  # made within this session
        ("unsaved", "s-old", False),  # a kept text changes no bead: kept all the same
        ("confirm", None, False),  # a page from before sessions
    ],
)
def test_an_event_from_an_earlier_session_is_refused(
    action: str, sent: str | None, refused: bool
) -> None:
    outcome = late({"client": "c", "seq": 3, "action": action, "session": sent}, "s-now")
    assert (outcome is not None) == refused
    if outcome is not None:
        assert (outcome.ok, outcome.seq, outcome.action) == (False, 3, action)
        assert outcome.message.startswith("Not done:") and "nothing changed" in outcome.message
        assert "\n" not in outcome.message


def test_confirm_and_merge_carry_the_version_seen_and_a_stale_one_is_refused(
    store: Store,
) -> None:
    """The optimistic lock a command carries, as a text save does: a bead confirmed by a
    colleague since is not merged over, and nothing is written."""
    aid = store_parallel(store, "doc", parallel_text(5)).id
    stale = event(store, aid, "merge_next", 1, [1, 2])
    assert editor.perform(event(store, aid, "confirm", 1, [1]), context(store, aid, "ana")).ok
    before = store.beads(aid)
    outcome = editor.perform({**stale, "seq": 2}, context(store, aid, "ben"))
    assert not outcome.ok and outcome.message.startswith("Not saved: bead 2 was changed by ana")
    assert store.beads(aid) == before and before[1].status is Status.CONFIRMED


def test_a_kept_text_sent_just_before_the_name_was_emptied_is_no_refusal(store: Store) -> None:
    """A draft-keeping event queued while the reviewer's name was there and run once it was
    emptied was refused with "Give your name first", which then stood in place of the line
    saying the text is kept in this tab until a name is given (a CI run under load). It
    stores nothing and says nothing; every other action without a name is refused."""
    aid = store_parallel(store, "doc", parallel_text(3)).id
    kept = {"client": "c", "seq": 4, "action": "unsaved", "keep": [], "drop": []}

    outcome = editor.perform(kept, context(store, aid, ""))
    refused = editor.perform(event(store, aid, "confirm", 1, [1]), context(store, aid, ""))

    assert (outcome.ok, outcome.message) == (True, "")
    assert store.unsaved(None, [aid]) == []
    assert (refused.ok, refused.message) == (False, "Give your name first: every edit is signed.")
    assert store.beads(aid)[1].status is Status.AUTO
