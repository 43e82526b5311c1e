"""`score mt`: machine translations of plain files scored as sacrebleu's command line
scores them, registered by `workbench.cli.quality` (which shows `score doc` with this
module's `ScoreShown` and `WidthOption`).

Thin: reading the files and showing rows; the checks and scores are
`workbench.quality.mt_scores`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from workbench.cli.common import FormatOption, OutputFormat, emit
from workbench.cli.outcome import BadValue
from workbench.model import InputError
from workbench.quality.mt_scores import PairedTestType

if TYPE_CHECKING:
    from workbench.quality.mt import Metric
    from workbench.quality.mt_scores import MetricOptions


def read_lines(path: Path) -> list[str]:
    """One segment a line, trailing whitespace dropped: what sacrebleu's command line reads."""
    try:
        with path.open(encoding="utf-8", newline="\n") as handle:
            return [line.rstrip() for line in handle]
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"{path} is not UTF-8 text ({exc.reason}); save it as UTF-8") from exc


def _read_segments(path: Path, lines: list[str], *, hypotheses: bool) -> list[str]:
    """``lines`` (`read_lines` of ``path``), a byte-order mark removed; a warning line for it
    and each empty hypothesis."""
    from workbench.quality.mt_scores import clean_lines

    lines, warnings = clean_lines(str(path), lines, hypotheses=hypotheses)
    for warning in warnings:
        typer.echo(f"warning: {warning}", err=True)
    return lines


def _read_matching(hyp: list[Path], ref: list[Path]) -> dict[Path, list[str]]:
    """Each file's lines, refused in one line naming both files unless every file has as
    many as the first hypothesis: before any warning on a line, which a refused file
    would make moot (a blank line at the end is no hypothesis to warn of)."""
    lines = {path: read_lines(path) for path in [*hyp, *ref]}
    first, count = hyp[0], len(lines[hyp[0]])
    for path in [*hyp[1:], *ref]:
        if len(lines[path]) == count:
            continue
        longer = max((first, path), key=lambda p: len(lines[p]))
        blank = len(lines[longer]) - len(_without_blank_end(lines[longer]))
        hint = f"; {longer} ends with {blank} blank line{'s' * (blank > 1)}" if blank else ""
        raise InputError(
            f"{first} has {count} lines but {path} has {len(lines[path])}{hint}: "
            "hypotheses and references must match line by line"
        )
    return lines


def _without_blank_end(lines: list[str]) -> list[str]:
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    return lines


HypOption = Annotated[
    list[Path],
    typer.Option(
        "--hyp",
        help="Machine translation to score, one segment a line; repeat to score several "
        "systems on the same references (a row each, as sacrebleu -i A B).",
    ),
]
RefOption = Annotated[
    list[Path],
    typer.Option("--ref", help="Reference translation, line by line; repeat for several."),
]
MetricsOption = Annotated[
    str, typer.Option("--metrics", "-m", help="Comma-separated: bleu, chrf, ter.")
]
WidthOption = Annotated[
    int, typer.Option("--width", "-w", min=0, max=10, help="Decimals shown, as sacrebleu's -w.")
]
SentenceLevelOption = Annotated[
    bool, typer.Option("--sentence-level", help="A score a line (one --hyp), as sacrebleu -sl.")
]
TokenizeOption = Annotated[
    str | None,
    typer.Option(
        help="BLEU's tokenizer, as sacrebleu's --tokenize (default 13a).", show_default=False
    ),
]
LowercaseOption = Annotated[
    bool,
    typer.Option(
        "--lowercase", help="Case-insensitive BLEU and chrF (sacrebleu -lc, --chrf-lowercase)."
    ),
]
WordOrderOption = Annotated[
    int, typer.Option(min=0, max=6, help="chrF's word n-gram order; 2 is chrF++.")
]
PairedOption = Annotated[
    PairedTestType | None,
    typer.Option(
        help="sacrebleu's paired test of each --hyp against the first: bs (bootstrap "
        "resampling) or ar (approximate randomisation).",
        show_default=False,
    ),
]
PairedNOption = Annotated[
    int, typer.Option(min=0, help="Resamples (bs) or trials (ar); 0: sacrebleu's 1000 / 10000.")
]


