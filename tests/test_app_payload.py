"""What the Review page hands its editor from one rerun to the next, driven through AppTest.

The server notes what it sent when it computes a payload, not when the browser has it
(a payload can be lost on its way: tests/test_browser_dropped.py). So what the browser
needs again it asks for through the component's state, and the next payload brings it:
the whole text (``want_full``), the texts the server keeps for the reviewer's name
(``want_unsaved``). An ask counts once: the same value again brings nothing more.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT
from tests.parallel_fixture import store_parallel
from tests.test_browser_offline import SMALL
from workbench.model import UnsavedText
from workbench.store import Store
from workbench.ui.review import KEY, received


@pytest.fixture
def page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppTest]:
    """ana's Review page of a five-bead text, and a text ben's laptop keeps on bead 2."""
    db = tmp_path / "payload.db"
    store = Store.open(str(db))
    alignment = store_parallel(store, "doc", SMALL, cp_lang="es")
    bead = store.beads(alignment.id)[1]
    typed = UnsavedText(alignment.id, bead.id, "ben", bead.version, bead.fr_text, bead.cp_text,
                        "Tapé par ben.", bead.cp_text, 1, "laptop")  # fmt: skip
    store.note_unsaved("ben", "laptop", [typed], [])
    store.close()
    monkeypatch.setenv("WORKBENCH_DB", str(db))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params.update({"page": "review", "doc": "doc", "to": "es", "reviewer": "ana"})
    yield at


def rerun(at: AppTest, **state: Any) -> dict[str, Any]:
    """The payload of one more run, the component's state set to ``state`` first (if any)."""
    if state:
        at.session_state[KEY] = state
    at.run()
    assert not at.exception, at.exception
    (component,) = at.get("bidi_component")
    return received(component.proto.bytes)


def test_the_whole_text_goes_once_then_again_each_time_the_page_asks(page: AppTest) -> None:
    first = rerun(page)
    assert len(first["beads"]) == len(SMALL) and first["patch"] is None
    again = rerun(page)  # taken as held: a page that did not get it sees the revision only
    assert (again["beads"], again["patch"], again["revision"]) == (None, None, first["revision"])
    assert len(rerun(page, want_full="1:5:1")["beads"]) == len(SMALL)
    assert rerun(page, want_full="1:5:1")["beads"] is None  # the same ask: answered already
    assert len(rerun(page, want_full="1:5:2")["beads"]) == len(SMALL)


def test_the_texts_kept_for_a_name_go_with_the_first_payload_naming_it_and_when_asked(
    page: AppTest,
) -> None:
    assert rerun(page)["unsaved"] == []  # ana has none
    page.session_state["reviewer"] = "ben"
    named = rerun(page)
    assert [u["fr"] for u in named["unsaved"]] == ["Tapé par ben."]
    assert rerun(page)["unsaved"] is None  # taken as held
    asked = rerun(page, want_unsaved="1:ben:1")  # the page never got them: it asks
    assert [(u["fr"], u["t"]) for u in asked["unsaved"]] == [("Tapé par ben.", "laptop")]
    assert asked["beads"] is None  # the rows are not sent again for it
    assert rerun(page, want_unsaved="1:ben:1")["unsaved"] is None
    assert rerun(page, want_unsaved="1:ben:2")["unsaved"] is not None
