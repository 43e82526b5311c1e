"""Exit codes a nightly script can branch on, decided in one place from what a command did.

A command that stores work one file or unit at a time can end in more ways than
"worked" or "failed": everything stored but a reviewer must look (an import
conflict, reviewed work an alignment left behind), or some files or units refused
and the rest stored. Each command counts what it stored, refused and flagged for
review, and `finish` turns those counts into the exit code, so that the codes
mean the same thing for every command:

- 0 done;
- 1 failed, nothing changed (a library error, or every file or unit refused);
- 2 usage error (an unknown option, a bad value: `shell.Group`; a value or a mix of
  options wrong by itself: `workbench.model.BadValue`);
- 3 done, but a reviewer must look: conflicts, warnings naming work left behind, an
  error-level QA finding;
- 4 partly done: some files or units refused, the rest stored.
"""

from __future__ import annotations

from enum import IntEnum

import typer

from workbench.model import BadValue as BadValue  # re-exported: the commands raise it


class Outcome(IntEnum):
    """How a command ended, as its exit code."""

    DONE = 0
    FAILED = 1
    USAGE = 2
    REVIEW = 3
    PARTLY = 4


# Shown at the end of `--help` for the commands that can end each way, and in README.md.
EXIT_CODES = (
    "Exit codes: 0 done; 1 failed, nothing changed; 2 usage error; 3 done, but a reviewer "
    "must look (a conflict, reviewed work left behind, an ingest warning, a QA error); "
    "4 partly done (some files or units refused, the rest stored)."
)


def outcome(*, done: int, refused: int = 0, to_review: int = 0) -> Outcome:
    """The outcome of a run that stored ``done`` files or units, refused ``refused`` and
    flagged ``to_review`` for a reviewer (counts, 0 or more).

    Refusals outrank review: a run that refused part of its input is partly done
    whatever else it flagged, and failed when it stored nothing at all.
    """
    if refused:
        return Outcome.PARTLY if done else Outcome.FAILED
    return Outcome.REVIEW if to_review else Outcome.DONE


def finish(*, done: int, refused: int = 0, to_review: int = 0) -> None:
    """End the command with `outcome`'s exit code (return normally for 0)."""
    code = outcome(done=done, refused=refused, to_review=to_review)
    if code is not Outcome.DONE:
        raise typer.Exit(int(code))
