"""`score align`: alignments against gold ones, as vecalign's score.py scores them,
registered by `workbench.cli.quality`.

Thin: reading the files and showing rows; the checks and pooling are
`workbench.quality.align_files`, the scores `workbench.quality.alignment`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from workbench.cli.common import FormatOption, OutputFormat, emit
from workbench.cli.score_mt import ScoreShown
from workbench.model import InputError
from workbench.quality.alignment import AlignmentScore, score_alignment, score_alignments

if TYPE_CHECKING:
    from workbench.quality.align_files import BeadFile

AlignWidthOption = Annotated[
    int | None,
    typer.Option(
        "--width", "-w", min=0, max=10, show_default=False,
        help="Decimals shown, as score mt's -w (default: 3 in a table, JSON unrounded).",
    ),
]  # fmt: skip


def _read_beads(path: Path) -> BeadFile:
    from workbench.quality.align_files import parse_bead_file

    try:
        text = path.read_text(encoding="utf-8-sig")  # Notepad, Excel: a BOM (newcomer41)
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read beads file {path}: {exc}") from exc
    return parse_bead_file(str(path), text)


def score_align(
    gold: Annotated[
        list[Path],
        typer.Option(
            "--gold",
            help="Gold beads file; repeat, with a --pred each, for several documents.",
            show_default=False,
        ),
    ],
    pred: Annotated[
        list[Path],
        typer.Option(
            "--pred",
            help="System beads file, in the order of the --gold files.",
            show_default=False,
        ),
    ],
    fmt: FormatOption = OutputFormat.TABLE,
    width: AlignWidthOption = None,
) -> None:
    """Score an alignment against a gold one: strict and lax precision, recall, F1.

    As the field computes them (vecalign's score.py): precision over every
    system bead, insertions and deletions included; recall over the gold beads
    with both sides; strict = identical bead, lax = shares a gold link. Several
    documents (--gold A --pred A' --gold B --pred B') are pooled as score.py
    pools them (counts summed), with each document's row too. Files where a
    sentence is in two beads, an index is out of range or gold and prediction
    cover different sentences are refused (score.py scores them).
    """
    from workbench.quality.align_files import pair_files

    pairs = pair_files([_read_beads(p) for p in gold], [_read_beads(p) for p in pred])
    pooled = score_alignments([(g.beads, s.beads) for g, s in pairs])
    shown = _AlignShown(fmt, width)
    if len(pairs) == 1:
        _emit_alignment_score(pooled, shown)
        return
    _emit_documents(pairs, pooled, shown)


@dataclass(frozen=True)
class _AlignShown:
    """`ScoreShown` for `score align`: with no ``width`` a table's 3 decimals and JSON's
    exact numbers (score.py's, to compare)."""

    fmt: OutputFormat
    width: int | None

    def __call__(self, value: float) -> float | str:
        if self.width is None:
            return value
        return ScoreShown(self.fmt, self.width)(value) or ""

    def report(self, report: AlignmentScore) -> dict[str, float | int | str]:
        return {k: self(v) if isinstance(v, float) else v for k, v in report.as_dict().items()}


def _emit_documents(
    pairs: list[tuple[BeadFile, BeadFile]], pooled: AlignmentScore, shown: _AlignShown
) -> None:
    """Each document's scores (named by its prediction), then the pooled ones."""
    fmt = shown.fmt
    documents = [(s.name, score_alignment(g.beads, s.beads)) for g, s in pairs]
    if fmt is OutputFormat.JSON:
        payload = {
            "documents": [{"pred": name, **shown.report(score)} for name, score in documents],
            "pooled": shown.report(pooled),
        }
        typer.echo(json.dumps(payload, indent=2))
        return
    rows = [
        {"document": name, **row}
        for name, score in [*documents, ("pooled", pooled)]
        for row in _alignment_rows(score, shown)
    ]
    emit(rows, fmt, title=f"{len(pairs)} documents, pooled as vecalign's score.py")
    if fmt is OutputFormat.TABLE:
        typer.echo(pooled.signature)


def _alignment_rows(
    report: AlignmentScore, shown: _AlignShown
) -> list[dict[str, float | int | str]]:
    return [
        {
            "match": kind,
            "precision": shown(getattr(report, f"{kind}_precision")),
            "recall": shown(getattr(report, f"{kind}_recall")),
            "f1": shown(getattr(report, f"{kind}_f1")),
            "system_beads": report.system_beads,
            "gold_beads": report.gold_beads,
        }
        for kind in ("strict", "lax")
    ]


def _emit_alignment_score(report: AlignmentScore, shown: _AlignShown) -> None:
    fmt = shown.fmt
    if fmt is OutputFormat.JSON:
        typer.echo(json.dumps(shown.report(report), indent=2))
        return
    rows = _alignment_rows(report, shown)
    emit(rows, fmt, ["match", "precision", "recall", "f1"])
    if fmt is OutputFormat.TABLE:  # under the table: a title folds to the table's width
        typer.echo(_bases(report))
        typer.echo(report.signature)


def _bases(report: AlignmentScore) -> str:
    """What the denominators count: recall's is the gold beads with both sides, not all."""
    return (
        f"precision over {report.system_beads} system beads (nulls included), recall over "
        f"{report.gold_beads} gold beads with both sides"
    )
