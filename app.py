"""The workbench's Streamlit app: `streamlit run app.py`.

A thin shell: `main()` picks the page, each `*_ui()` draws widgets and returns
plain values, and the library does the work. The store is named by
WORKBENCH_DB (default ./workbench.db); on first start an empty store is filled
with the sample corpus.
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import streamlit as st

from workbench import pipeline
from workbench.model import Document
from workbench.store import Store

CORPUS = Path(__file__).resolve().parent / "corpora"


@st.cache_resource
def get_store(db: str) -> Store:
    store = Store.open(db)
    if not store.documents() and CORPUS.is_dir():
        pipeline.ingest_paths(store, [CORPUS], actor="app")
    return store


def corpus_ui(store: Store) -> Document | None:
    """The document list; returns the document the user picked."""
    docs = store.documents()
    if not docs:
        st.info("No document yet: run `workbench ingest FILE` or put files in corpora/.")
        return None
    table = pd.DataFrame(
        [
            {"id": d.id, "name": d.name, "lang": d.lang, "version": d.version,
             "segments": d.segment_count}
            for d in docs
        ]
    )  # fmt: skip
    st.dataframe(table, hide_index=True, width="stretch")
    names = [d.name for d in docs]
    picked = st.selectbox("Document", names, key="doc")
    return docs[names.index(picked)] if picked else None


def segments_ui(store: Store, doc: Document) -> None:
    """A document's segments, grouped by kind, with their language."""
    segments = store.segments(doc.id)
    frame = pd.DataFrame(
        [{"#": s.index, "kind": str(s.kind), "lang": s.lang, "text": s.text} for s in segments]
    )
    counts = frame.groupby(["kind", "lang"]).size().reset_index(name="segments")
    st.subheader(f"{doc.name} · version {doc.version}")
    st.dataframe(counts, hide_index=True)
    kinds = st.multiselect(
        "Kinds", ["body", "heading", "caption", "boilerplate"],
        default=["body", "heading", "caption", "boilerplate"], key="kinds",
    )  # fmt: skip
    shown = frame[frame["kind"].isin(kinds)]
    st.dataframe(shown, hide_index=True, width="stretch", height=600)


def main() -> None:
    st.set_page_config(page_title="Alignment workbench", layout="wide")
    st.title("Alignment workbench")
    store = get_store(os.environ.get("WORKBENCH_DB", "workbench.db"))
    doc = corpus_ui(store)
    if doc is not None:
        segments_ui(store, doc)


main()
