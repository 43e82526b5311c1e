"""The steps of `workbench import` (`cli.exchange.import_file`): a reviewed table goes back
into its beads, a TMX or XLIFF this database exported into the beads it came from, any
other TMX or XLIFF becomes a document, its counterpart and their alignment."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from workbench.cli.common import Bar, open_store, progress_bar
from workbench.cli.outcome import BadValue, finish
from workbench.model import InputError
from workbench.naming import shell_word
from workbench.wording import counted

if TYPE_CHECKING:
    from workbench.pipeline.exchange import ImportReport
    from workbench.store import Store


# Spreadsheet formats a reviewer may save a table in that no reader takes.
_OTHER_SHEETS = {
    ".ods": "a LibreOffice sheet (.ods)",
    ".xls": "an Excel 97-2003 sheet (.xls)",
    ".xlsm": "a macro-enabled Excel sheet (.xlsm)",
    ".numbers": "a Numbers sheet",
}


def import_any(
    path: Path, to: str | None, reviewer: str | None, db: str | None, actor: str = "cli"
) -> None:
    """Import ``path`` as what it is: a reviewed table, a file this database exported, or
    a new document."""
    from workbench.pipeline.reviewed import TABLE_SUFFIXES

    if path.suffix.lower() in TABLE_SUFFIXES:
        _import_reviewed(path, to, reviewer, db)
        return
    if path.suffix.lower() in _OTHER_SHEETS:  # newcomer33: told of --reviewer, or of XML
        raise InputError(
            f"{path}: {_OTHER_SHEETS[path.suffix.lower()]} is not read: save the sheet as "
            ".xlsx (or .tsv) in your spreadsheet, keeping its columns, and import that"
        )
    if reviewer is not None and not reviewer.strip():  # wrong whatever the file is
        raise BadValue(f"{path}: --reviewer is empty: give your name, which signs the changes")
    if not path.exists():  # newcomer36: a mistyped name was "neither" file, exit 2
        raise InputError(f"{path}: no such file; check the name and the folder")
    if path.is_file() and path.stat().st_size < 4096 and not path.read_bytes().strip():
        # newcomer41: a CAT tool or a sync client that failed to write the file left 0 bytes,
        # and with --reviewer the line said the file was "neither" a table nor a memory
        raise InputError(
            f"{path}: is empty; nothing was imported: save or export it again from the tool "
            "that wrote it"
        )
    store = open_store(db)
    if _import_returned(store, path, to, reviewer):
        return
    if reviewer is not None:
        from workbench.pipeline.bilingual import document_to_ingest

        if (other := document_to_ingest(path)) is not None:
            raise other  # a Word file, a page…: what to run says more than --reviewer
        raise typer.BadParameter(
            "--reviewer signs a reviewed table (.tsv, .csv, .xlsx) or a TMX or XLIFF exported "
            "from this database; this file is neither, and keeps the reviewers it names"
        )
    _import_new(store, path, to, actor)


def _import_new(store: Store, path: Path, to: str | None, actor: str) -> None:
    """Store a TMX or XLIFF as a document (a new version of it, merged with its reviews,
    when imported from there before) and say what was stored."""
    from workbench.pipeline.exchange import import_file as run  # deferred for start-up time

    with progress_bar(f"Importing {path.name} (MB)", None) as bar:
        report = run(store, path, to=to, progress=_megabytes(bar), actor=actor)
    if report.unchanged:
        typer.echo(f"{report.french.name}: unchanged ({_units(report.units)} already imported)")
        return
    typer.echo(_imported(report))
    for line in report.by_side:
        typer.echo(f"note: {path.name}: {line}", err=True)
    for warning in report.warnings:
        typer.echo(f"warning: {warning}", err=True)
    elsewhere = _not_merged(store, report, path) if report.french.version == 1 else None
    if elsewhere:
        typer.echo(f"warning: {elsewhere}", err=True)
    # conflicts and beads no unit matched (`merging.left_behind`), reviews not merged
    finish(done=report.units, to_review=len(report.warnings) + bool(elsewhere))


def _imported(report: ImportReport) -> str:
    """The line that says what an import stored, and what it skipped, left out and kept."""
    skipped = f", {report.skipped} skipped (a side missing)" if report.skipped else ""
    left_out = f"; left out: {', '.join(report.left_out)}" if report.left_out else ""
    named = f"; the file's source language: {report.source_lang}" if report.source_lang else ""
    kept = (
        f"; {counted(report.kept, 'bead')} reviewed here since the last import kept"
        if report.kept
        else ""
    )
    return (
        f"{report.french.name}: {_units(report.units)} imported from {report.kind} as "
        f"alignment {report.alignment.id} (fr–{report.alignment.cp_lang}){skipped}{left_out}"
        f"{named}{kept}"
    )


# How `pipeline.exporting.units_for_export` names a bead's unit: DOCUMENT-ALIGNMENT-BEAD.
_EXPORTED_UNIT = re.compile(r"^(?P<doc>.+)-(?P<alignment>[0-9]+)-[0-9]+$")


def _not_merged(store: Store, report: ImportReport, path: Path) -> str | None:
    """A line saying that a file whose units another document of this store exported
    became a new document, merged with nothing; None when its units name no other.

    A new version merges only a file imported again from where its documents were
    imported: a CAT tool's copy (OmegaT's ``target/``) of an export is a new document,
    and so is any export of an ingested document. Its first named unit decides.
    """
    events = store.unit_id_events(report.alignment.id)
    tuids = (tuid for event in events[:2] for tuid in store.unit_id_chunk(event).values())
    found = next((m for m in map(_EXPORTED_UNIT.match, tuids) if m), None)
    if found is None:
        return None
    alignment = int(found["alignment"])
    source = next(
        (
            d
            for d in store.documents()
            if d.name == found["doc"] and d.id != report.french.id
            and any(a.id == alignment for a in store.alignments(d.id))
        ),
        None,
    )  # fmt: skip
    if source is None:
        return None
    new = report.french.name
    head = (
        f"the units of {path.name} were exported from {source.name} (alignment {alignment}), "
        f"which this import leaves as it was: {new} is a new document, not merged with the "
        f"reviews of {source.name}; "
    )
    if source.path.endswith("#fr"):  # imported from a file: importing there merges
        return (
            f"{head}to merge them, copy the file over {source.path.removesuffix('#fr')} "
            f"(where {source.name} was imported from) and import that"
        )
    return (
        f"{head}review {new}, or carry its changes into {source.name} through a table "
        f"(`workbench export {shell_word(source.name)} --to {report.alignment.cp_lang} -f tsv`, "
        "edit it, "
        "then `workbench import FILE.tsv --reviewer NAME`)"
    )


def _import_returned(store: Store, path: Path, to: str | None, reviewer: str | None) -> bool:
    """Merge a TMX or XLIFF this database exported back into its beads; False when the
    file is not one (an ordinary import then)."""
    from workbench.pipeline.returned import import_returned  # deferred for start-up time

    report = import_returned(store, path, reviewer=reviewer, to=to)
    if report is None:
        return False
    assert reviewer is not None
    typer.echo(report.summary(reviewer.strip()))
    if report.spacing_note:
        typer.echo(f"note: {report.spacing_note}", err=True)
    if report.blanks_note:
        typer.echo(f"note: {report.blanks_note}", err=True)
    for line in report.by_side:
        typer.echo(f"note: {path.name} {line}", err=True)
    for line in report.conflicts:
        typer.echo(f"warning: {path.name} {line}", err=True)
    for line in report.refused:
        typer.echo(f"error: {path.name} {line}", err=True)
    stored = report.edited + report.confirmed + report.rejected + len(report.conflicts)
    finish(done=stored, refused=len(report.refused), to_review=len(report.conflicts))
    return True


def _import_reviewed(path: Path, to: str | None, reviewer: str | None, db: str | None) -> None:
    from workbench.pipeline.reviewed import import_reviewed  # deferred for start-up time

    if not (reviewer or "").strip():
        raise BadValue(
            f"{path}: a reviewed table's changes are signed: add --reviewer NAME (your name)"
        )
    assert reviewer is not None
    store = open_store(db)
    report = import_reviewed(store, path, reviewer=reviewer, to=to)
    typer.echo(report.summary(reviewer))
    if report.spacing_note:
        typer.echo(f"note: {report.spacing_note}", err=True)
    if report.unread_note:
        typer.echo(f"note: {report.unread_note}", err=True)
    if report.unread_note:
        typer.echo(f"note: {report.unread_note}", err=True)
    for line in report.refused:
        typer.echo(f"error: {path.name} {line}", err=True)
    stored = report.edited + report.confirmed + report.rejected
    finish(done=stored, refused=len(report.refused))


def _megabytes(bar: Bar) -> Callable[[int, int], None]:
    """Advance ``bar`` by whole megabytes of the file read."""
    shown = [-1, 0]  # total set, megabytes shown

    def advance(done: int, size: int) -> None:
        if shown[0] < 0:
            shown[0] = -(-size // 1_000_000)
            bar.set_total(shown[0])
        if (mb := done // 1_000_000) > shown[1]:
            bar(mb - shown[1])
            shown[1] = mb

    return advance


def _units(n: int) -> str:
    return counted(n, "unit")
