"""Spreadsheet-friendly files (TSV, CSV, XLSX): translation units as rows, and back.

All three carry the same columns and pass units through the same options and
cleaning as TMX (:class:`workbench.formats.units.Selector`), but keep every
bead, a rejected pair and a null bead too (row n is bead n: ``every_bead``); they
are written atomically. TSV and CSV go through the project's one writer of each
(:mod:`workbench.formats.delimited`): TSV escapes instead of quoting, CSV
quotes (RFC 4180, CRLF) and defuses cells a spreadsheet would run as formulas.
The header names the languages, as a spreadsheet user reads them and as the
reader gives them back: ``source (es)``, ``target (fr)`` (the first unit's pair
once oriented; units of another pair are skipped and counted, as in TMX). A
header without them (an empty export, or a file from before) reads with empty
language fields.
"""

from __future__ import annotations

import codecs
import csv
import errno
import os
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from itertools import chain
from pathlib import Path
from typing import Any, TextIO

from workbench.formats import delimited
from workbench.formats.atomic import atomic_open, atomic_path
from workbench.formats.choices import ExportFormat, refusal
from workbench.formats.units import (
    SCORE_DECIMALS,
    ExportOptions,
    ExportReport,
    Selector,
    SkipReason,
    language_code,
)
from workbench.model import InputError, ParseError, Prop, TranslationUnit
from workbench.wording import counted

COLUMNS = ("source", "target", "score", "status", "origin", "document", "reviewer", "id",
           "changed", "version")  # fmt: skip
# A file from before the id and changed columns: it reads, but cannot be imported back.
OLD_COLUMNS = COLUMNS[:7]
# A file from before the version column (session 12): its rows are matched by ``changed``.
DATED_COLUMNS = COLUMNS[:9]
# "source (es)": a column's name and, in brackets, its language.
_NAMED = re.compile(r"(source|target)(?: \(([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)\))?")
# What a spreadsheet shows, and saves in a TSV or CSV, for a formula it could not
# compute: LibreOffice Calc's "Err:509" (codes 501-539) and the error values of Calc and
# Excel, in English, French, Spanish and German (a CSV saved by Excel set to French says
# "#NOM?"; an XLSX stores the English name whatever the language).
_ERROR_VALUE = re.compile(
    r"Err:\d{3}|#(?:NAME\?|REF!|VALUE!|DIV/0!|N/A|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA"
    r"|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|NOM\?|VALEUR!|NOMBRE!|NUL!|PROPAGATION!"
    r"|¿NOMBRE\?|¡VALOR!|¡REF!|¡DIV/0!|¡NUM!|¡NULO!|¡DESBORDAMIENTO!|¡CALC!"
    r"|WERT!|BEZUG!|NV|ZAHL!|ÜBERLAUF!)"
)
SHEET = "units"
XLSX_MAX_UNITS = 1_048_575  # Excel's 1,048,576 rows, less the header

# source, target, score, status, origin, document, reviewer, id (the unit's tuid), changed,
# version (the bead's, for `workbench import` to tell whether it changed since)
Row = tuple[str, str, float | None, str, str, str, str, str, str, str]


def write_tsv(
    units: Iterable[TranslationUnit], path: Path, options: ExportOptions | None = None
) -> ExportReport:
    """One unit a line, fields escaped so a tab or newline never splits one."""
    return _write_delimited(units, path, options, delimited.write_tsv)


def write_csv(
    units: Iterable[TranslationUnit], path: Path, options: ExportOptions | None = None
) -> ExportReport:
    """RFC 4180 with CRLF line ends; a cell starting like a formula gets an apostrophe."""
    return _write_delimited(units, path, options, delimited.write_csv)


def _write_delimited(
    units: Iterable[TranslationUnit],
    path: Path,
    options: ExportOptions | None,
    write_rows: Callable[[delimited.TextSink, Sequence[str], Iterable[Sequence[str]]], int],
) -> ExportReport:
    """TSV and CSV: the same rows, written atomically by the one delimited writer."""

    def write(header: Sequence[str], rows: Iterator[Row], options: ExportOptions) -> int:
        with atomic_open(path, "w", encoding=_encoding(options), newline="") as handle:
            return write_rows(handle, header, map(_text, rows))

    return _write(units, path, options, write)


