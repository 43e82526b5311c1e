"""A colleague's save over a reviewer's saved text is said on the reviewer's page at their
next action (`workbench.ui.replaced`).

newcomer42 7: ana saved bead 3, ben's save was refused and he chose Keep mine; ana's open
page went on showing her text as the stored one, and no line told her at any time (only
`workbench history` kept it). The page's events are handled as the Review page does
(`review._on_events`, Streamlit in bare mode: no browser), the rows sent as it sends them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import streamlit as st

from tests.parallel_fixture import store_parallel
from tests.test_browser_offline import SMALL
from workbench import review as reviewing
from workbench.model import Alignment
from workbench.pipeline.alignment import apply
from workbench.store import Store
from workbench.ui import review
from workbench.ui.common import snapshot
from workbench.ui.review_rows import beads_data

ANA = "Le texte d'ana, enregistré."
BEN = "Le texte de ben, gardé par « Keep mine »."


@pytest.fixture
def page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Store, Alignment]]:
    """ana's Review page of a small text (this test's session state, emptied after)."""
    db = tmp_path / "replaced.db"
    store = Store.open(str(db))
    alignment = store_parallel(store, "doc", SMALL, cp_lang="es")
    monkeypatch.setenv("WORKBENCH_DB", str(db))
    st.session_state.clear()
    st.session_state["reviewer"] = "ana"
    yield store, alignment
    st.session_state.clear()
    store.close()


def act(store: Store, alignment: Alignment, seq: int, action: str, pos: int, **more: Any) -> str:
    """ana's page sends one event and gets its rows, as a rerun does: the message shown."""
    beads = store.beads(alignment.id)
    event = {
        "client": "c1", "seq": seq, "action": action, "pos": pos, "id": beads[pos].id,
        "seen": [[beads[pos].id, beads[pos].version]], "alignment": alignment.id, **more,
    }  # fmt: skip
    st.session_state[review.KEY] = {"outbox": [event]}
    review._on_events(alignment)
    state = review._state(alignment.id)
    beads_data(store, alignment, snapshot(store, alignment.id), state, None)
    return str(state["results"][-1]["message"])


def ben_keeps_his(store: Store, alignment: Alignment, pos: int) -> None:
    edit = reviewing.edit_text(store.beads(alignment.id), pos, "fr", BEN, "ben")
    apply(store, alignment.id, edit, "ben")


def test_a_colleagues_save_over_my_text_is_said_with_my_next_action(
    page: tuple[Store, Alignment],
) -> None:
    store, alignment = page
    assert act(store, alignment, 1, "save", 2, fr=ANA) == "Saved bead 3."
    ben_keeps_his(store, alignment, 2)
    said = act(store, alignment, 2, "confirm", 0)
    assert said == (
        f"Confirmed bead 1. ben replaced the text you saved on bead 3: its French now reads "
        f"“{BEN}” (`workbench history` keeps yours)."
    )
    assert act(store, alignment, 3, "confirm", 1) == "Confirmed bead 2."  # said once


def test_with_no_action_of_mine_to_carry_it_the_line_comes_alone(
    page: tuple[Store, Alignment],
) -> None:
    """A text kept as the reviewer types (an ``unsaved`` event) has no message of its own:
    the line is a result of its own, which the page shows once (a seq below 0: its own
    events' are above)."""
    store, alignment = page
    assert act(store, alignment, 1, "save", 2, fr=ANA) == "Saved bead 3."
    ben_keeps_his(store, alignment, 2)
    act(store, alignment, 2, "unsaved", 0, keep=[], drop=[])
    [told] = [r for r in review._state(alignment.id)["results"] if r["action"] == "replaced"]
    assert told["client"] == "c1" and told["seq"] < 0 and not told["ok"]
    assert str(told["message"]).startswith("ben replaced the text you saved on bead 3:")


def test_my_own_undo_back_to_a_colleagues_text_is_not_said_as_theirs(
    page: tuple[Store, Alignment],
) -> None:
    store, alignment = page
    ben_keeps_his(store, alignment, 2)
    act(store, alignment, 1, "confirm", 0)  # the page has ben's text
    assert act(store, alignment, 2, "save", 2, fr=ANA) == "Saved bead 3."
    undone = act(store, alignment, 3, "undo", 2)
    assert "replaced" not in undone and store.beads(alignment.id)[2].fr_text == BEN
    assert act(store, alignment, 4, "confirm", 1) == "Confirmed bead 2."
