"""The choices an export offers, named once and light to import (the CLI's options use them)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path


class ExportFormat(StrEnum):
    """The formats ``workbench export`` writes, by the name ``-f`` takes.

    The name is the file suffix too, except for XLIFF: both versions write ``.xlf``.
    """

    TMX = "tmx"
    TSV = "tsv"
    CSV = "csv"
    XLSX = "xlsx"
    XLIFF12 = "xliff12"
    XLIFF21 = "xliff21"
    # A subtitle document's own cues, reviewed: written from its segments, not its units
    # (`workbench.pipeline.subtitling`), so not in `registry.FORMATS`.
    SRT = "srt"
    VTT = "vtt"


_TABLES = (ExportFormat.TSV, ExportFormat.CSV, ExportFormat.XLSX)
SUBTITLE_FORMATS = (ExportFormat.SRT, ExportFormat.VTT)
# Suffixes that are no format's name but name one (XLIFF's version is in the file), and
# names that are no file's suffix (both XLIFF versions write ``.xlf``).
_NAMING_SUFFIXES = {"xlf": ExportFormat.XLIFF12, "xliff": ExportFormat.XLIFF12}
_NOT_SUFFIXES = {ExportFormat.XLIFF12.value, ExportFormat.XLIFF21.value}


def named_format(path: Path) -> ExportFormat | None:
    """The format a file name's extension names (``review.xlsx`` -> xlsx, ``.xlf`` and
    ``.xliff`` -> xliff12, ``.srt``, ``.vtt``…); None for an extension that names none. What
    `registry.read_units` reads a file as, and what `export -o` writes without ``-f``."""
    suffix = path.suffix.lstrip(".").lower()
    if suffix in _NAMING_SUFFIXES:
        return _NAMING_SUFFIXES[suffix]
    if suffix in _NOT_SUFFIXES:
        return None
    try:
        return ExportFormat(suffix)
    except ValueError:
        return None


class MtPolicy(StrEnum):
    """What to do with machine translations that nobody post-edited into a bead."""

    INCLUDE = "include"
    EXCLUDE = "exclude"
    SEPARATE = "separate"  # TMX only: a second file, for OmegaT's tm/mt/ folder


class CueStyling(StrEnum):
    """How a TMX writes a subtitle cue's styling (`<i>`, `{\\an8}`: `formats.cue_styling`)."""

    TEXT = "text"  # as characters in the seg: OmegaT 3.6's SubRip filter keeps them as text
    CODES = "codes"  # TMX 1.4b content markup, <bpt>/<ept>/<ph>: filters that make them tags
    NONE = "none"  # left out: the cue's clean text


# The default of a memory (TMX) and a hand-off (XLIFF), and `ExportOptions`': a translation
# memory is never polluted by drafts nobody post-edited unless the user asks for them.
DEFAULT_MT = MtPolicy.EXCLUDE


# The confidence floor of a memory (TMX, XLIFF): an unreviewed pair the aligner gives less
# than even odds of being right (its confidence is that probability, calibrated: README,
# "Alignment quality") is left out unless `--min-score 0` asks for it. Beads a reviewer
# confirmed or edited always go. The review tables (TSV, CSV, XLSX) keep every bead with
# its score, rejected and null ones too: they are where a reviewer finds the doubtful ones.
MEMORY_MIN_SCORE = 0.5


def default_min_score(file_format: ExportFormat) -> float | None:
    """The ``--min-score`` a format gets when none is given (the CLI's and the app's)."""
    return None if file_format in _TABLES else MEMORY_MIN_SCORE


def default_mt(file_format: ExportFormat) -> MtPolicy:
    """The ``--mt`` a format gets when none is given (the CLI's and the app's): the review
    tables write the MT drafts, each marked as one (status "draft", origin "mt:…"), for
    the reviewer to post-edit: a sheet without them hid the gaps (newcomer34); a memory or
    a hand-off carries no unreviewed MT unless asked (`DEFAULT_MT`)."""
    return MtPolicy.INCLUDE if file_format in _TABLES else DEFAULT_MT


# What `--dedupe` does, in the CLI's help and beside the app's checkbox: one wording.
DEDUPE_HELP = (
    "One unit per distinct source/target pair, as OmegaT keeps one: the first in document "
    "and bead order is written, with its id, dates, reviewer and notes; the repeats are "
    "counted as skipped."
)
# Why XLIFF has no dedupe (its refusal, the CLI's help and the app's note say it).
DEDUPE_NOT_XLIFF = "an XLIFF is the document to translate, every sentence in its place"


def refusal(
    file_format: ExportFormat, *, mt: MtPolicy, dedupe: bool,
    cue_styling: CueStyling | None = None, bom: bool = False,
) -> str | None:  # fmt: skip
    """Why ``file_format`` cannot be written with these choices, in one line saying what to
    do, or None when it can. ``cue_styling``: the one given, None when none was: any other
    format than TMX writes a cue's clean text, and takes none. ``bom``: a UTF-8 byte order
    mark, which only TSV and CSV write (an XML file says its encoding, XLSX is zipped, a
    subtitle file comes back in the encoding it came in).

    The writers raise it; the CLI asks before it opens the store, so that such a
    choice is a usage error there (exit 2, like a bad ``-f``).
    """
    xliff = file_format in (ExportFormat.XLIFF12, ExportFormat.XLIFF21)
    if cue_styling is not None and file_format is not ExportFormat.TMX:
        return (
            f"--cue-styling applies to TMX only; -f {file_format} writes a cue's clean text: "
            "leave --cue-styling out"
        )
    if bom and file_format not in (ExportFormat.TSV, ExportFormat.CSV):
        return (
            f"--bom applies to TSV and CSV only (a UTF-8 mark for Excel); -f {file_format} "
            "writes none: leave --bom out"
        )
    if file_format in SUBTITLE_FORMATS and (dedupe or mt is MtPolicy.SEPARATE):
        return (
            f"a {file_format} file is the document's cues, each in its place, and holds no "
            "machine translation: leave --dedupe and --mt out"
        )
    if xliff and mt is MtPolicy.SEPARATE:
        return (
            "--mt separate writes a second TMX for OmegaT's tm/mt folder; with XLIFF use "
            "--mt include (machine translations are marked as such) or --mt exclude"
        )
    if xliff and dedupe:
        return (
            f"--dedupe makes a memory (TMX, TSV, CSV, XLSX); {DEDUPE_NOT_XLIFF}: leave --dedupe out"
        )
    if file_format in _TABLES and mt is MtPolicy.SEPARATE:
        return (
            "a separate machine-translation file exists for TMX only: "
            "use --mt include or --mt exclude with tsv, csv or xlsx"
        )
    return None
