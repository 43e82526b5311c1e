"""Exchange commands (`workbench.pipeline.exchange`): `export` to TMX, XLIFF, TSV, CSV or
XLSX, and `import` of TMX or XLIFF (`import-tmx` is its old name)."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from workbench.cli.common import (
    Bar,
    DbOption,
    OutputFormat,
    emit,
    language_tag,
    open_store,
    progress_bar,
    score_value,
)
from workbench.cli.outcome import EXIT_CODES, BadValue, finish
from workbench.formats.choices import (
    DEDUPE_HELP,
    DEDUPE_NOT_XLIFF,
    DEFAULT_MT,
    CueStyling,
    ExportFormat,
    MtPolicy,
    default_min_score,
    refusal,
)
from workbench.wording import counted

if TYPE_CHECKING:
    from workbench.pipeline.exchange import ImportReport
    from workbench.store import Store


def register(app: typer.Typer, score_app: typer.Typer) -> None:
    """Add this feature's commands to the CLI."""
    app.command("export", epilog=EXIT_CODES)(export)
    app.command("import", epilog=EXIT_CODES)(import_file)
    app.command("import-tmx", epilog=EXIT_CODES)(import_tmx)


def export(
    doc: Annotated[str | None, typer.Argument(help="Document id or file stem.")] = None,
    all_docs: Annotated[
        bool, typer.Option("--all", help="Every document aligned with --to, in one file.")
    ] = False,
    to: Annotated[
        str, typer.Option("--to", callback=language_tag, help="Counterpart language: es, en, …")
    ] = "es",
    file_format: Annotated[
        ExportFormat,
        typer.Option(
            "--file-format",
            "-f",
            help="File format: units (tmx, xliff12, xliff21, tsv, csv, xlsx) or the French "
            "cues with their timing (srt, vtt).",
            case_sensitive=False,
        ),
    ] = ExportFormat.TMX,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write (default: exports/…).")
    ] = None,
    confirmed_only: Annotated[
        bool, typer.Option("--confirmed-only", help="Only beads a reviewer confirmed.")
    ] = False,
    min_score: Annotated[
        float | None,
        typer.Option(
            "--min-score",
            callback=score_value,
            help="Leave out unreviewed pairs the aligner is less confident of, a score from 0 "
            "to 1 (the probability the pair is right). Default: 0.5 for tmx and xliff, none "
            "for the review tables (tsv, csv, xlsx); 0 keeps every pair. Beads a reviewer "
            "confirmed or edited always go.",
        ),
    ] = None,
    mt: Annotated[
        MtPolicy,
        typer.Option(
            help="MT drafts nobody post-edited: exclude (XLIFF with --french-source: "
            "their units go untranslated), include (marked as MT), or separate (TMX only)."
        ),
    ] = DEFAULT_MT,
    french_source: Annotated[
        bool,
        typer.Option("--french-source", help="French as the source language (TMX, XLIFF)."),
    ] = False,
    regions: Annotated[
        bool, typer.Option("--regions", help="Region variants (fr-FR, es-ES, en-GB).")
    ] = False,
    bom: Annotated[bool, typer.Option("--bom", help="TSV/CSV: a UTF-8 BOM for Excel.")] = False,
    dedupe: Annotated[
        bool,
        typer.Option(
            "--dedupe",
            help=f"{DEDUPE_HELP} TMX, TSV, CSV, XLSX; not XLIFF ({DEDUPE_NOT_XLIFF}).",
        ),
    ] = False,
    cue_styling: Annotated[
        CueStyling | None,
        typer.Option(
            "--cue-styling",
            help="TMX: a subtitle cue's styling (<i>, {\\an8}). text: as characters, as "
            "OmegaT 3.6's SubRip filter reads a cue; codes: TMX 1.4b content markup "
            "(<bpt>/<ept>), for tools whose SubRip filter makes them tags (Trados, memoQ); "
            "none: left out. Default: text. Other formats write a cue's clean text.",
            case_sensitive=False,
            show_default=False,
        ),
    ] = None,
    db: DbOption = None,
    summary: Annotated[
        OutputFormat | None,
        typer.Option(
            "--summary",
            help="The summary as table, json or tsv rows (-f is the file's format). "
            "Default: one line.",
            case_sensitive=False,
            show_default=False,
        ),
    ] = None,
) -> None:
    """Export TMX, XLIFF, tables, or SRT/VTT cues. Beads as units, or French cues.

    Units: TMX 1.4b, XLIFF 1.2 or 2.1, TSV, CSV or XLSX. For OmegaT 3.6 use TMX: it
    offers an XLIFF's targets as the text to translate and reads no XLIFF 2.
    Subtitles (`-f srt` or `-f vtt`, a document read from a .srt or .vtt): the French
    cues with their timing, one per cue the file had, numbers, line breaks and styling
    kept; each cue's text is its bead's, so a reviewer's edit wins. MT drafts never
    enter, so --mt, --dedupe and --min-score do not apply.

    XLIFF keeps each bead's status as the unit's state (MT drafts marked as such), its note,
    reviewer and dates. An export killed or interrupted leaves nothing half-written: a file
    appears whole or not at all, and the next export into its folder removes what it left.
    Characters XML forbids are removed and counted. Units with an empty side are skipped,
    except in XLIFF, a hand-off: there every source sentence goes, untranslated (no target)
    when it has no counterpart or only an MT draft left out. CSV cells that a spreadsheet
    would run as formulas get a leading apostrophe. Nothing to write: no file, exit 1, one line
    saying which option brings what in. `--summary json` (or tsv) prints the summary
    as a row for scripts: document, to, format, files, written, skipped (by reason),
    mt_written, untranslated, to_translate_again, characters_removed, notice (OmegaT's).
    """
    # deferred for start-up time: --help needs only the choices
    from workbench.formats.units import ExportOptions
    from workbench.pipeline.exchange import export_documents

    if all_docs == (doc is not None):
        raise typer.BadParameter("give either a DOC or --all")
    to_stdout = output is not None and str(output) == "-"
    if to_stdout and mt is MtPolicy.SEPARATE:
        raise BadValue(
            "--mt separate writes two files, which standard output cannot hold; "
            "give a file name with -o"
        )
    if to_stdout and summary is not None:
        raise BadValue(
            f"--summary {summary} with -o -: standard output holds the file; give a file "
            "name with -o, or leave --summary out (the line goes to standard error)"
        )
    if why := refusal(file_format, mt=mt, dedupe=dedupe, cue_styling=cue_styling):
        raise BadValue(why)
    if output is not None and not to_stdout and not output.parent.is_dir():
        # a mistyped folder is not created
        raise BadValue(
            f"{output}: the folder {output.parent} does not exist; create it, or choose "
            "another file with -o"
        )
    if min_score is None:
        min_score = default_min_score(file_format)
    options = ExportOptions(
        confirmed_only=confirmed_only, min_score=min_score or None, mt=mt,
        french_source=french_source, region_variants=regions, bom=bom, dedupe=dedupe,
        cue_styling=cue_styling or CueStyling.TEXT,
    )  # fmt: skip
    store = open_store(db)
    docs = [doc] if doc else None
    if not to_stdout:
        report = export_documents(store, docs, to, file_format, output, options)
        if summary is None:
            typer.echo(report.summary())
        else:
            from workbench.cli.summaries import EXPORTED, exported

            emit(exported(report, doc, to, file_format.value), summary, EXPORTED, title="Exported")
        # text the file does not hold as stored: a reviewer checks what was removed
        finish(done=report.written, to_review=report.characters_removed)
        return
    # `-o -`: the file goes to the pipe, the summary to standard error (a CI job reads one
    # and logs the other); written whole first, so a refused export sends nothing.
    import tempfile

    with tempfile.TemporaryDirectory(prefix="workbench-export-") as folder:
        written = Path(folder) / f"export.{file_format.value}"
        report = export_documents(store, docs, to, file_format, written, options)
        sys.stdout.buffer.write(written.read_bytes())
        sys.stdout.buffer.flush()
    report = replace(report, paths=(Path("standard output"),))
    typer.echo(report.summary(), err=True)
    finish(done=report.written, to_review=report.characters_removed)


