"""The undo key's reach, as the browser asks it: the reviewer's last action *here*.

The page sends with each undo the bead on screen, the beads in view and the
alignment's revision when it opened; an undo whose edit lies elsewhere is not
made, and the reviewer is asked to press U again (`workbench.store.undo_scope`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from workbench.store.undo_scope import UndoElsewhere, UndoScope, ago


def undo_scope(event: Mapping[str, Any]) -> UndoScope | None:
    """Where an undo ``event`` may act without asking: the bead on screen (``id``), the
    beads in view (``view``) during the page's session (``since``), or the edit agreed to
    by a second press (``agreed``); None from a page that sends no ``view`` (any edit)."""
    if event.get("action") != "undo" or not isinstance(event.get("view"), list):
        return None
    bead, agreed = event.get("id"), event.get("agreed")
    return UndoScope(
        bead=int(bead) if isinstance(bead, int) else None,
        view=frozenset(int(i) for i in event["view"]),
        since=int(event.get("since") or 0),
        agreed=int(agreed) if isinstance(agreed, int) else None,
    )


def seen_latest(event: Mapping[str, Any]) -> int | None:
    """The edit an undo ``event``'s page showed as the reviewer's latest (``latest``, 0 for
    none), which the store's undo must find on top; None from a page that sends none."""
    latest = event.get("latest")
    return latest if event.get("action") == "undo" and isinstance(latest, int) else None


def elsewhere_question(exc: UndoElsewhere, now: datetime) -> str:
    """``Undo your confirm at bead 17, 12 min ago? Press U again to undo it.``, after why
    a later edit stays when one was passed over."""
    stays = f"Your later edit stays: {exc.passed_over[0]}. " if exc.passed_over else ""
    when = ago(exc.at, now)
    return (
        f"{stays}Undo your {exc.action} at bead {exc.position + 1}, {when}? "
        "It is away from the beads on screen: press U again to undo it."
    )


@dataclass
class SeenEdits:
    """The reviewer's edits one page may let U undo at once: those it showed or made.

    ``opened``: the alignment's revision (its latest event id) when the page opened: the
    edits up to it were on screen then. ``own``: the edits this page made, or named in a
    refusal since. An edit of the reviewer's that reached the page only with a rerun (made
    in another window, seen on a refresh) is neither (app22c): U names it first.
    ``shown``: what the page last sent as the reviewer's latest (`latest`); ``back``: the
    edit this page's own undo left on top (an earlier edit becomes the latest again only so).
    """

    opened: int
    own: set[int] = field(default_factory=set)
    shown: int = 0
    back: int | None = None

    def latest(self, top: int) -> int:
        """What the page sends as the reviewer's latest edit, ``top`` being it now: ``top``
        if this page showed or made it (an earlier one than it last sent: if its own undo
        went back to it), else the one it last sent (the store's undo then refuses, naming
        ``top``: `UndoOutdated`)."""
        seen = top <= self.opened or top in self.own
        if seen and (top >= self.shown or top == self.back):  # undone elsewhere: named first
            self.shown = top
        return self.shown

    def note(self, before: int, after: int, named: int | None) -> None:
        """After one of this page's events: the reviewer's latest was ``before`` and is
        ``after``; an edit made (not an undo's step back, ``after`` > ``before``) is this
        page's; so is one a refusal ``named``; an undo's step back may be sent as the latest."""
        if after > before:
            self.own.add(after)
        elif after < before:
            self.back = after
        if named is not None:  # shown now, the latest even if earlier than the one sent
            self.own.add(named)
            self.back = named
