"""Document commands (`workbench.pipeline.documents`): `ingest`, `docs`, `segments`."""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from workbench.cli.common import (
    ActorOption,
    DbOption,
    FormatOption,
    LinesFormatOption,
    OutputFormat,
    emit,
    open_store,
    progress_bar,
)
from workbench.cli.outcome import EXIT_CODES, BadValue, finish
from workbench.model import InputError, Kind
from workbench.store import quick
from workbench.wording import counted

if TYPE_CHECKING:
    from workbench.pipeline.documents import IngestReport
    from workbench.store import Store


def register(app: typer.Typer, score_app: typer.Typer) -> None:
    app.command("ingest", epilog=EXIT_CODES)(ingest)
    app.command("docs")(docs)
    app.command("segments")(segments)


PathsArgument = Annotated[
    list[Path],
    typer.Argument(
        help="Files (.txt, .html, .md, .docx, .odt, .pdf, .srt, .vtt) or folders to ingest; "
        "- reads a pasted text from standard input (with --name).",
        show_default=False,
    ),
]
NameOption = Annotated[
    str | None,
    typer.Option(
        "--name",
        help="The pasted text's document name (with `-`); article.html or article.md "
        "reads it as that format, else plain text.",
    ),
]
MaxSizeOption = Annotated[
    float, typer.Option("--max-size", help="Largest file to accept, in MB.", min=0.001)
]
RereadOption = Annotated[
    bool,
    typer.Option(
        "--reread",
        help="Read unchanged files again as a new version (review work is carried over "
        "by `workbench align`).",
    ),
]
VersionOfOption = Annotated[
    str | None,
    typer.Option(
        "--version-of",
        metavar="NAME|ID",
        help="The one file given is a new version of this document, stored from another "
        "path (a client's new version in a new folder); `workbench align` carries its "
        "reviews over.",
    ),
]


def ingest(
    paths: PathsArgument,
    name: NameOption = None,
    db: DbOption = None,
    max_size: MaxSizeOption = 20.0,
    reread: RereadOption = False,
    version_of: VersionOfOption = None,
    actor: ActorOption = "cli",
    fmt: LinesFormatOption = None,
) -> None:
    """Ingest documents: decode, strip markup, sort blocks by kind and language, split sentences.

    Re-ingesting an unchanged file changes nothing, unless this workbench now
    reads it otherwise (a newer reader or segmenter) or --reread asks for it:
    then it is a new version, as a changed file is, and earlier versions keep
    their review work. With -f json or tsv, one row a file (file, status, document,
    id, lang, version, previous_version, segments, carried and to_review_again for a file
    read again, then warning, note and error: the words of the lines on standard error)
    replaces the lines on standard output.
    `workbench ingest -
    --name article` reads a pasted text from standard input as the document
    `article` (pasting other text under that name later is its new version).
    A file named as a document from another path is a new document, with a
    warning naming both; `--version-of NAME|ID` makes it that document's new
    version instead.
    Exits with code 4 when some files could not be ingested (the others are
    stored), 1 when none could, 3 when a stored file has a warning: something of it
    was left out or changed (a subtitle cue with no text). A note (subtitle cues that
    overlap or are numbered out of order, stored as written) exits 0.
    """
    pasted = [p for p in paths if str(p) == "-"]
    max_bytes = _checked(paths, name, version_of, max_size)
    paste = _read_paste(max_bytes) if pasted else None
    store = open_store(db)
    report = _ingested(
        store, paths, (paste, name), max_bytes, reread=reread, version_of=version_of, actor=actor
    )
    _say_ingested(store, report, fmt)
    ok = len(report.files) - len(report.failed)
    if report.failed and len(report.files) > 1:  # for one file, its error line says it all
        typer.echo(f"{counted(len(report.failed), 'file')} failed, {ok} ingested", err=True)
    warned = sum(1 for r in report.files if r.warning and not r.failed)
    finish(done=ok, refused=len(report.failed), to_review=warned)


