"""Events that reach the server after the page lost and found it again (newcomer22, s7).

Each page is told its Streamlit session (``data["session"]``, new with every session: a
server restarted, a page reconnected) and stamps every event it makes with it
(workbench/ui/static/review/, submit). An event of an earlier session was made before the
connection came back, maybe queued while it was lost: letters typed then ran as Y, M, U,
signed, once the page reconnected. Only a deliberate action changes a bead, so such an
event is refused with one line, not run. Pure: no Streamlit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from workbench.ui.editor import Outcome


def late(event: Mapping[str, Any], session: str) -> Outcome | None:
    """The refusal of an event sent before the page heard from this server ``session``;
    None for one sent within it, for an ``unsaved`` text (it changes no bead) and for one
    naming no session (a page from before sessions). A refused save's text stays in the
    browser, to be saved again."""
    sent, action = event.get("session"), str(event.get("action", ""))
    if action == "unsaved" or sent is None or str(sent) == session:
        return None
    what = "this save" if action == "save" else f"this {action.replace('_', ' ')}"
    again = "save it again (Ctrl+Enter)" if action == "save" else "do it again if you meant it"
    return Outcome(
        str(event.get("client", "")), int(event.get("seq", 0)), action, False,
        f"Not done: {what} was sent before the page reconnected to the server, so nothing "
        f"changed; {again}.",
    )  # fmt: skip
