"""`align-files` (`workbench.pipeline.files`): the sentences of two plain files aligned and
printed, no store; `align-batch`: many such pairs from a list, the encoder loaded once;
`sentences`: one file's sentences numbered as those two number them, to write gold beads."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from workbench.cli.alignment import EncoderChoice, EncoderOption, load_encoder
from workbench.cli.common import FormatOption, OutputFormat, emit, language_tag, tsv_text
from workbench.cli.outcome import EXIT_CODES, finish
from workbench.formats.beads import format_beads
from workbench.model import InputError

if TYPE_CHECKING:
    from workbench.pipeline.files import FilesAlignment


def register(app: typer.Typer, score_app: typer.Typer) -> None:
    """Add this feature's commands to the CLI."""
    app.command("align-files")(align_files)
    app.command("align-batch", epilog=EXIT_CODES)(align_batch)
    app.command("sentences")(sentences)


class BeadFormat(StrEnum):
    """How `align-files` prints beads: the bead text form, or rows."""

    BEADS = "beads"
    VECALIGN = "vecalign"
    TSV = "tsv"
    JSON = "json"


BeadFormatOption = Annotated[
    BeadFormat,
    typer.Option(
        "--bead-format",
        "-f",
        help="beads: one bead a line, as [6, 7]:[9]:0.873, the third field the "
        "confidence (higher is better); vecalign: the same line with vecalign's cost "
        "instead, 1 - confidence (lower is better), [6, 7]:[9]:0.127000; tsv or json: one "
        "row a bead with its texts.",
        case_sensitive=False,
    ),
]
SrcLangOption = Annotated[
    str, typer.Option("--src-lang", callback=language_tag, help="Source language, e.g. fr.")
]
TgtLangOption = Annotated[
    str, typer.Option("--tgt-lang", callback=language_tag, help="Target language, e.g. es.")
]
PresplitOption = Annotated[
    bool, typer.Option("--presplit", help="Each line is already one sentence.")
]
LexiconOption = Annotated[
    bool, typer.Option("--lexicon/--no-lexicon", help="Use the FreeDict dictionary.")
]


def align_files(
    src: Annotated[Path, typer.Argument(help="Source text file.", show_default=False)],
    tgt: Annotated[Path, typer.Argument(help="Target text file.", show_default=False)],
    src_lang: SrcLangOption,
    tgt_lang: TgtLangOption,
    presplit: PresplitOption = False,
    bead_format: BeadFormatOption = BeadFormat.BEADS,
    encoder: EncoderOption = EncoderChoice.USEM3,
    lexicon: LexiconOption = True,
) -> None:
    """Align the sentences of two plain-text files and print the beads.

    Ids are 0-based sentence numbers (line numbers with --presplit). Every
    sentence appears in exactly one bead, in order; `[]:[22]` and `[16]:[]`
    are sentences without counterpart. A counterpart much shorter than the
    text (a few captions against an article) is aligned in sparse mode: only
    sure one-to-one pairs are linked. Files are read as `ingest` reads them
    (a file mixing UTF-8 with another encoding is refused). A summary goes
    to stderr.
    """
    from workbench.pipeline.files import align_files as run  # deferred for start-up time

    result = run(
        src, tgt, src_lang, tgt_lang, presplit=presplit, encoder=load_encoder(encoder),
        lexicon=lexicon,
    )  # fmt: skip
    _show(result, bead_format)


def _show(result: FilesAlignment, bead_format: BeadFormat) -> None:
    """The beads on standard output; the files' warnings, notes and the summary on stderr."""
    _said(result)
    typer.echo(beads_text(result, bead_format), nl=False)
    typer.echo(result.summary(), err=True)


def _said(result: FilesAlignment) -> None:
    for warning in (*result.src.warnings, *result.tgt.warnings):
        typer.echo(f"warning: {warning}", err=True)
    for note in result.notes:
        typer.echo(f"note: {note}", err=True)


def beads_text(result: FilesAlignment, bead_format: BeadFormat) -> str:
    """The beads as `align-files` prints them in ``bead_format``, ending in a newline."""
    if bead_format is BeadFormat.BEADS:
        return format_beads(result.beads)
    if bead_format is BeadFormat.VECALIGN:
        return format_beads(result.beads, cost=True)
    if bead_format is BeadFormat.JSON:
        return json.dumps(result.rows(), ensure_ascii=False, indent=2) + "\n"
    return tsv_text(result.rows())