def write_xlsx(
    units: Iterable[TranslationUnit], path: Path, options: ExportOptions | None = None
) -> ExportReport:
    """An Excel sheet through pandas and openpyxl; text that looks like a formula stays text.

    Raises InputError when the units do not fit in one sheet (``XLSX_MAX_UNITS``).
    """
    return _write(units, path, options, lambda header, rows, _: _write_xlsx(header, rows, path))


def _write(
    units: Iterable[TranslationUnit],
    path: Path,
    options: ExportOptions | None,
    write: Callable[[Sequence[str], Iterator[Row], ExportOptions], int],
) -> ExportReport:
    options = options or ExportOptions()
    if why := refusal(ExportFormat.TSV, mt=options.mt, dedupe=options.dedupe):
        raise InputError(why)
    selector = Selector(options, every_bead=True)  # row n is bead n
    selected = filter(None, map(selector.select, units))
    first = next(selected, None)
    if first is None:
        return selector.report((Path(path),), written=write(COLUMNS, iter(()), options))
    pair = (language_code(first.source_lang, options), language_code(first.target_lang, options))
    named = (
        f"{name} ({lang})" if lang else name for name, lang in zip(COLUMNS, pair, strict=False)
    )
    header = (*named, *COLUMNS[2:])

    def same_pair(unit: TranslationUnit) -> bool:
        langs = (language_code(unit.source_lang, options), language_code(unit.target_lang, options))
        if langs != pair:
            selector.skipped[SkipReason.OTHER_LANGUAGES] += 1
        return langs == pair

    rows = map(_row, chain((first,), filter(same_pair, selected)))
    return selector.report((Path(path),), written=write(header, rows, options))


def _row(unit: TranslationUnit) -> Row:
    return (
        unit.source,
        unit.target,
        # as `beads`, the TSV and the app print it: an XLSX showed 0.449999722849714 for a
        # draft shown 0.450 elsewhere, and a filter "≥ 0.45" dropped it (newcomer33)
        None if unit.score is None else round(unit.score, SCORE_DECIMALS),
        unit.status,
        unit.origin,
        unit.document,
        unit.reviewer or "",
        unit.tuid,
        changed_text(unit.changed),
        "" if unit.version is None else str(unit.version),
    )


def error_value(text: str) -> bool:
    """Whether a cell's ``text`` is a spreadsheet's error value (``Err:509``, ``#NAME?``,
    ``#REF!``…): what Calc or Excel saves for a formula it could not compute, such as a
    text starting with ``=`` it ran as one. Never a reviewer's edit; a text exported
    so (a bead that reads "#N/A") comes back so and is no edit either."""
    return _ERROR_VALUE.fullmatch(text.strip()) is not None


def changed_text(moment: datetime) -> str:
    """When a unit last changed, to the microsecond, UTC: ``2026-11-30T14:50:03.120456Z``.

    Text a spreadsheet leaves as it is (not a date it would reformat), and exact
    enough for `workbench import` to tell whether the bead changed since.
    """
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.isoformat(timespec="microseconds") + "Z"


def _changed(path: Path, line: int, text: str) -> datetime:
    try:
        return datetime.fromisoformat(text.strip().removesuffix("Z")).replace(tzinfo=UTC)
    except ValueError as exc:
        raise ParseError(
            f"{path}: row {line}: changed {text!r} is not a date the workbench wrote; "
            "put back the value from the export",
            exc,
        ) from exc


def _changed_or(text: str, otherwise: datetime) -> datetime:
    try:
        return datetime.fromisoformat(text.strip().removesuffix("Z")).replace(tzinfo=UTC)
    except ValueError:
        return otherwise


def _version(path: Path, line: int, text: str) -> int | None:
    """A bead's version as the export wrote it, or as a spreadsheet saved the number
    again (``1234``, ``1234.0``, ``1 234``); None when the cell is empty."""
    plain = "".join(text.split()).replace("\u202f", "")
    if not plain:
        return None
    try:
        number = float(plain.replace(",", "."))
    except ValueError:
        number = -1.0
    if number < 1 or not number.is_integer():
        raise ParseError(
            f"{path}: row {line}: version {text!r} is not a bead version the workbench "
            "wrote; put back the value from the export"
        )
    return int(number)


def _text(row: Row) -> list[str]:
    score = row[2]
    return [*row[:2], "" if score is None else f"{score:.{SCORE_DECIMALS}f}", *row[3:]]


def _encoding(options: ExportOptions) -> str:
    return "utf-8-sig" if options.bom else "utf-8"


