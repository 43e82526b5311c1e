"""Document commands (`workbench.pipeline.documents`): `ingest`, `docs`, `segments`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from workbench.cli.common import (
    DbOption,
    FormatOption,
    OutputFormat,
    emit,
    open_store,
    progress_bar,
)
from workbench.cli.outcome import EXIT_CODES, finish
from workbench.model import InputError, Kind
from workbench.store import quick
from workbench.wording import counted


def register(app: typer.Typer, score_app: typer.Typer) -> None:
    app.command("ingest", epilog=EXIT_CODES)(ingest)
    app.command("docs")(docs)
    app.command("segments")(segments)


def ingest(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="Files (.txt, .html, .md, .docx, .odt, .pdf, .srt, .vtt) or folders to ingest; "
            "- reads a pasted text from standard input (with --name).",
            show_default=False,
        ),
    ],
    name: Annotated[
        str | None,
        typer.Option(
            "--name",
            help="The pasted text's document name (with `-`); article.html or article.md "
            "reads it as that format, else plain text.",
        ),
    ] = None,
    db: DbOption = None,
    max_size: Annotated[
        float, typer.Option("--max-size", help="Largest file to accept, in MB.", min=0.001)
    ] = 20.0,
    reread: Annotated[
        bool,
        typer.Option(
            "--reread",
            help="Read unchanged files again as a new version (review work is carried over "
            "by `workbench align`).",
        ),
    ] = False,
) -> None:
    """Ingest documents: decode, strip markup, sort blocks by kind and language, split sentences.

    Re-ingesting an unchanged file changes nothing, unless this workbench now
    reads it otherwise (a newer reader or segmenter) or --reread asks for it:
    then it is a new version, as a changed file is, and earlier versions keep
    their review work. `workbench ingest -
    --name article` reads a pasted text from standard input as the document
    `article` (pasting other text under that name later is its new version).
    Exits with code 4 when some files could not be ingested (the others are
    stored), 1 when none could, 3 when a stored file has a warning.
    """
    pasted = [p for p in paths if str(p) == "-"]
    if pasted and not name:
        raise InputError(
            "-: a pasted text needs a name: run `workbench ingest - --name article` "
            "(`align`, `export` and the app refer to it by that name)"
        )
    if name and not pasted:
        raise InputError(
            f"--name {name} names a pasted text, read with `-`; files are named after "
            "themselves: leave --name out, or add `-` and paste the text"
        )
    if len(pasted) > 1:
        raise InputError("-: standard input can be read once; give `-` a single time")
    from workbench import pipeline  # deferred for start-up time (lingua, pysbd, lxml)
    from workbench.pipeline.readings import CarryOver

    max_bytes = int(max_size * 1024 * 1024)
    paste = _read_paste(max_bytes) if pasted else None
    store = open_store(db)
    with progress_bar("Ingesting", None) as bar:
        report = pipeline.ingest_paths(
            store,
            [p for p in paths if str(p) != "-"],
            max_bytes=max_bytes,
            on_total=bar.set_total,
            progress=bar,
            reread=reread,
            step=bar.step,
        )
    if paste is not None and name is not None:
        from workbench.pipeline.documents import IngestReport, ingest_text

        result = ingest_text(store, paste, name, max_bytes=max_bytes)
        report = IngestReport((result, *report.files))
    for result in report.files:
        if result.failed:
            typer.echo(f"error: {result.error}", err=True)
            continue
        doc = result.document
        assert doc is not None
        note = {
            "new": f"new, {counted(doc.segment_count, 'segment')}",
            "updated": f"changed: stored as version {doc.version}; version "
            f"{result.previous_version} and its review work are kept",
            "reread": (result.carry or CarryOver(0, 0)).line(
                doc.version, result.previous_version or doc.version - 1
            ),
            "unchanged": "unchanged",
        }[result.status or "new"]
        typer.echo(f"{doc.name}: {note} [{doc.lang}]")
        if result.warning:
            typer.echo(f"warning: {result.warning}", err=True)
        if result.status == "new" and doc.lang != "fr":
            from workbench.pipeline.alignment import not_french_note

            typer.echo(f"note: {not_french_note(doc)}", err=True)
    ok = len(report.files) - len(report.failed)
    if report.failed and len(report.files) > 1:  # for one file, its error line says it all
        typer.echo(f"{counted(len(report.failed), 'file')} failed, {ok} ingested", err=True)
    warned = sum(1 for r in report.files if r.warning and not r.failed)
    finish(done=ok, refused=len(report.failed), to_review=warned)


def _read_paste(max_bytes: int) -> bytes:
    """Standard input's bytes, read up to one byte over ``max_bytes`` (the limit's check)."""
    import sys

    if sys.stdin.isatty():
        typer.echo("Paste the text, then press Ctrl+D on a new line (Ctrl+Z, Enter on Windows).",
                   err=True)  # fmt: skip
    return sys.stdin.buffer.read(max_bytes + 1)


def docs(db: DbOption = None, fmt: FormatOption = OutputFormat.TABLE) -> None:
    """List the ingested documents."""
    rows = [
        {
            "id": d.id,
            "name": d.name,
            "lang": d.lang,
            "version": d.version,
            "segments": d.segment_count,
            "encoding": d.encoding,
            "original_of": d.original_of,
            "path": d.path,
        }
        for d in quick.documents(db)  # a current SQLite store is read without SQLAlchemy
    ]
    cols = ["id", "name", "lang", "version", "segments", "encoding", "original_of", "path"]
    if fmt is OutputFormat.TABLE:  # paths make the table unreadable on a terminal
        cols.remove("path")
    emit(rows, fmt, cols, title="Documents")


def segments(
    doc: Annotated[str, typer.Argument(help="Document id or file stem.")],
    db: DbOption = None,
    fmt: FormatOption = OutputFormat.TABLE,
    version: Annotated[
        int | None, typer.Option(help="Document version (default: the current one).")
    ] = None,
    kind: Annotated[Kind | None, typer.Option(help="Only this kind.", case_sensitive=False)] = None,
) -> None:
    """Show a document's segments with their kind and language."""
    store = open_store(db)
    document = store.document(doc)
    rows = [
        {
            "id": s.id,
            "doc": document.name,
            "index": s.index,
            "block": s.block,
            "kind": str(s.kind),
            "lang": s.lang,
            "text": s.text,
        }
        for s in store.segments(document.id, version)
        if kind is None or s.kind == kind
    ]
    emit(rows, fmt, ["id", "doc", "index", "block", "kind", "lang", "text"], title=document.name)
