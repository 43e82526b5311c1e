"""Exchange commands (`workbench.pipeline.exchange`): `export` to TMX, XLIFF, TSV, CSV or
XLSX, and `import` of TMX or XLIFF (`import-tmx` is its old name)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from workbench.cli import exporting, importing
from workbench.cli.common import (
    ActorOption,
    DbOption,
    OutputFormat,
    language_tag,
    open_store,
    reviewer_filter,
    score_value,
    source_date,
)
from workbench.cli.outcome import EXIT_CODES, BadValue
from workbench.formats.choices import (
    DEDUPE_HELP,
    DEDUPE_NOT_XLIFF,
    CueStyling,
    ExportFormat,
    MtPolicy,
    default_min_score,
    default_mt,
    named_format,
)

if TYPE_CHECKING:
    from workbench.store import Store


def register(app: typer.Typer, score_app: typer.Typer) -> None:
    """Add this feature's commands to the CLI."""
    app.command("export", epilog=EXIT_CODES)(export)
    app.command("import", epilog=EXIT_CODES)(import_file)
    app.command("import-tmx", epilog=EXIT_CODES)(import_tmx)


# `export`'s options, named so that the command reads as its list of choices.
OptionalDocArgument = Annotated[str | None, typer.Argument(help="Document id or file stem.")]
AllOption = Annotated[
    bool, typer.Option("--all", help="Every document aligned with --to, in one file.")
]
ExportToOption = Annotated[
    str | None,
    typer.Option(
        "--to",
        callback=language_tag,
        help="Counterpart language: es, en, …; may be left out when the documents are aligned "
        "with one language only.",
        show_default=False,
    ),
]
FileFormatOption = Annotated[
    ExportFormat | None,
    typer.Option(
        "--file-format",
        "-f",
        help="File format: units (tmx, xliff12, xliff21, tsv, csv, xlsx) or the French "
        "cues with their timing (srt, vtt); a table (tsv, csv, xlsx) is every bead, row n bead "
        "n, rejected and unpaired ones too. Default: the one -o's extension names (.tmx, "
        ".xlf for xliff12, .tsv, .csv, .xlsx, .srt, .vtt), else tmx.",
        case_sensitive=False,
        show_default=False,
    ),
]


def export_format(given: ExportFormat | None, output: Path | None) -> ExportFormat:
    """The export's format: ``given`` (-f), else the one ``output``'s extension names, else
    TMX. BadValue (exit 2) when -f names another format than the extension: newcomer36's
    `-o review.xlsx` wrote a TMX under that name, which the spreadsheet could not open."""
    named = named_format(output) if output is not None else None
    if given is None:
        return named or ExportFormat.TMX
    xliff = {ExportFormat.XLIFF12, ExportFormat.XLIFF21}
    if named is not None and named != given and not {named, given} <= xliff:
        raise BadValue(
            f"-f {given.value} does not match -o {output}, whose extension says "
            f"{named.value}: give -o a .{_suffix(given)} name, or drop -f to write {named.value}"
        )
    return given


def _suffix(fmt: ExportFormat) -> str:
    return "xlf" if fmt in (ExportFormat.XLIFF12, ExportFormat.XLIFF21) else fmt.value


OutputOption = Annotated[
    Path | None, typer.Option("--output", "-o", help="File to write (default: exports/…).")
]
ConfirmedOnlyOption = Annotated[
    bool, typer.Option("--confirmed-only", help="Only beads a reviewer confirmed.")
]
MinScoreOption = Annotated[
    float | None,
    typer.Option(
        "--min-score",
        callback=score_value,
        help="Leave out unreviewed pairs the aligner is less confident of, a score from 0 "
        "to 1 (the probability the pair is right). Default: 0.5 for tmx and xliff, none "
        "for the review tables (tsv, csv, xlsx); 0 keeps every pair. An MT draft's score "
        "is its on-topic estimate, not a confidence. Beads a reviewer confirmed or edited "
        "always go.",
    ),
]
MtOption = Annotated[
    MtPolicy | None,
    typer.Option(
        help="MT drafts nobody post-edited: exclude (XLIFF with --french-source: "
        "their units go untranslated), include (marked as MT: status draft, origin mt:…), "
        "or separate (TMX only). Default: include for the review tables (tsv, csv, xlsx), "
        "exclude for tmx and xliff.",
        show_default=False,
    ),
]
FrenchSourceOption = Annotated[
    bool,
    typer.Option("--french-source", help="French as the source language (TMX, XLIFF)."),
]
RegionsOption = Annotated[
    bool, typer.Option("--regions", help="Region variants (fr-FR, es-ES, en-GB).")
]
BomOption = Annotated[bool, typer.Option("--bom", help="TSV/CSV only: a UTF-8 BOM for Excel.")]
DedupeOption = Annotated[
    bool,
    typer.Option(
        "--dedupe",
        help=f"{DEDUPE_HELP} TMX, TSV, CSV, XLSX; not XLIFF ({DEDUPE_NOT_XLIFF}).",
    ),
]
CueStylingOption = Annotated[
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
]
ExportReviewerOption = Annotated[
    str | None,
    typer.Option(
        "--reviewer",
        callback=reviewer_filter,
        help="Only the beads this reviewer changed last (confirmed, rejected, edited): one "
        "reviewer's work, to check or to pay.",
        show_default=False,
    ),
]
SummaryOption = Annotated[
    OutputFormat | None,
    typer.Option(
        "--summary",
        help="The summary as table, json or tsv rows (-f is the file's format). Default: one line.",
        case_sensitive=False,
        show_default=False,
    ),
]


