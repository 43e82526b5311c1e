"""Every file format the workbench writes and reads, in one table.

To add a format: write ``write_X(units, path, options) -> ExportReport`` and,
when it can be read back, ``read_X(path) -> list[TranslationUnit]`` in a module
of this package, add a member to ``ExportFormat`` (in ``choices.py``) and a
:class:`FileFormat` to ``FORMATS`` (with its file suffix when it is not the name).
The conformance suite (``tests/test_formats_conformance.py``) then runs it through
write -> read -> compare, bad input and failed writes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from workbench.formats import tabular
from workbench.formats.atomic import publish, staged
from workbench.formats.choices import ExportFormat, named_format
from workbench.formats.tmx import write_tmx
from workbench.formats.tmx_read import read_tmx
from workbench.formats.units import ExportOptions, ExportReport
from workbench.formats.xliff import write_xliff12, write_xliff21
from workbench.formats.xliff_read import read_xliff
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
    suffix: str = ""  # the file suffix, when it is not the name
    # A hand-off (XLIFF) carries units with no target, untranslated; a memory or a
    # table skips them (`SkipReason.EMPTY_TARGET`).
    hand_off: bool = False

    @property
    def file_suffix(self) -> str:
        """``tmx``, ``xliff12.xlf``: what a file of this format is named with (no leading dot).

        Each format's is its own, so that one default export never replaces
        another format's file; XLIFF's end in ``.xlf``, the extension OmegaT,
        Trados and memoQ look for, with the version before it.
        """
        return self.suffix or self.name.value


_TABLE_FIELDS = frozenset(
    {"source", "target", "source_lang", "target_lang", "score", "status", "origin", "document",
     "reviewer", "tuid", "changed"}
)  # fmt: skip


def _write_tmx(
    units: Iterable[TranslationUnit], path: Path, options: ExportOptions | None
) -> ExportReport:
    return write_tmx(units, path, options)


def _read_tmx(path: Path) -> list[TranslationUnit]:
    return list(read_tmx(path).units)


def _read_xliff(path: Path) -> list[TranslationUnit]:
    return list(read_xliff(path).units)


_EXCHANGE_FIELDS = _TABLE_FIELDS | {
    "tuid", "source_lang", "target_lang", "notes", "created", "changed",
}  # fmt: skip


FORMATS: Mapping[ExportFormat, FileFormat] = {
    ExportFormat.TMX: FileFormat(ExportFormat.TMX, _write_tmx, _read_tmx, _EXCHANGE_FIELDS),
    ExportFormat.TSV: FileFormat(
        ExportFormat.TSV, tabular.write_tsv, tabular.read_tsv, _TABLE_FIELDS
    ),
    ExportFormat.CSV: FileFormat(
        ExportFormat.CSV, tabular.write_csv, tabular.read_csv, _TABLE_FIELDS
    ),
    ExportFormat.XLSX: FileFormat(
        ExportFormat.XLSX, tabular.write_xlsx, tabular.read_xlsx, _TABLE_FIELDS
    ),
    ExportFormat.XLIFF12: FileFormat(
        ExportFormat.XLIFF12, write_xliff12, _read_xliff, _EXCHANGE_FIELDS, suffix="xliff12.xlf",
        hand_off=True,
    ),
    ExportFormat.XLIFF21: FileFormat(
        ExportFormat.XLIFF21, write_xliff21, _read_xliff, _EXCHANGE_FIELDS, suffix="xliff21.xlf",
        hand_off=True,
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
    """Write ``units`` to ``path`` in ``fmt`` (tmx, tsv, csv, xlsx, xliff12, xliff21)."""
    return file_format(fmt).write(units, Path(path), options or ExportOptions())


def write_some_units(
    units: Iterable[TranslationUnit],
    path: Path,
    fmt: ExportFormat | str,
    options: ExportOptions | None = None,
) -> ExportReport:
    """:func:`write_units`, but an export that would write no unit writes no file (an
    existing one stays as it was) and raises InputError with one line: each reason
    units were left out, and the option that brings them in (`ExportReport.nothing_written`).

    The files are written in a hidden folder beside ``path`` and moved out when the
    writer is done (``--mt separate``'s second file too, to ``options.mt_path`` when set).
    With ``--mt separate`` and every unit machine translation, only that second file is:
    the report names ``path`` as not written (`ExportReport.main_unwritten`).
    """
    path, options = Path(path), options or ExportOptions()
    with staged(path.parent) as stage:
        mt_path = options.mt_path
        if mt_path is not None:
            options = replace(options, mt_path=stage / f"mt.{mt_path.name}")
        report = write_units(units, stage / path.name, fmt, options)
        if not report.written:
            raise InputError(report.nothing_written(path))
        places = {stage / path.name: path}
        if mt_path is not None:
            places[stage / f"mt.{mt_path.name}"] = mt_path
        staged_paths = report.paths
        if report.mt_written == report.written:  # --mt separate, every unit MT
            # no empty memory beside the MT one, as --mt exclude writes none (newcomer33)
            staged_paths = staged_paths[1:]
            report = replace(report, main_unwritten=path)
        destinations = tuple(places.get(p, path.parent / p.name) for p in staged_paths)
        publish(list(zip(staged_paths, destinations, strict=True)))
    return replace(report, paths=destinations)


def read_units(path: Path, fmt: ExportFormat | str | None = None) -> list[TranslationUnit]:
    """Read the units of a file in ``fmt`` (default: from its suffix, `choices.named_format`;
    .xlf is either XLIFF)."""
    suffix = Path(path).suffix.lstrip(".").lower()
    named = named_format(Path(path))
    chosen = file_format(fmt or (named.value if named else suffix))
    if chosen.read is None:
        raise InputError(f"{path}: the workbench writes {chosen.name} but does not read it")
    return chosen.read(Path(path))
