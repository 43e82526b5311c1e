"""The Log page: the store's audit log, newest first, a page at a time.

Every change the store keeps is an event: documents ingested, renamed, their
sentences given another kind; alignments made, imported, filled with MT,
re-aligned; each reviewer's edit, undo and redo. The review editor's history
shows one alignment's edits with their diffs; this page shows everything, or
one document's events, one line each: when, who, what, where.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import streamlit as st

from workbench.ui.common import get_store

if TYPE_CHECKING:
    from workbench.store import Store
    from workbench.store.rows import Event

PAGE_SIZE = 50
ALL = "All documents"


def log_rows(
    events: Sequence[Event], names: Mapping[int, str], languages: Mapping[int, str]
) -> list[dict[str, object]]:
    """One row per event: ``when``, ``who``, ``document`` (its name), ``to`` (the
    counterpart language of an alignment's event), ``action`` (``undone`` marked),
    ``what`` (the event's summary). ``names``: document id → name; ``languages``:
    alignment id → counterpart language."""
    return [
        {
            "when": e.at.replace("T", " "),
            "who": e.actor,
            "document": names.get(e.document_id, "") if e.document_id is not None else "",
            "to": languages.get(e.alignment_id, "") if e.alignment_id is not None else "",
            "action": f"{e.action} (undone)" if e.undone else e.action,
            "what": e.summary,
        }
        for e in events
    ]


def _languages(store: Store, document_ids: Sequence[int]) -> dict[int, str]:
    return {a.id: a.cp_lang for d in set(document_ids) for a in store.alignments(d)}


def log_page() -> None:
    store = get_store()
    names = {d.id: d.name for d in store.documents()}
    by_name = {name: doc_id for doc_id, name in names.items()}
    left, right = st.columns([3, 2])
    chosen = left.selectbox("Events of", [ALL, *sorted(by_name)], key="log_doc")
    document_id = by_name.get(str(chosen))
    if st.session_state.get("log_for") != chosen:  # another document: back to the newest
        st.session_state["log_for"], st.session_state["log_page"] = chosen, 0
    page = int(st.session_state.get("log_page", 0))
    events = store.events(limit=PAGE_SIZE + 1, document_id=document_id, offset=page * PAGE_SIZE)
    older = len(events) > PAGE_SIZE
    events = events[:PAGE_SIZE]
    newer_col, where_col, older_col = right.columns([1, 2, 1], vertical_alignment="bottom")
    if newer_col.button("← Newer", disabled=page == 0, key="log_newer"):
        st.session_state["log_page"] = page - 1
        st.rerun()
    if older_col.button("Older →", disabled=not older, key="log_older"):
        st.session_state["log_page"] = page + 1
        st.rerun()
    first = page * PAGE_SIZE
    shown = f"events {first + 1}–{first + len(events)}, newest first" if events else "no event"
    where_col.caption(shown)
    if not events:
        st.info("Nothing logged here yet: ingest, align or review to see it.")
        return
    document_ids = [e.document_id for e in events if e.document_id is not None]
    rows = log_rows(events, names, _languages(store, document_ids))
    st.dataframe(rows, hide_index=True, width="stretch", height="content")
