"""The review page's address names its bead by id, not by row: ``?bead=b4711``.

A row number points at another bead as soon as a colleague restores, inserts,
merges or splits a line above it; a link shared then opened the wrong bead
(app22b). The page writes the bead's id (`bead_link`); a bead merged or split
away since is found by the first sentence it held (the audit log keeps it), and
an old link's number (``?bead=14``) is still read as the 14th row. Pure: the
store is asked through ``logged``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from workbench.model import StoredBead

Logged = Callable[[int], tuple[tuple[int, ...], tuple[int, ...]] | None]


def bead_link(bead: StoredBead) -> str:
    """The address's name of ``bead``: ``b`` and its id."""
    return f"b{bead.id}"


def start_row(value: str, beads: Sequence[StoredBead], logged: Logged) -> int:
    """The row (1-based) the page opens at for ``?bead=value``: a bead id (``b4711``), the
    bead now holding that bead's first sentence when it is gone (``logged``: its sentences
    from the log), or an old link's row number; 1 when none of these is found."""
    value = value.strip()
    if value.isdigit():
        return max(1, int(value))
    if not (value[:1] == "b" and value[1:].isdigit()):
        return 1
    wanted = int(value[1:])
    at = next((k for k, b in enumerate(beads) if b.id == wanted), None)
    if at is None and (held := logged(wanted)) is not None:
        first = (held[0] or held[1])[:1]
        at = next((k for k, b in enumerate(beads) if first and first[0] in (*b.fr, *b.cp)), None)
    return 1 if at is None else at + 1
