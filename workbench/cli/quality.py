"""Quality commands (`workbench.pipeline.quality`, `workbench.quality`): `qa` per bead,
`score doc` (MT of a stored document), `score mt` (MT of plain files) and
`score align` (an alignment against a gold one)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from workbench.cli.alignment import EncoderChoice, EncoderOption, load_encoder
from workbench.cli.common import (
    DbOption,
    FormatOption,
    OutputFormat,
    emit,
    language_tag,
    open_store,
)
from workbench.cli.mt import ModelsDirOption
from workbench.cli.outcome import EXIT_CODES, finish
from workbench.cli.score_align import score_align
from workbench.cli.score_mt import ScoreShown, WidthOption, score_mt
from workbench.cli.translating import EngineChoice
from workbench.quality.subtitles import Audience, SubtitleRules

if TYPE_CHECKING:
    from workbench.pipeline.quality import BeadIssue, DocumentScores, EngineScores


def register(app: typer.Typer, score_app: typer.Typer) -> None:
    """Add this feature's commands to the CLI."""
    app.command("qa", epilog=EXIT_CODES)(qa)
    score_app.command("doc")(score_doc)
    score_app.command("mt")(score_mt)
    score_app.command("align")(score_align)


def qa(
    doc: Annotated[str, typer.Argument(help="Document id or file stem.")],
    to: Annotated[
        str | None,
        typer.Option(
            "--to",
            callback=language_tag,
            help="Counterpart language; may be left out when the document is aligned with one "
            "language only.",
            show_default=False,
        ),
    ] = None,
    glossary: Annotated[
        Path | None,
        typer.Option(
            "--glossary",
            help="Term pairs each bead must follow: TSV (French term<TAB>counterpart term) "
            "or .csv (a header such as fr,es picks the columns).",
            show_default=False,
        ),
    ] = None,
    encoder: EncoderOption = EncoderChoice.USEM3,
    audience: Annotated[
        Audience,
        typer.Option(help="Subtitles: who they are for (Netflix's reading speeds differ)."),
    ] = Audience.ADULT,
    sdh: Annotated[
        bool,
        typer.Option("--sdh", help="Subtitles: for the deaf and hard of hearing (read faster)."),
    ] = False,
    db: DbOption = None,
    fmt: FormatOption = OutputFormat.TABLE,
) -> None:
    """QA checks per bead: numbers, length ratio, identical text, quotes and brackets, names,
    pairs whose sides do not seem to translate each other (the sentence encoder's; none
    with --encoder none), and with --glossary the terms a glossary fixes. Subtitles get a
    subtitler's checks on each file's cues: reading speed (characters a second, by language
    and --audience), characters per line, lines per cue, time on screen, overlapping cues,
    gaps under 2 frames, and a sound description alone against speech; each finding names
    the cue's number and time. Spacing before : ; ! ? as each side's language sets it
    (French: a no-break space), digits grouped the way of another language, a sentence
    translated two ways (or two sentences given one translation), and for an imported TMX
    or XLIFF each unit as delivered: an empty side or prose copied unchanged to the other
    side (errors), inline codes that differ, two spaces. A measure converted into other
    units ("5 miles" / "8 km") that agrees within 5% is a warning, not a number error.
    Exits 3 when any finding is an error.

    Each message names a side by its language: "only in en: Lille" is in the counterpart
    (--to), "only in fr: …" in the French, and an MT draft is "the MT draft (en)". With
    -f json or tsv each row also has the bead's texts: "source" is the counterpart,
    "target" the French."""
    from workbench.pipeline.alignment import alignment_for
    from workbench.pipeline.quality import qa_document  # deferred for start-up time
    from workbench.translate.glossary import read_glossary

    store = open_store(db)
    # an unknown document says so before the encoder loads; no --to: its one language
    to = alignment_for(store, doc, to).cp_lang
    terms = read_glossary(glossary, target=to) if glossary is not None else None
    rules = SubtitleRules(audience=audience, sdh=sdh)
    issues = qa_document(store, doc, to, terms, load_encoder(encoder), rules)
    _show_issues(issues, fmt, doc)


