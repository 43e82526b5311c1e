"""The choices an export offers, named once and light to import (the CLI's options use them)."""

from __future__ import annotations

from enum import StrEnum


class ExportFormat(StrEnum):
    """The formats ``workbench export`` writes (the file suffix is the value)."""

    TMX = "tmx"
    TSV = "tsv"
    CSV = "csv"
    XLSX = "xlsx"


class MtPolicy(StrEnum):
    """What to do with machine translations that nobody post-edited into a bead."""

    INCLUDE = "include"
    EXCLUDE = "exclude"
    SEPARATE = "separate"  # TMX only: a second file, for OmegaT's tm/mt/ folder