def sentences(
    path: Annotated[Path, typer.Argument(help="A text, page, Word, PDF or subtitle file.")],
    lang: Annotated[
        str, typer.Option("--lang", callback=language_tag, help="Its language, e.g. fr.")
    ],
    presplit: PresplitOption = False,
    fmt: FormatOption = OutputFormat.TSV,
) -> None:
    """Print a file's sentences with the ids `align-files` gives them, to write gold beads.

    A row a sentence: id (0-based, the number `align-files`, `align-batch` and their
    beads use; line numbers with --presplit), and text, the file read as `align-files`
    reads it (web debris and page furniture left out). A gold file is then one bead a
    line, `[0, 1]:[0]`, scored with `workbench score align`.
    """
    from workbench.pipeline.files import read_sentences  # deferred for start-up time

    side = read_sentences(path, lang, presplit=presplit)
    _said_of(side.warnings)
    rows = [{"id": n, "text": text} for n, text in enumerate(side.sentences)]
    emit(rows, fmt, title=f"{path.name}: {len(rows)} sentences")


def _said_of(warnings: tuple[str, ...]) -> None:
    for warning in warnings:
        typer.echo(f"warning: {warning}", err=True)


def align_batch(
    pairs: Annotated[
        Path,
        typer.Argument(
            help="The list of pairs: one line a pair, SOURCE<TAB>TARGET, paths relative "
            "to the list's folder; blank lines and lines starting with # are skipped.",
            show_default=False,
        ),
    ],
    out: Annotated[
        Path,
        typer.Option(
            "--out", "-o", help="Folder for the beads: one file a pair, named after its source."
        ),
    ],
    src_lang: SrcLangOption,
    tgt_lang: TgtLangOption,
    presplit: PresplitOption = False,
    bead_format: BeadFormatOption = BeadFormat.BEADS,
    encoder: EncoderOption = EncoderChoice.USEM3,
    lexicon: LexiconOption = True,
) -> None:
    """Align many pairs of plain-text files as `align-files` does, the encoder loaded once.

    Each pair's beads go to OUT/SOURCE-STEM.beads (.vecalign, .tsv, .json with -f), written whole
    or not at all; a line a pair on stderr says how far the run is and what it found. A
    pair that cannot be aligned (a file missing, no sentences) is said in one line and
    the others go on (exit 4; 1 when none could be aligned). A list line that is not
    two paths, or two sources with the same stem, stops the run before anything is
    aligned (exit 2).
    """
    from workbench.formats.atomic import atomic_open
    from workbench.pipeline.files import align_files as run  # deferred for start-up time

    listed = read_pairs(pairs)
    suffix = "beads" if bead_format is BeadFormat.BEADS else bead_format.value
    model = load_encoder(encoder)
    done = refused = 0
    for number, (src, tgt) in enumerate(listed, start=1):
        target = out / f"{src.stem}.{suffix}"
        try:
            result = run(
                src, tgt, src_lang, tgt_lang, presplit=presplit, encoder=model, lexicon=lexicon
            )
            with atomic_open(target, "w", encoding="utf-8", newline="") as handle:
                handle.write(beads_text(result, bead_format))
        except InputError as exc:
            typer.echo(f"[{number}/{len(listed)}] error: {exc}", err=True)
            refused += 1
            continue
        _said(result)
        typer.echo(f"[{number}/{len(listed)}] {target}: {result.summary()}", err=True)
        done += 1
    typer.echo(f"{done} of {len(listed)} pairs aligned into {out}", err=True)
    finish(done=done, refused=refused)


def read_pairs(path: Path) -> list[tuple[Path, Path]]:
    """The (source, target) paths of a pair list, relative to its folder; a bad line, an
    unreadable list or two sources of one stem (their outputs would clash) is a usage
    error (exit 2) naming what to fix."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise typer.BadParameter(f"cannot read {path}: {exc}", param_hint="PAIRS") from None
    listed: list[tuple[Path, Path]] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 2 or not all(f.strip() for f in fields):
            raise typer.BadParameter(
                f"{path} line {number}: want SOURCE<TAB>TARGET, got {line!r}", param_hint="PAIRS"
            )
        src, tgt = (path.parent / f.strip() for f in fields)
        listed.append((src, tgt))
    if not listed:
        raise typer.BadParameter(f"{path} lists no pairs", param_hint="PAIRS")
    stems: dict[str, Path] = {}
    for src, _ in listed:
        if src.stem in stems and stems[src.stem] != src:
            raise typer.BadParameter(
                f"{stems[src.stem]} and {src} would both write {src.stem}.*: rename one",
                param_hint="PAIRS",
            )
        stems[src.stem] = src
    return listed
