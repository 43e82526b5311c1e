"""Every file format the workbench writes and reads, in one table.

To add a format: write ``write_X(units, path, options) -> ExportReport`` and,
when it can be read back, ``read_X(path) -> list[TranslationUnit]`` in a module
of this package, add a member to ``ExportFormat`` (in ``choices.py``) and a
:class:`FileFormat` to ``FORMATS``. The conformance suite (``tests/test_formats_conformance.py``)
then runs it through write -> read -> compare, bad input and failed writes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from workbench.formats import tabular
from workbench.formats.choices import ExportFormat
from workbench.formats.tmx import write_tmx
from workbench.formats.tmx_read import read_tmx
from workbench.formats.units import ExportOptions, ExportReport
from workbench.model import InputError, TranslationUnit

Writer = Callable[[Iterable[TranslationUnit], Path, ExportOptions | None], ExportReport]
Reader = Callable[[Path], list[TranslationUnit]]


@dataclass(frozen=True)
class FileFormat:
    """A format's writer, its reader (None: write-only), and what a round trip keeps."""

    name: ExportFormat
    write: Writer
    read: Reader | None
    keeps: frozenset[str]  # TranslationUnit fields that come back as written


_TABLE_FIELDS = frozenset({"source", "target", "score", "status", "origin", "document", "reviewer"})


def _write_tmx(
    units: Iterable[TranslationUnit], path: Path, options: ExportOptions | None
) -> ExportReport:
    return write_tmx(units, path, options)


def _read_tmx(path: Path) -> list[TranslationUnit]:
    return list(read_tmx(path).units)


FORMATS: Mapping[ExportFormat, FileFormat] = {
    ExportFormat.TMX: FileFormat(
        ExportFormat.TMX, _write_tmx, _read_tmx,
        _TABLE_FIELDS | {"tuid", "source_lang", "target_lang", "notes", "created", "changed"},
    ),
    ExportFormat.TSV: FileFormat(
        ExportFormat.TSV, tabular.write_tsv, tabular.read_tsv, _TABLE_FIELDS
    ),
    ExportFormat.CSV: FileFormat(
        ExportFormat.CSV, tabular.write_csv, tabular.read_csv, _TABLE_FIELDS
    ),
    ExportFormat.XLSX: FileFormat(
        ExportFormat.XLSX, tabular.write_xlsx, tabular.read_xlsx, _TABLE_FIELDS
    ),
}  # fmt: skip


def file_format(name: ExportFormat | str) -> FileFormat:
    """The format named ``name`` (any case); InputError listing the choices otherwise."""
    try:
        return FORMATS[ExportFormat(str(name).lower())]
    except (ValueError, KeyError):
        choices = ", ".join(f.value for f in ExportFormat)
        raise InputError(f"unknown export format {name!r}: choose one of {choices}") from None


def write_units(
    units: Iterable[TranslationUnit],
    path: Path,
    fmt: ExportFormat | str,
    options: ExportOptions | None = None,
) -> ExportReport:
    """Write ``units`` to ``path`` in ``fmt`` (tmx, tsv, csv, xlsx); say what was written."""
    return file_format(fmt).write(units, Path(path), options or ExportOptions())


def read_units(path: Path, fmt: ExportFormat | str | None = None) -> list[TranslationUnit]:
    """Read the units of a file in ``fmt`` (default: from its suffix)."""
    chosen = file_format(fmt or Path(path).suffix.lstrip("."))
    if chosen.read is None:
        raise InputError(f"{path}: the workbench writes {chosen.name} but does not read it")
    return chosen.read(Path(path))
