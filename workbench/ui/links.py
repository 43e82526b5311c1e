"""The review page's address names its bead by id, not by row: ``?bead=b4711``.

A row number points at another bead as soon as a colleague restores, inserts,
merges or splits a line above it; a link shared then opened the wrong bead
(app22b). The page writes the bead's id (`bead_link`); a bead merged or split
away since is found by the first sentence it held (the audit log keeps it), and
an old link's number (``?bead=14``) is still read as the 14th row. A bead of the
document's earlier version (a link shared before the file was read again) opens
where it came over, or the nearest bead holding its text, or its old place, and
the page says so in one line (app22c: row 1 opened without a word). Pure: the store
is asked through ``logged`` and ``earlier``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from workbench.model import StoredBead

Logged = Callable[[int], tuple[tuple[int, ...], tuple[int, ...]] | None]


@dataclass(frozen=True)
class EarlierBead:
    """A bead of an earlier version of the document: ``into``, the id of the bead here it
    came over to (None: it did not); its texts and its row there (from 0)."""

    into: int | None
    fr_text: str
    cp_text: str
    position: int


Earlier = Callable[[int], EarlierBead | None]


class Opening(NamedTuple):
    """The row (1-based) a link opens, and the line saying why it is not the bead named
    ('' when it is)."""

    row: int
    note: str


def bead_link(bead: StoredBead) -> str:
    """The address's name of ``bead``: ``b`` and its id."""
    return f"b{bead.id}"


def start_row(value: str, beads: Sequence[StoredBead], logged: Logged) -> int:
    """The row (1-based) the page opens at for ``?bead=value`` (`opening`)."""
    return opening(value, beads, logged).row


def _none(bead_id: int) -> EarlierBead | None:
    return None


def opening(
    value: str, beads: Sequence[StoredBead], logged: Logged, earlier: Earlier = _none
) -> Opening:
    """Where ``?bead=value`` opens: a bead id (``b4711``); the bead now holding that bead's
    first sentence when it was merged or split away (``logged``: its sentences from the
    log); a bead of an earlier version (``earlier``) where it came over, else the bead
    nearest its old place holding its text, else its old place; an old link's row
    number. Row 1 when none is found, and the note says so."""
    value = value.strip()
    if value.isdigit():
        return Opening(max(1, int(value)), "")
    if not (value[:1] == "b" and value[1:].isdigit()):
        return Opening(1, f"The link names no bead ({value!r}): opened bead 1." if value else "")
    wanted = int(value[1:])
    at = next((k for k, b in enumerate(beads) if b.id == wanted), None)
    if at is not None:
        return Opening(at + 1, "")
    if (held := logged(wanted)) is not None:
        first = (held[0] or held[1])[:1]
        at = next((k for k, b in enumerate(beads) if first and first[0] in (*b.fr, *b.cp)), None)
        if at is not None:
            return Opening(at + 1, f"The link's bead ({value}) was merged or split since: "
                           f"opened bead {at + 1}, which holds its first sentence.")  # fmt: skip
    gone = earlier(wanted)
    if gone is None or not beads:
        return Opening(1, f"The link's bead ({value}) is not in this document: opened bead 1.")
    return _in_this_version(value, beads, gone)


def _in_this_version(value: str, beads: Sequence[StoredBead], gone: EarlierBead) -> Opening:
    """Where an earlier version's bead opens in this one, and the line saying so."""
    # the row the reviewer saw, not the link's id ("Bead b24… opened bead 24" read as one
    # number twice, newcomer29)
    named = f"The link's bead (bead {gone.position + 1} of an earlier version)"
    said = f"{named} is no longer in this version of the document: opened bead"
    at = next((k for k, b in enumerate(beads) if b.id == gone.into), None)
    if at is not None:  # not "no longer in this version": it is, under another id (newcomer42)
        return Opening(at + 1, f"{named} came over to this version as bead {at + 1}: opened it.")
    holding = [k for k, b in enumerate(beads) if _holds(b, gone)]
    if holding:
        at = min(holding, key=lambda k: (abs(k - gone.position), k))
        return Opening(at + 1, f"{said} {at + 1}, which holds its text.")
    at = min(gone.position, len(beads) - 1)
    return Opening(at + 1, f"{said} {at + 1}, at its old place: its text is not in this version.")


def _holds(bead: StoredBead, gone: EarlierBead) -> bool:
    """Whether ``bead`` holds the whole text of ``gone`` on either side."""
    pairs = ((gone.fr_text, bead.fr_text), (gone.cp_text, bead.cp_text))
    return any(then.strip() and then in now for then, now in pairs)


def earlier_bead(
    beads_of: Callable[[int], Sequence[StoredBead]],
    carried: Sequence[tuple[int, Mapping[str, int]]],
    bead_id: int,
) -> EarlierBead | None:
    """Bead ``bead_id`` as an earlier version holds it (``carried``: each earlier version's
    alignment id and its bead ids → the beads here they came over to, as
    `review_unsaved.earlier_versions` gives them; ``beads_of``: an alignment's beads), or
    None when no earlier version has it."""
    for aid, into in carried:
        bead = next((b for b in beads_of(aid) if b.id == bead_id), None)
        if bead is not None:
            return EarlierBead(into.get(str(bead_id)), bead.fr_text, bead.cp_text, bead.position)
    return None
