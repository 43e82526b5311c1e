"""Telling a reviewer that a colleague replaced what they saved, at their next action.

newcomer42 7: ben's "Keep mine" over ana's saved text of a bead was stored, and ana's
open page went on showing her text as the stored one, with no word at any time (only
`workbench history` kept it). The page learns of it when it next hears from the server:
her next action (any, a draft kept as she types too) carries the line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from workbench.model import StoredBead
from workbench.review import reviewed
from workbench.ui.common import Snapshot
from workbench.ui.editor import Outcome

SHOWN = 80  # characters of the new text quoted


def replaced_lines(
    shown: Sequence[StoredBead], now: Sequence[StoredBead], name: str
) -> list[tuple[tuple[int, int], str]]:
    """((bead id, version), line) for each bead ``name`` had made theirs (saved a text,
    confirmed…) in ``shown`` whose text someone else has changed in ``now``; the bead is
    found by its id, else by its sentences, and numbered as in ``now``."""
    by_id = {b.id: (k, b) for k, b in enumerate(now)}
    by_sides = {(b.fr, b.cp): (k, b) for k, b in enumerate(now)}
    lines = []
    for old in shown:
        if not name or old.reviewer != name or not reviewed(old):
            continue
        k, new = by_id.get(old.id) or by_sides.get((old.fr, old.cp)) or (-1, old)
        if k < 0 or new.reviewer in (None, name):
            continue
        sides = [
            (side, text)
            for side, text, before in (("French", new.fr_text, old.fr_text),
                                       ("counterpart", new.cp_text, old.cp_text))
            if text != before
        ]  # fmt: skip
        if not sides:
            continue
        side, text = sides[-1]
        quoted = text if len(text) <= SHOWN else text[: SHOWN - 1] + "…"
        lines.append((
            (new.id, new.version),
            f"{new.reviewer} replaced the text you saved on bead {k + 1}: its {side} now "
            f"reads “{quoted}” (`workbench history` keeps yours).",
        ))  # fmt: skip
    return lines


def note_replaced(state: dict[str, Any], snap: Snapshot, name: str) -> None:
    """Keep in ``state["replaced"]`` the lines (`replaced_lines`) of the beads changed since
    the page was last sent its rows (``state["sent"]``), each line once."""
    sent: Snapshot | None = state.get("sent")
    if sent is None or sent.revision == snap.revision:
        return
    told: set[tuple[int, int]] = state.setdefault("told", set())
    for key, line in replaced_lines(sent.beads, snap.beads, name):
        if key not in told:
            told.add(key)
            state.setdefault("replaced", []).append(line)


def with_replaced(state: dict[str, Any], outcome: Outcome) -> Outcome:
    """``outcome`` with the lines kept (`note_replaced`) after its message, once."""
    lines = state.pop("replaced", [])
    if not lines:
        return outcome
    return replace(outcome, message=" ".join([outcome.message, *lines]))


def replaced_outcome(state: dict[str, Any], client: str, revision: int) -> Outcome | None:
    """The lines kept as an outcome of their own (no action of the reviewer's to carry
    them: a draft kept as they typed), or None. Its ``seq`` is below 0, ``-revision``: the
    page counts each result once by its seq, and its own events' are above 0."""
    lines = state.pop("replaced", [])
    if not lines or not client:
        state["replaced"] = lines
        return None
    return Outcome(client, -revision, "replaced", False, " ".join(lines))