def import_file(
    path: Annotated[
        Path,
        typer.Argument(
            help="A TMX or an XLIFF 1.2/2.x file from OmegaT, Trados, memoQ, …; or a TSV, CSV "
            "or XLSX the workbench exported, reviewed (with --reviewer)."
        ),
    ],
    to: Annotated[
        str | None,
        typer.Option(
            "--to",
            callback=language_tag,
            help="Counterpart language, for a TMX with more than two (en, es, …).",
        ),
    ] = None,
    reviewer: Annotated[
        str | None,
        typer.Option(
            "--reviewer",
            help="Your name: signs the edits of a reviewed table or of a TMX/XLIFF this "
            "database exported.",
        ),
    ] = None,
    db: DbOption = None,
) -> None:
    """Import a TMX or XLIFF as a French document, its counterpart and their alignment;
    or a reviewed TSV/CSV/XLSX export back into the beads it came from.

    What an XML file is comes from its content (its root element), not its name.
    Units keep their status, notes, dates and ids. A TMX unit that says nothing of
    its state (as OmegaT and Trados write their memories) is a translator's pair:
    confirmed, score 1.000; Trados' confirmation level and our own x-status say
    otherwise where they are given. The XML is read with entity
    resolution, DTD loading and network access off: files that try XXE or
    entity expansion are refused. The file is streamed (memory stays flat
    however large it is) and stored in one transaction: an interrupted import
    stores nothing.

    A file imported again from where it was imported before (a new version of its
    documents) is merged with the beads reviewers changed since its last import,
    unit by unit (by unit id):
    a bead the file left as it was keeps the reviewer's edit, confirmation or
    rejection; one changed on both sides takes the file's text, to review again,
    with the workbench's in its note, and is named in a warning; a bead no
    unit names (merged, split) stays in the older version, also named.

    A TMX or XLIFF this database exported (each unit carries its bead's version),
    back from a CAT tool from any path, goes into the beads it came from (or those
    align carried them over to, unchanged, in a newer alignment), signed
    --reviewer: what the file changed becomes your edits; a bead changed both here
    since the export and in the file is a conflict (the file's text, to review
    again, the workbench's in its note), one line each; a bead merged or split
    since is refused in one line, and the command exits with 4 (1 when nothing was
    stored); a conflict alone makes it exit with 3. OmegaT's project
    memory is refused, naming the target/ copy to import instead.

    A table's rows that differ from their beads become your edits (texts, then
    confirmed or rejected), signed --reviewer; a bead changed since the export
    is never overwritten: its row is refused in one line, as is any row that
    cannot be applied, and the command exits with 4 (1 when no row was stored).
    """
    from workbench.pipeline.reviewed import TABLE_SUFFIXES

    if path.suffix.lower() in TABLE_SUFFIXES:
        _import_reviewed(path, to, reviewer, db)
        return
    from workbench.pipeline.exchange import import_file as run  # deferred for start-up time

    store = open_store(db)
    if _import_returned(store, path, to, reviewer):
        return
    if reviewer is not None:
        raise typer.BadParameter(
            "--reviewer signs a reviewed table (.tsv, .csv, .xlsx) or a TMX or XLIFF exported "
            "from this database; this file is neither, and keeps the reviewers it names"
        )
    with progress_bar(f"Importing {path.name} (MB)", None) as bar:
        report = run(store, path, to=to, progress=_megabytes(bar))
    if report.unchanged:
        typer.echo(f"{report.french.name}: unchanged ({_units(report.units)} already imported)")
        return
    skipped = f", {report.skipped} skipped (a side missing)" if report.skipped else ""
    left_out = f"; left out: {', '.join(report.left_out)}" if report.left_out else ""
    named = f"; the file's source language: {report.source_lang}" if report.source_lang else ""
    kept = (
        f"; {counted(report.kept, 'bead')} reviewed here since the last import kept"
        if report.kept
        else ""
    )
    typer.echo(
        f"{report.french.name}: {_units(report.units)} imported from {report.kind} as "
        f"alignment {report.alignment.id} (fr–{report.alignment.cp_lang}){skipped}{left_out}"
        f"{named}{kept}"
    )
    for warning in report.warnings:
        typer.echo(f"warning: {warning}", err=True)
    elsewhere = _not_merged(store, report, path) if report.french.version == 1 else None
    if elsewhere:
        typer.echo(f"warning: {elsewhere}", err=True)
    # conflicts and beads no unit matched (`merging.left_behind`), reviews not merged
    finish(done=report.units, to_review=len(report.warnings) + bool(elsewhere))


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
        f"(`workbench export {source.name} --to {report.alignment.cp_lang} -f tsv`, edit it, "
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
    for line in report.refused:
        typer.echo(f"error: {path.name} {line}", err=True)
    stored = report.edited + report.confirmed + report.rejected
    finish(done=stored, refused=len(report.refused))


def import_tmx(
    path: Annotated[Path, typer.Argument(help="A TMX or XLIFF file.")],
    to: Annotated[
        str | None,
        typer.Option(
            "--to", callback=language_tag, help="Counterpart language, for a multilingual TMX."
        ),
    ] = None,
    db: DbOption = None,
) -> None:
    """The old name of `workbench import` (reads TMX and XLIFF alike)."""
    import_file(path, to, None, db)


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
