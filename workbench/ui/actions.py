"""The reviewer's actions, as button callbacks that store the edit at once.

An action is built from the beads the reviewer was shown (the session's
snapshot), with the versions they had then. If another reviewer changed one
of those beads meanwhile, the store refuses the edit (ConflictError): the
reviewer sees why, the page reloads with the other reviewer's work, and
nothing is overwritten. Nothing is kept client-side: every action is stored
before the page is drawn again.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

import streamlit as st

from workbench import review
from workbench.model import ConflictError, StoredBead, WorkbenchError
from workbench.pipeline.alignment import apply, realign_unconfirmed
from workbench.ui.common import Snapshot, bead_cache, flash, get_store, reviewer

if TYPE_CHECKING:
    from workbench.review import Edit

EditMaker = Callable[[list[StoredBead], int, str], "Edit"]


def cursor() -> int:
    return int(st.session_state.get("cursor", 0))


def set_cursor(index: int) -> None:
    st.session_state["cursor"] = max(0, index)


def seen() -> Snapshot:
    snap = st.session_state.get("seen")
    if not isinstance(snap, Snapshot):
        raise ConflictError("the page was not loaded yet: reload it")
    return snap


def store_edit(snap: Snapshot, edit: Edit) -> list[StoredBead]:
    """Apply an edit; what the reviewer has seen now includes it (and nothing else new)."""
    store = get_store()
    stored = apply(store, snap.alignment_id, edit, reviewer())
    spliced = bead_cache().patch(store, snap, edit.expected.keys(), stored)
    if spliced is not None:  # another callback of this same click starts from here
        st.session_state["seen"] = spliced
    return stored


def _guard(action: str, work: Callable[[], str]) -> bool:
    """Run an action; report success, a conflict (and reload), or a mistake."""
    name = reviewer()
    if not name:
        flash("warning", "Give your name in the sidebar first: every edit is signed.")
        return False
    try:
        message = work()
    except ConflictError as exc:
        flash("error", f"Not saved, someone else got there first: {exc}. The page was reloaded.")
        return False
    except WorkbenchError as exc:
        flash("error", f"{action}: {exc}")
        return False
    if message:
        flash("success", message)
    return True


def edit(action: str, maker: EditMaker, advance: int = 0) -> None:
    """A button callback: apply ``maker``'s edit, then move the cursor by ``advance``."""
    run_edit(action, maker, advance)


def run_edit(action: str, maker: EditMaker, advance: int = 0) -> bool:
    """Apply the Edit ``maker`` builds for the bead under the cursor."""
    i = cursor()

    def work() -> str:
        snap = seen()
        edit = maker(list(snap.beads), i, reviewer())
        store_edit(snap, edit)
        return f"{edit.summary[:1].upper()}{edit.summary[1:]}."

    done = _guard(action, work)
    if done and advance:
        set_cursor(i + advance)
    return done


def confirm(next_index: int) -> None:
    """Confirm the bead under the cursor and move to ``next_index`` (the next one shown)."""
    if run_edit("Confirm", review.confirm):
        set_cursor(next_index)


def merge(with_next: bool) -> None:
    def maker(beads: list[StoredBead], i: int, name: str) -> Edit:
        return review.merge(beads, i, name, with_next=with_next)

    run_edit("Merge", maker, advance=0 if with_next else -1)


def move(side: review.Side, down: bool, texts: Mapping[int, str]) -> None:
    def maker(beads: list[StoredBead], i: int, name: str) -> Edit:
        return review.move(beads, i, side, down, texts, name)

    run_edit("Move", maker)


def split(texts: Mapping[int, str], fr_key: str, cp_key: str) -> None:
    fr_at = int(st.session_state.get(fr_key, 0))
    cp_at = int(st.session_state.get(cp_key, 0))

    def maker(beads: list[StoredBead], i: int, name: str) -> Edit:
        return review.split(beads, i, fr_at, cp_at, texts, name)

    run_edit("Split", maker)


def save_text(fr_key: str, cp_key: str, bead_id: int) -> None:
    """Store the texts typed for a bead (each changed side is one edit).

    Called when a text field is left and by the Save button, so typing then
    pressing another action never drops the text.
    """
    typed = {"fr": st.session_state.get(fr_key), "cp": st.session_state.get(cp_key)}

    def work() -> str:
        snap = seen()
        found = [k for k, b in enumerate(snap.beads) if b.id == bead_id]
        if not found:
            kept = " | ".join(str(t) for t in typed.values() if t)
            raise ConflictError(f"that bead was merged or split meanwhile; your text was: {kept}")
        changed: list[str] = []
        sides: tuple[review.Side, ...] = ("fr", "cp")
        for side in sides:
            snap = seen()
            bead = snap.beads[found[0]]
            text, old = typed[side], bead.fr_text if side == "fr" else bead.cp_text
            if text is None or " ".join(str(text).split()) == old:
                continue
            edit = review.edit_text(snap.beads, found[0], side, str(text), reviewer())
            store_edit(snap, edit)
            changed.append("French" if side == "fr" else "counterpart")
        return f"Saved the {' and '.join(changed)} text of bead {found[0] + 1}." if changed else ""

    _guard("Save text", work)


def fill(translate: Callable[[str], tuple[str, str]]) -> None:
    """Fill the gap under the cursor with a machine translation draft.

    ``translate`` returns (text, origin) for a French text.
    """

    def maker(beads: list[StoredBead], i: int, name: str) -> Edit:
        text, origin = translate(beads[i].fr_text)
        return review.fill_with(beads, i, text, origin, name)

    run_edit("Fill with MT", maker)


def undo() -> None:
    """Undo this reviewer's latest edit: never a colleague's, never the alignment itself."""

    def work() -> str:
        snap, store = seen(), get_store()
        event = store.undo(snap.alignment_id, reviewer(), by=reviewer())
        return f"Undid your {event.action} ({event.summary})."

    _guard("Undo", work)


def realign(use_encoder: bool) -> None:
    """Re-align every stretch between confirmed beads (confirmed beads stay as they are)."""
    from workbench.ui.common import get_encoder

    snap = seen()

    def work() -> str:
        encoder = get_encoder() if use_encoder else None
        beads = realign_unconfirmed(
            get_store(), snap.alignment_id, snap.beads, encoder=encoder, actor=reviewer()
        )
        return f"Re-aligned between the confirmed beads: {len(beads)} beads now."

    _guard("Re-align", work)
