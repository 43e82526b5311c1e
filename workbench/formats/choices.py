"""The choices an export offers, named once and light to import (the CLI's options use them)."""

from __future__ import annotations

from enum import StrEnum


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


class MtPolicy(StrEnum):
    """What to do with machine translations that nobody post-edited into a bead."""

    INCLUDE = "include"
    EXCLUDE = "exclude"
    SEPARATE = "separate"  # TMX only: a second file, for OmegaT's tm/mt/ folder


# The one default of the CLI, the app and `ExportOptions`: a translation memory
# is never polluted by drafts nobody post-edited unless the user asks for them.
DEFAULT_MT = MtPolicy.EXCLUDE


# What `--dedupe` does, in the CLI's help and beside the app's checkbox: one wording.
DEDUPE_HELP = (
    "One unit per distinct source/target pair, as OmegaT keeps one: the first in document "
    "and bead order is written, with its id, dates, reviewer and notes; the repeats are "
    "counted as skipped."
)
# Why XLIFF has no dedupe (its refusal, the CLI's help and the app's note say it).
DEDUPE_NOT_XLIFF = "an XLIFF is the document to translate, every sentence in its place"