def _write_xlsx(header: Sequence[str], rows: Iterable[Row], path: Path) -> int:
    import pandas as pd  # deferred for start-up time

    frame = pd.DataFrame(list(rows), columns=list(header))
    if len(frame) > XLSX_MAX_UNITS:
        raise InputError(
            f"{len(frame):,} units do not fit in one Excel sheet (at most {XLSX_MAX_UNITS:,}): "
            "export them as tsv or csv, or choose fewer with --confirmed-only or a threshold"
        )
    from lxml.etree import SerialisationError  # deferred for start-up time (openpyxl's writer)

    with atomic_path(path) as temporary:
        try:
            _save_sheet(temporary, frame)
        except (SerialisationError, OSError) as exc:  # a full disk, said by lxml or zipfile
            error = _os_error(exc)
            _close_quietly(exc)
            raise error from None
    return len(frame)


def _save_sheet(path: Path, frame: Any) -> None:
    """``frame`` written to ``path`` as the sheet, every cell text, the header frozen. Its
    writer lives in this frame alone, which `_close_quietly` clears when the write fails."""
    import pandas as pd  # deferred for start-up time

    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        _fill_sheet(writer, frame)


def _fill_sheet(writer: Any, frame: Any) -> None:
    """``frame`` into ``writer``'s sheet, every cell text, the header frozen."""
    frame.to_excel(writer, sheet_name=SHEET, index=False)
    sheet = writer.sheets[SHEET]
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            # openpyxl stores a string starting with "=" as a formula Excel
            # would run, and "#N/A" or "#REF!" as an error value (which Calc saves
            # again as the formula "=#N/A"); a translation is text.
            if cell.data_type in ("f", "e"):
                cell.data_type = "s"
    for (score,) in sheet.iter_rows(min_row=2, min_col=3, max_col=3):
        score.number_format = "0.000"  # 0.450, not 0.45: as the TSV writes it
    sheet.freeze_panes = "A2"
    widths = (60, 60, 8, 10, 22, 28, 14, 28, 28, 10)
    for column, width in zip("ABCDEFGHIJ", widths, strict=True):
        sheet.column_dimensions[column].width = width


def _close_quietly(exc: BaseException) -> None:
    """openpyxl's sheet writers and zip file that ``exc`` stopped, closed now and silently:
    left to the interpreter's exit, each printed the error again as a traceback ("Exception
    ignored in: <generator object WorksheetWriter.get_stream …>", "… ZipFile.__del__")
    under the one line said."""
    import gc
    import sys
    import traceback

    hook = sys.unraisablehook
    sys.unraisablehook = lambda unraisable: None
    try:
        seen: BaseException | None = exc
        while seen is not None:  # the error it met while handling another holds frames too
            traceback.clear_frames(seen.__traceback__)
            seen = seen.__context__
        gc.collect()
    finally:
        sys.unraisablehook = hook


def _os_error(exc: Exception) -> OSError:
    """A failed write as a plain OSError (none of the writer's frames held), which
    `atomic_path` says in one line; lxml's "IO_EFBIG", "IO_ENOSPC" as the errno they name."""
    if isinstance(exc, OSError) and exc.errno is not None:
        code = exc.errno
    else:
        code = getattr(errno, str(exc).removeprefix("IO_"), errno.EIO)
    return OSError(code, os.strerror(code))


def read_tsv(path: Path) -> list[TranslationUnit]:
    """Units of a TSV file written by :func:`write_tsv`; ParseError when it is not one."""
    with _open_text(path) as handle:
        return _units(path, delimited.read_tsv(handle))


# `source (es);target (fr);…` from a spreadsheet set to French: the delimiter after `source`.
_CSV_DELIMITER = re.compile(r'"?source(?: \([^)]*\))?"?([,;\t])')


def read_csv(path: Path) -> list[TranslationUnit]:
    """Units of a CSV file written by :func:`write_csv`; ParseError when it is not one."""
    with _open_text(path) as handle:
        try:
            header = handle.readline()
        except UnicodeDecodeError:  # said in one line by _units, which reads it again
            header = ""
        handle.seek(0)
        # The first column's name, then the delimiter the spreadsheet saved it with.
        found = _CSV_DELIMITER.match(header)
        try:
            return _units(path, delimited.read_csv(handle, found.group(1) if found else ","))
        except csv.Error as exc:
            raise ParseError(f"{path}: not a CSV file the workbench wrote ({exc})", exc) from exc


