"""Commands for scores on plain files (`workbench score mt`).

The store-backed commands of this feature (`export`, `import-tmx`,
`score doc`, `qa`) live with the pipeline; this module holds the one that
needs no store.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from workbench.cli.common import FormatOption, OutputFormat, emit
from workbench.model import InputError


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
    from workbench.quality.mt import corpus_scores, parse_metrics

    chosen = parse_metrics(metrics)
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


def register(app: typer.Typer, score_app: typer.Typer) -> None:
    """Add this feature's commands to the CLI."""
    score_app.command("mt")(score_mt)


def _rounded(score: float, width: int, fmt: OutputFormat) -> float | str:
    """sacrebleu's JSON gives the score rounded to the width; the table shows it as text."""
    text = f"{score:.{width}f}"
    return float(text) if fmt is OutputFormat.JSON else text
