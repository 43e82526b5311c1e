"""The Log page: the whole store's audit log, newest first, a page of 50 at a time.

Every event shows: ingests, renames, kind changes, alignments, each
reviewer's edits and undos, with who did it and to which document. The
store reads one page at a time (``Store.events(offset=…)``), of everything or
of one document. Headless through AppTest; the store's paging on both databases.
"""

from __future__ import annotations

from collections.abc import Hashable
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT
from tests.parallel_fixture import gold_beads, store_parallel
from workbench import review
from workbench.model import Kind
from workbench.pipeline.alignment import apply
from workbench.store import Store
from workbench.ui.log import PAGE_SIZE
from workbench.ui.review import received

CONFIRMED = 55  # more edits than a page holds


def _history(store: Store) -> None:
    """``minutes`` (ingest, align, 55 confirms, an undo, a kind change, a rename), then
    ``other`` (ingest, align): 62 events, ``other``'s newest."""
    aid = store_parallel(store, "minutes", gold_beads(CONFIRMED), cp_lang="de").id
    for i in range(CONFIRMED):
        apply(store, aid, review.confirm(store.beads(aid), i, "ana"), "ana")
    store.undo(aid, "ben", by="ana")
    alignment = store.alignment(aid)
    first = store.segments(alignment.doc_id, alignment.version)[0]
    store.set_segment_kinds(
        alignment.doc_id, alignment.version, [first.id], Kind.BOILERPLATE, actor="ben"
    )
    store.rename_document(alignment.doc_id, "minutes-2026", actor="carla")
    store_parallel(store, "other", gold_beads(2), cp_lang="de")


def test_the_store_reads_its_log_a_page_at_a_time(both_store: Store) -> None:
    _history(both_store)
    everything = both_store.events(limit=1000)
    assert len(everything) == CONFIRMED + 7
    pages = [both_store.events(limit=20, offset=k) for k in range(0, len(everything), 20)]
    assert [e for page in pages for e in page] == everything
    minutes = both_store.document("minutes-2026").id
    own = both_store.events(limit=1000, document_id=minutes)
    assert own == [e for e in everything if e.document_id == minutes]
    assert [e.action for e in own[:4]] == ["rename", "kind", "undo", "confirm"]
    assert own[-2:][0].action == "align" and own[-1].action == "ingest"


@pytest.fixture
def logged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    db = tmp_path / "log.db"
    store = Store.open(str(db))
    _history(store)
    store.close()
    monkeypatch.setenv("WORKBENCH_DB", str(db))
    return db


def _rows(at: AppTest) -> list[dict[Hashable, object]]:
    assert not at.exception, at.exception
    return list(at.dataframe[0].value.to_dict("records"))


def test_the_log_page_shows_every_event_newest_first_and_pages_back(logged: Path) -> None:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params["page"] = "log"
    at.run()
    first = _rows(at)
    assert len(first) == PAGE_SIZE
    assert [(r["who"], r["document"], r["action"]) for r in first[:5]] == [
        ("test", "other", "align"),
        ("test", "other", "ingest"),
        ("carla", "minutes-2026", "rename"),
        ("ben", "minutes-2026", "kind"),
        ("ben", "minutes-2026", "undo"),
    ]
    assert first[2]["what"] == "minutes → minutes-2026"
    assert first[5]["action"] == "confirm (undone)"  # ana's last confirm, undone by ben
    assert first[0]["to"] == "de" and first[2]["to"] == ""  # a rename is not an alignment's
    assert "events 1–50" in at.caption[0].value
    at.button(key="log_older").click().run()
    rest = _rows(at)
    assert len(rest) == CONFIRMED + 7 - PAGE_SIZE
    assert [r["action"] for r in rest[-2:]] == ["align", "ingest"]
    assert at.button(key="log_older").disabled
    at.button(key="log_newer").click().run()
    assert _rows(at) == first


def test_the_log_of_one_document_leaves_the_others_out(logged: Path) -> None:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params["page"] = "log"
    at.run()
    at.selectbox(key="log_doc").set_value("other").run()
    rows = _rows(at)
    assert [(r["document"], r["action"]) for r in rows] == [("other", "align"), ("other", "ingest")]
    assert at.button(key="log_older").disabled and at.button(key="log_newer").disabled


@pytest.mark.parametrize(
    ("page", "asked"),
    [("log", False), ("export", False), ("review", True), ("corpus", True)],
)
def test_the_name_is_asked_for_only_where_changes_are_signed(
    logged: Path, page: str, asked: bool
) -> None:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params["page"] = page
    at.run()
    assert not at.exception, at.exception
    if page == "review":  # no sidebar: the editor's head asks (tests/test_browser_app.py)
        (component,) = at.get("bidi_component")
        assert received(component.proto.bytes)["can_edit"] is False
    else:
        assert bool(at.sidebar.warning) is asked
