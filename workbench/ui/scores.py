"""The Scores page: a document's quality as charts (confidence, chrF, QA warnings)."""

from __future__ import annotations

from collections import Counter

import pandas as pd
import streamlit as st

from workbench.model import Alignment, Document
from workbench.review import shape
from workbench.store import Store
from workbench.ui import view
from workbench.ui.common import get_store, snapshot
from workbench.ui.pick import pick_alignment
from workbench.ui.qa import issues
from workbench.ui.translate import chrf_ui

COLOURS = ["#d73027", "#fc8d59", "#91cf60", "#1a9850"]


def confidence_chart(scores: list[float]) -> None:
    import altair as alt

    frame = pd.DataFrame({"confidence": scores})
    chart = (
        alt.Chart(frame)
        .mark_bar()
        .encode(
            alt.X("confidence:Q", bin=alt.Bin(step=0.05), title="bead confidence"),
            alt.Y("count()", title="beads"),
            alt.Color(
                "confidence:Q",
                scale=alt.Scale(domain=[0, 0.5, 0.8, 1], range=COLOURS),
                legend=None,
            ),
        )
    )
    st.altair_chart(chart, width="stretch")


def qa_chart(store: Store, doc: Document, alignment: Alignment) -> None:
    found = issues(store, doc, alignment)
    if not found:
        st.success("No QA warning on this document.")
        return
    counts = Counter((str(i.issue.kind), str(i.issue.severity)) for i in found)
    frame = pd.DataFrame(
        [{"kind": k, "severity": s, "warnings": n} for (k, s), n in counts.items()]
    )
    st.bar_chart(frame, x="kind", y="warnings", color="severity", stack=True)
    table = pd.DataFrame(
        [
            {"bead": i.position + 1, "kind": str(i.issue.kind), "severity": str(i.issue.severity),
             "message": i.issue.message, "counterpart": i.source, "French": i.target}
            for i in found
        ]
    )  # fmt: skip
    st.dataframe(table, hide_index=True, width="stretch", key="qa_table")


def scores_page() -> None:
    store = get_store()
    picked = pick_alignment(store, "scores")
    if picked is None:
        return
    doc, alignment = picked
    snap = snapshot(store, alignment.id)
    confirmed, total = view.progress(store.bead_counts(alignment.id))
    shapes = Counter(shape(b) for b in snap.beads)
    cols = st.columns(4)
    cols[0].metric("Beads", total)
    cols[1].metric("Confirmed", f"{confirmed / total:.0%}" if total else "–")
    cols[2].metric("One-to-one", f"{shapes.get('1:1', 0) / total:.0%}" if total else "–")
    # beads a reviewer changed have no score: only the aligner's own count here
    scores = [b.score for b in snap.beads if b.score is not None]
    low = sum(1 for score in scores if score < view.LOW_CONFIDENCE)
    cols[3].metric("Low confidence", low)
    left, right = st.columns(2)
    with left:
        st.subheader("Alignment confidence")
        confidence_chart(scores)
    with right:
        st.subheader("QA warnings per kind")
        qa_chart(store, doc, alignment)
    st.subheader("Machine translation against the counterpart (chrF per segment)")
    chrf_ui(store, doc, alignment)
