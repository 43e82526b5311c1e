"""`workbench history`: who changed what, from the audit log the app's Log page reads."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Annotated

import typer

from workbench.cli.common import (
    DbOption,
    FormatOption,
    OutputFormat,
    beads_listing,
    emit,
    language_tag,
    no_bead,
    open_store,
    reviewer_filter,
)
from workbench.cli.outcome import BadValue

if TYPE_CHECKING:
    from workbench.store import Store
    from workbench.store.audit_log import HistoryEntry
    from workbench.store.rows import Event

COLUMNS = ["when", "who", "action", "alignment", "to", "beads", "what", "event"]
COLUMNS_ALL = ["when", "who", "action", "document", "alignment", "to", "beads", "what", "event"]


def register(app: typer.Typer, score_app: typer.Typer) -> None:
    """Add `history` to the CLI."""
    app.command("history")(history)


BeadOption = Annotated[
    int | None,
    typer.Option(
        "--bead",
        help="Only the events that replaced or wrote this bead (numbered from 1, as "
        "`workbench beads` shows them now) of the alignment with --to, and of the "
        "earlier versions' alignments it was carried over from.",
        show_default=False,
    ),
]
SinceOption = Annotated[
    str | None,
    typer.Option(
        "--since",
        help="Only events at or after this time: 2026-12-01, 2026-12-01T22:00 (UTC unless "
        "an offset is given).",
        show_default=False,
    ),
]


AllOption = Annotated[
    bool,
    typer.Option(
        "--all",
        help="The whole project's log, every document's events (no DOC): what a project "
        "manager reads, with --since and --reviewer.",
    ),
]
ReviewerOption = Annotated[
    str | None,
    typer.Option(
        "--reviewer",
        callback=reviewer_filter,
        help="Only this reviewer's events (or a script's, signed with `--by`).",
        show_default=False,
    ),
]


def history(
    doc: Annotated[
        str | None, typer.Argument(help="Document id or file stem (none with --all).")
    ] = None,
    every: AllOption = False,
    reviewer: ReviewerOption = None,
    bead: BeadOption = None,
    to: Annotated[
        str | None,
        typer.Option("--to", callback=language_tag, help="Counterpart language (with --bead)."),
    ] = None,
    since: SinceOption = None,
    limit: Annotated[
        int, typer.Option("--limit", min=1, help="At most this many events, newest first.")
    ] = 100,
    db: DbOption = None,
    fmt: FormatOption = OutputFormat.TABLE,
) -> None:
    """List a document's events, newest first: who ingested, aligned, filled, imported,
    edited, confirmed, rejected, undid what, and when (the app's Log page shows the same).

    "beads" gives the positions an event replaced → wrote, from 1, as they stood
    then ("2–3 → 2" for a merge, "- → 1–40" for an alignment; empty for an event
    that touched no bead, an ingest). With --bead, only the events of the
    alignment's history that touched that bead, and those of the bead it was
    carried over from in each earlier version's alignment ("alignment" says
    which); a bead number past the end is an error, as for `confirm`. A script
    reads what changed overnight with `--since` and `-f tsv`; there, as in json,
    "what" gives the changed texts whole (the table cuts them short). With --all
    instead of a document, the whole project's log, a "document" column naming each
    event's; `--all --since 2026-12-01 --reviewer ben` is what ben did since then.
    """
    start = _moment(since) if since is not None else None
    _check_choice(doc, every, bead)
    store = open_store(db)
    if doc is None:
        rows = _project_rows(store, start, limit, reviewer, whole=fmt is not OutputFormat.TABLE)
        emit(rows, fmt, COLUMNS_ALL, title="history of every document")
        return
    document = store.document(doc)
    names = {a.id: a.cp_lang for a in store.alignments(document.id)}
    listed = _Listing(names, start, limit, whole=fmt is not OutputFormat.TABLE)
    if bead is None:
        rows = _document_rows(store, document.id, listed, reviewer)
    else:
        lineage = _lineage(store, doc, to, bead)
        rows = [r for r in _bead_rows(store, lineage, listed) if reviewer in (None, r["who"])]
    emit(rows, fmt, COLUMNS, title=f"history of {document.name}")


def _check_choice(doc: str | None, every: bool, bead: int | None) -> None:
    """One line when the options do not say whose log: a document or --all, not both."""
    if doc is None and not every:
        raise BadValue("name a document, or give --all for every document's events")
    if doc is not None and every:
        raise BadValue(f"--all lists every document's events: leave {doc} out, or --all")
    if bead is not None and doc is None:
        raise BadValue("--bead is a bead of one document: name the document instead of --all")
    if bead is not None and bead < 1:
        raise BadValue(f"--bead {bead} is not a bead: beads are numbered from 1")


def _project_rows(
    store: Store, start: datetime | None, limit: int, reviewer: str | None, *, whole: bool
) -> list[dict[str, object]]:
    """The newest events of every document, each naming its document."""
    names = {d.id: d.name for d in store.documents()}
    languages = {a.id: a.cp_lang for d in names for a in store.alignments(d)}
    return _document_rows(store, None, _Listing(languages, start, limit, whole), reviewer, names)


@dataclass(frozen=True)
class _Listing:
    """What the rows are listed with: the alignments' languages by id, the --since time,
    the --limit, and whether "what" is whole (not cut short for a table)."""

    languages: dict[int, str]
    start: datetime | None
    limit: int
    whole: bool


def _document_rows(
    store: Store,
    document_id: int | None,
    listed: _Listing,
    reviewer: str | None,
    names: dict[int, str] | None = None,
) -> list[dict[str, object]]:
    """The newest events of the document (of every document: None, each named from
    ``names``), each with the positions it moved; only ``reviewer``'s when given."""
    events = store.events(
        document_id=document_id, limit=listed.limit, actor=reviewer, since=listed.start
    )
    entries = store.entries([e.id for e in events if e.alignment_id is not None])
    rows = [
        _row(e, listed.languages, _moved(entries[e.id]) if e.id in entries else "", listed.whole)
        for e in events
    ]
    if names is not None:
        for row, e in zip(rows, events, strict=True):
            row["document"] = names.get(e.document_id, "") if e.document_id is not None else ""
    return rows


