"""Quality commands (`workbench.pipeline.quality`, `workbench.quality`): `qa` per bead,
`score doc` (MT of a stored document), `score mt` (MT of plain files) and
`score align` (an alignment against a gold one)."""

from __future__ import annotations

import json
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
from workbench.cli.translating import EngineChoice
from workbench.formats.beads import parse_beads
from workbench.model import Bead, InputError
from workbench.quality.alignment import score_alignment
from workbench.quality.subtitles import Audience, SubtitleRules

if TYPE_CHECKING:
    from workbench.pipeline.quality import BeadIssue, DocumentScores, EngineScores


def register(app: typer.Typer, score_app: typer.Typer) -> None:
    """Add this feature's commands to the CLI."""
    app.command("qa")(qa)
    score_app.command("doc")(score_doc)
    score_app.command("mt")(score_mt)
    score_app.command("align")(score_align)


def qa(
    doc: Annotated[str, typer.Argument(help="Document id or file stem.")],
    to: Annotated[
        str, typer.Option("--to", callback=language_tag, help="Counterpart language.")
    ] = "es",
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
    the cue's number and time."""
    from workbench.pipeline.alignment import alignment_for
    from workbench.pipeline.quality import qa_document  # deferred for start-up time
    from workbench.translate.glossary import read_glossary

    terms = read_glossary(glossary, target=to) if glossary is not None else None
    store = open_store(db)
    alignment_for(store, doc, to)  # an unknown document says so before the encoder loads
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
    rows = _score_rows(scores, worst_of)
    if fmt is not OutputFormat.TABLE:
        emit(rows, fmt, ["engine", "metric", "score", "signature", "segments", "worst"])
        return
    _show_score_tables(doc, scores, rows, worst_of)


def _worst_segments(engine: EngineScores, worst: int) -> list[dict[str, object]]:
    """An engine's ``worst`` segments by chrF, with their MT and human texts."""
    return [
        {"chrF": round(s.chrf, 1), "MT": s.hypothesis, "human": s.reference}
        for s in sorted(engine.report.segments, key=lambda s: s.chrf)[:worst]
    ]


def _score_rows(
    scores: DocumentScores, worst_of: dict[int, list[dict[str, object]]]
) -> list[dict[str, object]]:
    """A row an engine's metric; an engine's chrF row carries its worst segments."""
    return [
        {
            "engine": f"{e.engine}:{e.model}", "metric": m.name, "score": round(m.score, 2),
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
        typer.echo(f"{p.name}: {p.baseline:.2f} vs {p.system:.2f}, p = {p.p_value:.4f} ({verdict})")


def read_lines(path: Path) -> list[str]:
    """One segment a line, trailing whitespace dropped: what sacrebleu's command line reads."""
    try:
        with path.open(encoding="utf-8", newline="\n") as handle:
            return [line.rstrip() for line in handle]
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"{path} is not UTF-8 text ({exc.reason}); save it as UTF-8") from exc


def score_mt(
    hyp: Annotated[
        Path, typer.Option("--hyp", help="Machine translation to score, one segment a line.")
    ],
    ref: Annotated[
        list[Path],
        typer.Option("--ref", help="Reference translation, line by line; repeat for several."),
    ],
    metrics: Annotated[
        str, typer.Option("--metrics", "-m", help="Comma-separated: bleu, chrf, ter.")
    ] = "bleu,chrf,ter",
    fmt: FormatOption = OutputFormat.TABLE,
    width: Annotated[
        int, typer.Option("--width", "-w", min=0, max=10, help="Decimals shown, as sacrebleu's -w.")
    ] = 1,
) -> None:
    """Score a machine translation against references with sacrebleu's BLEU, chrF and TER.

    The numbers and signatures are sacrebleu's own, the same as
    `sacrebleu REF -i HYP -m bleu chrf ter` on the same files.
    """
    from workbench.quality.mt import corpus_scores, parse_metrics  # deferred: start-up

    try:
        chosen = parse_metrics(metrics)
    except InputError as exc:  # a fixed set of names: a usage error, like a bad --format
        raise typer.BadParameter(str(exc), param_hint="'--metrics'") from None
    hypotheses = read_lines(hyp)
    references = [read_lines(path) for path in ref]
    rows = [
        {
            "name": score.name,
            "score": round(score.score, width)
            if fmt is OutputFormat.JSON
            else f"{score.score:.{width}f}",
            "signature": score.signature,
            "verbose_score": score.verbose,
            "exact_score": score.score,
        }
        for score in corpus_scores(hypotheses, references, chosen)
    ]
    columns = ["name", "score", "signature", "verbose_score"]
    if fmt is OutputFormat.JSON:
        columns.append("exact_score")
    emit(rows, fmt, columns, title=f"{hyp.name} against {', '.join(p.name for p in ref)}")


def _read_beads(path: Path) -> list[Bead]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read beads file {path}: {exc}") from exc
    beads = parse_beads(text)
    if not beads:
        raise InputError(f"{path} has no beads: expected one bead a line, e.g. [6, 7]:[9]")
    return beads


def score_align(
    gold: Annotated[Path, typer.Option("--gold", help="Gold beads file.", show_default=False)],
    pred: Annotated[Path, typer.Option("--pred", help="System beads file.", show_default=False)],
    fmt: FormatOption = OutputFormat.TABLE,
) -> None:
    """Score an alignment against a gold one: strict and lax precision, recall, F1.

    As the field computes them (vecalign's score.py): precision over every
    system bead, insertions and deletions included; recall over the gold beads
    with both sides; strict = identical bead, lax = shares a gold link.
    """
    report = score_alignment(_read_beads(gold), _read_beads(pred))
    if fmt is OutputFormat.JSON:
        typer.echo(json.dumps(report.as_dict(), indent=2))
        return
    rows = [
        {
            "match": kind,
            "precision": getattr(report, f"{kind}_precision"),
            "recall": getattr(report, f"{kind}_recall"),
            "f1": getattr(report, f"{kind}_f1"),
        }
        for kind in ("strict", "lax")
    ]
    emit(rows, fmt, title=f"{report.system_beads} system / {report.gold_beads} gold beads")
    if fmt is OutputFormat.TABLE:
        typer.echo(report.signature)
