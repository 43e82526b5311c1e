"""Unsaved texts kept by the server: one per reviewer, alignment and bead, never a bead change."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from workbench.model import BeadDraft, InputError, Kind, Sentence, Status, UnsavedText
from workbench.store import Store


@pytest.fixture
def store(both_store: Store) -> Store:
    """Every test here runs on SQLite and on PostgreSQL."""
    return both_store


def _aligned(store: Store) -> int:
    sentences = [Sentence(f"Phrase {i}.", Kind.BODY, "fr", i) for i in range(3)]
    doc = store.store_file(
        name="doc", path="/corpus/doc.txt", lang="fr", encoding="utf-8",
        sha256="d".ljust(64, "0"), size=10, sentences=sentences,
    ).document.id  # fmt: skip
    beads = [
        BeadDraft((i,), (), f"Phrase {i}.", "", 0.5, Status.AUTO, "auto:test") for i in range(3)
    ]
    return store.save_alignment(
        doc_id=doc, version=1, counterpart=None, fr_lang="fr", cp_lang="es",
        aligner="test", beads=beads,
    ).id  # fmt: skip


def _typed(alignment_id: int, bead_id: int, who: str, fr: str, at: int) -> UnsavedText:
    return UnsavedText(alignment_id, bead_id, who, 7, "Phrase 0.", "", fr, "", at)


def test_the_newest_unsaved_text_of_each_reviewer_and_bead_is_kept_and_no_bead_changes(
    store: Store,
) -> None:
    aid = _aligned(store)
    first = store.beads(aid)[0]
    before = (store.beads(aid), len(store.history(aid, limit=100)))
    store.keep_unsaved([_typed(aid, first.id, "ana", "Phrase zéro", 1_764_000_000_000)])
    store.keep_unsaved([_typed(aid, first.id, "ana", "Phrase zéro.", 1_764_000_000_500)])
    store.keep_unsaved([_typed(aid, first.id, "ben", "La phrase 0.", 1_764_000_000_100)])
    # a copy typed earlier and sent late (a queued event) never replaces the newer one
    store.keep_unsaved([_typed(aid, first.id, "ana", "Phrase", 1_764_000_000_200)])
    newest = _typed(aid, first.id, "ana", "Phrase zéro.", 1_764_000_000_500)
    assert store.unsaved("ana", [aid]) == [newest]
    assert [t.fr for t in store.unsaved("ben", [aid])] == ["La phrase 0."]
    assert (store.beads(aid), len(store.history(aid, limit=100))) == before
    store.drop_unsaved([(aid, first.id, "ana", "")])
    assert store.unsaved("ana", [aid]) == []
    assert [t.fr for t in store.unsaved("ben", [aid])] == ["La phrase 0."]


def test_a_text_typed_on_a_bead_gone_since_is_kept_until_dropped(store: Store) -> None:
    """A bead merged away has no row any more; the text typed on it waits to be put back."""
    aid = _aligned(store)
    gone = max(b.id for b in store.beads(aid)) + 100
    store.keep_unsaved([_typed(aid, gone, "ana", "Texte orphelin.", 1)])
    assert [(t.bead_id, t.fr) for t in store.unsaved("ana", [aid])] == [(gone, "Texte orphelin.")]
    assert store.unsaved("ana", [aid + 1]) == [] and store.unsaved("", [aid]) == []


def test_an_unsaved_text_the_database_cannot_hold_is_refused_by_name(store: Store) -> None:
    aid = _aligned(store)
    bad = dataclasses.replace(_typed(aid, 1, "ana", "x", 1), fr="a\x00b")
    with pytest.raises(InputError, match="French text holds a NUL"):
        store.keep_unsaved([bad])
    with store.engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM unsaved_texts")) == 0


def test_two_tabs_of_one_reviewer_keep_a_text_each_and_a_save_in_one_drops_only_its_own(
    store: Store,
) -> None:
    """newcomer17b: tab 1 typed the French, tab 2 the counterpart of one bead; tab 1 saved
    and the one row went, with tab 2's text in it. Each tab keeps its own row."""
    aid = _aligned(store)
    first = store.beads(aid)[0]
    tab1 = dataclasses.replace(_typed(aid, first.id, "ana", "Phrase 0 [tab1].", 1), client="t1")
    tab2 = dataclasses.replace(
        _typed(aid, first.id, "ana", "Phrase 0.", 2), cp="Sentence 0 [tab2].", client="t2"
    )
    store.keep_unsaved([tab1])
    store.keep_unsaved([tab2])  # typed later, in another tab: beside tab 1's, not over it
    assert store.unsaved("ana", [aid]) == [tab1, tab2]
    store.drop_unsaved([(aid, first.id, "ana", "t1")])  # tab 1 saved
    assert store.unsaved("ana", [aid]) == [tab2]


