"""The Review page's history box: an alignment's latest edits, one line each."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import streamlit as st

from workbench.store.audit_log import DIFF_AT_MOST, HistoryEntry
from workbench.store.rows import bead_span
from workbench.ui.common import get_store

if TYPE_CHECKING:
    from workbench.store import Store


@st.cache_resource(max_entries=8, show_spinner=False)
def history_at(url: str, alignment_id: int, revision: int) -> list[dict[str, object]]:
    return history_rows(get_store(), alignment_id)  # read once per revision, not per rerun


def history_rows(store: Store, alignment_id: int) -> list[dict[str, object]]:
    """The latest edits, newest first: who, what, where, and the text before and after."""
    entries = store.history(alignment_id, limit=30)
    reversed_ = {e.event.id: e for e in entries}
    return [history_row(e, reversed_.get(e.reverses) if e.reverses else None) for e in entries]


def history_row(entry: HistoryEntry, of: HistoryEntry | None = None) -> dict[str, object]:
    """One line of the history: bead positions and a word-level before → after diff.

    ``of``: for an undo or a redo, the entry of the edit it reversed (when it
    is among the lines shown), so the line says which edit and where.
    """
    event = entry.event
    action = event.action
    if entry.reverses is not None:
        what = f"{of.event.action} by {of.event.actor}" if of else f"edit #{entry.reverses}"
        action = f"{action} of {what}"
    diff = " · ".join(f"{_SIDE[c.side]}: {c.diff()}" for c in entry.changes)
    if entry.statuses:
        diff = " · ".join([*entry.statuses, *([diff] if diff else [])])
    cut = entry.detail.get("split")
    if isinstance(cut, Mapping) and "segment_offset" in cut:
        diff = f"cut inside a sentence at character {cut['segment_offset']} · {diff}"
    return {
        "when": event.at, "who": event.actor, "action": action,
        "beads": _positions(entry.before, entry.after), "before → after": diff,
        "undone": event.undone,
    }  # fmt: skip


_SIDE = {"fr": "French", "cp": "counterpart"}


def _positions(before: Sequence[int], after: Sequence[int]) -> str:
    """``bead 3``, ``beads 3–4 → 3`` (1-based, as the reviewer numbers beads)."""
    if len(before) > DIFF_AT_MOST or len(after) > DIFF_AT_MOST:
        return f"{len(before)} beads → {len(after)}"
    return bead_span(before, after)