def export(
    doc: OptionalDocArgument = None,
    all_docs: AllOption = False,
    to: ExportToOption = None,
    file_format: FileFormatOption = None,
    output: OutputOption = None,
    confirmed_only: ConfirmedOnlyOption = False,
    reviewer: ExportReviewerOption = None,
    min_score: MinScoreOption = None,
    mt: MtOption = None,
    french_source: FrenchSourceOption = False,
    regions: RegionsOption = False,
    bom: BomOption = False,
    dedupe: DedupeOption = False,
    cue_styling: CueStylingOption = None,
    db: DbOption = None,
    summary: SummaryOption = None,
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

    file_format = export_format(file_format, output)
    mt = mt or default_mt(file_format)
    stdout = exporting.refuse_mix(
        doc, all_docs, output, summary, file_format, mt, dedupe, cue_styling, bom
    )
    if min_score is None:
        min_score = default_min_score(file_format)
    options = ExportOptions(
        confirmed_only=confirmed_only, reviewer=reviewer, min_score=min_score or None, mt=mt,
        french_source=french_source, region_variants=regions, bom=bom, dedupe=dedupe,
        cue_styling=cue_styling or CueStyling.TEXT, written_at=source_date(),
    )  # fmt: skip
    store = open_store(db)
    to = to or _one_language(store, doc)
    if stdout:
        exporting.to_stdout(store, doc, to, file_format, options)
    else:
        exporting.to_file(store, doc, to, file_format, output, options, summary)


def _one_language(store: Store, doc: str | None) -> str:
    """The counterpart language an export without --to means: the document's (or, with
    --all, every document's) one language; a usage error naming them when there are several
    (newcomer32: the default was es, and an fr–en user's `export crue.fr` was refused)."""
    from workbench.pipeline.alignment import alignment_for

    if doc is not None:
        found = store.document(doc)
        if not any(a.version == found.version for a in store.alignments(found.id)):
            return "es"  # not aligned: what it says of it (a subtitle file's cues go as read)
        return alignment_for(store, doc, None).cp_lang
    langs = sorted({a.cp_lang for d in store.documents() for a in store.alignments(d.id)
                    if a.version == d.version})  # fmt: skip
    if len(langs) > 1:
        raise BadValue(f"the documents are aligned with {', '.join(langs)}: pass --to one of them")
    return langs[0] if langs else "es"


# `import`'s argument and options.
ImportPathArgument = Annotated[
    Path,
    typer.Argument(
        help="A TMX or an XLIFF 1.2/2.x file from OmegaT, Trados, memoQ, …; or a TSV, CSV "
        "or XLSX the workbench exported, reviewed (with --reviewer)."
    ),
]
ImportToOption = Annotated[
    str | None,
    typer.Option(
        "--to",
        callback=language_tag,
        help="Counterpart language, for a TMX with more than two (en, es, …).",
    ),
]
ImportReviewerOption = Annotated[
    str | None,
    typer.Option(
        "--reviewer",
        help="Your name: signs the edits of a reviewed table or of a TMX/XLIFF this "
        "database exported.",
    ),
]


def import_file(
    path: ImportPathArgument,
    to: ImportToOption = None,
    reviewer: ImportReviewerOption = None,
    actor: ActorOption = "cli",
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
    importing.import_any(path, to, reviewer, db, actor)


def import_tmx(
    path: Annotated[Path, typer.Argument(help="A TMX or XLIFF file.")],
    to: Annotated[
        str | None,
        typer.Option(
            "--to", callback=language_tag, help="Counterpart language, for a multilingual TMX."
        ),
    ] = None,
    actor: ActorOption = "cli",
    db: DbOption = None,
) -> None:
    """The old name of `workbench import` (reads TMX and XLIFF alike)."""
    import_file(path, to, None, actor, db)
