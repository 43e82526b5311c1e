"""`workbench fill`: MT drafts for a stored document's gaps (`workbench.pipeline.mt`), and
with --redraft for the drafts nobody has touched."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from workbench.cli.common import (
    ActorOption,
    DbOption,
    LinesFormatOption,
    emit,
    language_tag,
    open_store,
    progress_bar,
)
from workbench.cli.mt import EngineOption, GlossaryOption, ModelsDirOption
from workbench.cli.outcome import EXIT_CODES, finish
from workbench.naming import shell_word
from workbench.wording import counted, plural, spans

if TYPE_CHECKING:
    from workbench.pipeline.mt import FillReport
    from workbench.translate.glossary import Glossary


EstimateOption = Annotated[
    bool,
    typer.Option(
        "--estimate/--no-estimate",
        help="Score each draft with the quality estimate (encodes source and draft; "
        "--no-estimate makes fill several times cheaper and leaves the scores as they were).",
    ),
]


RedraftOption = Annotated[
    bool,
    typer.Option(
        "--redraft",
        help="Also draft again the MT drafts nobody has touched (status draft, origin mt:, "
        "no reviewer's name), with this engine and glossary. Never touches a post-edit, a "
        "confirmed or rejected bead, a typed text, a draft with a reviewer's name, or one "
        "being typed into in the review app.",
    ),
]


def fill(
    doc: Annotated[str, typer.Argument(help="Document id or file stem.")],
    to: Annotated[
        str, typer.Option("--to", callback=language_tag, help="Language of the drafts: en, es, …")
    ],
    engine: EngineOption = None,
    models_dir: ModelsDirOption = None,
    glossary: GlossaryOption = None,
    estimate: EstimateOption = True,
    redraft: RedraftOption = False,
    actor: ActorOption = "cli",
    db: DbOption = None,
    fmt: LinesFormatOption = None,
) -> None:
    """Draft the French sentences that have no counterpart with offline MT.

    Drafts get status `draft` and origin `mt:<engine>:<model>` until a reviewer
    post-edits them; human text is never overwritten. A second run translates
    nothing new: the store's translation cache answers. Each draft's score is its
    quality estimate: the probability, 0 to 1, that it translates its source
    (`--no-estimate` skips it). An engine that fails half-way keeps the drafts made
    so far: the command then exits with 4 (1 when none was made).

    `--redraft` drafts again, besides the gaps, every MT draft nobody has touched
    (status `draft`, origin `mt:…`, no reviewer's name), so that a glossary given
    later, or another engine, reaches the drafts made before; one this engine, model
    and glossary make into the same text is counted unchanged and not written again.
    A bead a reviewer post-edited, confirmed, rejected or typed into, a draft with
    their name on it, and one they are typing into in the review app are never touched.

    Each draft is saved with the version of the bead it replaces: a bead a reviewer
    changes while fill runs keeps their change, the rest are stored, and fill exits
    with 4 (1 when nothing else was stored).

    With -f json or tsv, the lines are one row: document, alignment, drafted,
    redrafted, unchanged, unsaved (with --redraft: drafts left as a reviewer is
    typing into them), changed_meanwhile, already, origin, estimated, estimate (its
    signature), untranslated, glossary, forced, missing, rejected (the beads rejected
    as not a pair, left alone: `unpair` parts them), unglossed and unglossed_missing
    (with --glossary: the drafts made before that kept their text and never got the
    glossary, and those of them missing a term), no_french (the beads whose counterpart
    sentences have no French: fill leaves them, an XLIFF hand-off takes them), elsewhere
    (the French gaps left alone as they read as the counterpart of beads with no French).
    """
    from workbench.pipeline.mt import PartlyDrafted, fill_document  # deferred: start-up time
    from workbench.translate.glossary import read_glossary

    terms = read_glossary(glossary, target=to) if glossary is not None else None
    store = open_store(db)
    try:
        with progress_bar("Translating", None) as advance:
            report = fill_document(
                store, doc, to, engine=engine, models_dir=models_dir, progress=advance,
                estimate=estimate, glossary=terms, actor=actor, redraft=redraft,
            )  # fmt: skip
    except PartlyDrafted as exc:  # the drafts saved before the engine failed stay
        typer.echo(f"error: {exc}", err=True)
        finish(done=exc.drafted, refused=exc.left)
        raise
    if fmt is not None:
        from workbench.cli import summaries

        name = store.document(report.alignment.doc_id).name
        glossary_name = None if terms is None else str(glossary)
        rows = summaries.filled(report, name, to, glossary_name, redraft=redraft)
        emit(rows, fmt, summaries.FILLED, title="Filled")
    else:
        _say_filled(
            report, doc, to, estimate=estimate, terms=terms, glossary=glossary, redraft=redraft
        )
    if report.changed_meanwhile:  # the reviewer's change won: partly done, exit 4
        typer.echo(f"warning: {_changed_meanwhile(report.changed_meanwhile)}", err=True)
    if report.left_behind:  # a reviewer's work stayed in the earlier version: exit 3
        typer.echo(f"warning: {report.left_behind}", err=True)
    finish(
        done=report.filled + report.redrafted,
        refused=report.changed_meanwhile,
        to_review=int(bool(report.left_behind)),
    )


def _changed_meanwhile(n: int) -> str:
    """The line on the gaps and drafts a reviewer changed while fill ran."""
    return (
        f"{counted(n, 'bead')} {plural(n, 'was', 'were')} left as a reviewer changed "
        f"{plural(n, 'it', 'them')} while fill ran (their change stays; run fill again to "
        "draft what is still a gap)"
    )


def _say_filled(
    report: FillReport, doc: str, to: str, *, estimate: bool,
    terms: Glossary | None, glossary: Path | None, redraft: bool,
) -> None:  # fmt: skip
    """What `fill` did, in lines: the drafts and their estimates, the beads left alone, the
    drafts with words left untranslated or a glossary term missing, and where to look."""
    typer.echo(
        f"alignment {report.alignment.id}: {_drafted(report, redraft)}"
        + (_already(report.already, redraft) if report.already else "")
        + (
            f"; each draft has an on-topic estimate in [0, 1], not a fluency score (the review"
            f' app\'s "MT on-topic below" filter shows wrong, empty or off-topic drafts;'
            f" signature {report.estimate})"
            if report.estimated
            else ""
        )
        + (
            "; not scored (--no-estimate)"
            if not estimate and report.filled + report.redrafted
            else ""
        )
    )
    if report.unsaved:
        typer.echo(
            f"left alone: {counted(report.unsaved, 'draft')} a reviewer is typing into in the "
            "review app (not saved yet)"
        )
    if report.rejected:
        numbers = [str(n) for n in report.rejected]
        typer.echo(
            f"left alone: {plural(len(numbers), 'bead')} {', '.join(numbers)} rejected as not "
            "a pair; to draft their French, part them into null beads with "
            f"`workbench unpair {shell_word(doc)} {' '.join(numbers)} --to {to} --reviewer NAME`"
        )
    if report.elsewhere[0]:
        typer.echo(_elsewhere(report.elsewhere, to))
    if report.no_french:
        typer.echo(_no_french(report.no_french, doc, to))
    if report.untranslated:
        typer.echo(
            f"{counted(report.untranslated, 'draft')} left words untranslated, scored lower "
            f"(see `workbench qa {shell_word(doc)} --to {to}`)"
        )
    if terms is not None:
        qa = f"`workbench qa {shell_word(doc)} --to {to} --glossary {shell_word(str(glossary))}`"
        typer.echo(
            f"glossary {terms.name}: terms forced into {counted(report.forced, 'draft')}"
            + (
                f"; {counted(report.missing, 'draft')} "
                f"{plural(report.missing, 'misses', 'miss')} a term (see {qa})"
                if report.missing
                else ""
            )
            + _unglossed(report, qa, redraft)
        )


def _elsewhere(elsewhere: tuple[tuple[int, ...], tuple[int, ...]], to: str) -> str:
    """The line on the French gaps left alone: their counterpart stands elsewhere."""
    fr, cp = elsewhere
    n = len(fr)
    return (
        f"left alone: {plural(n, 'bead')} {spans(fr)} {plural(n, 'reads', 'read')} as the "
        f"{to} of {plural(len(cp), 'bead')} {spans(cp)}, with no French (a block placed "
        f"elsewhere on one side, as `align` said): type that {to} into "
        f"{plural(n, 'it', 'them')} in the review app or a review table rather than draft it"
    )


def _no_french(numbers: tuple[int, ...], doc: str, to: str) -> str:
    """The line on the beads whose counterpart sentences have no French: fill drafts the
    counterpart side only, so it names the route that gets them translated (an XLIFF
    hand-off sends each as a unit with no target, and its import stores the French)."""
    n = len(numbers)
    xlf = shell_word(f"{doc}.xlf")
    return (
        f"not drafted: {plural(n, 'bead')} {spans(numbers)} {plural(n, 'holds', 'hold')} "
        f"{to} text with no French (fill drafts {to} for French sentences only); to "
        f"translate {plural(n, 'it', 'them')}: `workbench export {shell_word(doc)} --to {to} "
        f"-f xliff12 -o {xlf}` (each goes as a unit with no target), then, translated in a "
        f"CAT tool, `workbench import {xlf} --reviewer NAME`"
    )


def _drafted(report: FillReport, redraft: bool) -> str:
    """The gaps drafted and, with --redraft, the drafts drafted again, by which engine."""
    gaps = f"{counted(report.filled, 'gap')} drafted"
    if not redraft:
        return f"{gaps} by {report.origin}"
    same = (
        f" ({report.unchanged} unchanged: this engine, model and glossary had made "
        f"{plural(report.unchanged, 'it', 'them')} already)"
        if report.unchanged
        else ""
    )
    return f"{gaps}, {counted(report.redrafted, 'draft')} redrafted by {report.origin}{same}"


def _already(n: int, redraft: bool) -> str:
    """The beads with a translation fill left as they were (with --redraft: a reviewer's)."""
    if redraft:
        return f", {n} kept as a reviewer's (post-edited, typed, confirmed or named)"
    return f", {n} already had a draft"


def _unglossed(report: FillReport, qa: str, redraft: bool) -> str:
    """What fill's glossary line says of the drafts made before, which it did not touch."""
    n, missing = report.unglossed, report.unglossed_missing
    if not n:
        return ""
    them = plural(n, "it", "them")
    said = (
        f"; not applied to the {counted(n, 'draft')} a reviewer has touched (--redraft leaves them)"
        if redraft
        else f"; not applied to the {counted(n, 'draft')} made before (fill drafts only "
        "gaps: --redraft drafts again those nobody has touched)"
    )
    if n == 1:  # newcomer36: "1 of it misses a term"
        return f"{said}: it misses no term" if not missing else (
            f"{said}: it misses a term (see {qa}); correct it in the review app or an "
            "exported table"
        )  # fmt: skip
    if not missing:
        return f"{said}: none of {them} misses a term"
    return (
        f"{said}: {missing} of {them} {plural(missing, 'misses', 'miss')} a term (see {qa}); "
        f"correct {plural(missing, 'it', 'them')} in the review app or an exported table"
    )


def register(app: typer.Typer, score_app: typer.Typer) -> None:
    """Add `fill` to the CLI."""
    app.command("fill", epilog=EXIT_CODES)(fill)
