"""`workbench align-files` (align two plain files) and `workbench score align`."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from workbench.cli.common import FormatOption, OutputFormat, emit
from workbench.model import Bead, InputError, NotFoundError

# A "sentence" longer than this is most likely a whole unsplit file or a binary.
LONG_LINE = 5_000


class BeadFormat(StrEnum):
    BEADS = "beads"
    TSV = "tsv"
    JSON = "json"


class EncoderChoice(StrEnum):
    USEM3 = "usem3"
    E5 = "e5"
    LABSE = "labse"
    NONE = "none"


def register(app: typer.Typer, score_app: typer.Typer) -> None:
    """Add this feature's commands to the CLI."""
    app.command("align-files")(align_files)
    score_app.command("align")(score_align)


def _decode(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if not raw.strip():
        raise InputError(f"{path} is empty: give a file with the text to align")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if b"\x00" in raw:
            raise InputError(
                f"{path} is not text (it has NUL bytes, from byte {raw.index(0)}): "
                "give a plain-text file, saved as UTF-8"
            ) from exc
        return _decode_mixed(path, raw)


def _decode_mixed(path: Path, raw: bytes) -> str:
    """A file that is not all UTF-8: mostly UTF-8 with a few legacy lines, or all legacy."""
    lines = raw.removeprefix(b"\xef\xbb\xbf").split(b"\n")
    bad = []
    for number, line in enumerate(lines):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            bad.append(number)
    if len(bad) < len([line for line in lines if line.strip()]):
        shown = ", ".join(str(n + 1) for n in bad[:10]) + (" …" if len(bad) > 10 else "")
        typer.echo(
            f"note: {path} mixes encodings: line(s) {shown} are not UTF-8 and were read as "
            "Windows-1252; check them",
            err=True,
        )
        legacy = set(bad)
        return "\n".join(
            line.decode("cp1252", errors="replace") if n in legacy else line.decode("utf-8")
            for n, line in enumerate(lines)
        )
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise InputError(f"{path} is not text in any encoding we recognise: save it as UTF-8")
    typer.echo(f"note: {path} is not UTF-8; read it as {best.encoding}", err=True)
    return str(best)


def read_sentences(path: Path, lang: str, *, presplit: bool) -> list[str]:
    """Sentences of a file: one a line with ``presplit``, else split line by line."""
    lines = _decode(path).splitlines()
    for number, line in enumerate(lines, 1):
        if len(line) > LONG_LINE:
            typer.echo(
                f"warning: {path} line {number} has {len(line)} characters; "
                + ("is the file one sentence a line?" if presplit else "it may align poorly"),
                err=True,
            )
    if presplit:
        return lines
    from workbench.ingest.segment import split_sentences

    return [s for line in lines for s in split_sentences(line, lang)]


def _load_encoder(choice: EncoderChoice) -> object | None:
    if choice is EncoderChoice.NONE:
        return None
    from workbench.align.encoders import load_encoder

    return load_encoder(choice.value)


def _load_lexicon(src_lang: str, tgt_lang: str) -> object | None:
    from workbench.align.lexicon import load_lexicon

    try:
        return load_lexicon(src_lang, tgt_lang)
    except NotFoundError as exc:
        typer.echo(f"note: aligning without a dictionary ({exc})", err=True)
        return None


def _summary(beads: list[Bead], n: int, m: int) -> str:
    lone_src = sum(1 for b in beads if not b.tgt)
    lone_tgt = sum(1 for b in beads if not b.src)
    linked = sum(1 for b in beads if b.src and b.tgt)
    text = f"{linked} beads link {n - lone_src} of {n} source and {m - lone_tgt} of {m} target"
    text += " sentences"
    if lone_src or lone_tgt:
        text += f"; {lone_src} source and {lone_tgt} target sentences have no counterpart"
    return text


def align_files(
    src: Annotated[Path, typer.Argument(help="Source text file.", show_default=False)],
    tgt: Annotated[Path, typer.Argument(help="Target text file.", show_default=False)],
    src_lang: Annotated[str, typer.Option("--src-lang", help="Source language, e.g. fr.")],
    tgt_lang: Annotated[str, typer.Option("--tgt-lang", help="Target language, e.g. es.")],
    presplit: Annotated[
        bool, typer.Option("--presplit", help="Each line is already one sentence.")
    ] = False,
    fmt: Annotated[
        BeadFormat,
        typer.Option(
            "--format", "-f", help="beads: one bead a line, as \\[6, 7]:\\[9]:0.873; tsv; json."
        ),
    ] = BeadFormat.BEADS,
    encoder: Annotated[
        EncoderChoice,
        typer.Option("--encoder", help="Sentence encoder; none: lengths and dictionary only."),
    ] = EncoderChoice.USEM3,
    lexicon: Annotated[
        bool, typer.Option("--lexicon/--no-lexicon", help="Use the FreeDict dictionary.")
    ] = True,
) -> None:
    """Align the sentences of two plain-text files and print the beads.

    Ids are 0-based sentence numbers (line numbers with --presplit). Every
    sentence appears in exactly one bead, in order; `[]:[22]` and `[16]:[]`
    are sentences without counterpart. A counterpart much shorter than the
    text (a few captions against an article) is aligned in sparse mode: only
    sure one-to-one pairs are linked. A summary goes to stderr.
    """
    from workbench.align import AlignConfig, align, choose_mode

    src_sents = read_sentences(src, src_lang, presplit=presplit)
    tgt_sents = read_sentences(tgt, tgt_lang, presplit=presplit)
    n, m = len(src_sents), len(tgt_sents)
    if n == 0 or m == 0:
        raise InputError(f"{src if n == 0 else tgt} has no sentences: nothing to align")
    mode = choose_mode(n, m, AlignConfig())
    if mode == "sparse":
        typer.echo(
            f"note: the sides differ in size ({n} and {m} sentences): aligning only "
            "the sentences that have a clear counterpart",
            err=True,
        )
    beads = align(
        src_sents, tgt_sents, src_lang=src_lang, tgt_lang=tgt_lang,
        encoder=_load_encoder(encoder),  # type: ignore[arg-type]
        lexicon=_load_lexicon(src_lang, tgt_lang) if lexicon else None,  # type: ignore[arg-type]
    )  # fmt: skip
    _print_beads(beads, src_sents, tgt_sents, fmt)
    typer.echo(_summary(beads, n, m), err=True)


def _print_beads(beads: list[Bead], src: list[str], tgt: list[str], fmt: BeadFormat) -> None:
    if fmt is BeadFormat.BEADS:
        from workbench.formats.beads import format_beads

        typer.echo(format_beads(beads), nl=False)
        return
    rows = [
        {
            "src": list(b.src),
            "tgt": list(b.tgt),
            "score": b.score,
            "src_text": " ".join(src[i] for i in b.src),
            "tgt_text": " ".join(tgt[j] for j in b.tgt),
        }
        for b in beads
    ]
    if fmt is BeadFormat.JSON:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        emit(rows, OutputFormat.TSV)


def _read_beads(path: Path) -> list[Bead]:
    from workbench.formats.beads import parse_beads

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
    from workbench.quality.alignment import score_alignment

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