def score_mt(
    hyp: HypOption,
    ref: RefOption,
    metrics: MetricsOption = "bleu,chrf,ter",
    fmt: FormatOption = OutputFormat.TABLE,
    width: WidthOption = 1,
    sentence_level: SentenceLevelOption = False,
    tokenize: TokenizeOption = None,
    lowercase: LowercaseOption = False,
    chrf_word_order: WordOrderOption = 0,
    paired: PairedOption = None,
    paired_n: PairedNOption = 0,
) -> None:
    """Score machine translations against references with sacrebleu's BLEU, chrF and TER.

    The numbers and signatures are sacrebleu's own, the same as
    `sacrebleu REF -i HYP -m bleu chrf ter` on the same files (and its -i A B,
    --sentence-level, --paired-bs, --paired-ar with the options given).
    """
    from workbench.quality.mt import parse_metrics  # deferred: start-up
    from workbench.quality.mt_scores import MetricOptions, check_tokenizer

    try:
        chosen = parse_metrics(metrics)
    except InputError as exc:  # a fixed set of names: a usage error, like a bad --format
        raise typer.BadParameter(str(exc), param_hint="'--metrics'") from None
    _check_modes(hyp, sentence_level=sentence_level, paired=paired)
    options = MetricOptions(check_tokenizer(tokenize), lowercase, chrf_word_order)
    lines = _read_matching(hyp, ref)
    systems = [(str(path), _read_segments(path, lines[path], hypotheses=True)) for path in hyp]
    streams = [_read_segments(path, lines[path], hypotheses=False) for path in ref]
    shown = ScoreShown(fmt, width)
    title = f"{', '.join(p.name for p in hyp)} against {', '.join(p.name for p in ref)}"
    if sentence_level:
        _emit_sentences(systems[0][1], streams, chosen, options, shown, title)
    elif paired is not None:
        _emit_paired(systems, streams, chosen, options, (paired, paired_n), shown, title)
    else:
        _emit_systems(systems, streams, chosen, options, shown, title)


def _check_modes(hyp: list[Path], *, sentence_level: bool, paired: PairedTestType | None) -> None:
    if sentence_level and (len(hyp) > 1 or paired is not None):
        raise BadValue("--sentence-level scores one system: give one --hyp and no --paired")
    if paired is not None and len(hyp) < 2:
        raise BadValue(
            "--paired compares systems: give two --hyp or more (the first is the baseline)"
        )


@dataclass(frozen=True)
class ScoreShown:
    """How scores are shown: JSON numbers rounded to ``width``, text with ``width`` decimals."""

    fmt: OutputFormat
    width: int

    def __call__(self, value: float | None) -> float | str | None:
        if value is None:
            return None
        if self.fmt is OutputFormat.JSON:
            return round(value, self.width)
        return f"{value:.{self.width}f}"


def _emit_systems(
    systems: list[tuple[str, list[str]]], streams: list[list[str]], chosen: Sequence[Metric],
    options: MetricOptions, shown: ScoreShown, title: str,
) -> None:  # fmt: skip
    from workbench.quality.mt_scores import system_scores

    rows = [
        {
            "system": s.system, "name": s.name, "score": shown(s.score),
            "signature": s.signature, "verbose_score": s.verbose, "exact_score": s.score,
        }
        for s in system_scores(systems, streams, chosen, options)
    ]  # fmt: skip
    columns = ["system"] if len(systems) > 1 else []
    columns += ["name", "score", "signature", "verbose_score"]
    if shown.fmt is OutputFormat.JSON:
        columns.append("exact_score")
    emit(rows, shown.fmt, columns, title=title)


def _emit_sentences(
    hypotheses: list[str], streams: list[list[str]], chosen: Sequence[Metric],
    options: MetricOptions, shown: ScoreShown, title: str,
) -> None:  # fmt: skip
    from workbench.quality.mt_scores import sentence_scores

    scores = sentence_scores(hypotheses, streams, chosen, options)
    rows = [
        {"line": s.line, "name": s.name, "score": shown(s.score), "signature": s.signature,
         "exact_score": s.score}
        for s in scores
    ]  # fmt: skip
    columns = ["line", "name", "score", "signature"]
    if shown.fmt is OutputFormat.JSON:
        columns.append("exact_score")
    emit(rows, shown.fmt, columns, title=f"{title}, a score a line")


def _emit_paired(
    systems: list[tuple[str, list[str]]], streams: list[list[str]], chosen: Sequence[Metric],
    options: MetricOptions, test: tuple[PairedTestType, int], shown: ScoreShown, title: str,
) -> None:  # fmt: skip
    from workbench.quality.mt_scores import paired_scores

    scores = paired_scores(systems, streams, chosen, test[0], options, test[1])
    rows = [
        {
            "system": s.system, "name": s.name, "score": shown(s.score), "mean": shown(s.mean),
            "ci": shown(s.ci), "p_value": s.p_value if shown.fmt is OutputFormat.JSON
            else "" if s.p_value is None else f"{s.p_value:.4f}", "signature": s.signature,
        }
        for s in scores
    ]  # fmt: skip
    columns = ["system", "name", "score", "mean", "ci", "p_value", "signature"]
    emit(rows, shown.fmt, columns, title=f"{title}; p-values against {systems[0][0]}")