def _bead_rows(
    store: Store, lineage: list[tuple[int, int]], listed: _Listing
) -> list[dict[str, object]]:
    """The newest events that touched a bead or the beads it was carried over from
    (``lineage``: `_lineage`'s alignments and positions)."""
    found: list[tuple[int, dict[str, object]]] = []
    for aligned, position in lineage:
        for entry in store.history(aligned, limit=listed.limit):
            if position not in entry.before and position not in entry.after:
                continue
            if not _after(entry.event, listed.start):
                continue
            row = _row(entry.event, listed.languages, _moved(entry), listed.whole)
            found.append((entry.event.id, row))
    found.sort(key=lambda pair: pair[0], reverse=True)  # newest first, every alignment
    return [row for _, row in found[: listed.limit]]


def _lineage(store: Store, doc: str, to: str | None, bead: int) -> list[tuple[int, int]]:
    """(alignment id, position from 1) of bead ``bead`` of the alignment with ``to``, and
    of the bead it was carried over from in each earlier version's alignment
    (`pipeline.alignment.carried_into`), newest first."""
    from workbench.pipeline.alignment import alignment_for, carried_into  # start-up time

    alignment = alignment_for(store, doc, to)
    now = store.beads(alignment.id)
    if bead > len(now):  # as `confirm` says it: an empty list would read "no changes"
        raise no_bead(bead, len(now), beads_listing(doc, to))
    found = [(alignment.id, bead)]
    for earlier, into in carried_into(store, alignment).items():
        olds = {old for old, new in into.items() if new == now[bead - 1].id}
        found += [(earlier, k) for k, b in enumerate(store.beads(earlier), start=1) if b.id in olds]
    return found


def _row(e: Event, languages: dict[int, str], beads: str, whole: bool) -> dict[str, object]:
    return {
        "when": e.at.replace("T", " "),
        "who": e.actor,
        "action": f"{e.action} (undone)" if e.undone else e.action,
        "alignment": e.alignment_id,
        "to": languages.get(e.alignment_id, "") if e.alignment_id is not None else "",
        "beads": beads,
        "what": e.full_summary if whole else e.summary,
        "event": e.id,
    }


def _moved(entry: HistoryEntry) -> str:
    """``3 → 3``, ``2–3 → 2``, ``- → 1–40``: the positions an event replaced and wrote."""
    return f"{_positions(entry.before)} → {_positions(entry.after)}"


def _positions(positions: tuple[int, ...]) -> str:
    """``1–3, 7`` (runs shortened, as the app's history shows them), ``-`` for none."""
    runs: list[list[int]] = []
    for p in positions:
        if runs and p == runs[-1][-1] + 1:
            runs[-1].append(p)
        else:
            runs.append([p])
    shown = [f"{r[0]}–{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs]
    return ", ".join(shown) or "-"


def _moment(text: str) -> datetime:
    """``--since``'s value as an aware time (UTC when it names no offset)."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise BadValue(
            f"--since {text!r} is not a time: give a date or a time such as 2026-12-01 or "
            "2026-12-01T22:00"
        ) from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _after(event: Event, start: datetime | None) -> bool:
    if start is None:
        return True
    at = datetime.fromisoformat(event.at)
    return (at if at.tzinfo is not None else at.replace(tzinfo=UTC)) >= start
