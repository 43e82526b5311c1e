"""The errors the workbench reports (:mod:`workbench.model` hands them on): one base,
`WorkbenchError`, whose message says what went wrong and what to do; its kinds say
whose the fault is (input, a stale edit, an engine, the store)."""

from __future__ import annotations


class WorkbenchError(Exception):
    """Base of every error the workbench reports to a user.

    The message says what went wrong and what to do, in the user's words; the
    CLI prints it as is and exits with code 1.
    """


class InputError(WorkbenchError):
    """A file, text or argument the workbench cannot use as given."""


class BadValue(InputError):
    """A value, or a mix of options, wrong by itself, whatever is stored: ``--since
    yesterday``, ``--dedupe`` with an XLIFF, an empty ``--reviewer``. Raised before any
    file is read or the store is opened; the CLI exits with 2, a usage error, as for
    click's own bad values (`workbench.cli.outcome`). A value wrong only against the
    store (an unknown document, a stale ``--seen``) is another error, exit 1.
    """


class ReviewedSentencesGone(InputError):
    """A reviewed bead holds a sentence that is no longer text on its side (marked as
    debris since): aligning again would drop a reviewer's work, so nothing is saved.

    ``position`` is the bead's position (from 0), ``reviewer`` who reviewed it.
    """

    def __init__(self, message: str, position: int, reviewer: str | None) -> None:
        super().__init__(message)
        self.position = position
        self.reviewer = reviewer


class ParseError(InputError):
    """A file could not be parsed; ``cause`` keeps the parser's own error."""

    def __init__(self, message: str, cause: BaseException | None = None) -> None:
        super().__init__(message)
        self.cause = cause


class UnsafeInputError(InputError):
    """Input that tries to reach outside itself (XML entities, external DTDs)."""


class NotFoundError(WorkbenchError):
    """A document, alignment, bead or model that does not exist."""


class ConflictError(WorkbenchError):
    """An edit based on a stale version: someone else changed it first."""


class ChangedError(ConflictError):
    """A bead seen is still there, in a newer version than the one seen: a refused confirm
    says to read it again, then confirm it (review editor, newcomer42)."""


class HeldByUnsavedText(ConflictError):
    """An undo, a redo or a re-alignment would change a bead that holds the reviewer's
    unsaved text (``position``: the first such bead's, from 0); refused, nothing changed."""

    def __init__(self, position: int) -> None:
        super().__init__(f"bead {position + 1} has unsaved text")
        self.position = position


class EngineError(WorkbenchError):
    """A machine-translation engine failed or has no model for the pair."""


class StoreError(WorkbenchError):
    """The database cannot be opened, migrated or written.

    ``connection_lost``: the server went away mid-statement (killed, restarted, the network
    cut), so a commit under way may or may not have gone in."""

    connection_lost = False