def _show_issues(issues: list[BeadIssue], fmt: OutputFormat, doc: str) -> None:
    """A row an issue (its texts too for a script), or one line when a table has none."""
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
    # An error (a number changed, a code lost, an empty target) wants a reviewer: exit 3,
    # as any command that finished but left something to look at.
    errors = sum(i.issue.severity == "error" for i in issues)
    finish(done=len(issues), to_review=errors)


def score_doc(
    doc: Annotated[str, typer.Argument(help="Document id or file stem.")],
    to: Annotated[str, typer.Option("--to", callback=language_tag, help="Counterpart language.")],
    engine: Annotated[
        list[EngineChoice] | None,
        typer.Option(
            "--engine", help="Engine to score; give two to compare them.", case_sensitive=False
        ),
    ] = None,
    worst: Annotated[int, typer.Option(help="How many worst segments to list.")] = 5,
    models_dir: ModelsDirOption = None,
    db: DbOption = None,
    fmt: FormatOption = OutputFormat.TABLE,
    width: WidthOption = 2,
) -> None:
    """Score MT of the French side against the human counterparts of aligned beads.

    Corpus BLEU, chrF and TER with sacrebleu's signatures, the worst segments by
    chrF, and with two engines sacrebleu's paired bootstrap test. In JSON and TSV each
    row also has the number of segments scored and, on each engine's chrF row, its
    worst segments ("worst": chrF, MT, human).
    """
    # deferred for start-up time (SQLAlchemy, sacrebleu, the MT engines)
    from workbench.pipeline.mt import translator_for
    from workbench.pipeline.quality import score_document

    store = open_store(db)
    french = store.document(doc).lang
    names: list[str | None] = [str(e) for e in engine] if engine else [None]
    translators = [translator_for(french, to, e, store, models_dir) for e in names]
    scores = score_document(store, doc, to, translators)
    worst_of = {id(e): _worst_segments(e, worst) for e in scores.engines}
    rows = _score_rows(scores, worst_of, ScoreShown(fmt, width))
    if fmt is not OutputFormat.TABLE:
        emit(rows, fmt, ["engine", "metric", "score", "signature", "segments", "worst"])
        return
    _show_score_tables(doc, scores, rows, worst_of, width)


def _worst_segments(engine: EngineScores, worst: int) -> list[dict[str, object]]:
    """An engine's ``worst`` segments by chrF, with their MT and human texts."""
    return [
        {"chrF": round(s.chrf, 1), "MT": s.hypothesis, "human": s.reference}
        for s in sorted(engine.report.segments, key=lambda s: s.chrf)[:worst]
    ]


def _score_rows(
    scores: DocumentScores, worst_of: dict[int, list[dict[str, object]]], shown: ScoreShown
) -> list[dict[str, object]]:
    """A row an engine's metric; an engine's chrF row carries its worst segments."""
    return [
        {
            "engine": f"{e.engine}:{e.model}", "metric": m.name, "score": shown(m.score),
            "signature": m.signature, "segments": scores.segments,
            "worst": worst_of[id(e)] if m.name.startswith("chrF") else None,
        }
        for e in scores.engines
        for m in e.report.metrics
    ]  # fmt: skip


def _show_score_tables(
    doc: str,
    scores: DocumentScores,
    rows: list[dict[str, object]],
    worst_of: dict[int, list[dict[str, object]]],
    width: int,
) -> None:
    """The scores, each engine's worst segments, and the paired tests, as tables and lines."""
    fmt = OutputFormat.TABLE
    emit(rows, fmt, ["engine", "metric", "score", "signature"], title=f"{doc} {scores.direction}, "
         f"{scores.segments} segments")  # fmt: skip
    for e in scores.engines:
        emit(
            worst_of[id(e)], fmt, ["chrF", "MT", "human"],
            title=f"worst segments, {e.engine}:{e.model}",
        )  # fmt: skip
    for p in scores.paired:
        verdict = "significant" if p.significant else "not significant"
        baseline, system = f"{p.baseline:.{width}f}", f"{p.system:.{width}f}"
        typer.echo(f"{p.name}: {baseline} vs {system}, p = {p.p_value:.4f} ({verdict})")