def _checked(paths: list[Path], name: str | None, version_of: str | None, max_size: float) -> int:
    """The largest file to accept in bytes, once the options agree (else BadValue, one line)."""
    pasted = [p for p in paths if str(p) == "-"]
    if version_of is not None and (pasted or len(paths) != 1 or paths[0].is_dir()):
        raise BadValue(
            f"--version-of {version_of} takes one file, its new version: run "
            f"`workbench ingest FILE --version-of {version_of}`"
        )
    if pasted and not name:
        raise BadValue(
            "-: a pasted text needs a name: run `workbench ingest - --name article` "
            "(`align`, `export` and the app refer to it by that name)"
        )
    if name and not pasted:
        raise BadValue(
            f"--name {name} names a pasted text, read with `-`; files are named after "
            "themselves: leave --name out, or add `-` and paste the text"
        )
    if len(pasted) > 1:
        raise BadValue("-: standard input can be read once; give `-` a single time")
    if pasted and name:
        from workbench.pipeline.documents import paste_name

        try:  # a name no paste can have is a bad value: said before the paste is read
            paste_name(name, b"")
        except InputError as exc:
            raise BadValue(str(exc)) from None
    if not math.isfinite(max_size):  # click's min= lets inf through; int() then crashed
        raise BadValue(f"--max-size {max_size} is not a size: give megabytes, such as 50")
    return int(max_size * 1024 * 1024)


def _ingested(
    store: Store, paths: list[Path], pasted: tuple[bytes | None, str | None], max_bytes: int,
    *, reread: bool, version_of: str | None, actor: str,
) -> IngestReport:  # fmt: skip
    """The files ingested, under a progress bar, then the pasted text (``pasted``: its bytes
    and name) first among them."""
    from workbench import pipeline  # deferred for start-up time (lingua, pysbd, lxml)
    from workbench.pipeline.documents import IngestReport, ingest_text

    with progress_bar("Ingesting", None) as bar:
        report = pipeline.ingest_paths(
            store,
            [p for p in paths if str(p) != "-"],
            max_bytes=max_bytes,
            on_total=bar.set_total,
            progress=bar,
            reread=reread,
            step=bar.step,
            version_of=None if version_of is None else store.document(version_of).id,
            actor=actor,
        )
    paste, name = pasted
    if paste is not None and name is not None:
        result = ingest_text(store, paste, name, max_bytes=max_bytes, actor=actor)
        report = IngestReport((result, *report.files))
    return report


def _say_ingested(store: Store, report: IngestReport, fmt: OutputFormat | None) -> None:
    """What the run did, a line a file (problems on standard error), or rows in ``fmt``."""
    from workbench.pipeline.ingested import Level, report_lines

    documents = store.documents()
    for line in report_lines(report, documents=documents):
        if line.level is not Level.DONE:
            typer.echo(f"{line.level}: {line.text}", err=True)
        elif fmt is None:
            typer.echo(line.text)
    if fmt is not None:
        from workbench.cli import summaries

        emit(summaries.ingested(report, documents), fmt, summaries.INGESTED, title="Ingested")


def _read_paste(max_bytes: int) -> bytes:
    """Standard input's bytes, read up to one byte over ``max_bytes`` (the limit's check)."""
    import sys

    if sys.stdin.isatty():
        typer.echo("Paste the text, then press Ctrl+D on a new line (Ctrl+Z, Enter on Windows).",
                   err=True)  # fmt: skip
    return sys.stdin.buffer.read(max_bytes + 1)


def docs(db: DbOption = None, fmt: FormatOption = OutputFormat.TABLE) -> None:
    """List the ingested documents: ``original_of`` names the translation a document is an
    original of, and ``replaced_by`` the original a later `align --original` aligned that
    translation with instead (the replaced one stays stored; a plain `align` uses the
    newer)."""
    replaced = quick.replaced_originals(db)
    rows = [
        {
            "id": d.id,
            "name": d.name,
            "lang": d.lang,
            "version": d.version,
            "segments": d.segment_count,
            "encoding": d.encoding,
            "original_of": d.original_of,
            "replaced_by": replaced.get(d.id),
            "path": d.path,
        }
        for d in quick.documents(db)  # a current SQLite store is read without SQLAlchemy
    ]
    cols = ["id", "name", "lang", "version", "segments", "encoding", "original_of",
            "replaced_by", "path"]  # fmt: skip
    if fmt is OutputFormat.TABLE:  # paths make the table unreadable on a terminal
        cols.remove("path")
        if not replaced:  # the usual store: no column of blanks
            cols.remove("replaced_by")
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
