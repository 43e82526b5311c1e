"""The status column of a reviewed table as a reviewer types it (`typed_status`), and what a
refusal of a status says: which two a file may set, and how a reviewer's confirmation or
rejection is taken back (`reviewed_rows.DocumentRows`). Pure: no I/O."""

from __future__ import annotations

import unicodedata

from workbench.model import Status, StoredBead

# What a refusal of a status says a file may set, and how a confirmation is taken back
# (no file or command un-confirms: `review.edit_text` in the app, or its reviewer's Undo).
SETTABLE_SAID = "confirmed or rejected"
UNCONFIRM = (
    "a file cannot take a confirmation back: its reviewer undoes it in the Review page (U), "
    "or an edit of its text there leaves it to confirm again"
)
# … nor a rejection, which the Review page takes back by a confirmation or an edit (or Undo)
UNREJECT = (
    "a file takes a rejection back as the Review page does: set it confirmed, or correct its "
    "text, which leaves the pair to review again; or its reviewer undoes it there (U)"
)
# The words a reviewer types in the status column for the two a file may set, accents and
# case aside (`typed_status`): English, and French as a French-locale reviewer types them.
_SPELLINGS = {
    str(Status.CONFIRMED): ("confirmed", "confirm", "confirme", "confirmee", "confirmer"),
    str(Status.REJECTED): ("rejected", "reject", "rejete", "rejetee", "rejeter"),
}
_TYPED = {word: status for status, words in _SPELLINGS.items() for word in words}


def typed_status(cell: str) -> str | None:
    """The status a table's status cell says (``confirmed``, ``rejected``, ``auto``,
    ``draft``), or None for a word that is none of them.

    Case and accents aside, and the ways a reviewer types the two statuses a file may set:
    ``Confirmed``, ``confirm``, ``Confirmé``, ``confirmée``; ``rejeté``, ``Rejetée``,
    ``reject`` (newcomer33: a French-locale "Confirmé" was refused). Not ``OK``, ``yes``,
    ``validé`` or ``approved``: "OK" may as well mean "fine as it stands, leave it" as
    "confirm", and a refusal, which names what to type, costs less than a confirmation the
    reviewer did not mean.
    """
    plain = unicodedata.normalize("NFKD", cell.strip().casefold())
    word = "".join(c for c in plain if not unicodedata.combining(c))
    if word in map(str, Status):
        return word
    return _TYPED.get(word)


def reopened(bead: StoredBead, cell: str) -> bool:
    """Whether a row's status ``cell`` takes its rejected ``bead``'s rejection back: emptied,
    or the aligner's ``auto``. With a text edit, that is what the edit does (the Review
    page's `review.edit_text` leaves an edited rejected pair to review again)."""
    cleared = not cell.strip() or typed_status(cell) == str(Status.AUTO)
    return bead.status is Status.REJECTED and cleared


def taken_back(bead: StoredBead) -> str:
    """What a refusal of a status adds for a confirmed or rejected bead: how to take the
    reviewer's decision back (`UNCONFIRM`, `UNREJECT`); "" for another bead."""
    if bead.status is Status.CONFIRMED:
        return f" ({UNCONFIRM})"
    return f" ({UNREJECT})" if bead.status is Status.REJECTED else ""