def read_xlsx(path: Path) -> list[TranslationUnit]:
    """Units of the first sheet of an XLSX file written by :func:`write_xlsx`."""
    import openpyxl  # deferred for start-up time

    try:
        book = openpyxl.load_workbook(path, read_only=True)
    except (FileNotFoundError, PermissionError, IsADirectoryError) as exc:
        raise _unreadable(path, exc) from exc
    except (OSError, KeyError, ValueError, SyntaxError, zipfile.BadZipFile) as exc:
        raise ParseError(_not_a_workbook(path), exc) from exc  # lxml's XML errors: SyntaxError
    try:
        values = book.worksheets[0].iter_rows(values_only=True)
        records = (["" if v is None else str(v) for v in row] for row in values)
        return _units(path, records)
    except (KeyError, SyntaxError, zipfile.BadZipFile) as exc:  # a sheet's XML damaged
        raise ParseError(_not_a_workbook(path), exc) from exc
    finally:
        book.close()


def _open_text(path: Path) -> TextIO:
    """A table saved as text, opened in UTF-8, or in UTF-16 when its byte-order mark says
    so: Excel's "Unicode Text" (tab-separated, UTF-16 LE with a BOM) leaves no doubt
    about its encoding (newcomer38 LOW 21: refused as "not UTF-8 … byte 0")."""
    try:
        with Path(path).open("rb") as raw:
            head = raw.read(2)
        utf16 = head in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
        return Path(path).open(encoding="utf-16" if utf16 else "utf-8-sig", newline="")
    except OSError as exc:
        raise _unreadable(path, exc) from exc


def _unreadable(path: Path, exc: OSError) -> InputError:
    """A table that cannot be opened, in one line: a missing file is not a bad format."""
    if isinstance(exc, FileNotFoundError):
        return InputError(f"{path}: no such file; check the name and the folder")
    return InputError(f"{path}: cannot be read ({exc.strerror or exc})")


def _not_a_workbook(path: Path) -> str:
    """The one line for an .xlsx openpyxl cannot open, from what its first bytes hold
    (`sniff`): a table saved as text under the .xlsx name, another format, or a workbook
    cut off or damaged (newcomer35: each read "not an Excel workbook (File is not a zip
    file); export it again", the library's words)."""
    from workbench.ingest.sniff import by_content, damaged, holds

    try:
        data = path.read_bytes()  # whole: a zip's directory is at its end
    except OSError:
        data = b""
    if not data.strip():
        return f"{path}: is empty; export the table again"
    found = holds(data, ".xlsx")  # a zip's contents, or a format's first bytes
    what = found[0] if found is not None else by_content(data[:4096])[0]
    if what in ("binary data", "an Excel workbook") or (found is None and data[:2] == b"PK"):
        return damaged(path, "Excel workbook", "save it again from your spreadsheet")
    head = data[:4096].decode("utf-8", errors="replace").lower()
    for root, named, suffix in (("<tmx", "a TMX", ".tmx"), ("<xliff", "an XLIFF", ".xlf")):
        if what == "plain text" and root in head:  # a memory saved under the .xlsx name
            return (
                f"{path}: is not an Excel workbook: it is {named}; give it the {suffix} "
                "extension to import it as such"
            )
    if what == "plain text":
        first = data.decode("utf-8", errors="replace").lstrip("\ufeff").partition("\n")[0]
        suffix = ".tsv" if "\t" in first else ".csv"
        return (
            f"{path}: is not an Excel workbook: it is a table saved as text; give it the "
            f"{suffix} extension to import it as such"
        )
    return f"{path}: is not an Excel workbook: it is {what}; check that the right file was sent"


