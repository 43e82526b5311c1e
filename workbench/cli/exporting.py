"""The steps of `workbench export` (`cli.exchange.export`): refuse a mix of options that
cannot work, then write the file, or the pipe with `-o -`, and say what was written."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from workbench.cli.common import OutputFormat, emit
from workbench.cli.outcome import BadValue, finish
from workbench.formats.choices import CueStyling, ExportFormat, MtPolicy, refusal

if TYPE_CHECKING:
    from workbench.formats.units import ExportOptions
    from workbench.store import Store


def refuse_mix(
    doc: str | None, all_docs: bool, output: Path | None, summary: OutputFormat | None,
    file_format: ExportFormat, mt: MtPolicy, dedupe: bool, cue_styling: CueStyling | None,
    bom: bool = False,
) -> bool:  # fmt: skip
    """Refuse options that cannot go together, before anything is read; True when the file
    goes to standard output (``-o -``)."""
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
    if why := refusal(file_format, mt=mt, dedupe=dedupe, cue_styling=cue_styling, bom=bom):
        raise BadValue(why)
    if output is not None and not to_stdout and not output.parent.is_dir():
        # a mistyped folder is not created
        raise BadValue(
            f"{output}: the folder {output.parent} does not exist; create it, or choose "
            "another file with -o"
        )
    return to_stdout


def to_file(
    store: Store, doc: str | None, to: str, file_format: ExportFormat, output: Path | None,
    options: ExportOptions, summary: OutputFormat | None,
) -> None:  # fmt: skip
    """Write the export to ``output`` (None: exports/…) and print its summary."""
    from workbench.pipeline.exchange import export_documents  # deferred for start-up time

    report = export_documents(store, [doc] if doc else None, to, file_format, output, options)
    if summary is None:
        typer.echo(report.summary())
    else:
        from workbench.cli.summaries import EXPORTED, exported

        emit(exported(report, doc, to, file_format.value), summary, EXPORTED, title="Exported")
    # text the file does not hold as stored: a reviewer checks what was removed
    finish(done=report.written, to_review=report.characters_removed)


def to_stdout(
    store: Store, doc: str | None, to: str, file_format: ExportFormat, options: ExportOptions
) -> None:
    """`-o -`: the file goes to the pipe, the summary to standard error (a CI job reads one
    and logs the other); written whole first, so a refused export sends nothing."""
    import tempfile

    from workbench.pipeline.exchange import export_documents  # deferred for start-up time

    with tempfile.TemporaryDirectory(prefix="workbench-export-") as folder:
        written = Path(folder) / f"export.{file_format.value}"
        docs = [doc] if doc else None
        report = export_documents(store, docs, to, file_format, written, options)
        sys.stdout.buffer.write(written.read_bytes())
        sys.stdout.buffer.flush()
    report = replace(report, paths=(Path("standard output"),))
    typer.echo(report.summary(), err=True)
    finish(done=report.written, to_review=report.characters_removed)
