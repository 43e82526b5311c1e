"""Spreadsheet-friendly exports (TSV, CSV, XLSX) and the one entry point for every format.

All formats carry the same columns, pass units through the same selection
and cleaning as TMX (:class:`workbench.formats.units.Selector`), and are written
atomically. TSV escapes tabs, newlines and backslashes (``\\t``, ``\\n``,
``\\\\``) so that one line is one unit; CSV quotes instead (RFC 4180, CRLF).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path

from workbench.formats.atomic import atomic_open, atomic_path
from workbench.formats.units import ExportOptions, ExportReport, MtPolicy, Selector
from workbench.model import InputError, TranslationUnit

COLUMNS = ("source", "target", "score", "status", "origin", "document", "reviewer")
SHEET = "units"
XLSX_MAX_UNITS = 1_048_575  # Excel's 1,048,576 rows, less the header


class ExportFormat(StrEnum):
    TMX = "tmx"
    TSV = "tsv"
    CSV = "csv"
    XLSX = "xlsx"


def write_units(
    units: Iterable[TranslationUnit],
    path: Path,
    fmt: ExportFormat | str,
    options: ExportOptions | None = None,
) -> ExportReport:
    """Write ``units`` to ``path`` in ``fmt`` (tmx, tsv, csv, xlsx); say what was written."""
    options = options or ExportOptions()
    try:
        fmt = ExportFormat(str(fmt).lower())
    except ValueError:
        choices = ", ".join(f.value for f in ExportFormat)
        raise InputError(f"unknown export format {fmt!r}: choose one of {choices}") from None
    if fmt is ExportFormat.TMX:
        from workbench.formats.tmx import write_tmx

        return write_tmx(units, Path(path), options)
    if options.mt is MtPolicy.SEPARATE:
        raise InputError(
            "a separate machine-translation file exists for TMX only: "
            "use --mt include or --mt exclude with tsv, csv or xlsx"
        )
    selector = Selector(options)
    rows = (_row(u) for u in map(selector.select, units) if u is not None)
    writer = {ExportFormat.TSV: write_tsv, ExportFormat.CSV: write_csv}.get(fmt, write_xlsx)
    written = writer(rows, Path(path), options)
    return selector.report((Path(path),), written=written)


# source, target, score, status, origin, document, reviewer
Row = tuple[str, str, float | None, str, str, str, str]


def _row(unit: TranslationUnit) -> Row:
    return (
        unit.source,
        unit.target,
        unit.score,
        unit.status,
        unit.origin,
        unit.document,
        unit.reviewer or "",
    )


def _text(row: Row) -> list[str]:
    score = row[2]
    return [*row[:2], "" if score is None else f"{score:.3f}", *row[3:]]


def tsv_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def tsv_unescape(text: str) -> str:
    """The inverse of :func:`tsv_escape`, for readers of our TSV files."""
    table = {"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}
    out: list[str] = []
    chars = iter(text)
    for char in chars:
        out.append(table.get(next(chars, ""), "") if char == "\\" else char)
    return "".join(out)


def _encoding(options: ExportOptions) -> str:
    return "utf-8-sig" if options.bom else "utf-8"


def write_tsv(rows: Iterable[Row], path: Path, options: ExportOptions) -> int:
    """One unit a line, fields escaped so a tab or newline never splits one."""
    count = 0
    with atomic_open(path, "w", encoding=_encoding(options), newline="") as handle:
        handle.write("\t".join(COLUMNS) + "\n")
        for row in rows:
            handle.write("\t".join(map(tsv_escape, _text(row))) + "\n")
            count += 1
    return count


def write_csv(rows: Iterable[Row], path: Path, options: ExportOptions) -> int:
    """RFC 4180: fields with commas, quotes or newlines quoted, CRLF line ends."""
    count = 0
    with atomic_open(path, "w", encoding=_encoding(options), newline="") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        for row in rows:
            writer.writerow(_text(row))
            count += 1
    return count


def write_xlsx(rows: Iterable[Row], path: Path, options: ExportOptions) -> int:
    """An Excel sheet through pandas and openpyxl; text that looks like a formula stays text."""
    import pandas as pd

    frame = pd.DataFrame(list(rows), columns=list(COLUMNS))
    if len(frame) > XLSX_MAX_UNITS:
        raise InputError(
            f"{len(frame):,} units do not fit in one Excel sheet (at most {XLSX_MAX_UNITS:,}): "
            "export them as tsv or csv, or choose fewer with --confirmed-only or a threshold"
        )
    with atomic_path(path) as temporary, pd.ExcelWriter(temporary, engine="openpyxl") as writer:
        frame.to_excel(writer, sheet_name=SHEET, index=False)
        sheet = writer.sheets[SHEET]
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                # openpyxl stores a string starting with "=" as a formula Excel
                # would run; a translation is never a formula.
                if cell.data_type == "f":
                    cell.data_type = "s"
        sheet.freeze_panes = "A2"
        for column, width in zip("ABCDEFG", (60, 60, 8, 10, 22, 28, 14), strict=True):
            sheet.column_dimensions[column].width = width
    return len(frame)
