"""`workbench history`: who changed what, from the audit log the app's Log page reads."""

from __future__ import annotations

from datetime import UTC, datetime
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
from workbench.model import InputError

if TYPE_CHECKING:
    from workbench.store.rows import Event

COLUMNS = ["when", "who", "action", "alignment", "to", "beads", "what", "event"]


def register(app: typer.Typer, score_app: typer.Typer) -> None:
    """Add `history` to the CLI."""
    app.command("history")(history)


def history(
    doc: Annotated[str, typer.Argument(help="Document id or file stem.")],
    bead: Annotated[
        int | None,
        typer.Option(
            "--bead",
            help="Only the events that replaced or wrote this bead (numbered from 1, as "
            "`workbench beads` shows them now) of the alignment with --to.",
            show_default=False,
        ),
    ] = None,
    to: Annotated[
        str | None,
        typer.Option("--to", callback=language_tag, help="Counterpart language (with --bead)."),
    ] = None,
    since: Annotated[
        str | None,
        typer.Option(
            "--since",
            help="Only events at or after this time: 2026-12-01, 2026-12-01T22:00 (UTC unless "
            "an offset is given).",
            show_default=False,
        ),
    ] = None,
    limit: Annotated[
        int, typer.Option("--limit", min=1, help="At most this many events, newest first.")
    ] = 100,
    db: DbOption = None,
    fmt: FormatOption = OutputFormat.TABLE,
) -> None:
    """List a document's events, newest first: who ingested, aligned, filled, imported,
    edited, confirmed, rejected, undid what, and when (the app's Log page shows the same).

    With --bead, the events of the alignment's history that touched that bead
    ("beads" gives the positions an event replaced → wrote, from 1, as they stood
    then). A script reads what changed overnight with `--since` and `-f tsv`.
    """
    start = _moment(since) if since is not None else None
    store = open_store(db)
    document = store.document(doc)
    names = {a.id: a.cp_lang for a in store.alignments(document.id)}
    rows: list[dict[str, object]] = []
    if bead is None:
        events = store.events(document_id=document.id, limit=limit)
        rows = [_row(e, names, "") for e in events if _after(e, start)]
    else:
        from workbench.pipeline.alignment import alignment_for  # deferred for start-up time

        alignment = alignment_for(store, doc, to)
        for entry in store.history(alignment.id, limit=limit):
            if bead not in entry.before and bead not in entry.after:
                continue
            if not _after(entry.event, start):
                continue
            shown = f"{_positions(entry.before)} → {_positions(entry.after)}"
            rows.append(_row(entry.event, names, shown))
    emit(rows, fmt, COLUMNS, title=f"history of {document.name}")


def _row(e: Event, languages: dict[int, str], beads: str) -> dict[str, object]:
    return {
        "when": e.at.replace("T", " "),
        "who": e.actor,
        "action": f"{e.action} (undone)" if e.undone else e.action,
        "alignment": e.alignment_id,
        "to": languages.get(e.alignment_id, "") if e.alignment_id is not None else "",
        "beads": beads,
        "what": e.summary,
        "event": e.id,
    }


def _positions(positions: tuple[int, ...]) -> str:
    return ", ".join(map(str, positions)) or "-"


def _moment(text: str) -> datetime:
    """``--since``'s value as an aware time (UTC when it names no offset)."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise InputError(
            f"--since {text!r} is not a time: give a date or a time such as 2026-12-01 or "
            "2026-12-01T22:00"
        ) from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _after(event: Event, start: datetime | None) -> bool:
    if start is None:
        return True
    at = datetime.fromisoformat(event.at)
    return (at if at.tzinfo is not None else at.replace(tzinfo=UTC)) >= start
