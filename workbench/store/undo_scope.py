"""Where an undo may act without asking: the reviewer's last action *here*.

A translator pressing U expects to undo what they just did on the beads before
them. The latest edit of their undo stack that can be undone may lie elsewhere:
their edit here was passed over (a colleague changed the bead since), or they
moved on long ago (newcomer22: U undid a confirm of bead 17, made 12 minutes
earlier, while bead 11 was on screen). Such an undo is not made: `UndoElsewhere`
says which edit it would be, and the page asks for a second press naming it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from workbench.model import ConflictError, WorkbenchError


@dataclass(frozen=True)
class UndoScope:
    """``bead``: the bead on screen (its id); ``view``: the ids of the beads in view;
    ``since``: the alignment's latest event id when the page opened (its later events are
    this page's session); ``agreed``: the edit (event id) the reviewer agreed to undo."""

    bead: int | None
    view: frozenset[int] = frozenset()
    since: int = 0
    agreed: int | None = None

    def allows(self, event_id: int, touched: frozenset[int]) -> bool:
        """An edit that touched the bead on screen, or a bead in view during this session,
        or the one agreed to."""
        if event_id == self.agreed or (self.bead is not None and self.bead in touched):
            return True
        return event_id > self.since and bool(touched & self.view)


def touched(payload: Mapping[str, Any] | None) -> frozenset[int]:
    """The ids of the beads an edit replaced or wrote (its logged payload)."""
    found: set[int] = set()
    for side in ("before", "after"):
        beads: Sequence[Any] = (payload or {}).get(side) or []
        found |= {int(b["id"]) for b in beads if isinstance(b, Mapping) and "id" in b}
    return frozenset(found)


class UndoElsewhere(WorkbenchError):
    """The undo asked for would change beads away from those on screen: nothing written.

    ``event``: the edit's id (sent back as ``agreed`` by a second press); ``action``;
    ``position``: the first bead it would change, from 0; ``at``: when it was made (UTC);
    ``passed_over``: why each later edit could not be undone, latest first.
    """

    def __init__(
        self, event: int, action: str, position: int, at: datetime, passed_over: tuple[str, ...]
    ) -> None:
        super().__init__(f"your {action} at bead {position + 1} is away from the beads on screen")
        self.event, self.action, self.position = event, action, position
        self.at, self.passed_over = at, passed_over


class UndoOutdated(ConflictError):
    """The reviewer's latest edit is not the one the page last showed as theirs (another
    window of theirs made or undid one since): the undo is refused, nothing written, so U
    never undoes an edit the reviewer has not seen. ``event``: the latest edit's id now."""

    def __init__(self, event: int, what: str, newer: bool) -> None:
        why = (
            f"{what} made in another window is later than the edit this page showed"
            if newer
            else "the edit this page showed was undone in another window"
            + (f" (your latest is now {what})" if what else "")
        )
        super().__init__(f"{why}: look at it, then press U again")
        self.event = event


def ago(then: datetime, now: datetime) -> str:
    """``just now``, ``40 s ago``, ``12 min ago``, ``3 h ago``, ``on 2026-11-30``."""
    seconds = int((now - then).total_seconds())
    if seconds < 5:
        return "just now"
    if seconds < 60:
        return f"{seconds} s ago"
    if seconds < 3600:
        return f"{seconds // 60} min ago"
    if seconds < 86400:
        return f"{seconds // 3600} h ago"
    return f"on {then.date().isoformat()}"
