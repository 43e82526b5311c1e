"""The box of other windows' texts: a reviewer's unsaved texts the server keeps.

Typed in another tab or window, or on an earlier version of the alignment, they
are sent to a page opened anew, which shows them beside the editor (review/*.js).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import TYPE_CHECKING, Any

import streamlit as st

from workbench.store.schema import utcnow
from workbench.ui.common import get_store

if TYPE_CHECKING:
    from workbench.store import Store

# A tab holding unsaved texts says it is open every 20 s (review/*.js, BEAT_MS; a hidden tab's
# timers may tick only once a minute): one not heard from for this long is taken as closed.
TAB_GONE_AFTER = timedelta(minutes=2)


@st.cache_resource(max_entries=8, show_spinner=False)
def earlier_versions(
    url: str, alignment_id: int, revision: int
) -> list[tuple[int, dict[str, int]]]:
    """[earlier version's alignment id, {its bead id: the bead it became here}] (JSON keys),
    for the browser to move the unsaved texts typed there (review/*.js, adoptEarlier)."""
    from workbench.pipeline.alignment import carried_into

    store = get_store()
    found = carried_into(store, store.alignment(alignment_id))
    return [(aid, {str(old): new for old, new in ids.items()}) for aid, ids in found.items()]


def unsaved_texts(
    store: Store, alignment_id: int, name: str, earlier: Sequence[tuple[int, Any]] | None
) -> list[dict[str, object]]:
    """``name``'s unsaved texts kept by the server, on this alignment and on the earlier
    versions' (``earlier``, as :func:`earlier_versions` gives it), as the browser keeps its own
    (review/*.js, mergeKept). ``live``: its tab was heard from within TAB_GONE_AFTER, so it
    may still be open: a page opened anew shows its text beside the editor, never takes it."""
    ids = [alignment_id, *(aid for aid, _ in earlier or [])]
    live = store.tabs_heard_since(name, utcnow() - TAB_GONE_AFTER)
    return [
        {"a": t.alignment_id, "id": t.bead_id, "v": t.version, "baseFr": t.base_fr,
         "baseCp": t.base_cp, "fr": t.fr, "cp": t.cp, "at": t.typed_at, "t": t.client,
         "live": t.client in live}
        for t in store.unsaved(name, ids)
    ]  # fmt: skip
