"""`align-files` (`workbench.pipeline.files`): the sentences of two plain files aligned and
printed, no store."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from workbench.cli.alignment import EncoderChoice, EncoderOption, load_encoder
from workbench.cli.common import OutputFormat, emit, language_tag
from workbench.formats.beads import format_beads

if TYPE_CHECKING:
    from workbench.pipeline.files import FilesAlignment


def register(app: typer.Typer, score_app: typer.Typer) -> None:
    """Add this feature's commands to the CLI."""
    app.command("align-files")(align_files)


class BeadFormat(StrEnum):
    """How `align-files` prints beads: the bead text form, or rows."""

    BEADS = "beads"
    TSV = "tsv"
    JSON = "json"


def align_files(
    src: Annotated[Path, typer.Argument(help="Source text file.", show_default=False)],
    tgt: Annotated[Path, typer.Argument(help="Target text file.", show_default=False)],
    src_lang: Annotated[
        str, typer.Option("--src-lang", callback=language_tag, help="Source language, e.g. fr.")
    ],
    tgt_lang: Annotated[
        str, typer.Option("--tgt-lang", callback=language_tag, help="Target language, e.g. es.")
    ],
    presplit: Annotated[
        bool, typer.Option("--presplit", help="Each line is already one sentence.")
    ] = False,
    bead_format: Annotated[
        BeadFormat,
        typer.Option(
            "--bead-format",
            "-f",
            help="beads: one bead a line, as [6, 7]:[9]:0.873; tsv or json: one row a "
            "bead with its texts.",
            case_sensitive=False,
        ),
    ] = BeadFormat.BEADS,
    encoder: EncoderOption = EncoderChoice.USEM3,
    lexicon: Annotated[
        bool, typer.Option("--lexicon/--no-lexicon", help="Use the FreeDict dictionary.")
    ] = True,
) -> None:
    """Align the sentences of two plain-text files and print the beads.

    Ids are 0-based sentence numbers (line numbers with --presplit). Every
    sentence appears in exactly one bead, in order; `[]:[22]` and `[16]:[]`
    are sentences without counterpart. A counterpart much shorter than the
    text (a few captions against an article) is aligned in sparse mode: only
    sure one-to-one pairs are linked. Files are read as `ingest` reads them
    (a file mixing UTF-8 with another encoding is refused). A summary goes
    to stderr.
    """
    from workbench.pipeline.files import align_files as run  # deferred for start-up time

    result = run(
        src, tgt, src_lang, tgt_lang, presplit=presplit, encoder=load_encoder(encoder),
        lexicon=lexicon,
    )  # fmt: skip
    _show(result, bead_format)


def _show(result: FilesAlignment, bead_format: BeadFormat) -> None:
    """The beads on standard output; the files' warnings, notes and the summary on stderr."""
    for warning in (*result.src.warnings, *result.tgt.warnings):
        typer.echo(f"warning: {warning}", err=True)
    for note in result.notes:
        typer.echo(f"note: {note}", err=True)
    if bead_format is BeadFormat.BEADS:
        typer.echo(format_beads(result.beads), nl=False)
    elif bead_format is BeadFormat.JSON:
        typer.echo(json.dumps(result.rows(), ensure_ascii=False, indent=2))
    else:
        emit(result.rows(), OutputFormat.TSV)
    typer.echo(result.summary(), err=True)
