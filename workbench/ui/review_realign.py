"""Re-aligning from the Review page: every stretch between reviewed beads aligned again; and
the reviewed beads an earlier version left behind marked dealt with."""

from __future__ import annotations

from workbench.model import Alignment, HeldByUnsavedText, WorkbenchError
from workbench.ui import editor
from workbench.ui.common import get_encoder, get_store, reviewer, snapshot
from workbench.wording import counted


def realign(
    alignment: Alignment, client: str, seq: int, use_encoder: bool, held: frozenset[int]
) -> editor.Outcome:
    """Re-align every stretch between reviewed beads (every reviewed bead stays as it is);
    refused, nothing changed, when it would replace a bead of ``held`` (`editor.held`)."""
    from workbench.pipeline.alignment import realign_unconfirmed

    name = reviewer()
    if not name:
        message = "Give your name first: every edit is signed."
        return editor.Outcome(client, seq, "realign", False, message)
    store = get_store()
    snap = snapshot(store, alignment.id)
    try:
        encoder = get_encoder() if use_encoder else None
        beads = realign_unconfirmed(
            store, alignment.id, snap.beads, encoder=encoder, actor=name, held=held
        )
    except HeldByUnsavedText as exc:
        return editor.Outcome(client, seq, "realign", False, editor.held_refusal("realign", exc))
    except WorkbenchError as exc:
        return editor.Outcome(client, seq, "realign", False, f"Re-align: {exc}.")
    if store.revision(alignment.id) == snap.revision:
        message = "Re-aligned between the reviewed beads: nothing changed."
    else:
        message = f"Re-aligned between the reviewed beads: {counted(len(beads), 'bead')} now."
    return editor.Outcome(client, seq, "realign", True, message)


def dealt_with(alignment: Alignment, client: str, seq: int) -> editor.Outcome:
    """Mark the reviewed beads an earlier version left behind as dealt with, signed with the
    reviewer's name (`Store.mark_dealt_with`, as `workbench dealt-with`): no bead changes."""
    name = reviewer()
    if not name:
        message = "Give your name first: every edit is signed."
        return editor.Outcome(client, seq, "dealt_with", False, message)
    try:
        found, marked = get_store().mark_dealt_with(alignment.id, actor=name)
    except WorkbenchError as exc:
        return editor.Outcome(client, seq, "dealt_with", False, f"Not marked: {exc}.")
    if found is None:
        message = "No reviewed bead of an earlier version was left behind here."
    elif marked:
        beads = counted(len(found.bead_ids), "reviewed bead")
        message = f"Marked dealt with: the {beads} an earlier version left behind."
    else:
        message = f"Already marked dealt with by {found.dealt_with}."
    return editor.Outcome(client, seq, "dealt_with", True, message)