def test_a_tab_is_heard_from_by_the_texts_it_sends_and_its_beats_and_only_its_rows_say_so(
    store: Store,
) -> None:
    """newcomer18b: a page opened in another browser took the text of a tab still open, as
    nothing on the server told an open tab from a closed one. A tab's rows say when it was
    last heard from; a beat of one tab leaves another tab's rows as old as they were."""
    aid = _aligned(store)
    first, second = store.beads(aid)[:2]
    store.keep_unsaved([
        dataclasses.replace(_typed(aid, first.id, "ana", "Tab 1.", 1), client="t1"),
        dataclasses.replace(_typed(aid, second.id, "ana", "Tab 1 again.", 1), client="t1"),
        dataclasses.replace(_typed(aid, first.id, "ana", "Tab 2.", 2), client="t2"),
        dataclasses.replace(_typed(aid, first.id, "ben", "Ben.", 3), client="t1"),
    ])  # fmt: skip
    now = datetime.now(UTC).replace(tzinfo=None)
    assert store.tabs_heard_since("ana", now - timedelta(minutes=2)) == {"t1", "t2"}
    with store.engine.begin() as conn:  # five minutes of silence from every tab
        conn.execute(
            text("UPDATE unsaved_texts SET updated_at = :t"), {"t": now - timedelta(minutes=5)}
        )
    assert store.tabs_heard_since("ana", now - timedelta(minutes=2)) == set()
    store.heard_from("ana", "t1")
    assert store.tabs_heard_since("ana", now - timedelta(minutes=2)) == {"t1"}
    assert store.tabs_heard_since("ben", now - timedelta(minutes=2)) == set()  # ana's beat
    assert [t.fr for t in store.unsaved("ana", [aid])] == ["Tab 1.", "Tab 2.", "Tab 1 again."]


def test_one_tabs_unsaved_event_drops_keeps_and_marks_it_heard_all_or_nothing(
    store: Store,
) -> None:
    """app21: an ``unsaved`` event was three transactions (drop, keep, heard_from), the last
    added in sacred19; it is one now (bench/app_liveness.py). It does what the three did, and
    a text the database cannot hold leaves the others as they were, the tab unmarked."""
    aid = _aligned(store)
    first, second, third = store.beads(aid)
    t1 = [dataclasses.replace(_typed(aid, b.id, "ana", f"T1 {b.id}.", 1), client="t1")
          for b in (first, second, third)]  # fmt: skip
    store.keep_unsaved([*t1, dataclasses.replace(t1[0], client="t2")])
    now = datetime.now(UTC).replace(tzinfo=None)
    with store.engine.begin() as conn:  # every tab silent for five minutes
        conn.execute(
            text("UPDATE unsaved_texts SET updated_at = :t"), {"t": now - timedelta(minutes=5)}
        )
    newer = dataclasses.replace(t1[1], fr="T1 again.", typed_at=2)
    bad = dataclasses.replace(t1[2], fr="a\x00b", typed_at=3)
    with pytest.raises(InputError, match="French text holds a NUL"):
        store.note_unsaved("ana", "t1", [newer, bad], [(aid, first.id, "ana", "t1")])
    assert store.unsaved("ana", [aid]) == [t1[0], dataclasses.replace(t1[0], client="t2"), *t1[1:]]
    assert store.tabs_heard_since("ana", now - timedelta(minutes=2)) == set()
    store.note_unsaved("ana", "t1", [newer], [(aid, first.id, "ana", "t1")])
    assert [(t.bead_id, t.client, t.fr) for t in store.unsaved("ana", [aid])] == [
        (first.id, "t2", t1[0].fr), (second.id, "t1", "T1 again."), (third.id, "t1", t1[2].fr),
    ]  # fmt: skip
    assert store.tabs_heard_since("ana", now - timedelta(minutes=2)) == {"t1"}
    store.note_unsaved("ana", "t2", [], [])  # a beat
    assert store.tabs_heard_since("ana", now - timedelta(minutes=2)) == {"t1", "t2"}