def _units(path: Path, records: Iterable[list[str]]) -> list[TranslationUnit]:
    rows = iter(records)
    try:
        header = next(rows, None)
        unread: tuple[str, ...] = ()
        if header is not None:
            header, rows, unread = _without_added_columns(header, rows)
        langs = _languages(header)
        if header is None or langs is None or tuple(header[2:]) not in _KNOWN_TAILS:
            raise ParseError(
                f"{path}: expected the header {', '.join(COLUMNS)} of a workbench export; "
                "export the file again from the workbench"
            )
        width, now = len(header), datetime.now(UTC)
        # a blank row or line a reviewer left between rows carries nothing (newcomer37: it
        # was "a row added by hand" in an XLSX, and refused a whole TSV as cut off)
        units = [
            _unit(path, n, record, now, langs, width)
            for n, record in enumerate(rows, 2)
            if any(cell.strip() for cell in record)
        ]
        prop = (Prop(UNREAD_COLUMNS, ", ".join(unread)),) if unread else ()
        return [replace(u, props=(*u.props, *prop)) for u in units] if prop else units
    except UnicodeDecodeError as exc:
        # newcomer37 LOW 16: French Excel's default CSV is cp1252, whose Save As also
        # turns characters it lacks into "?": read as it is, they would be edits
        message = (
            f"{path}: is not UTF-8 text ({exc.reason}, byte {exc.start}); save it as UTF-8 "
            "(in Excel: Save As, CSV UTF-8; in LibreOffice: Character set Unicode (UTF-8)) "
            "and import it again"
        )
        raise ParseError(message, exc) from exc


_KNOWN_TAILS = (COLUMNS[2:], DATED_COLUMNS[2:], OLD_COLUMNS[2:])
# The prop a table's units carry naming the columns a reviewer added, which are not read.
UNREAD_COLUMNS = "x-unread-columns"


def _without_added_columns(
    header: list[str], rows: Iterator[list[str]]
) -> tuple[list[str], Iterator[list[str]], tuple[str, ...]]:
    """The header and rows without the columns a reviewer added (a "commentaire" at the
    end or between two of ours), and those columns' names, when what is left is a
    workbench export's header; else all as they are. newcomer38: one added column refused
    the whole reviewed table, "export the file again", which throws the review away."""
    added = [k for k, name in enumerate(header) if k >= 2 and name.strip() not in COLUMNS]
    kept = [name for k, name in enumerate(header) if k not in added]
    if not added or tuple(kept[2:]) not in _KNOWN_TAILS:
        return header, rows, ()
    names = tuple(header[k].strip() or f"column {k + 1}" for k in added)
    drop = set(added)
    return kept, ([c for k, c in enumerate(r) if k not in drop] for r in rows), names


def _languages(header: Sequence[str] | None) -> tuple[str, str] | None:
    """(source, target) languages a header names (empty when it names none); None when
    its first two columns are not ``source`` and ``target``."""
    if header is None or len(header) < 2:
        return None
    source, target = _NAMED.fullmatch(header[0]), _NAMED.fullmatch(header[1])
    if not (source and target and source[1] == "source" and target[1] == "target"):
        return None
    return source[2] or "", target[2] or ""


def _added(record: Sequence[str]) -> bool:
    """Whether a row of a dated table has no id, date or version: one a reviewer added by
    hand, which names no bead (newcomer33: its empty date refused the whole file as "changed
    '' is not a date the workbench wrote"). Its unit has no tuid (`ADDED_ROW`)."""
    return not any(cell.strip() for cell in record[7:10])


def _unit(
    path: Path, line: int, record: list[str], now: datetime, langs: tuple[str, str], width: int
) -> TranslationUnit:
    if len(record) != width:
        raise ParseError(
            f"{path}: row {line} has {counted(len(record), 'field')}, expected {width} (is "
            "the file cut off?); export the file again from the workbench"
        )
    source, target, score, status, origin, document, reviewer = record[:7]
    version = _version(path, line, record[9]) if width > 9 else None
    if width <= 7:
        tuid, changed = "", now
    elif _added(record):  # a row typed into the sheet: named by the import, not read here
        return TranslationUnit(
            tuid="", source=source, target=target, source_lang=langs[0], target_lang=langs[1],
            origin=origin, status=status, score=None, document=document,
            reviewer=reviewer or None, created=now, changed=now,
        )  # fmt: skip
    elif version is not None:  # the version decides; a date a spreadsheet rewrote is harmless
        tuid, changed = record[7], _changed_or(record[8], now)
    else:
        tuid, changed = record[7], _changed(path, line, record[8])
    try:
        # "0,985": a spreadsheet set to French (or German, Spanish…) saved it again.
        value = float(score.replace(",", ".")) if score else None
    except ValueError as exc:
        raise ParseError(f"{path}: row {line}: score {score!r} is not a number", exc) from exc
    return TranslationUnit(
        tuid=tuid or f"{document}-{line - 1}", source=source, target=target,
        source_lang=langs[0], target_lang=langs[1], origin=origin, status=status, score=value,
        document=document, reviewer=reviewer or None, created=now, changed=changed,
        version=version,
    )  # fmt: skip
