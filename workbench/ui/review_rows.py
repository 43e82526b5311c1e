"""The beads the Review page sends the browser: the whole text, or only the rows changed
since the browser last had them (a patch), so that an edit's rerun sends a few rows."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from workbench.model import Alignment
from workbench.ui import parallel
from workbench.ui.common import Snapshot
from workbench.ui.review_texts import estimates_for, rows_at, segments

if TYPE_CHECKING:
    from workbench.store import Store

FULL_BELOW = 400  # rows: a change bigger than this is sent as the whole text again


def beads_data(
    store: Store, alignment: Alignment, snap: Snapshot, state: dict[str, Any], wanted: Any
) -> dict[str, Any]:
    """The beads for the browser: all of them, or only the rows changed since it last had them.

    ``patch`` = {base revision, start, old end, rows (packed)}: the browser replaces its
    rows [start, old end) of revision ``base`` with ``rows``. A browser that
    does not hold ``base`` asks for the whole text: ``wanted``, the component's state
    ``want_full``, changes.

    ``state["sent"]`` is what this computes, not what the browser has: a payload lost on its
    way (a rerun cut short, a newer one rendered in its place) leaves the browser a revision
    behind. That costs a whole text, never an edit: the browser applies a patch only onto
    its ``base``, asks for the whole text when handed a revision it does not hold (review/*.js,
    receive), and every event names the bead versions the browser showed, which the store
    checks (`editor.check_seen`, a save's loaded version): an action on rows it missed is
    refused with the bead as it is (tests/test_browser_dropped.py).
    """
    sent: Snapshot | None = state.get("sent")
    if wanted is not None and wanted != state.get("full_for"):
        state["full_for"], sent = wanted, None  # the browser lost track: send everything
    state["sent"] = snap
    if sent is not None and sent.revision == snap.revision:
        return {"beads": None, "patch": None}
    if sent is not None:
        if snap.since is not None and snap.since[0] == sent.revision:
            _, start, old_end, new_end = snap.since  # one edit since: no need to compare
        else:
            start, old_end, new_end = parallel.splice(sent.beads, snap.beads)
        if new_end - start <= FULL_BELOW:
            texts = segments(store, alignment, snap.revision)
            changed = snap.beads[start:new_end]
            estimated = estimates_for(store.url, alignment.id, snap.revision, changed)
            rows = parallel.pack([parallel.row(b, texts, estimated) for b in changed])
            patch = {"base": sent.revision, "start": start, "end": old_end, "rows": rows}
            return {"beads": None, "patch": patch}
    return {
        "beads": rows_at(store.url, alignment.id, snap.revision, snap, alignment),
        "patch": None,
    }
