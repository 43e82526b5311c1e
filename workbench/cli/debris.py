"""`workbench restore`: give segments classed as web debris back to the text."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from workbench.cli.alignment import (
    EncoderChoice,
    EncoderOption,
    ReviewerOption,
    load_encoder,
    reviewed_kept,
)
from workbench.cli.common import DbOption, open_store
from workbench.cli.outcome import BadValue
from workbench.model import Kind, labels
from workbench.wording import counted, plural

if TYPE_CHECKING:
    from workbench.pipeline.alignment import AlignReport
    from workbench.store import Store


def register(app: typer.Typer, score_app: typer.Typer) -> None:
    """Add this feature's commands to the CLI."""
    app.command("restore")(restore)


def restore(
    doc: Annotated[str, typer.Argument(help="Document id or file stem.")],
    segment_ids: Annotated[
        list[int], typer.Argument(help="Segment ids, as `workbench segments DOC` shows them.")
    ],
    new_kind: Annotated[
        Kind, typer.Option("--as", help="New kind.", case_sensitive=False)
    ] = Kind.BODY,
    reviewer: ReviewerOption = "",
    encoder: EncoderOption = EncoderChoice.USEM3,
    db: DbOption = None,
) -> None:
    """Mark segments with another kind (by default: debris back to body) and re-align.

    See the debris of a document with `workbench segments DOC --kind
    boilerplate`. Every alignment of the document is aligned again;
    confirmed beads are kept. The change is signed --reviewer, as the app signs it
    with the reviewer's name: a new version of the file gets the same kinds, signed
    by you.
    """
    from workbench.pipeline.debris import set_segment_kinds

    if not reviewer.strip():  # the app's Debris pickers are closed without a name too
        raise BadValue("a change of kind is signed: give your name with --reviewer NAME")
    store = open_store(db)
    report = set_segment_kinds(
        store,
        doc,
        segment_ids,
        new_kind,
        encoder=load_encoder(encoder),
        actor=reviewer.strip(),
    )
    names = _labels(store)
    name = names.get(report.document.id, report.document.name)
    if not report.changed:
        n = len(segment_ids)
        are = f"{plural(n, 'segment')} {plural(n, 'is', 'are')}"
        typer.echo(f"{name}: nothing to change, the {are} {new_kind} already")
        if report.pending:  # an earlier run was stopped before it aligned again
            ids = ", ".join(map(str, report.pending))
            typer.echo(
                f"{plural(len(report.pending), 'alignment')} {ids} did not cover the text: "
                "not aligned since its kinds changed (a run stopped half-way)"
            )
    else:
        typer.echo(f"{name}: {counted(len(report.changed), 'segment')} marked {new_kind}")
    for r in report.realigned:
        _say_realigned(r, names, name)
    if report.stray is not None:
        typer.echo(f"note: {report.stray}", err=True)


def _labels(store: Store) -> dict[int, str]:
    """Each document's name by its id: "pont.fr-2" where two documents go by one name (the
    project's one rule: `labels`)."""
    every = store.documents()
    return dict(zip((d.id for d in every), labels(every, every), strict=True))


def _say_realigned(r: AlignReport, names: dict[int, str], name: str) -> None:
    """The warnings of an alignment aligned again, and one line of what it now holds."""
    for warning in r.warnings:
        typer.echo(f"warning: {warning}", err=True)
    a = r.alignment
    counterpart = (
        names.get(a.counterpart_doc_id, "its original")
        if a.counterpart_doc_id is not None
        else f"its {a.cp_lang} captions"
    )
    typer.echo(
        f"alignment {a.id} of {names.get(a.doc_id, name)} with {counterpart} aligned again: "
        f"{counted(r.beads, 'bead')}, {counted(r.pairs, 'pair')}, "
        f"{reviewed_kept(r.kept_confirmed)}"
    )
