"""`workbench status`: what a reviewer must look at in each alignment, whenever they ask
(`workbench.pipeline.status`): reviewed beads a new version left behind, a re-alignment
a stopped `restore` left to do, a new version not aligned yet."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from workbench.cli.common import (
    DbOption,
    FormatOption,
    OutputFormat,
    emit,
    language_tag,
    open_store,
)
from workbench.cli.outcome import EXIT_CODES, finish

if TYPE_CHECKING:
    from workbench.pipeline.status import Standing

COLUMNS = [
    "document", "to", "alignment", "version", "beads", "reviewed", "left_behind", "dealt_with",
    "pending", "conflicts",
]  # fmt: skip


def register(app: typer.Typer, score_app: typer.Typer) -> None:
    """Add `status` and `dealt-with` to the CLI."""
    app.command("status", epilog=EXIT_CODES)(status)
    app.command("dealt-with")(dealt_with)


def status(
    doc: Annotated[
        str | None, typer.Argument(help="Document id or file stem (default: every document).")
    ] = None,
    db: DbOption = None,
    fmt: FormatOption = OutputFormat.TABLE,
) -> None:
    """Each document's newest alignment per language, and what a reviewer must look at.

    A row per alignment: its beads, those reviewed, the reviewed beads of earlier versions
    left behind (they stay in those versions' alignments) and whether a re-alignment is
    pending. Each thing to look at is a warning line on standard error, with the command
    that shows or mends it, and the exit code is 3; 0 when there is none.
    """
    from workbench.pipeline.status import project_status

    found = project_status(open_store(db), doc)
    rows = [_row(s) for s in found]
    emit(rows, fmt, COLUMNS, title="Status")
    notes = [note for s in found for note in s.notes]
    for note in notes:
        typer.echo(f"warning: {note}", err=True)
    finish(done=len(rows), to_review=len(notes))


def dealt_with(
    doc: Annotated[str, typer.Argument(help="Document id or file stem.")],
    reviewer: Annotated[
        str, typer.Option("--reviewer", help="Your name, recorded in the history.")
    ] = "",
    to: Annotated[
        str | None,
        typer.Option(
            "--to",
            callback=language_tag,
            help="The alignment's language (needed when there are several).",
        ),
    ] = None,
    undo: Annotated[
        bool, typer.Option("--undo", help="Take the mark back: status says the beads again.")
    ] = False,
    db: DbOption = None,
) -> None:
    """Mark the reviewed beads an earlier version left behind as dealt with.

    `align` and `fill` keep a reviewed bead whose sentence changed in the earlier version's
    alignment and say so; `status` and the Review page repeat it until a reviewer marks it
    dealt with here (or with the page's button). The mark is signed, changes no bead and is
    a line of `workbench history`; beads a later version leaves behind are said again.
    --undo takes the mark back (signed too).
    """
    from workbench.cli.outcome import BadValue
    from workbench.pipeline.status import mark_dealt_with
    from workbench.wording import counted

    if not reviewer.strip():  # every reviewer's action is signed, the app's too
        raise BadValue("marking is signed: give your name with --reviewer NAME")
    alignment, found, marked = mark_dealt_with(open_store(db), doc, to, actor=reviewer, undo=undo)
    if found is None:
        typer.echo(f"alignment {alignment.id}: no reviewed bead was left behind, nothing to mark")
        return
    beads = counted(len(found.bead_ids), "reviewed bead")
    if undo:
        said = (
            "no longer marked dealt with: status says them again"
            if marked
            else "not marked dealt with: nothing to take back"
        )
        typer.echo(f"alignment {alignment.id}: {beads} left behind, {said}")
    elif marked:
        typer.echo(f"alignment {alignment.id}: {beads} left behind marked dealt with")
    else:
        typer.echo(f"alignment {alignment.id}: {beads} left behind, marked dealt with by "
                   f"{found.dealt_with} already")  # fmt: skip


def _row(s: Standing) -> dict[str, object]:
    """One alignment's line of the table."""
    return {
        "document": s.document.name, "to": s.alignment.cp_lang,
        "alignment": s.alignment.id, "version": s.alignment.version, "beads": s.beads,
        "reviewed": s.reviewed, "left_behind": sum(len(x.bead_ids) for x in s.left_behind),
        "dealt_with": "; ".join(x.dealt_with for x in s.left_behind if x.dealt_with),
        "pending": bool(s.pending or s.not_aligned_yet), "conflicts": len(s.conflicts),
    }  # fmt: skip
