"""The import conflict a bead's note keeps: the workbench's side of a bead a re-import
found changed on both sides (`pipeline.merging`, `pipeline.returned` write it).

It is one line that ends the note: ``Import conflict: the workbench had (STATUS by
REVIEWER) French «FR», counterpart «CP»; its note: NOTE``. The Review page reads it
back to offer the workbench's text again; choosing (that text, or confirming the
file's) takes it out of the note, which the edit's event keeps for an undo.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.model import StoredBead

_HEAD = "Import conflict: the workbench had ("


def conflict_note(file_note: str | None, b: StoredBead) -> str:
    """The note of a bead in conflict: the file's note, then the workbench's side.

    A conflict the bead's note already held is superseded by this one (the bead's
    texts now are the workbench's newest) and left out: nested, its texts were read
    back as the workbench's (newcomer 15b). It stays in the bead's history, in the
    event that replaced the bead.
    """
    who = f" by {b.reviewer}" if b.reviewer else ""
    own = without_conflict(b.note)
    ours = f"{_HEAD}{b.status}{who}) French «{b.fr_text}», counterpart «{b.cp_text}»" + (
        f"; its note: {own}" if own else ""
    )
    return f"{file_note}\n{ours}" if file_note else ours


# What `conflict_note` writes, read back (the last such line of a note: it ends the note).
_CONFLICT = re.compile(
    r"^Import conflict: the workbench had \((?P<status>\w+)(?: by (?P<reviewer>[^)\n]*))?\) "
    r"French «(?P<fr>.*)», counterpart «(?P<cp>.*)»(?:; its note: (?P<note>[\s\S]*))?\Z",
    re.MULTILINE,
)
# A note written before conflicts were kept apart nested the earlier one in "its note";
# read lazily, its first texts are the newest.
_NESTED = re.compile(_CONFLICT.pattern.replace("(?P<fr>.*)", "(?P<fr>.*?)").replace(
    "(?P<cp>.*)", "(?P<cp>.*?)"), re.MULTILINE)  # fmt: skip


def found_conflict(note: str | None) -> re.Match[str] | None:
    """The import conflict that ends ``note``, as a match (its groups: ``status``,
    ``reviewer``, ``fr``, ``cp`` and the workbench's own ``note``), or None."""
    found = _CONFLICT.search(note) if note else None
    if note is not None and found is not None and _HEAD in found["fr"] + found["cp"]:
        return _NESTED.search(note)
    return found


def unsettled(note: str | None, status: str) -> bool:
    """Whether a bead (its ``note`` and ``status``) holds an import conflict no reviewer
    settled: confirming or rejecting the bead settles it (`status` names such beads, a
    memory leaves them out)."""
    return status not in ("confirmed", "rejected") and found_conflict(note) is not None


def without_conflict(note: str | None) -> str | None:
    """``note`` with its import conflict taken out (the file's note and the workbench's own
    note kept), None when nothing is left."""
    found = found_conflict(note)
    if note is None or found is None:
        return note
    notes = [note[: found.start()].rstrip("\n"), without_conflict(found["note"]) or ""]
    return "\n".join(dict.fromkeys(n for n in notes if n)) or None


@dataclass(frozen=True)
class Conflict:
    """The workbench's side of a bead a re-import found changed on both sides, as its
    note keeps it: the two texts, the status and the reviewer they had."""

    fr: str
    cp: str
    status: str
    reviewer: str | None


def conflict_in(note: str | None) -> Conflict | None:
    """The workbench's side an import kept in a bead's ``note``, or None."""
    found = found_conflict(note)
    if found is None:
        return None
    return Conflict(found["fr"], found["cp"], found["status"], found["reviewer"])
