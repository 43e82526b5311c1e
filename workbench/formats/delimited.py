"""The one TSV and the one CSV writer of the project, and their readers.

TSV: one record a line, fields separated by tabs; a tab, newline, carriage
return or backslash inside a field is escaped (``\\t``, ``\\n``, ``\\r``,
``\\\\``), so a line is always one record. A field is quoted only when it
starts with ``"``: LibreOffice, Excel, Python's csv and pandas' ``read_csv``
take a leading quote as a text delimiter and would drop it, so
``"Are you coming tonight?" she asked.`` is written in quotes with its own
quotes doubled (RFC 4180, as those readers read it), and they all read it back
as it was. Reading unquotes a field only when it is quoted that way and holds a
doubled quote, as this writer and a spreadsheet saving the file again write
it; a field from an older export, written as it was (``"Oui," dit-il.``,
``"Oui."``), reads as before.

A TSV field that starts with ``=`` gets a leading apostrophe (one more when it
already starts with apostrophes before the ``=``), and reading removes exactly
one: LibreOffice Calc runs every such cell as a formula, quoted or not, and saves
``= 3 km`` back as ``Err:509`` and ``=1+1`` as ``2``, while it keeps ``'= 3 km``
as written (measured with ``soffice --convert-to``, LibreOffice 7.4:
`tests/test_delimited.py`). A field that starts with ``+``, ``-`` or ``@`` is
written as it is: Calc reads ``- Bonjour, dit-il.``, ``-5 °C``, ``+33 1 23`` and
``@mairie`` as text, and Python's csv and pandas would show an apostrophe as
part of the text; Excel may read them as formulas, and `workbench import`
refuses a row that comes back as a spreadsheet's error value.

CSV: RFC 4180 (fields with commas, quotes or newlines quoted, CRLF line ends).
A cell that a spreadsheet would run as a formula (it starts with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return, as OWASP lists them) gets a leading
apostrophe, so Excel and LibreOffice show it as text. A cell that already
starts with apostrophes before such a character gets one more, so reading
removes exactly one and every text comes back as it was written.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Protocol, TextIO

# What a spreadsheet treats as the start of a formula (OWASP, "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# What LibreOffice Calc runs as a formula when it opens a TSV: only "=" (measured; a TSV
# escapes tabs and carriage returns, and Calc reads "+", "-" and "@" cells as text).
TSV_FORMULA_STARTS = ("=",)
# A field in RFC 4180 quotes with a doubled quote inside: what this writer and a
# spreadsheet or csv writer make of text holding a quote, never text as people write it.
_QUOTED = re.compile(r'"((?:[^"]|"")*)"')


class TextSink(Protocol):
    """Anything text can be written to: an open file, stdout."""

    def write(self, text: str, /) -> int: ...


def tsv_escape(text: str) -> str:
    """A field for a TSV line: backslash, tab, newline and carriage return escaped."""
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def tsv_unescape(text: str) -> str:
    """The inverse of :func:`tsv_escape`."""
    table = {"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}
    out: list[str] = []
    chars = iter(text)
    for char in chars:
        out.append(table.get(next(chars, ""), "") if char == "\\" else char)
    return "".join(out)


def tsv_field(text: str) -> str:
    """A field escaped; defused when it starts with ``=``, which a spreadsheet would run;
    quoted when it starts with a quote a spreadsheet would drop."""
    escaped = defuse(tsv_escape(text), TSV_FORMULA_STARTS)
    return '"' + escaped.replace('"', '""') + '"' if escaped.startswith('"') else escaped


def tsv_unfield(field: str) -> str:
    """The inverse of :func:`tsv_field`; a field written unquoted reads as it is."""
    quoted = _QUOTED.fullmatch(field)
    if quoted and '""' in quoted[1]:  # a spreadsheet quotes a field holding a quote
        field = quoted[1].replace('""', '"')
    return tsv_unescape(restore(field, TSV_FORMULA_STARTS))


def tsv_line(fields: Iterable[str]) -> str:
    """One TSV record with its newline."""
    return "\t".join(map(tsv_field, fields)) + "\n"


def write_tsv(handle: TextSink, header: Sequence[str], rows: Iterable[Sequence[str]]) -> int:
    """Write a header line and one line a row to an open text file; return the rows written.

    Open the file with ``newline=""`` so that the line ends are ``\\n`` everywhere.
    """
    handle.write(tsv_line(header))
    count = 0
    for row in rows:
        handle.write(tsv_line(row))
        count += 1
    return count


def read_tsv(lines: Iterable[str]) -> Iterator[list[str]]:
    """The records of TSV text written by :func:`write_tsv`, header included."""
    for line in lines:
        line = line.rstrip("\n")
        if line.endswith("\r"):  # a file that went through a Windows editor
            line = line[:-1]
        yield [tsv_unfield(field) for field in line.split("\t")]


def defuse(cell: str, starts: tuple[str, ...] = FORMULA_STARTS) -> str:
    """The cell with a leading apostrophe when a spreadsheet would run it as a formula
    (it starts with one of ``starts``, perhaps after apostrophes)."""
    return "'" + cell if cell.lstrip("'").startswith(starts) else cell


def restore(cell: str, starts: tuple[str, ...] = FORMULA_STARTS) -> str:
    """The inverse of :func:`defuse`."""
    defused = cell.startswith("'") and cell.lstrip("'").startswith(starts)
    return cell[1:] if defused else cell


def write_csv(handle: TextSink, header: Sequence[str], rows: Iterable[Sequence[str]]) -> int:
    """Write RFC 4180 CSV with formula cells defused; return the rows written.

    Open the file with ``newline=""``: the writer ends lines with CRLF itself.
    """
    writer = csv.writer(handle, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow([defuse(cell) for cell in header])
    count = 0
    for row in rows:
        writer.writerow([defuse(cell) for cell in row])
        count += 1
    return count


def read_csv(handle: TextIO, delimiter: str = ",") -> Iterator[list[str]]:
    """The records of CSV written by :func:`write_csv`, header included, cells restored.

    ``delimiter``: a comma as written; a spreadsheet set to French, German or Spanish
    saves the file again with semicolons.
    """
    for record in csv.reader(handle, delimiter=delimiter, strict=True):
        yield [restore(cell) for cell in record]
